#include "TranscriptPass.h"

#include "QuoteInsertion.h"

#include <algorithm>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype AnnouncementWords = 40; // longer paragraphs are text, not announcements
constexpr qsizetype AnnouncementCharacters = 400;
constexpr qsizetype HeadingWords = 10; // a short line without a full stop is a heading
constexpr qsizetype BylineWords = 25;  // bylines and credits are short

// The transcript cue of an announcing paragraph and the speaker it names.
struct Announcement
{
    qsizetype cueFirst = -1;
    qsizetype cueEnd = -1;
    int mention = -1;
};

class TranscriptFinder
{
public:
    explicit TranscriptFinder(Analysis &analysis)
        : m_a(analysis)
        , m_paragraphs(analysis.document->paragraphs())
    { }

    void run()
    {
        QList<Quote> quotes;
        QList<Attribution> attributions;
        for (qsizetype p = 0; p + 1 < m_paragraphs.size(); ++p) {
            const Announcement announcement = announcementIn(p);
            if (announcement.mention < 0)
                continue;
            qsizetype last = p;
            while (last + 1 < m_paragraphs.size() && !endsBody(last + 1)
                   && announcementIn(last + 1).cueFirst < 0)
                ++last;
            if (last == p)
                continue;
            const TextRange block{m_paragraphs.at(p + 1).start, m_paragraphs.at(last).end};
            absorbReports(block, announcement);
            Quote quote;
            quote.content = block;
            quote.outer = block;
            quote.kind = QuoteKind::Block;
            quote.paragraph = p + 1;
            quotes.append(quote);
            attributions.append(attribution(announcement));
            p = last;
        }
        insertQuotes(m_a, quotes, attributions);
    }

private:
    // Tokens [first, end) of paragraph p.
    [[nodiscard]] std::pair<qsizetype, qsizetype> tokensOf(qsizetype p) const
    {
        const auto first = std::lower_bound(
            m_a.sentences.cbegin(), m_a.sentences.cend(), p,
            [](const Sentence &s, qsizetype paragraph) { return s.paragraph < paragraph; });
        auto last = first;
        while (last != m_a.sentences.cend() && last->paragraph == p)
            ++last;
        if (first == last)
            return {0, 0};
        return {first->firstToken, std::prev(last)->endToken};
    }

    [[nodiscard]] qsizetype wordCount(qsizetype first, qsizetype end) const
    {
        return std::count_if(m_a.tokens.cbegin() + first, m_a.tokens.cbegin() + end,
                             [](const Token &t) { return t.is(Token::Word); });
    }

    [[nodiscard]] Announcement announcementIn(qsizetype p) const
    {
        Announcement found;
        const TextRange paragraph = m_paragraphs.at(p);
        const QChar last = m_a.text().at(paragraph.end - 1);
        if ((last != u'.' && last != u':') || paragraph.length() > AnnouncementCharacters)
            return found;
        const auto [first, end] = tokensOf(p);
        if (first >= end || wordCount(first, end) > AnnouncementWords)
            return found;
        const auto wordAt = [this](qsizetype i) { return m_a.tokens.at(i).lower; };
        for (qsizetype k = first; k < end && found.cueFirst < 0; ++k) {
            // "FULL TEXT" over an archived article is a label, not an announcement.
            const Token &t = m_a.tokens.at(k);
            if (!t.has(TranscriptCueStart) || t.is(Token::InQuote) || t.is(Token::AllCaps))
                continue;
            if (const qsizetype length = m_a.lexicon->transcriptCues().matchAt(k, end, wordAt);
                length > 0)
                found = {k, k + length, -1};
        }
        if (found.cueFirst < 0)
            return found;
        // The speaker: the first person or organisation the announcement names.
        for (qsizetype m = 0; m < m_a.mentions.size(); ++m) {
            const Mention &mention = m_a.mentions.at(m);
            if (mention.firstToken >= first && mention.endToken <= end
                && (mention.type == MentionType::Name
                    || mention.type == MentionType::Organisation)) {
                found.mention = int(m);
                break;
            }
        }
        return found;
    }

    // A byline, a credit line or a heading: the article body (and any transcript) ends here.
    [[nodiscard]] bool endsBody(qsizetype p) const
    {
        const auto [first, end] = tokensOf(p);
        const qsizetype words = wordCount(first, end);
        const QStringView text = m_a.view(m_paragraphs.at(p));
        const QChar last = text.back();
        const bool terminal = last == u'.' || last == u'!' || last == u'?' || last == u'"'
            || last == u'\u201d' || last == u'\u2019';
        if (words < HeadingWords && !terminal)
            return true;
        if (words >= BylineWords)
            return false;
        const QString lower = text.toString().toLower();
        const QStringList &markers = m_a.lexicon->articleEndMarkers();
        return std::any_of(markers.cbegin(), markers.cend(),
                           [&lower](const QString &marker) { return lower.contains(marker); });
    }

    // Reported speech inside a transcript is the transcript speaker's words, and so is a
    // quotation its speaker introduces as "I" or "we" ("I said, “Hello, neighbour.”").
    void absorbReports(TextRange block, const Announcement &announcement)
    {
        for (qsizetype q = 0; q < m_a.quotes.size(); ++q) {
            Quote &quote = m_a.quotes[q];
            if (!block.contains(quote.content))
                continue;
            if (quote.kind == QuoteKind::Indirect || quote.kind == QuoteKind::Mixed) {
                quote.depth = 1;
                continue;
            }
            Attribution &attribution = m_a.attributions[q];
            if (attribution.mention >= 0 && m_a.mentions.at(attribution.mention).person == 1) {
                attribution.mention = announcement.mention;
                attribution.reason += u"; 'I' is the speaker of the transcript"_s;
            }
        }
    }

    [[nodiscard]] Attribution attribution(const Announcement &announcement) const
    {
        Attribution a;
        a.mention = announcement.mention;
        a.cue = {m_a.tokens.at(announcement.cueFirst).range.start,
                 m_a.tokens.at(announcement.cueEnd - 1).range.end};
        a.confidence = 0.8;
        a.reason = u"a transcript announced as the '%1' of '%2'"_s.arg(
            m_a.view(a.cue), m_a.mentions.at(announcement.mention).name);
        return a;
    }

    Analysis &m_a;
    const QList<TextRange> &m_paragraphs;
};

} // namespace

void TranscriptPass::run(Analysis &analysis) const
{
    TranscriptFinder(analysis).run();
}

} // namespace whosaid::analysis
