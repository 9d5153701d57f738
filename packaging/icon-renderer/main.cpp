// Build-time helper: renders the scalable icon to the PNG sizes the hicolor theme
// and the Windows installer want, so only the SVG is kept in the repository.
//   faircheck-icon-renderer ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZE.png for each size
//                                                      and OUTDIR/faircheck.ico from the last
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: faircheck-icon-renderer ICON.svg OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "cannot read " << args.at(1) << Qt::endl;
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    QImage last;
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            QTextStream(stderr) << "bad size " << args.at(i) << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        if (!image.save(out.filePath(QStringLiteral("%1.png").arg(size)), "PNG")) {
            QTextStream(stderr) << "cannot write " << out.filePath(QStringLiteral("%1.png").arg(size)) << Qt::endl;
            return 1;
        }
        last = image;
    }
    if (!last.save(out.filePath(QStringLiteral("faircheck.ico")), "ICO")) {
        QTextStream(stderr) << "cannot write " << out.filePath(QStringLiteral("faircheck.ico")) << Qt::endl;
        return 1;
    }
    return 0;
}
