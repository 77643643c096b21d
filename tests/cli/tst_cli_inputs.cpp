// Tests of whosaid-cli on article files: plain text and JSON reports, several files at once,
// files it must refuse (missing, directory, empty, binary, too large), legacy encodings and a
// 50 MB article. The command line and JSON Lines are in tst_cli.cpp.

#include "CliTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;

namespace {

const QString ArticleText
    = u"Harbour plan divides S\u00f8ndervik\n\n"
      "Mayor Elena Varga defended the harbour plan on Monday. \u201cWe cannot "
      "let the old pier fall into the sea,\u201d Varga told reporters at the "
      "town hall.\n\n"
      "The opposition was not convinced. \u201cThis is money the town does "
      "not have,\u201d said councillor Jonas Berg.\n"_s;

} // namespace

class TestCliInputs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void articleText();
    void articleJson();
    void severalFiles_data();
    void severalFiles();
    void badInputs_data();
    void badInputs();
    void legacyEncoding();
    void largeArticle();

private:
    QTemporaryDir m_dir;
};

void TestCliInputs::initTestCase()
{
    const QString problem = setupProblem(m_dir);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---------------------------------------------------------------------------------------------
// Article files

void TestCliInputs::articleText()
{
    const QString path = writeFile(m_dir, u"harbour.txt"_s, ArticleText.toUtf8());
    const QStringList arguments{u"analyze"_s, path};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    const QString out = run.outText();
    QVERIFY2(out.contains(path), run.out.constData());
    QVERIFY2(out.contains(u"Elena Varga"_s), run.out.constData());
    QVERIFY2(out.contains(u"Jonas Berg"_s), run.out.constData());
    QVERIFY2(out.contains(u"We cannot let the old pier fall into the sea"_s), run.out.constData());
}

void TestCliInputs::articleJson()
{
    const QString path = writeFile(m_dir, u"harbour.txt"_s, ArticleText.toUtf8());
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

void TestCliInputs::severalFiles_data()
{
    QTest::addColumn<bool>("missingFirst");

    QTest::newRow("good, missing") << false;
    QTest::newRow("missing, good") << true;
}

void TestCliInputs::severalFiles()
{
    QFETCH(bool, missingFirst);

    const QString good = writeFile(m_dir, u"good.txt"_s, ArticleText.toUtf8());
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

void TestCliInputs::badInputs_data()
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

void TestCliInputs::badInputs()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(name);
    if (kind == 1)
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    else if (kind == 2)
        writeFile(m_dir, name, bytes);
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const QStringList arguments{u"analyze"_s, u"--format"_s, format, path};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 1);
        QVERIFY2(run.errText().contains(path + u": "_s + message), run.err.constData());
        QVERIFY2(run.out.trimmed().isEmpty(), run.out.constData());
    }
}

void TestCliInputs::legacyEncoding()
{
    // Not UTF-8 (\xC3 is not followed by a continuation byte): read as a legacy encoding.
    const QByteArray bytes = "Caf\xC3\x28 owners protest\n\nMayor Elena Varga visited the square "
                             "on Monday. \"The caf\xC3\x28 on the corner will stay open,\" Varga "
                             "said after the visit.\n"_ba;
    const QString path = writeFile(m_dir, u"legacy.txt"_s, bytes);
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

void TestCliInputs::largeArticle()
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

QTEST_GUILESS_MAIN(TestCliInputs)
#include "tst_cli_inputs.moc"
