#include "ReportedSpeechPass.h"

#include "QuoteInsertion.h"
#include "ReportClauses.h"

#include <algorithm>
#include <optional>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

// Reported content as a token range, with the speaker mention and the cue that report it.
struct Report
{
    qsizetype first = 0;
    qsizetype end = 0; // one past the last token
    int mention = -1;
    qsizetype cueFirst = -1;
    qsizetype cueEnd = -1;
    bool contentFirst = false;  // "The bridge opens in May, the mayor said."
    bool continued = false;     // a sentence carrying on the report before it by its mood
    bool fragment = false;      // one side of a source phrase inside the sentence: any length
    bool earlierSource = false; // by mood alone, its source the source of a report shortly before
};

constexpr qsizetype MinimumWords = 3;
constexpr qsizetype SourceCommaDistance = 4; // "according to officials in Kyiv, S"
// Reported speech carried on by mood alone is less certain than reported speech with its cue.
constexpr double ContinuedConfidence = 0.7;
constexpr double MoodOnlyConfidence = 0.45;
// A report by mood alone carries on the source of a report at most this many sentences before.
constexpr int RecentSentences = 3;

// The source of the last report that named one, and how many sentences ago.
struct Recent
{
    int mention = -1;
    qsizetype paragraph = 0;
    int age = 0;
};

class ReportedSpeechFinder : private ReportClauses
{
public:
    explicit ReportedSpeechFinder(Analysis &analysis)
        : ReportClauses(analysis)
        , m_usedCue(analysis.tokens.size(), false)
    {
        // A cue after its quotation ("“…,” she said") reports nothing more; one before a
        // quotation may report content the quotation is only part of ("said he “won't”...").
        for (qsizetype q = 0; q < m_a.quotes.size(); ++q) {
            const Attribution &attribution = m_a.attributions.at(q);
            if (attribution.cue.isEmpty() || attribution.cue.start < m_a.quotes.at(q).outer.end)
                continue;
            for (qsizetype k = tokenAt(attribution.cue.start);
                 k < m_tokens.size() && m_tokens.at(k).range.start < attribution.cue.end; ++k)
                m_usedCue[k] = true;
        }
    }

    void run()
    {
        std::optional<Report> previous; // the report of the sentence before, if it had one
        QList<Report> reports;
        const Sentence *before = nullptr;
        Recent recent;
        for (const Sentence &sentence : std::as_const(m_a.sentences)) {
            std::optional<Report> last;
            for (qsizetype k = sentence.firstToken; k < sentence.endToken; ++k) {
                reports.clear();
                const bool source = !m_usedCue.at(k) && sourcePhrase(k, sentence, reports);
                // A cue phrase may open with a word that is no cue alone ("geht davon aus").
                const qsizetype phraseEnd = cuePhraseAt(k, sentence.endToken);
                if (!source && (isCue(k) || phraseEnd > k + 1) && !m_usedCue.at(k)) {
                    const qsizetype cueEnd = std::max(k + 1, phraseEnd);
                    std::optional<Report> report = anaphorBefore(k, cueEnd, sentence);
                    if (!report)
                        report = asClause(k, cueEnd, sentence);
                    if (!report)
                        report = contentAfter(k, cueEnd, sentence);
                    if (!report)
                        report = contentBefore(k, cueEnd, sentence);
                    if (report)
                        reports.append(*report);
                }
                for (const Report &report : std::as_const(reports)) {
                    if (add(report, sentence)) {
                        k = std::max(k, report.end - 1);
                        last = report;
                    }
                }
            }
            if (!last && previous && continues(*previous, sentence)) {
                Report continued{sentence.firstToken, sentence.endToken, previous->mention,
                                 previous->cueFirst,  previous->cueEnd,  false};
                continued.continued = true;
                if (add(continued, sentence))
                    last = continued;
            } else if (!last && previous) {
                carryOnQuotations(*previous, sentence);
            } else if (!last && !previous && before && m_lex.hasSubjunctive()) {
                last = reportedByMood(*before, sentence, recent);
            }
            before = &sentence;
            if (last && last->mention >= 0)
                recent = {last->mention, sentence.paragraph, 0};
            else
                ++recent.age;
            // Only a language that marks reported speech by mood carries it on without a cue.
            if (m_lex.hasSubjunctive())
                previous = last ? last : quotedIn(sentence);
        }
        insertQuotes(m_a, m_quotes, m_attributions);
    }

