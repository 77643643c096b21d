#include "AnnotationFiles.h"

#include "ArticleSession.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "OfferBar.h"
#include "Prompts.h"
#include "RecoveryManager.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QTimer>

namespace whosaid::gui {

using annotation::SidecarFile;
using namespace Qt::StringLiterals;

namespace {

constexpr int ChangeSettleMilliseconds = 300; // editors write in several steps

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

AnnotationFiles::AnnotationFiles(const EditActions &actions, RecoveryManager *recovery,
                                 QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_recovery(recovery)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(actions.save, &QAction::triggered, this, [this] {
        if (m_tab)
            save(m_tab);
    });
    connect(actions.saveAs, &QAction::triggered, this, [this] {
        if (m_tab)
            saveAs(m_tab);
    });
    connect(actions.reanalyse, &QAction::triggered, this, [this] {
        if (!m_tab)
            return;
        m_tab->session()->reanalyse(false);
        Q_EMIT status(tr("Analysing %1 again\u2026").arg(m_tab->session()->title()));
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        QTimer::singleShot(ChangeSettleMilliseconds, this, [this, path] { articleChanged(path); });
    });
    updateActions();
}

void AnnotationFiles::addTab(DocumentTab *tab)
{
    m_tabs.append(tab);
    ArticleSession *session = tab->session();
    // Pasted text has no file to watch or to name a recovery file after.
    if (!session->isInMemory()) {
        m_recovery->watch(session);
        m_watcher->addPath(session->path());
    }
    connect(session, &ArticleSession::readOnlyChanged, this, &AnnotationFiles::updateActions);
    connect(session, &ArticleSession::reloadFailed, this, [this, session](const QString &text) {
        Q_EMIT error(tr("Could not analyse %1 again: %2").arg(native(session->path()), text));
    });
    connect(session, &ArticleSession::annotationsReplaced, this, [this, tab] {
        Q_EMIT status(tr("%1 analysed again; every hand edit kept").arg(tab->session()->title()));
        showUnplaced(tab);
    });
    if (session->isReadOnly()) {
        // Never overwritten silently: the reader decides what becomes of the file.
        tab->sidecarBar()->offer(
            tr("%1 The annotations are read-only and the file is left as it is.")
                .arg(session->sidecarError()),
            tr("Start Over\u2026"), [this, tab] { startOver(tab); });
        Q_EMIT error(session->sidecarError());
    }
    showUnplaced(tab);
}

void AnnotationFiles::setTab(DocumentTab *tab)
{
    m_tab = tab;
    updateActions();
}

void AnnotationFiles::updateActions()
{
    const bool ready = m_tab && m_tab->isReady();
    m_actions.save->setEnabled(ready && !m_tab->session()->isReadOnly());
    m_actions.saveAs->setEnabled(ready && !m_tab->session()->isReadOnly());
    m_actions.reanalyse->setEnabled(ready);
}

bool AnnotationFiles::save(DocumentTab *tab)
{
    ArticleSession *session = tab->session();
    if (!session->annotations() || session->isReadOnly())
        return false;
    // Pasted text has no sidecar beside a file: Save asks where, as Save As does.
    if (session->sidecarPath().isEmpty())
        return saveAs(tab);
    const QString failure = SidecarFile::save(*session->annotations(), session->sidecarPath());
    if (!failure.isEmpty()) {
        Q_EMIT error(tr("The annotations were not saved. %1").arg(failure));
        return false;
    }
    session->markSaved();
    m_recovery->discard(session);
    Q_EMIT status(tr("Annotations saved to %1").arg(native(session->sidecarPath())));
    return true;
}

bool AnnotationFiles::saveAs(DocumentTab *tab)
{
    ArticleSession *session = tab->session();
    const QString suggested = session->sidecarPath().isEmpty()
        ? QDir::home().filePath(SidecarFile::pathFor(session->title()))
        : session->sidecarPath();
    const QString path = Prompts::saveFileName(m_window, tr("Save Annotations As"), suggested,
                                               tr("Whosaid annotations (*.whosaid.json)"));
    if (path.isEmpty())
        return false;
    const QString previous = session->sidecarPath();
    session->setSidecarPath(path);
    if (save(tab))
        return true;
    session->setSidecarPath(previous);
    return false;
}

void AnnotationFiles::startOver(DocumentTab *tab)
{
    ArticleSession *session = tab->session();
    const QString sidecar = session->sidecarPath();
    // The old file moves aside under a name no other file has.
    QString backup = SidecarFile::backupPathFor(sidecar);
    for (int n = 2; QFile::exists(backup); ++n)
        backup = SidecarFile::backupPathFor(sidecar) + u'.' + QString::number(n);
    if (QFile::exists(sidecar) && !QFile::rename(sidecar, backup)) {
        Q_EMIT error(
            tr("Could not move %1 aside; the annotations stay read-only.").arg(native(sidecar)));
        return;
    }
    tab->sidecarBar()->dismiss();
    session->setReadOnly(false);
    Q_EMIT status(tr("Starting over; the old annotations are kept as %1").arg(native(backup)));
}

bool AnnotationFiles::confirmClose(DocumentTab *tab)
{
    ArticleSession *session = tab->session();
    if (!session->isModified() || session->isReadOnly())
        return true;
    switch (Prompts::ask(m_window, tr("Unsaved Annotations"),
                         tr("The annotations of %1 have changes that are not saved. Save them?")
                             .arg(session->title()),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                         QMessageBox::Save)) {
    case QMessageBox::Save:
        return save(tab);
    case QMessageBox::Discard:
        m_recovery->discard(session);
        return true;
    default:
        return false;
    }
}

void AnnotationFiles::articleChanged(const QString &path)
{
    // Some editors replace the file, which ends the watch: watch the new one.
    if (QFile::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    for (const QPointer<DocumentTab> &tab : std::as_const(m_tabs)) {
        if (tab && tab->isReady() && tab->session()->path() == path && QFile::exists(path)) {
            tab->session()->reanalyse(true);
            Q_EMIT status(tr("%1 changed on disk; reading it again").arg(tab->session()->title()));
        }
    }
}

void AnnotationFiles::showUnplaced(DocumentTab *tab)
{
    const annotation::AnnotationSet *set = tab->session()->annotations();
    if (!set || set->unplaced().isEmpty())
        return;
    QStringList lines;
    for (const annotation::UnplacedQuote &quote : set->unplaced())
        lines.append(u"\u2022 \u201c"_s + quote.anchor.exact.simplified() + u"\u201d"_s);
    // Not modal: the reader reads the list while looking at the article.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Quotes Not Found"),
                                tr("%1 quotes of the annotations of %2 were not found in the "
                                   "article any more. They are kept in the annotations file and "
                                   "are not lost.")
                                    .arg(set->unplaced().size())
                                    .arg(tab->session()->title()),
                                QMessageBox::Ok, m_window);
    box->setObjectName(u"unplacedDialog"_s);
    box->setDetailedText(lines.join(u'\n'));
    box->setInformativeText(lines.mid(0, 5).join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace whosaid::gui
