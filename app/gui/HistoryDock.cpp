#include "HistoryDock.h"

#include <QUndoView>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

HistoryDock::HistoryDock(QUndoGroup *group, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent)
{
    setObjectName(u"historyDock"_s);
    auto *history = new QUndoView(group, this);
    history->setObjectName(u"undoView"_s);
    history->setEmptyLabel(tr("<opened>"));
    setWidget(history);
}

} // namespace whosaid::gui
