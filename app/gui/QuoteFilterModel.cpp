#include "QuoteFilterModel.h"

#include "QuoteTableModel.h"

namespace whosaid::gui {

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteTableModel::SortRole);
}

void QuoteFilterModel::setSpeakerFilter(const std::optional<QString> &speakerId)
{
    if (speakerId == m_speaker)
        return;
    m_speaker = speakerId;
    invalidateRowsFilter();
}

void QuoteFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex text
        = sourceModel()->index(sourceRow, QuoteTableModel::TextColumn, sourceParent);
    if (text.data(QuoteTableModel::KindRole).toInt() == int(analysis::QuoteKind::Mention))
        return false;
    if (m_speaker && text.data(QuoteTableModel::SpeakerRole).toString() != *m_speaker)
        return false;
    if (m_text.isEmpty())
        return true;
    // The tooltip holds the whole quote; the display text may be shortened.
    if (text.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    const QModelIndex speaker
        = sourceModel()->index(sourceRow, QuoteTableModel::SpeakerColumn, sourceParent);
    return speaker.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace whosaid::gui
