#pragma once

#include "BoilerplateFilter.h"
#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// Web pages (.html, .htm, .xhtml) and EPUB chapters: parsed with gumbo, metadata read, and the
// text of the article written as paragraphs. A web page keeps only its main content; a chapter
// keeps all of its body.
class HtmlExtractor final
{
public:
    using Mode = BoilerplateFilter::Mode;

    [[nodiscard]] static Extraction extract(const QByteArray &utf8, Mode mode = Mode::Article);
};

} // namespace whosaid::formats
