#include "TestSupport.h"

#include "validation/PhoneNumber.h"
#include "validation/ResidentId.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

namespace {

// Published codes of well-known companies (checked independently with python-stdnum).
const char *const kValidUsccs[] = {
    "914403001922038216", "9144030071526726XG", "91330100799655058B",
    "91110000600037341L", "91310000775785552L",
};

const char *const kValidIds[] = {"360426199101010071", "11010519491231002X", "110101199003074477"};

const QString kCorruptionAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

} // namespace

TEST_CASE("USCC: published codes are valid", "[validation][uscc]")
{
    for (const char *code : kValidUsccs) {
        const ValidationResult result = Uscc::validate(QString::fromLatin1(code));
        INFO(code << " " << result.reason);
        CHECK(result.valid);
    }
}

TEST_CASE("USCC: every single-character corruption is rejected with a reason", "[validation][uscc]")
{
    int corruptions = 0;
    for (const char *raw : kValidUsccs) {
        const QString code = QString::fromLatin1(raw);
        for (int pos = 0; pos < code.size(); ++pos) {
            for (const QChar c : kCorruptionAlphabet) {
                if (c == code.at(pos))
                    continue;
                QString bad = code;
                bad[pos] = c;
                const ValidationResult result = Uscc::validate(bad);
                INFO(bad.toStdString());
                REQUIRE_FALSE(result.valid);
                REQUIRE_FALSE(result.reason.isEmpty());
                ++corruptions;
            }
        }
    }
    CHECK(corruptions == 5 * 18 * 35);
}

TEST_CASE("USCC: reasons name what is wrong", "[validation][uscc]")
{
    CHECK(Uscc::validate(QString()).reason.contains(u"empty"));
    CHECK(Uscc::validate(QStringLiteral("91440300192203821")).reason.contains(u"17"));
    CHECK(Uscc::validate(QStringLiteral("9144030019220382I6")).reason.contains(u"position 17"));
    // Organisation-code check character wrong but final check recomputed to match:
    // only the embedded GB 11714 check can catch it.
    QString org = QStringLiteral("91440300192203820");
    org += Uscc::checkCharacter(org);
    const ValidationResult result = Uscc::validate(org);
    CHECK_FALSE(result.valid);
    CHECK(result.reason.contains(u"organisation code"));
}

TEST_CASE("USCC: full-width characters, spaces and lower case are forgiven", "[validation][uscc]")
{
    CHECK(Uscc::validate(QStringLiteral(" 9144030071526726xg ")).valid);
    CHECK(Uscc::validate(QStringLiteral("９１４４０３００１９２２０３８２１６")).valid);
    CHECK(TextNormalizer::code(QStringLiteral("ａｂ　1")) == QStringLiteral("AB1"));
}

TEST_CASE("USCC: compose builds codes that validate", "[validation][uscc]")
{
    const QString code = Uscc::compose(u'9', u'1', QStringLiteral("320581"), QStringLiteral("MA1XK2C3"));
    CHECK(code.size() == 18);
    CHECK(Uscc::validate(code).valid);
}

TEST_CASE("Resident ID: published examples are valid", "[validation][id]")
{
    const QDate asOf(2026, 11, 29);
    for (const char *id : kValidIds) {
        const ValidationResult result = ResidentId::validate(QString::fromLatin1(id), asOf);
        INFO(id << " " << result.reason);
        CHECK(result.valid);
    }
    CHECK(ResidentId::validate(QStringLiteral("11010519491231002x"), asOf).valid);
}

TEST_CASE("Resident ID: every single-character corruption is rejected", "[validation][id]")
{
    const QString alphabet = QStringLiteral("0123456789X");
    const QDate asOf(2026, 11, 29);
    int corruptions = 0;
    for (const char *raw : kValidIds) {
        const QString id = QString::fromLatin1(raw);
        for (int pos = 0; pos < id.size(); ++pos) {
            for (const QChar c : alphabet) {
                if (c == id.at(pos))
                    continue;
                QString bad = id;
                bad[pos] = c;
                const ValidationResult result = ResidentId::validate(bad, asOf);
                INFO(bad.toStdString());
                REQUIRE_FALSE(result.valid);
                REQUIRE_FALSE(result.reason.isEmpty());
                ++corruptions;
            }
        }
    }
    CHECK(corruptions == 3 * 18 * 10);
}

TEST_CASE("Resident ID: reasons", "[validation][id]")
{
    const QDate asOf(2026, 11, 29);
    CHECK(ResidentId::validate(QStringLiteral("320311770706001"), asOf).reason.contains(u"15-digit"));
    CHECK(ResidentId::validate(QStringLiteral("11010520300101001X"), asOf).reason.contains(u"not plausible"));
    CHECK(ResidentId::validate(QStringLiteral("110105194902301234"), asOf).reason.contains(u"date of birth"));
    CHECK(ResidentId::masked(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
}

TEST_CASE("Text: the quick white-space test answers as QChar::isSpace for every character", "[validation]")
{
    int spaces = 0, differ = 0;
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        spaces += c.isSpace();
        differ += TextNormalizer::isSpace(c) != c.isSpace();
    }
    CHECK(differ == 0);
    CHECK(spaces > 20); // tabs, line breaks, no-break and ideographic spaces among them
    CHECK(TextNormalizer::simplified(QStringLiteral("\u3000甲\u00a0\u00a0乙 ")) == QStringLiteral("甲 乙"));
}

TEST_CASE("Phone numbers", "[validation][phone]")
{
    for (const char *good : {"13812345678", "+86 138 1234 5678", "0512-65231234", "010-87654321", "0512-6523123-808",
                             "（0512）65231234"}) {
        INFO(good);
        CHECK(PhoneNumber::validate(QString::fromUtf8(good)).valid);
    }
    for (const char *bad : {"", "12812345678", "1381234567", "138123456789", "512-6523123", "0512-1523123",
                            "phone", "95588"}) {
        INFO(bad);
        const ValidationResult result = PhoneNumber::validate(QString::fromUtf8(bad));
        CHECK_FALSE(result.valid);
        CHECK_FALSE(result.reason.isEmpty());
    }
    CHECK(PhoneNumber::masked(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
}
