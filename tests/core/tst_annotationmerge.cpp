#include "AnalysisTestSupport.h"
#include "AnnotationTestSupport.h"
#include "annotation/AnnotationEdits.h"
#include "annotation/AnnotationMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid::annotation;
using whosaid::coretest::analyse;
using whosaid::coretest::annotate;
using whosaid::coretest::correctedCouncil;
using whosaid::coretest::councilArticle;
using whosaid::coretest::described;
using whosaid::coretest::quoteStarting;

namespace {

// Re-analysis of text with the annotations saved from set.
std::unique_ptr<AnnotationSet> reopened(const AnnotationSet &set, const QString &text)
{
    return AnnotationMerge::merge(analyse(text), SidecarFile::contentsOf(set));
}

} // namespace

// Re-analysis and re-opening keep every hand edit, and find them again in a changed article.
class TestAnnotationMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutEditsTheMachineReadingStays()
    {
        const auto set = annotate(councilArticle());
        QCOMPARE(described(*reopened(*set, councilArticle())), described(*set));
    }

    void reanalysisKeepsEveryHandEdit()
    {
        const auto set = correctedCouncil();
        const auto again = reopened(*set, councilArticle());
        QCOMPARE(described(*again), described(*set));
        QVERIFY(again->unplaced().isEmpty());
        // The hand-made speaker kept its id; the renamed one its new name and its old as alias.
        const int lopez = again->findSpeaker(u"Maria Lopez");
        QVERIFY(lopez >= 0);
        QCOMPARE(again->speaker(lopez).name, u"María López"_s);
        QCOMPARE(again->quote(quoteStarting(*again, u"The budget")).speaker,
                 set->quote(quoteStarting(*set, u"The budget")).speaker);
        QCOMPARE(again->quote(quoteStarting(*again, u"It is")).review, ReviewState::Corrected);
    }

    void mergedSpeakersStayMerged()
    {
        auto set = annotate(councilArticle());
        const int lopez = set->findSpeaker(u"Maria Lopez");
        const int baker = set->findSpeaker(u"Tom Baker");
        QVERIFY(lopez >= 0 && baker >= 0);
        const QString lopezId = set->speaker(lopez).id;
        const QString bakerId = set->speaker(baker).id;
        set->replaceSpeaker(lopez,
                            AnnotationEdits::mergedInto(set->speaker(lopez), set->speaker(baker)));
        for (int i = 0; i < set->quoteCount(); ++i) {
            if (set->quote(i).speaker == bakerId) {
                QuoteRecord moved = set->quote(i);
                moved.speaker = lopezId;
                set->replaceQuote(i, moved);
            }
        }
        (void)set->takeSpeaker(set->indexOfSpeaker(bakerId));
        const auto again = reopened(*set, councilArticle());
        QCOMPARE(described(*again), described(*set));
        QCOMPARE(again->findSpeaker(u"Tom Baker"), again->indexOfSpeaker(lopezId));
    }

    void splitAliasKeepsItsQuotes()
    {
        auto set = annotate(councilArticle());
        const int lopez = set->findSpeaker(u"Maria Lopez");
        QVERIFY(set->speaker(lopez).aliases.contains(u"Lopez"_s));
        const auto [kept, split]
            = AnnotationEdits::splitAlias(set->speaker(lopez), u"Lopez"_s, set->newSpeakerId());
        set->replaceSpeaker(lopez, kept);
        set->insertSpeaker(set->speakerCount(), split);
        const int last = quoteStarting(*set, u"It is");
        set->replaceQuote(last, AnnotationEdits::reassigned(set->quote(last), split.id));
        // Even if the person had not reassigned the quote: its mention "Lopez" names the split
        // speaker, so a fresh analysis gives it to them.
        QuoteRecord unreviewed = set->quote(last);
        unreviewed.review = ReviewState::Unreviewed;
        unreviewed.edits = 0;
        set->replaceQuote(last, unreviewed);
        const auto again = reopened(*set, councilArticle());
        QCOMPARE(again->speakerName(again->quote(quoteStarting(*again, u"It is")).speaker),
                 u"Lopez"_s);
    }

    void reanchorsAfterInsertionsAndDeletions()
    {
        const auto set = correctedCouncil();
        QString changed = councilArticle();
        changed.prepend(u"Updated at noon.\n\n"_s);
        changed.replace(u"told reporters"_s, u"told local reporters"_s);
        changed.replace(u"in a statement "_s, QString());
        const auto again = reopened(*set, changed);
        const QStringList got = described(*again);
        const QString all = got.join(u'\n');
        // Every hand edit is back in place, the added quote with its exact words.
        QVERIFY2(got.contains(u"The budget is fair, => Ann Other [direct, corrected]"_s),
                 qPrintable(all));
        QVERIFY2(got.contains(u"rainy day fund => ? [mention, rejected]"_s), qPrintable(all));
        QVERIFY2(got.contains(u"It is a disgrace => María López [direct, corrected]"_s),
                 qPrintable(all));
        QVERIFY2(got.contains(u"The council met on Tuesday. => Ann Other [indirect, added]"_s),
                 qPrintable(all));
        // The machine's evidence moved with its quote.
        const QuoteRecord &budget = again->quote(quoteStarting(*again, u"The budget"));
        QCOMPARE(again->document().view(budget.mention), u"Tom Baker"_s);
        QVERIFY(again->unplaced().isEmpty());
    }

    void lostQuotesAreKeptAndWrittenBack()
    {
        const auto set = correctedCouncil();
        QString changed = councilArticle();
        changed.replace(u"“It is a disgrace,” Lopez said.\n"_s, u"Lopez left.\n"_s);
        const auto again = reopened(*set, changed);
        QCOMPARE(again->unplaced().size(), 1);
        QCOMPARE(again->unplaced().first().anchor.exact, u"It is a disgrace"_s);
        QCOMPARE(again->unplaced().first().record.review, ReviewState::Corrected);
        // Saved again, the lost quote goes with it; and comes back if the words come back.
        const auto restored = reopened(*again, councilArticle());
        QVERIFY(restored->unplaced().isEmpty());
        QCOMPARE(restored->quote(quoteStarting(*restored, u"It is")).review,
                 ReviewState::Corrected);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationMerge)
#include "tst_annotationmerge.moc"
