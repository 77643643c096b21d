#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// OpenDocument text (.odt): the paragraphs and headings of content.xml, with their spans, spaces,
// tabs and line breaks; footnotes, endnotes, comments and tracked deletions stay out of the body.
// Title, author and date come from meta.xml.
class OdtLoader final
{
public:
    [[nodiscard]] static Extraction load(const QByteArray &bytes);
};

} // namespace whosaid::formats
