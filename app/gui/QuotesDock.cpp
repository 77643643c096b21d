#include "QuotesDock.h"

#include "DocumentTab.h"
#include "QuoteFilterModel.h"
#include "QuoteTableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

QuotesDock::QuotesDock(QWidget *parent)
    : QDockWidget(tr("Quotes"), parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"quotesDock"_s);
    m_filter->setObjectName(u"quoteFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter quotes by text or speaker"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(u"quoteTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    setWidget(content);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_tab)
            m_tab->quoteFilter()->setTextFilter(text);
    });
}

void QuotesDock::setTab(DocumentTab *tab)
{
    m_tab = tab;
    QAbstractItemModel *model = tab ? tab->quoteFilter() : nullptr;
    // setModel() leaves the old selection model to its caller.
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(model);
    delete oldSelection;
    if (!model)
        return;
    m_filter->setText(tab->quoteFilter()->textFilter());
    m_table->sortByColumn(tab->quoteFilter()->sortColumn(), tab->quoteFilter()->sortOrder());
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QuoteTableModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuoteTableModel::SpeakerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteTableModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteTableModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteTableModel::ReviewColumn, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesDock::onCurrentChanged);
}

void QuotesDock::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting || !m_tab || !current.isValid() || m_tab->quoteModel()->isChangingRows())
        return;
    const QModelIndex source = m_tab->quoteFilter()->mapToSource(current);
    Q_EMIT rowSelected(source.row());
}

void QuotesDock::selectRow(int row)
{
    if (!m_tab)
        return;
    if (row < 0) {
        m_selecting = true;
        m_table->selectionModel()->clearSelection();
        m_selecting = false;
        return;
    }
    const QModelIndex source = m_tab->quoteModel()->index(row, QuoteTableModel::TextColumn);
    const QModelIndex proxy = m_tab->quoteFilter()->mapFromSource(source);
    m_selecting = true;
    if (proxy.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(proxy);
    } else {
        m_table->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

} // namespace whosaid::gui
