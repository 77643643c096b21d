#pragma once

#include "annotation/AnnotationSet.h"

#include <QUndoCommand>

namespace whosaid::gui::commands {

using annotation::AnnotationSet;
using annotation::QuoteRecord;

// A quote replaced by another version of itself (same id): speaker, range, kind, review state.
// The state before is read from the set when the command is done, so the command also works as
// a child of a macro whose earlier children changed the set.
class ChangeQuote final : public QUndoCommand
{
public:
    enum class Merge { Never, Nudges }; // Nudges: consecutive nudges of one quote are one step

    ChangeQuote(AnnotationSet *set, QuoteRecord after, const QString &text,
                Merge merge = Merge::Never, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationSet *m_set;
    QuoteRecord m_before;
    QuoteRecord m_after;
    Merge m_merge;
};

// A quote added by hand (or the second half of a split); undo takes it out again.
class AddQuote final : public QUndoCommand
{
public:
    AddQuote(AnnotationSet *set, QuoteRecord quote, const QString &text,
             QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnnotationSet *m_set;
    QuoteRecord m_quote;
};

// A quote taken out of the set; undo puts it back.
class RemoveQuote final : public QUndoCommand
{
public:
    RemoveQuote(AnnotationSet *set, int quoteId, const QString &text,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnnotationSet *m_set;
    int m_quoteId;
    QuoteRecord m_quote;
};

} // namespace whosaid::gui::commands
