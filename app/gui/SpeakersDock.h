#pragma once

#include <QDockWidget>
#include <QPointer>

class QTableView;

namespace whosaid::gui {

class DocumentTab;
class ShareOfVoiceChart;

// The speakers of the current article: the roster (checkbox to show or hide a speaker's
// highlights; selecting one speaker narrows the quote table to them, two can be merged; name and
// role are edited in place) and the share-of-voice chart.
class SpeakersDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakersDock)

public:
    explicit SpeakersDock(QWidget *parent = nullptr);

    void setTab(DocumentTab *tab);
    [[nodiscard]] QTableView *list() const { return m_list; }
    [[nodiscard]] ShareOfVoiceChart *chart() const { return m_chart; }
    // Rebuilds the chart (after analysis, an edit or a palette change).
    void refreshChart();

Q_SIGNALS:
    void selectionChanged();

private:
    QPointer<DocumentTab> m_tab;
    QTableView *m_list;
    ShareOfVoiceChart *m_chart;
};

} // namespace whosaid::gui
