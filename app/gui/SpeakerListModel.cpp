#include "SpeakerListModel.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"
#include "annotation/AnnotationEdits.h"
#include "commands/SpeakerCommands.h"
#include "export/SpeakerSummary.h"

#include <QTimer>

namespace whosaid::gui {

using annotation::AnnotationEdits;
using annotation::AnnotationSet;
using annotation::QuoteRecord;
using annotation::SpeakerRecord;

SpeakerListModel::SpeakerListModel(ArticleSession *session, const SpeakerPalette *palette,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_palette(palette)
{
    connect(session, &ArticleSession::speakerVisibilityChanged, this, [this](const QString &id) {
        const int row = m_set ? m_set->indexOfSpeaker(id) : -1;
        if (row >= 0)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn),
                               {Qt::CheckStateRole});
    });
    reload();
}

void SpeakerListModel::reload()
{
    beginResetModel();
    if (m_set)
        m_set->disconnect(this);
    m_set = m_session->annotations();
    if (m_set) {
        connect(m_set, &AnnotationSet::speakerAboutToBeInserted, this, [this](int row) {
            beginInsertRows({}, row, row);
            m_quotes.insert(row, 0);
            m_shares.insert(row, 0.0);
        });
        connect(m_set, &AnnotationSet::speakerInserted, this, [this] {
            endInsertRows();
            scheduleRecount();
        });
        connect(m_set, &AnnotationSet::speakerAboutToBeRemoved, this, [this](int row) {
            beginRemoveRows({}, row, row);
            m_quotes.remove(row);
            m_shares.remove(row);
        });
        connect(m_set, &AnnotationSet::speakerRemoved, this, [this] {
            endRemoveRows();
            scheduleRecount();
        });
        connect(m_set, &AnnotationSet::speakerChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        for (const auto signal : {&AnnotationSet::quoteInserted, &AnnotationSet::quoteRemoved,
                                  &AnnotationSet::quoteChanged})
            connect(m_set, signal, this, &SpeakerListModel::scheduleRecount);
    }
    const int count = m_set ? m_set->speakerCount() : 0;
    m_quotes.fill(0, count);
    m_shares.fill(0.0, count);
    m_recountPending = false;
    recount();
    endResetModel();
}

void SpeakerListModel::scheduleRecount()
{
    // A macro changes many quotes: one recount after all of them.
    if (m_recountPending)
        return;
    m_recountPending = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_recountPending)
            return;
        m_recountPending = false;
        recount();
        if (!m_quotes.isEmpty())
            Q_EMIT dataChanged(index(0, QuotesColumn), index(rowCount() - 1, ShareColumn));
    });
}

void SpeakerListModel::recount()
{
    m_quotes.fill(0, m_quotes.size());
    m_shares.fill(0.0, m_shares.size());
    if (m_set) {
        QList<int> words(m_quotes.size(), 0);
        int total = 0;
        for (const QuoteRecord &quote : m_set->quotes()) {
            const int speaker = quote.isSpeech() ? m_set->indexOfSpeaker(quote.speaker) : -1;
            if (speaker < 0 || speaker >= m_quotes.size())
                continue;
            ++m_quotes[speaker];
            const int count
                = exporting::SpeakerSummary::countWords(m_set->document().view(quote.range));
            words[speaker] += count;
            total += count;
        }
        for (qsizetype s = 0; s < m_shares.size() && total > 0; ++s)
            m_shares[s] = double(words.at(s)) / total;
    }
    Q_EMIT countsChanged();
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
    const SpeakerRecord &s = m_set->speaker(speaker);
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
    const SpeakerRecord &s = m_set->speaker(speaker);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(speaker, index.column());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(m_palette->strong(speaker)) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return m_session->isSpeakerVisible(s.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return s.aliases.isEmpty() ? s.name : tr("%1 — also %2").arg(s.name, s.aliases.join(u", "));
    case Qt::TextAlignmentRole:
        return index.column() >= QuotesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case SpeakerRole:
        return s.id;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const SpeakerRecord &speaker = m_set->speaker(index.row());
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        // The session tells every view (this model included) through speakerVisibilityChanged.
        m_session->setSpeakerVisible(speaker.id,
                                     value.value<Qt::CheckState>() == Qt::Checked
                                         || value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole || m_session->isReadOnly())
        return false;
    // An edit in place is a command like any other: undoable, and the model follows the set.
    const QString text = value.toString().simplified();
    if (index.column() == NameColumn && !text.isEmpty() && text != speaker.name) {
        m_session->undoStack()->push(
            new commands::ChangeSpeaker(m_set, AnnotationEdits::renamed(speaker, text),
                                        tr("Rename %1 to %2").arg(speaker.name, text)));
        return true;
    }
    if (index.column() == RoleColumn && text != speaker.role) {
        m_session->undoStack()->push(
            new commands::ChangeSpeaker(m_set, AnnotationEdits::withRole(speaker, text),
                                        tr("Set the role of %1").arg(speaker.name)));
        return true;
    }
    return false;
}

Qt::ItemFlags SpeakerListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.isValid() && (index.column() == NameColumn || index.column() == RoleColumn)
        && !m_session->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace whosaid::gui
