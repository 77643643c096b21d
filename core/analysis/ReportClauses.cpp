#include "ReportClauses.h"

#include <algorithm>

namespace whosaid::analysis {

ReportClauses::ReportClauses(Analysis &analysis)
    : CueContext(analysis)
    , m_words(analysis.lexicon->reportWords())
{ }

bool ReportClauses::is(qsizetype k, const QStringList &words) const
{
    if (k < 0 || k >= m_tokens.size())
        return false;
    const QStringView lower = m_tokens.at(k).lower;
    return std::any_of(words.cbegin(), words.cend(),
                       [lower](const QString &word) { return lower == word; });
}

bool ReportClauses::quoted(qsizetype k) const
{
    const Token &t = m_tokens.at(k);
    return t.is(Token::InQuote) || t.is(Token::QuoteMark);
}

bool ReportClauses::opensClause(qsizetype k, qsizetype end) const
{
    if (k >= end || quoted(k) || !m_tokens.at(k).is(Token::Word))
        return false;
    const Token &t = m_tokens.at(k);
    if (is(k, m_words.expletives)) // "said there had been", not "said there on Monday"
        return k + 1 < end && m_tokens.at(k + 1).is(Token::Word) && !quoted(k + 1)
            && (m_tokens.at(k + 1).classes & (Preposition | Determiner | Pronoun)) == 0;
    return t.has(SubjectPronoun) || t.has(Determiner) || m_startingAt.at(k) >= 0
        || t.is(Token::Capitalised) || t.lower.front().isDigit();
}

bool ReportClauses::infinitive(qsizetype k, qsizetype end) const
{
    if (k >= end || !m_tokens.at(k).is(Token::Word))
        return false;
    const Token &t = m_tokens.at(k);
    return !t.has(Determiner) && !t.has(Pronoun) && !t.is(Token::Capitalised)
        && !t.lower.front().isDigit();
}

qsizetype ReportClauses::objectAt(qsizetype k, qsizetype end) const
{
    if (k >= end || quoted(k) || !m_tokens.at(k).is(Token::Word))
        return -1;
    if (const int m = m_startingAt.at(k); m >= 0)
        return m_a.mentions.at(m).endToken;
    if (m_tokens.at(k).has(Pronoun))
        return k + 1;
    qsizetype j = k;
    while (j < end && j < k + 4 && m_tokens.at(j).is(Token::Word) && !quoted(j)
           && !m_tokens.at(j).has(Cue) && !is(j, m_words.that) && !is(j, m_words.to)
           && !(j > k && opensClause(j, end)))
        ++j;
    return j > k ? j : -1;
}

qsizetype ReportClauses::thatAfter(qsizetype k, qsizetype end) const
{
    for (qsizetype t = k; t < end && t < k + ThatDistance; ++t) {
        if (quoted(t) || (!m_tokens.at(t).is(Token::Word) && !isPunct(t, {u','})))
            return -1;
        if (t > k && m_tokens.at(t).has(SubjectPronoun))
            return -1; // a clause of its own begins: "told reporters he said that"
        if (is(t, m_words.that))
            return t;
    }
    return -1;
}

int ReportClauses::subjectOf(qsizetype cue, qsizetype cueEnd, const Sentence &sentence) const
{
    if (const int m = invertedPronoun(cueEnd); m >= 0)
        return m;
    if (const int m = participleSubject(cue, sentence.firstToken); m >= 0)
        return m;
    const int before = speakerBefore(cue, sentence.firstToken);
    if (before >= 0 && (!m_lex.verbSecond() || !objectOfPreposition(before)))
        return before;
    if (m_lex.verbSecond()) {
        // Verb second: the subject follows the verb when something else opens the clause
        // ("Am Montag sagte der Minister, S"), or stands first with an auxiliary and adjuncts
        // before the participle ("Der Minister hatte im Interview gesagt, S").
        if (const qsizetype mark = clauseMarkAfter(cueEnd, sentence.endToken); mark > cueEnd)
            if (const int m = firstMention(cueEnd, mark); m >= 0)
                return m;
        qsizetype clause = cue - 1;
        // Over quotation marks in a name ("Die Zeitung „Yemen Observer“ berichtete"): no
        // mention stands inside them.
        while (clause >= sentence.firstToken && !isPunct(clause, {u',', u';', u':'}))
            --clause;
        if (const int m = firstMention(clause + 1, cue); m >= 0)
            return m;
    }
    qsizetype left = skipDashes(cue - 1, sentence.firstToken);
    while (left >= sentence.firstToken && isModifier(left))
        --left;
    // "..., adding that": a participle shares the subject of the main clause, and so does
    // a second verb ("said ... and – without saying how – urged ...").
    const bool participle = isPunct(left, {u','}) && m_tokens.at(cue).lower.endsWith(u"ing");
    if (participle || is(left, m_words.conjunctions))
        return firstMention(sentence.firstToken, cue);
    return -1;
}

qsizetype ReportClauses::skipDashes(qsizetype k, qsizetype start) const
{
    if (!isDash(k))
        return k;
    for (qsizetype open = k - 1; open >= start && open > k - 16; --open) {
        if (isDash(open))
            return open - 1;
    }
    return k;
}

qsizetype ReportClauses::skipDashesForward(qsizetype k, qsizetype end) const
{
    if (!isDash(k))
        return k;
    for (qsizetype close = k + 1; close < end && close < k + 16; ++close) {
        if (isDash(close))
            return close + 1;
    }
    return k;
}

qsizetype ReportClauses::clauseMarkAfter(qsizetype k, qsizetype end) const
{
    for (qsizetype t = k; t < end && t < k + ThatDistance; ++t) {
        if (is(t, m_words.clauseMarks))
            return t;
        // A name in quotation marks belongs to the subject or object: "meldete die Agentur
        // „Xinhua“, S".
        if (m_tokens.at(t).is(Token::QuoteMark) || (quoted(t) && m_tokens.at(t).is(Token::Word)))
            continue;
        if (!m_tokens.at(t).is(Token::Word) || isCue(t))
            return -1;
    }
    return -1;
}

qsizetype ReportClauses::firstWord(const Sentence &sentence) const
{
    qsizetype k = sentence.firstToken;
    while (k < sentence.endToken && !m_tokens.at(k).is(Token::Word))
        ++k; // a bullet or a dash before the first word
    return k;
}

int ReportClauses::relativeAntecedent(qsizetype cue, const Sentence &sentence) const
{
    qsizetype k = cue - 1;
    while (k >= sentence.firstToken && isModifier(k))
        --k;
    if (k <= sentence.firstToken || !is(k, m_words.subjectRelatives))
        return -1;
    --k;
    if (isPunct(k, {u',', u'\u2014', u'\u2013', u'-'}))
        --k;
    return k >= sentence.firstToken ? m_endingAt.at(k) : -1;
}

bool ReportClauses::relative(int subject) const
{
    const qsizetype k = m_a.mentions.at(subject).firstToken - 1;
    return is(k, m_words.relatives);
}

bool ReportClauses::tailOnly(qsizetype k, const Sentence &sentence) const
{
    for (; k < sentence.endToken; ++k) {
        if (quoted(k) || isCue(k) || is(k, m_words.that) || is(k, m_words.to) || isPunct(k, {u':'}))
            return false; // a colon after the cue introduces what follows instead
    }
    return true;
}

qsizetype ReportClauses::contentEnd(qsizetype first, const Sentence &sentence) const
{
    // "As Mr Hill said that S, the council ...": a report in an opening subordinate clause
    // ends at the clause's comma.
    const qsizetype opening = firstWord(sentence);
    bool subordinate = opening < first && m_tokens.at(opening).has(Subordinator);
    for (qsizetype k = opening; subordinate && k < first; ++k)
        subordinate = !isPunct(k, {u','}); // "As Mr Hill said, S": S is the main clause
    qsizetype k = first;
    for (; k < sentence.endToken; ++k) {
        if (quoted(k))
            continue;
        if (subordinate && isPunct(k, {u','}))
            break;
        if (isPunct(k, {u';'})
            || (isPunct(k, {u':'}) && k + 1 < sentence.endToken
                && m_tokens.at(k + 1).is(Token::QuoteMark)))
            break;
        if (isPunct(k, {u','}) && k + 1 < sentence.endToken
            && (m_tokens.at(k + 1).has(SourcePhraseStart) || isCue(k + 1)))
            break;
        // "– which the ministry claims", ", the mayor said": a clause of report of its own.
        if ((isDash(k) || isPunct(k, {u','})) && cueSoonAfter(k + 1, sentence.endToken))
            break;
        if (is(k, m_words.conjunctions)) {
            qsizetype next = skipDashesForward(k + 1, sentence.endToken);
            while (next < sentence.endToken && isModifier(next))
                ++next;
            if (isCue(next))
                break;
        }
    }
    return k > first && isPunct(k - 1, {u','}) ? k - 1 : k;
}

bool ReportClauses::cueSoonAfter(qsizetype k, qsizetype end) const
{
    for (qsizetype j = k; j < end && j < k + 5; ++j) {
        if (isCue(j))
            return true;
        if (!m_tokens.at(j).is(Token::Word))
            return false;
    }
    return false;
}

qsizetype ReportClauses::sourcePhraseEnd(qsizetype k, const Sentence &sentence) const
{
    constexpr qsizetype MaxSourceTokens = 14;
    qsizetype end = k;
    while (end < sentence.endToken && end < k + MaxSourceTokens && !quoted(end)
           && !m_tokens.at(end).is(Token::QuoteMark) && !isPunct(end, {u',', u';', u':'}))
        ++end;
    if (end == sentence.endToken)
        return end;
    return isPunct(end, {u',', u';', u':'}) ? end : k;
}

bool ReportClauses::impersonal(qsizetype cue, qsizetype cueEnd) const
{
    for (qsizetype k = cue + 1; k < cueEnd; ++k) {
        if (is(k, m_words.impersonal))
            return true;
    }
    return false;
}

bool ReportClauses::hearsay(qsizetype k, const Sentence &sentence) const
{
    if (!is(k, m_words.hearsay))
        return false;
    for (qsizetype j = k + 1; j < sentence.endToken && m_tokens.at(j).is(Token::Word); ++j) {
        if (is(j, m_words.perfect) && j + 1 < sentence.endToken
            && !m_tokens.at(j + 1).is(Token::Word))
            return true;
    }
    return false;
}

} // namespace whosaid::analysis
