#include "ArticleSession.h"

#include "Timing.h"
#include "analysis/LanguageDetector.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationLoader.h"
#include "annotation/AnnotationMerge.h"
#include "document/ArticleLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace whosaid::gui {

using annotation::AnnotationSet;
using annotation::SidecarContents;
using annotation::SidecarFile;

namespace {

// One pipeline for every session: building it reads the lexicons, and analyse() is thread-safe.
const analysis::Pipeline &pipeline()
{
    static const analysis::Pipeline instance;
    return instance;
}

// The analysis in the language the article is written in (the reader has no --lang).
std::shared_ptr<const analysis::Analysis> inItsLanguage(
    std::shared_ptr<const document::Document> doc)
{
    const QString language = analysis::LanguageDetector::detect(doc->text()).code;
    return std::make_shared<const analysis::Analysis>(pipeline().analyse(std::move(doc), language));
}

// Made on a worker, used on the UI thread: pushed there before the worker lets go of it.
std::shared_ptr<AnnotationSet> toUiThread(std::unique_ptr<AnnotationSet> set)
{
    set->moveToThread(QCoreApplication::instance()->thread());
    return {std::move(set)};
}

} // namespace

ArticleSession::ArticleSession(QString path, QObject *parent)
    : ArticleSession(ArticleSource::file(std::move(path)), parent)
{ }

ArticleSession::ArticleSession(ArticleSource source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_sidecarPath(m_source.path.isEmpty() ? QString() : SidecarFile::pathFor(m_source.path))
{
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &ArticleSession::onLoaded);
    connect(&m_analysing, &QFutureWatcher<Analysed>::finished, this, &ArticleSession::onAnalysed);
    connect(&m_reanalysing, &QFutureWatcher<Analysed>::finished, this,
            &ArticleSession::onReanalysed);
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] { ++m_editGeneration; });
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

// No wait for the workers: they hold no pointer to the session, so closing a tab while a large
// article is still being analysed does not freeze the window; the result is simply dropped.
ArticleSession::~ArticleSession()
{
    // The commands point at the annotations: the history goes first, telling no one.
    blockSignals(true);
    m_undo.blockSignals(true);
    m_undo.clear();
}

QString ArticleSession::title() const
{
    return isInMemory() ? m_source.title : QFileInfo(m_source.path).fileName();
}

void ArticleSession::start()
{
    m_state = State::Working;
    m_loading.setFuture(QtConcurrent::run(&ArticleSession::load, m_source));
}

ArticleSession::Loaded ArticleSession::load(const ArticleSource &source)
{
    QElapsedTimer clock;
    clock.start();
    document::ArticleLoader loader;
    loader.setForcedEncoding(source.encoding);
    document::LoadResult loaded = source.path.isEmpty()
        ? loader.loadBytes(source.bytes, source.sourceName)
        : loader.load(source.path);
    qCDebug(lcTiming) << "load" << clock.elapsed() << "ms";
    if (!loaded.ok())
        return {loaded.error, nullptr};
    return {QString(), std::make_shared<const document::Document>(std::move(loaded.document))};
}

ArticleSession::Analysed ArticleSession::analyse(std::shared_ptr<const document::Document> document,
                                                 const QString &sidecarPath,
                                                 std::optional<SidecarContents> saved)
{
    QElapsedTimer clock;
    clock.start();
    Analysed out;
    out.document = document;
    out.analysis = inItsLanguage(std::move(document));
    annotation::AnnotationLoader::Result loaded
        = annotation::AnnotationLoader::load(*out.analysis, sidecarPath);
    out.sidecarError = loaded.error;
    out.readOnly = loaded.readOnly;
    out.annotations = toUiThread(saved ? annotation::AnnotationMerge::merge(*out.analysis, *saved)
                                       : std::move(loaded.annotations));
    qCDebug(lcTiming) << "analyse" << clock.elapsed() << "ms";
    return out;
}

