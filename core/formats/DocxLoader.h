#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// Word documents (.docx): the paragraphs of word/document.xml, headings included; footnotes,
// endnotes and comments live in other parts and stay out of the body, as do tracked deletions
// and field codes. Title, author and date come from docProps/core.xml.
class DocxLoader final
{
public:
    [[nodiscard]] static Extraction load(const QByteArray &bytes);
};

} // namespace whosaid::formats
