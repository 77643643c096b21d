#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace whosaid::gui {

// The most recently opened articles, newest first, kept in QSettings and shown in a menu.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    void remove(const QString &path);
    [[nodiscard]] const QStringList &files() const { return m_files; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save() const;
    void rebuildMenu();

    QMenu *m_menu;
    QStringList m_files;
};

} // namespace whosaid::gui
