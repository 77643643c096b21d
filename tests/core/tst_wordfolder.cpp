// Tests of WordFolder and WordClassTable: every token's lower-case form, hash and classes.

#include "LexiconTestSupport.h"
#include "analysis/Lexicon.h"
#include "analysis/WordClassTable.h"
#include "analysis/WordFolder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::FoldedWord;
using whosaid::analysis::Lexicon;
using whosaid::analysis::WordClassTable;
using whosaid::analysis::WordFolder;
using whosaid::coretest::english;
using whosaid::coretest::writeSmallLexicon;
namespace wc = whosaid::analysis;

class TestWordFolder final : public QObject
{
    Q_OBJECT

private slots:
    void wordCase_data();
    void wordCase();
    void wordApostrophe();
    void lowerCaseIsAView();
    void arenaKeepsViews();
    void wordClasses_data();
    void wordClasses();
    void classTable();
    void classesFromTheirLexicon();
};

void TestWordFolder::wordCase_data()
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

void TestWordFolder::wordCase()
{
    QFETCH(QStringList, spellings);
    QFETCH(QString, lower);

    QList<QString> arena;
    WordFolder folder(arena);
    const FoldedWord first = folder.fold(spellings.first());
    QCOMPARE(first.lower.toString(), lower);
    QCOMPARE(first.hash, WordFolder::hashOf(lower));
    for (const QString &spelling : spellings) {
        const FoldedWord word = folder.fold(spelling);
        QCOMPARE(word.lower.toString(), lower);
        QCOMPARE(word.hash, first.hash);
        QCOMPARE(WordFolder::lowerCase(spelling), lower);
    }
}

void TestWordFolder::wordApostrophe()
{
    QList<QString> arena;
    WordFolder folder(arena);
    const FoldedWord curly = folder.fold(u"Trump\u2019s"_s);
    QCOMPARE(curly.lower.toString(), u"trump's"_s);
    QCOMPARE(folder.fold(u"trump's"_s).hash, curly.hash);
    QCOMPARE(folder.fold(u"TRUMP\u2019S"_s).hash, curly.hash);
    // The slow path (a character outside the BMP in the word) folds it too.
    const FoldedWord slow = folder.fold(u"\U00010400\u2019s"_s);
    QCOMPARE(slow.lower.toString(), u"\U00010428's"_s);
    QCOMPARE(folder.fold(u"\U00010428's"_s).hash, slow.hash);
}

void TestWordFolder::lowerCaseIsAView()
{
    // A word already in lower case costs nothing: its view is the text itself.
    const QString sentence = u"Holm said it"_s;
    QList<QString> arena;
    WordFolder folder(arena);
    const QStringView said = QStringView(sentence).mid(5, 4);
    const FoldedWord word = folder.fold(said);
    QCOMPARE(word.lower.data(), said.data());
    QVERIFY(arena.isEmpty());
    // A capitalised one is written to the arena.
    const FoldedWord holm = folder.fold(QStringView(sentence).left(4));
    QCOMPARE(holm.lower.toString(), u"holm"_s);
    QCOMPARE(arena.size(), 1);
}

void TestWordFolder::arenaKeepsViews()
{
    QList<QString> arena;
    WordFolder folder(arena);
    QList<FoldedWord> words;
    QStringList expected;
    // Far more than one arena chunk: earlier views must survive the later chunks.
    for (int i = 0; i < 20000; ++i) {
        const QString input = u"Reporter%1"_s.arg(i);
        words.append(folder.fold(input));
        expected.append(input.toLower());
    }
    QVERIFY(arena.size() > 1);
    for (qsizetype i = 0; i < words.size(); ++i)
        QCOMPARE(words.at(i).lower.toString(), expected.at(i));
}

void TestWordFolder::wordClasses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<quint32>("set");   // bits that must be set
    QTest::addColumn<quint32>("unset"); // bits that must not be

    QTest::newRow("said") << u"said"_s << quint32(wc::Cue) << quint32(wc::Determiner | wc::Pronoun);
    QTest::newRow("Told") << u"Told"_s << quint32(wc::Cue) << quint32(wc::Determiner);
    QTest::newRow("the") << u"the"_s << quint32(wc::Determiner) << quint32(wc::Cue);
    QTest::newRow("The") << u"The"_s << quint32(wc::Determiner) << quint32(wc::Cue);
    QTest::newRow("she") << u"she"_s
                         << quint32(wc::Pronoun | wc::SubjectPronoun | wc::FemalePronoun)
                         << quint32(wc::Cue | wc::PluralPronoun);
    QTest::newRow("him") << u"him"_s << quint32(wc::Pronoun) << quint32(wc::SubjectPronoun);
    QTest::newRow("we") << u"we"_s << quint32(wc::FirstPerson | wc::PluralPronoun)
                        << quint32(wc::SecondPerson);
    QTest::newRow("spokesman") << u"spokesman"_s << quint32(wc::RoleNoun)
                               << quint32(wc::Cue | wc::PluralRoleNoun);
    QTest::newRow("officials") << u"officials"_s << quint32(wc::RoleNoun | wc::PluralRoleNoun)
                               << quint32(wc::Cue);
    QTest::newRow("prime") << u"prime"_s << quint32(wc::TitleStart) << quint32(wc::Cue);
    QTest::newRow("according") << u"according"_s << quint32(wc::CuePhraseStart)
                               << quint32(wc::Determiner);
    QTest::newRow("where") << u"where"_s << quint32(wc::Subordinator) << quint32(wc::Cue);
    QTest::newRow("u.s of U.S.") << u"U.S"_s << quint32(wc::Place | wc::Demonym) << quint32(0);
    QTest::newRow("harbour") << u"harbour"_s << quint32(0)
                             << quint32(wc::Cue | wc::Determiner | wc::Pronoun | wc::RoleNoun);
}

void TestWordFolder::wordClasses()
{
    QFETCH(QString, word);
    QFETCH(quint32, set);
    QFETCH(quint32, unset);

    const auto lexicon = english();
    QList<QString> arena;
    const FoldedWord folded = WordFolder(arena).fold(word);
    const quint32 classes = lexicon->wordClasses().classesOf(folded.lower, folded.hash);
    QCOMPARE(classes & set, set);
    QCOMPARE(classes & unset, quint32(0));
    QCOMPARE(lexicon->wordClasses().classesOf(WordFolder::lowerCase(word)), classes);
}

void TestWordFolder::classTable()
{
    WordClassTable table;
    QCOMPARE(table.classesOf(u"said"), quint32(0)); // empty: every word is unknown
    table.insert(u"said"_s, wc::Cue);
    table.insert(u"said"_s, wc::CuePhraseStart); // a second insert adds to the bits
    for (int i = 0; i < 3000; ++i)               // growth keeps earlier words
        table.insert(u"word%1"_s.arg(i), wc::NonName);
    QCOMPARE(table.classesOf(u"said"), quint32(wc::Cue | wc::CuePhraseStart));
    QCOMPARE(table.classesOf(u"word2999"), quint32(wc::NonName));
    QCOMPARE(table.classesOf(u"word3000"), quint32(0));
    QCOMPARE(table.size(), 3001);
}

void TestWordFolder::classesFromTheirLexicon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallLexicon(dir);
    const auto small = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    QVERIFY(small->wordClasses().classesOf(u"yodelled") & wc::Cue);
    QVERIFY(!(english()->wordClasses().classesOf(u"yodelled") & wc::Cue));
}

QTEST_GUILESS_MAIN(TestWordFolder)
#include "tst_wordfolder.moc"