    // The attributed quotation of speech a sentence ends with, as a report that the next
    // sentence may carry on ("„…“, sagte der Minister. Die Lage sei ernst.").
    [[nodiscard]] std::optional<Report> quotedIn(const Sentence &sentence) const
    {
        std::optional<Report> found;
        for (qsizetype q = firstQuoteNear(sentence.range.start);
             q < m_a.quotes.size() && m_a.quotes.at(q).outer.start < sentence.range.end; ++q) {
            const Quote &quote = m_a.quotes.at(q);
            const Attribution &attribution = m_a.attributions.at(q);
            if (quote.depth > 0 || quote.kind == QuoteKind::Mention
                || !sentence.range.overlaps(quote.outer) || attribution.mention < 0
                || attribution.cue.isEmpty())
                continue;
            const qsizetype cue = tokenAt(attribution.cue.start);
            qsizetype cueEnd = cue;
            while (cueEnd < m_tokens.size()
                   && m_tokens.at(cueEnd).range.start < attribution.cue.end)
                ++cueEnd;
            found = Report{
                sentence.firstToken, sentence.endToken, attribution.mention, cue, cueEnd, false};
        }
        return found;
    }

private:
    std::optional<Report> contentAfter(qsizetype cue, qsizetype cueEnd, const Sentence &sentence)
    {
        // A cue phrase holds its object already ("told reporters", "pointed out").
        const quint16 frames = cueEnd > cue + 1 ? quint16(ClauseFrame | ThatFrame)
                                                : m_lex.reportingFrames(m_tokens.at(cue).lower);
        // "Donald Trump, who said S, spoke on Monday": the relative clause ends at a comma.
        const int antecedent = frames != 0 ? relativeAntecedent(cue, sentence) : -1;
        const int subject = antecedent >= 0 ? antecedent
            : frames != 0                   ? subjectOf(cue, cueEnd, sentence)
                                            : -1;
        // "Im Bericht heißt es, S": an impersonal cue phrase reports without naming a source.
        if (subject < 0 && !impersonal(cue, cueEnd))
            return std::nullopt;
        const qsizetype end = sentence.endToken;
        const qsizetype k = cueEnd; // an auxiliary after the cue is content: "claims has saved"
        qsizetype first = -1;
        // "sagte, S", "teilte der Minister mit, dass S", "forderte die Regierung auf, VP".
        qsizetype left = cue - 1;
        while (left >= sentence.firstToken && isModifier(left))
            --left;
        // "S, sagte X, der Sprecher": the content came before the cue; but not in "X, die
        // Geschäftsführerin, erklärte, S", where the comma closes the subject's apposition.
        const bool reportsBefore
            = isPunct(left, {u','}) && (subject < 0 || m_a.mentions.at(subject).endToken > left);
        if (!m_words.clauseMarks.isEmpty() && reportsBefore)
            return std::nullopt;
        if (!m_words.clauseMarks.isEmpty() && (frames & (ClauseFrame | ThatFrame | ToFrame)) != 0) {
            // A phrase that ends with the comma or the "dass" opening the content ("sagte,
            // dass"); the "dass" belongs to the content, as "that" does in English.
            if (cueEnd > cue + 1 && is(cueEnd - 1, m_words.that))
                return Report{k - 1, contentEnd(k, sentence), subject, cue, cueEnd - 1, false};
            if (cueEnd > cue + 1 && is(cueEnd - 1, m_words.clauseMarks))
                return Report{k, contentEnd(k, sentence), subject, cue, cueEnd, false};
            if (const qsizetype mark = clauseMarkAfter(k, end); mark >= 0) {
                const qsizetype contentLast = contentEnd(mark + 1, sentence);
                // "sagte X, Gründer der Band: „…“": an apposition before the colon.
                if (isPunct(contentLast, {u':'}))
                    return std::nullopt;
                return Report{mark + 1, contentLast, subject, cue, cueEnd, false};
            }
        }
        if ((frames & ParticleFrame) != 0) {
            const qsizetype mark = clauseMarkAfter(k, end);
            if (mark <= k || !is(mark - 1, m_words.particles))
                return std::nullopt;
            return Report{mark + 1, contentEnd(mark + 1, sentence), subject, cue, cueEnd, false};
        }
        const qsizetype that = thatAfter(k, end);
        const bool objectFrame = (frames & (ObjectClauseFrame | ObjectThatFrame)) != 0;
        const bool clauseFrame = (frames & (ClauseFrame | ThatFrame)) != 0;
        if (that > k
            && (objectFrame || (clauseFrame && (m_tokens.at(k).has(Preposition) || isModifier(k)))))
            first = that; // "told reporters that", "said in a statement that"
        // "said that S" (the "that" opens the content, as PARC writes it), "said he would
        // call", "which the Kremlin claims are".
        else if ((that == k && (clauseFrame || objectFrame))
                 || ((frames & ClauseFrame) != 0 && (opensClause(k, end) || relative(subject))))
            first = k;
        else if ((frames & ObjectClauseFrame) != 0) {
            const qsizetype object = objectAt(k, end);
            if (object > k && !m_tokens.at(k).has(Pronoun) && opensClause(object, end))
                first = object; // "told reporters he would"
        }
        if (first < 0 && (frames & ObjectToFrame) != 0) {
            const qsizetype object = objectAt(k, end);
            qsizetype verb = object + 1;
            while (verb < end && m_tokens.at(verb).is(Token::QuoteMark))
                ++verb; // urged Kyiv to “make a deal”
            if (object > k && is(object, m_words.to) && infinitive(verb, end))
                first = k; // "urged Kyiv to make a deal": the object belongs to the content
        }
        if (first < 0 && (frames & ToFrame) != 0 && is(k, m_words.to) && infinitive(k + 1, end))
            first = k;
        // "asked whether S", "asked Pence why S": the question word belongs to the content.
        if (first < 0 && (frames & QuestionFrame) != 0 && is(k, m_words.questions))
            first = k;
        if (first < 0 && (frames & ObjectQuestionFrame) != 0) {
            const qsizetype object = objectAt(k, end);
            if (object > k && is(object, m_words.questions))
                first = object;
        }
        if (first < 0)
            return std::nullopt;
        qsizetype contentLast = contentEnd(first, sentence);
        for (qsizetype j = first; antecedent >= 0 && j < contentLast; ++j) {
            if (isPunct(j, {u','}) && !quoted(j))
                contentLast = j;
        }
        return Report{first, contentLast, subject, cue, cueEnd, false};
    }

