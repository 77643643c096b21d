#include "CueContext.h"

#include <algorithm>

namespace whosaid::analysis {

CueContext::CueContext(Analysis &analysis)
    : m_a(analysis)
    , m_tokens(analysis.tokens)
    , m_lex(*analysis.lexicon)
    , m_startingAt(analysis.tokens.size(), -1)
    , m_endingAt(analysis.tokens.size(), -1)
{
    for (qsizetype m = 0; m < m_a.mentions.size(); ++m) {
        const Mention &mention = m_a.mentions.at(m);
        m_startingAt[mention.firstToken] = int(m);
        m_endingAt[mention.endToken - 1] = int(m);
    }
}

qsizetype CueContext::tokenAt(qsizetype pos) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), pos,
                                     [](const Token &t, qsizetype p) { return t.range.end <= p; });
    return std::distance(m_tokens.cbegin(), it);
}

qsizetype CueContext::sentenceStart(qsizetype token) const
{
    return m_a.sentences.at(m_tokens.at(token).sentence).firstToken;
}

// A multi-word cue starting at k ("according to", "went on to say"): its end, else -1.
qsizetype CueContext::cuePhraseAt(qsizetype k, qsizetype limit) const
{
    if (k < 0 || k >= limit || !m_tokens.at(k).has(CuePhraseStart))
        return -1;
    const qsizetype length = m_lex.cuePhrases().matchAt(
        k, limit, [this](qsizetype i) { return m_tokens.at(i).lower; });
    return length > 0 ? k + length : -1;
}

// The speaker standing right before a cue, over auxiliaries ("had said"), a parenthesis
// ("Rep. Jo Hill (D-Ohio) said") or an apposition ("Ana Ruiz, the fire chief, said"; when
// the apposition is itself a name, "His partner, Lawrence Cummings, said", that name).
int CueContext::speakerBefore(qsizetype cue, qsizetype start) const
{
    qsizetype k = cue - 1;
    while (k >= start && isModifier(k))
        --k;
    k = skipParenthesis(k, start);
    if (k >= start && m_endingAt.at(k) >= 0) {
        // "Der Sprecher der Stadtwerke sagte": a genitive after the speaker is not the speaker.
        const int m = m_endingAt.at(k);
        qsizetype before = m_a.mentions.at(m).firstToken - 1;
        const bool determined = m_tokens.at(before + 1).has(Determiner)
            || (before >= start && m_tokens.at(before--).has(Determiner));
        const bool genitive = determined && before >= start && m_endingAt.at(before) >= 0;
        const int speaker = genitive ? m_endingAt.at(before) : m;
        // Verb second: a common noun before the verb is its fronted object when a subject
        // follows the verb ("Dies sagte der Präsident", "Die Anwendung ... stellte der
        // SPD-Vorsitzende in Frage").
        if (const int subject = subjectAfterVerb(cue);
            subject >= 0 && m_a.mentions.at(speaker).bareNoun)
            return subject;
        return publisherOf(speaker, start);
    }
    if (!isPunct(k, {u','}))
        return -1;
    qsizetype comma = k - 1;
    while (comma >= start && comma > k - 25 && !isPunct(comma, {u','})
           && !m_tokens.at(comma).is(Token::QuoteMark))
        --comma;
    // An apposition names or describes ("a doctor", "Ana Ruiz"); ", on the 15th," does not.
    if (!isPunct(comma, {u','}) || m_tokens.at(comma + 1).has(Preposition))
        return -1;
    if (const int inner = m_startingAt.at(comma + 1); inner >= 0
        && m_a.mentions.at(inner).endToken == k && m_a.mentions.at(inner).type == MentionType::Name)
        return inner;
    const qsizetype before = skipParenthesis(comma - 1, start);
    return before >= start ? m_endingAt.at(before) : -1;
}

int CueContext::publisherOf(int m, qsizetype start) const
{
    const Mention &mention = m_a.mentions.at(m);
    if (mention.type != MentionType::Role)
        return m;
    qsizetype k = mention.firstToken - 1;
    if (k >= start && m_tokens.at(k).has(Determiner))
        --k;
    if (k < start || !m_lex.reportWords().publishers.contains(m_tokens.at(k).lower))
        return m;
    const int subject = firstMention(start, k);
    return subject >= 0 ? subject : m;
}

int CueContext::subjectAfterVerb(qsizetype cue) const
{
    if (!m_lex.verbSecond())
        return -1;
    qsizetype k = cue + 1;
    while (isModifier(k))
        ++k;
    if (k >= m_tokens.size() || m_tokens.at(k).is(Token::InQuote)
        || m_lex.isObliqueArticle(m_tokens.at(k).lower))
        return -1;
    int m = mentionFrom(k);
    if (m < 0 && m_tokens.at(k).has(Determiner))
        m = mentionFrom(k + 1); // "sagte der Bürgermeister X": the article may stand outside
    if (m < 0)
        return -1;
    const Mention &mention = m_a.mentions.at(m);
    const bool person = mention.type == MentionType::Name || mention.type == MentionType::Role
        || mention.type == MentionType::Organisation;
    return person && !mention.bareNoun ? m : -1;
}

