#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString TranslationLoader::resolveLanguage(const QString &requested)
{
    QString name = requested.isEmpty() ? qEnvironmentVariable("FAIRCHECK_LANG") : requested;
    if (name.isEmpty()) {
        // The variables that name a language, most specific first. A fresh machine often
        // has none, or the C locale, which names no language at all: the interface is then
        // Chinese, the language of the people it is made for.
        for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            name = qEnvironmentVariable(variable);
            if (!name.isEmpty())
                break;
        }
#ifdef Q_OS_WIN
        name = QLocale::system().name();
#endif
    }
    if (name.isEmpty() || name == u"C" || name == u"POSIX" || name.startsWith(QLatin1String("C.")))
        return QStringLiteral("zh_CN");
    if (name.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString TranslationLoader::install(QCoreApplication &app, const QString &requested)
{
    const QString language = resolveLanguage(requested);
    // Installing again replaces the language rather than stacking a second catalogue.
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(QStringLiteral("faircheck-translator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return language;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("faircheck-translator"));
    if (own->load(QStringLiteral(":/i18n/faircheck_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("faircheck-translator"));
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

QString TranslationLoader::languageFromArguments(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    return language;
}
