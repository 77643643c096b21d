#include "QuoteHighlighter.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"
#include "Timing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace whosaid::gui {

using analysis::QuoteKind;

namespace {

// One batch stays well under the 100 ms a user notices as a stall.
constexpr qint64 BatchMilliseconds = 25;

} // namespace

QuoteHighlighter::QuoteHighlighter(QTextDocument *document, const ArticleSession *session,
                                   const SpeakerPalette *palette, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
    , m_palette(palette)
{ }

QTextCharFormat QuoteHighlighter::quoteFormat(int speaker, QuoteKind kind, bool low) const
{
    QTextCharFormat format;
    format.setProperty(SpeechProperty, true);
    format.setBackground(m_palette->fill(speaker, low));
    format.setUnderlineColor(m_palette->strong(speaker));
    // The underline tells the kind without colour: solid for direct speech, dashed for mixed and
    // indirect; a block quote gets a bar in the margin (drawn by the gutter) instead.
    switch (kind) {
    case QuoteKind::Direct:
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case QuoteKind::Mixed:
    case QuoteKind::Indirect:
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case QuoteKind::Block:
    case QuoteKind::Mention:
        format.setUnderlineStyle(QTextCharFormat::NoUnderline);
        break;
    }
    return format;
}

QTextCharFormat QuoteHighlighter::mentionFormat() const
{
    QTextCharFormat format;
    format.setProperty(MentionProperty, true);
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(m_palette->unknownFill().darker(m_palette->isDark() ? 60 : 160));
    return format;
}

void QuoteHighlighter::buildSpans()
{
    m_spans.clear();
    m_formats.clear();
    const analysis::Analysis *a = m_session->analysis();
    if (!a)
        return;
    // One shared format per speaker, kind and certainty, not one per quote: a 20 MB article
    // has 100,000 quotes but a few dozen looks.
    QHash<int, int> formatOf;
    for (const int quote : m_session->speechQuotes()) {
        const analysis::Attribution &attribution = a->attributions.at(quote);
        if (!m_session->isSpeakerVisible(attribution.speaker))
            continue;
        const QuoteKind kind = a->quotes.at(quote).kind;
        const bool low = attribution.confidence < ArticleSession::LowConfidence;
        const int key = ((attribution.speaker + 1) * 8 + int(kind)) * 2 + int(low);
        auto it = formatOf.constFind(key);
        if (it == formatOf.cend()) {
            m_formats.append(quoteFormat(attribution.speaker, kind, low));
            it = formatOf.insert(key, int(m_formats.size()) - 1);
        }
        const analysis::TextRange outer = a->quotes.at(quote).outer;
        m_spans.append({outer.start, outer.end, *it});
    }
    m_formats.append(mentionFormat());
    const int mention = int(m_formats.size()) - 1;
    for (const int quote : m_session->mentionQuotes()) {
        const analysis::TextRange outer = a->quotes.at(quote).outer;
        m_spans.append({outer.start, outer.end, mention});
    }
    std::sort(m_spans.begin(), m_spans.end(),
              [](const Span &x, const Span &y) { return x.start < y.start; });
    // Top-level quotes do not overlap; if the analysis ever disagrees, the earlier one wins.
    QList<Span> kept;
    kept.reserve(m_spans.size());
    qsizetype end = 0;
    for (Span span : std::as_const(m_spans)) {
        span.start = std::max(span.start, end);
        if (span.start >= span.end)
            continue;
        end = span.end;
        kept.append(span);
    }
    m_spans = std::move(kept);
}

void QuoteHighlighter::rehighlight(int startBlock)
{
    if (!m_document)
        return;
    buildSpans();
    const int blocks = m_document->blockCount();
    m_nextBlock = std::clamp(startBlock, 0, std::max(0, blocks - 1));
    m_remaining = blocks;
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &QuoteHighlighter::formatBlocks);
    }
}

void QuoteHighlighter::formatBlock(const QTextBlock &block)
{
    const qsizetype from = block.position();
    const qsizetype to = from + block.length();
    // First span ending after the block starts.
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), from,
                               [](const Span &span, qsizetype pos) { return span.end <= pos; });
    QList<QTextLayout::FormatRange> ranges;
    for (; it != m_spans.cend() && it->start < to; ++it) {
        const qsizetype start = std::max(it->start, from);
        const qsizetype end = std::min(it->end, to);
        ranges.append({int(start - from), int(end - start), m_formats.at(it->format)});
    }
    QTextLayout *layout = block.layout();
    if (ranges.isEmpty() && layout->formats().isEmpty())
        return;
    layout->setFormats(ranges);
}

void QuoteHighlighter::formatBlocks()
{
    m_scheduled = false;
    if (!m_document || m_remaining == 0)
        return;
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = m_document->findBlockByNumber(m_nextBlock);
    // One relayout request per contiguous run of blocks rather than one per block.
    int runStart = block.position();
    int runEnd = runStart;
    while (m_remaining > 0 && clock.elapsed() < BatchMilliseconds) {
        // Check the clock every 64 blocks: elapsed() is not free.
        for (int i = 0; i < 64 && m_remaining > 0; ++i) {
            if (!block.isValid()) { // past the end: wrap round to the top
                m_document->markContentsDirty(runStart, runEnd - runStart);
                block = m_document->begin();
                runStart = runEnd = 0;
                m_nextBlock = 0;
            }
            formatBlock(block);
            runEnd = block.position() + block.length();
            block = block.next();
            ++m_nextBlock;
            --m_remaining;
        }
    }
    m_document->markContentsDirty(runStart, runEnd - runStart);
    Q_EMIT batchApplied();
    if (m_remaining > 0) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &QuoteHighlighter::formatBlocks);
        return;
    }
    qCDebug(lcTiming) << "highlights complete";
    Q_EMIT completed();
}

} // namespace whosaid::gui
