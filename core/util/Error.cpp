#include "Error.h"

Error::Error(QString message, QString details)
    : m_message(std::move(message))
    , m_details(std::move(details))
    , m_what((m_details.isEmpty() ? m_message : m_message + QStringLiteral(" (") + m_details + QLatin1Char(')')).toUtf8())
{
}
