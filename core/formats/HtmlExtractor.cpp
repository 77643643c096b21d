#include "HtmlExtractor.h"

#include "ContentScorer.h"
#include "HtmlDocument.h"
#include "HtmlMetadata.h"
#include "HtmlTextWriter.h"
#include "ParagraphBuilder.h"

namespace whosaid::formats {

using namespace Qt::StringLiterals;

Extraction HtmlExtractor::extract(const QByteArray &utf8, Mode mode)
{
    const HtmlDocument page(utf8);
    if (!page.error().isEmpty())
        return Extraction::failure(page.error());

    Extraction result;
    HtmlMetadata::read(page, result);
    const BoilerplateFilter filter(mode);
    const GumboNode *body = page.body();
    const GumboNode *content
        = mode == Mode::Article ? ContentScorer::mainContent(body, filter) : body;
    ParagraphBuilder text;
    HtmlTextWriter::write(content, filter, text);
    if (text.full())
        return Extraction::failure(u"page text too large"_s);
    // A chapter may be only a picture; a web page without text is not an article.
    if (text.isEmpty() && mode == Mode::Article)
        return Extraction::failure(u"no text in the web page"_s);
    result.text = text.text();
    return result;
}

} // namespace whosaid::formats
