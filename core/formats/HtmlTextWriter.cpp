#include "HtmlTextWriter.h"

#include "BoilerplateFilter.h"
#include "HtmlDocument.h"
#include "ParagraphBuilder.h"

#include <algorithm>
#include <array>

namespace whosaid::formats {

namespace {

constexpr std::array BlockTags{
    GUMBO_TAG_P,          GUMBO_TAG_DIV,        GUMBO_TAG_H1,      GUMBO_TAG_H2,
    GUMBO_TAG_H3,         GUMBO_TAG_H4,         GUMBO_TAG_H5,      GUMBO_TAG_H6,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,        GUMBO_TAG_LI,      GUMBO_TAG_UL,
    GUMBO_TAG_OL,         GUMBO_TAG_DL,         GUMBO_TAG_DT,      GUMBO_TAG_DD,
    GUMBO_TAG_TABLE,      GUMBO_TAG_TR,         GUMBO_TAG_TD,      GUMBO_TAG_TH,
    GUMBO_TAG_CAPTION,    GUMBO_TAG_SECTION,    GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
    GUMBO_TAG_FIGURE,     GUMBO_TAG_FIGCAPTION, GUMBO_TAG_ADDRESS, GUMBO_TAG_HR,
    GUMBO_TAG_BODY,       GUMBO_TAG_CENTER,     GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
};

// The marks a browser draws around <q> in English: double outside, single inside.
constexpr std::array<QStringView, 2> QuoteMarks{u"\u201c\u201d", u"\u2018\u2019"};

} // namespace

bool HtmlTextWriter::isBlock(GumboTag tag)
{
    return std::find(BlockTags.begin(), BlockTags.end(), tag) != BlockTags.end();
}

void HtmlTextWriter::write(const GumboNode *container, const BoilerplateFilter &filter,
                           ParagraphBuilder &out)
{
    int quoteDepth = 0;
    HtmlDocument::walk(
        container,
        [&](const GumboNode *node) {
            if (out.full() || filter.drops(node))
                return false;
            if (HtmlDocument::isText(node)) {
                out.append(QString::fromUtf8(node->v.text.text));
                return false;
            }
            const GumboTag tag = HtmlDocument::tag(node);
            if (tag == GUMBO_TAG_BR)
                out.breakLine();
            else if (tag == GUMBO_TAG_Q)
                out.append(QuoteMarks[quoteDepth++ % 2].first(1));
            else if (isBlock(tag))
                out.breakParagraph();
            return true;
        },
        [&](const GumboNode *node) {
            const GumboTag tag = HtmlDocument::tag(node);
            if (tag == GUMBO_TAG_Q)
                out.append(QuoteMarks[--quoteDepth % 2].last(1));
            else if (isBlock(tag))
                out.breakParagraph();
        });
}

} // namespace whosaid::formats
