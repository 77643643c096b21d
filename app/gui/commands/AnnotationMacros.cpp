#include "AnnotationMacros.h"

#include "QuoteCommands.h"
#include "SpeakerCommands.h"
#include "annotation/AnnotationEdits.h"

namespace whosaid::gui::commands {

using annotation::AnnotationEdits;
using annotation::QuoteRecord;
using annotation::ReviewState;
using annotation::SpeakerRecord;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype LabelLength = 28;

// A quote that only changes speaker as part of a roster edit: not a correction of that quote.
QuoteRecord withSpeaker(QuoteRecord quote, const QString &speakerId)
{
    quote.speaker = speakerId;
    return quote;
}

AnnotationMacros::Command keepIfAny(AnnotationMacros::Command macro)
{
    return macro->childCount() > 0 ? std::move(macro) : nullptr;
}

} // namespace

QString AnnotationMacros::label(const AnnotationSet &set, int quoteId)
{
    const int index = set.indexOfQuote(quoteId);
    if (index < 0)
        return {};
    const document::TextRange range = set.quote(index).range;
    QString text = set.document().text().mid(range.start, range.length()).simplified();
    if (text.size() > LabelLength)
        text = text.left(LabelLength - 1).trimmed() + u'\u2026';
    return u"\u201c"_s + text + u"\u201d"_s;
}

AnnotationMacros::Command AnnotationMacros::removeOrReject(AnnotationSet *set, int quoteId)
{
    const int index = set->indexOfQuote(quoteId);
    if (index < 0)
        return nullptr;
    const QuoteRecord &quote = set->quote(index);
    if (quote.review == ReviewState::Added)
        return std::make_unique<RemoveQuote>(set, quoteId,
                                             tr("Delete %1").arg(label(*set, quoteId)));
    if (quote.review == ReviewState::Rejected)
        return nullptr;
    return std::make_unique<ChangeQuote>(set,
                                         AnnotationEdits::reviewed(quote, ReviewState::Rejected),
                                         tr("Reject %1").arg(label(*set, quoteId)));
}

AnnotationMacros::Command AnnotationMacros::reassign(AnnotationSet *set, const QList<int> &quoteIds,
                                                     const QString &speakerId)
{
    const QString name = speakerId.isEmpty() ? tr("unknown") : set->speakerName(speakerId);
    auto macro = std::make_unique<QUndoCommand>(
        quoteIds.size() == 1 ? tr("Give %1 to %2").arg(label(*set, quoteIds.first()), name)
                             : tr("Give %1 quotes to %2").arg(quoteIds.size()).arg(name));
    for (const int id : quoteIds) {
        const int index = set->indexOfQuote(id);
        if (index >= 0)
            new ChangeQuote(set, AnnotationEdits::reassigned(set->quote(index), speakerId),
                            macro->text(), ChangeQuote::Merge::Never, macro.get());
    }
    return keepIfAny(std::move(macro));
}

AnnotationMacros::Command AnnotationMacros::reassignToNewSpeaker(AnnotationSet *set, int quoteId,
                                                                 const QString &name)
{
    const int index = set->indexOfQuote(quoteId);
    if (index < 0 || name.trimmed().isEmpty())
        return nullptr;
    const SpeakerRecord speaker = AnnotationEdits::newSpeaker(set->newSpeakerId(), name.trimmed());
    auto macro = std::make_unique<QUndoCommand>(
        tr("Give %1 to new speaker %2").arg(label(*set, quoteId), speaker.name));
    new AddSpeaker(set, set->speakerCount(), speaker, macro->text(), macro.get());
    new ChangeQuote(set, AnnotationEdits::reassigned(set->quote(index), speaker.id), macro->text(),
                    ChangeQuote::Merge::Never, macro.get());
    return macro;
}

AnnotationMacros::Command AnnotationMacros::newSpeaker(AnnotationSet *set, const QString &name)
{
    if (name.trimmed().isEmpty())
        return nullptr;
    const SpeakerRecord speaker = AnnotationEdits::newSpeaker(set->newSpeakerId(), name.trimmed());
    return std::make_unique<AddSpeaker>(set, set->speakerCount(), speaker,
                                        tr("New speaker %1").arg(speaker.name));
}

