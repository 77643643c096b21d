#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace whosaid::gui {

class DocumentTab;
class MainWindow;
struct MainActions;

// The ways into an article besides a path: the Open dialog's filters (one per format the
// loaders read, from FormatSniffer's list), File › New from Clipboard (pasted text as an
// unsaved article) and File › Reopen with Encoding (a plain-text article decoded again, its hand
// edits kept through the re-analysis).
class OpenActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenActions)

public:
    OpenActions(const MainActions &actions, MainWindow *window);

    // "All supported articles (*.txt … *.epub);;Web pages (*.html …);;…;;All files (*)".
    [[nodiscard]] static QString openFilter();
    // The paths with each folder replaced by the articles in it (not its sub-folders), sorted:
    // what dropping or naming a folder opens.
    [[nodiscard]] static QStringList articlesIn(const QStringList &paths);
    // The ICU converter names Reopen with Encoding offers.
    [[nodiscard]] static QStringList encodings();

    // The current tab, ready or null: Reopen with Encoding is for plain text read from a file.
    void setTab(DocumentTab *tab);
    void newFromClipboard();
    void reopenWithEncoding(const QString &encoding);

Q_SIGNALS:
    void status(const QString &message); // for the status bar

private:
    const MainActions &m_actions;
    MainWindow *m_window;
    QPointer<DocumentTab> m_tab;
    int m_pasted = 0;
};

} // namespace whosaid::gui
