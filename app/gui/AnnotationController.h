#pragma once

#include "annotation/AnnotationEdits.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QUndoCommand;

namespace whosaid::gui {

class DocumentTab;
struct EditActions;

// What the quote-editing actions do to the current article: each turns the reader's gesture
// (a key, the speaker picker, a drag handle) into a command on the session's undo stack, using
// AnnotationEdits for the rules. Knows the current tab only; MainWindow tells it which that is.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(const EditActions &actions, QWidget *window);

    void setTab(DocumentTab *tab);
    // The speakers 1 to 9 stand for: most quotes first, as counted when the roster last changed
    // (so the keys do not move while the reader works).
    [[nodiscard]] const QStringList &speakerOrder() const { return m_order; }

Q_SIGNALS:
    // A short message for the status bar.
    void message(const QString &text);

private:
    using Edge = annotation::AnnotationEdits::Edge;
    using Step = annotation::AnnotationEdits::Step;

    void connectActions();
    void updateActions();
    void rankSpeakers();
    void nameKeys();
    [[nodiscard]] annotation::AnnotationSet *set() const;
    [[nodiscard]] int currentRow() const;
    bool push(std::unique_ptr<QUndoCommand> command);

    void pickSpeaker();
    void assign(const QString &speakerId);
    void assignNew(const QString &name);
    void assignPrevious();
    void offerChain(const QList<int> &quoteIds, const QString &speakerId);
    void accept();
    void nextUnreviewed();
    void acceptAbove();
    void addQuote(bool raw);
    void reject();
    void setKind(analysis::QuoteKind kind);
    void nudge(Edge edge, Step step, int direction);
    void drag(int quoteId, qsizetype start, qsizetype end);
    void split();
    void joinPrevious();

    const EditActions &m_actions;
    QWidget *m_window;
    QPointer<DocumentTab> m_tab;
    QStringList m_order;
};

} // namespace whosaid::gui
