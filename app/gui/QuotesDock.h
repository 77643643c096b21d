#pragma once

#include <QDockWidget>
#include <QPointer>

class QLineEdit;
class QTableView;

namespace whosaid::gui {

class DocumentTab;

// The quote table of the current article: sortable, filtered by text here and by speaker from
// the Speakers dock. Selecting a row tells the main window, which scrolls the article to it.
class QuotesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesDock)

public:
    explicit QuotesDock(QWidget *parent = nullptr);

    void setTab(DocumentTab *tab);
    // Selects the row of a quote (a source row) without echoing rowSelected().
    void selectRow(int row);
    [[nodiscard]] QTableView *table() const { return m_table; }

Q_SIGNALS:
    void rowSelected(int row);

private:
    void onCurrentChanged(const QModelIndex &current);

    QPointer<DocumentTab> m_tab;
    QLineEdit *m_filter;
    QTableView *m_table;
    bool m_selecting = false;
};

} // namespace whosaid::gui
