#include "RecoveryManager.h"

#include "ArticleSession.h"
#include "Prompts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace whosaid::gui {

using annotation::SidecarFile;
using namespace Qt::StringLiterals;

namespace {

const QString Suffix = u".whosaid.json"_s;

} // namespace

RecoveryManager::RecoveryManager(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::autosave);
    m_timer.start();
}

QString RecoveryManager::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryManager::recoveryPathFor(const QString &articlePath)
{
    // One file per article, named by its path (the path itself is inside).
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(articlePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return directory() + u'/' + QFileInfo(articlePath).fileName() + u'-'
        + QString::fromLatin1(hash.toHex().left(12)) + Suffix;
}

void RecoveryManager::watch(ArticleSession *session)
{
    m_sessions.append(session);
    const auto edited = [this, session] { m_dirty.insert(session, true); };
    connect(session->undoStack(), &QUndoStack::indexChanged, this, edited);
    connect(session, &ArticleSession::annotationsReplaced, this, edited);
    connect(session, &ArticleSession::destroyed, this, [this, session] {
        m_dirty.remove(session);
        m_sessions.removeAll(nullptr);
    });
}

void RecoveryManager::autosave()
{
    for (const QPointer<ArticleSession> &session : std::as_const(m_sessions)) {
        if (!session || !m_dirty.value(session) || !session->annotations())
            continue;
        if (!session->isModified()) {
            // Back to the saved state by undo: nothing to recover.
            discard(session);
            continue;
        }
        QDir().mkpath(directory());
        annotation::SidecarContents contents = SidecarFile::contentsOf(*session->annotations());
        contents.articlePath = QFileInfo(session->path()).absoluteFilePath();
        const QString error = SidecarFile::write(contents, recoveryPathFor(session->path()));
        if (!error.isEmpty()) {
            Q_EMIT failed(tr("Could not write the recovery file: %1").arg(error));
            continue;
        }
        m_dirty.insert(session, false);
    }
}

void RecoveryManager::discard(ArticleSession *session)
{
    m_dirty.insert(session, false);
    if (!session->isInMemory())
        remove(recoveryPathFor(session->path()));
}

QList<RecoveryManager::Pending> RecoveryManager::pending()
{
    QList<Pending> found;
    const QDir dir(directory());
    for (const QFileInfo &file : dir.entryInfoList({u"*"_s + Suffix}, QDir::Files, QDir::Name)) {
        SidecarFile::ReadResult read = SidecarFile::read(file.absoluteFilePath());
        if (read.ok() && !read.contents.articlePath.isEmpty())
            found.append({file.absoluteFilePath(), std::move(read.contents)});
    }
    return found;
}

void RecoveryManager::offer(
    QWidget *parent,
    const std::function<void(const QString &, const annotation::SidecarContents &)> &open)
{
    const QList<Pending> files = pending();
    if (files.isEmpty())
        return;
    QStringList names;
    for (const Pending &file : files)
        names.append(QDir::toNativeSeparators(file.contents.articlePath));
    const auto answer = Prompts::ask(
        parent, tr("Restore Unsaved Annotations"),
        tr("Whosaid was closed without saving the annotations of:\n\n%1\n\nRestore them?")
            .arg(names.join(u'\n')),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    for (const Pending &file : files) {
        if (answer == QMessageBox::Yes && QFileInfo::exists(file.contents.articlePath))
            open(file.contents.articlePath, file.contents);
        else
            remove(file.file);
    }
}

void RecoveryManager::remove(const QString &file)
{
    QFile::remove(file);
    QFile::remove(SidecarFile::backupPathFor(file));
}

} // namespace whosaid::gui