ArticleSession::Analysed ArticleSession::rerun(const ArticleSource &source,
                                               std::shared_ptr<const document::Document> document,
                                               const SidecarContents &saved)
{
    Analysed out;
    if (!document) {
        Loaded loaded = load(source);
        if (!loaded.error.isEmpty()) {
            out.error = loaded.error;
            return out;
        }
        document = std::move(loaded.document);
    }
    out.document = document;
    out.analysis = inItsLanguage(std::move(document));
    out.annotations = toUiThread(annotation::AnnotationMerge::merge(*out.analysis, saved));
    return out;
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
    m_analysing.setFuture(
        QtConcurrent::run(&ArticleSession::analyse, m_document, m_sidecarPath, m_restore));
    Q_EMIT loaded();
}

void ArticleSession::onAnalysed()
{
    Analysed result = m_analysing.result();
    m_analysis = std::move(result.analysis);
    m_annotations = std::move(result.annotations);
    m_sidecarError = result.sidecarError;
    m_readOnly = result.readOnly;
    m_forcedModified = m_restore.has_value();
    m_restore.reset();
    m_state = State::Ready;
    Q_EMIT analysed();
}

void ArticleSession::restoreFrom(const SidecarContents &contents)
{
    m_restore = contents;
}

void ArticleSession::reanalyse(bool reread)
{
    if (!m_annotations || m_reanalysing.isRunning())
        return;
    m_reanalysedGeneration = m_editGeneration;
    m_rereading = reread;
    m_reanalysing.setFuture(QtConcurrent::run(&ArticleSession::rerun, m_source,
                                              reread ? nullptr : m_document,
                                              SidecarFile::contentsOf(*m_annotations)));
}

void ArticleSession::reloadWithEncoding(const QString &encoding)
{
    if (!m_annotations || m_reanalysing.isRunning())
        return;
    m_source.encoding = encoding;
    reanalyse(true);
}

void ArticleSession::takeSaved(const SidecarContents &contents)
{
    if (!m_annotations || m_reanalysing.isRunning())
        return;
    m_takingSaved = true;
    m_reanalysing.setFuture(
        QtConcurrent::run(&ArticleSession::rerun, m_source, m_document, contents));
}

void ArticleSession::onReanalysed()
{
    Analysed result = m_reanalysing.result();
    if (!result.error.isEmpty()) {
        Q_EMIT reloadFailed(result.error);
        return;
    }
    if (std::exchange(m_takingSaved, false)) {
        replaceAnnotations(std::move(result.annotations), false);
        return;
    }
    if (m_editGeneration != m_reanalysedGeneration) {
        // Edited meanwhile: the result lacks those edits, so it is made again with them.
        reanalyse(m_rereading);
        return;
    }
    const bool textChanged = result.document->text() != m_document->text();
    m_analysis = std::move(result.analysis);
    if (textChanged) {
        m_document = std::move(result.document);
        Q_EMIT loaded();
    }
    // New text means new offsets in the sidecar: it needs saving even if nothing else changed.
    replaceAnnotations(std::move(result.annotations), isModified() || textChanged);
}

void ArticleSession::replaceAnnotations(std::shared_ptr<AnnotationSet> annotations, bool modified)
{
    Q_ASSERT(annotations);
    const bool wasModified = isModified();
    m_undo.clear();
    m_annotations = std::move(annotations);
    m_forcedModified = modified;
    Q_EMIT annotationsReplaced();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

bool ArticleSession::isModified() const
{
    return m_forcedModified || !m_undo.isClean();
}

void ArticleSession::markSaved()
{
    const bool wasModified = isModified();
    m_forcedModified = false;
    m_undo.setClean();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void ArticleSession::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

int ArticleSession::speakerCount() const
{
    return m_annotations ? m_annotations->speakerCount() : 0;
}

QStringList ArticleSession::speakerNames() const
{
    QStringList names;
    if (m_annotations) {
        for (const annotation::SpeakerRecord &speaker : m_annotations->speakers())
            names.append(speaker.name);
    }
    return names;
}

bool ArticleSession::isSpeakerVisible(const QString &speakerId) const
{
    return speakerId.isEmpty() || !m_hidden.contains(speakerId);
}

void ArticleSession::setSpeakerVisible(const QString &speakerId, bool visible)
{
    if (speakerId.isEmpty() || isSpeakerVisible(speakerId) == visible)
        return;
    if (visible)
        m_hidden.remove(speakerId);
    else
        m_hidden.insert(speakerId);
    Q_EMIT speakerVisibilityChanged(speakerId, visible);
}

} // namespace whosaid::gui
