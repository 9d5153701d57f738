// Inspection-code payloads as scanned or typed back: the parser must return the fields
// or nothing, never crash; any text must either encode as a QR symbol or be refused.
#include "FuzzSupport.h"
#include "planning/InspectionCode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QMap<QString, QString> fields = InspectionCode::parse(text);
    if (!fields.isEmpty() && !fields.contains(QStringLiteral("check")))
        __builtin_trap(); // a parsed payload always carries its check value
    try {
        InspectionCode::image(text, 1);
    } catch (const Error &) {
    }
    return 0;
}
