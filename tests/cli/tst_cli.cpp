// Tests of the whosaid-cli binary's command line and batch interface: usage, help, version,
// the JSON Lines contract of ../shared/eval/README.md (code point offsets, one line per record,
// order kept across threads) and bench. Article files are in tst_cli_inputs.cpp.

#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();

    void jsonlRoundTrip_data();
    void jsonlRoundTrip();
    void jsonlBadRecords();
    void jsonlLineEnds();
    void jsonlParallelOrder();

    void bench();

private:
    static QList<Record> roundTripRecords();

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    const QString problem = setupProblem(m_dir);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---------------------------------------------------------------------------------------------
// Command line

void TestCli::version()
{
    const QStringList arguments{u"--version"_s};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    QCOMPARE(run.outText(), u"whosaid-cli " WHOSAID_VERSION "\n"_s);
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("-h") << QStringList{u"-h"_s};
    QTest::newRow("analyze --help") << QStringList{u"analyze"_s, u"--help"_s};
    QTest::newRow("bench --help") << QStringList{u"bench"_s, u"--help"_s};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);

    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    QVERIFY2(run.outText().contains(u"Usage:"_s), run.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of what stderr says

    QTest::newRow("no arguments") << QStringList() << u"Usage:"_s;
    QTest::newRow("unknown command")
        << QStringList{u"summarise"_s, u"article.txt"_s} << u"unknown command 'summarise'"_s;
    QTest::newRow("analyze without files") << QStringList{u"analyze"_s} << u"no input files"_s;
    QTest::newRow("analyze --jsonl without files")
        << QStringList{u"analyze"_s, u"--jsonl"_s} << u"no input files"_s;
    QTest::newRow("unknown option")
        << QStringList{u"analyze"_s, u"--colour"_s, u"article.txt"_s} << u"colour"_s;
    QTest::newRow("--format xml") << QStringList{u"analyze"_s, u"--format"_s, u"xml"_s,
                                                 u"article.txt"_s}
                                  << u"xml"_s;
    QTest::newRow("-j 0") << QStringList{u"analyze"_s, u"-j"_s, u"0"_s, u"article.txt"_s}
                          << u"--jobs"_s;
    QTest::newRow("--max-size abc")
        << QStringList{u"analyze"_s, u"--max-size"_s, u"abc"_s, u"article.txt"_s}
        << u"--max-size"_s;
    QTest::newRow("bench --size 0") << QStringList{u"bench"_s, u"--size"_s, u"0"_s} << u"--size"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 2);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

QList<Record> TestCli::roundTripRecords()
{
    return {
        {u"emoji"_s,
         u"Fans cheered \U0001F389\U0001F389 in the square before kick-off. \u201cWe were robbed "
         "in the final minute,\u201d coach Marta Silva said after the match. \U0001F3C6"_s,
         {{u"We were robbed in the final minute,"_s, u"Silva"_s}}},
        {u"crlf"_s,
         u"Budget talks stall\r\n\r\nFinance minister Paul Okoro warned on Friday that cuts were "
         "coming.\r\n\"There is simply no money left for new roads,\" Okoro said.\r\n\"We will "
         "protect the hospitals first,\" he added.\r\n"_s,
         {{u"There is simply no money left for new roads,"_s, u"Okoro"_s},
          {u"We will protect the hospitals first,"_s, u"Okoro"_s}}},
        {u"no-quotes"_s,
         u"The river rose by two metres overnight, and several roads were closed. Volunteers "
         "filled sandbags until dawn."_s,
         {}},
    };
}

void TestCli::jsonlRoundTrip_data()
{
    QTest::addColumn<bool>("viaStdin");

    QTest::newRow("file") << false;
    QTest::newRow("stdin") << true;
}

void TestCli::jsonlRoundTrip()
{
    QFETCH(bool, viaStdin);

    const QList<Record> records = roundTripRecords();
    QByteArray input;
    for (const Record &record : records) {
        QJsonObject object{{u"id"_s, record.id}, {u"text"_s, record.text}};
        if (record.id == u"crlf"_s)
            object.insert(u"lang"_s, u"en"_s);
        input += jsonLine(object);
    }
    // The fixture keeps CRLF inside a JSON string and characters outside the BMP as UTF-8.
    QVERIFY(input.contains(R"(stall\r\n\r\nFinance)"_ba));
    QVERIFY(input.contains("\xF0\x9F\x8E\x89"_ba));

    QStringList arguments{u"analyze"_s, u"--jsonl"_s};
    RunOptions options;
    if (viaStdin) {
        arguments << u"-"_s;
        options.input = input;
    } else {
        arguments << writeFile(m_dir, u"roundtrip.jsonl"_s, input);
    }
    const Run run = runCli(arguments, options);
    VERIFY_EXIT(run, arguments, 0);

    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && json.isObject(),
                 qPrintable(u"line %1 is not a JSON object: "_s.arg(i + 1)
                            + QString::fromUtf8(lines.at(i))));
        const QJsonObject result = json.object();
        QCOMPARE(result.value(u"id"_s).toString(), record.id);
        QVERIFY2(!result.contains(u"error"_s), lines.at(i).constData());
        const QString problem = checkContract(result, record.text);
        QVERIFY2(problem.isEmpty(), qPrintable(record.id + u": "_s + problem));
        const QString missing = checkExpected(result, record);
        QVERIFY2(missing.isEmpty(), qPrintable(record.id + u": "_s + missing));
        if (record.expected.isEmpty())
            QVERIFY2(result.value(u"quotes"_s).toArray().isEmpty(), lines.at(i).constData());
    }
}

