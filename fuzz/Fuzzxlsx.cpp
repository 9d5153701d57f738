// An XLSX workbook (a ZIP of XML): the reader must return rows or throw Error (a Refusal), never crash.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::readTable("xlsx", data, size);
    return 0;
}
