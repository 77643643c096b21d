#include "ScreenshotRunner.h"

#include "ArticleView.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "MainWindow.h"
#include "SpeakerPicker.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMilliseconds = 120'000;
constexpr int SettleMilliseconds = 1200; // longer than the selection flash

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString output, Scene scene, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_output(std::move(output))
    , m_scene(scene)
{
    connect(window, &MainWindow::documentReady, this, &ScreenshotRunner::onReady);
    QTimer::singleShot(TimeoutMilliseconds, this,
                       [this] { finish(1, tr("timed out waiting for the analysis")); });
    // A file that fails to load closes its tab: no tab left means nothing to show.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_window->tabCount() == 0)
            finish(1, m_window->message());
    });
    poll->start(200);
}

void ScreenshotRunner::onReady(DocumentTab *tab)
{
    const auto select = [this] {
        m_window->goToQuote(1);
        if (m_scene == Scene::Editing)
            edit();
        QTimer::singleShot(SettleMilliseconds, this, &ScreenshotRunner::capture);
    };
    if (tab->view()->highlightsComplete())
        select();
    else
        connect(tab->view(), &ArticleView::highlightsReady, this, select, Qt::SingleShotConnection);
}

void ScreenshotRunner::edit()
{
    // What a reader does in the first minute: accept, correct a speaker, reject a quote that is
    // not one, and ask for a speaker by name.
    const EditActions &a = m_window->editActions();
    a.accept->trigger();
    a.speakerKeys.at(1)->trigger();
    a.accept->trigger();
    a.reject->trigger();
    m_window->goToQuote(1);
    m_window->goToQuote(1);
    if (auto *history = m_window->findChild<QDockWidget *>(u"historyDock"_s))
        history->raise();
    a.pickSpeaker->trigger();
    if (auto *edit = m_window->currentTab()->speakerPicker()->edit())
        edit->setText(u"pu"_s);
}

void ScreenshotRunner::capture()
{
    const QPixmap image = m_window->grab();
    if (!image.save(m_output))
        finish(1, tr("could not write %1").arg(m_output));
    else
        finish(0, QString());
}

void ScreenshotRunner::finish(int code, const QString &message)
{
    if (!message.isEmpty())
        std::fprintf(stderr, "whosaid: screenshot failed: %s\n", qPrintable(message));
    QCoreApplication::exit(code);
}

} // namespace whosaid::gui
