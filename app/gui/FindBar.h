#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace whosaid::gui {

// Find in the article (Ctrl+F): a bar under the text, Enter for the next match, Shift+Enter for
// the previous one, Escape to close. Wraps round at the end.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    void activate();
    bool findNext(bool backward = false);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace whosaid::gui
