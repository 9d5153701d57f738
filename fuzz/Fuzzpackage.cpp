// An exchange package as it arrives from another office: its framing and manifest, and
// the changes as a session changeset, each accepted whole or refused with a Refusal.
#include "FuzzSupport.h"
#include "db/DatabaseError.h"
#include "db/SessionChangeset.h"
#include "exchange/ExchangePackage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        QByteArray signedPart, signature;
        const ExchangePackage package = ExchangePackage::parse(bytes, &signedPart, &signature);
        SessionChangeset::read(package.changes);
    } catch (const Error &) {
    }
    // The changes alone, as if a package's digest had let them through.
    try {
        SessionChangeset::read(bytes);
    } catch (const Error &) {
    }
    return 0;
}
