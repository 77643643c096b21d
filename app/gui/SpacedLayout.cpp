#include "SpacedLayout.h"

#include <QTextBlock>
#include <QTextDocument>

namespace whosaid::gui {

QRectF SpacedLayout::blockBoundingRect(const QTextBlock &block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    // Articles with blank lines between paragraphs have their spacing already.
    if (rect.isValid() && block.length() > 1 && block.next().length() > 1)
        rect.setHeight(rect.height() + QFontMetricsF(document()->defaultFont()).height() * 0.7);
    return rect;
}

} // namespace whosaid::gui
