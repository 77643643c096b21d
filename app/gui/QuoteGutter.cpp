#include "QuoteGutter.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "SpeakerPalette.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

// "Dana Whitfield" -> "DW"; one word -> its first letter.
QString initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"?"_s;
    QString result = words.first().left(1);
    if (words.size() > 1)
        result += words.last().left(1);
    return result.toUpper();
}

} // namespace

QuoteGutter::QuoteGutter(ArticleView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(u"quoteGutter"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void QuoteGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), m_view->palette().color(QPalette::Base));
    const ArticleSession *session = m_view->session();
    const SpeakerPalette *palette = m_view->speakerPalette();
    const analysis::Analysis *a = session->analysis();
    if (!a || !m_view->isTextComplete())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QFont badgeFont = font();
    badgeFont.setPointSizeF(std::max(7.0, m_view->font().pointSizeF() * 0.62));
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    const QFontMetrics metrics(badgeFont);
    const auto [first, last] = m_view->visibleRange();
    const QList<int> &rows = session->speechQuotes();
    qreal lastY = -1;
    qreal shift = 0; // badges of quotes that start on one line sit side by side
    for (int row = std::max(0, m_view->rowAt(first)); row < rows.size(); ++row) {
        const analysis::Quote &quote = a->quotes.at(rows.at(row));
        if (quote.outer.start > last)
            break;
        if (quote.outer.end < first)
            continue;
        const analysis::Attribution &attribution = a->attributions.at(rows.at(row));
        if (!session->isSpeakerVisible(attribution.speaker))
            continue;
        const QColor strong = palette->strong(attribution.speaker);
        const QRectF start = m_view->lineRect(quote.outer.start);
        if (quote.kind == analysis::QuoteKind::Block) {
            const QRectF end = m_view->lineRect(std::max(quote.outer.start, quote.outer.end - 1));
            painter.fillRect(QRectF(width() - 5, start.top(), 3, end.bottom() - start.top()),
                             strong);
        }
        const bool low = attribution.confidence < ArticleSession::LowConfidence;
        QString label = attribution.speaker >= 0
            ? initials(a->speakers.at(attribution.speaker).name)
            : u"?"_s;
        if (low && attribution.speaker >= 0)
            label += u'?';
        const qreal w = metrics.horizontalAdvance(label) + 10;
        const qreal h = metrics.height() + 2;
        shift = qFuzzyCompare(start.top() + 1, lastY + 1) ? shift + w + 3 : 0;
        lastY = start.top();
        const QRectF badge(width() - 9 - w - shift, start.top() + (start.height() - h) / 2, w, h);
        // Low confidence: an outline instead of a filled badge.
        painter.setPen(low ? QPen(strong, 1.2, Qt::DashLine) : QPen(Qt::NoPen));
        painter.setBrush(low ? QBrush(palette->baseColour()) : QBrush(strong));
        painter.drawRoundedRect(badge, h / 2, h / 2);
        painter.setPen(low ? strong : palette->onStrong(attribution.speaker));
        painter.drawText(badge, Qt::AlignCenter, label);
    }
}

} // namespace whosaid::gui
