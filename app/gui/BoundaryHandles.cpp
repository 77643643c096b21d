#include "BoundaryHandles.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "SpeakerPalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>

namespace whosaid::gui {

namespace {

constexpr qreal KnobRadius = 4.5;
constexpr qreal Grab = 7.0; // pixels around a handle that pick it up

} // namespace

BoundaryHandles::BoundaryHandles(ArticleView *view)
    : QObject(view)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
}

void BoundaryHandles::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_dragging.reset();
    update();
}

void BoundaryHandles::update()
{
    m_view->viewport()->update();
}

std::optional<document::TextRange> BoundaryHandles::shownRange() const
{
    if (m_dragging)
        return m_preview;
    const int row = m_view->currentRow();
    if (!m_enabled || row < 0)
        return std::nullopt;
    return m_view->session()->annotations()->quote(row).range;
}

std::optional<QRectF> BoundaryHandles::handleRect(Edge edge) const
{
    const std::optional<document::TextRange> range = shownRange();
    if (!range || !m_view->isTextComplete())
        return std::nullopt;
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(edge == Edge::Start ? range->start : range->end));
    const QRect line = m_view->cursorRect(cursor);
    // The bar plus its knob, above the line for the start and below it for the end.
    const qreal top = edge == Edge::Start ? line.top() - 2 * KnobRadius : line.top();
    return QRectF(line.center().x() - KnobRadius, top, 2 * KnobRadius,
                  line.height() + 2 * KnobRadius);
}

void BoundaryHandles::paint(QPainter &painter) const
{
    const int row = m_view->currentRow();
    if (row < 0 || !shownRange())
        return;
    const annotation::AnnotationSet &set = *m_view->session()->annotations();
    const QColor colour
        = m_view->speakerPalette()->strong(set.indexOfSpeaker(set.quote(row).speaker));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Edge edge : {Edge::Start, Edge::End}) {
        const std::optional<QRectF> rect = handleRect(edge);
        if (!rect)
            continue;
        const qreal x = rect->center().x();
        const qreal barTop = edge == Edge::Start ? rect->top() + 2 * KnobRadius : rect->top();
        const qreal barBottom = barTop + rect->height() - 2 * KnobRadius;
        painter.setPen(QPen(colour, 2));
        painter.drawLine(QPointF(x, barTop), QPointF(x, barBottom));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal knobY = edge == Edge::Start ? barTop - KnobRadius : barBottom + KnobRadius;
        painter.drawEllipse(QPointF(x, knobY), KnobRadius, KnobRadius);
    }
    painter.restore();
}

std::optional<BoundaryHandles::Edge> BoundaryHandles::edgeAt(QPointF pos) const
{
    for (const Edge edge : {Edge::Start, Edge::End}) {
        const std::optional<QRectF> rect = handleRect(edge);
        if (rect && rect->adjusted(-Grab / 2, -Grab / 2, Grab / 2, Grab / 2).contains(pos))
            return edge;
    }
    return std::nullopt;
}

bool BoundaryHandles::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport() || !m_enabled)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const std::optional<Edge> edge = edgeAt(mouse->position());
        if (mouse->button() != Qt::LeftButton || !edge)
            return false;
        m_preview = *shownRange();
        m_dragging = edge;
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_dragging) {
            const bool over = edgeAt(mouse->position()).has_value();
            if (over != m_hoverCursor) {
                m_hoverCursor = over;
                m_view->viewport()->setCursor(over ? Qt::SizeHorCursor : Qt::IBeamCursor);
            }
            return false;
        }
        const qsizetype pos = m_view->cursorForPosition(mouse->position().toPoint()).position();
        // The edge follows the mouse but never crosses the other one.
        if (*m_dragging == Edge::Start)
            m_preview.start = std::min(pos, m_preview.end - 1);
        else
            m_preview.end = std::max(pos, m_preview.start + 1);
        update();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_dragging)
            return false;
        m_dragging.reset();
        const int row = m_view->currentRow();
        if (row >= 0) {
            const annotation::QuoteRecord &quote = m_view->session()->annotations()->quote(row);
            if (quote.range != m_preview)
                Q_EMIT dragged(quote.id, m_preview.start, m_preview.end);
        }
        update();
        return true;
    }
    default:
        return false;
    }
}

} // namespace whosaid::gui
