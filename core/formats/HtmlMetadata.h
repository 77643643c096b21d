#pragma once

#include "Extraction.h"

namespace whosaid::formats {

class HtmlDocument;

// Title, byline and date of a web page, from the places publishers put them: Open Graph and
// article meta tags, <h1>, <title>, rel=author links, byline classes and <time datetime>.
class HtmlMetadata final
{
public:
    static void read(const HtmlDocument &page, Extraction &into);
};

} // namespace whosaid::formats
