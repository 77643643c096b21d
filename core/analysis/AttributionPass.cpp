#include "AttributionPass.h"

#include "CueContext.h"

#include <algorithm>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

// How an attribution was found; decides confidence and which of two candidates wins.
enum class Evidence : quint8 { None, SentenceCue, Colon, Adjacent };

struct Candidate
{
    Evidence evidence = Evidence::None;
    int mention = -1;
    qsizetype cueFirst = -1; // token range of the cue
    qsizetype cueEnd = -1;
    bool inverted = false; // cue before the speaker ("said Mr Trump")
    bool inherit = false;  // a cue without a subject ("adding"): speaker of the earlier quote
};

class Attributor : private CueContext
{
public:
    explicit Attributor(Analysis &analysis)
        : CueContext(analysis)
    { }

    void run()
    {
        m_a.attributions.resize(m_a.quotes.size());
        int nextUtterance = 0;
        for (qsizetype q = 0; q < m_a.quotes.size(); ++q) {
            Quote &quote = m_a.quotes[q];
            if (quote.depth > 0)
                continue;
            const qsizetype open = tokenAt(quote.outer.start);
            // The last token of the quotation, its closing mark included (two tokens for '').
            const qsizetype close = quote.recoveredEnd ? lastTokenBefore(quote.content.end)
                                                       : lastTokenBefore(quote.outer.end);
            if (open < 0 || open >= m_tokens.size())
                continue;
            const Sentence &sentence = m_a.sentences.at(m_tokens.at(open).sentence);
            const Candidate after = afterQuote(close + 1, sentence.endToken);
            const Candidate before = beforeQuote(open, frameStart(open, sentence));
            // "X sagte: „… .“ Auch Y gratulierte": a quotation closing with a full stop ends its
            // sentence, so a cue after it belongs to the next one when a cue or colon before
            // it introduced the quotation.
            const bool afterWins = after.evidence == Evidence::Adjacent
                && (before.evidence == Evidence::None || quote.recoveredEnd
                    || !endsWithFullStop(quote));
            Candidate chosen = afterWins ? after : before;
            if (chosen.evidence == Evidence::None)
                chosen = after;
            if (chosen.evidence == Evidence::None && endsWithFullStop(quote))
                chosen = nextSentenceCue(close + 1, sentence);
            if (chosen.evidence == Evidence::None || chosen.inherit)
                chosen = sentenceCue(sentence, open, chosen);
            const qsizetype previous = previousTopLevel(q);
            const bool sameSentence = previous >= 0
                && m_tokens.at(tokenAt(m_a.quotes.at(previous).outer.start)).sentence
                    == m_tokens.at(open).sentence;
            if (quote.continuesPrevious && previous >= 0) {
                quote.utterance = m_a.quotes.at(previous).utterance;
            } else if (sameSentence
                       && (chosen.inherit || chosen.evidence == Evidence::None
                           || chosen.mention == m_a.attributions.at(previous).mention)) {
                // "A," he said, "B." or said "A," adding, "B.": one utterance.
                quote.utterance = m_a.quotes.at(previous).utterance;
                if (chosen.mention < 0 || chosen.inherit) {
                    Attribution inherited = m_a.attributions.at(previous);
                    if (chosen.cueFirst >= 0)
                        inherited.cue = cueRange(chosen);
                    inherited.reason = u"continues the quote before it in the same sentence"_s;
                    m_a.attributions[q] = inherited;
                    continue;
                }
            } else {
                quote.utterance = nextUtterance++;
            }
            apply(q, chosen);
        }
    }

private:
    [[nodiscard]] qsizetype previousTopLevel(qsizetype q) const
    {
        for (qsizetype p = q - 1; p >= 0; --p) {
            if (m_a.quotes.at(p).depth == 0)
                return p;
        }
        return -1;
    }

    [[nodiscard]] bool endsWithFullStop(const Quote &quote) const
    {
        const QStringView content = m_a.view(quote.content).trimmed();
        return content.endsWith(u'.') && !content.endsWith(u"..."_s);
    }

    // Where the text before a quote starts: the end of the previous quote in the sentence.
    [[nodiscard]] qsizetype frameStart(qsizetype open, const Sentence &sentence) const
    {
        qsizetype k = open - 1;
        while (k >= sentence.firstToken && !m_tokens.at(k).is(Token::InQuote))
            --k;
        return std::max(k + 1, sentence.firstToken);
    }

