#pragma once

#include <QWidget>

namespace whosaid::gui {

class ArticleView;

// The margin left of the text: a badge with the speaker's initials at the start of each quote
// (outlined with a "?" when the attribution is uncertain) and a bar beside block quotes, the cues
// that do not depend on telling colours apart.
class QuoteGutter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteGutter)

public:
    explicit QuoteGutter(ArticleView *view);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ArticleView *m_view;
};

} // namespace whosaid::gui
