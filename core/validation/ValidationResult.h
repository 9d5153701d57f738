#pragma once

#include <QString>

// The verdict on one value: valid, or invalid with one sentence saying why.
struct ValidationResult
{
    bool valid = false;
    QString reason;

    static ValidationResult ok() { return {true, {}}; }
    static ValidationResult error(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return valid; }
};
