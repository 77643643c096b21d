#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QUndoCommand;

namespace whosaid::gui {

class DocumentTab;
class SpeakersDock;
struct EditActions;

// What the roster actions do to the current article: a new speaker, rename and role (edited in
// place in the Speakers dock, whose model pushes the command), merging the two selected speakers
// and splitting an alias off into a speaker of its own; also the Speakers dock's context menu.
class SpeakerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerController)

public:
    SpeakerController(const EditActions &actions, SpeakersDock *dock, QWidget *window);

    void setTab(DocumentTab *tab);
    // The speaker ids selected in the dock, in the order they were selected.
    [[nodiscard]] QStringList selectedSpeakers() const;
    void mergeSelected();
    void splitAlias(const QString &speakerId, const QString &alias);

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();
    void newSpeaker();
    void editSelected(int column);
    void fillAliasMenu(QMenu *menu);
    void showContextMenu(QPoint pos);
    bool push(std::unique_ptr<QUndoCommand> command);

    const EditActions &m_actions;
    SpeakersDock *m_dock;
    QPointer<DocumentTab> m_tab;
};

} // namespace whosaid::gui
