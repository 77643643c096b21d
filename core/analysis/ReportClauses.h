#pragma once

#include "CueContext.h"

namespace whosaid::analysis {

// The shallow grammar of reported speech over the tokens around a cue: where a reported clause
// opens ("that", an infinitive, a German comma), who its subject is, and where it ends. Asked
// by the pass that finds reported speech; the words it tests come from report-words.txt.
class ReportClauses : protected CueContext
{
public:
    explicit ReportClauses(Analysis &analysis);

protected:
    // "told reporters in Kyiv on Sunday that": how far a clause opener may follow its verb.
    static constexpr qsizetype ThatDistance = 8;

    [[nodiscard]] bool is(qsizetype k, const QStringList &words) const;
    [[nodiscard]] bool quoted(qsizetype k) const;
    // A token that can open a reported clause: a subject pronoun, an article, a name or number.
    [[nodiscard]] bool opensClause(qsizetype k, qsizetype end) const;
    // After "to": a verb ("vowed to fight"), not a noun phrase ("agreed to the meeting").
    [[nodiscard]] bool infinitive(qsizetype k, qsizetype end) const;
    // "the Kremlin" or "him": an object noun phrase opening at k; its end, or -1.
    [[nodiscard]] qsizetype objectAt(qsizetype k, qsizetype end) const;
    // The "that" opening the content within a short distance after k (over an object or an
    // adjunct: "told reporters on Sunday that"), or -1.
    [[nodiscard]] qsizetype thatAfter(qsizetype k, qsizetype end) const;
    // The mention that is the subject of the cue's clause: before the cue, or after it or before
    // an auxiliary in a verb-second language; -1 when there is none.
    [[nodiscard]] int subjectOf(qsizetype cue, qsizetype cueEnd, const Sentence &sentence) const;
    // Steps back over a parenthesis between dashes ending at k ("– without saying how –").
    [[nodiscard]] qsizetype skipDashes(qsizetype k, qsizetype start) const;
    // Steps forward over a parenthesis between dashes starting at k.
    [[nodiscard]] qsizetype skipDashesForward(qsizetype k, qsizetype end) const;
    // The clause mark (a comma in German) within a short distance after k, over the subject or
    // the object and adjuncts of the verb ("sagte der Minister am Montag, S"), or -1.
    [[nodiscard]] qsizetype clauseMarkAfter(qsizetype k, qsizetype end) const;
    [[nodiscard]] qsizetype firstWord(const Sentence &sentence) const;
    // "Donald Trump, who said S": the mention a relative pronoun before the cue stands for, or -1.
    [[nodiscard]] int relativeAntecedent(qsizetype cue, const Sentence &sentence) const;
    // "what the mayor said was": the subject of the content stands before the speaker.
    [[nodiscard]] bool relative(int subject) const;
    // After a cue at the end of a sentence only its subject, adverbs and adjuncts follow.
    [[nodiscard]] bool tailOnly(qsizetype k, const Sentence &sentence) const;
    // Where content starting at `first` ends: the sentence end, or before what starts another
    // clause of report (", adding", "and urged", "; ", ", according to", ": “").
    [[nodiscard]] qsizetype contentEnd(qsizetype first, const Sentence &sentence) const;
    // A cue within a few words, before any other punctuation.
    [[nodiscard]] bool cueSoonAfter(qsizetype k, qsizetype end) const;
    // The end of the noun phrase naming a source from k: a comma, a colon or the end of the
    // sentence within a few words; k when none comes.
    [[nodiscard]] qsizetype sourcePhraseEnd(qsizetype k, const Sentence &sentence) const;
    // "Im Bericht heißt es": does the cue phrase [cue, cueEnd) hold an impersonal subject?
    [[nodiscard]] bool impersonal(qsizetype cue, qsizetype cueEnd) const;
    // "Er soll den Tätern geholfen haben": a modal of hearsay at k with a perfect infinitive
    // closing its clause reports what others say, as the Konjunktiv does.
    [[nodiscard]] bool hearsay(qsizetype k, const Sentence &sentence) const;

    const ReportWords &m_words;
};

} // namespace whosaid::analysis
