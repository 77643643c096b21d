#include "SegmentationPass.h"

#include "SentenceBreaker.h"
#include "WordBreaker.h"
#include "WordFolder.h"

#include <vector>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

quint8 wordFlags(QStringView word)
{
    quint8 flags = Token::Word;
    const QChar first = word.front();
    if (first.isUpper() || first.isTitleCase()) {
        flags |= Token::Capitalised;
        bool allUpper = word.size() > 1;
        for (const QChar c : word) {
            if (c.isLower()) {
                allUpper = false;
                break;
            }
        }
        if (allUpper)
            flags |= Token::AllCaps;
    }
    return flags;
}

// Does the sentence end in an abbreviation ("U.S.", "Sen.", "J.") rather than a full stop?
bool endsInAbbreviation(const Analysis &a, const Sentence &s)
{
    const qsizetype last = s.endToken - 1;
    if (last - 1 < s.firstToken || !a.tokens.at(last).isMark(u'.'))
        return false;
    const Token &word = a.tokens.at(last - 1);
    if (!word.is(Token::Word) || word.range.end != a.tokens.at(last).range.start)
        return false;
    if (word.range.length() == 1 && word.is(Token::Capitalised))
        return true; // an initial
    return word.has(Abbreviation) || word.lower.contains(u'.');
}

// Does the sentence end with . ! ? … (perhaps followed by closing quotes or brackets)?
bool endsWithTerminal(const Analysis &a, const Sentence &s)
{
    qsizetype end = s.range.end;
    const QString &text = a.text();
    while (end > s.range.start
           && (text.at(end - 1).isSpace()
               || text.at(end - 1).category() == QChar::Punctuation_FinalQuote
               || text.at(end - 1) == u'"' || text.at(end - 1) == u'\'' || text.at(end - 1) == u')'
               || text.at(end - 1) == u'\u201d' || text.at(end - 1) == u'\u2019'))
        --end;
    if (end == s.range.start)
        return true;
    const QChar last = text.at(end - 1);
    return last == u'.' || last == u'!' || last == u'?' || last == u'\u2026';
}

// ICU breaks after some abbreviations before a capitalised word ("U.S. President"), and at
// every line feed, which hard-wrapped paragraphs have inside sentences: join those.
void mergeFalseBreaks(Analysis &a, qsizetype firstSentence)
{
    qsizetype kept = firstSentence;
    qsizetype renumberFrom = a.sentences.size(); // sentences before the first join keep theirs
    for (qsizetype i = firstSentence + 1; i < a.sentences.size(); ++i) {
        Sentence &previous = a.sentences[kept];
        const Sentence next = a.sentences.at(i);
        const bool abbreviation = endsInAbbreviation(a, previous) && next.firstToken < next.endToken
            && a.tokens.at(next.firstToken).is(Token::Capitalised);
        if (previous.paragraph == next.paragraph
            && (abbreviation || !endsWithTerminal(a, previous))) {
            previous.range.end = next.range.end;
            previous.endToken = next.endToken;
            a.tokens[next.firstToken].flags &= ~Token::SentenceStart;
            renumberFrom = std::min(renumberFrom, kept);
            continue;
        }
        a.sentences[++kept] = next;
    }
    a.sentences.resize(std::min(a.sentences.size(), kept + 1));
    Token *tokens = a.tokens.data();
    for (qsizetype i = renumberFrom; i < a.sentences.size(); ++i) {
        for (qsizetype t = a.sentences.at(i).firstToken; t < a.sentences.at(i).endToken; ++t)
            tokens[t].sentence = static_cast<qint32>(i);
    }
}

} // namespace

