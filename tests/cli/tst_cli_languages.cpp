// The language of an article in whosaid-cli, through the real binary: detected from the text
// when nothing names it, the JSON Lines record's "lang" over detection, and --lang over both,
// for analyze and export (whose JSON and HTML carry the language).

#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;

namespace {

// French: its cue ("a déclaré") and the titled name after it mean nothing to English.
const QString French = u"La commune a présenté lundi son plan de circulation. « Le pont rouvrira "
                       "avant l'été », a déclaré le maire Julien Marchand."_s;
const QString Speaker = u"Julien Marchand"_s;

// The speaker of the first quotation of one analysis in JSON, "" for none.
QString firstSpeaker(const QJsonObject &result)
{
    const QJsonArray quotes = result.value(u"quotes"_s).toArray();
    return quotes.isEmpty() ? QString() : quotes.first().toObject().value(u"speaker"_s).toString();
}

} // namespace

class TestCliLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setupProblem(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_article = writeFile(m_dir, u"article.txt"_s, French.toUtf8());
    }

    void analyzeDetects_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("detected") << QStringList{} << Speaker;
        QTest::newRow("--lang fr") << QStringList{u"--lang"_s, u"fr"_s} << Speaker;
        QTest::newRow("--lang en overrides detection")
            << QStringList{u"--lang"_s, u"en"_s} << QString();
    }

    void analyzeDetects()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, speaker);

        const QStringList arguments = QStringList{u"analyze"_s, u"--format"_s, u"json"_s} + options
            + QStringList{m_article};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 0);
        QCOMPARE(firstSpeaker(QJsonDocument::fromJson(run.out).object()), speaker);
    }

    // Without --lang each record has its own language: its "lang", else the detected one.
    void jsonlRecords_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("speakers"); // of the records without and with "lang": "en"

        QTest::newRow("detected, or the record's")
            << QStringList{} << QStringList{Speaker, QString()};
        QTest::newRow("--lang fr overrides both")
            << QStringList{u"--lang"_s, u"fr"_s} << QStringList{Speaker, Speaker};
        QTest::newRow("--lang en overrides both")
            << QStringList{u"--lang"_s, u"en"_s} << QStringList{QString(), QString()};
    }

    void jsonlRecords()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, speakers);

        const QByteArray input = jsonLine({{u"id"_s, u"detected"_s}, {u"text"_s, French}})
            + jsonLine({{u"id"_s, u"english"_s}, {u"text"_s, French}, {u"lang"_s, u"en"_s}});
        const QStringList arguments
            = QStringList{u"analyze"_s, u"--jsonl"_s} + options + QStringList{u"-"_s};
        RunOptions standardInput;
        standardInput.input = input;
        const Run run = runCli(arguments, standardInput);
        VERIFY_EXIT(run, arguments, 0);
        const QList<QByteArray> lines = outputLines(run.out);
        QCOMPARE(lines.size(), 2);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject result = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(checkContract(result, French), QString());
            QCOMPARE(firstSpeaker(result), speakers.at(i));
        }
    }

    // The JSON export names the article's language, detected or given.
    void exportCarriesTheLanguage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("language");

        QTest::newRow("detected") << QStringList{} << u"fr"_s;
        QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s} << u"de"_s;
    }

    void exportCarriesTheLanguage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, language);

        const QStringList arguments
            = QStringList{u"export"_s, u"--format"_s, u"json"_s} + options + QStringList{m_article};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 0);
        const QJsonObject exported = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(exported.value(u"article"_s).toObject().value(u"language"_s).toString(), language);
        const QStringList htmlArguments
            = QStringList{u"export"_s} + options + QStringList{m_article};
        const Run page = runCli(htmlArguments);
        VERIFY_EXIT(page, htmlArguments, 0);
        QVERIFY(page.outText().contains(u"<html lang=\"%1\""_s.arg(language)));
    }

private:
    QTemporaryDir m_dir;
    QString m_article;
};

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "tst_cli_languages.moc"