    // After the mention ending before k: skip a parenthesis "(D-Ohio)" and an apposition
    // ", a doctor at the clinic," up to the cue; returns the cue token or -1.
    [[nodiscard]] qsizetype cueAfterMention(qsizetype k, qsizetype end) const
    {
        if (isPunct(k, {u'('})) {
            while (k < end && !isPunct(k, {u')'}))
                ++k;
            ++k;
        }
        if (isPunct(k, {u','})) {
            qsizetype j = k + 1;
            while (j < end && j < k + 25 && !isPunct(j, {u','})
                   && !m_tokens.at(j).is(Token::QuoteMark))
                ++j;
            if (isPunct(j, {u','}))
                k = j + 1;
        }
        while (isModifier(k) && k < end)
            ++k;
        return k < end && isCue(k) ? k : -1;
    }

    Candidate afterQuote(qsizetype k, qsizetype end) const
    {
        Candidate c;
        while (k < end && isPunct(k, {u',', u'\u2026'}))
            ++k;
        if (k >= end || m_tokens.at(k).is(Token::QuoteMark))
            return c;
        if (isDash(k)) {
            if (const int m = mentionFrom(k + 1);
                m >= 0 && m_a.mentions.at(m).type != MentionType::Pronoun) {
                return {Evidence::Adjacent, m, k, k + 1, false, false};
            }
            if (!isCueDash(k))
                return c;
            ++k; // «…», — сказал он: the dash only leads to the cue
        }
        // The first cue within a short distance: "Clinton campaign spokesman Brian Fallon said".
        for (qsizetype cue = k; cue < end && cue < k + 30; ++cue) {
            const Token &t = m_tokens.at(cue);
            if (t.is(Token::QuoteMark) || t.is(Token::InQuote) || isPunct(cue, {u'?', u'!', u';'}))
                break;
            qsizetype cueEnd = cue + 1;
            if (!isCue(cue)) {
                cueEnd = cuePhraseAt(cue, end);
                if (cueEnd < 0)
                    continue;
            }
            if (const int m = speakerBefore(cue, k);
                m >= 0 && !subordinateBefore(k, m_a.mentions.at(m).firstToken))
                return {Evidence::Adjacent, m, cue, cueEnd, false, false};
            bool onlyModifiers = true;
            for (qsizetype j = k; j < cue; ++j)
                onlyModifiers = onlyModifiers && isModifier(j);
            if (!onlyModifiers)
                continue; // a cue further on, in a clause of its own
            // Inverted: "said Mr Trump", "said the city's fire chief, Ana Ruiz".
            qsizetype s = cueEnd;
            while (s < end && (isModifier(s) || isPunct(s, {u','}) || isGluedHyphen(s)))
                ++s; // "dit-il", "a-t-elle": a hyphen joins the inverted pronoun to its verb
            int m = mentionFrom(s);
            if (m < 0)
                m = describedNameAfter(s, end);
            if (m >= 0)
                return {Evidence::Adjacent, invertedSpeaker(m, end), cue, cueEnd, true, false};
            return {Evidence::Adjacent, -1, cue, cueEnd, false, true};
        }
        return c;
    }

    // "“… missing.” Trump said.": a full stop inside the marks puts the cue in a sentence of
    // its own, which then is nothing but that cue and its speaker.
    Candidate nextSentenceCue(qsizetype k, const Sentence &sentence) const
    {
        constexpr qsizetype MaxTrailing = 5; // "on Friday", "in a statement", and the full stop
        if (k != sentence.endToken || k >= m_tokens.size())
            return {};
        const Sentence &next = m_a.sentences.at(m_tokens.at(k).sentence);
        if (next.paragraph != sentence.paragraph)
            return {};
        const Candidate c = afterQuote(k, next.endToken);
        if (c.evidence != Evidence::Adjacent || c.mention < 0)
            return {};
        const qsizetype rest = std::max(c.cueEnd, qsizetype(m_a.mentions.at(c.mention).endToken));
        if (next.endToken - rest > MaxTrailing)
            return {};
        for (qsizetype j = rest; j < next.endToken; ++j) {
            if (m_tokens.at(j).is(Token::QuoteMark))
                return {};
        }
        return c;
    }

    // "…, telling reporters, “…”": in English word order the noun after a verb that takes an
    // object (reporting-frames.txt) is whom it was said to, not who said it.
    [[nodiscard]] bool takesObject(qsizetype cue) const
    {
        constexpr quint16 ObjectFrames
            = ObjectClauseFrame | ObjectThatFrame | ObjectToFrame | ObjectQuestionFrame;
        return !m_lex.verbSecond()
            && (m_lex.reportingFrames(m_tokens.at(cue).lower) & ObjectFrames) != 0;
    }

