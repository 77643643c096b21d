#include "SpacedLayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QWidget>

#include <climits>
#include <cmath>

namespace whosaid::gui {

SpacedLayout::SpacedLayout(QTextDocument *document, const QWidget *viewport)
    : QPlainTextDocumentLayout(document)
    , m_viewport(viewport)
{ }

QRectF SpacedLayout::blockBoundingRect(const QTextBlock &block) const
{
    // The base class lays out a block without lines; with its lines set here it only measures.
    if (block.isValid() && block.layout()->lineCount() == 0)
        const_cast<SpacedLayout *>(this)->layOut(block);
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    // Articles with blank lines between paragraphs have their spacing already.
    if (rect.isValid() && block.length() > 1 && block.next().length() > 1)
        rect.setHeight(rect.height() + QFontMetricsF(document()->defaultFont()).height() * 0.7);
    return rect;
}

void SpacedLayout::layOut(const QTextBlock &block)
{
    const QTextDocument *doc = document();
    const qreal margin = doc->documentMargin();
    const int viewportWidth = m_viewport ? m_viewport->width() : 0;
    const qreal width = (viewportWidth > 0 ? qreal(viewportWidth) : qreal(INT_MAX)) - 2 * margin;
    QTextLayout *layout = block.layout();
    layout->setTextOption(doc->defaultTextOption());
    layout->beginLayout();
    qreal height = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(margin, height));
        height += line.height();
        if (line.leading() < 0)
            height += std::ceil(line.leading());
    }
    layout->endLayout();
    const int lines = doc->lineCount();
    QTextBlock(block).setLineCount(block.isVisible() ? layout->lineCount() : 0);
    // As the base class does, the edit hears at once that the document has more or fewer lines
    // (its scroll bar must reach a quote it is asked to show). It may be asking for block geometry
    // to size that scroll bar right now: it hears once, not again for each block it measures then.
    if (doc->lineCount() == lines || m_sizing)
        return;
    m_sizing = true;
    Q_EMIT documentSizeChanged(documentSize());
    m_sizing = false;
}

} // namespace whosaid::gui
