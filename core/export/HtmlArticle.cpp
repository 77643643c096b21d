#include "HtmlArticle.h"

#include "HtmlText.h"

#include <algorithm>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using document::TextRange;

namespace {

// What a stretch of text can belong to, in order of precedence.
enum class Layer : quint8 { Quote, Mention, Cue };

struct Span
{
    TextRange range;
    int quote = -1;
    Layer layer = Layer::Quote;
};

// Does a take precedence over b where both cover the text? Quotes over mentions over cues; of
// two quotes the inner one (starting later, or shorter).
bool outranks(const Span &a, const Span &b)
{
    if (a.layer != b.layer)
        return a.layer < b.layer;
    if (a.range.start != b.range.start)
        return a.range.start > b.range.start;
    return a.range.length() < b.range.length();
}

QList<Span> spansOf(const annotation::AnnotationSet &set, const QList<QuoteMarkup> &markup)
{
    QList<Span> spans;
    for (int i = 0; i < set.quoteCount(); ++i) {
        const annotation::QuoteRecord &quote = set.quote(i);
        if (!markup.at(i).shown || quote.range.isEmpty())
            continue;
        spans.append({quote.range, i, Layer::Quote});
        if (!markup.at(i).speech)
            continue;
        if (!quote.mention.isEmpty())
            spans.append({quote.mention, i, Layer::Mention});
        if (!quote.cue.isEmpty())
            spans.append({quote.cue, i, Layer::Cue});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span &l, const Span &r) { return l.range.start < r.range.start; });
    return spans;
}

// Writes one paragraph's content, element by element.
class ParagraphWriter
{
public:
    ParagraphWriter(const annotation::AnnotationSet &set, const QList<QuoteMarkup> &markup,
                    QList<bool> &started)
        : m_set(set)
        , m_markup(markup)
        , m_started(started)
    { }

    // The <p> with the text of range, the spans of active laid over it.
    void write(QString &out, TextRange range, const QList<Span> &active)
    {
        QList<qsizetype> points{range.start, range.end};
        for (const Span &span : active) {
            points.append(std::clamp(span.range.start, range.start, range.end));
            points.append(std::clamp(span.range.end, range.start, range.end));
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        m_body.clear();
        m_blockSpeaker.clear();
        const Span *open = nullptr;
        for (qsizetype p = 0; p + 1 < points.size(); ++p) {
            const TextRange piece{points.at(p), points.at(p + 1)};
            const Span *winner = nullptr;
            for (const Span &span : active) {
                if (span.range.contains(piece) && (!winner || outranks(span, *winner)))
                    winner = &span;
            }
            if (!sameElement(open, winner)) {
                close(open);
                openElement(winner);
                open = winner;
            }
            HtmlText::appendText(m_body, m_set.document().view(piece));
        }
        close(open);
        out += m_blockSpeaker.isEmpty() ? u"<p>"_s
                                        : u"<p class=\"blockq "_s + m_blockSpeaker + u"\">"_s;
        out += m_body;
        out += u"</p>\n"_s;
    }

private:
    static bool sameElement(const Span *a, const Span *b)
    {
        if (!a || !b)
            return a == b;
        return a->quote == b->quote && a->layer == b->layer;
    }

    void openElement(const Span *span)
    {
        if (!span)
            return;
        const QuoteMarkup &markup = m_markup.at(span->quote);
        switch (span->layer) {
        case Layer::Quote: {
            const bool first = !m_started.at(span->quote);
            m_started[span->quote] = true;
            m_body += markup.speech ? u"<mark"_s : u"<span"_s;
            if (first)
                m_body += u" id=\""_s + markup.anchor + u'"';
            m_body += u" class=\""_s + markup.classes + (first ? u" first\""_s : u"\""_s);
            m_body += u" data-quote=\""_s + markup.anchor + u'"' + markup.attributes + u'>';
            if (markup.block)
                m_blockSpeaker = markup.speakerClass;
            break;
        }
        case Layer::Mention:
            m_body += u"<span class=\"who "_s + markup.speakerClass + u"\">"_s;
            break;
        case Layer::Cue:
            m_body += u"<span class=\"cue\">"_s;
            break;
        }
    }

    void close(const Span *span)
    {
        if (!span)
            return;
        const bool mark = span->layer == Layer::Quote && m_markup.at(span->quote).speech;
        m_body += mark ? u"</mark>"_s : u"</span>"_s;
    }

    const annotation::AnnotationSet &m_set;
    const QList<QuoteMarkup> &m_markup;
    QList<bool> &m_started;
    QString m_body;
    QString m_blockSpeaker;
};

} // namespace

void HtmlArticle::write(QString &out, const annotation::AnnotationSet &set,
                        const QList<QuoteMarkup> &markup)
{
    Q_ASSERT(markup.size() == set.quoteCount());
    const QList<Span> spans = spansOf(set, markup);
    QList<bool> started(set.quoteCount(), false);
    ParagraphWriter writer(set, markup, started);
    QList<Span> active;
    qsizetype next = 0;
    for (const TextRange paragraph : set.document().paragraphs()) {
        // Drop the spans that ended before this paragraph, take in those that start in it.
        active.removeIf([&](const Span &span) { return span.range.end <= paragraph.start; });
        for (; next < spans.size() && spans.at(next).range.start < paragraph.end; ++next) {
            if (spans.at(next).range.end > paragraph.start)
                active.append(spans.at(next));
        }
        writer.write(out, paragraph, active);
    }
}

} // namespace whosaid::exporting