    // "Dies bestätigte der Minister.": a word standing for the sentence before is the content.
    [[nodiscard]] std::optional<Report> anaphorBefore(qsizetype cue, qsizetype cueEnd,
                                                      const Sentence &sentence) const
    {
        const qsizetype k = cue - 1;
        if (k < sentence.firstToken || k != firstWord(sentence) || !is(k, m_words.anaphors))
            return std::nullopt;
        const int subject = firstMention(cueEnd, sentence.endToken);
        if (subject < 0)
            return std::nullopt;
        Report report{k, cue, subject, cue, cueEnd, true};
        report.fragment = true;
        return report;
    }

    // "Wie die Polizei mitteilte, S" or "As the mayor said on Sunday, S": a clause of report
    // opening the sentence; the content is the main clause after it.
    [[nodiscard]] std::optional<Report> asClause(qsizetype cue, qsizetype cueEnd,
                                                 const Sentence &sentence) const
    {
        const qsizetype opening = firstWord(sentence);
        if (opening >= cue || !is(opening, m_words.as))
            return std::nullopt;
        qsizetype comma = cueEnd;
        while (comma < sentence.endToken && comma < cueEnd + 6 && !isPunct(comma, {u','})) {
            if (quoted(comma) || !m_tokens.at(comma).is(Token::Word) || isCue(comma))
                return std::nullopt;
            ++comma;
        }
        const int subject = firstMention(opening + 1, cue);
        if (subject < 0 || !isPunct(comma, {u','}))
            return std::nullopt;
        return Report{comma + 1, contentEnd(comma + 1, sentence), subject, cue, cueEnd, false};
    }

    // "The bridge opens in May, the mayor said (on Sunday)." or "..., said the mayor."
    std::optional<Report> contentBefore(qsizetype cue, qsizetype cueEnd, const Sentence &sentence)
    {
        if (!tailOnly(cueEnd, sentence))
            return std::nullopt;
        int subject = speakerBefore(cue, sentence.firstToken);
        qsizetype comma = -1;
        if (subject >= 0) {
            comma = m_a.mentions.at(subject).firstToken - 1;
        } else {
            qsizetype left = cue - 1;
            while (left >= sentence.firstToken && isModifier(left))
                --left;
            qsizetype right = cueEnd;
            while (right < sentence.endToken && isModifier(right))
                ++right;
            subject = mentionFrom(right);
            if (subject >= 0)
                subject = roleHolderAfter(subject); // "S, said Clinton ally James Carville"
            comma = left;
        }
        if (subject < 0 || !isPunct(comma, {u','}))
            return std::nullopt;
        return Report{sentence.firstToken, comma, subject, cue, cueEnd, true};
    }

