#include "ArticleView.h"

#include "ArticleSession.h"
#include "BoundaryHandles.h"
#include "QuoteGutter.h"
#include "QuoteHighlighter.h"
#include "QuoteMarks.h"
#include "SpacedLayout.h"
#include "SpeakerPalette.h"
#include "Timing.h"
#include "Translations.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int ColumnCharacters = 72;
constexpr int GutterWidth = 64;
constexpr int FlashTicks = 6;
constexpr qint64 FillMilliseconds = 20;
constexpr int MinPointSize = 6;
constexpr int MaxPointSize = 48;
const QString ZoomKey = u"view/pointSize"_s;
constexpr qsizetype FillSlice = qsizetype(32) * 1024;

} // namespace

ArticleView::ArticleView(ArticleSession *session, SpeakerPalette *palette, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_palette(palette)
    , m_gutter(new QuoteGutter(this))
    , m_handles(new BoundaryHandles(this))
{
    setObjectName(u"articleView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // setDocument() wires the edit to the document's layout, so the layout is set before.
    auto *text = new QTextDocument(this);
    text->setDocumentLayout(new SpacedLayout(text, viewport()));
    text->setDocumentMargin(24);
    text->setUndoRedoEnabled(false);
    setDocument(text);
    QFont serif;
    serif.setFamilies({u"Charter"_s, u"Source Serif 4"_s, u"Noto Serif"_s, u"Georgia"_s,
                       u"DejaVu Serif"_s, u"serif"_s});
    serif.setStyleHint(QFont::Serif);
    serif.setPointSize(std::clamp(QSettings().value(ZoomKey, m_basePointSize).toInt(), MinPointSize,
                                  MaxPointSize));
    setFont(serif);
    m_palette->setBasePalette(QWidget::palette());
    m_highlighter = new QuoteHighlighter(document(), session, m_palette, this);
    connect(m_highlighter, &QuoteHighlighter::completed, this, [this] {
        if (m_textComplete)
            Q_EMIT highlightsReady();
    });
    connect(m_highlighter, &QuoteHighlighter::batchApplied, this,
            &ArticleView::highlightBatchApplied);
    connect(m_session, &ArticleSession::loaded, this, &ArticleView::startText);
    connect(m_session, &ArticleSession::analysed, this, [this] {
        bindAnnotations();
        startHighlights();
    });
    connect(m_session, &ArticleSession::annotationsReplaced, this, [this] {
        bindAnnotations();
        startHighlights();
        updateMarks();
    });
    connect(m_handles, &BoundaryHandles::dragged, this, &ArticleView::boundsDragged);
    connect(m_session, &ArticleSession::speakerVisibilityChanged, this, [this] {
        m_highlighter->rehighlight(firstVisibleBlockNumber());
        updateMarks();
        m_gutter->update();
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    m_flash.setInterval(110);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        if (--m_flashTicks <= 0)
            m_flash.stop();
        updateMarks();
    });
    if (m_session->document())
        startText();
    bindAnnotations();
}

ArticleView::~ArticleView() = default;

void ArticleView::startText()
{
    m_filled = 0;
    m_textComplete = false;
    m_highlighter->clear(); // the spans are of the old text until the new analysis is in
    m_highlighter->hold();
    clear();
    // While the text grows, the edit would lay out the last screenful after every slice to size
    // its scroll bar; centred scrolling sizes it from the line count alone.
    setCenterOnScroll(true);
    if (!m_fillPending)
        fillText();
}

void ArticleView::fillText()
{
    // A 20 MB article takes a second to insert: it goes in slices that end at a newline, a few
    // per turn of the event loop, so the window stays responsive and the top shows at once.
    // Offsets stay equal to the document's: its line endings are normalised to '\n', which
    // QTextDocument turns into one block separator each. Once the analysis is in, each slice is
    // highlighted as it arrives.
    m_fillPending = false;
    const QString &text = m_session->document()->text();
    QElapsedTimer clock;
    clock.start();
    const bool first = m_filled == 0;
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    while (m_filled < text.size() && clock.elapsed() < FillMilliseconds) {
        qsizetype cut = text.indexOf(u'\n', std::min(text.size(), m_filled + FillSlice));
        cut = cut < 0 ? text.size() : cut + 1;
        const int firstBlock = document()->blockCount() - 1;
        end.insertText(QStringView(text).mid(m_filled, cut - m_filled).toString());
        m_highlighter->formatAppended(firstBlock);
        m_filled = cut;
    }
    // The caret was at the end of the empty document, so the first slice carried it along; back
    // at the start (the view is at the top still), the later slices go in after it.
    if (first)
        moveCursor(QTextCursor::Start);
    if (m_filled < text.size()) {
        m_fillPending = true;
        QTimer::singleShot(0, this, &ArticleView::fillText);
        return;
    }
    qCDebug(lcTiming) << "text complete" << document()->blockCount() << "blocks";
    m_textComplete = true;
    setCenterOnScroll(false);
    m_highlighter->release();
    m_gutter->update();
    Q_EMIT textComplete();
    if (m_session->annotations() && m_highlighter->isComplete())
        Q_EMIT highlightsReady(); // the pass ended before the last slice came
}

void ArticleView::startHighlights()
{
    // The text may still be arriving: the blocks there now are formatted in batches, the rest
    // as they come (fillText()).
    if (!m_session->annotations())
        return;
    m_palette->setSpeakers(m_session->speakerNames());
    m_highlighter->rehighlight(firstVisibleBlockNumber());
    updateMargins();
    m_gutter->update();
}

int ArticleView::firstVisibleBlockNumber() const
{
    return firstVisibleBlock().blockNumber();
}

qsizetype ArticleView::readingPosition() const
{
    // The vertical scroll bar counts lines: its value is the top line of the view.
    const int top = verticalScrollBar()->value();
    const QTextBlock block = document()->findBlockByLineNumber(top);
    const QTextLayout *layout = block.layout();
    const int line = top - block.firstLineNumber();
    return block.position()
        + (line > 0 && line < layout->lineCount() ? layout->lineAt(line).textStart() : 0);
}

void ArticleView::setReadingPosition(qsizetype position)
{
    const QTextBlock block
        = document()->findBlock(int(std::clamp<qsizetype>(position, 0, m_filled)));
    if (!block.isValid())
        return;
    blockBoundingRect(block); // lays the block out: its lines tell which one holds the position
    const QTextLine line = block.layout()->lineForTextPosition(int(position - block.position()));
    verticalScrollBar()->setValue(block.firstLineNumber()
                                  + (line.isValid() ? line.lineNumber() : 0));
}

bool ArticleView::highlightsComplete() const
{
    return m_textComplete && m_session->annotations() && m_highlighter->isComplete()
        && !m_refreshPending;
}

QList<int> ArticleView::highlightedRows() const
{
    // Read back from the layouts, as painted: each speech range maps to the quote under it.
    QList<int> rows;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (!range.format.boolProperty(QuoteHighlighter::SpeechProperty))
                continue;
            const int row = rowAt(block.position() + range.start);
            if (row >= 0 && (rows.isEmpty() || rows.last() != row))
                rows.append(row);
        }
    }
    return rows;
}

