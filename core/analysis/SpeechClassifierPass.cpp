#include "SpeechClassifierPass.h"

#include <algorithm>

namespace whosaid::analysis {

namespace {

struct Shape
{
    int words = 0;
    int capitalisedWords = 0;
    bool firstPerson = false;
    bool endsLikeSpeech = false; // . , ! ? … or a dash inside the closing mark
};

Shape shapeOf(const Analysis &a, const Quote &quote, qsizetype firstToken)
{
    Shape shape;
    for (qsizetype k = firstToken;
         k < a.tokens.size() && a.tokens.at(k).range.start < quote.content.end; ++k) {
        const Token &t = a.tokens.at(k);
        if (!t.is(Token::Word))
            continue;
        ++shape.words;
        if (t.is(Token::Capitalised))
            ++shape.capitalisedWords;
        if (const PronounInfo *p = a.lexicon->pronoun(t.lower); p && p->firstPerson)
            shape.firstPerson = true;
    }
    const QChar last = a.text().at(quote.content.end - 1);
    shape.endsLikeSpeech = QStringView(u".,!?\u2026\u2014-;:").contains(last);
    return shape;
}

// Does a phrase from the list end right before token k?
bool phraseEndsAt(const Analysis &a, const QList<QStringList> &phrases, qsizetype k)
{
    for (const QStringList &phrase : phrases) {
        const qsizetype first = k - phrase.size();
        if (first < 0)
            continue;
        bool match = true;
        for (qsizetype w = 0; w < phrase.size() && match; ++w)
            match = a.tokens.at(first + w).lower == phrase.at(w);
        if (match)
            return true;
    }
    return false;
}

// A quotation that is a sentence of its own: no word of its sentence lies outside the marks.
bool standsAlone(const Analysis &a, const Quote &quote, qsizetype open)
{
    if (open >= a.tokens.size())
        return false;
    const Sentence &sentence = a.sentences.at(a.tokens.at(open).sentence);
    for (qsizetype t = sentence.firstToken; t < sentence.endToken; ++t) {
        const Token &token = a.tokens.at(t);
        if (token.is(Token::Word) && !quote.content.contains(token.range))
            return false;
    }
    return true;
}

} // namespace

void SpeechClassifierPass::run(Analysis &analysis) const
{
    const auto &tokens = analysis.tokens;
    const Lexicon &lex = *analysis.lexicon;
    for (qsizetype q = 0; q < analysis.quotes.size(); ++q) {
        Quote &quote = analysis.quotes[q];
        if (quote.depth > 0 || quote.kind != QuoteKind::Direct)
            continue;
        const Attribution &attribution = analysis.attributions.at(q);
        const auto openIt
            = std::lower_bound(tokens.cbegin(), tokens.cend(), quote.outer.start,
                               [](const Token &t, qsizetype p) { return t.range.end <= p; });
        const qsizetype open = std::distance(tokens.cbegin(), openIt);
        const Shape shape = shapeOf(analysis, quote, open + 1);
        const auto &para = analysis.document->paragraphs().at(quote.paragraph);
        const bool opensParagraph = quote.outer.start == para.start || quote.continuesPrevious;
        const bool wholeSentence = standsAlone(analysis, quote, open);
        const bool strongCue = attribution.mention >= 0 && attribution.confidence >= 0.69;
        const bool titleCase = shape.words >= 2 && shape.capitalisedWords == shape.words;
        const bool afterDeterminer = open > 0 && lex.isDeterminer(tokens.at(open - 1).lower);
        const bool afterMentionCue = phraseEndsAt(analysis, lex.mentionCues(), open);

        bool speech;
        if (afterMentionCue || (afterDeterminer && !shape.endsLikeSpeech))
            speech = false;
        else if (strongCue)
            speech = !(titleCase && shape.words <= 4 && !shape.endsLikeSpeech);
        else if (titleCase && !shape.endsLikeSpeech)
            speech = false;
        else if (opensParagraph || wholeSentence)
            speech = shape.words >= 3 || shape.endsLikeSpeech;
        else
            speech = shape.words >= 6 && (shape.endsLikeSpeech || shape.firstPerson);
        if (!speech) {
            quote.kind = QuoteKind::Mention;
            analysis.attributions[q] = {};
        }
    }
}

} // namespace whosaid::analysis
