#include "SpeechClassifierPass.h"

#include <algorithm>

namespace whosaid::analysis {

namespace {

struct Shape
{
    int words = 0;
    int capitalisedWords = 0;
    int minorWords = 0; // lower-case function words, which titles keep small ("Home to the Bay")
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
        else if ((t.classes & (NonName | Preposition | Determiner)) != 0)
            ++shape.minorWords;
        if (t.has(FirstPerson))
            shape.firstPerson = true;
    }
    const QChar last = a.text().at(quote.content.end - 1);
    shape.endsLikeSpeech = QStringView(u".,!?\u2026\u2014-;:").contains(last);
    return shape;
}

// Does a phrase from the list end right before token k?
bool phraseEndsAt(const Analysis &a, const PhraseList &phrases, qsizetype k)
{
    const auto wordAt = [&a](qsizetype i) { return a.tokens.at(i).lower; };
    for (qsizetype length = 1; length <= phrases.longest() && length <= k; ++length) {
        if (a.tokens.at(k - length).has(MentionCueStart)
            && phrases.matchAt(k - length, k, wordAt) == length)
            return true;
    }
    return false;
}

const Token &tokenAt(const Analysis &a, qsizetype pos)
{
    const auto it = std::lower_bound(a.tokens.cbegin(), a.tokens.cend(), pos,
                                     [](const Token &t, qsizetype p) { return t.range.end <= p; });
    return *it;
}

// Does a word of the quotation's sentence, outside its marks, pass the test?
template<typename Test>
bool wordOutside(const Analysis &a, const Quote &quote, qsizetype open, Test test)
{
    const Sentence &sentence = a.sentences.at(a.tokens.at(open).sentence);
    for (qsizetype t = sentence.firstToken; t < sentence.endToken; ++t) {
        const Token &token = a.tokens.at(t);
        if (token.is(Token::Word) && !quote.outer.contains(token.range) && test(token))
            return true;
    }
    return false;
}

// "„…“, schreibt die „Computerwoche“": a quotation inside a speaker's mention names it.
bool insideMention(const Analysis &a, const Quote &quote)
{
    const auto it
        = std::upper_bound(a.mentions.cbegin(), a.mentions.cend(), quote.outer.start,
                           [](qsizetype pos, const Mention &m) { return pos < m.range.start; });
    return it != a.mentions.cbegin() && std::prev(it)->range.contains(quote.outer);
}

// A quotation that is a sentence of its own: no word of its sentence lies outside the marks.
bool standsAlone(const Analysis &a, const Quote &quote, qsizetype open)
{
    return open < a.tokens.size()
        && !wordOutside(a, quote, open, [](const Token &) { return true; });
}

// Does the quotation's sentence report speech outside the marks, by a cue or by the mood of a
// verb ("Die Lage sei „sehr ernst“")?
bool inReport(const Analysis &a, const Quote &quote, qsizetype open)
{
    return open < a.tokens.size() && wordOutside(a, quote, open, [](const Token &token) {
               return !token.is(Token::InQuote) && (token.has(Cue) || token.has(Subjunctive));
           });
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
        // A cue next to the quote or a colon, not one elsewhere in the sentence (0.78).
        const bool strongCue = attribution.mention >= 0 && attribution.confidence >= 0.8;
        const bool titleCase = shape.capitalisedWords >= 2
            && shape.capitalisedWords > shape.minorWords
            && shape.capitalisedWords + shape.minorWords == shape.words;
        // "dubbed the stadium “the Cauldron”": a labelling verb names, it does not quote.
        const bool labelled = !attribution.cue.isEmpty() && shape.words < 6 && !shape.endsLikeSpeech
            && tokenAt(analysis, attribution.cue.start).has(MentionCueStart);
        const bool afterDeterminer = open > 0 && tokens.at(open - 1).has(Determiner);
        const bool afterMentionCue = phraseEndsAt(analysis, lex.mentionCues(), open);
        // "die Agentur „Xinhua“", "the tabloid “The Sun”": a short capitalised quotation right
        // after a role or organisation noun is its name.
        const bool namesNoun = open > 0 && tokens.at(open - 1).is(Token::Word)
            && (tokens.at(open - 1).classes & (RoleNoun | OrganisationWord)) != 0
            && shape.words <= 4 && !shape.endsLikeSpeech && open + 1 < tokens.size()
            && tokens.at(open + 1).is(Token::Capitalised);

        // Where news quotes words in fragments, a labelling verb quotes the speaker's own word
        // ("bezeichnete sie als „Gesindel“"); only a naming phrase (sogenannte, Motto) labels.
        const bool fragments = lex.quotedFragmentsAreSpeech() && inReport(analysis, quote, open);
        const bool labels = afterMentionCue || namesNoun || insideMention(analysis, quote)
            || (!fragments && (labelled || (afterDeterminer && !shape.endsLikeSpeech)));
        // A title ("Fox News Sunday"): American style keeps a comma or period inside the marks
        // (appeared on “Face the Nation,” where...), so without a cue a short one is a title
        // whatever its last character (but "Neither do I." speaks); next to a cue only when it
        // does not end like speech.
        // Where a name stands rather than a sentence: the object of "told", of a preposition or
        // of a possessive ("told “Fox and Friends,”", "on ABC's “This Week.”").
        const bool namePlace = open > 0 && tokens.at(open - 1).is(Token::Word)
            && (tokens.at(open - 1).has(Preposition) || tokens.at(open - 1).is(Token::Possessive)
                || (tokens.at(open - 1).has(Cue)
                    && (lex.reportingFrames(tokens.at(open - 1).lower)
                        & (ObjectClauseFrame | ObjectThatFrame))
                        != 0));
        const bool title = titleCase
            && ((namePlace && shape.words <= 6 && !shape.firstPerson)
                || (strongCue ? shape.words <= 4 && !shape.endsLikeSpeech
                              : (shape.words <= 6 && !shape.firstPerson) || !shape.endsLikeSpeech));
        bool speech;
        if (labels || title)
            speech = false;
        else if (strongCue || fragments)
            speech = true;
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
