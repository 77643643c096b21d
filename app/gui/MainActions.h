#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QKeySequence;
class QMenu;

namespace whosaid::gui {

// Every action of the main window with its shortcut, and the menus that hold them. Kept out of
// MainWindow so the window only wires behaviour; the shortcuts help lists these same actions.
struct MainActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    explicit MainActions(QMainWindow *window);
    // Builds File, View, Go and Help; the View menu also toggles the docks. Returns File.
    QMenu *buildMenus(QMainWindow *window, const QList<QDockWidget *> &docks) const;
    // An action of the window with its shortcut, working wherever the focus is in the window.
    static QAction *makeAction(QMainWindow *window, const QString &text, const QKeySequence &key,
                               const QString &icon = {});
    // In menu order, for the shortcuts help.
    [[nodiscard]] QList<QAction *> all() const;

    QAction *open;
    QAction *newFromClipboard;
    QAction *exportDocument;
    QAction *importAnnotations;
    QAction *close;
    QAction *quit;
    QAction *find;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *nextQuote;
    QAction *previousQuote;
    QAction *nextLowConfidence;
    QAction *nextDocument;
    QAction *previousDocument;
    QAction *shortcuts;
    QAction *about;
    QMenu *recent;
    QMenu *reopenWithEncoding; // filled by OpenActions
};

} // namespace whosaid::gui
