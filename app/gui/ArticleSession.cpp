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
    connect(&m_analysing, &QFutureWatcher<Analysed>::finished, this, &ArticleSession::onAnalysed);
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

ArticleSession::Analysed ArticleSession::analyse(std::shared_ptr<const document::Document> document)
{
    // One pipeline for every session: building it reads the lexicons, and analyse() is
    // thread-safe.
    static const analysis::Pipeline pipeline;
    QElapsedTimer clock;
    clock.start();
    Analysed out;
    out.analysis
        = std::make_shared<const analysis::Analysis>(pipeline.analyse(std::move(document)));
    const analysis::Analysis &a = *out.analysis;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const analysis::Quote &quote = a.quotes.at(q);
        if (quote.depth == 0)
            (quote.kind == QuoteKind::Mention ? out.mentions : out.speech).append(int(q));
    }
    const auto byStart
        = [&a](int x, int y) { return a.quotes.at(x).outer.start < a.quotes.at(y).outer.start; };
    std::stable_sort(out.speech.begin(), out.speech.end(), byStart);
    std::stable_sort(out.mentions.begin(), out.mentions.end(), byStart);
    out.speakerWords.fill(0, a.speakers.size());
    for (const int quote : std::as_const(out.speech)) {
        const int speaker = a.attributions.at(quote).speaker;
        if (speaker >= 0)
            out.speakerWords[speaker] += countWords(a.view(a.quotes.at(quote).content));
    }
    qCDebug(lcTiming) << "analyse" << clock.elapsed() << "ms";
    return out;
}

int ArticleSession::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
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
    Analysed result = m_analysing.result();
    m_analysis = std::move(result.analysis);
    m_speech = std::move(result.speech);
    m_mentions = std::move(result.mentions);
    m_speakerWords = std::move(result.speakerWords);
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
