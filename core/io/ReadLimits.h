#pragma once

#include <QtGlobal>

// What the readers accept from one file, so that a damaged or malicious file is refused
// quickly with a clear message instead of filling the memory or the disk. The numbers
// are far beyond any real roster (a county's register is tens of thousands of rows;
// the readers are measured at a million) and below what a two-core office PC with a
// few gigabytes can hold.
namespace ReadLimits {
constexpr int MaxCellChars = 32767;                   // Excel's own limit for one cell
constexpr int MaxColumns = 16384;                     // Excel's columns A to XFD
constexpr qint64 MaxCells = 64LL * 1000 * 1000;       // a million rows of 64 columns
constexpr qint64 MaxSheetBytes = 4LL << 30;           // one sheet's XML, unpacked
constexpr qint64 MaxSharedStringBytes = 512LL << 20;  // the workbook's shared strings, unpacked
constexpr qint64 MaxSharedStringChars = 64LL << 20;   // … and the text they hold
constexpr qint64 MaxSmallPartBytes = 16LL << 20;      // workbook, relationships, styles
constexpr qint64 RatioCheckedFrom = 64LL << 20;       // parts unpacked beyond this …
constexpr int MaxPackRatio = 200;                     // … may not unpack to more than this many times their packed size
constexpr qint64 MaxHtmlBytes = 32LL << 20;           // a web page saved as a spreadsheet, read whole
constexpr qint64 MaxBytesWithoutToken = 8LL << 20;    // XML fed with no tag or text completed
} // namespace ReadLimits
