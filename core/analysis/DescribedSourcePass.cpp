#include "DescribedSourcePass.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace whosaid::analysis {

namespace {

// "laut dem jüngsten Bericht", "according to new figures": words of the phrase after its
// determiner, at most.
constexpr qsizetype MaxWords = 3;
// "one New Hampshire Democrat", "the Florida senator and Republican presidential candidate".
constexpr qsizetype MaxDescribedWords = 6;

class DescribedSourceFinder
{
public:
    explicit DescribedSourceFinder(Analysis &analysis)
        : m_a(analysis)
        , m_tokens(analysis.tokens)
        , m_lex(*analysis.lexicon)
        , m_covered(analysis.tokens.size(), false)
        , m_inPlace(analysis.tokens.size(), false)
    {
        for (const Mention &m : std::as_const(m_a.mentions)) {
            for (qsizetype k = m.firstToken; k < m.endToken; ++k) {
                m_covered[k] = true;
                m_inPlace[k] = m.type == MentionType::Place;
            }
            if (m.type == MentionType::Name && m_tokens.at(m.endToken - 1).is(Token::Possessive))
                m_possessors.insert(m.endToken - 1, m.firstToken);
        }
    }

    void run()
    {
        QList<Mention> found;
        const auto keep = [this, &found](const std::optional<Mention> &m) {
            if (!m)
                return;
            for (qsizetype j = m->firstToken; j < m->endToken; ++j)
                m_covered[j] = true;
            found.append(*m);
        };
        const auto wordAt = [this](qsizetype i) { return m_tokens.at(i).lower; };
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            if (!t.has(SourcePhraseStart) || t.is(Token::InQuote) || t.sentence < 0)
                continue;
            const Sentence &sentence = m_a.sentences.at(t.sentence);
            if (const qsizetype n = m_lex.sourcesAfter().matchAt(k, sentence.endToken, wordAt);
                n > 0)
                keep(phraseAfter(k + n, sentence.endToken));
            else if (m_lex.sourcesBefore().matchAt(k, sentence.endToken, wordAt) > 0)
                keep(phraseBefore(k, sentence.firstToken));
        }
        for (qsizetype k = 1; k + 1 < m_tokens.size(); ++k) {
            const Token &t = m_tokens.at(k);
            if ((t.classes & (Cue | CuePhraseStart)) == 0 || t.is(Token::InQuote))
                continue;
            // A cue phrase ("goes on to say") or a cue verb.
            const qsizetype cueEnd = k
                + std::max<qsizetype>(1, m_lex.cuePhrases().matchAt(k, m_tokens.size(), wordAt));
            if (!t.has(Cue) && cueEnd == k + 1)
                continue;
            if (!afterQuotation(k - 1))
                keep(describedBeforeCue(k, cueEnd));
            else if (const std::optional<Mention> quoted = quotedNameAfterCue(k + 1))
                keep(quoted);
            else
                keep(describedAfterCue(k + 1));
        }
        if (found.isEmpty())
            return;
        // A place inside a described speaker ("one New Hampshire Democrat") is part of it.
        m_a.mentions.removeIf([&found](const Mention &place) {
            return place.type == MentionType::Place
                && std::any_of(found.cbegin(), found.cend(), [&place](const Mention &m) {
                       return place.firstToken >= m.firstToken && place.endToken <= m.endToken;
                   });
        });
        m_a.mentions.append(found);
        std::stable_sort(
            m_a.mentions.begin(), m_a.mentions.end(),
            [](const Mention &a, const Mention &b) { return a.firstToken < b.firstToken; });
    }

private:
    // Does token k close a quotation, or is it the comma after one ("“…,” said X", "“…”, said
    // X")?
    [[nodiscard]] bool afterQuotation(qsizetype k) const
    {
        if (k >= 1 && m_tokens.at(k).isMark(u',') && !m_tokens.at(k).is(Token::InQuote))
            --k;
        return k >= 1 && m_tokens.at(k).is(Token::QuoteMark)
            && m_tokens.at(k - 1).is(Token::InQuote);
    }

    // "said one New Hampshire Democrat", "read the email": a determiner and the words after it,
    // to the end of the clause.
    std::optional<Mention> describedAfterCue(qsizetype first) const
    {
        if (!determinerAt(first))
            return std::nullopt;
        qsizetype end = first + 1;
        while (end < m_tokens.size() && end < first + 1 + MaxDescribedWords && describedWord(end))
            ++end;
        if (end == first + 1 || !closesClause(end))
            return std::nullopt;
        return mention(first, first + 1, end, MentionType::Role);
    }

