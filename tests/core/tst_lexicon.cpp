// Tests of Lexicon: the embedded English files and small folders written here.

#include "LexiconTestSupport.h"
#include "analysis/DataFile.h"
#include "analysis/Lexicon.h"
#include "analysis/PhraseList.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::DataFile;
using whosaid::analysis::Gender;
using whosaid::analysis::GrammaticalNumber;
using whosaid::analysis::Lexicon;
using whosaid::analysis::PhraseList;
using whosaid::analysis::PronounInfo;
using whosaid::analysis::QuotePair;
using whosaid::analysis::TitleArticle;
using whosaid::coretest::english;
using whosaid::coretest::matchAt;
using whosaid::coretest::writeFile;
using whosaid::coretest::writeSmallLexicon;

namespace {

bool hasPair(const QList<QuotePair> &pairs, QChar open, QChar close, bool apostropheLike)
{
    for (const QuotePair &pair : pairs) {
        if (pair.open == open && pair.close == close)
            return pair.apostropheLike == apostropheLike;
    }
    return false;
}

} // namespace

class TestLexicon final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The embedded English lexicon
    void englishLoads();
    void englishCues_data();
    void englishCues();
    void englishTitles();
    void englishPronouns_data();
    void englishPronouns();
    void englishRoles();
    void englishQuotePairs();
    void unknownLanguageFallsBack_data();
    void unknownLanguageFallsBack();

    // Every embedded language
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void articles_data();
    void articles();

    // Lexicons read from a folder
    void fromDirectory();
    void fromDirectoryMissingFiles();
    void fromDirectoryQuotePairs();
    void titlesLongestFirst_data();
    void titlesLongestFirst();
    void serials();
};

void TestLexicon::initTestCase()
{
    QVERIFY(Lexicon::availableLanguages().contains(u"en"_s));
}

// ---------------------------------------------------------------------------------------------
// The embedded English lexicon

void TestLexicon::englishLoads()
{
    const auto lexicon = english();
    QVERIFY(lexicon);
    QCOMPARE(lexicon->language(), u"en"_s);
    QCOMPARE(english().get(), lexicon.get()); // loaded once, then cached
    QCOMPARE(english()->serial(), lexicon->serial());
    QVERIFY(lexicon->titles().size() > 10);
    QVERIFY(lexicon->cuePhrases().size() > 10);
    QVERIFY(lexicon->isDeterminer(u"the"_s));
    QVERIFY(lexicon->isPreposition(u"of"_s));
    QVERIFY(lexicon->isAbbreviation(u"mr."_s));
    QVERIFY(!lexicon->isDeterminer(u"harbour"_s));
}

void TestLexicon::englishCues_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("lemma"); // empty when not a cue

    QTest::newRow("said") << u"said"_s << u"say"_s;
    QTest::newRow("says") << u"says"_s << u"say"_s;
    QTest::newRow("saying") << u"saying"_s << u"say"_s;
    QTest::newRow("say") << u"say"_s << u"say"_s;
    QTest::newRow("told") << u"told"_s << u"tell"_s;
    QTest::newRow("tells") << u"tells"_s << u"tell"_s;
    QTest::newRow("added") << u"added"_s << u"add"_s;
    QTest::newRow("wrote") << u"wrote"_s << u"write"_s;
    QTest::newRow("harbour") << u"harbour"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLexicon::englishCues()
{
    QFETCH(QString, word);
    QFETCH(QString, lemma);

    const auto lexicon = english();
    QCOMPARE(lexicon->isCue(word), !lemma.isEmpty());
    QCOMPARE(lexicon->cueLemma(word), lemma);
}

void TestLexicon::englishTitles()
{
    const auto lexicon = english();
    const PhraseList &titles = lexicon->titles();
    QCOMPARE(matchAt(titles, u"prime minister keir"_s), 2);
    QCOMPARE(matchAt(titles, u"mr varga"_s), 1);
    QCOMPARE(matchAt(titles, u"the harbour"_s), 0);
    QVERIFY(titles.startingWith(u"prime"_s));
    QVERIFY(titles.startingWith(u"prime"_s)->contains(QStringList{u"prime"_s, u"minister"_s}));
    QVERIFY(lexicon->isTitleWord(u"prime"_s));
    QVERIFY(!lexicon->isTitleWord(u"harbour"_s));

    QCOMPARE(lexicon->titleGender(u"mr"_s), Gender::Male);
    QCOMPARE(lexicon->titleGender(u"mr."_s), Gender::Male);
    QCOMPARE(lexicon->titleGender(u"mrs"_s), Gender::Female);
    QCOMPARE(lexicon->titleGender(u"prime minister"_s), Gender::Unknown);
    QCOMPARE(lexicon->titleGender(u"harbour"_s), Gender::Unknown);
}

