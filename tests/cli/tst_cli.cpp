// Tests of the whosaid-cli binary itself: it is started with QProcess, fed files made in a
// temporary directory (and standard input), and judged on exit codes, stderr messages and the
// JSON Lines contract of ../shared/eval/README.md (code point offsets, one line per record).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultTimeoutMs = 60'000;
// The 50 MB article takes about 35 s in a Debug build; leave room for a loaded machine.
constexpr int LargeTimeoutMs = 240'000;
constexpr qint64 MiB = 1024LL * 1024;

struct Run
{
    bool started = false;
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
};

struct RunOptions
{
    QByteArray input;   // written to standard input, which is then closed
    QString stdoutFile; // standard output goes there instead of memory
    int timeoutMs = DefaultTimeoutMs;
};

Run runCli(const QStringList &arguments, const RunOptions &options = {})
{
    QProcess process;
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
    process.start(QString::fromUtf8(WHOSAID_CLI), arguments);
    Run run;
    run.started = process.waitForStarted(DefaultTimeoutMs);
    if (!run.started)
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(options.timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Empty when the run ended normally with `expected`; otherwise what went wrong, for QVERIFY2.
QString exitProblem(const Run &run, const QStringList &arguments, int expected)
{
    const QString command = u"whosaid-cli "_s + arguments.join(u' ');
    if (!run.started)
        return command + u": did not start"_s;
    if (!run.finished)
        return command + u": did not finish in time"_s;
    if (run.exitStatus != QProcess::NormalExit)
        return command + u": crashed (signal), stderr: "_s + run.errText().right(2000);
    if (run.exitCode != expected)
        return command + u": exit code %1, expected %2; stderr: "_s.arg(run.exitCode).arg(expected)
            + run.errText().right(2000);
    return {};
}

#define VERIFY_EXIT(run, arguments, code)                                                          \
    do {                                                                                           \
        const QString problem_ = exitProblem(run, arguments, code);                                \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

QList<QByteArray> outputLines(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray jsonLine(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

qsizetype codePointCount(QStringView text)
{
    return text.toUcs4().size();
}

// The UTF-16 index of code point `codePoint` of `text`, or -1 past its end.
qsizetype utf16Index(const QString &text, qint64 codePoint)
{
    qsizetype i = 0;
    for (qint64 n = 0; n < codePoint; ++n) {
        if (i >= text.size())
            return -1;
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

// The text between code points [start, end) of `text`.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const qsizetype from = utf16Index(text, start);
    const qsizetype to = utf16Index(text, end);
    if (from < 0 || to < 0)
        return {};
    return text.mid(from, to - from);
}

bool isPronoun(const QString &name)
{
    static const QSet<QString> pronouns
        = {u"he"_s,  u"she"_s,  u"they"_s, u"it"_s,   u"we"_s,  u"i"_s,     u"you"_s,    u"him"_s,
           u"her"_s, u"them"_s, u"his"_s,  u"hers"_s, u"its"_s, u"their"_s, u"us"_s,     u"me"_s,
           u"our"_s, u"one"_s,  u"this"_s, u"that"_s, u"who"_s, u"which"_s, u"someone"_s};
    return pronouns.contains(name.trimmed().toLower());
}

// A [start, end) code point span of `length`, or null; otherwise a problem.
QString checkSpan(const QJsonValue &value, qsizetype length, const QString &what)
{
    if (value.isNull())
        return {};
    const QJsonArray span = value.toArray();
    if (!value.isArray() || span.size() != 2)
        return what + u" is neither null nor [start, end]"_s;
    const qint64 start = span.at(0).toInteger(-1);
    const qint64 end = span.at(1).toInteger(-1);
    if (start < 0 || end <= start || end > length)
        return what
            + u" [%1, %2) is not a span of a text of %3 code points"_s.arg(start).arg(end).arg(
                length);
    return {};
}

// Checks one output line of `analyze --jsonl` against the contract, for the input `text`;
// returns the first problem found, or an empty string.
QString checkContract(const QJsonObject &result, const QString &text)
{
    if (!result.value(u"quotes"_s).isArray())
        return u"no \"quotes\" array"_s;
    if (!result.value(u"speakers"_s).isArray())
        return u"no \"speakers\" array"_s;
    const qsizetype length = codePointCount(text);

    QHash<QString, QString> speakerNames; // id -> name
    for (const QJsonValue &value : result.value(u"speakers"_s).toArray()) {
        const QJsonObject speaker = value.toObject();
        const QString id = speaker.value(u"id"_s).toString();
        const QString name = speaker.value(u"name"_s).toString();
        if (id.isEmpty() || name.isEmpty())
            return u"a speaker without \"id\" or \"name\": "_s
                + QString::fromUtf8(QJsonDocument(speaker).toJson(QJsonDocument::Compact));
        if (speakerNames.contains(id))
            return u"speaker id '%1' appears twice"_s.arg(id);
        if (isPronoun(name))
            return u"speaker %1 is named by a bare pronoun: '%2'"_s.arg(id, name);
        speakerNames.insert(id, name);
    }

    static const QSet<QString> kinds
        = {u"direct"_s, u"mixed"_s, u"indirect"_s, u"block"_s, u"mention"_s};
    const QJsonArray quotes = result.value(u"quotes"_s).toArray();
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        const QJsonObject quote = quotes.at(q).toObject();
        const QString where = u"quote %1"_s.arg(q);
        const qint64 start = quote.value(u"start"_s).toInteger(-1);
        const qint64 end = quote.value(u"end"_s).toInteger(-1);
        if (start < 0 || end <= start || end > length)
            return where
                + u": [%1, %2) is not a span of a text of %3 code points"_s.arg(start).arg(end).arg(
                    length);
        const QString slice = codePointSlice(text, start, end);
        const QString quoted = quote.value(u"text"_s).toString();
        if (slice != quoted)
            return where
                + u": code points [%1, %2) of the input are '%3', but \"text\" is '%4'"_s.arg(start)
                      .arg(end)
                      .arg(slice, quoted);
        const QString kind = quote.value(u"kind"_s).toString();
        if (!kinds.contains(kind))
            return where + u": unknown kind '%1'"_s.arg(kind);
        if (kind == u"mention"_s)
            continue; // not speech: no speaker

        const QJsonValue speaker = quote.value(u"speaker"_s);
        const QJsonValue speakerId = quote.value(u"speaker_id"_s);
        if (speaker.isNull() != speakerId.isNull())
            return where + u": \"speaker\" and \"speaker_id\" are not both null or both set"_s;
        if (!speaker.isNull()) {
            if (!speaker.isString() || speaker.toString().isEmpty())
                return where + u": \"speaker\" is neither null nor a name"_s;
            if (isPronoun(speaker.toString()))
                return where + u": the speaker is a bare pronoun: '%1'"_s.arg(speaker.toString());
            const QString id = speakerId.toString();
            if (!speakerNames.contains(id))
                return where + u": speaker_id '%1' is not in \"speakers\""_s.arg(id);
            if (speakerNames.value(id) != speaker.toString())
                return where
                    + u": speaker '%1' but speakers[%2] is '%3'"_s.arg(speaker.toString(), id,
                                                                       speakerNames.value(id));
        } else if (!quote.contains(u"speaker"_s)) {
            return where + u": no \"speaker\" member"_s;
        }
        const QJsonValue confidence = quote.value(u"confidence"_s);
        if (!confidence.isDouble() || confidence.toDouble() < 0.0 || confidence.toDouble() > 1.0)
            return where + u": confidence is not a number in [0, 1]"_s;
        if (!quote.contains(u"speaker_mention"_s) || !quote.contains(u"cue"_s))
            return where + u": no \"speaker_mention\" or \"cue\" member"_s;
        if (QString p = checkSpan(quote.value(u"speaker_mention"_s), length, u"speaker_mention"_s);
            !p.isEmpty())
            return where + u": "_s + p;
        if (QString p = checkSpan(quote.value(u"cue"_s), length, u"cue"_s); !p.isEmpty())
            return where + u": "_s + p;
    }
    return {};
}

// A quotation the engine must find in a fixture: its words and a part of its speaker's name.
struct ExpectedQuote
{
    QString text;
    QString speaker;
};

struct Record
{
    QString id;
    QString text;
    QList<ExpectedQuote> expected;
};

// Each expected quote is among the speech quotes of `result`, attributed to its speaker.
QString checkExpected(const QJsonObject &result, const Record &record)
{
    const QJsonArray quotes = result.value(u"quotes"_s).toArray();
    for (const ExpectedQuote &expected : record.expected) {
        bool found = false;
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            if (quote.value(u"text"_s).toString() != expected.text)
                continue;
            found = true;
            if (quote.value(u"kind"_s).toString() == u"mention"_s)
                return u"'%1' is reported as a mention, not speech"_s.arg(expected.text);
            const QString speaker = quote.value(u"speaker"_s).toString();
            if (!speaker.contains(expected.speaker))
                return u"'%1' is attributed to '%2', expected %3"_s.arg(expected.text, speaker,
                                                                        expected.speaker);
            // A quote in marks covers the words inside the marks: the start is where they begin.
            const qsizetype at = record.text.indexOf(expected.text);
            const qint64 start = codePointCount(QStringView(record.text).left(at));
            if (quote.value(u"start"_s).toInteger(-1) != start)
                return u"'%1' starts at code point %2, expected %3"_s.arg(expected.text)
                    .arg(quote.value(u"start"_s).toInteger(-1))
                    .arg(start);
        }
        if (!found)
            return u"no quote with the text '%1' in %2"_s.arg(
                expected.text,
                QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    }
    return {};
}

const QString ArticleText
    = u"Harbour plan divides S\u00f8ndervik\n\n"
      "Mayor Elena Varga defended the harbour plan on Monday. \u201cWe cannot "
      "let the old pier fall into the sea,\u201d Varga told reporters at the "
      "town hall.\n\n"
      "The opposition was not convinced. \u201cThis is money the town does "
      "not have,\u201d said councillor Jonas Berg.\n"_s;

} // namespace

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
    void jsonlParallelOrder();

    void articleText();
    void articleJson();
    void severalFiles_data();
    void severalFiles();
    void badInputs_data();
    void badInputs();
    void legacyEncoding();
    void largeArticle();

    void bench();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QList<Record> roundTripRecords();

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(WHOSAID_CLI)).isExecutable(), WHOSAID_CLI);
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
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
        arguments << writeFile(u"roundtrip.jsonl"_s, input);
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

void TestCli::jsonlBadRecords()
{
    const QList<Record> good = roundTripRecords();
    QByteArray input = jsonLine({{u"id"_s, good.at(0).id}, {u"text"_s, good.at(0).text}});
    input += "{\"id\": \"broken\", \"text\": \"The mayor said \n";      // line 2: not JSON
    input += jsonLine({{u"id"_s, u"no-text"_s}, {u"lang"_s, u"en"_s}}); // line 3: no "text"
    input += "\n"; // line 4: blank lines are skipped
    input += jsonLine({{u"id"_s, good.at(1).id}, {u"text"_s, good.at(1).text}}); // line 5
    const QString path = writeFile(u"bad-records.jsonl"_s, input);

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
    const QString path = writeFile(u"parallel.jsonl"_s, input);

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
// Article files

void TestCli::articleText()
{
    const QString path = writeFile(u"harbour.txt"_s, ArticleText.toUtf8());
    const QStringList arguments{u"analyze"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    const QString out = run.outText();
    QVERIFY2(out.contains(path), run.out.constData());
    QVERIFY2(out.contains(u"Elena Varga"_s), run.out.constData());
    QVERIFY2(out.contains(u"Jonas Berg"_s), run.out.constData());
    QVERIFY2(out.contains(u"We cannot let the old pier fall into the sea"_s), run.out.constData());
}

void TestCli::articleJson()
{
    const QString path = writeFile(u"harbour.txt"_s, ArticleText.toUtf8());
    const QStringList arguments{u"analyze"_s, u"--format"_s, u"json"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isObject());
    const QJsonObject result = json.object();
    QCOMPARE(result.value(u"text"_s).toString(), ArticleText);
    const QString problem = checkContract(result, ArticleText);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Record record{path,
                        ArticleText,
                        {{u"We cannot let the old pier fall into the sea,"_s, u"Elena Varga"_s},
                         {u"This is money the town does not have,"_s, u"Jonas Berg"_s}}};
    const QString missing = checkExpected(result, record);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestCli::severalFiles_data()
{
    QTest::addColumn<bool>("missingFirst");

    QTest::newRow("good, missing") << false;
    QTest::newRow("missing, good") << true;
}

void TestCli::severalFiles()
{
    QFETCH(bool, missingFirst);

    const QString good = writeFile(u"good.txt"_s, ArticleText.toUtf8());
    const QString missing = m_dir.filePath(u"missing.txt"_s);
    QStringList arguments{u"analyze"_s};
    arguments << (missingFirst ? QStringList{missing, good} : QStringList{good, missing});
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 1);
    QVERIFY2(run.outText().contains(u"== "_s + good), run.out.constData());
    QVERIFY2(run.outText().contains(u"Elena Varga"_s), run.out.constData());
    QVERIFY2(!run.outText().contains(missing), run.out.constData());
    QVERIFY2(run.errText().contains(missing + u": no such file"_s), run.err.constData());
    QVERIFY2(!run.errText().contains(good), run.err.constData());
}

void TestCli::badInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // 0 missing, 1 directory, 2 file with `bytes`
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << u"nowhere.txt"_s << 0 << QByteArray() << u"no such file"_s;
    QTest::newRow("directory") << u"articles"_s << 1 << QByteArray() << u"is a directory"_s;
    QTest::newRow("empty file") << u"empty.txt"_s << 2 << QByteArray() << u"empty file"_s;
    QTest::newRow("blank file") << u"blank.txt"_s << 2 << " \r\n\t\n\n"_ba << u"empty file"_s;
    QByteArray png = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
                     "\x00\x00\x00\x1f\xf3\xff"
                     "a\x00\x00\x00\x04sBIT\x08\x08\x08\x08|\x08"
                     "d\x88"_ba;
    for (int i = 0; i < 64; ++i)
        png += char((i * 73 + 11) % 256);
    QTest::newRow("binary file") << u"photo.png"_s << 2 << png << u"not a text file"_s;
}

void TestCli::badInputs()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(name);
    if (kind == 1)
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    else if (kind == 2)
        writeFile(name, bytes);
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const QStringList arguments{u"analyze"_s, u"--format"_s, format, path};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 1);
        QVERIFY2(run.errText().contains(path + u": "_s + message), run.err.constData());
        QVERIFY2(run.out.trimmed().isEmpty(), run.out.constData());
    }
}

