#pragma once

#include "Analysis.h"

#include <algorithm>
#include <initializer_list>

namespace whosaid::analysis {

// What the attribution passes ask of the tokens around a cue: punctuation and cue tests, the
// mentions starting or ending at a token, and the speaker standing before a cue. Shared by the
// passes that attribute quotations and reported speech.
class CueContext
{
public:
    explicit CueContext(Analysis &analysis);

protected:
    [[nodiscard]] qsizetype tokenAt(qsizetype pos) const;

    [[nodiscard]] qsizetype lastTokenBefore(qsizetype pos) const { return tokenAt(pos) - 1; }

    // Inline, as they are asked for nearly every token.
    [[nodiscard]] bool isPunct(qsizetype k, std::initializer_list<char16_t> chars) const
    {
        if (k < 0 || k >= m_tokens.size() || m_tokens.at(k).is(Token::Word))
            return false;
        const QStringView s = m_tokens.at(k).lower;
        return s.size() == 1
            && std::find(chars.begin(), chars.end(), s.at(0).unicode()) != chars.end();
    }

    [[nodiscard]] bool isDash(qsizetype k) const
    {
        return isPunct(k, {u'\u2014', u'\u2015', u'\u2013', u'-'});
    }

    // A capitalised word inside a sentence is a name or a noun, not a verb: "Read said",
    // "State spokesman Mark Toner said", German "das Schreiben".
    [[nodiscard]] bool isCue(qsizetype k) const
    {
        if (k < 0 || k >= m_tokens.size())
            return false;
        const Token &t = m_tokens.at(k);
        return t.is(Token::Word) && !t.is(Token::InQuote) && t.has(Cue)
            && (!t.is(Token::Capitalised) || t.is(Token::SentenceStart) || t.is(Token::AllCaps));
    }

    // "said Will Doyle", "May said": a capitalised modifier that starts or ends a name is the
    // name's.
    [[nodiscard]] bool isModifier(qsizetype k) const
    {
        if (k < 0 || k >= m_tokens.size() || !m_tokens.at(k).has(SpeechModifier))
            return false;
        return !m_tokens.at(k).is(Token::Capitalised)
            || (m_startingAt.at(k) < 0 && m_endingAt.at(k) < 0);
    }

    [[nodiscard]] qsizetype sentenceStart(qsizetype token) const;

    // A multi-word cue starting at k ("according to", "went on to say"): its end, else -1.
    [[nodiscard]] qsizetype cuePhraseAt(qsizetype k, qsizetype limit) const;

    // A speaker mention starting at k, allowing an opening article already inside it.
    [[nodiscard]] int mentionFrom(qsizetype k) const
    {
        return k >= 0 && k < m_tokens.size() ? m_startingAt.at(k) : -1;
    }

    // The speaker standing right before a cue, over auxiliaries ("had said"), a parenthesis
    // ("Rep. Jo Hill (D-Ohio) said") or an apposition ("Ana Ruiz, the fire chief, said"; when
    // the apposition is itself a name, "His partner, Lawrence Cummings, said", that name).
    [[nodiscard]] int speakerBefore(qsizetype cue, qsizetype start) const;

    // "she released a statement saying": a document (a role mention) that is the object of a
    // verb of publishing speaks for the verb's subject; that subject's mention, else m.
    [[nodiscard]] int publisherOf(int m, qsizetype start) const;

    // German puts the finite verb second: a pronoun right after the cue is its subject and
    // whatever stands before the cue is fronted ("An die Regierung appellierte sie, …"). That
    // pronoun's mention, or -1 (always in a language that does not, like English).
    [[nodiscard]] int invertedPronoun(qsizetype cueEnd) const;

    // Where the verb stands second: a mention right after the cue that can be its subject (a
    // name, role or organisation not in an oblique case: "sagte der Präsident", not "sagte dem
    // Präsidenten"), or -1.
    [[nodiscard]] int subjectAfterVerb(qsizetype cue) const;

    // Where the verb stands second and an auxiliary before the cue puts it last ("Merkel hat die
    // Hersteller aufgefordert, S", "Am Freitag hatte der Verleger ... erklärt: „…“"): the
    // subject, the first mention of the clause before the auxiliary or else the one right
    // after it; -1 when there is no such auxiliary.
    [[nodiscard]] int participleSubject(qsizetype cue, qsizetype start) const;

    // "Clinton ally James Carville", "Huckabee campaign spokesman Hogan Gidley": a name that
    // only modifies a role noun (lower-case words after it) before the name of the role's
    // holder; that holder's mention, else m.
    [[nodiscard]] int roleHolderAfter(int m) const;

    // "said one New Hampshire Democrat", "said former tech executive Carly Fiorina", "said one
    // of those advisers": the name or role a few words of description after k, or -1.
    [[nodiscard]] int describedNameAfter(qsizetype k, qsizetype end) const;
    // The dot of "Rep." or "Gen.": glued to a word the lexicon knows as an abbreviation.
    [[nodiscard]] bool isAbbreviationDot(qsizetype k) const;

    // Steps back over "(D-Ohio)" ending at k; returns the token before it, or k.
    [[nodiscard]] qsizetype skipParenthesis(qsizetype k, qsizetype start) const;

    // The subject of the clause in [from, to): the first mention that is not the object of a
    // preposition ("On his way to Alaska, Mr Trump ...") nor a possessive.
    [[nodiscard]] int firstMention(qsizetype from, qsizetype to) const;
    // "im Gespräch mit der Zeitung", "Über X sagte Y": a mention right after a preposition is
    // its object, not a subject.
    [[nodiscard]] bool objectOfPreposition(int mention) const;

    Analysis &m_a;
    const QList<Token> &m_tokens;
    const Lexicon &m_lex;
    QList<int> m_startingAt; // token -> the mention starting there, or -1
    QList<int> m_endingAt;   // token -> the mention ending there, or -1
};

} // namespace whosaid::analysis