AnnotationMacros::Command AnnotationMacros::mergeSpeakers(AnnotationSet *set,
                                                          const QString &targetId,
                                                          const QString &sourceId)
{
    const int target = set->indexOfSpeaker(targetId);
    const int source = set->indexOfSpeaker(sourceId);
    if (target < 0 || source < 0 || target == source)
        return nullptr;
    const SpeakerRecord &from = set->speaker(source);
    auto macro = std::make_unique<QUndoCommand>(
        tr("Merge %1 into %2").arg(from.name, set->speaker(target).name));
    for (const QuoteRecord &quote : set->quotes()) {
        if (quote.speaker == sourceId)
            new ChangeQuote(set, withSpeaker(quote, targetId), macro->text(),
                            ChangeQuote::Merge::Never, macro.get());
    }
    new ChangeSpeaker(set, AnnotationEdits::mergedInto(set->speaker(target), from), macro->text(),
                      macro.get());
    new RemoveSpeaker(set, sourceId, macro->text(), macro.get());
    return macro;
}

AnnotationMacros::Command AnnotationMacros::splitAlias(AnnotationSet *set, const QString &speakerId,
                                                       const QString &alias)
{
    const int index = set->indexOfSpeaker(speakerId);
    if (index < 0 || !set->speaker(index).aliases.contains(alias))
        return nullptr;
    const auto [kept, split]
        = AnnotationEdits::splitAlias(set->speaker(index), alias, set->newSpeakerId());
    auto macro = std::make_unique<QUndoCommand>(
        tr("Split %1 off %2").arg(alias, set->speaker(index).name));
    new ChangeSpeaker(set, kept, macro->text(), macro.get());
    new AddSpeaker(set, index + 1, split, macro->text(), macro.get());
    const QString &text = set->document().text();
    for (const QuoteRecord &quote : set->quotes()) {
        const QStringView mention
            = QStringView(text).mid(quote.mention.start, quote.mention.length());
        if (quote.speaker == speakerId && !quote.mention.isEmpty()
            && mention.compare(alias, Qt::CaseInsensitive) == 0)
            new ChangeQuote(set, withSpeaker(quote, split.id), macro->text(),
                            ChangeQuote::Merge::Never, macro.get());
    }
    return macro;
}

AnnotationMacros::Command AnnotationMacros::acceptAbove(AnnotationSet *set, double confidence)
{
    auto macro = std::make_unique<QUndoCommand>();
    for (const QuoteRecord &quote : set->quotes()) {
        if (quote.review == ReviewState::Unreviewed && quote.isSpeech()
            && quote.confidence >= confidence)
            new ChangeQuote(set, AnnotationEdits::reviewed(quote, ReviewState::Accepted), QString(),
                            ChangeQuote::Merge::Never, macro.get());
    }
    macro->setText(macro->childCount() == 1
                       ? tr("Accept 1 quote at or above %1 %").arg(qRound(confidence * 100))
                       : tr("Accept %1 quotes at or above %2 %")
                             .arg(macro->childCount())
                             .arg(qRound(confidence * 100)));
    return keepIfAny(std::move(macro));
}

AnnotationMacros::Command AnnotationMacros::splitQuote(AnnotationSet *set, int quoteId,
                                                       qsizetype pos)
{
    const int index = set->indexOfQuote(quoteId);
    if (index < 0)
        return nullptr;
    const QuoteRecord &quote = set->quote(index);
    if (pos <= quote.range.start || pos >= quote.range.end)
        return nullptr;
    const auto [first, second] = AnnotationEdits::split(quote, pos, set->newQuoteId());
    auto macro = std::make_unique<QUndoCommand>(tr("Split %1").arg(label(*set, quoteId)));
    new ChangeQuote(set, first, macro->text(), ChangeQuote::Merge::Never, macro.get());
    new AddQuote(set, second, macro->text(), macro.get());
    return macro;
}

} // namespace whosaid::gui::commands
