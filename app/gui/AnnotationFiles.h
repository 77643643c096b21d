#pragma once

#include <QObject>
#include <QPointer>

class QFileSystemWatcher;

namespace whosaid::gui {

class DocumentTab;
class RecoveryManager;
struct EditActions;

// Where annotations go to and come from in the reader: Save and Save As to the sidecar, the
// choice to start over when the sidecar beside an article cannot be read (the old file is kept
// as a backup, never overwritten silently), re-analysis, the question before closing unsaved
// edits, and the article changing on disk (analysed again with every annotation re-anchored; the
// ones that cannot be placed are listed and kept).
class AnnotationFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFiles)

public:
    AnnotationFiles(const EditActions &actions, RecoveryManager *recovery, QWidget *window);

    // A tab whose annotations are ready: its sidecar state is shown and its article watched.
    void addTab(DocumentTab *tab);
    void setTab(DocumentTab *tab);

    // Each returns whether the annotations were saved.
    bool save(DocumentTab *tab);
    bool saveAs(DocumentTab *tab);
    // The unreadable sidecar is renamed to a backup and the annotations become editable.
    void startOver(DocumentTab *tab);
    // Asks Save, Discard or Cancel when the tab has unsaved edits; false means keep it open.
    [[nodiscard]] bool confirmClose(DocumentTab *tab);

Q_SIGNALS:
    void error(const QString &message);  // for the message bar
    void status(const QString &message); // for the status bar

private:
    void updateActions();
    void articleChanged(const QString &path);
    void showUnplaced(DocumentTab *tab);

    const EditActions &m_actions;
    RecoveryManager *m_recovery;
    QWidget *m_window;
    QFileSystemWatcher *m_watcher;
    QList<QPointer<DocumentTab>> m_tabs;
    QPointer<DocumentTab> m_tab;
};

} // namespace whosaid::gui
