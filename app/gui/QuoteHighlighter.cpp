#include "QuoteHighlighter.h"

#include "ArticleSession.h"
#include "SpeakerPalette.h"
#include "Timing.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace whosaid::gui {

using analysis::QuoteKind;
using annotation::QuoteRecord;
using annotation::ReviewState;

namespace {

// Short: a batch shares its turn of the event loop with whatever else is due then (the models
// and docks of a tab getting ready, a relayout), and the whole turn must stay well under the
// 100 ms a user notices as a stall.
constexpr qint64 BatchMilliseconds = 10;
// An edit that touches more blocks than this is formatted in batches too.
constexpr int SynchronousBlocks = 2000;
// QTextBlock::userState() of a block whose layout carries quote formats (the default is -1).
constexpr int FormattedState = 1;

} // namespace

QuoteHighlighter::QuoteHighlighter(QTextDocument *document, const ArticleSession *session,
                                   const SpeakerPalette *palette, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
    , m_palette(palette)
{ }

QTextCharFormat QuoteHighlighter::quoteFormat(int speaker, QuoteKind kind, Style style) const
{
    QTextCharFormat format;
    if (style == Style::Rejected) {
        // Rejected by hand: still visible, struck through on a neutral fill.
        format.setProperty(RejectedProperty, true);
        format.setFontStrikeOut(true);
        format.setForeground(m_palette->textColour().lighter(m_palette->isDark() ? 60 : 250));
        return format;
    }
    format.setProperty(SpeechProperty, true);
    format.setBackground(m_palette->fill(speaker, style == Style::Low));
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

QTextCharFormat QuoteHighlighter::mentionFormat(Style style) const
{
    if (style == Style::Rejected)
        return quoteFormat(-1, QuoteKind::Mention, style);
    QTextCharFormat format;
    format.setProperty(MentionProperty, true);
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(m_palette->unknownFill().darker(m_palette->isDark() ? 60 : 160));
    return format;
}

int QuoteHighlighter::formatFor(const QuoteRecord &quote, int speaker)
{
    // One shared format per speaker, kind and style, not one per quote: a 20 MB article has
    // 100,000 quotes but a few dozen looks. Hand decisions are certain, whatever the machine said.
    Style style = Style::Normal;
    if (quote.review == ReviewState::Rejected)
        style = Style::Rejected;
    else if (quote.review == ReviewState::Unreviewed
             && quote.confidence < ArticleSession::LowConfidence
             && quote.kind != QuoteKind::Mention)
        style = Style::Low;
    if (style == Style::Rejected || quote.kind == QuoteKind::Mention)
        speaker = -1;
    const int key = ((speaker + 1) * 8 + int(quote.kind)) * 4 + int(style);
    auto it = m_formatOf.constFind(key);
    if (it == m_formatOf.cend()) {
        m_formats.append(quote.kind == QuoteKind::Mention
                             ? mentionFormat(style)
                             : quoteFormat(speaker, quote.kind, style));
        it = m_formatOf.insert(key, int(m_formats.size()) - 1);
    }
    return *it;
}

void QuoteHighlighter::buildSpans()
{
    m_spans.clear();
    const annotation::AnnotationSet *set = m_session->annotations();
    if (!set)
        return;
    m_spans.reserve(set->quoteCount());
    for (const QuoteRecord &quote : set->quotes()) {
        if (!m_session->isSpeakerVisible(quote.speaker) || quote.range.isEmpty())
            continue;
        const int speaker = set->indexOfSpeaker(quote.speaker);
        m_spans.append({quote.range.start, quote.range.end, formatFor(quote, speaker)});
    }
    // The set keeps quotes in order of their start. A quote inside another (added by hand) is
    // cut out of the outer one's span, so the inner one shows.
    QList<Span> kept;
    kept.reserve(m_spans.size());
    for (const Span &span : std::as_const(m_spans)) {
        if (!kept.isEmpty() && kept.last().end > span.start) {
            Span tail = kept.last();
            kept.last().end = span.start;
            if (kept.last().end <= kept.last().start)
                kept.removeLast();
            kept.append(span);
            if (tail.end > span.end) {
                tail.start = span.end;
                kept.append(tail);
            }
            continue;
        }
        kept.append(span);
    }
    m_spans = std::move(kept);
}

void QuoteHighlighter::rehighlight(int startBlock)
{
    if (!m_document)
        return;
    m_formats.clear();
    m_formatOf.clear();
    m_cleared = false;
    buildSpans();
    schedule(startBlock, m_document->blockCount());
}

void QuoteHighlighter::refresh(int startBlock)
{
    if (!m_document)
        return;
    if (m_remaining > 0) {
        rehighlight(startBlock); // a pass is running: start it again on the new spans
        return;
    }
    const QList<Span> old = m_spans;
    buildSpans();
    // The spans before and after the change are equal: only the middle needs formatting.
    qsizetype same = 0;
    while (same < old.size() && same < m_spans.size() && old.at(same) == m_spans.at(same))
        ++same;
    qsizetype oldEnd = old.size();
    qsizetype newEnd = m_spans.size();
    while (oldEnd > same && newEnd > same && old.at(oldEnd - 1) == m_spans.at(newEnd - 1)) {
        --oldEnd;
        --newEnd;
    }
    if (oldEnd == same && newEnd == same)
        return;
    qsizetype from = std::numeric_limits<qsizetype>::max();
    qsizetype to = 0;
    const auto widen = [&](const QList<Span> &spans, qsizetype end) {
        if (end > same) {
            from = std::min(from, spans.at(same).start);
            to = std::max(to, spans.at(end - 1).end);
        }
    };
    widen(old, oldEnd);
    widen(m_spans, newEnd);
    const QTextBlock first = m_document->findBlock(int(from));
    const QTextBlock last = m_document->findBlock(int(std::max(from, to - 1)));
    if (!first.isValid() || !last.isValid())
        return;
    const int blocks = last.blockNumber() - first.blockNumber() + 1;
    if (blocks > SynchronousBlocks) {
        schedule(first.blockNumber(), blocks);
        return;
    }
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        formatBlock(block);
        if (block == last)
            break;
    }
    repaint();
}

void QuoteHighlighter::formatAppended(int firstBlock)
{
    if (!m_document || m_spans.isEmpty())
        return;
    for (QTextBlock block = m_document->findBlockByNumber(firstBlock); block.isValid();
         block = block.next())
        formatBlock(block);
}

void QuoteHighlighter::clear()
{
    m_spans.clear();
    m_remaining = 0;
    m_cleared = true;
}

void QuoteHighlighter::hold()
{
    m_held = true;
}

void QuoteHighlighter::release()
{
    m_held = false;
    if (m_remaining > 0 && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &QuoteHighlighter::formatBlocks);
    }
}

