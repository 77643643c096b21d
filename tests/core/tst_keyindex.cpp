// Tests of KeyIndex: the speaker resolution's multimap from word keys to entities.

#include "analysis/KeyIndex.h"

#include <QTest>

using whosaid::analysis::KeyIndex;

namespace {

QList<int> valuesOf(const KeyIndex &index, quint64 key)
{
    QList<int> values;
    for (const int value : index.values(key))
        values.append(value);
    return values;
}

} // namespace

class TestKeyIndex final : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void insertionOrder();
    void manyKeys();
};

void TestKeyIndex::empty()
{
    const KeyIndex index;
    QVERIFY(valuesOf(index, 42).isEmpty());
    QCOMPARE(index.last(42), -1);
}

void TestKeyIndex::insertionOrder()
{
    // The resolver prefers the first of equally good candidates: the order must be kept, and a
    // value inserted twice under a key stays twice.
    KeyIndex index;
    index.insert(7, 3);
    index.insert(8, 1);
    index.insert(7, 0);
    index.insert(7, 3);
    QCOMPARE(valuesOf(index, 7), QList<int>({3, 0, 3}));
    QCOMPARE(valuesOf(index, 8), QList<int>({1}));
    QVERIFY(valuesOf(index, 9).isEmpty());
    QCOMPARE(index.last(7), 3);
    QCOMPARE(index.last(8), 1);
    QCOMPARE(index.last(9), -1);
}

void TestKeyIndex::manyKeys()
{
    // Keys that share their low bits, over many growths of the table.
    KeyIndex index;
    constexpr int Keys = 5000;
    for (int round = 0; round < 2; ++round) {
        for (int k = 0; k < Keys; ++k)
            index.insert(quint64(k) << 40, k * 2 + round);
    }
    for (int k = 0; k < Keys; ++k) {
        QCOMPARE(valuesOf(index, quint64(k) << 40), QList<int>({k * 2, k * 2 + 1}));
        QCOMPARE(index.last(quint64(k) << 40), k * 2 + 1);
    }
    QVERIFY(valuesOf(index, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyIndex)
#include "tst_keyindex.moc"
