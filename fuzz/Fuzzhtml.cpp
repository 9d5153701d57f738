// A web page saved as .xls (what web systems hand out): the HTML table reader must
// return rows or throw Error (a Refusal), never crash, whatever the markup.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::readTable("xls", data, size);
    return 0;
}
