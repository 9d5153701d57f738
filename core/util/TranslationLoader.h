#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the program's own translation and Qt's for one language. The language
// comes from --lang when given, else FAIRCHECK_LANG, else the environment's locale; where
// that names no language (unset, C, POSIX) it is Chinese. English needs no catalogue.
class TranslationLoader final
{
public:
    // Returns the language actually used ("zh_CN" or "en").
    static QString install(QCoreApplication &app, const QString &requested = QString());
    static QString resolveLanguage(const QString &requested);
    // The value of --lang / --lang=X in raw arguments, read before any parser runs
    // so that the parser's own messages are translated.
    static QString languageFromArguments(const QStringList &arguments);
};