void ArticleView::updateMargins()
{
    const int text = fontMetrics().averageCharWidth() * ColumnCharacters
        + int(document()->documentMargin() * 2);
    const int available = width() - verticalScrollBar()->sizeHint().width();
    const int left = std::max(GutterWidth, (available - text) / 2);
    const int right = std::max(0, available - text - left);
    const QMargins margins(left, 0, right, 0);
    if (margins != viewportMargins()) {
        setViewportMargins(margins);
        // The edit re-wraps on its own resize, not on the viewport's: replay one.
        QResizeEvent relayout(size(), QSize(-1, -1));
        QPlainTextEdit::resizeEvent(&relayout);
    }
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), left, contents.height());
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMargins();
    } else if (event->type() == QEvent::PaletteChange) {
        // A switch between light and dark needs new fills to keep the text readable.
        m_palette->setBasePalette(palette());
        if (m_session->annotations())
            m_highlighter->rehighlight(firstVisibleBlockNumber());
        updateMarks();
        Q_EMIT paletteRegenerated();
    }
}

void ArticleView::zoomBy(int steps)
{
    QFont f = font();
    f.setPointSize(std::clamp(f.pointSize() + steps, MinPointSize, MaxPointSize));
    setFont(f);
    QSettings().setValue(ZoomKey, f.pointSize()); // the next article opens at the same size
}

void ArticleView::resetZoom()
{
    QFont f = font();
    f.setPointSize(m_basePointSize);
    setFont(f);
    QSettings().remove(ZoomKey);
}

int ArticleView::currentRow() const
{
    const annotation::AnnotationSet *set = m_session->annotations();
    return set && m_currentId >= 0 ? set->indexOfQuote(m_currentId) : -1;
}

bool ArticleView::isShown(int row) const
{
    const annotation::QuoteRecord &quote = m_session->annotations()->quote(row);
    return quote.kind != analysis::QuoteKind::Mention && m_session->isSpeakerVisible(quote.speaker);
}

int ArticleView::rowAt(qsizetype position) const
{
    const annotation::AnnotationSet *set = m_session->annotations();
    if (!set)
        return -1;
    const int row = set->quoteAt(position);
    return row >= 0 && set->quote(row).kind != analysis::QuoteKind::Mention ? row : -1;
}

std::pair<qsizetype, qsizetype> ArticleView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

