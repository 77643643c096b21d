#include "OfferBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

OfferBar::OfferBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(u"offerBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#offerBar { background: palette(alternate-base); border-bottom: 1px solid "
                  "palette(mid); }"_s);
    m_text->setObjectName(u"offerText"_s);
    m_text->setWordWrap(true);
    m_button->setObjectName(u"offerButton"_s);
    auto *close = new QToolButton(this);
    close->setObjectName(u"offerDismiss"_s);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &OfferBar::dismiss);
    connect(m_button, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = std::move(m_action);
        dismiss();
        if (action)
            action();
    });
    hide();
}

void OfferBar::offer(const QString &text, const QString &button, std::function<void()> action)
{
    m_text->setText(text);
    m_button->setText(button);
    m_action = std::move(action);
    show();
}

void OfferBar::dismiss()
{
    m_action = nullptr;
    hide();
}

QString OfferBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace whosaid::gui
