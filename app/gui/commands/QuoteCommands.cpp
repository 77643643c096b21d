#include "QuoteCommands.h"

#include "CommandIds.h"

namespace whosaid::gui::commands {

ChangeQuote::ChangeQuote(AnnotationSet *set, QuoteRecord after, const QString &text, Merge merge,
                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_after(std::move(after))
    , m_merge(merge)
{ }

void ChangeQuote::redo()
{
    const int index = m_set->indexOfQuote(m_after.id);
    Q_ASSERT(index >= 0);
    m_before = m_set->quote(index);
    m_set->replaceQuote(index, m_after);
}

void ChangeQuote::undo()
{
    const int index = m_set->indexOfQuote(m_before.id);
    Q_ASSERT(index >= 0);
    m_set->replaceQuote(index, m_before);
}

int ChangeQuote::id() const
{
    return m_merge == Merge::Nudges ? NudgeQuoteBoundsId : -1;
}

bool ChangeQuote::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeQuote *>(other);
    if (!next || next->m_set != m_set || next->m_after.id != m_after.id
        || next->m_merge != Merge::Nudges || m_merge != Merge::Nudges)
        return false;
    m_after = next->m_after;
    // Nudged there and back: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

AddQuote::AddQuote(AnnotationSet *set, QuoteRecord quote, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_quote(std::move(quote))
{ }

void AddQuote::redo()
{
    m_set->insertQuote(m_quote);
}

void AddQuote::undo()
{
    const int index = m_set->indexOfQuote(m_quote.id);
    Q_ASSERT(index >= 0);
    m_quote = m_set->takeQuote(index);
}

RemoveQuote::RemoveQuote(AnnotationSet *set, int quoteId, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_quoteId(quoteId)
{ }

void RemoveQuote::redo()
{
    const int index = m_set->indexOfQuote(m_quoteId);
    Q_ASSERT(index >= 0);
    m_quote = m_set->takeQuote(index);
}

void RemoveQuote::undo()
{
    m_set->insertQuote(m_quote);
}

} // namespace whosaid::gui::commands
