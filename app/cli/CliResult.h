#pragma once

#include <QJsonObject>
#include <QStringList>

// What a command produced: the exit status (0 ok, 1 a failed check, 2 bad usage or
// bad input), lines for people and an object for --json.
struct CliResult
{
    enum Status { Ok = 0, CheckFailed = 1, BadInput = 2 };

    int status = Ok;
    QStringList lines;
    QJsonObject json;

    // Bad usage or bad input: the message goes to stderr (or into "error" with --json).
    static CliResult badInput(const QString &message)
    {
        CliResult result;
        result.status = BadInput;
        result.lines.append(message);
        result.json.insert(QStringLiteral("error"), message);
        return result;
    }
};
