#pragma once

#include <QDialog>

class QAction;

namespace whosaid::gui {

// Help > Keyboard Shortcuts: every action with its keys, read from the actions themselves so the
// page cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace whosaid::gui