    // A phrase naming the source at k: "according to officials, S", "S, according to officials",
    // "Laut Polizei wurden ...", "Der Polizei zufolge wurden ...". Adds its reports to out.
    // A source phrase at k ("according to X", "laut X", "X zufolge"): its reports go to out.
    // Returns whether k opens one, so that its words are not read as a cue as well.
    bool sourcePhrase(qsizetype k, const Sentence &sentence, QList<Report> &out) const
    {
        if (!m_tokens.at(k).has(SourcePhraseStart) || quoted(k))
            return false;
        const auto wordAt = [this](qsizetype i) { return m_tokens.at(i).lower; };
        if (const qsizetype n = m_lex.sourcesAfter().matchAt(k, sentence.endToken, wordAt); n > 0) {
            // "according to" names its source: a mention, or a possessive and its noun ("laut
            // ihren Aussagen", whose owner is left to the reader).
            int source = mentionFrom(k + n);
            qsizetype sourceEnd = -1;
            if (source >= 0)
                sourceEnd = m_a.mentions.at(source).endToken;
            else if (k + n + 1 < sentence.endToken && m_tokens.at(k + n).has(Pronoun)
                     && m_tokens.at(k + n + 1).is(Token::Word))
                sourceEnd = k + n + 2;
            // "according to a CNN tally", "according to officials involved at the time": the
            // source is the first mention of the noun phrase, if it has one, and the phrase is
            // no content.
            // Only a phrase marked off by commas runs to the next one or to the end of the
            // sentence; one that is not runs on into the content ("Laut Polizei wurden drei
            // Menschen verletzt", "Die Straße war laut Polizei gesperrt") and ends at its mention.
            const qsizetype end = sourcePhraseEnd(k + n, sentence);
            const bool markedOff
                = k == firstWord(sentence) ? end < sentence.endToken : isPunct(k - 1, {u','});
            if (end > k + n && (sourceEnd < 0 || markedOff)) {
                for (qsizetype j = k + n; j < end && source < 0; ++j)
                    source = m_startingAt.at(j);
                if (markedOff)
                    sourceEnd = std::max(sourceEnd, end);
                else
                    sourceEnd = source >= 0 ? m_a.mentions.at(source).endToken : end;
            }
            if (sourceEnd >= 0)
                sourceReports(k, k, k + n, sourceEnd, source, sentence, out);
            return true;
        }
        if (const qsizetype n = m_lex.sourcesUnnamed().matchAt(k, sentence.endToken, wordAt);
            n > 0) {
            sourceReports(k, k, k + n, k + n, -1, sentence, out);
            return true;
        }
        if (const qsizetype n = m_lex.sourcesBefore().matchAt(k, sentence.endToken, wordAt);
            n > 0 && k > sentence.firstToken) {
            const int source = m_endingAt.at(k - 1);
            const qsizetype sourceStart = source >= 0 ? m_a.mentions.at(source).firstToken : k - 1;
            sourceReports(sourceStart, k, k + n, k + n, source, sentence, out);
            return true;
        }
        return false;
    }

    // The content a source phrase (from phraseStart, cue [cue, cueEnd), source mention until
    // sourceEnd) reports: the rest of the sentence when the phrase opens it; inside a sentence,
    // what comes before the phrase and what follows it, as two fragments.
    void sourceReports(qsizetype phraseStart, qsizetype cue, qsizetype cueEnd, qsizetype sourceEnd,
                       int source, const Sentence &sentence, QList<Report> &out) const
    {
        qsizetype opening = sentence.firstToken;
        while (opening < phraseStart && !m_tokens.at(opening).is(Token::Word))
            ++opening;
        const bool inside = phraseStart > opening;
        // "But, according to X, S": a word or two before the phrase are no content of their own.
        if (inside && phraseStart - opening > 2) {
            const qsizetype end = isPunct(phraseStart - 1, {u','}) ? phraseStart - 1 : phraseStart;
            Report before{sentence.firstToken, end, source, cue, cueEnd, true};
            before.fragment = true;
            out.append(before);
        }
        qsizetype first = sourceEnd;
        for (qsizetype j = sourceEnd; j < sentence.endToken && j < sourceEnd + SourceCommaDistance;
             ++j) {
            if (quoted(j))
                break;
            if (isPunct(j, {u','})) {
                first = j + 1;
                break;
            }
        }
        Report after{first, contentEnd(first, sentence), source, cue, cueEnd, false};
        after.fragment = inside;
        out.append(after);
    }

