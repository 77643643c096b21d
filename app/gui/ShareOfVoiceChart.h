#pragma once

#include <QChartView>

namespace whosaid::gui {

// Share of voice: one horizontal bar per speaker, the part of all attributed quoted words that
// speaker said, in the speaker's colour.
class ShareOfVoiceChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareOfVoiceChart)

public:
    struct Bar
    {
        QString name;
        double share = 0.0; // 0..1
        QColor colour;
    };

    explicit ShareOfVoiceChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    [[nodiscard]] int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace whosaid::gui
