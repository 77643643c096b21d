#include "ArticleSession.h"

#include "Timing.h"
#include "analysis/Pipeline.h"
#include "document/ArticleLoader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace whosaid::gui {

using analysis::QuoteKind;

ArticleSession::ArticleSession(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &ArticleSession::onLoaded);
    connect(&m_analysing, &QFutureWatcher<std::shared_ptr<const analysis::Analysis>>::finished,
            this, &ArticleSession::onAnalysed);
}

// No wait for the workers: they hold no pointer to the session, so closing a tab while a large
// article is still being analysed does not freeze the window; the result is simply dropped.
ArticleSession::~ArticleSession() = default;

QString ArticleSession::title() const
{
    return QFileInfo(m_path).fileName();
}

void ArticleSession::start()
{
    m_state = State::Working;
    m_loading.setFuture(QtConcurrent::run(&ArticleSession::load, m_path));
}

ArticleSession::Loaded ArticleSession::load(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    document::LoadResult loaded = document::ArticleLoader{}.load(path);
    qCDebug(lcTiming) << "load" << clock.elapsed() << "ms";
    if (!loaded.ok())
        return {loaded.error, nullptr};
    return {QString(), std::make_shared<const document::Document>(std::move(loaded.document))};
}

std::shared_ptr<const analysis::Analysis> ArticleSession::analyse(
    std::shared_ptr<const document::Document> document)
{
    // One pipeline for every session: building it reads the lexicons, and analyse() is
    // thread-safe.
    static const analysis::Pipeline pipeline;
    QElapsedTimer clock;
    clock.start();
    auto result = std::make_shared<const analysis::Analysis>(pipeline.analyse(std::move(document)));
    qCDebug(lcTiming) << "analyse" << clock.elapsed() << "ms";
    return result;
}

void ArticleSession::onLoaded()
{
    Loaded result = m_loading.result();
    if (!result.error.isEmpty()) {
        m_state = State::Failed;
        m_error = result.error;
        Q_EMIT failed(m_error);
        return;
    }
    m_document = std::move(result.document);
    m_analysing.setFuture(QtConcurrent::run(&ArticleSession::analyse, m_document));
    Q_EMIT loaded();
}

void ArticleSession::onAnalysed()
{
    m_analysis = m_analysing.result();
    for (qsizetype q = 0; q < m_analysis->quotes.size(); ++q) {
        const analysis::Quote &quote = m_analysis->quotes.at(q);
        if (quote.depth > 0)
            continue;
        (quote.kind == QuoteKind::Mention ? m_mentions : m_speech).append(int(q));
    }
    const auto byStart = [this](int a, int b) {
        return m_analysis->quotes.at(a).outer.start < m_analysis->quotes.at(b).outer.start;
    };
    std::stable_sort(m_speech.begin(), m_speech.end(), byStart);
    std::stable_sort(m_mentions.begin(), m_mentions.end(), byStart);
    m_visible.fill(true, m_analysis->speakers.size());
    m_state = State::Ready;
    Q_EMIT analysed();
}

int ArticleSession::speakerCount() const
{
    return m_analysis ? int(m_analysis->speakers.size()) : 0;
}

QStringList ArticleSession::speakerNames() const
{
    QStringList names;
    if (m_analysis) {
        for (const analysis::Speaker &speaker : m_analysis->speakers)
            names.append(speaker.name);
    }
    return names;
}

bool ArticleSession::isSpeakerVisible(int speaker) const
{
    // Unattributed quotes (-1) are always shown.
    return speaker < 0 || speaker >= m_visible.size() || m_visible.at(speaker);
}

void ArticleSession::setSpeakerVisible(int speaker, bool visible)
{
    if (speaker < 0 || speaker >= m_visible.size() || m_visible.at(speaker) == visible)
        return;
    m_visible[speaker] = visible;
    Q_EMIT speakerVisibilityChanged(speaker, visible);
}

} // namespace whosaid::gui