    // Does a sentence without a report of its own carry on the one before it? In a language
    // that marks reported speech by mood, it does when its verb is in that mood and it holds
    // neither a quotation nor a cue of its own.
    [[nodiscard]] bool continues(const Report &previous, const Sentence &sentence) const
    {
        for (qsizetype k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (quoted(k))
                return false;
        }
        return previous.mention >= 0 && inReportedMood(sentence);
    }

    // Is the sentence, outside its quotation marks, in the mood of reported speech, without a
    // cue or a source of its own?
    [[nodiscard]] bool inReportedMood(const Sentence &sentence) const
    {
        bool subjunctive = false;
        for (qsizetype k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (quoted(k))
                continue;
            if (isCue(k) || m_tokens.at(k).has(SourcePhraseStart))
                return false;
            subjunctive = subjunctive || m_tokens.at(k).has(Subjunctive) || hearsay(k, sentence);
        }
        return subjunctive;
    }

    // "Die Forderung wurde vom Minister zurückgewiesen. Die Kosten seien zu hoch.": a sentence in
    // the mood of reported speech after one that reported none (or none that was found) still
    // reports; its source is most likely the subject of the sentence before.
    std::optional<Report> reportedByMood(const Sentence &before, const Sentence &sentence,
                                         const Recent &recent)
    {
        for (qsizetype k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (quoted(k))
                return std::nullopt;
        }
        if (!inReportedMood(sentence))
            return std::nullopt;
        // Not "ich" or "wir" (the writer's voice, no one reported), nor a common noun.
        const auto plausible = [this](int m) {
            const Mention &mention = m_a.mentions.at(m);
            return !mention.bareNoun
                && (mention.type != MentionType::Pronoun || mention.person == 3);
        };
        int source = -1;
        for (qsizetype k = before.firstToken; k < before.endToken && source < 0;) {
            const int m = firstMention(k, before.endToken);
            if (m < 0)
                break;
            if (plausible(m))
                source = m;
            k = m_a.mentions.at(m).endToken;
        }
        // Else the source of a report a few sentences before goes on.
        const bool earlier = source < 0 && recent.mention >= 0 && recent.age <= RecentSentences
            && sentence.paragraph - recent.paragraph <= 1;
        if (earlier)
            source = recent.mention;
        Report report{sentence.firstToken, sentence.endToken, source, -1, -1, false};
        report.continued = true;
        report.earlierSource = earlier;
        if (add(report, sentence))
            return report;
        return std::nullopt;
    }

    // "Die Lage sei „sehr ernst“.": a quotation without a speaker in a sentence that carries on
    // the report before it by its mood is the words of that report's speaker.
    void carryOnQuotations(const Report &previous, const Sentence &sentence)
    {
        if (previous.mention < 0 || !inReportedMood(sentence))
            return;
        Report continued = previous;
        continued.continued = true;
        for (qsizetype q = firstQuoteNear(sentence.range.start);
             q < m_a.quotes.size() && m_a.quotes.at(q).outer.start < sentence.range.end; ++q) {
            const Quote &quote = m_a.quotes.at(q);
            // The mood is better evidence than a quotation merely following another (0.52).
            const Attribution &current = m_a.attributions.at(q);
            if (quote.depth == 0 && quote.kind == QuoteKind::Direct
                && sentence.range.contains(quote.outer)
                && (current.mention < 0 || current.confidence < ContinuedConfidence))
                m_a.attributions[q] = attribution(continued);
        }
    }

