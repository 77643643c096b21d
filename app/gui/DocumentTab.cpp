#include "DocumentTab.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "FindBar.h"
#include "OfferBar.h"
#include "QuoteFilterModel.h"
#include "QuoteTableModel.h"
#include "ReadingPositions.h"
#include "SpeakerListModel.h"
#include "SpeakerPicker.h"
#include "Timing.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

DocumentTab::DocumentTab(const ArticleSource &source, QWidget *parent)
    : QWidget(parent)
    , m_session(new ArticleSession(source, this))
    , m_quotes(new QuoteTableModel(m_session, &m_palette, this))
    , m_filter(new QuoteFilterModel(this))
    , m_speakers(new SpeakerListModel(m_session, &m_palette, this))
    , m_view(new ArticleView(m_session, &m_palette, this))
    , m_findBar(new FindBar(m_view, this))
    , m_offerBar(new OfferBar(this))
    , m_sidecarBar(new OfferBar(this))
    , m_picker(new SpeakerPicker(m_view))
    , m_stack(new QStackedWidget(this))
    , m_busy(new QLabel(this))
    , m_analysing(new QWidget(this))
{
    setObjectName(u"documentTab"_s);
    m_filter->setSourceModel(m_quotes);

    // While the worker thread reads and analyses the article: a busy bar, the window stays live.
    auto *busyPage = new QWidget(this);
    auto *busyLayout = new QVBoxLayout(busyPage);
    auto *progress = new QProgressBar(busyPage);
    progress->setObjectName(u"analysisProgress"_s);
    progress->setRange(0, 0);
    progress->setMaximumWidth(320);
    m_busy->setText(tr("Reading and analysing %1\u2026").arg(m_session->title()));
    m_busy->setAlignment(Qt::AlignCenter);
    busyLayout->addStretch();
    busyLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    busyLayout->addWidget(progress, 0, Qt::AlignHCenter);
    busyLayout->addStretch();

    auto *articlePage = new QWidget(this);
    auto *articleLayout = new QVBoxLayout(articlePage);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(0);
    // While the analysis runs the text is already readable; a thin bar says quotes are coming.
    m_analysing->setObjectName(u"analysingBar"_s);
    auto *analysingLayout = new QHBoxLayout(m_analysing);
    analysingLayout->setContentsMargins(8, 4, 8, 4);
    auto *analysingProgress = new QProgressBar(m_analysing);
    analysingProgress->setRange(0, 0);
    analysingProgress->setMaximumSize(160, 12);
    analysingProgress->setTextVisible(false);
    analysingLayout->addWidget(new QLabel(tr("Finding quotations\u2026"), m_analysing));
    analysingLayout->addWidget(analysingProgress);
    analysingLayout->addStretch();
    articleLayout->addWidget(m_analysing);
    m_sidecarBar->setObjectName(u"sidecarBar"_s);
    articleLayout->addWidget(m_sidecarBar);
    articleLayout->addWidget(m_offerBar);
    articleLayout->addWidget(m_view, 1);
    articleLayout->addWidget(m_findBar);

    m_stack->addWidget(busyPage);
    m_stack->addWidget(articlePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &ArticleSession::loaded, this, &DocumentTab::onLoaded);
    // The analysis starts the highlights, whose first batch on screen comes before the models.
    connect(m_view, &ArticleView::highlightBatchApplied, this, &DocumentTab::tryReady);
    connect(m_view, &ArticleView::textComplete, this, &DocumentTab::tryReady);
    connect(m_session, &ArticleSession::failed, this, &DocumentTab::failed);
    // An offer follows the edit it was made for: any other step (an undo) withdraws it.
    connect(m_session->undoStack(), &QUndoStack::indexChanged, m_offerBar, &OfferBar::dismiss);
    connect(m_session, &ArticleSession::annotationsReplaced, this, [this] {
        m_offerBar->dismiss();
        if (m_stage < Stage::ModelsFilled)
            return;
        m_quotes->reload();
        m_speakers->reload();
    });
    connect(m_view, &ArticleView::paletteRegenerated, this, [this] {
        m_quotes->paletteChanged();
        m_speakers->paletteChanged();
    });
}

DocumentTab::~DocumentTab()
{
    // The view and the models point at m_palette and the session; members die before the
    // children QObject deletes, so these go first.
    delete m_picker;
    delete m_view;
    delete m_filter;
    delete m_quotes;
    delete m_speakers;
}

void DocumentTab::start()
{
    m_session->start();
}

bool DocumentTab::isReady() const
{
    return m_stage == Stage::Ready;
}

void DocumentTab::storeReadingPosition() const
{
    // Not before it is ready: the reader has not been anywhere yet.
    if (!isReady() || m_session->isInMemory())
        return;
    const int row = m_view->currentRow();
    ReadingPositions::store(m_session->path(),
                            {m_view->readingPosition(),
                             row >= 0 ? m_session->annotations()->quote(row).range.start : -1});
}

void DocumentTab::restoreReadingPosition()
{
    const std::optional<ReadingPosition> position
        = m_session->isInMemory() ? std::nullopt : ReadingPositions::find(m_session->path());
    if (!position)
        return;
    m_view->setReadingPosition(position->top);
    // The quote that starts where the selected one did (the article may have changed since).
    const annotation::AnnotationSet *set = m_session->annotations();
    const int row = position->quoteStart >= 0 ? set->quoteAt(position->quoteStart) : -1;
    if (row >= 0 && set->quote(row).range.start == position->quoteStart)
        m_view->selectRow(row);
}

void DocumentTab::onLoaded()
{
    m_stack->setCurrentIndex(1);
}

void DocumentTab::tryReady()
{
    // Ready once the analysis is in and the whole text is in the view (in either order):
    // before that a quote could point past the end of the text shown.
    if (m_stage != Stage::Loading || !m_session->annotations() || !m_view->isTextComplete())
        return;
    m_stage = Stage::Scheduled;
    m_analysing->hide();
    // For a large article filling the models takes a few dozen milliseconds and so do the docks
    // that show them: each on a turn of the event loop of its own, after the first batch of
    // highlights.
    QTimer::singleShot(0, this, [this] {
        QElapsedTimer clock;
        clock.start();
        m_quotes->reload();
        m_speakers->reload();
        m_stage = Stage::ModelsFilled;
        qCDebug(lcTiming) << "models" << clock.elapsed() << "ms";
        QTimer::singleShot(0, this, [this] {
            m_stage = Stage::Ready;
            restoreReadingPosition();
            Q_EMIT ready();
        });
    });
}

} // namespace whosaid::gui
