#include "SpeakersDock.h"

#include "ArticleSession.h"
#include "DocumentTab.h"
#include "QuoteFilterModel.h"
#include "ShareOfVoiceChart.h"
#include "SpeakerListModel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

SpeakersDock::SpeakersDock(QWidget *parent)
    : QDockWidget(tr("Speakers"), parent)
    , m_list(new QTableView(this))
    , m_chart(new ShareOfVoiceChart(this))
{
    setObjectName(u"speakersDock"_s);
    m_list->setObjectName(u"speakerList"_s);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->setToolTip(tr("Tick to show a speaker's highlights; select to list only their quotes; "
                          "double-click a name or role to edit it"));
    // Roster and chart side by side: a short dock leaves the height to the quote table.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"speakersSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 220});
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);
}

void SpeakersDock::setTab(DocumentTab *tab)
{
    if (m_tab)
        m_tab->speakerModel()->disconnect(this);
    m_tab = tab;
    // setModel() leaves the old selection model to its caller.
    QItemSelectionModel *oldSelection = m_list->selectionModel();
    m_list->setModel(tab ? tab->speakerModel() : nullptr);
    delete oldSelection;
    refreshChart();
    Q_EMIT selectionChanged();
    if (!tab)
        return;
    connect(tab->speakerModel(), &SpeakerListModel::countsChanged, this,
            &SpeakersDock::refreshChart);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(SpeakerListModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SpeakerListModel::RoleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SpeakerListModel::QuotesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SpeakerListModel::ShareColumn, QHeaderView::ResizeToContents);
    // Selecting one speaker narrows the quote list; clearing the selection (or selecting more,
    // to merge them) shows every quote.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_tab)
            return;
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        m_tab->quoteFilter()->setSpeakerFilter(
            rows.size() == 1
                ? std::optional(rows.first().data(SpeakerListModel::SpeakerRole).toString())
                : std::nullopt);
        Q_EMIT selectionChanged();
    });
    if (const std::optional<QString> &filter = tab->quoteFilter()->speakerFilter()) {
        const int row = tab->session()->annotations()->indexOfSpeaker(*filter);
        if (row >= 0)
            m_list->selectRow(row);
    }
}

void SpeakersDock::refreshChart()
{
    QList<ShareOfVoiceChart::Bar> bars;
    if (m_tab && m_tab->isReady()) {
        const SpeakerListModel *model = m_tab->speakerModel();
        const QStringList names = m_tab->session()->speakerNames();
        for (int s = 0; s < names.size(); ++s)
            bars.append({names.at(s), model->share(s), m_tab->palette().strong(s)});
    }
    m_chart->setBars(bars);
}

} // namespace whosaid::gui
