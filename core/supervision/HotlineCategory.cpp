#include "HotlineCategory.h"

#include "validation/TextNormalizer.h"

#include <QHash>

QString HotlineCategory::code(const QString &written)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("咨询"), QStringLiteral("consultation")}, {QStringLiteral("consultation"), QStringLiteral("consultation")},
        {QStringLiteral("求助"), QStringLiteral("help")},         {QStringLiteral("help"), QStringLiteral("help")},
        {QStringLiteral("投诉"), QStringLiteral("complaint")},    {QStringLiteral("complaint"), QStringLiteral("complaint")},
        {QStringLiteral("举报"), QStringLiteral("report")},       {QStringLiteral("report"), QStringLiteral("report")},
        {QStringLiteral("建议"), QStringLiteral("suggestion")},   {QStringLiteral("suggestion"), QStringLiteral("suggestion")},
        {QStringLiteral("表扬"), QStringLiteral("praise")},       {QStringLiteral("感谢"), QStringLiteral("praise")},
        {QStringLiteral("表扬/感谢"), QStringLiteral("praise")},  {QStringLiteral("表扬感谢"), QStringLiteral("praise")},
        {QStringLiteral("praise"), QStringLiteral("praise")},     {QStringLiteral("其他"), QStringLiteral("other")},
        {QStringLiteral("其它"), QStringLiteral("other")},        {QStringLiteral("other"), QStringLiteral("other")},
        // What some systems write for the same five.
        {QStringLiteral("投诉类"), QStringLiteral("complaint")},  {QStringLiteral("举报类"), QStringLiteral("report")},
        {QStringLiteral("咨询类"), QStringLiteral("consultation")}, {QStringLiteral("求助类"), QStringLiteral("help")},
        {QStringLiteral("意见建议"), QStringLiteral("suggestion")}, {QStringLiteral("建议类"), QStringLiteral("suggestion")},
    };
    const QString key = TextNormalizer::toHalfWidth(written).simplified().remove(u' ').toLower();
    return codes.value(key, QStringLiteral("other"));
}

QString HotlineCategory::name(const QString &code)
{
    if (code == u"consultation")
        return tr("Consultation");
    if (code == u"help")
        return tr("Request for help");
    if (code == u"complaint")
        return tr("Complaint");
    if (code == u"report")
        return tr("Report");
    if (code == u"suggestion")
        return tr("Suggestion");
    if (code == u"praise")
        return tr("Praise");
    return tr("Other");
}
