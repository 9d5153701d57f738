#pragma once

#include "db/DatabaseError.h"
#include "io/TableReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

// The readers take files, as users give them: each input is written to a scratch file
// with the right suffix first. A QCoreApplication exists for Qt's codecs and plugins.
namespace FuzzSupport {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline QString scratch(const char *suffix, const uint8_t *data, size_t size)
{
    application();
    const QString path = QDir::temp().filePath(QStringLiteral("faircheck-fuzz-%1.%2").arg(getpid()).arg(QLatin1String(suffix)));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Reads every row of a table file the way the importer does; refusals are fine, crashes are not.
inline void readTable(const char *suffix, const uint8_t *data, size_t size)
{
    const QString path = scratch(suffix, data, size);
    try {
        auto reader = TableReader::open(path);
        TableRow row;
        for (int i = 0; i < 100000 && reader->next(row); ++i) {
        }
    } catch (const Error &) {
    }
}

} // namespace FuzzSupport
