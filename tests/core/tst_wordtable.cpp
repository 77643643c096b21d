// Tests of WordTable: folded, classified words.

#include "LexiconTestSupport.h"
#include "analysis/Lexicon.h"
#include "analysis/WordTable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::Lexicon;
using whosaid::analysis::Word;
using whosaid::analysis::WordStorage;
using whosaid::analysis::WordTable;
using whosaid::coretest::english;
using whosaid::coretest::writeSmallLexicon;
namespace wc = whosaid::analysis;

class TestWordTable final : public QObject
{
    Q_OBJECT

private slots:
    void wordCase_data();
    void wordCase();
    void wordApostrophe();
    void wordClasses_data();
    void wordClasses();
    void wordIds();
    void wordViewOutlivesTable();
};

void TestWordTable::wordCase_data()
{
    QTest::addColumn<QStringList>("spellings"); // all one word
    QTest::addColumn<QString>("lower");

    QTest::newRow("said") << QStringList{u"Said"_s, u"said"_s, u"SAID"_s, u"sAiD"_s} << u"said"_s;
    QTest::newRow("accented") << QStringList{u"\u00c9lys\u00e9e"_s, u"\u00e9lys\u00e9e"_s,
                                             u"\u00c9LYS\u00c9E"_s}
                              << u"\u00e9lys\u00e9e"_s;
    QTest::newRow("Greek") << QStringList{u"\u0391\u03b8\u03ae\u03bd\u03b1"_s,
                                          u"\u03b1\u03b8\u03ae\u03bd\u03b1"_s}
                           << u"\u03b1\u03b8\u03ae\u03bd\u03b1"_s;
    // Outside the BMP (the slow path): Deseret capital and small long I.
    QTest::newRow("Deseret") << QStringList{u"\U00010400x"_s, u"\U00010428x"_s, u"\U00010400X"_s}
                             << u"\U00010428x"_s;
}

void TestWordTable::wordCase()
{
    QFETCH(QStringList, spellings);
    QFETCH(QString, lower);

    const auto lexicon = english();
    WordStorage storage;
    const Word first = WordTable::lookup(*lexicon, spellings.first(), storage);
    QCOMPARE(first.lower.toString(), lower);
    QVERIFY(first.id != 0);
    for (const QString &spelling : spellings) {
        const Word word = WordTable::lookup(*lexicon, spelling, storage);
        QCOMPARE(word.id, first.id);
        QCOMPARE(word.lower.toString(), lower);
        QCOMPARE(word.classes, first.classes);
    }
}

void TestWordTable::wordApostrophe()
{
    const auto lexicon = english();
    WordStorage storage;
    const Word curly = WordTable::lookup(*lexicon, u"Trump\u2019s"_s, storage);
    QCOMPARE(curly.lower.toString(), u"trump's"_s);
    QCOMPARE(WordTable::lookup(*lexicon, u"trump's"_s, storage).id, curly.id);
    QCOMPARE(WordTable::lookup(*lexicon, u"TRUMP\u2019S"_s, storage).id, curly.id);
    // The slow path (a character outside the BMP in the word) folds it too.
    const Word slow = WordTable::lookup(*lexicon, u"\U00010400\u2019s"_s, storage);
    QCOMPARE(slow.lower.toString(), u"\U00010428's"_s);
    QCOMPARE(WordTable::lookup(*lexicon, u"\U00010428's"_s, storage).id, slow.id);
}

void TestWordTable::wordClasses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<quint32>("set");   // bits that must be set
    QTest::addColumn<quint32>("unset"); // bits that must not be

    QTest::newRow("said") << u"said"_s << quint32(wc::Cue) << quint32(wc::Determiner | wc::Pronoun);
    QTest::newRow("Told") << u"Told"_s << quint32(wc::Cue) << quint32(wc::Determiner);
    QTest::newRow("the") << u"the"_s << quint32(wc::Determiner) << quint32(wc::Cue);
    QTest::newRow("The") << u"The"_s << quint32(wc::Determiner) << quint32(wc::Cue);
    QTest::newRow("she") << u"she"_s << quint32(wc::Pronoun | wc::SubjectPronoun)
                         << quint32(wc::Cue);
    QTest::newRow("him") << u"him"_s << quint32(wc::Pronoun) << quint32(wc::SubjectPronoun);
    QTest::newRow("spokesman") << u"spokesman"_s << quint32(wc::RoleNoun) << quint32(wc::Cue);
    QTest::newRow("prime") << u"prime"_s << quint32(wc::TitleStart) << quint32(wc::Cue);
    QTest::newRow("according") << u"according"_s << quint32(wc::CuePhraseStart)
                               << quint32(wc::Determiner);
    QTest::newRow("harbour") << u"harbour"_s << quint32(0)
                             << quint32(wc::Cue | wc::Determiner | wc::Pronoun | wc::RoleNoun);
}

void TestWordTable::wordClasses()
{
    QFETCH(QString, word);
    QFETCH(quint32, set);
    QFETCH(quint32, unset);

    const auto lexicon = english();
    WordStorage storage;
    const Word looked = WordTable::lookup(*lexicon, word, storage);
    QCOMPARE(looked.classes & set, set);
    QCOMPARE(looked.classes & unset, quint32(0));
    QCOMPARE(looked.classes, WordTable::classify(*lexicon, word.toLower()));
}

void TestWordTable::wordIds()
{
    const auto lexicon = english();
    WordStorage storage;
    const Word said = WordTable::lookup(*lexicon, u"said"_s, storage);
    const Word told = WordTable::lookup(*lexicon, u"told"_s, storage);
    QVERIFY(said.id != told.id);
    // The same word keeps its id in later lookups, with a storage of its own.
    WordStorage other;
    QCOMPARE(WordTable::lookup(*lexicon, u"SAID"_s, other).id, said.id);
    QVERIFY(!other.isEmpty());
    // A part of a longer string is looked up by its characters alone.
    const QString sentence = u"Holm said it"_s;
    QCOMPARE(WordTable::lookup(*lexicon, QStringView(sentence).mid(5, 4), storage).id, said.id);
}

void TestWordTable::wordViewOutlivesTable()
{
    WordStorage storage;
    Word word;
    {
        QString input = u"Reporters"_s;
        word = WordTable::lookup(*english(), input, storage);
        input.fill(u'x'); // the view does not point into the input
    }
    QVERIFY(!storage.isEmpty());
    QCOMPARE(word.lower.toString(), u"reporters"_s);

    // Another lexicon makes the thread's table start again; the old strings stay alive while
    // `storage` holds them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallLexicon(dir);
    const auto small = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    WordStorage smallStorage;
    for (int i = 0; i < 5000; ++i)
        (void)WordTable::lookup(*small, u"filler%1"_s.arg(i), smallStorage);
    const Word yodel = WordTable::lookup(*small, u"Yodelled"_s, smallStorage);
    QVERIFY(yodel.classes & wc::Cue);
    QCOMPARE(word.lower.toString(), u"reporters"_s);

    // Back to English: a new table, a new id, the same lower-case text.
    const Word again = WordTable::lookup(*english(), u"reporters"_s, storage);
    QCOMPARE(again.lower.toString(), u"reporters"_s);
    QCOMPARE(word.lower.toString(), u"reporters"_s);
    // Classes come from the lexicon of the lookup, not from a table left by another one.
    QVERIFY(!(WordTable::lookup(*english(), u"Yodelled"_s, storage).classes & wc::Cue));
}

QTEST_GUILESS_MAIN(TestWordTable)
#include "tst_wordtable.moc"
