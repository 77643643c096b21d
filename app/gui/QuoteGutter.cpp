#include "QuoteGutter.h"

#include "ArticleView.h"

namespace whosaid::gui {

QuoteGutter::QuoteGutter(ArticleView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("quoteGutter"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void QuoteGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event, this);
}

} // namespace whosaid::gui