    // "“…,” the organizer told them": a determiner and its words between quotation and cue;
    // or opening the sentence of a cue that introduces a quotation ("Der Text lautete: „…“").
    std::optional<Mention> describedBeforeCue(qsizetype cue, qsizetype cueEnd) const
    {
        qsizetype first = cue - 1;
        while (first > cue - 1 - MaxDescribedWords && first > 0 && describedWord(first)
               && !determinerAt(first))
            --first;
        if (first == cue - 1)
            return std::nullopt;
        // "“…,” Ryan’s office said": a possessive name stands for the determiner.
        if (const auto possessor = m_possessors.constFind(first);
            possessor != m_possessors.cend() && afterQuotation(*possessor - 1))
            return mention(*possessor, *possessor, cue, MentionType::Role);
        if (!determinerAt(first))
            return std::nullopt;
        const bool introduces = m_tokens.at(first).is(Token::SentenceStart)
            && cueEnd + 1 < m_tokens.size() && m_tokens.at(cueEnd).isMark(u':')
            && m_tokens.at(cueEnd + 1).is(Token::QuoteMark);
        if (!introduces && !afterQuotation(first - 1))
            return std::nullopt;
        return mention(first, first + 1, cue, MentionType::Role);
    }

    // "„…“, schreibt die „Computerwoche“": a short title in quotation marks after the cue
    // names the newspaper, programme or book that speaks.
    std::optional<Mention> quotedNameAfterCue(qsizetype k) const
    {
        constexpr qsizetype MaxTitleWords = 4;
        const qsizetype first = k;
        if (k < m_tokens.size() && determinerAt(k))
            ++k;
        if (k >= m_tokens.size() || !m_tokens.at(k).is(Token::QuoteMark))
            return std::nullopt;
        const qsizetype open = k++;
        while (k < m_tokens.size() && k <= open + MaxTitleWords && m_tokens.at(k).is(Token::InQuote)
               && !m_tokens.at(k).is(Token::QuoteMark))
            ++k;
        if (k == open + 1 || k >= m_tokens.size() || !m_tokens.at(k).is(Token::QuoteMark)
            || !m_tokens.at(open + 1).is(Token::Capitalised) || !closesClause(k + 1))
            return std::nullopt;
        Mention m = mention(first, open + 1, k, MentionType::Organisation);
        m.endToken = k + 1; // the closing mark belongs to the mention, not the name
        m.range.end = m_tokens.at(k).range.end;
        return m;
    }

    [[nodiscard]] bool determinerAt(qsizetype k) const
    {
        const Token &t = m_tokens.at(k);
        return t.has(Determiner) && !t.is(Token::InQuote) && !m_covered.at(k)
            && !m_lex.reportWords().that.contains(t.lower);
    }

    // A word of a described speaker: no punctuation but a hyphen inside a word
    // ("conservative-leaning"), no function word, no cue but as a noun; a place it may hold.
    [[nodiscard]] bool describedWord(qsizetype k) const
    {
        const Token &t = m_tokens.at(k);
        if (t.isMark(u'-') && k > 0 && k + 1 < m_tokens.size()
            && m_tokens.at(k - 1).range.end == t.range.start
            && t.range.end == m_tokens.at(k + 1).range.start)
            return true;
        constexpr quint32 Stops = Preposition | Pronoun | Subordinator | Determiner;
        // A cue's form after a determiner is a noun: "the email", "the statement".
        const bool verb = t.has(Cue) && !(k > 0 && m_tokens.at(k - 1).has(Determiner));
        return t.is(Token::Word) && !t.is(Token::InQuote) && (t.classes & Stops) == 0 && !verb
            && (!m_covered.at(k) || m_inPlace.at(k));
    }

    // The end of a clause after a speaker: punctuation, a preposition, a relative pronoun.
    [[nodiscard]] bool closesClause(qsizetype k) const
    {
        if (k >= m_tokens.size())
            return true;
        const Token &t = m_tokens.at(k);
        return !t.is(Token::Word) || t.has(Preposition) || t.has(Subordinator)
            || m_lex.reportWords().subjectRelatives.contains(t.lower);
    }

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
    [[nodiscard]] Mention mention(qsizetype first, qsizetype nameStart, qsizetype end,
                                  MentionType type = MentionType::Organisation) const
    {
        Mention m;
        m.firstToken = first;
        m.endToken = end;
        m.range = {m_tokens.at(first).range.start, m_tokens.at(end - 1).range.end};
        m.type = type;
        m.described = true;
        if (type == MentionType::Organisation)
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
    QList<bool> m_covered;                    // tokens inside a mention
    QList<bool> m_inPlace;                    // tokens inside the mention of a place
    QHash<qsizetype, qsizetype> m_possessors; // last token of a possessive name -> its first
};

} // namespace

void DescribedSourcePass::run(Analysis &analysis) const
{
    DescribedSourceFinder(analysis).run();
}

} // namespace whosaid::analysis
