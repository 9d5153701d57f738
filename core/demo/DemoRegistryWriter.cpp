#include "DemoRegistryWriter.h"

#include "DemoContext.h"
#include "validation/Uscc.h"

namespace {

enum Stream : quint64 { CountyStream = 1, EnterpriseStream = 2, OfficerStream = 3 };

// Eight organisation-code characters: "MA" (as in codes issued since 2015) and six
// characters from a bijective scramble of the index, so codes never collide.
QString organisationBody(qint64 index, quint64 seed)
{
    constexpr quint64 space = 887503681ULL; // 31^6
    quint64 v = (quint64(index) * 0x9E3779B1ULL + seed % space) % space;
    QString body = QStringLiteral("MA");
    QString tail(6, u'0');
    for (int i = 5; i >= 0; --i) {
        tail[i] = Uscc::alphabet().at(int(v % 31));
        v /= 31;
    }
    return body + tail;
}

QString fen(int yuan) { return QString::number(yuan); }

} // namespace

void DemoRegistryWriter::writeCounty()
{
    DemoContext &c = m_context;
    const DemoCatalog &catalog = c.catalog();
    SeededRandom rng = c.stream(CountyStream);

    for (int i = 0; i < catalog.townships.size(); ++i) {
        const QString name = catalog.townships.at(i);
        const qint64 id = c.insert(QStringLiteral("township"), {QStringLiteral("code"), QStringLiteral("name")},
                                   {catalog.divisionCode + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0')), name});
        c.townshipIds.append(id);
        const qint64 office = c.insert(QStringLiteral("justice_office"),
                                       {QStringLiteral("township_id"), QStringLiteral("name"), QStringLiteral("phone")},
                                       {id, name + QStringLiteral("司法所"),
                                        QStringLiteral("0512-6%1").arg(rng.between(1000000, 9999999))});
        const QStringList positive = {QStringLiteral("对辖区涉企行政执法开展日常监督并建立台账"),
                                      QStringLiteral("受理并转办涉企执法投诉线索，跟踪整改到位"),
                                      QStringLiteral("参与案卷评查并反馈评查意见")};
        const QStringList negative = {QStringLiteral("不得直接参与或干预具体行政执法办案"),
                                      QStringLiteral("不得以监督为名向企业索取材料或收取费用"),
                                      QStringLiteral("不得泄露企业商业秘密和投诉人信息")};
        for (const QString &duty : positive)
            c.insert(QStringLiteral("duty_list_item"), {QStringLiteral("justice_office_id"), QStringLiteral("kind"), QStringLiteral("content")},
                     {office, QStringLiteral("positive"), duty});
        for (const QString &duty : negative)
            c.insert(QStringLiteral("duty_list_item"), {QStringLiteral("justice_office_id"), QStringLiteral("kind"), QStringLiteral("content")},
                     {office, QStringLiteral("negative"), duty});
    }

    int itemSerial = 0;
    for (int i = 0; i < catalog.departments.size(); ++i) {
        const DemoCatalog::Department &d = catalog.departments.at(i);
        const qint64 id = c.insert(QStringLiteral("department"),
                                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name")},
                                   {QStringLiteral("D%1").arg(i + 1, 2, 10, QLatin1Char('0')), catalog.county + d.name.mid(1), d.shortName});
        c.departmentIds.append(id);
        for (const QString &item : d.items) {
            const qint64 itemId = c.insert(
                QStringLiteral("inspection_item"),
                {QStringLiteral("department_id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("basis"), QStringLiteral("random_check")},
                {id, QStringLiteral("JC-%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(++itemSerial, 3, 10, QLatin1Char('0')),
                 item, d.shortName + QStringLiteral("领域随机抽查事项清单"), 1});
            c.itemsByDepartment[id].append(itemId);
        }
    }

    for (const DemoCatalog::Industry &industry : catalog.industries)
        c.insert(QStringLiteral("industry"), {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("excluded_from_sandbox")},
                 {industry.code, industry.name, industry.excluded ? 1 : 0});

    writeOfficers();
    writeUsers();
}

void DemoRegistryWriter::writeOfficers()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(OfficerStream);
    int serial = 0;
    for (const qint64 department : std::as_const(c.departmentIds)) {
        const int count = rng.between(5, 14);
        for (int i = 0; i < count; ++i) {
            const QDate expiry = c.asOf().addDays(rng.between(-60, 4 * 365));
            const qint64 id = c.insert(
                QStringLiteral("officer"),
                {QStringLiteral("department_id"), QStringLiteral("name"), QStringLiteral("resident_id"), QStringLiteral("phone"),
                 QStringLiteral("certificate_no"), QStringLiteral("certificate_expiry")},
                {department, c.personName(rng), c.residentId(rng), c.mobile(rng),
                 QStringLiteral("32098701%1").arg(++serial, 5, 10, QLatin1Char('0')), expiry.toString(Qt::ISODate)});
            c.officersByDepartment[department].append(id);
        }
    }
}

void DemoRegistryWriter::writeUsers()
{
    struct User { const char *name; const char *display; const char *role; };
    const User users[] = {{"admin", "系统管理员", "admin"}, {"demo", "演示用户", "supervisor"},
                          {"clerk", "司法所办事员", "clerk"}, {"viewer", "查阅人员", "viewer"}};
    for (const User &u : users)
        m_context.insert(QStringLiteral("app_user"), {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role")},
                         {QString::fromLatin1(u.name), QString::fromUtf8(u.display), QString::fromLatin1(u.role)});
}

QString DemoRegistryWriter::enterpriseName(SeededRandom &rng, int type, const QString &township,
                                           const DemoCatalog::Industry &industry) const
{
    const QString brand = rng.pick(m_context.catalog().brands);
    const QString place = township.left(township.size() - (township.endsWith(QStringLiteral("街道")) ? 2 : 1));
    if (type == 2) {
        static const QStringList shops = {QStringLiteral("经营部"), QStringLiteral("商行"), QStringLiteral("店")};
        return m_context.catalog().county + place + brand + industry.word + rng.pick(shops);
    }
    if (type == 3)
        return m_context.catalog().county + place + brand + QStringLiteral("农业专业合作社");
    static const QStringList forms = {QStringLiteral("有限公司"), QStringLiteral("有限公司"), QStringLiteral("有限责任公司"),
                                      QStringLiteral("股份有限公司")};
    return QStringLiteral("江苏") + brand + industry.word + rng.pick(forms);
}

bool DemoRegistryWriter::writeEnterprises(int slice)
{
    DemoContext &c = m_context;
    const DemoCatalog &catalog = c.catalog();
    // One stream per slice keeps the output independent of the slice size used before.
    const qint64 total = c.options().enterprises;
    const qint64 end = qMin(total, m_enterprisesWritten + slice);
    const QStringList columns = {QStringLiteral("uscc"), QStringLiteral("name"), QStringLiteral("legal_representative"),
                                 QStringLiteral("legal_representative_id"), QStringLiteral("phone"), QStringLiteral("address"),
                                 QStringLiteral("township_id"), QStringLiteral("industry_code"), QStringLiteral("registration_date"),
                                 QStringLiteral("status"), QStringLiteral("updated_at")};
    const QString updated = c.asOf().toString(Qt::ISODate);
    for (qint64 i = m_enterprisesWritten; i < end; ++i) {
        SeededRandom rng(c.options().seed * 0x2545F4914F6CDD1DULL + quint64(i) * 0x9E3779B97F4A7C15ULL);
        const int roll = rng.bounded(100);
        const int type = roll < 70 ? 1 : (roll < 97 ? 2 : 3);
        const int townIndex = rng.bounded(int(c.townshipIds.size()));
        const QString township = catalog.townships.at(townIndex);
        const DemoCatalog::Industry &industry = type == 3 ? catalog.industries.first() : rng.pick(catalog.industries);
        const QString uscc = Uscc::compose(u'9', QChar(char16_t(u'0' + type)), catalog.divisionCode,
                                           organisationBody(i, c.options().seed));
        const int statusRoll = rng.bounded(100);
        const QString status = statusRoll < 93 ? QStringLiteral("active")
            : statusRoll < 97 ? QStringLiteral("deregistered")
            : statusRoll < 99 ? QStringLiteral("revoked") : QStringLiteral("suspended");
        const QString address = catalog.county + township + rng.pick(catalog.streets) + fen(rng.between(1, 399)) + QStringLiteral("号");
        const qint64 id = c.insert(QStringLiteral("enterprise"), columns,
                                   {uscc, enterpriseName(rng, type, township, industry), c.personName(rng), c.residentId(rng),
                                    c.mobile(rng), address, c.townshipIds.at(townIndex), industry.code,
                                    rng.dateBetween(QDate(1998, 1, 1), c.asOf().addDays(-30)).toString(Qt::ISODate), status, updated});
        if (i == 0)
            c.firstEnterpriseId = id;
    }
    m_enterprisesWritten = end;
    c.enterpriseCount = end;
    return end < total;
}
