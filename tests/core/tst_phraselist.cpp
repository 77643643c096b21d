// Tests of PhraseList: longest-first multi-word matching.

#include "LexiconTestSupport.h"
#include "analysis/PhraseList.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::PhraseList;
using whosaid::coretest::matchAt;

class TestPhraseList final : public QObject
{
    Q_OBJECT

private slots:
    void phraseList();
};

void TestPhraseList::phraseList()
{
    PhraseList list;
    QCOMPARE(list.size(), 0);
    QCOMPARE(matchAt(list, u"according to"_s), 0);
    list.add({});
    QCOMPARE(list.size(), 0);

    list.add({u"according"_s, u"to"_s});
    list.add({u"went"_s, u"on"_s});
    list.add({u"went"_s, u"on"_s, u"to"_s, u"say"_s});
    list.add({u"went"_s});
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.longest(), 4);
    QVERIFY(!list.startingWith(u"to"_s));
    QCOMPARE(list.startingWith(u"according"_s)->size(), 1);

    list.sortLongestFirst();
    const QList<QStringList> *went = list.startingWith(u"went"_s);
    QVERIFY(went);
    QCOMPARE(went->size(), 3);
    QCOMPARE(went->at(0).size(), 4);
    QCOMPARE(went->at(1).size(), 2);
    QCOMPARE(went->at(2).size(), 1);

    QCOMPARE(matchAt(list, u"she went on to say"_s, 1), 4);
    QCOMPARE(matchAt(list, u"she went on to speak"_s, 1), 2);
    QCOMPARE(matchAt(list, u"she went home"_s, 1), 1);
    QCOMPARE(matchAt(list, u"she went on to say"_s, 1, 4), 2);
    QCOMPARE(matchAt(list, u"according to police"_s), 2);
    QCOMPARE(matchAt(list, u"according"_s), 0);
    QCOMPARE(matchAt(list, u"according to"_s, 2), 0);
}

QTEST_GUILESS_MAIN(TestPhraseList)
#include "tst_phraselist.moc"
