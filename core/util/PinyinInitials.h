#pragma once

#include <QString>

// The initial letters of a name's pinyin ("市场监督管理局" → "SCJDGLJ"), as county
// exports and staff sometimes abbreviate a body ("SCJGJ"). The 3,755 common
// characters of GB 2312's first level are ordered by pinyin, so a character's
// initial follows from its code there; a rarer character gives '?', letters and
// digits stay as they are (upper case), everything else is dropped.
class PinyinInitials final
{
public:
    static QString of(const QString &text);
    // Whether the text is written in Latin letters only, as an abbreviation would be.
    static bool isAbbreviation(const QString &text);
};
