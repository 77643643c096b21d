#pragma once

#include "analysis/Analysis.h"

#include <QCoreApplication>
#include <QList>

#include <array>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace whosaid::gui {

// The actions that change annotations, with their shortcuts, and the Edit and Annotate menus
// that hold them (MainActions has the reading ones). The controllers give them their behaviour;
// the shortcuts help lists them with the others.
struct EditActions final
{
    Q_DECLARE_TR_FUNCTIONS(EditActions)

public:
    static constexpr int SpeakerKeys = 9;
    static constexpr int KindCount = 5;

    EditActions(QMainWindow *window, QUndoGroup *undoGroup);
    // Edit (undo, redo, save) goes after File; Annotate after it.
    void buildMenus(QMainWindow *window, QMenu *fileMenu) const;
    // In menu order, for the shortcuts help.
    [[nodiscard]] QList<QAction *> all() const;
    // Every action that changes the annotations (disabled while they are read-only).
    [[nodiscard]] QList<QAction *> editing() const;
    [[nodiscard]] static QString kindLabel(analysis::QuoteKind kind);

    QAction *undo;
    QAction *redo;
    QAction *save;
    QAction *saveAs;
    QAction *reanalyse;
    QAction *pickSpeaker;
    std::array<QAction *, SpeakerKeys> speakerKeys{};
    QAction *previousSpeaker;
    QAction *accept;
    QAction *nextUnreviewed;
    QAction *acceptAbove;
    QAction *addQuote;
    QAction *addRawQuote;
    QAction *reject;
    std::array<QAction *, KindCount> kinds{}; // in the order of analysis::QuoteKind
    QAction *startEarlier;
    QAction *startLater;
    QAction *startEarlierCharacter;
    QAction *startLaterCharacter;
    QAction *endEarlier;
    QAction *endLater;
    QAction *endEarlierCharacter;
    QAction *endLaterCharacter;
    QAction *splitQuote;
    QAction *joinPrevious;
    QAction *newSpeaker;
    QAction *renameSpeaker;
    QAction *setRole;
    QAction *mergeSpeakers;
    QMenu *splitAlias;
    QMenu *kindMenu;
    QMenu *boundsMenu;
};

} // namespace whosaid::gui
