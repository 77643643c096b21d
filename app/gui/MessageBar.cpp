#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
{
    setObjectName(u"messageBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#messageBar { background: #fdecea; border-bottom: 1px solid "
                  "#f5c2c0; } #messageBar QLabel, #messageBar QToolButton "
                  "{ color: #611a15; }"_s);
    m_message->setObjectName(u"messageText"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(u"messageDismiss"_s);
    dismiss->setText(u"\u2715"_s);
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(dismiss);
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    m_message->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_message->text();
}

} // namespace whosaid::gui
