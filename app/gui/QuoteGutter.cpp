#include "QuoteGutter.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "QuoteTableModel.h"
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
    const annotation::AnnotationSet *set = session->annotations();
    if (!set)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QFont badgeFont = font();
    badgeFont.setPointSizeF(std::max(7.0, m_view->font().pointSizeF() * 0.62));
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    const QFontMetrics metrics(badgeFont);
    const auto [first, last] = m_view->visibleRange();
    qreal lastY = -1;
    qreal shift = 0; // badges of quotes that start on one line sit side by side
    // A quote that starts above the screen and reaches into it still gets its bar.
    const int from = std::max(0, set->insertionIndex({first, first}) - 1);
    for (int row = from; row < set->quoteCount(); ++row) {
        const annotation::QuoteRecord &quote = set->quote(row);
        if (quote.range.start > last)
            break;
        // A quote whose end has not reached the view yet gets its badge once the text is in.
        if (quote.range.end < first || quote.range.end > m_view->filledLength()
            || quote.kind == analysis::QuoteKind::Mention
            || !session->isSpeakerVisible(quote.speaker))
            continue;
        const int speaker = set->indexOfSpeaker(quote.speaker);
        const bool rejected = quote.review == annotation::ReviewState::Rejected;
        const QColor strong
            = rejected ? palette->unknownFill().darker(130) : palette->strong(speaker);
        const QRectF start = m_view->lineRect(quote.range.start);
        if (quote.kind == analysis::QuoteKind::Block && !rejected) {
            const QRectF end = m_view->lineRect(std::max(quote.range.start, quote.range.end - 1));
            painter.fillRect(QRectF(width() - 5, start.top(), 3, end.bottom() - start.top()),
                             strong);
        }
        const bool low = !rejected && quote.review == annotation::ReviewState::Unreviewed
            && quote.confidence < ArticleSession::LowConfidence;
        QString label = speaker >= 0 ? initials(set->speaker(speaker).name) : u"?"_s;
        if (low && speaker >= 0)
            label += u'?';
        // The review state, for any state but unreviewed: a mark after the initials.
        if (quote.review != annotation::ReviewState::Unreviewed)
            label += QuoteTableModel::reviewMarker(quote.review);
        const qreal w = metrics.horizontalAdvance(label) + 10;
        const qreal h = metrics.height() + 2;
        shift = qFuzzyCompare(start.top() + 1, lastY + 1) ? shift + w + 3 : 0;
        lastY = start.top();
        const QRectF badge(width() - 9 - w - shift, start.top() + (start.height() - h) / 2, w, h);
        // Low confidence or rejected: an outline instead of a filled badge.
        const bool outlined = low || rejected;
        painter.setPen(outlined ? QPen(strong, 1.2, Qt::DashLine) : QPen(Qt::NoPen));
        painter.setBrush(outlined ? QBrush(palette->baseColour()) : QBrush(strong));
        painter.drawRoundedRect(badge, h / 2, h / 2);
        painter.setPen(outlined ? strong : palette->onStrong(speaker));
        painter.drawText(badge, Qt::AlignCenter, label);
    }
}

} // namespace whosaid::gui
