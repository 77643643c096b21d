#include "MainActions.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

QAction *MainActions::makeAction(QMainWindow *window, const QString &text, const QKeySequence &key,
                                 const QString &icon)
{
    auto *action = new QAction(text, window);
    action->setShortcut(key);
    if (!icon.isEmpty())
        action->setIcon(QIcon(u":/whosaid/icons/"_s + icon + u".svg"_s));
    // Actions of a window work wherever the focus is inside it (menus may be hidden).
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

MainActions::MainActions(QMainWindow *window)
    : open(makeAction(window, tr("&Open\u2026"), QKeySequence::Open, u"open"_s))
    , newFromClipboard(
          makeAction(window, tr("New from &Clipboard"), QKeySequence(u"Ctrl+Shift+V"_s)))
    , exportDocument(makeAction(window, tr("&Export\u2026"), QKeySequence()))
    , importAnnotations(makeAction(window, tr("&Import Annotations\u2026"), QKeySequence()))
    , close(makeAction(window, tr("&Close"), QKeySequence::Close))
    , quit(makeAction(window, tr("&Quit"), QKeySequence::Quit))
    , find(makeAction(window, tr("&Find in Article\u2026"), QKeySequence::Find, u"find"_s))
    , zoomIn(makeAction(window, tr("Zoom &In"), QKeySequence(u"Ctrl+="_s)))
    , zoomOut(makeAction(window, tr("Zoom &Out"), QKeySequence::ZoomOut))
    , zoomReset(makeAction(window, tr("&Reset Zoom"), QKeySequence(u"Ctrl+0"_s)))
    , nextQuote(makeAction(window, tr("&Next Quote"), QKeySequence(u"J"_s), u"next"_s))
    , previousQuote(makeAction(window, tr("&Previous Quote"), QKeySequence(u"K"_s), u"previous"_s))
    , nextLowConfidence(makeAction(window, tr("Next &Low-Confidence Quote"), QKeySequence(u"L"_s)))
    , nextDocument(makeAction(window, tr("Next &Document"), QKeySequence(u"Ctrl+PgDown"_s)))
    , previousDocument(makeAction(window, tr("Pre&vious Document"), QKeySequence(u"Ctrl+PgUp"_s)))
    , shortcuts(makeAction(window, tr("&Keyboard Shortcuts"), QKeySequence(u"F1"_s)))
    , about(makeAction(window, tr("&About Whosaid"), QKeySequence()))
    , recent(new QMenu(tr("Open &Recent"), window))
    , reopenWithEncoding(new QMenu(tr("Reopen with &Encoding"), window))
{
    open->setObjectName(u"openAction"_s);
    newFromClipboard->setObjectName(u"newFromClipboardAction"_s);
    reopenWithEncoding->setObjectName(u"reopenWithEncodingMenu"_s);
    exportDocument->setObjectName(u"exportAction"_s);
    importAnnotations->setObjectName(u"importAnnotationsAction"_s);
    nextQuote->setObjectName(u"nextQuoteAction"_s);
    previousQuote->setObjectName(u"previousQuoteAction"_s);
    nextLowConfidence->setObjectName(u"nextLowConfidenceAction"_s);
    find->setObjectName(u"findAction"_s);
    recent->setObjectName(u"recentMenu"_s);
    // Ctrl++ as well as Ctrl+=: keyboards differ on which needs Shift.
    zoomIn->setShortcuts({QKeySequence(u"Ctrl+="_s), QKeySequence::ZoomIn});
    nextQuote->setToolTip(tr("Next quote (J)"));
    previousQuote->setToolTip(tr("Previous quote (K)"));
}

QMenu *MainActions::buildMenus(QMainWindow *window, const QList<QDockWidget *> &docks) const
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(newFromClipboard);
    file->addMenu(recent);
    file->addMenu(reopenWithEncoding);
    file->addSeparator();
    file->addAction(exportDocument);
    file->addAction(importAnnotations);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);
    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(find);
    view->addSeparator();
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
    view->addSeparator();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    QMenu *go = bar->addMenu(tr("&Go"));
    go->addAction(nextQuote);
    go->addAction(previousQuote);
    go->addAction(nextLowConfidence);
    go->addSeparator();
    go->addAction(nextDocument);
    go->addAction(previousDocument);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addAction(about);

    // The few actions a reader uses all the time, with text so they need no explaining.
    QToolBar *tools = window->addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(18, 18));
    tools->addAction(open);
    tools->addSeparator();
    tools->addAction(previousQuote);
    tools->addAction(nextQuote);
    tools->addSeparator();
    tools->addAction(find);
    return file;
}

QList<QAction *> MainActions::all() const
{
    return {open,
            newFromClipboard,
            close,
            quit,
            find,
            zoomIn,
            zoomOut,
            zoomReset,
            nextQuote,
            previousQuote,
            nextLowConfidence,
            nextDocument,
            previousDocument,
            shortcuts,
            about};
}

} // namespace whosaid::gui
