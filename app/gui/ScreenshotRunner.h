#pragma once

#include <QObject>
#include <QString>

namespace whosaid::gui {

class DocumentTab;
class MainWindow;

// `whosaid --screenshot FILE ARTICLE`: waits until the article is analysed and highlighted,
// selects its first quote, lets the selection flash settle, saves the window as FILE and quits
// (exit code 1 on failure or timeout). Used by scripts/screenshots under xvfb. The editing scene
// (`--scene editing`) first makes a few corrections through the real actions and opens the
// speaker picker and the Undo History.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    enum class Scene { Reading, Editing };

    ScreenshotRunner(MainWindow *window, QString output, Scene scene = Scene::Reading,
                     QObject *parent = nullptr);

private:
    void onReady(DocumentTab *tab);
    void edit();
    void capture();
    void finish(int code, const QString &message);

    MainWindow *m_window;
    QString m_output;
    Scene m_scene;
};

} // namespace whosaid::gui