    // A dash that the language writes between a quotation and its cue (report-words.txt).
    [[nodiscard]] bool isCueDash(qsizetype k) const
    {
        return m_lex.reportWords().dashes.contains(m_tokens.at(k).lower);
    }

    [[nodiscard]] bool isGluedHyphen(qsizetype k) const
    {
        return isPunct(k, {u'-'}) && m_tokens.at(k - 1).range.end == m_tokens.at(k).range.start;
    }

    // “Riverton Tonight,” where she defended...: a subordinator between the quote and the
    // speaker starts a clause of its own, whose cue is not the quote's.
    [[nodiscard]] bool subordinateBefore(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k < to; ++k) {
            if (m_tokens.at(k).has(Subordinator))
                return true;
        }
        return false;
    }

    // "said the city's fire chief, Ana Ruiz": a role followed by the name of its holder.
    [[nodiscard]] int invertedSpeaker(int m, qsizetype end) const
    {
        if (const int holder = roleHolderAfter(m);
            holder != m && m_a.mentions.at(holder).endToken <= end)
            return holder;
        const Mention &mention = m_a.mentions.at(m);
        if (mention.type != MentionType::Role)
            return m;
        // "the head of the transport union, Paul Diaz": past the role's complement to the comma.
        // After an article that opens a titled name, or in a language without articles, the
        // name may follow without one: "le ministre de l'Intérieur Gérald Darmanin", "мэр
        // города Анна Смирнова" (articles.txt).
        const bool titled
            = !m_lex.hasArticles() || m_tokens.at(mention.firstToken).has(TitleArticle);
        qsizetype comma = mention.endToken;
        while (comma < end && comma < mention.endToken + 10 && !isPunct(comma, {u','})
               && !isCue(comma) && !m_tokens.at(comma).is(Token::QuoteMark)) {
            if (const int named = mentionFrom(comma);
                titled && named >= 0 && m_a.mentions.at(named).type == MentionType::Name)
                return named;
            ++comma;
        }
        if (!isPunct(comma, {u','}))
            return m;
        const int named = mentionFrom(comma + 1);
        if (named >= 0 && m_a.mentions.at(named).type == MentionType::Name
            && m_a.mentions.at(named).endToken <= end)
            return named;
        return m;
    }

    Candidate beforeQuote(qsizetype open, qsizetype start) const
    {
        Candidate c;
        qsizetype k = open - 1;
        const bool colon = isPunct(k, {u':'});
        while (k >= start && isPunct(k, {u',', u':', u'\u2014', u'\u2013', u'-'}))
            --k;
        // The nearest cue within a short distance: "said in a statement on Sunday, “…”".
        for (qsizetype cue = k; cue >= start && cue > k - 12; --cue) {
            if (m_tokens.at(cue).is(Token::QuoteMark))
                break;
            qsizetype cueEnd = cue + 1;
            if (!isCue(cue)) {
                cueEnd = cuePhraseAt(cue, open);
                if (cueEnd < 0)
                    continue;
            }
            if (const int m = invertedPronoun(cueEnd);
                m >= 0 && m_a.mentions.at(m).endToken <= open)
                return {Evidence::Adjacent, m, cue, cueEnd, true, false};
            if (const int m = participleSubject(cue, start);
                m >= 0 && m_a.mentions.at(m).endToken <= open)
                return {Evidence::Adjacent, m, cue, cueEnd, false, false};
            // Subject on the left: "Mr Trump (had) said"; where the verb stands second, not the
            // object of a preposition opening the clause ("Über X sagte Y: „…“").
            if (const int m = speakerBefore(cue, start);
                m >= 0 && !(m_lex.verbSecond() && objectOfPreposition(m)))
                return {Evidence::Adjacent, m, cue, cueEnd, false, false};
            qsizetype left = cue - 1;
            while (left >= start && isModifier(left))
                --left;
            // Inverted: "Said Ellis:" / "according to officials,". Only with nothing before the
            // cue: otherwise the noun after it is an object ("urged Kyiv to").
            qsizetype right = cueEnd;
            const bool opensClause = left < start || isPunct(left, {u',', u':'});
            while (right < open && isModifier(right))
                ++right;
            // German puts the finite verb second, so an adverbial before it pushes the subject
            // behind it ("Im Interview sagte X: „…“"): the mention then ends at the quotation.
            int after = takesObject(cue) ? -1 : mentionFrom(right);
            // "äußerte sich der EU-Außenbeauftragte X", "sagte der italienische Kardinal X"
            if (after < 0 && m_lex.verbSecond() && right + 1 < open
                && m_tokens.at(right).has(Determiner))
                after = mentionFrom(right + 1);
            if (after < 0 && m_lex.verbSecond())
                after = describedNameAfter(right, open);
            const bool verbSecond = m_lex.verbSecond() && after >= 0
                && closesIntroduction(m_a.mentions.at(after).endToken, k + 1);
            if ((opensClause || verbSecond) && after >= 0
                && m_a.mentions.at(after).endToken <= open)
                return {Evidence::Adjacent, after, cue, cueEnd, true, false};
            // "Putin, after the summit, stated:": the subject opens the sentence.
            if (const int m = firstMention(sentenceStart(open), cue); m >= 0)
                return {Evidence::Adjacent, m, cue, cueEnd, false, false};
            return {Evidence::Adjacent, -1, cue, cueEnd, false, true};
        }
        if (colon) {
            if (const int m = firstMention(sentenceStart(open), open); m >= 0)
                return {Evidence::Colon, m, -1, -1, false, false};
        }
        return c;
    }

    // After the subject of a cue, does the introduction of a quotation end at end, over an
    // apposition or a genitive and no other verb ("sagte Jon Bon Jovi, Gründer der Rockband: „",
    // "sagte ein Sprecher der Downing Street: „")?
    [[nodiscard]] bool closesIntroduction(qsizetype k, qsizetype end) const
    {
        constexpr qsizetype MaxWords = 8;
        if (end - k > MaxWords)
            return false;
        for (; k < end; ++k) {
            if (isCue(k) || m_tokens.at(k).is(Token::QuoteMark))
                return false;
        }
        return true;
    }

    // Last resort: a cue anywhere in the sentence outside quotations, with its subject.
    Candidate sentenceCue(const Sentence &sentence, qsizetype open, Candidate fallback) const
    {
        for (qsizetype k = open - 1; k >= sentence.firstToken; --k) {
            if (!isCue(k))
                continue;
            qsizetype left = k - 1;
            while (left >= sentence.firstToken && isModifier(left))
                --left;
            int m = invertedPronoun(k + 1);
            if (m < 0 && left >= sentence.firstToken)
                m = m_endingAt.at(left);
            if (m < 0)
                m = firstMention(sentence.firstToken, k);
            if (m >= 0)
                return {fallback.inherit ? Evidence::Adjacent : Evidence::SentenceCue,
                        m,
                        k,
                        k + 1,
                        false,
                        false};
        }
        return fallback;
    }

    [[nodiscard]] TextRange cueRange(const Candidate &c) const
    {
        if (c.cueFirst < 0)
            return {};
        return {m_tokens.at(c.cueFirst).range.start, m_tokens.at(c.cueEnd - 1).range.end};
    }

    void apply(qsizetype q, const Candidate &c)
    {
        Attribution &attribution = m_a.attributions[q];
        attribution.mention = c.mention;
        attribution.cue = cueRange(c);
        if (c.mention < 0) {
            attribution.confidence = 0.0;
            return;
        }
        const Mention &mention = m_a.mentions.at(c.mention);
        const QString cue
            = attribution.cue.isEmpty() ? QString() : m_a.view(attribution.cue).toString();
        switch (c.evidence) {
        case Evidence::Adjacent:
            // Confidences are the shares of right speakers per kind of evidence, measured on
            // polnear.train (tools/calibration.py shows how they bin on other data).
            attribution.confidence = c.inverted ? 0.87 : 0.94;
            if (mention.type == MentionType::Pronoun)
                attribution.confidence -= 0.06;
            // "“…,” said X" is after the quote; "Im Interview sagte X: „…“" before it.
            attribution.reason = u"cue '%1' %2 the quote; speaker '%3'"_s.arg(
                cue,
                !c.inverted                                                ? u"next to"_s
                    : attribution.cue.start > m_a.quotes.at(q).outer.start ? u"after"_s
                                                                           : u"before"_s,
                mention.name);
            if (c.cueFirst >= 0 && isDash(c.cueFirst))
                attribution.reason = u"dash attribution to '%1'"_s.arg(mention.name);
            break;
        case Evidence::Colon:
            attribution.confidence = 0.83;
            attribution.reason = u"introduced with a colon by '%1'"_s.arg(mention.name);
            break;
        case Evidence::SentenceCue:
            attribution.confidence = 0.78;
            attribution.reason
                = u"cue '%1' in the same sentence; subject '%2'"_s.arg(cue, mention.name);
            break;
        case Evidence::None:
            break;
        }
    }
};

} // namespace

void AttributionPass::run(Analysis &analysis) const
{
    Attributor(analysis).run();
}

} // namespace whosaid::analysis
