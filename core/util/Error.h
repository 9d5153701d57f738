#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// What every FairCheck failure has in common: one sentence a supervisor can read
// (already translated) and, for the technical reader, the details. Callers that only
// show the message catch Error; those that act on the cause catch Refusal or
// DatabaseError.
class Error : public std::exception
{
public:
    QString message() const { return m_message; }
    QString details() const { return m_details; }
    const char *what() const noexcept override { return m_what.constData(); }

protected:
    explicit Error(QString message, QString details = {});

private:
    QString m_message;
    QString m_details;
    QByteArray m_what;
};
