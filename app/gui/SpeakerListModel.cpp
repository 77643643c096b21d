#include "SpeakerListModel.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"

namespace whosaid::gui {

SpeakerListModel::SpeakerListModel(ArticleSession *session, const SpeakerPalette *palette,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_palette(palette)
{
    connect(session, &ArticleSession::speakerVisibilityChanged, this, [this](int speaker) {
        Q_EMIT dataChanged(index(speaker, NameColumn), index(speaker, NameColumn),
                           {Qt::CheckStateRole});
    });
    reload();
}

void SpeakerListModel::reload()
{
    beginResetModel();
    const int count = m_session->speakerCount();
    m_quotes.fill(0, count);
    m_shares.fill(0.0, count);
    if (const analysis::Analysis *a = m_session->analysis()) {
        // The word counts come from the session's worker: O(quotes) stays off the UI thread.
        for (const int quote : m_session->speechQuotes()) {
            const int speaker = a->attributions.at(quote).speaker;
            if (speaker >= 0)
                ++m_quotes[speaker];
        }
        int total = 0;
        for (int s = 0; s < count; ++s)
            total += m_session->quotedWords(s);
        for (int s = 0; s < count && total > 0; ++s)
            m_shares[s] = double(m_session->quotedWords(s)) / total;
    }
    endResetModel();
}

void SpeakerListModel::paletteChanged()
{
    if (!m_quotes.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_quotes.size()) - 1, NameColumn),
                           {Qt::DecorationRole});
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int SpeakerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Speaker");
    case RoleColumn:
        return tr("Role");
    case QuotesColumn:
        return tr("Quotes");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

QVariant SpeakerListModel::displayData(int speaker, int column) const
{
    const analysis::Speaker &s = m_session->analysis()->speakers.at(speaker);
    switch (column) {
    case NameColumn:
        return s.name;
    case RoleColumn:
        return s.role;
    case QuotesColumn:
        return m_quotes.at(speaker);
    case ShareColumn:
        return tr("%1 %").arg(qRound(m_shares.at(speaker) * 100));
    default:
        return {};
    }
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int speaker = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(speaker, index.column());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(m_palette->strong(speaker)) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return m_session->isSpeakerVisible(speaker) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const analysis::Speaker &s = m_session->analysis()->speakers.at(speaker);
        return s.aliases.isEmpty() ? s.name : tr("%1 — also %2").arg(s.name, s.aliases.join(u", "));
    }
    case Qt::TextAlignmentRole:
        return index.column() >= QuotesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case SpeakerRole:
        return speaker;
    case ShareRole:
        return m_shares.at(speaker);
    case SortRole:
        if (index.column() == ShareColumn)
            return m_shares.at(speaker);
        return displayData(speaker, index.column());
    default:
        return {};
    }
}

bool SpeakerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The session tells every view (this model included) through speakerVisibilityChanged.
    m_session->setSpeakerVisible(
        index.row(), value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags SpeakerListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace whosaid::gui