void QuoteHighlighter::schedule(int firstBlock, int blocks)
{
    m_passEnd = m_document->blockCount();
    m_nextBlock = std::clamp(firstBlock, 0, std::max(0, m_passEnd - 1));
    m_remaining = std::min(blocks, m_passEnd);
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &QuoteHighlighter::formatBlocks);
    }
}

void QuoteHighlighter::formatBlock(QTextBlock block)
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
    // QTextBlock::layout() makes a layout where there was none: asked only when there is
    // something to set or to take away.
    const bool formatted = block.userState() == FormattedState;
    if (ranges.isEmpty() && !formatted)
        return;
    block.layout()->setFormats(ranges);
    const int state = ranges.isEmpty() ? -1 : FormattedState;
    if (state != block.userState())
        block.setUserState(state);
}

void QuoteHighlighter::repaint()
{
    // New formats drop the lines of a block's layout, so it is laid out afresh when it is next
    // shown: the view only needs painting. (markContentsDirty() does that the long way round,
    // and for a single block through QPlainTextDocumentLayout's own layout, see SpacedLayout.)
    Q_EMIT m_document->documentLayout()->update();
}

void QuoteHighlighter::formatBlocks()
{
    m_scheduled = false;
    if (!m_document || m_remaining == 0)
        return;
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = m_document->findBlockByNumber(m_nextBlock);
    while (m_remaining > 0 && clock.elapsed() < BatchMilliseconds) {
        // Check the clock every 64 blocks: elapsed() is not free.
        for (int i = 0; i < 64 && m_remaining > 0; ++i) {
            if (m_nextBlock >= m_passEnd || !block.isValid()) { // past the end: wrap round
                block = m_document->begin();
                m_nextBlock = 0;
            }
            formatBlock(block);
            block = block.next();
            ++m_nextBlock;
            --m_remaining;
        }
    }
    repaint();
    Q_EMIT batchApplied();
    if (m_remaining > 0) {
        if (!m_held) {
            m_scheduled = true;
            QTimer::singleShot(0, this, &QuoteHighlighter::formatBlocks);
        }
        return;
    }
    qCDebug(lcTiming) << "highlights complete";
    Q_EMIT completed();
}

} // namespace whosaid::gui
