#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <utility>

namespace whosaid::gui {

class ArticleSession;
class QuoteGutter;
class QuoteHighlighter;
class SpeakerPalette;

// The article as a reader sees it: read-only serif text in a column of comfortable width, each
// quotation highlighted in its speaker's colour, with a badge of the speaker's initials in the
// margin. A QPlainTextEdit because it lays out only what is on screen, which a 20 MB article
// needs; the highlights are layout formats applied by QuoteHighlighter.
class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    ArticleView(ArticleSession *session, SpeakerPalette *palette, QWidget *parent = nullptr);
    ~ArticleView() override;

    [[nodiscard]] int currentRow() const { return m_row; }
    // Selects a speech quote: scrolls to it, flashes it and marks its speaker mention and cue.
    void showRow(int row);
    // The next or previous quote of a shown speaker after the current one; -1 at the end.
    [[nodiscard]] int nextRow(int step, bool lowConfidenceOnly = false) const;
    // The speech quote at a text position, -1 for none.
    [[nodiscard]] int rowAt(qsizetype position) const;
    // The whole text is in the view (it arrives in slices, see fillText()).
    [[nodiscard]] bool isTextComplete() const { return m_textComplete; }
    [[nodiscard]] bool highlightsComplete() const;
    // Rows that carry a highlight in the laid-out document (what the reader sees).
    [[nodiscard]] QList<int> highlightedRows() const;

    [[nodiscard]] int firstVisibleBlockNumber() const;

    void zoomBy(int steps);
    void resetZoom();

    [[nodiscard]] const ArticleSession *session() const { return m_session; }
    [[nodiscard]] const SpeakerPalette *speakerPalette() const { return m_palette; }
    // The line holding a text position, in viewport coordinates (only top and height are set).
    [[nodiscard]] QRectF lineRect(qsizetype position) const;
    // The text positions of the blocks on screen, [first, last).
    [[nodiscard]] std::pair<qsizetype, qsizetype> visibleRange() const;

Q_SIGNALS:
    void textComplete();
    void rowActivated(int row);
    void highlightsReady();
    void highlightBatchApplied();
    void paletteRegenerated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void startText();
    void fillText();
    void startHighlights();
    void updateMargins();
    void updateMarks();
    [[nodiscard]] QString toolTipFor(int row) const;

    ArticleSession *m_session;
    SpeakerPalette *m_palette;
    QuoteHighlighter *m_highlighter;
    QuoteGutter *m_gutter;
    QTimer m_flash;
    int m_flashTicks = 0;
    int m_row = -1;
    qsizetype m_filled = 0; // UTF-16 units of the document already in the view
    bool m_textComplete = false;
    int m_basePointSize = 12;
};

} // namespace whosaid::gui
