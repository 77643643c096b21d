#include "ShareOfVoiceChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

ShareOfVoiceChart::ShareOfVoiceChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"shareOfVoiceChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 120);
    setBars({});
}

void ShareOfVoiceChart::setBars(const QList<Bar> &bars)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Share of voice"));
    chart->setToolTip(tr("Each speaker's share of the quoted words attributed to a speaker"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 0.85);

    // Stacked with one set per speaker and zeros elsewhere: each bar gets its speaker's colour
    // and the full band height (a grouped series would split the band between the sets).
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) // first speaker at the top
        categories.append(bars.at(i).name);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        auto *set = new QBarSet(bars.at(i).name);
        for (qsizetype c = 0; c < categories.size(); ++c)
            set->append(c == bars.size() - 1 - i ? bars.at(i).share * 100 : 0.0);
        set->setColor(bars.at(i).colour);
        set->setBorderColor(bars.at(i).colour);
        series->append(set);
    }
    series->setBarWidth(bars.size() > 2 ? 0.7 : 0.5);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setLabelsBrush(pal.color(QPalette::Text));
    names->setGridLineVisible(false);
    names->setLabelsFont(labelFont);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(u"%d%%"_s);
    values->setTickCount(3);
    values->setLabelsFont(labelFont);
    values->setLabelsBrush(pal.color(QPalette::Text));
    values->setGridLineColor(pal.color(QPalette::Mid));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    QChart *old = this->chart();
    setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    m_bars = int(bars.size());
}

} // namespace whosaid::gui