void TestLexicon::englishPronouns_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Gender>("gender");
    QTest::addColumn<GrammaticalNumber>("number");
    QTest::addColumn<bool>("subject");
    QTest::addColumn<bool>("firstPerson");

    QTest::newRow("she") << u"she"_s << Gender::Female << GrammaticalNumber::Singular << true
                         << false;
    QTest::newRow("he") << u"he"_s << Gender::Male << GrammaticalNumber::Singular << true << false;
    QTest::newRow("him") << u"him"_s << Gender::Male << GrammaticalNumber::Singular << false
                         << false;
    QTest::newRow("they") << u"they"_s << Gender::Unknown << GrammaticalNumber::Plural << true
                          << false;
    QTest::newRow("we") << u"we"_s << Gender::Unknown << GrammaticalNumber::Plural << true << true;
}

void TestLexicon::englishPronouns()
{
    QFETCH(QString, word);
    QFETCH(Gender, gender);
    QFETCH(GrammaticalNumber, number);
    QFETCH(bool, subject);
    QFETCH(bool, firstPerson);

    const PronounInfo *info = english()->pronoun(word);
    QVERIFY(info);
    QCOMPARE(info->gender, gender);
    QCOMPARE(info->number, number);
    QCOMPARE(info->subject, subject);
    QCOMPARE(info->firstPerson, firstPerson);
    QVERIFY(!info->secondPerson);
}

void TestLexicon::englishRoles()
{
    const auto lexicon = english();
    QVERIFY(lexicon->isRoleNoun(u"spokesman"_s));
    QCOMPARE(lexicon->roleNumber(u"spokesman"_s), GrammaticalNumber::Singular);
    QVERIFY(lexicon->isRoleNoun(u"officials"_s));
    QCOMPARE(lexicon->roleNumber(u"officials"_s), GrammaticalNumber::Plural);
    QVERIFY(!lexicon->isRoleNoun(u"harbour"_s));
    QVERIFY(!english()->pronoun(u"harbour"_s));
}

void TestLexicon::englishQuotePairs()
{
    const QList<QuotePair> &pairs = english()->quotePairs();
    QVERIFY(hasPair(pairs, QChar(0x201C), QChar(0x201D), false)); // “ ”
    QVERIFY(hasPair(pairs, u'"', u'"', false));
    QVERIFY(hasPair(pairs, QChar(0x2018), QChar(0x2019), true));  // ‘ ’
    QVERIFY(hasPair(pairs, QChar(0x00AB), QChar(0x00BB), false)); // « »
    QVERIFY(!hasPair(pairs, u'(', u')', false));
}

void TestLexicon::unknownLanguageFallsBack_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("xx") << u"xx"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("upper-case EN") << u"EN"_s;
    QTest::newRow("path-like") << u"../en"_s;
}

void TestLexicon::unknownLanguageFallsBack()
{
    QFETCH(QString, code);

    const auto lexicon = Lexicon::forLanguage(code);
    QVERIFY(lexicon);
    QCOMPARE(lexicon->language(), u"en"_s);
    QCOMPARE(lexicon.get(), english().get());
    QCOMPARE(lexicon->cueLemma(u"said"_s), u"say"_s);
}

// ---------------------------------------------------------------------------------------------
// Every embedded language

void TestLexicon::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Lexicon::availableLanguages())
        QTest::newRow(qPrintable(code)) << code;
    for (const QString &code : {u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"pt"_s, u"ru"_s, u"cs"_s})
        QVERIFY2(Lexicon::availableLanguages().contains(code), qPrintable(code));
}

