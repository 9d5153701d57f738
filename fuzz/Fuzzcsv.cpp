// CSV in any encoding: the reader must return rows or throw DatabaseError, never crash.
#include "FuzzSupport.h"
#include "db/DatabaseError.h"
#include "io/TableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSupport::scratch("csv", data, size);
    try {
        auto reader = TableReader::open(path);
        TableRow row;
        for (int i = 0; i < 100000 && reader->next(row); ++i) {
        }
    } catch (const DatabaseError &) {
    }
    return 0;
}
