#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <utility>

namespace whosaid::gui {

class ArticleSession;
class BoundaryHandles;
class QuoteGutter;
class QuoteHighlighter;
class SpeakerPalette;

// The article as a reader sees it: read-only serif text in a column of comfortable width, each
// quotation highlighted in its speaker's colour, with a badge of the speaker's initials in the
// margin. A QPlainTextEdit because it lays out only what is on screen, which a 20 MB article
// needs; the highlights are layout formats applied by QuoteHighlighter. A "row" is the index of a
// quote in the session's AnnotationSet (the quote table's source row); the view follows every
// change of the set and keeps the selected quote by its id.
class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    ArticleView(ArticleSession *session, SpeakerPalette *palette, QWidget *parent = nullptr);
    ~ArticleView() override;

    enum class Stop { Any, LowConfidence, Unreviewed };

    // The selected quote, -1 for none.
    [[nodiscard]] int currentRow() const;
    [[nodiscard]] int currentQuoteId() const { return m_currentId; }
    // Selects a quote: scrolls to it, flashes it and marks its speaker mention and cue.
    void showRow(int row);
    // Selects a quote where it is, without moving the text cursor or scrolling.
    void selectRow(int row);
    // The next or previous listed quote (not a scare quote) of a shown speaker after the current
    // one, of low confidence or unreviewed for those stops; -1 at the end.
    [[nodiscard]] int nextRow(int step, Stop stop = Stop::Any) const;
    // The listed quote at a text position, -1 for none.
    [[nodiscard]] int rowAt(qsizetype position) const;
    // The selected text, as document offsets (empty when nothing is selected).
    [[nodiscard]] std::pair<qsizetype, qsizetype> selectedRange() const;
    // The whole text is in the view (it arrives in slices, see fillText()).
    [[nodiscard]] bool isTextComplete() const { return m_textComplete; }
    // How much of the text is in the view so far, in UTF-16 units from the start.
    [[nodiscard]] qsizetype filledLength() const { return m_filled; }
    [[nodiscard]] bool highlightsComplete() const;
    // Rows that carry a highlight in the laid-out document (what the reader sees).
    [[nodiscard]] QList<int> highlightedRows() const;

    [[nodiscard]] int firstVisibleBlockNumber() const;
    // The text position of the first line on screen; setting it scrolls that line to the top.
    [[nodiscard]] qsizetype readingPosition() const;
    void setReadingPosition(qsizetype position);

    void zoomBy(int steps);
    void resetZoom();

    [[nodiscard]] const ArticleSession *session() const { return m_session; }
    [[nodiscard]] const SpeakerPalette *speakerPalette() const { return m_palette; }
    [[nodiscard]] BoundaryHandles *handles() const { return m_handles; }
    // The line holding a text position, in viewport coordinates (only top and height are set).
    [[nodiscard]] QRectF lineRect(qsizetype position) const;
    // The text positions of the blocks on screen, [first, last).
    [[nodiscard]] std::pair<qsizetype, qsizetype> visibleRange() const;

Q_SIGNALS:
    void textComplete();
    void rowActivated(int row);
    // The selected quote changed (by the reader or a jump).
    void currentChanged(int row);
    // A drag handle moved an edge of a quote.
    void boundsDragged(int quoteId, qsizetype start, qsizetype end);
    void highlightsReady();
    void highlightBatchApplied();
    void paletteRegenerated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void startText();
    void fillText();
    void startHighlights();
    void bindAnnotations();
    void scheduleRefresh();
    void refresh();
    void rosterChanged();
    void updateMargins();
    void updateMarks();
    [[nodiscard]] bool isShown(int row) const;

    ArticleSession *m_session;
    SpeakerPalette *m_palette;
    QuoteHighlighter *m_highlighter;
    QuoteGutter *m_gutter;
    BoundaryHandles *m_handles;
    QTimer m_flash;
    int m_flashTicks = 0;
    int m_currentId = -1; // quote id of the selected quote
    bool m_refreshPending = false;
    qsizetype m_filled = 0; // UTF-16 units of the document already in the view
    bool m_fillPending = false;
    bool m_textComplete = false;
    int m_basePointSize = 12;
};

} // namespace whosaid::gui