// What the analysis of direct quotations needs, and no reporting frame for a verb that is no cue
// (a typo in either file would silently lose the frame).
void TestLexicon::everyLanguageLoads()
{
    QFETCH(QString, code);

    const auto lexicon = Lexicon::forLanguage(code);
    QCOMPARE(lexicon->language(), code);
    QVERIFY(lexicon->titles().size() > 20);
    QVERIFY(lexicon->cuePhrases().size() > 0);
    QVERIFY(lexicon->wordClasses().size() > 500);
    const QString folder = DataFile::languageFolder(code);
    QVERIFY(DataFile::records(folder + u"/cues.txt"_s).size() > 20);
    QVERIFY(DataFile::records(folder + u"/pronouns.txt"_s).size() > 10);
    QVERIFY(DataFile::records(folder + u"/roles.txt"_s).size() > 20);
    for (const QStringList &frame : DataFile::records(folder + u"/reporting-frames.txt"_s))
        QVERIFY2(lexicon->cueLemma(frame.first()) == frame.first(), qPrintable(frame.first()));
}

void TestLexicon::articles_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hasArticles");
    QTest::addColumn<QString>("titleArticle"); // an article that opens a titled name, or none

    QTest::newRow("en") << u"en"_s << true << QString();
    QTest::newRow("de") << u"de"_s << true << QString();
    QTest::newRow("fr") << u"fr"_s << true << u"le"_s;
    QTest::newRow("es") << u"es"_s << true << u"el"_s;
    QTest::newRow("it") << u"it"_s << true << u"il"_s;
    QTest::newRow("pt") << u"pt"_s << true << u"o"_s;
    QTest::newRow("ru") << u"ru"_s << false << QString();
    QTest::newRow("cs") << u"cs"_s << false << QString();
}

void TestLexicon::articles()
{
    QFETCH(QString, code);
    QFETCH(bool, hasArticles);
    QFETCH(QString, titleArticle);

    const auto lexicon = Lexicon::forLanguage(code);
    QCOMPARE(lexicon->hasArticles(), hasArticles);
    if (!titleArticle.isEmpty())
        QVERIFY((lexicon->wordClasses().classesOf(titleArticle) & TitleArticle) != 0);
    QCOMPARE(lexicon->wordClasses().classesOf(u"the"_s) & TitleArticle, 0U);
}

// ---------------------------------------------------------------------------------------------
// Lexicons read from a folder

void TestLexicon::fromDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallLexicon(dir);

    const auto lexicon = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    QVERIFY(lexicon);
    QCOMPARE(lexicon->language(), u"zz"_s);

    QCOMPARE(lexicon->cueLemma(u"shouted"_s), u"shout"_s);
    QCOMPARE(lexicon->cueLemma(u"shout"_s), u"shout"_s);
    QCOMPARE(lexicon->cueLemma(u"yodelled"_s), u"yodel"_s);
    QVERIFY(!english()->isCue(u"yodelled"_s));
    QCOMPARE(lexicon->cueLemma(u"whispering"_s), u"whisper"_s); // lower-cased, trimmed
    QVERIFY(!lexicon->isCue(u"said"_s));                        // not English
    QVERIFY(!lexicon->isCue(u"murmur"_s));                      // commented out
    QVERIFY(!lexicon->isCue(u"#"_s));
    QVERIFY(!lexicon->isCue(QString()));

    QCOMPARE(lexicon->titles().size(), 4);
    QCOMPARE(lexicon->titles().longest(), 2);
    QVERIFY(lexicon->isTitleWord(u"chief"_s));
    QVERIFY(lexicon->isTitleWord(u"sir"_s));
    QVERIFY(!lexicon->isTitleWord(u"inspector"_s));
    QCOMPARE(lexicon->titleGender(u"dame"_s), Gender::Female);
    QCOMPARE(lexicon->titleGender(u"sir"_s), Gender::Male);
    QCOMPARE(lexicon->titleGender(u"chief inspector"_s), Gender::Unknown);

    const PronounInfo *she = lexicon->pronoun(u"she"_s);
    QVERIFY(she);
    QCOMPARE(she->gender, Gender::Female);
    QCOMPARE(she->number, GrammaticalNumber::Singular);
    QVERIFY(she->subject);
    const PronounInfo *them = lexicon->pronoun(u"them"_s);
    QVERIFY(them);
    QCOMPARE(them->number, GrammaticalNumber::Plural);
    QVERIFY(!them->subject);
    QVERIFY(lexicon->pronoun(u"we"_s) && lexicon->pronoun(u"we"_s)->firstPerson);
    QVERIFY(!lexicon->pronoun(u"he"_s));
    QVERIFY(!lexicon->pronoun(u"#"_s));

    QCOMPARE(lexicon->roleNumber(u"stewards"_s), GrammaticalNumber::Plural);
    QVERIFY(lexicon->isDeterminer(u"the"_s));
    QVERIFY(!lexicon->isDeterminer(u"a"_s));

    // The files it does not have are empty.
    QVERIFY(!lexicon->isPreposition(u"of"_s));
    QVERIFY(!lexicon->isPlace(u"russia"_s));
    QCOMPARE(lexicon->cuePhrases().size(), 0);
    QCOMPARE(lexicon->mentionCues().size(), 0);
    QCOMPARE(lexicon->organisationPhrases().size(), 0);
}

