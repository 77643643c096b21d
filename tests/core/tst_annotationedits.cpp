#include "AnnotationTestSupport.h"
#include "annotation/AnnotationEdits.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid::annotation;
using whosaid::coretest::annotate;
using whosaid::coretest::councilArticle;
using whosaid::coretest::described;
using whosaid::coretest::quoteStarting;

// The annotation model and the rules of each hand edit, without the reader around them.
class TestAnnotationEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromAnalysisListsTopLevelQuotesInOrder()
    {
        const auto set = annotate(councilArticle());
        const QStringList quotes = described(*set);
        QCOMPARE(quotes.size(), 6);
        QVERIFY2(quotes.at(0).startsWith(u"We will not close the library, => Maria Lopez"_s),
                 qPrintable(quotes.join(u'\n')));
        QVERIFY(quotes.at(4).contains(u"[mention, unreviewed]"_s));
        for (int i = 1; i < set->quoteCount(); ++i)
            QVERIFY(set->quote(i - 1).range.start < set->quote(i).range.start);
    }

    void pronounQuotesAreLinked()
    {
        const auto set = annotate(councilArticle());
        QVERIFY(!set->quote(quoteStarting(*set, u"The budget")).linked);
        QVERIFY(set->quote(quoteStarting(*set, u"Nobody loses")).linked);
    }

    void editsMarkTheQuoteCorrected()
    {
        const auto set = annotate(councilArticle());
        const QuoteRecord quote = set->quote(0);
        const QuoteRecord moved = AnnotationEdits::reassigned(quote, u"s9"_s);
        QCOMPARE(moved.review, ReviewState::Corrected);
        QVERIFY(moved.isEdited(QuoteRecord::SpeakerEdited));
        QVERIFY(moved.isHandMade());
        const QuoteRecord added = AnnotationEdits::added(99, {0, 5}, QuoteKind::Direct, {});
        QCOMPARE(AnnotationEdits::withKind(added, QuoteKind::Mixed).review, ReviewState::Added);
        QVERIFY(!quote.isHandMade());
        QVERIFY(AnnotationEdits::reviewed(quote, ReviewState::Accepted).isHandMade());
    }

    void replaceQuoteKeepsTextOrder()
    {
        auto set = annotate(councilArticle());
        QSignalSpy removed(set.get(), &AnnotationSet::quoteRemoved);
        QSignalSpy inserted(set.get(), &AnnotationSet::quoteInserted);
        const QuoteRecord last = set->quote(set->quoteCount() - 1);
        const int index
            = set->replaceQuote(set->quoteCount() - 1, AnnotationEdits::withRange(last, {0, 3}));
        QCOMPARE(index, 0);
        QCOMPARE(set->quote(0).id, last.id);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(set->indexOfQuote(last.id), 0);
    }

    void insertAndTakeQuote()
    {
        auto set = annotate(councilArticle());
        const int count = set->quoteCount();
        const qsizetype at = set->document().text().indexOf(u"The council met"_s);
        const QuoteRecord added
            = AnnotationEdits::added(set->newQuoteId(), {at, at + 26}, QuoteKind::Indirect, {});
        const int index = set->insertQuote(added);
        QCOMPARE(set->quoteCount(), count + 1);
        QCOMPARE(set->quote(index), added);
        QCOMPARE(set->quoteAt(at + 3), index);
        QCOMPARE(set->takeQuote(index), added);
        QCOMPARE(set->quoteCount(), count);
    }

    void snapsToTheMarksAround()
    {
        const auto set = annotate(councilArticle());
        const QString &text = set->document().text();
        const qsizetype budget = text.indexOf(u"budget"_s);
        const TextRange snapped = AnnotationEdits::snapped(set->document(), {budget, budget + 3});
        QCOMPARE(set->document().view(snapped), u"The budget is fair,"_s);
        // A selection with the marks in it gives the words inside.
        const qsizetype open = text.indexOf(u"“It is"_s);
        const TextRange marked = AnnotationEdits::snapped(set->document(), {open, open + 20});
        QCOMPARE(set->document().view(marked), u"It is a disgrace,"_s);
    }

    void snapsToSentenceEdgesOutsideMarks()
    {
        const auto set = annotate(councilArticle());
        const qsizetype met = set->document().text().indexOf(u"met on"_s);
        const TextRange snapped = AnnotationEdits::snapped(set->document(), {met, met + 2});
        QCOMPARE(set->document().view(snapped), u"The council met on Tuesday."_s);
    }

    void nudgesByWordAndCharacter()
    {
        const auto set = annotate(councilArticle());
        const Document &document = set->document();
        const qsizetype start = document.text().indexOf(u"budget"_s);
        const TextRange range{start, start + 6}; // "budget"
        using E = AnnotationEdits;
        QCOMPARE(document.view(E::nudged(document, range, E::Edge::End, E::Step::Word, 1)),
                 u"budget is"_s);
        QCOMPARE(document.view(E::nudged(document, range, E::Edge::Start, E::Step::Word, -1)),
                 u"The budget"_s);
        QCOMPARE(document.view(E::nudged(document, range, E::Edge::End, E::Step::Character, -1)),
                 u"budge"_s);
        // Never empty: the start stops one character before the end.
        TextRange shrinking = range;
        for (int i = 0; i < 10; ++i)
            shrinking = E::nudged(document, shrinking, E::Edge::Start, E::Step::Word, 1);
        QCOMPARE(shrinking.length(), 1);
        QCOMPARE(shrinking.end, range.end);
    }

    void splitAndJoinFragments()
    {
        const auto set = annotate(councilArticle());
        const QuoteRecord quote = set->quote(quoteStarting(*set, u"Nobody"));
        const auto [first, second] = AnnotationEdits::split(quote, quote.range.start + 7, 77);
        QCOMPARE(first.range.end, second.range.start);
        QCOMPARE(first.id, quote.id);
        QCOMPARE(second.id, 77);
        QCOMPARE(first.utterance, second.utterance);
        QVERIFY(first.utterance >= 0);
        QuoteRecord other = set->quote(0);
        other = AnnotationEdits::joinedTo(first, other);
        QCOMPARE(other.utterance, first.utterance);
        QCOMPARE(other.speaker, first.speaker);
    }

    void speakerEdits()
    {
        SpeakerRecord lopez{u"s1"_s, u"Maria Lopez"_s, {u"Lopez"_s}, {}, false, false};
        const SpeakerRecord renamed = AnnotationEdits::renamed(lopez, u"María López"_s);
        QCOMPARE(renamed.name, u"María López"_s);
        QVERIFY(renamed.answersTo(u"maria lopez"));
        QVERIFY(renamed.edited);
        const SpeakerRecord mayor{u"s3"_s, u"the mayor"_s, {u"Mayor"_s}, u"mayor"_s, false, false};
        const SpeakerRecord merged = AnnotationEdits::mergedInto(lopez, mayor);
        QVERIFY(merged.answersTo(u"the mayor"));
        QVERIFY(merged.answersTo(u"Mayor"));
        QCOMPARE(merged.role, u"mayor"_s);
        const auto [kept, split] = AnnotationEdits::splitAlias(merged, u"Mayor"_s, u"u1"_s);
        QVERIFY(!kept.answersTo(u"Mayor"));
        QCOMPARE(split.name, u"Mayor"_s);
        QCOMPARE(split.id, u"u1"_s);
        QVERIFY(split.edited);
    }

    void newSpeakerIdsDoNotRepeat()
    {
        auto set = annotate(councilArticle());
        const QString first = set->newSpeakerId();
        set->insertSpeaker(0, AnnotationEdits::newSpeaker(first, u"Ann"_s));
        QVERIFY(set->newSpeakerId() != first);
        QCOMPARE(set->findSpeaker(u"ann"), 0);
    }

    void sameChainFollowsThePronoun()
    {
        const auto set = annotate(councilArticle());
        const int named = quoteStarting(*set, u"The budget");
        const int linked = quoteStarting(*set, u"Nobody");
        QCOMPARE(AnnotationEdits::sameChain(*set, named), QList<int>{linked});
        // The chain stops where someone is named again.
        const int last = quoteStarting(*set, u"It is");
        QVERIFY(!AnnotationEdits::sameChain(*set, linked).contains(last));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationEdits)
#include "tst_annotationedits.moc"
