#pragma once

#include <QtGlobal>

// Bounds on the work any loader does, so that hostile files end with a message, not a hang or
// an exhausted machine. Real articles stay far below each of them.
namespace whosaid::formats::limits {

constexpr qint64 MiB = 1024LL * 1024;

// Zip containers (DOCX, ODT, EPUB).
constexpr qint64 MaxZipEntries = 10'000;
constexpr qint64 MaxEntryBytes = 64 * MiB;   // one entry, uncompressed
constexpr qint64 MaxArchiveBytes = 64 * MiB; // all entries read from one archive, uncompressed
// Text and XML compress about 10:1; deflate cannot exceed about 1030:1. An entry above the
// floor that claims more than this ratio is a bomb.
constexpr qint64 MaxCompressionRatio = 200;
constexpr qint64 RatioCheckFloor = 1 * MiB;

// Extracted text, in UTF-16 code units: a few thousand books' worth.
constexpr qsizetype MaxTextChars = 64 * MiB;
// XML element nesting in office and EPUB parts.
constexpr int MaxXmlDepth = 512;
// HTML: gumbo's tree builder is quadratic in nesting depth (40 000 nested divs take seconds).
constexpr int MaxHtmlDepth = 4096;
constexpr int MaxPdfPages = 5000;
constexpr int MaxEpubChapters = 5000;

} // namespace whosaid::formats::limits
