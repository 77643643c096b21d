#pragma once

#include "annotation/SidecarFile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace whosaid::gui {

class ArticleSession;

// Unsaved edits are never lost: every few seconds the annotations of each session with unsaved
// changes are written to a recovery file under the application's data folder (recovery/, one
// file per article, the sidecar format with the article's path in it). Saving or discarding the
// edits removes the file; after a crash the next start finds the files and offers them.
class RecoveryManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryManager)

public:
    static constexpr int DefaultInterval = 5000; // milliseconds

    explicit RecoveryManager(QObject *parent = nullptr);

    // Under QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString directory();
    [[nodiscard]] static QString recoveryPathFor(const QString &articlePath);

    void watch(ArticleSession *session);
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the recovery files of every session with unsaved edits now.
    void autosave();
    // The edits are saved or discarded: no recovery needed.
    void discard(ArticleSession *session);

    struct Pending
    {
        QString file;
        annotation::SidecarContents contents;
    };
    // Recovery files left by an earlier run (readable ones; damaged ones are ignored).
    [[nodiscard]] static QList<Pending> pending();
    static void remove(const QString &file);
    // Asks whether to restore the pending files (through Prompts); each one restored is opened
    // by `open` with its contents laid over a fresh analysis (its file stays until the edits are
    // saved or discarded), the others are removed.
    static void offer(QWidget *parent,
                      const std::function<void(const QString &article,
                                               const annotation::SidecarContents &contents)> &open);

Q_SIGNALS:
    void failed(const QString &message);

private:
    QTimer m_timer;
    QHash<ArticleSession *, bool> m_dirty; // edited since the last recovery write
    QList<QPointer<ArticleSession>> m_sessions;
};

} // namespace whosaid::gui
