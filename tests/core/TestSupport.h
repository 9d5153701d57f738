#pragma once

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "demo/DemoCountyGenerator.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <ostream>

// Catch prints QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace TestSupport {

// Fills an empty database with a demo county of that size, its history ending on asOf.
inline DemoCountyGenerator::Summary demo(const Database &db, quint64 seed, int enterprises, const QDate &asOf)
{
    DemoOptions options;
    options.seed = seed;
    options.enterprises = enterprises;
    options.asOf = asOf;
    return DemoCountyGenerator::generate(db, options);
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The message of the DatabaseError a call throws, or empty when it succeeds.
template <typename F>
QString refusal(F &&call)
{
    try {
        call();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace TestSupport
