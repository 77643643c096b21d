#include "ArticleSession.h"
#include "SpeakerListModel.h"
#include "SpeakerPalette.h"
#include "annotation/AnnotationEdits.h"
#include "commands/AnnotationMacros.h"
#include "commands/QuoteCommands.h"
#include "commands/SpeakerCommands.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace whosaid::gui;
using namespace whosaid::gui::commands;
using namespace whosaid::annotation;
using namespace Qt::StringLiterals;

namespace {

struct Snapshot
{
    QList<QuoteRecord> quotes;
    QList<SpeakerRecord> speakers;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const AnnotationSet &set)
{
    return {set.quotes(), set.speakers()};
}

} // namespace

// Every command and macro on the real annotations of a fixture: redo -> undo -> redo gives the
// same annotations each time, and the stack is clean exactly when they are as opened.
class TestCommands final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ArticleSession> m_session;

    AnnotationSet *set() const { return m_session->annotations(); }
    QUndoStack *stack() const { return m_session->undoStack(); }
    int rowOf(QStringView text) const
    {
        for (int row = 0; row < set()->quoteCount(); ++row) {
            if (set()->document().view(set()->quote(row).range).startsWith(text))
                return row;
        }
        return -1;
    }
    QString speakerId(const QString &name) const
    {
        return set()->speaker(set()->findSpeaker(name)).id;
    }

    // Pushes the command and checks the round trip; returns the state after it.
    Snapshot roundTrip(QUndoCommand *command)
    {
        const Snapshot before = snapshot(*set());
        const int index = stack()->index();
        stack()->push(command);
        Snapshot after = snapshot(*set());
        [&] {
            QVERIFY2(after != before, "the command changed nothing");
            QVERIFY(!stack()->isClean());
            QCOMPARE(stack()->index(), index + 1);
            for (int pass = 0; pass < 2; ++pass) {
                stack()->undo();
                QVERIFY(snapshot(*set()) == before);
                QCOMPARE(stack()->isClean(), index == 0);
                stack()->redo();
                QVERIFY(snapshot(*set()) == after);
                QVERIFY(!stack()->isClean());
            }
        }();
        return after;
    }

    void openFixture(const QString &name)
    {
        m_session = std::make_unique<ArticleSession>(QStringLiteral(WHOSAID_TEST_DATA) + u"/gui/"_s
                                                     + name);
        m_session->start();
        QTRY_VERIFY(m_session->annotations() != nullptr);
        QVERIFY(stack()->isClean());
        QVERIFY(!m_session->isModified());
    }

