#pragma once

#include "analysis/Analysis.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextLayout>

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// Paints the quotations into a QTextDocument as per-block layout formats (as QSyntaxHighlighter
// does), never through QTextCursor: that leaves the text and the undo history alone and costs
// O(quotes) rather than O(quotes * log text). Blocks are formatted in time-boxed batches on
// successive turns of the event loop, so a 20 MB article never blocks the window.
class QuoteHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteHighlighter)

public:
    // Format properties that tests and tooltips read back from the layout.
    enum Property {
        SpeechProperty = QTextFormat::UserProperty + 1, // set on quotations of speech
        MentionProperty,                                // set on scare quotes and titles
    };

    QuoteHighlighter(QTextDocument *document, const ArticleSession *session,
                     const SpeakerPalette *palette, QObject *parent = nullptr);

    // Recomputes every span (after analysis, a visibility or a palette change) and starts
    // formatting from startBlock, wrapping round, so the part on screen is done first.
    void rehighlight(int startBlock = 0);
    [[nodiscard]] bool isComplete() const { return m_remaining == 0; }

Q_SIGNALS:
    void batchApplied();
    void completed();

private:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int format = 0;
    };
    void buildSpans();
    [[nodiscard]] QTextCharFormat quoteFormat(int speaker, analysis::QuoteKind kind,
                                              bool low) const;
    [[nodiscard]] QTextCharFormat mentionFormat() const;
    void formatBlocks();
    void formatBlock(const QTextBlock &block);

    QPointer<QTextDocument> m_document;
    const ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    QList<Span> m_spans; // sorted by start, not overlapping
    QList<QTextCharFormat> m_formats;
    int m_nextBlock = 0;
    int m_remaining = 0;
    bool m_scheduled = false;
};

} // namespace whosaid::gui
