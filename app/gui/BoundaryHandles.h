#pragma once

#include "document/Document.h"

#include <QObject>
#include <QRectF>

#include <optional>

class QPainter;

namespace whosaid::gui {

class ArticleView;

// The drag handles at the two ends of the selected quote in the article view: a bar with a knob
// at the start (knob on top) and at the end (knob below). Dragging one moves that edge to the
// character under the mouse; on release the view reports the new range (boundsDragged), and the
// controller makes it an undoable edit. The view paints them over its text (paint()).
class BoundaryHandles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundaryHandles)

public:
    enum class Edge { Start, End };

    explicit BoundaryHandles(ArticleView *view);

    void paint(QPainter &painter) const;
    // Where a handle is, in viewport coordinates; nothing when no quote is selected or editing
    // is off.
    [[nodiscard]] std::optional<QRectF> handleRect(Edge edge) const;
    void setEnabled(bool enabled);
    [[nodiscard]] bool isDragging() const { return m_dragging.has_value(); }
    void update();

Q_SIGNALS:
    void dragged(int quoteId, qsizetype start, qsizetype end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] std::optional<document::TextRange> shownRange() const;
    [[nodiscard]] std::optional<Edge> edgeAt(QPointF pos) const;

    ArticleView *m_view;
    std::optional<Edge> m_dragging;
    document::TextRange m_preview;
    bool m_enabled = true;
    bool m_hoverCursor = false;
};

} // namespace whosaid::gui