private Q_SLOTS:
    void init() { openFixture(u"harbour.txt"_s); }
    void cleanup() { m_session.reset(); }

    void reassignAQuote()
    {
        const int row = rowOf(u"The harbour wall");
        const QuoteRecord quote = set()->quote(row);
        const QString haugen = speakerId(u"Rolf Haugen"_s);
        roundTrip(AnnotationMacros::reassign(set(), {quote.id}, haugen).release());
        QCOMPARE(set()->quote(row).speaker, haugen);
        QCOMPARE(set()->quote(row).review, ReviewState::Corrected);
        QVERIFY(m_session->isModified());
        stack()->undo();
        QVERIFY(!m_session->isModified());
    }

    void rejectKeepsAMachineQuote()
    {
        const int count = set()->quoteCount();
        const QuoteRecord quote = set()->quote(rowOf(u"Every family"));
        roundTrip(AnnotationMacros::removeOrReject(set(), quote.id).release());
        QCOMPARE(set()->quoteCount(), count);
        QCOMPARE(set()->quote(set()->indexOfQuote(quote.id)).review, ReviewState::Rejected);
        // Rejecting again is nothing to do.
        QVERIFY(!AnnotationMacros::removeOrReject(set(), quote.id));
    }

    void addAndDeleteAQuote()
    {
        const int count = set()->quoteCount();
        const TextRange range
            = AnnotationEdits::snapped(set()->document(), {50, 60}); // inside the first paragraph
        const QuoteRecord added = AnnotationEdits::added(set()->newQuoteId(), range,
                                                         whosaid::analysis::QuoteKind::Direct,
                                                         speakerId(u"Dana Whitfield"_s));
        roundTrip(new AddQuote(set(), added, u"add"_s));
        QCOMPARE(set()->quoteCount(), count + 1);
        // An added quote is deleted, not rejected.
        roundTrip(AnnotationMacros::removeOrReject(set(), added.id).release());
        QCOMPARE(set()->quoteCount(), count);
        QCOMPARE(set()->indexOfQuote(added.id), -1);
    }

    void changeKind()
    {
        const QuoteRecord quote = set()->quote(rowOf(u"that the town would pay"));
        roundTrip(new ChangeQuote(
            set(), AnnotationEdits::withKind(quote, whosaid::analysis::QuoteKind::Direct),
            u"kind"_s));
        QVERIFY(set()->quote(set()->indexOfQuote(quote.id)).isEdited(QuoteRecord::KindEdited));
    }

    void nudgesMergeIntoOneStep()
    {
        const int id = set()->quote(rowOf(u"The harbour wall")).id;
        const QuoteRecord original = set()->quote(set()->indexOfQuote(id));
        const auto nudge = [&](int direction) {
            const QuoteRecord &quote = set()->quote(set()->indexOfQuote(id));
            const TextRange range = AnnotationEdits::nudged(set()->document(), quote.range,
                                                            AnnotationEdits::Edge::End,
                                                            AnnotationEdits::Step::Word, direction);
            stack()->push(new ChangeQuote(set(), AnnotationEdits::withRange(quote, range),
                                          u"nudge"_s, ChangeQuote::Merge::Nudges));
        };
        nudge(-1);
        nudge(-1);
        nudge(-1);
        QCOMPARE(stack()->count(), 1);
        const QuoteRecord nudged = set()->quote(set()->indexOfQuote(id));
        QVERIFY(nudged.range.end < original.range.end);
        stack()->undo();
        QVERIFY(set()->quote(set()->indexOfQuote(id)) == original);
        stack()->redo();
        QVERIFY(set()->quote(set()->indexOfQuote(id)) == nudged);
        // Another quote's nudge is a step of its own.
        const int other = set()->quote(rowOf(u"Every family")).id;
        const QuoteRecord &second = set()->quote(set()->indexOfQuote(other));
        stack()->push(new ChangeQuote(
            set(), AnnotationEdits::withRange(second, {second.range.start + 1, second.range.end}),
            u"nudge"_s, ChangeQuote::Merge::Nudges));
        QCOMPARE(stack()->count(), 2);
    }

    void nudgedThereAndBackLeavesNothingToUndo()
    {
        const QuoteRecord quote = set()->quote(rowOf(u"The harbour wall"));
        stack()->push(new ChangeQuote(
            set(), AnnotationEdits::withRange(quote, {quote.range.start, quote.range.end - 1}),
            u"nudge"_s, ChangeQuote::Merge::Nudges));
        stack()->push(new ChangeQuote(set(), quote, u"nudge"_s, ChangeQuote::Merge::Nudges));
        QCOMPARE(stack()->count(), 0);
        QVERIFY(stack()->isClean());
    }

    void splitAndJoin()
    {
        const QuoteRecord quote = set()->quote(rowOf(u"The harbour wall"));
        const int count = set()->quoteCount();
        roundTrip(AnnotationMacros::splitQuote(set(), quote.id, quote.range.start + 10).release());
        QCOMPARE(set()->quoteCount(), count + 1);
        const int first = set()->indexOfQuote(quote.id);
        QCOMPARE(set()->quote(first + 1).utterance, set()->quote(first).utterance);
        QCOMPARE(set()->quote(first).range.end, set()->quote(first + 1).range.start);

        const int row = rowOf(u"Every family");
        roundTrip(new ChangeQuote(
            set(), AnnotationEdits::joinedTo(set()->quote(row - 1), set()->quote(row)), u"join"_s));
        QCOMPARE(set()->quote(row).utterance,
                 set()->quote(row - 1).utterance >= 0 ? set()->quote(row - 1).utterance
                                                      : set()->quote(row - 1).id);
    }

    void renameAndRoleThroughTheModel()
    {
        SpeakerPalette palette;
        SpeakerListModel model(m_session.get(), &palette);
        const int row = set()->findSpeaker(u"Dana Whitfield");
        const QModelIndex name = model.index(row, SpeakerListModel::NameColumn);
        QVERIFY(model.flags(name).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(name, u"Dana Whitfield-Ross"_s, Qt::EditRole));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(name.data().toString(), u"Dana Whitfield-Ross"_s);
        QVERIFY(set()->speaker(row).aliases.contains(u"Dana Whitfield"_s));
        QVERIFY(model.setData(model.index(row, SpeakerListModel::RoleColumn), u"inspector"_s,
                              Qt::EditRole));
        QCOMPARE(set()->speaker(row).role, u"inspector"_s);
        stack()->undo();
        stack()->undo();
        QVERIFY(stack()->isClean());
        QCOMPARE(name.data().toString(), u"Dana Whitfield"_s);
        // Read-only annotations take no edits.
        m_session->setReadOnly(true);
        QVERIFY(!model.flags(name).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.setData(name, u"X"_s, Qt::EditRole));
    }

    void addAndRemoveSpeaker()
    {
        const SpeakerRecord speaker = AnnotationEdits::newSpeaker(set()->newSpeakerId(), u"Ann"_s);
        roundTrip(new AddSpeaker(set(), 1, speaker, u"add"_s));
        QCOMPARE(set()->indexOfSpeaker(speaker.id), 1);
        roundTrip(new RemoveSpeaker(set(), speaker.id, u"remove"_s));
        QCOMPARE(set()->indexOfSpeaker(speaker.id), -1);
    }

    void newSpeakerForAQuote()
    {
        const QuoteRecord quote = set()->quote(rowOf(u"Every family"));
        const int speakers = set()->speakerCount();
        roundTrip(
            AnnotationMacros::reassignToNewSpeaker(set(), quote.id, u"Kari Lund"_s).release());
        QCOMPARE(set()->speakerCount(), speakers + 1);
        QCOMPARE(set()->quote(set()->indexOfQuote(quote.id)).speaker, speakerId(u"Kari Lund"_s));
    }

    void mergeSpeakers()
    {
        const QString whitfield = speakerId(u"Dana Whitfield"_s);
        const QString haugen = speakerId(u"Rolf Haugen"_s);
        const int total = set()->quoteCountOf(whitfield) + set()->quoteCountOf(haugen);
        roundTrip(AnnotationMacros::mergeSpeakers(set(), whitfield, haugen).release());
        QCOMPARE(set()->speakerCount(), 1);
        QCOMPARE(set()->quoteCountOf(whitfield), total);
        QVERIFY(set()->speaker(0).answersTo(u"Mayor Rolf Haugen"));
        QCOMPARE(stack()->count(), 1); // one step
    }

    void splitAlias()
    {
        const QString haugen = speakerId(u"Rolf Haugen"_s);
        const int speakers = set()->speakerCount();
        roundTrip(AnnotationMacros::splitAlias(set(), haugen, u"Haugen"_s).release());
        QCOMPARE(set()->speakerCount(), speakers + 1);
        const QString split = speakerId(u"Haugen"_s);
        QVERIFY(split != haugen);
        // The quotes whose mention is "Haugen" went with the alias.
        QVERIFY(set()->quoteCountOf(split) >= 1);
        QVERIFY(!AnnotationMacros::splitAlias(set(), haugen, u"No such alias"_s));
    }

    void acceptAboveAConfidence()
    {
        roundTrip(AnnotationMacros::acceptAbove(set(), 0.9).release());
        for (const QuoteRecord &quote : set()->quotes()) {
            if (quote.isSpeech())
                QCOMPARE(quote.review == ReviewState::Accepted, quote.confidence >= 0.9);
        }
        QCOMPARE(stack()->count(), 1);
        QVERIFY(!AnnotationMacros::acceptAbove(set(), 0.9)); // nothing left to accept
    }

    void reassignAChain()
    {
        openFixture(u"chain.txt"_s);
        const int row = rowOf(u"We will not raise");
        const QList<int> chain = AnnotationEdits::sameChain(*set(), row);
        QCOMPARE(chain, QList<int>({row + 1, row + 2}));
        QList<int> ids;
        for (const int index : chain)
            ids.append(set()->quote(index).id);
        roundTrip(AnnotationMacros::reassign(set(), ids, speakerId(u"Tom Hale"_s)).release());
        QCOMPARE(stack()->count(), 1);
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