// Lines longer than the reader's block, CR LF line ends and a last line without a line feed.
void TestCli::jsonlLineEnds()
{
    QString longText;
    while (longText.size() < 3 * 1024 * 1024)
        longText += u"The mayor said: \u201cThe bridge opens in May.\u201d Then she left. "_s;
    QByteArray input = jsonLine({{u"id"_s, u"long"_s}, {u"text"_s, longText}});
    input.chop(1);
    input += "\r\n";
    input += jsonLine({{u"id"_s, u"last"_s}, {u"text"_s, u"He said \u201cno.\u201d"_s}});
    input.chop(1); // no line feed at the end
    const QString path = writeFile(m_dir, u"line-ends.jsonl"_s, input);

    const QStringList arguments{u"analyze"_s, u"--jsonl"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"id"_s).toString(), u"long"_s);
    QVERIFY(first.value(u"quotes"_s).toArray().size() > 1000);
    const QJsonObject last = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(last.value(u"id"_s).toString(), u"last"_s);
    QCOMPARE(last.value(u"quotes"_s).toArray().size(), 1);
}

void TestCli::jsonlBadRecords()
{
    const QList<Record> good = roundTripRecords();
    QByteArray input = jsonLine({{u"id"_s, good.at(0).id}, {u"text"_s, good.at(0).text}});
    input += "{\"id\": \"broken\", \"text\": \"The mayor said \n";      // line 2: not JSON
    input += jsonLine({{u"id"_s, u"no-text"_s}, {u"lang"_s, u"en"_s}}); // line 3: no "text"
    input += "\n"; // line 4: blank lines are skipped
    input += jsonLine({{u"id"_s, good.at(1).id}, {u"text"_s, good.at(1).text}}); // line 5
    const QString path = writeFile(m_dir, u"bad-records.jsonl"_s, input);

    const QStringList arguments{u"analyze"_s, u"--jsonl"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 1);
    QVERIFY2(run.errText().contains(path + u":2"_s), run.err.constData());
    QVERIFY2(run.errText().contains(path + u":3"_s), run.err.constData());
    QVERIFY2(!run.errText().contains(path + u":1:"_s), run.err.constData());
    QVERIFY2(!run.errText().contains(path + u":5"_s), run.err.constData());

    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 4);
    QList<QJsonObject> results;
    for (const QByteArray &line : lines) {
        const QJsonDocument json = QJsonDocument::fromJson(line);
        QVERIFY2(json.isObject(), line.constData());
        results.append(json.object());
    }
    // The broken records keep their place, with an error and no quotes.
    QVERIFY2(results.at(1).value(u"error"_s).isString(), lines.at(1).constData());
    QVERIFY(results.at(1).value(u"quotes"_s).toArray().isEmpty());
    QVERIFY2(results.at(2).value(u"error"_s).isString(), lines.at(2).constData());
    QCOMPARE(results.at(2).value(u"id"_s).toString(), u"no-text"_s);
    QVERIFY(results.at(2).value(u"quotes"_s).toArray().isEmpty());
    // The others are analysed as usual.
    for (const auto &[index, record] : {std::pair{0, good.at(0)}, std::pair{3, good.at(1)}}) {
        const QJsonObject &result = results.at(index);
        QCOMPARE(result.value(u"id"_s).toString(), record.id);
        QVERIFY2(!result.contains(u"error"_s), lines.at(index).constData());
        const QString problem = checkContract(result, record.text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString missing = checkExpected(result, record);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
}

void TestCli::jsonlParallelOrder()
{
    constexpr int Records = 50;
    const QString filler = u"The committee will meet again in the spring to review the "
                           "costs of the project, which have risen sharply since last year. "_s;
    QByteArray input;
    QStringList ids;
    for (int i = 0; i < Records; ++i) {
        // Uneven lengths, so that the threads finish out of order.
        const QString quote
            = u"\u201cLine %1 will reopen next week,\u201d Mayor Elena Varga said. "_s;
        const QString text = filler.repeated((i * 37) % 23) + quote.arg(i) + filler.repeated(i % 5);
        ids.append(u"doc-%1-%2"_s.arg((i * 7919) % 1000).arg(i));
        input += jsonLine({{u"id"_s, ids.constLast()}, {u"text"_s, text}});
    }
    const QString path = writeFile(m_dir, u"parallel.jsonl"_s, input);

    const QStringList arguments{u"analyze"_s, u"--jsonl"_s, u"-j"_s, u"2"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), Records);
    for (int i = 0; i < Records; ++i) {
        const QJsonObject result = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(result.value(u"id"_s).toString(), ids.at(i));
        // The result belongs to its own record, not only its id.
        const QString words = u"Line %1 will reopen next week,"_s.arg(i);
        bool found = false;
        for (const QJsonValue &quote : result.value(u"quotes"_s).toArray())
            found = found || quote.toObject().value(u"text"_s).toString() == words;
        QVERIFY2(found, lines.at(i).constData());
    }
}

// ---------------------------------------------------------------------------------------------
// Bench

void TestCli::bench()
{
    const QStringList arguments{u"bench"_s, u"--size"_s, u"1"_s};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    qsizetype measured = 0;
    for (const QByteArray &line : outputLines(run.out))
        measured += line.contains(" MB/s") ? 1 : 0;
    QVERIFY2(measured >= 2, run.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
