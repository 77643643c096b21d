#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

const QString SettingsKey = u"recentFiles"_s;

} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_files(QSettings().value(SettingsKey).toStringList())
{
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    save();
    rebuildMenu();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    save();
    rebuildMenu();
}

void RecentFiles::save() const
{
    QSettings().setValue(SettingsKey, m_files);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &path = m_files.at(i);
        // Accelerators 1..9 for the first nine, like most editors.
        const QString label = i < 9 ? u"&%1  %2"_s.arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction *action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (m_files.isEmpty()) {
        m_menu->addAction(tr("No recent articles"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        m_files.clear();
        save();
        rebuildMenu();
    });
}

} // namespace whosaid::gui
