#include "QuoteTableModel.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"
#include "Translations.h"

#include <QFont>
#include <QPalette>

namespace whosaid::gui {

using annotation::AnnotationSet;
using annotation::QuoteRecord;
using annotation::ReviewState;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ShownLength = 160;

QString oneLine(QStringView text)
{
    QString flat = text.toString().simplified();
    if (flat.size() > ShownLength)
        flat = flat.left(ShownLength - 1) + u'\u2026';
    return flat;
}

} // namespace

QuoteTableModel::QuoteTableModel(const ArticleSession *session, const SpeakerPalette *palette,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_palette(palette)
{
    reload();
}

void QuoteTableModel::reload()
{
    beginResetModel();
    if (m_set)
        m_set->disconnect(this);
    m_set = m_session->annotations();
    if (m_set) {
        connect(m_set, &AnnotationSet::quoteAboutToBeInserted, this, [this](int row) {
            m_changingRows = true;
            beginInsertRows({}, row, row);
        });
        connect(m_set, &AnnotationSet::quoteInserted, this, [this] {
            endInsertRows();
            m_changingRows = false;
        });
        connect(m_set, &AnnotationSet::quoteAboutToBeRemoved, this, [this](int row) {
            m_changingRows = true;
            beginRemoveRows({}, row, row);
        });
        connect(m_set, &AnnotationSet::quoteRemoved, this, [this] {
            endRemoveRows();
            m_changingRows = false;
        });
        connect(m_set, &AnnotationSet::quoteChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(m_set, &AnnotationSet::speakerChanged, this, &QuoteTableModel::speakersChanged);
        connect(m_set, &AnnotationSet::speakerInserted, this, &QuoteTableModel::speakersChanged);
        connect(m_set, &AnnotationSet::speakerRemoved, this, &QuoteTableModel::speakersChanged);
    }
    endResetModel();
}

void QuoteTableModel::speakersChanged()
{
    // Names and colours of speakers: the speaker column of every row.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

void QuoteTableModel::paletteChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn),
                           {Qt::DecorationRole});
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_set ? 0 : m_set->quoteCount();
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Quote");
    case SpeakerColumn:
        return tr("Speaker");
    case KindColumn:
        return tr("Kind");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReviewColumn:
        return tr("Review");
    default:
        return {};
    }
}

QString QuoteTableModel::reviewMarker(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed:
        return u"\u25cb"_s; // ○
    case ReviewState::Accepted:
        return u"\u2713"_s; // ✓
    case ReviewState::Corrected:
        return u"\u270e"_s; // ✎
    case ReviewState::Added:
        return u"+"_s;
    case ReviewState::Rejected:
        return u"\u2717"_s; // ✗
    }
    return {};
}

QString QuoteTableModel::reviewText(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed:
        return tr("unreviewed");
    case ReviewState::Accepted:
        return tr("accepted");
    case ReviewState::Corrected:
        return tr("corrected");
    case ReviewState::Added:
        return tr("added");
    case ReviewState::Rejected:
        return tr("rejected");
    }
    return {};
}

QVariant QuoteTableModel::displayData(const QuoteRecord &quote, int column) const
{
    switch (column) {
    case TextColumn:
        return oneLine(m_set->document().view(quote.range));
    case SpeakerColumn:
        return quote.speaker.isEmpty() ? tr("(unknown)") : m_set->speakerName(quote.speaker);
    case KindColumn:
        return i18n::kindLabel(quote.kind);
    case ConfidenceColumn:
        return QString::number(quote.confidence, 'f', 2);
    case ReviewColumn:
        return QString(reviewMarker(quote.review) + u' ' + reviewText(quote.review));
    default:
        return {};
    }
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteRecord &quote = m_set->quote(index.row());
    const bool rejected = quote.review == ReviewState::Rejected;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(quote, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? m_set->document().view(quote.range).toString()
                                            : QVariant();
    case Qt::DecorationRole:
        return index.column() == SpeakerColumn
            ? QVariant(m_palette->strong(m_set->indexOfSpeaker(quote.speaker)))
            : QVariant();
    case Qt::FontRole: {
        if (!rejected || index.column() != TextColumn)
            return {};
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    case Qt::ForegroundRole:
        return rejected ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                        : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                  : QVariant();
    case QuoteRole:
        return quote.id;
    case SpeakerRole:
        return quote.speaker;
    case ConfidenceRole:
        return quote.confidence;
    case KindRole:
        return int(quote.kind);
    case ReviewRole:
        return int(quote.review);
    case SortRole:
        if (index.column() == ConfidenceColumn)
            return quote.confidence;
        if (index.column() == TextColumn)
            return index.row(); // text order
        if (index.column() == ReviewColumn)
            return int(quote.review);
        return displayData(quote, index.column());
    default:
        return {};
    }
}

} // namespace whosaid::gui