void SegmentationPass::run(Analysis &analysis) const
{
    const QString &text = analysis.text();
    const Lexicon &lexicon = *analysis.lexicon;
    const bool compounds = lexicon.capitalisesNouns(); // German "Werftsprecher"
    WordFolder folder(analysis.foldedWords);
    const auto &paragraphs = analysis.document->paragraphs();
    if (paragraphs.isEmpty())
        return;
    // First the breaks, in tight loops; then the tokens, written in place (QList::append does
    // not inline).
    thread_local std::vector<WordBreaker::Piece> breaks;
    thread_local std::vector<int32_t> sentenceEnds;
    if (!SentenceBreaker::split(text, sentenceEnds) || !WordBreaker::split(text, breaks))
        return;
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());

    analysis.tokens.resize(qsizetype(breaks.size())); // one token a piece
    Token *tokens = analysis.tokens.data();
    qsizetype count = 0;
    analysis.sentences.reserve(qsizetype(sentenceEnds.size()) + paragraphs.size());

    qsizetype p = 0;
    std::size_t nextSentence = 0;
    int32_t sentenceStart = 0;
    int32_t sentenceEnd = 0;
    bool open = false; // is there a current sentence to add tokens to?
    bool sentenceHasWord = false;
    for (const WordBreaker::Piece &brk : breaks) {
        const TextRange range{brk.start, brk.end};
        while (brk.start >= sentenceEnd && nextSentence < sentenceEnds.size()) {
            sentenceStart = sentenceEnd;
            sentenceEnd = sentenceEnds[nextSentence++];
            open = false;
        }
        while (p + 1 < paragraphs.size() && brk.start >= paragraphs.at(p).end) {
            ++p;
            open = false;
        }
        if (!open) {
            const TextRange para = paragraphs.at(p);
            Sentence sentence;
            sentence.range = {std::max<qsizetype>(sentenceStart, para.start),
                              std::min<qsizetype>(sentenceEnd, para.end)};
            sentence.firstToken = count;
            sentence.endToken = sentence.firstToken;
            sentence.paragraph = p;
            analysis.sentences.append(sentence);
            open = true;
            sentenceHasWord = false;
        }
        Token &token = tokens[count++];
        token.range = range;
        token.sentence = static_cast<qint32>(analysis.sentences.size() - 1);
        const QStringView piece(units + brk.start, brk.end - brk.start);
        if (brk.word) {
            token.flags = wordFlags(piece);
            const FoldedWord word = folder.fold(piece);
            token.lower = word.lower;
            token.classes = lexicon.wordClasses().classesOf(word.lower, word.hash);
            if (token.classes == 0 && compounds && (token.flags & Token::Capitalised) != 0)
                token.classes = lexicon.compoundClasses(word.lower);
            token.wordId = quint32(word.hash ^ (word.hash >> 32));
            const QStringView lower = word.lower;
            // "he'll", "it's": a pronoun with a clitic is the pronoun, and no possessive.
            const quint32 contracted = token.classes == 0 && lower.contains(u'\'')
                ? lexicon.contractedPronounClasses(lower)
                : 0;
            token.classes |= contracted;
            if (contracted == 0 && lower.size() > 2 && lower.back() == u's'
                && lower[lower.size() - 2] == u'\'')
                token.flags |= Token::Possessive;
            if (!sentenceHasWord)
                token.flags |= Token::SentenceStart;
            sentenceHasWord = true;
        } else {
            token.lower = piece; // punctuation has no case and no lexical class
        }
    }
    // A pool thread keeps its buffers for the next article, but not those of a huge one.
    constexpr std::size_t KeptPieces = std::size_t(1) << 18;
    if (breaks.capacity() > KeptPieces) {
        std::vector<WordBreaker::Piece>().swap(breaks);
        std::vector<int32_t>().swap(sentenceEnds);
    }
    for (qsizetype i = 0; i + 1 < analysis.sentences.size(); ++i)
        analysis.sentences[i].endToken = analysis.sentences[i + 1].firstToken;
    if (!analysis.sentences.isEmpty())
        analysis.sentences.last().endToken = analysis.tokens.size();
    mergeFalseBreaks(analysis, 0);
}

} // namespace whosaid::analysis
