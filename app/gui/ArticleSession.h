#pragma once

#include "analysis/Analysis.h"
#include "annotation/AnnotationSet.h"
#include "annotation/SidecarFile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace whosaid::gui {

// What a session reads: a file, or text held in memory (pasted from the clipboard) under a title.
struct ArticleSource
{
    QString path;       // empty for text in memory
    QByteArray bytes;   // the text in memory
    QString title;      // of text in memory; a file is titled by its name
    QString sourceName; // the name the format is told by for text in memory, e.g. "x.html"
    QString encoding;   // forced (an ICU converter name); empty to detect

    [[nodiscard]] static ArticleSource file(QString path)
    {
        ArticleSource source;
        source.path = std::move(path);
        return source;
    }
};

// One open article: its file, its text, the analysis once the worker thread has produced it, the
// editable annotations made from it with their undo stack, which speakers are shown and where
// the reader is. Loading and analysis run on the thread pool in two steps, so the text can be
// shown (loaded()) while the analysis is still running (analysed()); a file that cannot be read
// ends with failed(). Every view reads the AnnotationSet and follows its signals; every change
// to it is a command on undoStack(). The annotations start from the sidecar beside the article
// (AnnotationLoader), or from a recovery file when one is restored; a sidecar that cannot be read
// leaves them read-only.
class ArticleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSession)

public:
    enum class State { Idle, Working, Ready, Failed };
    // Attributions below this are shown as uncertain (faded, outlined badge) and are L's stops.
    static constexpr double LowConfidence = 0.5;

    explicit ArticleSession(QString path, QObject *parent = nullptr);
    explicit ArticleSession(ArticleSource source, QObject *parent = nullptr);
    ~ArticleSession() override;

    // Starts loading and analysing on the thread pool.
    void start();
    // Starts with these annotations (a recovery file) laid over the fresh analysis instead of
    // the sidecar's; the session is modified from the start. Call before start().
    void restoreFrom(const annotation::SidecarContents &contents);
    // Analyses the article again (reading the file again when `reread`, as after it changed on
    // disk) and lays the current annotations over the new analysis, so every hand edit stays.
    // Ends with annotationsReplaced() (after loaded() when the text changed) or reloadFailed().
    void reanalyse(bool reread);
    // Reads the file again decoded as `encoding` and analyses it again as reanalyse() does.
    void reloadWithEncoding(const QString &encoding);
    [[nodiscard]] bool isReanalysing() const { return m_reanalysing.isRunning(); }
    // Annotations saved from elsewhere (an import written to the sidecar) replace the current
    // ones, laid over the analysis; the session counts as saved. Ends with annotationsReplaced().
    void takeSaved(const annotation::SidecarContents &contents);

    // Where the annotations are saved: beside the article unless saved elsewhere.
    [[nodiscard]] const QString &sidecarPath() const { return m_sidecarPath; }
    void setSidecarPath(const QString &path) { m_sidecarPath = path; }
    // Why the sidecar was not used when the article was opened; empty when it was or was absent.
    [[nodiscard]] const QString &sidecarError() const { return m_sidecarError; }

    // Empty for text in memory, which has no sidecar beside it: it is saved only by Save As.
    [[nodiscard]] const QString &path() const { return m_source.path; }
    [[nodiscard]] bool isInMemory() const { return m_source.path.isEmpty(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &error() const { return m_error; }
    // Null until loaded().
    [[nodiscard]] const document::Document *document() const { return m_document.get(); }
    // Null until analysed().
    [[nodiscard]] const analysis::Analysis *analysis() const { return m_analysis.get(); }
    // The annotations the reader shows and edits; null until analysed().
    [[nodiscard]] annotation::AnnotationSet *annotations() const { return m_annotations.get(); }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }

    // Puts other annotations in place (re-analysis, a restored recovery file, the article
    // changed on disk): the undo history starts again, and the session counts as modified when
    // `modified` says so even though the new history is clean.
    void replaceAnnotations(std::shared_ptr<annotation::AnnotationSet> annotations, bool modified);
    // Unsaved edits: the undo stack is not at its clean index, or annotations were replaced.
    [[nodiscard]] bool isModified() const;
    // After a save: the current state is the saved one.
    void markSaved();
    // Annotations that may not be edited or saved (a sidecar that could not be read is waiting
    // for the user's decision).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    [[nodiscard]] int speakerCount() const;
    [[nodiscard]] QStringList speakerNames() const;

    // Speakers by id; the empty id (unknown speaker) is always shown.
    [[nodiscard]] bool isSpeakerVisible(const QString &speakerId) const;
    void setSpeakerVisible(const QString &speakerId, bool visible);

Q_SIGNALS:
    void loaded();
    void analysed();
    void failed(const QString &message);
    void speakerVisibilityChanged(const QString &speakerId, bool visible);
    void annotationsReplaced();
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void reloadFailed(const QString &message);

private:
    struct Loaded
    {
        QString error;
        std::shared_ptr<const document::Document> document;
    };
    static Loaded load(const ArticleSource &source);
    // Everything that costs O(quotes), computed on the worker too.
    struct Analysed
    {
        QString error; // reading the file again failed
        std::shared_ptr<const document::Document> document;
        std::shared_ptr<const analysis::Analysis> analysis;
        std::shared_ptr<annotation::AnnotationSet> annotations;
        QString sidecarError;
        bool readOnly = false;
    };
    // The annotations of a fresh analysis: `saved` laid over it when given, else the sidecar's.
    static Analysed analyse(std::shared_ptr<const document::Document> document,
                            const QString &sidecarPath,
                            std::optional<annotation::SidecarContents> saved);
    static Analysed rerun(const ArticleSource &source,
                          std::shared_ptr<const document::Document> document,
                          const annotation::SidecarContents &saved);
    void onLoaded();
    void onAnalysed();
    void onReanalysed();

    ArticleSource m_source;
    QString m_sidecarPath;
    QString m_sidecarError;
    std::optional<annotation::SidecarContents> m_restore;
    State m_state = State::Idle;
    QString m_error;
    std::shared_ptr<const document::Document> m_document;
    std::shared_ptr<const analysis::Analysis> m_analysis;
    std::shared_ptr<annotation::AnnotationSet> m_annotations;
    QUndoStack m_undo;
    QSet<QString> m_hidden; // speaker ids
    bool m_forcedModified = false;
    int m_editGeneration = 0;       // steps done or undone since opening
    int m_reanalysedGeneration = 0; // ... when the running re-analysis started
    bool m_rereading = false;
    bool m_takingSaved = false;
    bool m_readOnly = false;
    QFutureWatcher<Loaded> m_loading;
    QFutureWatcher<Analysed> m_analysing;
    QFutureWatcher<Analysed> m_reanalysing;
};

} // namespace whosaid::gui
