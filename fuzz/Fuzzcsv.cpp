// CSV in any encoding: the reader must return rows or throw Error (a Refusal), never crash.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::readTable("csv", data, size);
    return 0;
}
