#include "AnnotationMerge.h"

#include <QSet>

namespace whosaid::annotation {

using namespace Qt::StringLiterals;

namespace {

// A span saved in code points, moved by the shift of its quote and turned into UTF-16 offsets of
// the new text; empty when it no longer fits.
TextRange placedSpan(const Document &document, TextRange saved, qsizetype shift)
{
    if (saved.isEmpty())
        return {};
    const TextRange moved{saved.start + shift, saved.end + shift};
    if (moved.start < 0 || moved.end > document.codePointLength())
        return {};
    return {document.utf16Offset(moved.start), document.utf16Offset(moved.end)};
}

// The hand-made quotes of the saved annotations, placed in the new text; those whose text is gone
// go to lost.
QList<QuoteRecord> placeHandMade(const Document &document, const SidecarContents &saved,
                                 QList<UnplacedQuote> &lost)
{
    QList<QuoteRecord> placed;
    for (const QList<UnplacedQuote> *list : {&saved.quotes, &saved.unplaced}) {
        for (const UnplacedQuote &entry : *list) {
            if (!entry.record.isHandMade())
                continue;
            const std::optional<TextRange> range = entry.anchor.placeIn(document);
            if (!range) {
                lost.append(entry);
                continue;
            }
            QuoteRecord quote = entry.record;
            quote.range = *range;
            const qsizetype shift = document.codePointOffset(range->start) - entry.anchor.start;
            quote.mention = placedSpan(document, quote.mention, shift);
            quote.cue = placedSpan(document, quote.cue, shift);
            placed.append(std::move(quote));
        }
    }
    return placed;
}

// The roster: the saved speakers that a person shaped or that hand-made quotes name, joined by
// the machine's speakers; machineIds maps each fresh speaker id to its id in the roster.
QList<SpeakerRecord> mergeRoster(const QList<SpeakerRecord> &fresh, const SidecarContents &saved,
                                 const QSet<QString> &named, QHash<QString, QString> &machineIds)
{
    QList<SpeakerRecord> roster;
    QSet<QString> used;
    for (const SpeakerRecord &speaker : saved.speakers) {
        if (speaker.edited || named.contains(speaker.id)) {
            roster.append(speaker);
            used.insert(speaker.id);
        }
    }
    const qsizetype keptCount = roster.size();
    const auto match = [&](const SpeakerRecord &machine) -> qsizetype {
        for (qsizetype i = 0; i < keptCount; ++i) {
            if (roster.at(i).answersTo(machine.name))
                return i;
        }
        for (qsizetype i = 0; i < keptCount; ++i) {
            for (const QString &alias : machine.aliases) {
                if (roster.at(i).answersTo(alias))
                    return i;
            }
        }
        return -1;
    };
    int nextId = 1;
    for (const SpeakerRecord &machine : fresh) {
        const qsizetype found = match(machine);
        if (found >= 0) {
            SpeakerRecord &kept = roster[found];
            machineIds.insert(machine.id, kept.id);
            // A speaker no one edited follows the machine's newer reading of the article.
            if (!kept.edited) {
                const QString id = kept.id;
                kept = machine;
                kept.id = id;
            }
            continue;
        }
        QString id = machine.id;
        while (used.contains(id))
            id = u"s"_s + QString::number(fresh.size() + nextId++);
        used.insert(id);
        machineIds.insert(machine.id, id);
        SpeakerRecord added = machine;
        added.id = id;
        roster.append(added);
    }
    return roster;
}

} // namespace

std::unique_ptr<AnnotationSet> AnnotationMerge::merge(const analysis::Analysis &fresh,
                                                      const SidecarContents &saved)
{
    const std::unique_ptr<AnnotationSet> machine = AnnotationSet::fromAnalysis(fresh);
    auto merged = std::make_unique<AnnotationSet>(machine->sharedDocument());
    const Document &document = merged->document();

    QList<UnplacedQuote> lost;
    const QList<QuoteRecord> handMade = placeHandMade(document, saved, lost);
    QSet<QString> named;
    for (const QuoteRecord &quote : handMade)
        named.insert(quote.speaker);
    for (const UnplacedQuote &entry : std::as_const(lost))
        named.insert(entry.record.speaker);

    QHash<QString, QString> machineIds;
    const QList<SpeakerRecord> roster = mergeRoster(machine->speakers(), saved, named, machineIds);
    for (const SpeakerRecord &speaker : roster)
        merged->insertSpeaker(merged->speakerCount(), speaker);

    for (const QuoteRecord &quote : handMade) {
        QuoteRecord kept = quote;
        kept.id = merged->newQuoteId();
        if (merged->indexOfSpeaker(kept.speaker) < 0)
            kept.speaker.clear();
        merged->insertQuote(kept);
    }
    for (const QuoteRecord &quote : machine->quotes()) {
        const bool decided
            = std::any_of(handMade.cbegin(), handMade.cend(), [&](const QuoteRecord &hand) {
                  return hand.range.overlaps(quote.range);
              });
        if (decided)
            continue;
        QuoteRecord kept = quote;
        kept.id = merged->newQuoteId();
        kept.speaker = machineIds.value(quote.speaker);
        // A name a person gave to someone else (an alias split off) keeps its quotes there.
        if (!quote.mention.isEmpty()) {
            const int byName = merged->findSpeaker(document.view(quote.mention));
            if (byName >= 0 && merged->speaker(byName).edited)
                kept.speaker = merged->speaker(byName).id;
        }
        merged->insertQuote(kept);
    }
    // Machine speakers left without a quote (their quotes were rejected or taken) go.
    for (int i = merged->speakerCount() - 1; i >= 0; --i) {
        const SpeakerRecord &speaker = merged->speaker(i);
        if (!speaker.edited && !named.contains(speaker.id) && merged->quoteCountOf(speaker.id) == 0)
            (void)merged->takeSpeaker(i);
    }
    merged->setUnplaced(lost);
    return merged;
}

} // namespace whosaid::annotation
