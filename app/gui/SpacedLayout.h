#pragma once

#include <QPlainTextDocumentLayout>

namespace whosaid::gui {

// QPlainTextDocumentLayout has no paragraph spacing; a taller bounding rectangle per block gives
// it, and the edit's painting and hit testing both go through blockBoundingRect().
class SpacedLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpacedLayout)

public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;
    [[nodiscard]] QRectF blockBoundingRect(const QTextBlock &block) const override;
};

} // namespace whosaid::gui
