#include "ContinuationPass.h"

#include <QHash>

#include <algorithm>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

bool isSpeech(const Quote &quote)
{
    return quote.depth == 0 && quote.kind != QuoteKind::Mention;
}

// Does the paragraph end with a colon that introduces what follows?
bool endsWithColon(const Analysis &a, qsizetype paragraph)
{
    const auto &range = a.document->paragraphs().at(paragraph);
    return !range.isEmpty() && a.text().at(range.end - 1) == u':';
}

// The first mention of the last sentence of a paragraph: the subject of an introduction such
// as "Scott added:".
int introducer(const Analysis &a, qsizetype paragraph)
{
    auto range = a.document->paragraphs().at(paragraph);
    // The last sentence starting before the paragraph's end (sentences are in text order).
    const auto after
        = std::lower_bound(a.sentences.cbegin(), a.sentences.cend(), range.end,
                           [](const Sentence &s, qsizetype pos) { return s.range.start < pos; });
    if (after != a.sentences.cbegin() && std::prev(after)->paragraph == paragraph)
        range.start = std::prev(after)->range.start;
    const auto it
        = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), range.start,
                           [](const Mention &m, qsizetype pos) { return m.range.start < pos; });
    if (it == a.mentions.cend() || it->range.start >= range.end)
        return -1;
    return int(std::distance(a.mentions.cbegin(), it));
}

// "“…”\n\n- Sanders.": a paragraph opening with a dash and a name signs the quotation that
// ends the paragraph before it; that name's mention, or -1.
int signature(const Analysis &a, const Quote &quote)
{
    const auto &paragraphs = a.document->paragraphs();
    if (quote.paragraph + 1 >= paragraphs.size()
        || a.text()
                .sliced(quote.outer.end, paragraphs.at(quote.paragraph).end - quote.outer.end)
                .trimmed()
                .size()
            > 1)
        return -1;
    const qsizetype start = paragraphs.at(quote.paragraph + 1).start;
    const auto token
        = std::lower_bound(a.tokens.cbegin(), a.tokens.cend(), start,
                           [](const Token &t, qsizetype pos) { return t.range.start < pos; });
    if (token == a.tokens.cend() || token->range.start != start || token->is(Token::Word)
        || !(token->isMark(u'-') || token->isMark(u'\u2014') || token->isMark(u'\u2013')))
        return -1;
    const qsizetype name = std::distance(a.tokens.cbegin(), token) + 1;
    const auto mention
        = std::lower_bound(a.mentions.cbegin(), a.mentions.cend(), name,
                           [](const Mention &m, qsizetype k) { return m.firstToken < k; });
    if (mention == a.mentions.cend() || mention->firstToken != name
        || mention->type == MentionType::Pronoun)
        return -1;
    return int(std::distance(a.mentions.cbegin(), mention));
}

} // namespace

void ContinuationPass::run(Analysis &analysis) const
{
    auto &quotes = analysis.quotes;
    auto &attributions = analysis.attributions;

    // Parts of one utterance share its attribution, in both directions.
    QHash<int, qsizetype> attributedPart;
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (isSpeech(quotes.at(q)) && quotes.at(q).utterance >= 0 && attributions.at(q).mention >= 0
            && !attributedPart.contains(quotes.at(q).utterance))
            attributedPart.insert(quotes.at(q).utterance, q);
    }
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (!isSpeech(quotes.at(q)) || attributions.at(q).mention >= 0)
            continue;
        const qsizetype part = attributedPart.value(quotes.at(q).utterance, -1);
        if (part < 0)
            continue;
        attributions[q] = attributions.at(part);
        attributions[q].cue = {};
        attributions[q].confidence = std::min(attributions.at(part).confidence, 0.45);
        attributions[q].reason = u"another part of the same quotation, by '%1'"_s.arg(
            analysis.mentions.at(attributions.at(part).mention).name);
    }

    qsizetype lastSpeech = -1;
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (!isSpeech(quotes.at(q)))
            continue;
        const qsizetype previous = lastSpeech;
        lastSpeech = q;
        Attribution &attribution = attributions[q];
        if (attribution.mention >= 0)
            continue;
        const qsizetype paragraph = quotes.at(q).paragraph;
        if (const int m = signature(analysis, quotes.at(q)); m >= 0) {
            attribution.mention = m;
            attribution.confidence = 0.8;
            attribution.reason = u"signed '%1' after a dash in the next paragraph"_s.arg(
                analysis.mentions.at(m).name);
            continue;
        }
        if (paragraph > 0 && endsWithColon(analysis, paragraph - 1)) {
            if (const int m = introducer(analysis, paragraph - 1); m >= 0) {
                attribution.mention = m;
                attribution.confidence = 0.65; // measured on polnear.train, as below
                attribution.reason
                    = u"introduced by '%1' in the paragraph before, ending in a colon"_s.arg(
                        analysis.mentions.at(m).name);
                continue;
            }
        }
        if (previous < 0 || attributions.at(previous).mention < 0)
            continue;
        const qsizetype gap = paragraph - quotes.at(previous).paragraph;
        if (gap > 1)
            continue;
        attribution = attributions.at(previous);
        attribution.cue = {};
        attribution.confidence = std::min(attribution.confidence, gap == 0 ? 0.94 : 0.52);
        const QStringView by = analysis.mentions.at(attribution.mention).name;
        attribution.reason = (gap == 0 ? u"follows a quote by '%1' in this paragraph"_s
                                       : u"continues the quote by '%1' in the paragraph before"_s)
                                 .arg(by);
    }
}

} // namespace whosaid::analysis
