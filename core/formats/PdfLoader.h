#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// PDF files through poppler-qt6: the words of every page with their boxes, gathered into lines
// and handed to PdfLayout for paragraphs. Encrypted and damaged files are refused by name; the
// page count and the time spent extracting are bounded.
class PdfLoader final
{
public:
    [[nodiscard]] static Extraction load(const QByteArray &bytes);
};

} // namespace whosaid::formats
