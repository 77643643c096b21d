#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace whosaid::gui {

// Every action of the main window with its shortcut, and the menus that hold them. Kept out of
// MainWindow so the window only wires behaviour; the shortcuts help lists these same actions.
struct MainActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    explicit MainActions(QMainWindow *window);
    // Builds File, View, Go and Help; the View menu also toggles the two docks.
    void buildMenus(QMainWindow *window, QDockWidget *quotes, QDockWidget *speakers) const;
    // In menu order, for the shortcuts help.
    [[nodiscard]] QList<QAction *> all() const;

    QAction *open;
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
};

} // namespace whosaid::gui
