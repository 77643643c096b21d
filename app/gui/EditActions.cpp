#include "EditActions.h"

#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoGroup>

namespace whosaid::gui {

using analysis::QuoteKind;
using namespace Qt::StringLiterals;

namespace {

QAction *make(QMainWindow *window, const QString &text, const QString &key, const QString &name)
{
    QAction *action = MainActions::makeAction(window, text, QKeySequence(key));
    action->setObjectName(name);
    return action;
}

} // namespace

QString EditActions::kindLabel(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return tr("&Direct Speech");
    case QuoteKind::Mixed:
        return tr("&Mixed Speech");
    case QuoteKind::Indirect:
        return tr("&Indirect Speech");
    case QuoteKind::Block:
        return tr("&Block Quote");
    case QuoteKind::Mention:
        return tr("&Not Speech (Scare Quote or Title)");
    }
    return {};
}

EditActions::EditActions(QMainWindow *window, QUndoGroup *undoGroup)
    : undo(undoGroup->createUndoAction(window, tr("&Undo")))
    , redo(undoGroup->createRedoAction(window, tr("&Redo")))
    , save(make(window, tr("&Save Annotations"), u"Ctrl+S"_s, u"saveAction"_s))
    , saveAs(make(window, tr("Save Annotations &As\u2026"), u"Ctrl+Shift+S"_s, u"saveAsAction"_s))
    , reanalyse(make(window, tr("Re-&analyse"), u"Ctrl+R"_s, u"reanalyseAction"_s))
    , pickSpeaker(make(window, tr("Choose &Speaker\u2026"), u"S"_s, u"pickSpeakerAction"_s))
    , previousSpeaker(
          make(window, tr("Speaker of the &Previous Quote"), u"."_s, u"previousSpeakerAction"_s))
    , accept(make(window, tr("&Accept Quote"), u"Return"_s, u"acceptAction"_s))
    , nextUnreviewed(make(window, tr("Next &Unreviewed Quote"), u"N"_s, u"nextUnreviewedAction"_s))
    , acceptAbove(make(window, tr("Accept All Above a &Confidence\u2026"), u"Ctrl+Shift+A"_s,
                       u"acceptAboveAction"_s))
    , addQuote(make(window, tr("Add &Quote from Selection"), u"Q"_s, u"addQuoteAction"_s))
    , addRawQuote(make(window, tr("Add Quote from the &Exact Selection"), u"Alt+Q"_s,
                       u"addRawQuoteAction"_s))
    , reject(make(window, tr("&Reject or Delete Quote"), u"X"_s, u"rejectAction"_s))
    , startEarlier(
          make(window, tr("Start a Word &Earlier"), u"Ctrl+Alt+Left"_s, u"startEarlierAction"_s))
    , startLater(
          make(window, tr("Start a Word &Later"), u"Ctrl+Alt+Right"_s, u"startLaterAction"_s))
    , startEarlierCharacter(make(window, tr("Start a Character Earlier"), u"Ctrl+Alt+Shift+Left"_s,
                                 u"startEarlierCharacterAction"_s))
    , startLaterCharacter(make(window, tr("Start a Character Later"), u"Ctrl+Alt+Shift+Right"_s,
                               u"startLaterCharacterAction"_s))
    , endEarlier(make(window, tr("End a Word Ea&rlier"), u"Alt+Left"_s, u"endEarlierAction"_s))
    , endLater(make(window, tr("End a Word La&ter"), u"Alt+Right"_s, u"endLaterAction"_s))
    , endEarlierCharacter(make(window, tr("End a Character Earlier"), u"Alt+Shift+Left"_s,
                               u"endEarlierCharacterAction"_s))
    , endLaterCharacter(make(window, tr("End a Character Later"), u"Alt+Shift+Right"_s,
                             u"endLaterCharacterAction"_s))
    , splitQuote(make(window, tr("S&plit Quote at Cursor"), u"/"_s, u"splitQuoteAction"_s))
    , joinPrevious(
          make(window, tr("&Join to Previous Fragment"), u"Backspace"_s, u"joinPreviousAction"_s))
    , newSpeaker(make(window, tr("&New Speaker"), u"Ctrl+Shift+N"_s, u"newSpeakerAction"_s))
    , renameSpeaker(make(window, tr("Re&name Speaker"), u"F2"_s, u"renameSpeakerAction"_s))
    , setRole(make(window, tr("Set Speaker &Role"), u"Shift+F2"_s, u"setRoleAction"_s))
    , mergeSpeakers(
          make(window, tr("&Merge Selected Speakers"), u"Ctrl+Shift+M"_s, u"mergeSpeakersAction"_s))
    , splitAlias(new QMenu(tr("Split Off &Alias"), window))
    , kindMenu(new QMenu(tr("&Kind"), window))
    , boundsMenu(new QMenu(tr("&Boundaries"), window))
{
    undo->setObjectName(u"undoAction"_s);
    redo->setObjectName(u"redoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    undo->setIcon(QIcon(u":/whosaid/icons/undo.svg"_s));
    redo->setIcon(QIcon(u":/whosaid/icons/redo.svg"_s));
    save->setIcon(QIcon(u":/whosaid/icons/save.svg"_s));
    accept->setShortcuts({QKeySequence(u"Return"_s), QKeySequence(u"Enter"_s)});
    reject->setShortcuts({QKeySequence(u"X"_s), QKeySequence::Delete});
    for (int k = 0; k < SpeakerKeys; ++k) {
        speakerKeys.at(k) = make(window, tr("Give to Speaker %1").arg(k + 1),
                                 QString::number(k + 1), u"speakerKey%1Action"_s.arg(k + 1));
    }
    auto *kindGroup = new QActionGroup(window);
    for (int k = 0; k < KindCount; ++k) {
        QAction *kind = make(window, kindLabel(QuoteKind(k)), QString(),
                             u"kind%1Action"_s.arg(analysis::kindName(QuoteKind(k))));
        kind->setCheckable(true);
        kind->setData(k);
        kindGroup->addAction(kind);
        kinds.at(k) = kind;
    }
    splitAlias->setObjectName(u"splitAliasMenu"_s);
    kindMenu->setObjectName(u"kindMenu"_s);
}

void EditActions::buildMenus(QMainWindow *window, QMenu *fileMenu) const
{
    // Save and re-analyse after Open Recent, before Close.
    QAction *separator = fileMenu->actions().value(2);
    fileMenu->insertActions(separator, {save, saveAs});
    fileMenu->insertSeparator(separator);
    fileMenu->insertAction(separator, reanalyse);

    QMenuBar *bar = window->menuBar();
    QAction *afterFile = bar->actions().value(1);
    auto *edit = new QMenu(tr("&Edit"), window);
    edit->addAction(undo);
    edit->addAction(redo);
    bar->insertMenu(afterFile, edit);

    auto *annotate = new QMenu(tr("&Annotate"), window);
    annotate->setObjectName(u"annotateMenu"_s);
    annotate->addAction(pickSpeaker);
    QMenu *keys = annotate->addMenu(tr("Give to Speaker"));
    for (QAction *key : speakerKeys)
        keys->addAction(key);
    annotate->addAction(previousSpeaker);
    annotate->addSeparator();
    annotate->addAction(accept);
    annotate->addAction(nextUnreviewed);
    annotate->addAction(acceptAbove);
    annotate->addSeparator();
    annotate->addAction(addQuote);
    annotate->addAction(addRawQuote);
    annotate->addAction(reject);
    for (QAction *kind : kinds)
        kindMenu->addAction(kind);
    annotate->addMenu(kindMenu);
    boundsMenu->addActions({startEarlier, startLater, endEarlier, endLater});
    boundsMenu->addSeparator();
    boundsMenu->addActions(
        {startEarlierCharacter, startLaterCharacter, endEarlierCharacter, endLaterCharacter});
    annotate->addMenu(boundsMenu);
    annotate->addAction(splitQuote);
    annotate->addAction(joinPrevious);
    annotate->addSeparator();
    annotate->addAction(newSpeaker);
    annotate->addAction(renameSpeaker);
    annotate->addAction(setRole);
    annotate->addAction(mergeSpeakers);
    annotate->addMenu(splitAlias);
    bar->insertMenu(afterFile, annotate);

    // Saving and taking back are as near as opening.
    // Saving and taking back are as near as opening. The toolbar's undo and redo keep short
    // names (the menu's say what they undo, which would make the toolbar jump).
    if (auto *tools = window->findChild<QToolBar *>(u"mainToolBar"_s)) {
        QAction *first = tools->actions().value(1);
        tools->insertAction(first, save);
        tools->insertSeparator(first);
        for (QAction *action : {undo, redo}) {
            auto *button
                = new QAction(action->icon(), action == undo ? tr("Undo") : tr("Redo"), tools);
            QObject::connect(button, &QAction::triggered, action, &QAction::trigger);
            const auto follow = [button, action] {
                button->setEnabled(action->isEnabled());
                button->setToolTip(action->text().remove(u'&'));
            };
            QObject::connect(action, &QAction::changed, button, follow);
            follow();
            tools->insertAction(first, button);
        }
    }
}

QList<QAction *> EditActions::all() const
{
    QList<QAction *> list{undo, redo, save, saveAs, reanalyse, pickSpeaker};
    for (QAction *key : speakerKeys)
        list.append(key);
    list << previousSpeaker << accept << nextUnreviewed << acceptAbove << addQuote << addRawQuote
         << reject << startEarlier << startLater << endEarlier << endLater << startEarlierCharacter
         << startLaterCharacter << endEarlierCharacter << endLaterCharacter << splitQuote
         << joinPrevious << newSpeaker << renameSpeaker << setRole << mergeSpeakers;
    return list;
}

QList<QAction *> EditActions::editing() const
{
    QList<QAction *> list = all();
    list.removeAll(undo);
    list.removeAll(redo);
    list.removeAll(save);
    list.removeAll(saveAs);
    list.removeAll(reanalyse);
    for (QAction *kind : kinds)
        list.append(kind);
    return list;
}

} // namespace whosaid::gui