void TestLexicon::fromDirectoryMissingFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &path : {dir.path(), dir.filePath(u"does-not-exist"_s)}) {
        const auto lexicon = Lexicon::fromDirectory(path, u"zz"_s);
        QVERIFY(lexicon);
        QVERIFY(!lexicon->isCue(u"said"_s));
        QCOMPARE(lexicon->titles().size(), 0);
        QCOMPARE(lexicon->titles().longest(), 0);
        QVERIFY(!lexicon->titles().startingWith(u"mr"_s));
        QCOMPARE(matchAt(lexicon->titles(), u"chief inspector"_s), 0);
        QVERIFY(!lexicon->pronoun(u"she"_s));
        QVERIFY(!lexicon->isRoleNoun(u"spokesman"_s));
        QCOMPARE(lexicon->givenNameGender(u"anna"_s), Gender::Unknown);
        QVERIFY(!lexicon->isOrganisationWord(u"ministry"_s));
        // Quote marks are shared by all languages: without a quotes.txt the common ones apply.
        QCOMPARE(lexicon->quotePairs().size(), english()->quotePairs().size());
    }
}

void TestLexicon::fromDirectoryQuotePairs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, u"quotes.txt"_s,
              u"# OPEN CLOSE FLAGS\n"
              "\u00ab\t\u00bb\t-\n"
              "ab\tc\t-\n"
              "\u2039\n"
              "\u201a\t\u2018\tapostrophe\n"_s);
    // Two bad lines (a two-character mark, a line without a closing mark) are skipped.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^bad quote pair in .*\"ab\""_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^bad quote pair in "_s));
    const auto lexicon = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    const QList<QuotePair> &pairs = lexicon->quotePairs();
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0).open, QChar(0x00AB));
    QCOMPARE(pairs.at(0).close, QChar(0x00BB));
    QVERIFY(!pairs.at(0).apostropheLike);
    QCOMPARE(pairs.at(1).open, QChar(0x201A));
    QVERIFY(pairs.at(1).apostropheLike);
}

void TestLexicon::titlesLongestFirst_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<qsizetype>("first");
    QTest::addColumn<qsizetype>("limit"); // -1: all the words
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("chief inspector")
        << u"chief inspector morse"_s << qsizetype(0) << qsizetype(-1) << qsizetype(2);
    QTest::newRow("chief alone") << u"chief constable"_s << qsizetype(0) << qsizetype(-1)
                                 << qsizetype(1);
    QTest::newRow("chief at the end")
        << u"the chief"_s << qsizetype(1) << qsizetype(-1) << qsizetype(1);
    QTest::newRow("limit cuts the longer title")
        << u"chief inspector"_s << qsizetype(0) << qsizetype(1) << qsizetype(1);
    QTest::newRow("in the middle")
        << u"said chief inspector lund"_s << qsizetype(1) << qsizetype(-1) << qsizetype(2);
    QTest::newRow("second word alone")
        << u"inspector lund"_s << qsizetype(0) << qsizetype(-1) << qsizetype(0);
    QTest::newRow("first at the limit")
        << u"chief"_s << qsizetype(1) << qsizetype(-1) << qsizetype(0);
}

void TestLexicon::titlesLongestFirst()
{
    QFETCH(QString, words);
    QFETCH(qsizetype, first);
    QFETCH(qsizetype, limit);
    QFETCH(qsizetype, length);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallLexicon(dir);
    const auto lexicon = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    QCOMPARE(matchAt(lexicon->titles(), words, first, limit), length);
}

void TestLexicon::serials()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSmallLexicon(dir);
    const auto a = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    const auto b = Lexicon::fromDirectory(dir.path(), u"zz"_s);
    QVERIFY(a->serial() != 0);
    QVERIFY(a->serial() != b->serial());
    QVERIFY(a->serial() != english()->serial());
    QVERIFY(b->serial() != english()->serial());
    QCOMPARE(english()->serial(), Lexicon::forLanguage(u"en"_s)->serial());
}

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
