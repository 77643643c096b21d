#include "AnnotationController.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "BoundaryHandles.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "OfferBar.h"
#include "Prompts.h"
#include "SpeakerPicker.h"
#include "Translations.h"
#include "commands/AnnotationMacros.h"
#include "commands/QuoteCommands.h"

#include <QAction>
#include <QTextBlock>

#include <algorithm>

namespace whosaid::gui {

using annotation::AnnotationEdits;
using annotation::AnnotationSet;
using annotation::QuoteRecord;
using annotation::ReviewState;
using commands::AnnotationMacros;
using commands::ChangeQuote;

AnnotationController::AnnotationController(const EditActions &actions, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_window(window)
{
    connectActions();
    updateActions();
}

void AnnotationController::connectActions()
{
    const EditActions &a = m_actions;
    connect(a.pickSpeaker, &QAction::triggered, this, &AnnotationController::pickSpeaker);
    for (int k = 0; k < EditActions::SpeakerKeys; ++k) {
        connect(a.speakerKeys.at(k), &QAction::triggered, this, [this, k] {
            if (k < m_order.size())
                assign(m_order.at(k));
        });
    }
    connect(a.previousSpeaker, &QAction::triggered, this, &AnnotationController::assignPrevious);
    connect(a.accept, &QAction::triggered, this, &AnnotationController::accept);
    connect(a.nextUnreviewed, &QAction::triggered, this, &AnnotationController::nextUnreviewed);
    connect(a.acceptAbove, &QAction::triggered, this, &AnnotationController::acceptAbove);
    connect(a.addQuote, &QAction::triggered, this, [this] { addQuote(false); });
    connect(a.addRawQuote, &QAction::triggered, this, [this] { addQuote(true); });
    connect(a.reject, &QAction::triggered, this, &AnnotationController::reject);
    for (QAction *kind : a.kinds) {
        connect(kind, &QAction::triggered, this,
                [this, kind] { setKind(analysis::QuoteKind(kind->data().toInt())); });
    }
    const auto bounds = [this](QAction *action, Edge edge, Step step, int direction) {
        connect(action, &QAction::triggered, this,
                [this, edge, step, direction] { nudge(edge, step, direction); });
    };
    bounds(a.startEarlier, Edge::Start, Step::Word, -1);
    bounds(a.startLater, Edge::Start, Step::Word, 1);
    bounds(a.startEarlierCharacter, Edge::Start, Step::Character, -1);
    bounds(a.startLaterCharacter, Edge::Start, Step::Character, 1);
    bounds(a.endEarlier, Edge::End, Step::Word, -1);
    bounds(a.endLater, Edge::End, Step::Word, 1);
    bounds(a.endEarlierCharacter, Edge::End, Step::Character, -1);
    bounds(a.endLaterCharacter, Edge::End, Step::Character, 1);
    connect(a.splitQuote, &QAction::triggered, this, &AnnotationController::split);
    connect(a.joinPrevious, &QAction::triggered, this, &AnnotationController::joinPrevious);
    // Enter accepts only in the article and the quote table: elsewhere it belongs to the line
    // edits (the find bar, the speaker picker, a cell being edited).
    a.accept->setShortcutContext(Qt::WidgetShortcut);
}

void AnnotationController::setTab(DocumentTab *tab)
{
    if (m_tab) {
        m_tab->session()->disconnect(this);
        m_tab->view()->disconnect(this);
        m_tab->speakerPicker()->disconnect(this);
        if (AnnotationSet *old = m_tab->session()->annotations())
            old->disconnect(this);
    }
    m_tab = tab;
    if (m_tab) {
        ArticleSession *session = m_tab->session();
        const auto bindSet = [this] {
            if (AnnotationSet *s = set()) {
                for (const auto signal :
                     {&AnnotationSet::speakerInserted, &AnnotationSet::speakerRemoved})
                    connect(s, signal, this, &AnnotationController::rankSpeakers,
                            Qt::UniqueConnection);
                connect(s, &AnnotationSet::quoteChanged, this, &AnnotationController::updateActions,
                        Qt::UniqueConnection);
                // A renamed speaker keeps its key; only the roster changing ranks again.
                connect(s, &AnnotationSet::speakerChanged, this, &AnnotationController::nameKeys,
                        Qt::UniqueConnection);
            }
            rankSpeakers();
        };
        bindSet();
        connect(session, &ArticleSession::annotationsReplaced, this, bindSet);
        connect(session, &ArticleSession::readOnlyChanged, this,
                &AnnotationController::updateActions);
        connect(m_tab->view(), &ArticleView::currentChanged, this,
                &AnnotationController::updateActions);
        connect(m_tab->view(), &ArticleView::boundsDragged, this, &AnnotationController::drag);
        connect(m_tab->speakerPicker(), &SpeakerPicker::picked, this,
                &AnnotationController::assign);
        connect(m_tab->speakerPicker(), &SpeakerPicker::newSpeakerRequested, this,
                &AnnotationController::assignNew);
        m_tab->view()->addAction(m_actions.accept);
    }
    rankSpeakers();
}

AnnotationSet *AnnotationController::set() const
{
    return m_tab && m_tab->isReady() ? m_tab->session()->annotations() : nullptr;
}

int AnnotationController::currentRow() const
{
    return set() ? m_tab->view()->currentRow() : -1;
}

void AnnotationController::rankSpeakers()
{
    m_order.clear();
    if (const AnnotationSet *s = set()) {
        QList<std::pair<int, int>> counts; // quotes, roster index
        for (int i = 0; i < s->speakerCount(); ++i)
            counts.append({s->quoteCountOf(s->speaker(i).id), i});
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto &x, const auto &y) { return x.first > y.first; });
        for (const auto &[quotes, index] : std::as_const(counts))
            m_order.append(s->speaker(index).id);
    }
    nameKeys();
}

