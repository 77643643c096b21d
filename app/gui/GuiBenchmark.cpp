#include "GuiBenchmark.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "MainWindow.h"
#include "Timing.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

const QStringList Speakers = {u"Inspector Dana Whitfield"_s, u"Professor Oluwaseun Adeyemi"_s,
                              u"Councillor Mirela Popescu"_s, u"Chief Engineer Rolf Haugen"_s};
const QStringList Remarks = {
    u"The harbour wall was never designed for storms of this size"_s,
    u"We have asked for the survey data three times and received nothing"_s,
    u"Every family on the estate will be offered a place to stay tonight"_s,
    u"I cannot promise the ferry will run before the spring"_s,
};
const QStringList Background = {
    u"Flood water reached the lower town shortly after midnight, cutting the coast road."_s,
    u"Engineers spent the morning inspecting the sea defences along the eastern quay."_s,
    u"The regional authority has set aside an emergency fund for repairs this winter."_s,
};

constexpr qint64 TickMilliseconds = 10;

// Watches the viewport for its first paint once the first highlight batch is in and notes the
// time just after that paint. It polls nothing: a busy timer would take a core from the analysis
// on the worker, which the reader on its own never does.
class PaintProbe final : public QObject
{
public:
    PaintProbe(const QElapsedTimer &clock, qint64 &paintedAt)
        : m_clock(clock)
        , m_paintedAt(paintedAt)
    { }
    bool armed = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && m_paintedAt < 0 && event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_paintedAt < 0)
                        m_paintedAt = m_clock.elapsed();
                },
                Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    qint64 &m_paintedAt;
};

} // namespace

QString GuiBenchmark::article(qsizetype bytes)
{
    QString text = u"Storm damage closes the harbour\n\n"_s;
    for (int i = 0; text.size() < bytes; ++i) {
        const QString &who = Speakers.at(i % Speakers.size());
        const QString &said = Remarks.at((i / 4) % Remarks.size());
        switch (i % 4) {
        case 0:
            text += u"\u201c%1,\u201d said %2.\n\n"_s.arg(said, who);
            break;
        case 1:
            text += Background.at(i % Background.size()) + u"\n\n"_s;
            break;
        case 2:
            text += u"%1 told reporters: \u201c%2.\u201d\n\n"_s.arg(who, said);
            break;
        default:
            text += Background.at((i + 1) % Background.size())
                + u" Critics called the plan a "
                  "\u201cpaper wall\u201d.\n\n"_s;
            break;
        }
    }
    return text;
}

GuiBenchmark::Result GuiBenchmark::measure(qsizetype bytes)
{
    Result result;
    result.bytes = bytes;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.txt"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return result;
        file.write(article(bytes).toUtf8());
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer clock;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(int(TickMilliseconds));
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 late = tick.elapsed() - TickMilliseconds;
        if (late > 50)
            qCDebug(lcTiming) << "event loop blocked" << late << "ms";
        result.longestBlockMs = std::max(result.longestBlockMs, late);
        tick.restart();
    });
    PaintProbe probe(clock, result.firstHighlightMs);
    QEventLoop loop;
    // Done once the tab is ready and every highlight is in, in whichever order they come.
    const auto quitWhenDone = [&] {
        if (result.analysedMs >= 0 && result.allHighlightsMs >= 0)
            loop.quit();
    };
    QObject::connect(&window, &MainWindow::documentReady, [&](DocumentTab *tab) {
        result.analysedMs = clock.elapsed();
        result.quotes = tab->session()->annotations()->quoteCount();
        quitWhenDone();
    });
    clock.start();
    tick.start();
    heartbeat.start();
    window.openFile(path);
    // The tab exists now; the highlights may start before it is ready.
    const ArticleView *view = window.currentTab()->view();
    view->viewport()->installEventFilter(&probe);
    // Painted with highlights: the first paint after the first batch of formats.
    QObject::connect(view, &ArticleView::highlightBatchApplied, &probe,
                     [&probe] { probe.armed = true; });
    QObject::connect(view, &ArticleView::highlightsReady, &loop, [&] {
        result.allHighlightsMs = clock.elapsed();
        quitWhenDone();
    });
    loop.exec();
    // Let the last paint happen before stopping the clocks.
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

int GuiBenchmark::run()
{
    QTextStream out(stdout);
    out << "size     quotes  text+analysis  first highlighted paint  all highlights  longest "
           "block\n";
    bool ok = true;
    for (const auto &[bytes, goal] :
         {std::pair{qsizetype(1) << 20, 500}, std::pair{qsizetype(20) << 20, 2000}}) {
        const Result r = measure(bytes);
        out << QString::number(double(r.bytes) / (1 << 20), 'f', 0).rightJustified(3) << " MB  "
            << QString::number(r.quotes).rightJustified(7) << "  "
            << QString::number(r.analysedMs).rightJustified(10) << " ms  "
            << QString::number(r.firstHighlightMs).rightJustified(20) << " ms  "
            << QString::number(r.allHighlightsMs).rightJustified(11) << " ms  "
            << QString::number(r.longestBlockMs).rightJustified(10) << " ms\n";
        out.flush();
        ok = ok && r.firstHighlightMs >= 0 && r.firstHighlightMs <= goal && r.longestBlockMs <= 100;
    }
    out << (ok ? "goals met" : "goals NOT met")
        << " (1 MB <= 500 ms, 20 MB <= 2000 ms to highlights, no block > 100 ms)\n";
    return ok ? 0 : 1;
}

} // namespace whosaid::gui
