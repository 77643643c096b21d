#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

FindBar::FindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_edit, &QLineEdit::textChanged, m_status, &QLabel::clear);
    hide();
}

void FindBar::activate()
{
    show();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    m_edit->selectAll();
    m_edit->setFocus();
}

bool FindBar::findNext(bool backward)
{
    const QString text = m_edit->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_view->find(text, flags)) {
        m_status->clear();
        return true;
    }
    // Wrap round once.
    QTextCursor restart(m_view->document());
    restart.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor found = m_view->document()->find(text, restart, flags);
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_view->setTextCursor(found);
    m_view->centerCursor();
    m_status->setText(tr("Wrapped"));
    return true;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ShiftModifier)) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace whosaid::gui
