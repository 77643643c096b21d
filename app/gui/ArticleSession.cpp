#include "ArticleSession.h"

#include "analysis/Pipeline.h"
#include "document/ArticleLoader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace whosaid::gui {

using analysis::QuoteKind;

ArticleSession::ArticleSession(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ArticleSession::finish);
}

ArticleSession::~ArticleSession()
{
    // The worker holds no pointer to the session, but waiting keeps the pool tidy at exit.
    m_watcher.waitForFinished();
}

QString ArticleSession::title() const
{
    return QFileInfo(m_path).fileName();
}

void ArticleSession::start()
{
    m_state = State::Working;
    m_watcher.setFuture(QtConcurrent::run(&ArticleSession::work, m_path));
}

ArticleSession::Outcome ArticleSession::work(const QString &path)
{
    // One pipeline for every session: building it reads the lexicons, and analyse() is
    // thread-safe.
    static const analysis::Pipeline pipeline;
    document::LoadResult loaded = document::ArticleLoader{}.load(path);
    if (!loaded.ok())
        return {loaded.error, nullptr};
    auto document = std::make_shared<const document::Document>(std::move(loaded.document));
    auto result = std::make_shared<analysis::Analysis>(pipeline.analyse(document));
    return {QString(), std::move(result)};
}

void ArticleSession::finish()
{
    Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_state = State::Failed;
        m_error = outcome.error;
        Q_EMIT failed(m_error);
        return;
    }
    m_analysis = std::move(outcome.analysis);
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