void TestCli::legacyEncoding()
{
    // Not UTF-8 (\xC3 is not followed by a continuation byte): read as a legacy encoding.
    const QByteArray bytes = "Caf\xC3\x28 owners protest\n\nMayor Elena Varga visited the square "
                             "on Monday. \"The caf\xC3\x28 on the corner will stay open,\" Varga "
                             "said after the visit.\n"_ba;
    const QString path = writeFile(u"legacy.txt"_s, bytes);
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const QStringList arguments{u"analyze"_s, u"--format"_s, format, path};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 0);
        QVERIFY2(run.outText().contains(u"Elena Varga"_s), run.out.constData());
        QVERIFY2(run.outText().contains(u"on the corner will stay open"_s), run.out.constData());
        QVERIFY2(!run.errText().contains(path), run.err.constData());
        if (format == u"json"_s) {
            const QJsonObject result = QJsonDocument::fromJson(run.out).object();
            const QString text = result.value(u"text"_s).toString();
            QVERIFY2(text.startsWith(u"Caf"_s), run.out.constData());
            const QString problem = checkContract(result, text);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

void TestCli::largeArticle()
{
    const QByteArray paragraph
        = "The harbour committee met again on Thursday to review the costs of the new pier. "
          "\xE2\x80\x9CWe will not let the old pier fall into the sea,\xE2\x80\x9D Mayor Elena "
          "Varga told reporters after the meeting.\n\n"_ba;
    const qint64 repeats = (50 * MiB + paragraph.size() - 1) / paragraph.size();
    const QString path = m_dir.filePath(u"large.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("Harbour committee, day by day\n\n") > 0);
        const QByteArray chunk = paragraph.repeated(1000);
        qint64 written = 0;
        for (; written + 1000 <= repeats; written += 1000)
            QVERIFY(file.write(chunk) == chunk.size());
        for (; written < repeats; ++written)
            QVERIFY(file.write(paragraph) == paragraph.size());
    }
    QVERIFY(QFileInfo(path).size() >= 50 * MiB);

    // Over the limit: refused before reading, with the sizes.
    const QStringList limited{u"analyze"_s, u"--max-size"_s, u"10"_s, path};
    const Run refused = runCli(limited);
    VERIFY_EXIT(refused, limited, 1);
    QVERIFY2(refused.errText().contains(path + u": file too large"_s), refused.err.constData());
    QVERIFY2(refused.errText().contains(u"limit 10"_s), refused.err.constData());
    QVERIFY2(refused.out.trimmed().isEmpty(), refused.out.constData());

    // Under the default limit: analysed whole.
    const QString report = m_dir.filePath(u"large.report"_s);
    const QStringList arguments{u"analyze"_s, path};
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(arguments, {{}, report, LargeTimeoutMs});
    const qint64 elapsed = timer.elapsed();
    qInfo("analyze on a %.1f MB article: %.1f s", double(QFileInfo(path).size()) / 1e6,
          double(elapsed) / 1000);
    VERIFY_EXIT(run, arguments, 0);
    QFile output(report);
    QVERIFY(output.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(output.readLine());
    QVERIFY2(header.startsWith(u"== "_s + path), qPrintable(header));
    QVERIFY2(header.contains(u": %1 quotes"_s.arg(repeats)), qPrintable(header));
    QVERIFY2(QString::fromUtf8(output.read(4096)).contains(u"Elena Varga"_s), qPrintable(header));
    output.close();
    QFile::remove(report);
    QFile::remove(path);
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
