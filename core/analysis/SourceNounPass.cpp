#include "SourceNounPass.h"

#include <algorithm>
#include <optional>

namespace whosaid::analysis {

namespace {

// "laut dem jüngsten Bericht", "according to new figures": words of the phrase after its
// determiner, at most.
constexpr qsizetype MaxWords = 3;

class SourceNounFinder
{
public:
    explicit SourceNounFinder(Analysis &analysis)
        : m_a(analysis)
        , m_tokens(analysis.tokens)
        , m_lex(*analysis.lexicon)
        , m_covered(analysis.tokens.size(), false)
    {
        for (const Mention &m : std::as_const(m_a.mentions)) {
            for (qsizetype k = m.firstToken; k < m.endToken; ++k)
                m_covered[k] = true;
        }
    }

    void run()
    {
        const auto wordAt = [this](qsizetype i) { return m_tokens.at(i).lower; };
        QList<Mention> found;
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            if (!t.has(SourcePhraseStart) || t.is(Token::InQuote) || t.sentence < 0)
                continue;
            const Sentence &sentence = m_a.sentences.at(t.sentence);
            std::optional<Mention> m;
            if (const qsizetype n = m_lex.sourcesAfter().matchAt(k, sentence.endToken, wordAt);
                n > 0)
                m = phraseAfter(k + n, sentence.endToken);
            else if (m_lex.sourcesBefore().matchAt(k, sentence.endToken, wordAt) > 0)
                m = phraseBefore(k, sentence.firstToken);
            if (m) {
                for (qsizetype j = m->firstToken; j < m->endToken; ++j)
                    m_covered[j] = true;
                found.append(*m);
            }
        }
        if (found.isEmpty())
            return;
        m_a.mentions.append(found);
        std::stable_sort(
            m_a.mentions.begin(), m_a.mentions.end(),
            [](const Mention &a, const Mention &b) { return a.firstToken < b.firstToken; });
    }

private:
    // A word that may belong to the noun phrase of a source.
    [[nodiscard]] bool phraseWord(qsizetype k) const
    {
        const Token &t = m_tokens.at(k);
        constexpr quint32 Stops = Preposition | Cue | Pronoun | Subordinator;
        return t.is(Token::Word) && !t.is(Token::InQuote) && !m_covered.at(k)
            && (t.classes & Stops) == 0;
    }

    // Where nouns are capitalised, the head is the first capitalised word ("dem jüngsten
    // Bericht"); elsewhere the phrase runs to the first word that cannot belong to it
    // ("figures released on Friday" is "figures released").
    std::optional<Mention> phraseAfter(qsizetype first, qsizetype end) const
    {
        qsizetype k = first;
        // "laut ihren Aussagen": the owner of the words is the source, left to the reader.
        if (k < end && m_tokens.at(k).has(Pronoun))
            return std::nullopt;
        if (k < end && m_tokens.at(k).has(Determiner) && !m_covered.at(k))
            ++k;
        const qsizetype nameStart = k;
        qsizetype last = -1;
        for (; k < end && k < nameStart + MaxWords && phraseWord(k); ++k) {
            last = k;
            if (m_lex.capitalisesNouns() && m_tokens.at(k).is(Token::Capitalised))
                break;
        }
        if (last < 0 || (m_lex.capitalisesNouns() && !m_tokens.at(last).is(Token::Capitalised)))
            return std::nullopt;
        return mention(first, nameStart, last + 1);
    }

    // "ersten Angaben zufolge", "dem Bericht zufolge": the phrase ends right before the word.
    std::optional<Mention> phraseBefore(qsizetype phrase, qsizetype start) const
    {
        const qsizetype last = phrase - 1;
        if (last < start || !phraseWord(last)
            || (m_lex.capitalisesNouns() && !m_tokens.at(last).is(Token::Capitalised)))
            return std::nullopt;
        qsizetype nameStart = last;
        while (nameStart - 1 >= start && nameStart > last - MaxWords + 1
               && phraseWord(nameStart - 1) && !m_tokens.at(nameStart - 1).has(Determiner))
            --nameStart;
        const bool determined = nameStart - 1 >= start && !m_covered.at(nameStart - 1)
            && m_tokens.at(nameStart - 1).has(Determiner);
        return mention(determined ? nameStart - 1 : nameStart, nameStart, last + 1);
    }

    // The mention of [first, end), named by its words from nameStart on.
    [[nodiscard]] Mention mention(qsizetype first, qsizetype nameStart, qsizetype end) const
    {
        Mention m;
        m.firstToken = first;
        m.endToken = end;
        m.range = {m_tokens.at(first).range.start, m_tokens.at(end - 1).range.end};
        m.type = MentionType::Organisation;
        m.gender = Gender::Neuter;
        m.name = m_a.view({m_tokens.at(nameStart).range.start, m.range.end});
        QList<QStringView> &words = m_a.mentionWords;
        m.firstWord = words.size();
        for (qsizetype k = nameStart; k < end; ++k)
            words.append(m_tokens.at(k).lower);
        m.wordCount = words.size() - m.firstWord;
        return m;
    }

    Analysis &m_a;
    const QList<Token> &m_tokens;
    const Lexicon &m_lex;
    QList<bool> m_covered; // tokens inside a mention
};

} // namespace

void SourceNounPass::run(Analysis &analysis) const
{
    SourceNounFinder(analysis).run();
}

} // namespace whosaid::analysis
