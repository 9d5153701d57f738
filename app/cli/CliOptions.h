#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>

// Reading option values the same way in every command group: text, dates
// (YYYY-MM-DD) and positive numbers, with *ok set to false on a malformed value.
class CliOptions final
{
public:
    explicit CliOptions(const QCommandLineParser &parser)
        : m_parser(parser)
    {
    }

    QString value(const char *option) const { return m_parser.value(QString::fromLatin1(option)); }
    QStringList values(const char *option) const { return m_parser.values(QString::fromLatin1(option)); }
    bool isSet(const char *option) const { return m_parser.isSet(QString::fromLatin1(option)); }
    // The option as a date; `fallback` when absent.
    QDate date(const char *option, const QDate &fallback, bool *ok) const;
    static qint64 number(const QString &text, bool *ok);

private:
    const QCommandLineParser &m_parser;
};
