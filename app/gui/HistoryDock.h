#pragma once

#include <QDockWidget>

class QUndoGroup;

namespace whosaid::gui {

// Every edit of the current article in order (the active stack of the undo group); clicking a
// step undoes or redoes up to it.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    HistoryDock(QUndoGroup *group, QWidget *parent = nullptr);
};

} // namespace whosaid::gui
