#pragma once

#include <QWidget>

class QLabel;

namespace whosaid::gui {

// A message above the article rather than a modal box (a file that could not be opened or
// saved): the reader can keep working, and tests can read it.
class MessageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    // The message shown, empty when the bar is hidden.
    [[nodiscard]] QString text() const;

private:
    QLabel *m_message;
};

} // namespace whosaid::gui
