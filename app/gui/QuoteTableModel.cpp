#include "QuoteTableModel.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"

namespace whosaid::gui {

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
    m_rows = m_session->analysis() ? int(m_session->speechQuotes().size()) : 0;
    endResetModel();
}

void QuoteTableModel::paletteChanged()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(m_rows - 1, SpeakerColumn),
                           {Qt::DecorationRole});
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
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
    default:
        return {};
    }
}

QVariant QuoteTableModel::displayData(int quote, int column) const
{
    const analysis::Analysis &a = *m_session->analysis();
    const analysis::Attribution &attribution = a.attributions.at(quote);
    switch (column) {
    case TextColumn:
        return oneLine(a.view(a.quotes.at(quote).content));
    case SpeakerColumn:
        return attribution.speaker >= 0 ? a.speakers.at(attribution.speaker).name : tr("(unknown)");
    case KindColumn:
        return analysis::kindName(a.quotes.at(quote).kind);
    case ConfidenceColumn:
        return QString::number(attribution.confidence, 'f', 2);
    default:
        return {};
    }
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int quote = m_session->speechQuotes().at(index.row());
    const analysis::Analysis &a = *m_session->analysis();
    const analysis::Attribution &attribution = a.attributions.at(quote);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(quote, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? a.view(a.quotes.at(quote).content).toString()
                                            : QVariant();
    case Qt::DecorationRole:
        return index.column() == SpeakerColumn ? QVariant(m_palette->strong(attribution.speaker))
                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                  : QVariant();
    case QuoteRole:
        return quote;
    case SpeakerRole:
        return attribution.speaker;
    case ConfidenceRole:
        return attribution.confidence;
    case SortRole:
        if (index.column() == ConfidenceColumn)
            return attribution.confidence;
        if (index.column() == TextColumn)
            return index.row(); // text order
        return displayData(quote, index.column());
    default:
        return {};
    }
}

} // namespace whosaid::gui
