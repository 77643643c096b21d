#pragma once

#include "annotation/AnnotationSet.h"

#include <QList>
#include <QString>

namespace whosaid::exporting {

// How one quote of the set appears in the article's HTML (parallel to AnnotationSet::quotes()).
struct QuoteMarkup
{
    bool shown = false;   // rejected quotes are left out
    bool speech = true;   // false for scare quotes and titles
    QString anchor;       // the id of its first element ("q3"), the target of links back
    QString classes;      // "q sp-s1 direct low reviewed", or "scare" for a scare quote
    QString attributes;   // data-* and title, escaped, each with a leading space
    QString speakerClass; // "sp-s1": the colour of its speaker mention
    bool block = false;   // a block quote: its paragraphs get a bar in the margin
};

// The article's paragraphs as <p> elements, each quote wrapped in <mark> (scare quotes in a
// <span class="scare">), the speaker mentions and cues of the quotes in spans. Quotes that
// overlap or nest are flattened: every stretch of text belongs to its innermost quote, so the
// elements never interleave; a quote across paragraphs, or interrupted by an inner one, becomes
// several elements with the same data-quote, the first of them with the id and class "first".
class HtmlArticle final
{
public:
    static void write(QString &out, const annotation::AnnotationSet &set,
                      const QList<QuoteMarkup> &markup);
};

} // namespace whosaid::exporting
