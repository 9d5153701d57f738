#pragma once

#include <QCoreApplication>
#include <QString>

// A 12345 order's category as exports write it, and the code the triage rules read.
// Real exports carry 咨询、求助、投诉、举报、建议、表扬/感谢 and 其他, and systems add their own;
// every one is kept as written, and one not known here is "other": never a clue unless
// the triage rules list it.
class HotlineCategory final
{
    Q_DECLARE_TR_FUNCTIONS(HotlineCategory)

public:
    static QString code(const QString &written);
    static QString name(const QString &code); // in the interface's language
};
