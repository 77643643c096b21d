#pragma once

#include <QPlainTextDocumentLayout>
#include <QPointer>

namespace whosaid::gui {

// QPlainTextDocumentLayout has no paragraph spacing; a taller bounding rectangle per block gives
// it, and the edit's painting and hit testing both go through blockBoundingRect().
//
// It also lays the blocks out itself. QPlainTextDocumentLayout keeps track of the widest block
// for a horizontal scroll bar, and when that block comes out narrower than before (after every
// resize, or when a highlight splits a kerning pair) it measures every block of the document
// again, making a QTextLayout for each: a 300 ms stall at the 400,000 blocks of a 20 MB article.
// Wrapped text never scrolls sideways, so that bookkeeping is left out here: the base class only
// measures the blocks laid out here (it still lays out a block itself when a change of the
// document stays inside that one block). Lines are as wide as the edit's viewport, as
// QPlainTextEdit makes them; the base class keeps that width to itself.
class SpacedLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpacedLayout)

public:
    SpacedLayout(QTextDocument *document, const QWidget *viewport);
    [[nodiscard]] QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    // QPlainTextDocumentLayout::layoutBlock() without the widest-block bookkeeping.
    void layOut(const QTextBlock &block);

    bool m_sizing = false; // telling the edit of a new number of lines
    QPointer<const QWidget> m_viewport;
};

} // namespace whosaid::gui
