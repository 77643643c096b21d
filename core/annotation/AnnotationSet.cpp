#include "AnnotationSet.h"

#include <algorithm>

namespace whosaid::annotation {

using namespace Qt::StringLiterals;

AnnotationSet::AnnotationSet(std::shared_ptr<const Document> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
{
    Q_ASSERT(m_document);
}

std::unique_ptr<AnnotationSet> AnnotationSet::fromAnalysis(const analysis::Analysis &a)
{
    auto set = std::make_unique<AnnotationSet>(a.document);
    set->m_speakers.reserve(a.speakers.size());
    for (const analysis::Speaker &speaker : a.speakers) {
        set->m_speakers.append(
            {speaker.id, speaker.name, speaker.aliases, speaker.role, speaker.organisation, false});
    }
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const analysis::Quote &quote = a.quotes.at(q);
        if (quote.depth != 0)
            continue;
        QuoteRecord record;
        record.id = set->newQuoteId();
        record.range = quote.content;
        record.kind = quote.kind;
        record.utterance = quote.utterance;
        if (quote.kind != QuoteKind::Mention && q < a.attributions.size()) {
            const analysis::Attribution &attribution = a.attributions.at(q);
            if (attribution.speaker >= 0)
                record.speaker = a.speakers.at(attribution.speaker).id;
            record.confidence = attribution.confidence;
            record.cue = attribution.cue;
            record.reason = attribution.reason;
            if (attribution.mention >= 0) {
                const analysis::Mention &mention = a.mentions.at(attribution.mention);
                record.mention = mention.range;
                record.linked = mention.type == analysis::MentionType::Pronoun;
            } else {
                record.linked = attribution.speaker >= 0;
            }
        }
        set->m_quotes.append(std::move(record));
    }
    // The analysis lists quotes in text order already; a stable sort keeps it certain.
    std::stable_sort(
        set->m_quotes.begin(), set->m_quotes.end(),
        [](const QuoteRecord &l, const QuoteRecord &r) { return l.range.start < r.range.start; });
    return set;
}

int AnnotationSet::indexOfQuote(int id) const
{
    for (int i = 0; i < m_quotes.size(); ++i) {
        if (m_quotes.at(i).id == id)
            return i;
    }
    return -1;
}

int AnnotationSet::insertionIndex(TextRange range) const
{
    const auto it = std::upper_bound(
        m_quotes.cbegin(), m_quotes.cend(), range.start,
        [](qsizetype start, const QuoteRecord &quote) { return start < quote.range.start; });
    return int(it - m_quotes.cbegin());
}

int AnnotationSet::quoteAt(qsizetype pos) const
{
    int found = -1;
    for (int i = 0; i < m_quotes.size() && m_quotes.at(i).range.start <= pos; ++i) {
        const TextRange range = m_quotes.at(i).range;
        if (range.contains(pos) && (found < 0 || m_quotes.at(found).range.contains(range)))
            found = i;
    }
    return found;
}

int AnnotationSet::indexOfSpeaker(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_speakers.size(); ++i) {
        if (m_speakers.at(i).id == id)
            return i;
    }
    return -1;
}

int AnnotationSet::findSpeaker(QStringView name) const
{
    for (int i = 0; i < m_speakers.size(); ++i) {
        if (m_speakers.at(i).answersTo(name))
            return i;
    }
    return -1;
}

QString AnnotationSet::speakerName(const QString &id) const
{
    const int index = indexOfSpeaker(id);
    return index < 0 ? QString() : m_speakers.at(index).name;
}

QString AnnotationSet::newSpeakerId() const
{
    int highest = 0;
    for (const SpeakerRecord &speaker : m_speakers) {
        if (speaker.id.startsWith(u'u'))
            highest = std::max(highest, QStringView(speaker.id).mid(1).toInt());
    }
    return u"u"_s + QString::number(highest + 1);
}

int AnnotationSet::quoteCountOf(const QString &speakerId) const
{
    return int(std::count_if(m_quotes.cbegin(), m_quotes.cend(), [&](const QuoteRecord &quote) {
        return quote.isSpeech() && quote.speaker == speakerId;
    }));
}

int AnnotationSet::replaceQuote(int index, const QuoteRecord &quote)
{
    Q_ASSERT(index >= 0 && index < m_quotes.size());
    if (m_quotes.at(index).range == quote.range) {
        m_quotes[index] = quote;
        Q_EMIT quoteChanged(index);
        return index;
    }
    // The range moved: take the record out and put it back in its place in the text order.
    takeQuote(index);
    return insertQuote(quote);
}

int AnnotationSet::insertQuote(const QuoteRecord &quote)
{
    Q_ASSERT(quote.id > 0 && indexOfQuote(quote.id) < 0);
    const int index = insertionIndex(quote.range);
    Q_EMIT quoteAboutToBeInserted(index);
    m_quotes.insert(index, quote);
    m_nextQuoteId = std::max(m_nextQuoteId, quote.id + 1);
    Q_EMIT quoteInserted(index);
    return index;
}

QuoteRecord AnnotationSet::takeQuote(int index)
{
    Q_ASSERT(index >= 0 && index < m_quotes.size());
    Q_EMIT quoteAboutToBeRemoved(index);
    QuoteRecord quote = m_quotes.takeAt(index);
    Q_EMIT quoteRemoved(index);
    return quote;
}

void AnnotationSet::replaceSpeaker(int index, const SpeakerRecord &speaker)
{
    Q_ASSERT(index >= 0 && index < m_speakers.size());
    m_speakers[index] = speaker;
    Q_EMIT speakerChanged(index);
}

void AnnotationSet::insertSpeaker(int index, const SpeakerRecord &speaker)
{
    Q_ASSERT(index >= 0 && index <= m_speakers.size());
    Q_ASSERT(indexOfSpeaker(speaker.id) < 0);
    Q_EMIT speakerAboutToBeInserted(index);
    m_speakers.insert(index, speaker);
    Q_EMIT speakerInserted(index);
}

SpeakerRecord AnnotationSet::takeSpeaker(int index)
{
    Q_ASSERT(index >= 0 && index < m_speakers.size());
    Q_EMIT speakerAboutToBeRemoved(index);
    SpeakerRecord speaker = m_speakers.takeAt(index);
    Q_EMIT speakerRemoved(index);
    return speaker;
}

void AnnotationSet::setUnplaced(QList<UnplacedQuote> unplaced)
{
    m_unplaced = std::move(unplaced);
    Q_EMIT unplacedChanged();
}

} // namespace whosaid::annotation
