#include "TestSupport.h"

#include "util/TranslationLoader.h"

namespace {

// Sets the locale variables for one check and puts them back.
struct Environment
{
    QByteArray all = qgetenv("LC_ALL"), messages = qgetenv("LC_MESSAGES"), lang = qgetenv("LANG"), own = qgetenv("FAIRCHECK_LANG");
    Environment(const char *lcAll, const char *lcMessages, const char *language)
    {
        set("FAIRCHECK_LANG", nullptr);
        set("LC_ALL", lcAll);
        set("LC_MESSAGES", lcMessages);
        set("LANG", language);
    }
    ~Environment()
    {
        set("LC_ALL", all.isEmpty() ? nullptr : all.constData());
        set("LC_MESSAGES", messages.isEmpty() ? nullptr : messages.constData());
        set("LANG", lang.isEmpty() ? nullptr : lang.constData());
        set("FAIRCHECK_LANG", own.isEmpty() ? nullptr : own.constData());
    }
    static void set(const char *name, const char *value)
    {
        if (value)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
};

} // namespace

TEST_CASE("The interface is Chinese unless the environment or --lang names another language", "[i18n]")
{
    {
        Environment env(nullptr, nullptr, "C.UTF-8"); // a fresh Debian machine
        CHECK(TranslationLoader::resolveLanguage({}) == u"zh_CN");
    }
    {
        Environment env(nullptr, nullptr, nullptr); // nothing set at all
        CHECK(TranslationLoader::resolveLanguage({}) == u"zh_CN");
    }
    {
        Environment env(nullptr, nullptr, "POSIX");
        CHECK(TranslationLoader::resolveLanguage({}) == u"zh_CN");
    }
    {
        Environment env(nullptr, nullptr, "en_US.UTF-8");
        CHECK(TranslationLoader::resolveLanguage({}) == u"en");
        CHECK(TranslationLoader::resolveLanguage(QStringLiteral("zh_CN")) == u"zh_CN"); // --lang wins
    }
    {
        Environment env("zh_CN.UTF-8", nullptr, "en_US.UTF-8"); // LC_ALL before LANG
        CHECK(TranslationLoader::resolveLanguage({}) == u"zh_CN");
    }
    {
        Environment env(nullptr, "en_GB.UTF-8", "zh_CN.UTF-8");
        CHECK(TranslationLoader::resolveLanguage({}) == u"en");
        Environment::set("FAIRCHECK_LANG", "zh_CN"); // the program's own variable before the locale's
        CHECK(TranslationLoader::resolveLanguage({}) == u"zh_CN");
    }
}
