#pragma once

#include "annotation/AnnotationSet.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace whosaid::gui::commands {

using annotation::AnnotationSet;

// The edits made of several commands, each built as one parent command with the simple commands
// as children, so it is one step on the undo stack. Each returns null when there is nothing to
// do. Quotes and speakers are named by id: the children run in order and indexes shift.
class AnnotationMacros final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationMacros)

public:
    using Command = std::unique_ptr<QUndoCommand>;

    // A short label of a quote for the undo history: its first words in quotation marks.
    [[nodiscard]] static QString label(const AnnotationSet &set, int quoteId);

    // A machine quote is marked Rejected (so re-analysis does not bring it back); a quote added
    // by hand is taken out.
    [[nodiscard]] static Command removeOrReject(AnnotationSet *set, int quoteId);
    // The quotes given to one speaker (empty id: unknown) by hand.
    [[nodiscard]] static Command reassign(AnnotationSet *set, const QList<int> &quoteIds,
                                          const QString &speakerId);
    // A new speaker of that name, and the quote given to them.
    [[nodiscard]] static Command reassignToNewSpeaker(AnnotationSet *set, int quoteId,
                                                      const QString &name);
    [[nodiscard]] static Command newSpeaker(AnnotationSet *set, const QString &name);
    // Every quote of source moves to target, which takes source's names as aliases; source
    // leaves the roster.
    [[nodiscard]] static Command mergeSpeakers(AnnotationSet *set, const QString &targetId,
                                               const QString &sourceId);
    // The alias becomes a speaker of its own, with the quotes whose mention is that alias.
    [[nodiscard]] static Command splitAlias(AnnotationSet *set, const QString &speakerId,
                                            const QString &alias);
    // Every unreviewed quote of speech at or above the confidence accepted.
    [[nodiscard]] static Command acceptAbove(AnnotationSet *set, double confidence);
    // The quote cut in two fragments of one utterance at pos.
    [[nodiscard]] static Command splitQuote(AnnotationSet *set, int quoteId, qsizetype pos);
};

} // namespace whosaid::gui::commands