int ArticleView::nextRow(int step, Stop stop) const
{
    const annotation::AnnotationSet *set = m_session->annotations();
    if (!set)
        return -1;
    int row = currentRow();
    if (row < 0 && step < 0)
        row = set->quoteCount();
    for (row += step; row >= 0 && row < set->quoteCount(); row += step) {
        const annotation::QuoteRecord &quote = set->quote(row);
        if (!isShown(row))
            continue;
        if (stop == Stop::LowConfidence
            && (quote.confidence >= ArticleSession::LowConfidence
                || quote.review != annotation::ReviewState::Unreviewed))
            continue;
        if (stop == Stop::Unreviewed
            && (quote.review != annotation::ReviewState::Unreviewed || !quote.isSpeech()))
            continue;
        return row;
    }
    return -1;
}

void ArticleView::showRow(int row)
{
    const annotation::AnnotationSet *set = m_session->annotations();
    if (!set || row < 0 || row >= set->quoteCount())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(set->quote(row).range.start));
    setTextCursor(cursor);
    centerCursor();
    selectRow(row);
}

void ArticleView::selectRow(int row)
{
    const annotation::AnnotationSet *set = m_session->annotations();
    if (!set || row < 0 || row >= set->quoteCount())
        return;
    m_currentId = set->quote(row).id;
    m_flashTicks = FlashTicks;
    m_flash.start();
    updateMarks();
    Q_EMIT currentChanged(row);
}

void ArticleView::updateMarks()
{
    const int row = currentRow();
    if (row < 0) {
        setExtraSelections({});
    } else {
        const annotation::AnnotationSet &set = *m_session->annotations();
        setExtraSelections(QuoteMarks::selected(document(), set, set.quote(row), *m_palette,
                                                m_flashTicks % 2 == 0));
    }
    m_handles->update();
}

void ArticleView::bindAnnotations()
{
    annotation::AnnotationSet *set = m_session->annotations();
    if (!set)
        return;
    using annotation::AnnotationSet;
    for (const auto signal : {&AnnotationSet::quoteInserted, &AnnotationSet::quoteRemoved,
                              &AnnotationSet::quoteChanged})
        connect(set, signal, this, &ArticleView::scheduleRefresh, Qt::UniqueConnection);
    for (const auto signal : {&AnnotationSet::speakerInserted, &AnnotationSet::speakerRemoved,
                              &AnnotationSet::speakerChanged})
        connect(set, signal, this, &ArticleView::rosterChanged, Qt::UniqueConnection);
}

void ArticleView::scheduleRefresh()
{
    // A macro changes many quotes: one refresh after all of them.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ArticleView::refresh);
}

void ArticleView::refresh()
{
    m_refreshPending = false;
    if (!m_textComplete || !m_session->annotations())
        return;
    m_highlighter->refresh(firstVisibleBlockNumber());
    updateMarks();
    m_gutter->update();
    // The selected quote may have moved in the list (or be gone): the table follows.
    Q_EMIT currentChanged(currentRow());
}

void ArticleView::rosterChanged()
{
    // Colours are per speaker index and name: every format is made again.
    m_palette->setSpeakers(m_session->speakerNames());
    m_highlighter->rehighlight(firstVisibleBlockNumber());
    updateMarks();
    m_gutter->update();
    Q_EMIT paletteRegenerated();
}

bool ArticleView::viewportEvent(QEvent *event)
{
    const annotation::AnnotationSet *set = m_session->annotations();
    if (event->type() == QEvent::ToolTip && set) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(cursorForPosition(help->pos()).position());
        if (row >= 0 && isShown(row))
            QToolTip::showText(help->globalPos(), QuoteMarks::toolTip(*set, set->quote(row)),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection())
        return; // the reader is selecting text, not a quote
    // Any quote, scare quotes too (their kind can be changed); the text cursor stays where the
    // reader clicked, where a split would cut.
    const int row = m_session->annotations()
        ? m_session->annotations()->quoteAt(textCursor().position())
        : -1;
    if (row >= 0 && row != currentRow()) {
        selectRow(row);
        Q_EMIT rowActivated(row);
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    m_handles->paint(painter);
}

QRectF ArticleView::lineRect(qsizetype position) const
{
    const QTextBlock block = document()->findBlock(int(position));
    const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLine line = block.layout()->lineForTextPosition(int(position - block.position()));
    return line.isValid() ? QRectF(0, box.top() + line.y(), 0, line.height()) : QRectF();
}

std::pair<qsizetype, qsizetype> ArticleView::visibleRange() const
{
    const QTextBlock bottom = cursorForPosition(QPoint(0, viewport()->height())).block();
    return {firstVisibleBlock().position(), bottom.position() + bottom.length()};
}

} // namespace whosaid::gui