int CueContext::participleSubject(qsizetype cue, qsizetype start) const
{
    if (!m_lex.verbSecond())
        return -1;
    qsizetype clause = cue - 1;
    while (clause >= start && !isPunct(clause, {u',', u';', u':'})
           && !m_tokens.at(clause).is(Token::QuoteMark))
        --clause;
    ++clause;
    const QStringList &auxiliaries = m_lex.reportWords().auxiliaries;
    qsizetype aux = clause;
    while (aux < cue && !auxiliaries.contains(m_tokens.at(aux).lower))
        ++aux;
    if (aux >= cue || aux == clause)
        return -1; // none, or one opening a question or a verb-first clause
    if (const int m = firstMention(clause, aux); m >= 0 && !m_a.mentions.at(m).bareNoun)
        return m;
    return subjectAfterVerb(aux);
}

int CueContext::roleHolderAfter(int m) const
{
    constexpr qsizetype MaxRoleWords = 3;
    const Mention &mention = m_a.mentions.at(m);
    if (mention.type != MentionType::Name && mention.type != MentionType::Organisation)
        return m;
    bool role = false;
    for (qsizetype k = mention.endToken;
         k < m_tokens.size() && k <= mention.endToken + MaxRoleWords; ++k) {
        const Token &t = m_tokens.at(k);
        if (const int next = m_startingAt.at(k); next >= 0 && k > mention.endToken) {
            const Mention &holder = m_a.mentions.at(next);
            return role && holder.type == MentionType::Name ? next : m;
        }
        if (!t.is(Token::Word) || t.is(Token::Capitalised) || t.is(Token::InQuote)
            || (t.classes & (Cue | Determiner | Preposition | Pronoun)) != 0)
            return m;
        role = role || t.has(RoleNoun);
    }
    return m;
}

// "said one New Hampshire Democrat", "said former tech executive Carly Fiorina", "said
// one of those advisers": a name or role a few words of description after the cue.
int CueContext::describedNameAfter(qsizetype k, qsizetype end) const
{
    constexpr qsizetype MaxWords = 5;
    for (qsizetype j = k; j < end && j <= k + MaxWords; ++j) {
        if (const int m = mentionFrom(j); m >= 0) {
            const MentionType type = m_a.mentions.at(m).type;
            return type == MentionType::Name || type == MentionType::Role ? m : -1;
        }
        const Token &t = m_tokens.at(j);
        if (t.is(Token::InQuote) || t.has(Cue) || (!t.is(Token::Word) && !isAbbreviationDot(j)))
            return -1;
    }
    return -1;
}

// The dot of "Rep." or "Gen.": glued to a word the lexicon knows as an abbreviation.
bool CueContext::isAbbreviationDot(qsizetype k) const
{
    return isPunct(k, {u'.'}) && k > 0 && m_tokens.at(k - 1).has(Abbreviation)
        && m_tokens.at(k - 1).range.end == m_tokens.at(k).range.start;
}

int CueContext::invertedPronoun(qsizetype cueEnd) const
{
    // Only where the verb stands second does a pronoun after it name its subject.
    if (!m_lex.verbSecond() || cueEnd >= m_tokens.size() || !m_tokens.at(cueEnd).has(SubjectPronoun)
        || m_tokens.at(cueEnd).is(Token::InQuote))
        return -1;
    return m_startingAt.at(cueEnd);
}

// Steps back over "(D-Ohio)" ending at k; returns the token before it, or k.
qsizetype CueContext::skipParenthesis(qsizetype k, qsizetype start) const
{
    if (!isPunct(k, {u')'}))
        return k;
    qsizetype open = k;
    while (open >= start && open > k - 12 && !isPunct(open, {u'('}))
        --open;
    return isPunct(open, {u'('}) ? open - 1 : k;
}

bool CueContext::objectOfPreposition(int mention) const
{
    qsizetype k = m_a.mentions.at(mention).firstToken - 1;
    if (k >= 0 && m_tokens.at(k).has(Determiner))
        --k; // "Gegenüber dem Tagesspiegel": a name leaves its article out
    return k >= 0 && m_tokens.at(k).has(Preposition);
}

// The subject of the clause in [from, to): the first mention that is not the object of a
// preposition ("On his way to Alaska, Mr Trump ...") nor a possessive.
int CueContext::firstMention(qsizetype from, qsizetype to) const
{
    for (qsizetype k = from; k < to; ++k) {
        const int m = m_startingAt.at(k);
        if (m < 0)
            continue;
        const Mention &mention = m_a.mentions.at(m);
        const bool object = objectOfPreposition(m);
        const bool possessive = m_tokens.at(mention.endToken - 1).is(Token::Possessive);
        if (!object && !possessive && mention.endToken <= to)
            return m;
        k = mention.endToken - 1;
    }
    return -1;
}

} // namespace whosaid::analysis
