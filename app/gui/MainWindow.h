#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace whosaid::gui {

class AnnotationController;
class AnnotationFiles;
class DocumentTab;
class MessageBar;
class OpenActions;
class QuotesDock;
class RecentFiles;
class RecoveryManager;
class SpeakerController;
class SpeakersDock;
struct EditActions;
struct ArticleSource;
struct MainActions;

// The reader's window: one tab per open article, the Quotes, Speakers and Undo History docks
// showing the current one, menus from MainActions and EditActions, the edits done by the
// controllers. Opens files from the menu, the command line, Open Recent and drag-and-drop; load
// errors show in a message bar, never a modal box.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openFile(const QString &path);
    // Opens a file or text in memory (pasted) in a new tab.
    void openArticle(const ArticleSource &source);
    // Offers to restore the unsaved edits a crash left in recovery files (a question; tests
    // answer it through Prompts). Called once the window is shown.
    void offerRecovery();

    [[nodiscard]] DocumentTab *currentTab() const;
    [[nodiscard]] int tabCount() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] const MainActions &actions() const { return *m_actions; }
    [[nodiscard]] const EditActions &editActions() const { return *m_edit; }
    [[nodiscard]] AnnotationController *annotationController() const { return m_annotations; }
    [[nodiscard]] SpeakerController *speakerController() const { return m_speakers; }
    [[nodiscard]] AnnotationFiles *annotationFiles() const { return m_files; }
    [[nodiscard]] RecoveryManager *recovery() const { return m_recovery; }
    [[nodiscard]] OpenActions *openActions() const { return m_open; }

    // Moves to the next (+1) or previous (-1) quote, or the next low-confidence one.
    void goToQuote(int step, bool lowConfidenceOnly = false);

Q_SIGNALS:
    // A tab's analysis is shown (used by the screenshot and benchmark modes).
    void documentReady(whosaid::gui::DocumentTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void showOpenDialog();
    void importAnnotations(DocumentTab *tab);
    // False when the reader chose to keep the tab (unsaved edits, Cancel).
    bool closeTab(int index);
    DocumentTab *addTab(const ArticleSource &source);
    void onCurrentTabChanged();
    void onTabReady(DocumentTab *tab);
    void onTabFailed(DocumentTab *tab, const QString &error);
    void showRow(int row) const;
    void updateStatus();
    void showMessage(const QString &text);
    void showStatus(const QString &text);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    void updateTitle();

    std::unique_ptr<MainActions> m_actions;
    QUndoGroup *m_undoGroup;
    std::unique_ptr<EditActions> m_edit;
    QStackedWidget *m_centre;
    QTabWidget *m_tabs;
    MessageBar *m_messageBar;
    QLabel *m_counts;
    QuotesDock *m_quotesDock;
    SpeakersDock *m_speakersDock;
    QDockWidget *m_historyDock;
    RecentFiles *m_recent;
    AnnotationController *m_annotations;
    SpeakerController *m_speakers;
    RecoveryManager *m_recovery;
    AnnotationFiles *m_files;
    OpenActions *m_open;
};

} // namespace whosaid::gui