    // Adds the report when it holds enough words and is not a quotation already.
    bool add(Report report, const Sentence &sentence)
    {
        while (report.end > report.first && !m_tokens.at(report.end - 1).is(Token::Word)
               && !closesQuoteInside(report.end - 1, report.first))
            --report.end;
        qsizetype words = 0;
        for (qsizetype k = report.first; k < report.end; ++k)
            words += m_tokens.at(k).is(Token::Word) && !quoted(k) ? 1 : 0;
        if (words < (report.fragment ? 1 : MinimumWords))
            return false;
        const TextRange span{m_tokens.at(report.first).range.start,
                             m_tokens.at(report.end - 1).range.end};
        QList<qsizetype> inside; // quoted speech inside the report
        for (qsizetype q = firstQuoteNear(span.start);
             q < m_a.quotes.size() && m_a.quotes.at(q).outer.start < span.end; ++q) {
            const Quote &quote = m_a.quotes.at(q);
            if (quote.depth > 0 || !quote.outer.overlaps(span))
                continue;
            if (!span.contains(quote.outer) || quote.kind == QuoteKind::Block)
                return false; // a quotation running out of the content: leave it to the marks
            if (quote.kind != QuoteKind::Mention) // a title or a scare quote stays what it is
                inside.append(q);
        }
        // The quoted fragments are part of the mixed quote, not quotations of their own.
        for (const qsizetype q : std::as_const(inside))
            m_a.quotes[q].depth = 1;
        const QuoteKind kind = inside.isEmpty() ? QuoteKind::Indirect : QuoteKind::Mixed;
        Quote quote;
        quote.content = span;
        quote.outer = span;
        quote.kind = kind;
        quote.paragraph = sentence.paragraph;
        m_quotes.append(quote);
        m_attributions.append(attribution(report));
        for (qsizetype k = report.cueFirst; k < report.cueEnd; ++k)
            m_usedCue[k] = true;
        return true;
    }

    [[nodiscard]] bool closesQuoteInside(qsizetype k, qsizetype first) const
    {
        if (!m_tokens.at(k).is(Token::QuoteMark))
            return false;
        const qsizetype start = m_tokens.at(first).range.start;
        for (qsizetype q = firstQuoteNear(start);
             q < m_a.quotes.size() && m_a.quotes.at(q).outer.start < m_tokens.at(k).range.end;
             ++q) {
            if (m_a.quotes.at(q).outer.end == m_tokens.at(k).range.end
                && m_a.quotes.at(q).outer.start >= start)
                return true;
        }
        return false;
    }

    // The first quotation that may reach pos: quotations are in text order and a top-level
    // one never starts inside another, so one step back from the first starting at pos.
    [[nodiscard]] qsizetype firstQuoteNear(qsizetype pos) const
    {
        const auto it
            = std::lower_bound(m_a.quotes.cbegin(), m_a.quotes.cend(), pos,
                               [](const Quote &q, qsizetype p) { return q.content.start < p; });
        const qsizetype q = std::distance(m_a.quotes.cbegin(), it);
        return std::max<qsizetype>(0, q - 2);
    }

    // A report known by the mood of its verb alone: no cue, a guessed source.
    [[nodiscard]] Attribution moodOnly(const Report &report) const
    {
        Attribution a;
        a.mention = report.mention;
        a.confidence = MoodOnlyConfidence;
        if (report.mention < 0)
            a.reason = u"reported speech by the mood of its verb; the source is not named"_s;
        else if (report.earlierSource)
            a.reason
                = u"reported speech by the mood of its verb; source '%1', who reported shortly "
                  "before"_s.arg(m_a.mentions.at(report.mention).name);
        else
            a.reason = u"reported speech by the mood of its verb; source '%1', named in the "
                       "sentence before"_s.arg(m_a.mentions.at(report.mention).name);
        return a;
    }

    [[nodiscard]] Attribution attribution(const Report &report) const
    {
        Attribution a;
        a.mention = report.mention;
        if (report.cueFirst < 0)
            return moodOnly(report);
        a.cue
            = {m_tokens.at(report.cueFirst).range.start, m_tokens.at(report.cueEnd - 1).range.end};
        const QString cue = m_a.view(a.cue).toString();
        if (report.mention < 0) {
            a.confidence = 0.5;
            a.reason = u"reported speech from '%1'; the source is not named"_s.arg(cue);
            return a;
        }
        const Mention &mention = m_a.mentions.at(report.mention);
        a.confidence = mention.type == MentionType::Pronoun ? 0.86 : 0.92; // polnear.train
        if (report.continued) {
            a.confidence = ContinuedConfidence;
            a.reason = u"reported speech carried on from '%1' by the mood of its verb; speaker "
                       "'%2'"_s.arg(cue, mention.name);
        } else {
            a.reason = report.contentFirst
                ? u"reported speech before '%1'; speaker '%2'"_s.arg(cue, mention.name)
                : u"reported speech after '%1'; speaker '%2'"_s.arg(cue, mention.name);
        }
        return a;
    }

    QList<bool> m_usedCue; // cue tokens already attributing a quotation or a report
    QList<Quote> m_quotes;
    QList<Attribution> m_attributions;
};

} // namespace

void ReportedSpeechPass::run(Analysis &analysis) const
{
    ReportedSpeechFinder(analysis).run();
}

} // namespace whosaid::analysis
