#pragma once

#include "Lexicon.h"
#include "WordClass.h"
#include "document/Document.h"

#include <QList>
#include <QString>

#include <memory>
#include <span>

namespace whosaid::analysis {

using document::Document;
using document::TextRange;

struct Token
{
    enum Flag : quint8 {
        Word = 1,        // letters or digits
        Capitalised = 2, // starts with an upper-case letter
        SentenceStart = 4,
        InQuote = 8,    // inside a quotation of speech or mention
        QuoteMark = 16, // an opening or closing quotation mark
        AllCaps = 32,
        Possessive = 64, // a word ending in 's
    };
    TextRange range;
    QStringView lower;   // lower-cased text (kept alive by Analysis::words)
    quint32 classes = 0; // WordClass bits: what the lexicon says of the word
    quint32 wordId = 0;  // equal for equal lower-case words
    qint32 sentence = -1;
    quint8 flags = 0;

    [[nodiscard]] bool is(Flag flag) const { return (flags & flag) != 0; }
    [[nodiscard]] bool has(WordClass c) const { return (classes & c) != 0; }
    // Is this the one-character punctuation token c? (Cheaper than comparing strings.)
    [[nodiscard]] bool isMark(char16_t c) const
    {
        return lower.size() == 1 && lower.front().unicode() == c && !is(Word);
    }
};

struct Sentence
{
    TextRange range;
    qsizetype firstToken = 0;
    qsizetype endToken = 0; // one past the last
    qsizetype paragraph = 0;
};

enum class QuoteKind : quint8 { Direct, Mixed, Indirect, Block, Mention };

struct Quote
{
    TextRange content; // the words inside the marks
    TextRange outer;   // with the marks (the marks may be missing at a recovered end)
    QuoteKind kind = QuoteKind::Direct;
    qsizetype paragraph = 0;
    int depth = 0;                  // 0 for a top-level quote, 1 inside another
    int utterance = -1;             // fragments of one utterance ("A," he said, "B.") share it
    bool continuesPrevious = false; // the paragraph-opening part of a multi-paragraph quote
    bool recoveredEnd = false;      // no closing mark: ended at the paragraph or sentence end
};

enum class MentionType : quint8 { Name, Organisation, Place, Role, Pronoun };

// A mention's strings are views into the text, or into Analysis::foldedWords when the words
// stand apart in the text otherwise than by single spaces: none is allocated for it.
struct Mention
{
    TextRange range;
    qsizetype firstToken = 0;
    qsizetype endToken = 0;
    MentionType type = MentionType::Name;
    QStringView name; // the name without titles ("Vladimir Putin"), or the role phrase
    // Its lower-case words (as Token::lower, no 's): Analysis::words() of it.
    qsizetype firstWord = 0; // in Analysis::mentionWords
    qsizetype wordCount = 0;
    QStringView title; // titles and modifiers before the name ("Russian President")
    Gender gender = Gender::Unknown;
    GrammaticalNumber number = GrammaticalNumber::Singular;
    quint8 person = 3; // 1 or 2 for the pronouns I/we and you, which name no one in the text
    // Where every noun is capitalised: one capitalised word that the article never writes as
    // part of a longer name or after a title ("Leitsätzen", not "Stoiber"), so most likely a
    // common noun. Passes that guess a speaker without a cue pass over it.
    bool bareNoun = false;
    // A source described, not named ("dem Bericht", "die „Computerwoche“"): its name is its
    // words after the determiner and inside any quotation marks (DescribedSourcePass).
    bool described = false;
    int speaker = -1; // the speaker this mention resolves to
};

struct Speaker
{
    QString id; // "s1", "s2", ...
    QString name;
    QStringList aliases;
    QString role;
    bool organisation = false;
    Gender gender = Gender::Unknown;
    int quoteCount = 0;
};

struct Attribution
{
    int speaker = -1; // index into speakers, -1 when unknown
    int mention = -1; // index into mentions: the span naming the speaker for this quote
    TextRange cue;    // empty when there is none
    double confidence = 0.0;
    QString reason;
};

// Everything the passes learn about one document: shared immutable text plus growing layers.
struct Analysis
{
    std::shared_ptr<const Document> document;
    std::shared_ptr<const Lexicon> lexicon;
    // The arena of Token::lower for words not in lower case, and of mention names not spelled
    // as in the text.
    QList<QString> foldedWords;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<Quote> quotes;
    QList<Mention> mentions;
    QList<QStringView> mentionWords; // the words of each mention in turn
    QList<Speaker> speakers;
    QList<Attribution> attributions; // parallel to quotes

    [[nodiscard]] const QString &text() const { return document->text(); }
    [[nodiscard]] QStringView view(TextRange range) const { return document->view(range); }
    [[nodiscard]] std::span<const QStringView> words(const Mention &m) const
    {
        return {mentionWords.constData() + m.firstWord, std::size_t(m.wordCount)};
    }
};

[[nodiscard]] QString kindName(QuoteKind kind);

} // namespace whosaid::analysis
