#pragma once

#include "analysis/Analysis.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextLayout>

namespace whosaid::annotation {
struct QuoteRecord;
}

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// Paints the quotations of the session's annotations into a QTextDocument as per-block layout
// formats (as QSyntaxHighlighter does), never through QTextCursor: that leaves the text and the
// undo history alone and costs O(quotes) rather than O(quotes * log text). A full pass formats
// the blocks in time-boxed batches on successive turns of the event loop, so a 20 MB article
// never blocks the window; after an edit only the blocks whose spans changed are formatted again.
// The text may still be arriving: a pass covers the blocks there when it starts, and the view
// hands over each later slice with formatAppended(). Meanwhile the view holds the pass after its
// first batch (the part on screen), so no turn of the event loop carries both a slice of text and
// a batch of highlights. A block without quotes never gets a layout
// from the highlighter (a 20 MB article has 200,000 blank lines); its user state says whether it
// carries formats.
class QuoteHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteHighlighter)

public:
    // Format properties that tests and tooltips read back from the layout.
    enum Property {
        SpeechProperty = QTextFormat::UserProperty + 1, // set on quotations of speech
        MentionProperty,                                // set on scare quotes and titles
        RejectedProperty,                               // set on quotes rejected by hand
    };

    QuoteHighlighter(QTextDocument *document, const ArticleSession *session,
                     const SpeakerPalette *palette, QObject *parent = nullptr);

    // Recomputes every span and format (after analysis, a visibility, roster or palette change)
    // and starts formatting from startBlock, wrapping round, so the part on screen is done first.
    void rehighlight(int startBlock = 0);
    // After an edit: formats again only the blocks whose spans changed.
    void refresh(int startBlock = 0);
    // Formats the blocks from firstBlock to the end at once: text just appended to the document.
    void formatAppended(int firstBlock);
    // Forgets the spans (the text is being replaced); nothing is formatted until rehighlight().
    void clear();
    // While held, a pass stops after its first batch; release() lets it go on.
    void hold();
    void release();
    [[nodiscard]] bool isComplete() const { return m_remaining == 0 && !m_cleared; }

Q_SIGNALS:
    void batchApplied();
    void completed();

private:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int format = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };
    enum class Style { Normal, Low, Rejected };
    void buildSpans();
    [[nodiscard]] int formatFor(const annotation::QuoteRecord &quote, int speaker);
    [[nodiscard]] QTextCharFormat quoteFormat(int speaker, analysis::QuoteKind kind,
                                              Style style) const;
    [[nodiscard]] QTextCharFormat mentionFormat(Style style) const;
    void schedule(int firstBlock, int blocks);
    void formatBlocks();
    void repaint();
    void formatBlock(QTextBlock block);

    QPointer<QTextDocument> m_document;
    const ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    QList<Span> m_spans; // sorted by start, not overlapping
    QList<QTextCharFormat> m_formats;
    QHash<int, int> m_formatOf; // key of speaker, kind and style -> index in m_formats
    int m_nextBlock = 0;
    int m_passEnd = 0; // the blocks there when the pass began; later ones are formatAppended()'s
    int m_remaining = 0;
    bool m_scheduled = false;
    bool m_held = false;
    bool m_cleared = false; // since clear(), until rehighlight()
};

} // namespace whosaid::gui
