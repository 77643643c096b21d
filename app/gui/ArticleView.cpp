#include "ArticleView.h"

#include "ArticleSession.h"
#include "QuoteGutter.h"
#include "QuoteHighlighter.h"
#include "SpeakerPalette.h"
#include "Timing.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QPlainTextDocumentLayout>
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

// QPlainTextDocumentLayout has no paragraph spacing; a taller bounding rectangle per block gives
// it, and the edit's painting and hit testing both go through blockBoundingRect().
class SpacedLayout final : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;
    [[nodiscard]] QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
        // Articles with blank lines between paragraphs have their spacing already.
        if (rect.isValid() && block.length() > 1 && block.next().length() > 1)
            rect.setHeight(rect.height() + QFontMetricsF(document()->defaultFont()).height() * 0.7);
        return rect;
    }
};

} // namespace

ArticleView::ArticleView(ArticleSession *session, SpeakerPalette *palette, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_palette(palette)
    , m_gutter(new QuoteGutter(this))
{
    setObjectName(u"articleView"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // setDocument() wires the edit to the document's layout, so the layout is set before.
    auto *text = new QTextDocument(this);
    text->setDocumentLayout(new SpacedLayout(text));
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
    connect(m_highlighter, &QuoteHighlighter::completed, this, &ArticleView::highlightsReady);
    connect(m_highlighter, &QuoteHighlighter::batchApplied, this,
            &ArticleView::highlightBatchApplied);
    connect(m_session, &ArticleSession::loaded, this, &ArticleView::startText);
    connect(m_session, &ArticleSession::analysed, this, &ArticleView::startHighlights);
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
}

ArticleView::~ArticleView() = default;

void ArticleView::startText()
{
    m_filled = 0;
    m_textComplete = false;
    clear();
    fillText();
}

void ArticleView::fillText()
{
    // A 20 MB article takes a second to insert: it goes in slices that end at a newline, a few
    // per turn of the event loop, so the window stays responsive and the top shows at once.
    // Offsets stay equal to the document's: its line endings are normalised to '\n', which
    // QTextDocument turns into one block separator each.
    const QString &text = m_session->document()->text();
    QElapsedTimer clock;
    clock.start();
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    while (m_filled < text.size() && clock.elapsed() < FillMilliseconds) {
        qsizetype cut = text.indexOf(u'\n', std::min(text.size(), m_filled + FillSlice));
        cut = cut < 0 ? text.size() : cut + 1;
        end.insertText(QStringView(text).mid(m_filled, cut - m_filled).toString());
        m_filled = cut;
    }
    if (m_filled < text.size()) {
        QTimer::singleShot(0, this, &ArticleView::fillText);
        return;
    }
    qCDebug(lcTiming) << "text complete" << document()->blockCount() << "blocks";
    m_textComplete = true;
    moveCursor(QTextCursor::Start);
    Q_EMIT textComplete();
    startHighlights();
}

void ArticleView::startHighlights()
{
    if (!m_textComplete || !m_session->analysis())
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

bool ArticleView::highlightsComplete() const
{
    return m_textComplete && m_session->analysis() && m_highlighter->isComplete();
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
        if (m_textComplete && m_session->analysis())
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

int ArticleView::rowAt(qsizetype position) const
{
    const analysis::Analysis *a = m_session->analysis();
    if (!a)
        return -1;
    const QList<int> &rows = m_session->speechQuotes();
    auto it = std::upper_bound(rows.cbegin(), rows.cend(), position, [a](qsizetype pos, int q) {
        return pos < a->quotes.at(q).outer.start;
    });
    if (it == rows.cbegin())
        return -1;
    --it;
    return a->quotes.at(*it).outer.contains(position) ? int(it - rows.cbegin()) : -1;
}

int ArticleView::nextRow(int step, bool lowConfidenceOnly) const
{
    const analysis::Analysis *a = m_session->analysis();
    if (!a)
        return -1;
    const QList<int> &rows = m_session->speechQuotes();
    int row = m_row;
    if (row < 0 && step < 0)
        row = int(rows.size());
    for (row += step; row >= 0 && row < rows.size(); row += step) {
        const analysis::Attribution &attribution = a->attributions.at(rows.at(row));
        if (!m_session->isSpeakerVisible(attribution.speaker))
            continue;
        if (lowConfidenceOnly && attribution.confidence >= ArticleSession::LowConfidence)
            continue;
        return row;
    }
    return -1;
}

void ArticleView::showRow(int row)
{
    const analysis::Analysis *a = m_session->analysis();
    if (!a || row < 0 || row >= m_session->speechQuotes().size())
        return;
    m_row = row;
    m_session->setCurrentRow(row);
    const analysis::Quote &quote = a->quotes.at(m_session->speechQuotes().at(row));
    QTextCursor cursor(document());
    cursor.setPosition(int(quote.outer.start));
    setTextCursor(cursor);
    centerCursor();
    m_flashTicks = FlashTicks;
    m_flash.start();
    updateMarks();
}

void ArticleView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    const analysis::Analysis *a = m_session->analysis();
    if (a && m_row >= 0 && m_row < m_session->speechQuotes().size()) {
        const int q = m_session->speechQuotes().at(m_row);
        const analysis::Attribution &attribution = a->attributions.at(q);
        const auto mark = [&](analysis::TextRange range, const QTextCharFormat &format) {
            QTextCursor cursor(document());
            cursor.setPosition(int(range.start));
            cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
            marks.append({cursor, format});
        };
        // The selected quote: a stronger fill that blinks a few times after a jump.
        QTextCharFormat selected;
        const bool on = m_flashTicks % 2 == 0;
        selected.setBackground(
            on ? m_palette->fill(attribution.speaker).darker(m_palette->isDark() ? 80 : 112)
               : m_palette->baseColour());
        selected.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selected.setUnderlineColor(m_palette->strong(attribution.speaker));
        mark(a->quotes.at(q).outer, selected);
        if (attribution.mention >= 0) {
            QTextCharFormat who;
            who.setBackground(m_palette->strong(attribution.speaker));
            who.setForeground(m_palette->onStrong(attribution.speaker));
            mark(a->mentions.at(attribution.mention).range, who);
        }
        if (!attribution.cue.isEmpty()) {
            QTextCharFormat cue;
            cue.setFontWeight(QFont::Bold);
            cue.setUnderlineStyle(QTextCharFormat::DotLine);
            cue.setUnderlineColor(m_palette->strong(attribution.speaker));
            mark(attribution.cue, cue);
        }
    }
    setExtraSelections(marks);
}

QString ArticleView::toolTipFor(int row) const
{
    const analysis::Analysis &a = *m_session->analysis();
    const int q = m_session->speechQuotes().at(row);
    const analysis::Attribution &attribution = a.attributions.at(q);
    QString who = tr("Unknown speaker");
    if (attribution.speaker >= 0) {
        const analysis::Speaker &speaker = a.speakers.at(attribution.speaker);
        who = speaker.name.toHtmlEscaped();
        if (!speaker.role.isEmpty())
            who += u" <i>("_s + speaker.role.toHtmlEscaped() + u")</i>"_s;
    }
    const QString cue = attribution.cue.isEmpty()
        ? tr("none")
        : u"\u201c"_s + a.view(attribution.cue).toString().toHtmlEscaped() + u"\u201d"_s;
    return tr("<b>%1</b><br>Kind: %2<br>Cue: %3<br>Confidence: %4 %<br><small>%5</small>")
        .arg(who, analysis::kindName(a.quotes.at(q).kind), cue,
             QString::number(qRound(attribution.confidence * 100)),
             attribution.reason.toHtmlEscaped());
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_session->analysis()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        const int row = rowAt(position);
        if (row >= 0
            && m_session->isSpeakerVisible(
                m_session->analysis()->attributions.at(m_session->speechQuotes().at(row)).speaker))
            QToolTip::showText(help->globalPos(), toolTipFor(row), viewport());
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
    const int row = rowAt(textCursor().position());
    if (row >= 0 && row != m_row) {
        showRow(row);
        Q_EMIT rowActivated(row);
    }
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