void AnnotationController::nameKeys()
{
    for (int k = 0; k < EditActions::SpeakerKeys; ++k) {
        QAction *key = m_actions.speakerKeys.at(k);
        key->setText(k < m_order.size() ? tr("Give to %1").arg(set()->speakerName(m_order.at(k)))
                                        : tr("Give to Speaker %1").arg(k + 1));
    }
    updateActions();
}

void AnnotationController::updateActions()
{
    const bool editable = set() && !m_tab->session()->isReadOnly();
    const bool quote = editable && currentRow() >= 0;
    for (QAction *action : m_actions.editing())
        action->setEnabled(quote);
    for (QAction *action : {m_actions.addQuote, m_actions.addRawQuote, m_actions.acceptAbove,
                            m_actions.nextUnreviewed, m_actions.newSpeaker})
        action->setEnabled(editable);
    for (int k = 0; k < EditActions::SpeakerKeys; ++k)
        m_actions.speakerKeys.at(k)->setEnabled(quote && k < m_order.size());
    if (quote) {
        const QuoteRecord &current = set()->quote(currentRow());
        m_actions.kinds.at(int(current.kind))->setChecked(true);
    }
    if (m_tab)
        m_tab->view()->handles()->setEnabled(editable);
}

bool AnnotationController::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command || !set() || m_tab->session()->isReadOnly())
        return false;
    m_tab->session()->undoStack()->push(command.release());
    return true;
}

void AnnotationController::pickSpeaker()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ArticleView *view = m_tab->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(set()->quote(row).range.start));
    const QRect line = view->cursorRect(cursor);
    const QPoint at = view->viewport()->mapTo(view, line.bottomLeft() + QPoint(0, 4));
    m_tab->speakerPicker()->open(*set(), m_order, set()->quote(row).speaker, at);
}

void AnnotationController::assign(const QString &speakerId)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QuoteRecord &quote = set()->quote(row);
    if (quote.speaker == speakerId && quote.review != ReviewState::Unreviewed)
        return;
    // The chain is found before the correction changes the quote it starts from.
    QList<int> chain;
    for (const int index : AnnotationEdits::sameChain(*set(), row))
        chain.append(set()->quote(index).id);
    const QString previous = quote.speaker;
    if (push(AnnotationMacros::reassign(set(), {quote.id}, speakerId)) && previous != speakerId)
        offerChain(chain, speakerId);
}

void AnnotationController::assignNew(const QString &name)
{
    const int row = currentRow();
    if (row < 0)
        return;
    QList<int> chain;
    for (const int index : AnnotationEdits::sameChain(*set(), row))
        chain.append(set()->quote(index).id);
    const int before = set()->speakerCount();
    if (push(AnnotationMacros::reassignToNewSpeaker(set(), set()->quote(row).id, name))
        && set()->speakerCount() > before)
        offerChain(chain, set()->speaker(set()->speakerCount() - 1).id);
}

void AnnotationController::offerChain(const QList<int> &quoteIds, const QString &speakerId)
{
    if (quoteIds.isEmpty())
        return;
    const QString name = set()->speakerName(speakerId);
    // English plurals without a translation file; other languages come with their .ts.
    const QString text = quoteIds.size() == 1
        ? tr("1 other quote reached the same speaker through the same pronoun or continuation. "
             "Give it to %1 too?")
              .arg(name)
        : tr("%1 other quotes reached the same speaker through the same pronoun or "
             "continuation. Give them to %2 too?")
              .arg(quoteIds.size())
              .arg(name);
    m_tab->offerBar()->offer(text, tr("Give Them to %1").arg(name),
                             [this, tab = m_tab, quoteIds, speakerId] {
                                 if (tab == m_tab)
                                     push(AnnotationMacros::reassign(set(), quoteIds, speakerId));
                             });
}

