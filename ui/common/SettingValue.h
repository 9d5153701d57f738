#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// A typed QSettings key with its default, declared next to the code that uses it
// (the qBittorrent way), so a key's spelling and type live in one place.
template <typename T>
class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }

    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};