void AnnotationController::assignPrevious()
{
    const int row = currentRow();
    for (int i = row - 1; i >= 0; --i) {
        const QuoteRecord &previous = set()->quote(i);
        if (previous.isSpeech()) {
            assign(previous.speaker);
            return;
        }
    }
    Q_EMIT message(tr("No quote before this one"));
}

void AnnotationController::accept()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QuoteRecord &quote = set()->quote(row);
    if (quote.review == ReviewState::Unreviewed || quote.review == ReviewState::Rejected)
        push(std::make_unique<ChangeQuote>(
            set(), AnnotationEdits::reviewed(quote, ReviewState::Accepted),
            tr("Accept %1").arg(AnnotationMacros::label(*set(), quote.id))));
    nextUnreviewed();
}

void AnnotationController::nextUnreviewed()
{
    if (!set())
        return;
    ArticleView *view = m_tab->view();
    const int row = view->nextRow(1, ArticleView::Stop::Unreviewed);
    if (row < 0) {
        Q_EMIT message(tr("No unreviewed quote after this one"));
        return;
    }
    view->showRow(row);
}

void AnnotationController::acceptAbove()
{
    if (!set())
        return;
    const std::optional<double> percent = Prompts::askNumber(
        m_window, tr("Accept All Above a Confidence"),
        tr("Accept every unreviewed quote with a confidence of at least (%):"), 80, 0, 100);
    if (!percent)
        return;
    if (!push(AnnotationMacros::acceptAbove(set(), *percent / 100.0)))
        Q_EMIT message(tr("No unreviewed quote at or above %1 %").arg(*percent));
}

void AnnotationController::addQuote(bool raw)
{
    if (!set())
        return;
    const auto [start, end] = m_tab->view()->selectedRange();
    if (start >= end) {
        Q_EMIT message(tr("Select the words of the quote first"));
        return;
    }
    const document::TextRange range = raw
        ? document::TextRange{start, end}
        : AnnotationEdits::snapped(set()->document(), {start, end});
    if (range.isEmpty())
        return;
    const QuoteRecord quote
        = AnnotationEdits::added(set()->newQuoteId(), range, analysis::QuoteKind::Direct, {});
    push(std::make_unique<commands::AddQuote>(
        set(), quote, tr("Add %1").arg(set()->document().view(range).left(24).toString())));
    m_tab->view()->showRow(set()->indexOfQuote(quote.id));
    pickSpeaker(); // a new quote needs its speaker next
}

void AnnotationController::reject()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (!push(AnnotationMacros::removeOrReject(set(), set()->quote(row).id)))
        Q_EMIT message(tr("Already rejected; Enter accepts it again"));
}

void AnnotationController::setKind(analysis::QuoteKind kind)
{
    const int row = currentRow();
    if (row < 0 || set()->quote(row).kind == kind)
        return;
    const QuoteRecord &quote = set()->quote(row);
    push(std::make_unique<ChangeQuote>(
        set(), AnnotationEdits::withKind(quote, kind),
        tr("Make %1 %2").arg(AnnotationMacros::label(*set(), quote.id), i18n::kindLabel(kind))));
}

void AnnotationController::nudge(Edge edge, Step step, int direction)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QuoteRecord &quote = set()->quote(row);
    const document::TextRange range
        = AnnotationEdits::nudged(set()->document(), quote.range, edge, step, direction);
    if (range == quote.range)
        return;
    push(std::make_unique<ChangeQuote>(
        set(), AnnotationEdits::withRange(quote, range),
        tr("Move the boundaries of %1").arg(AnnotationMacros::label(*set(), quote.id)),
        ChangeQuote::Merge::Nudges));
}

void AnnotationController::drag(int quoteId, qsizetype start, qsizetype end)
{
    const int row = set() ? set()->indexOfQuote(quoteId) : -1;
    if (row < 0 || start >= end)
        return;
    push(std::make_unique<ChangeQuote>(
        set(), AnnotationEdits::withRange(set()->quote(row), {start, end}),
        tr("Drag the boundaries of %1").arg(AnnotationMacros::label(*set(), quoteId))));
}

void AnnotationController::split()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qsizetype pos = m_tab->view()->textCursor().position();
    if (!push(AnnotationMacros::splitQuote(set(), set()->quote(row).id, pos)))
        Q_EMIT message(tr("Put the cursor inside the quote where it should be split"));
}

void AnnotationController::joinPrevious()
{
    const int row = currentRow();
    int previous = row - 1;
    while (previous >= 0 && !set()->quote(previous).isSpeech())
        --previous;
    if (row < 0 || previous < 0) {
        Q_EMIT message(tr("No quote before this one"));
        return;
    }
    const QuoteRecord &quote = set()->quote(row);
    push(std::make_unique<ChangeQuote>(
        set(), AnnotationEdits::joinedTo(set()->quote(previous), quote),
        tr("Join %1 to the quote before").arg(AnnotationMacros::label(*set(), quote.id))));
}

} // namespace whosaid::gui
