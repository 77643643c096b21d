// whosaid-cli as a streaming filter under GNU parallel, as the README shows it: a JSON Lines
// stream cut into blocks (--pipe), JSON Lines files and a folder of articles one process each;
// with --keep-order the output is byte for byte that of one whosaid-cli process.
// Skipped when `parallel` is not installed (scripts/setup installs it).

#include "CliTestSupport.h"

#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;

class TestCliParallel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pipeMatchesOneProcess();
    void filesMatchOneProcess();
    void articlesMatchOneProcess();

private:
    // Runs GNU parallel with `arguments`, which hold the whosaid-cli command.
    [[nodiscard]] Run runParallel(const QStringList &arguments, const QByteArray &input = {}) const;
    [[nodiscard]] static QStringList articles();
    [[nodiscard]] static QByteArray records(qsizetype count);

    QTemporaryDir m_dir;
    QString m_parallel;
};

void TestCliParallel::initTestCase()
{
    const QString problem = setupProblem(m_dir);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_parallel = QStandardPaths::findExecutable(u"parallel"_s);
    if (m_parallel.isEmpty())
        QSKIP("GNU parallel is not installed (apt install parallel)");
}

Run TestCliParallel::runParallel(const QStringList &arguments, const QByteArray &input) const
{
    RunOptions options;
    options.input = input;
    options.timeoutMs = LargeTimeoutMs;
    // --will-cite: no citation notice; -q: the command is quoted, whatever its path holds.
    return runProgram(m_parallel, QStringList{u"--will-cite"_s, u"-q"_s} + arguments, options);
}

QStringList TestCliParallel::articles()
{
    QStringList paths;
    const QDir gui(QStringLiteral(WHOSAID_TEST_DATA) + u"/gui"_s);
    for (const QString &name : gui.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        paths.append(gui.filePath(name));
    return paths;
}

// `count` records over the article fixtures, each with its own id and opening line, and one
// record that is not JSON: its error line must stay in its place too.
QByteArray TestCliParallel::records(qsizetype count)
{
    QStringList texts;
    for (const QString &path : articles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    QByteArray lines;
    for (qsizetype i = 0; i < count && !texts.isEmpty(); ++i) {
        if (i == count / 2)
            lines += "{\"id\": \"broken\", \"text\": \n";
        const QString text = u"Story %1\n\n"_s.arg(i) + texts.at(i % texts.size());
        lines += jsonLine(QJsonObject{{u"id"_s, u"r%1"_s.arg(i)}, {u"text"_s, text}});
    }
    return lines;
}

void TestCliParallel::pipeMatchesOneProcess()
{
    const QByteArray input = records(40);
    const QStringList single{u"analyze"_s, u"--jsonl"_s, u"-"_s};
    RunOptions options;
    options.input = input;
    const Run one = runCli(single, options);
    VERIFY_EXIT(one, single, 1); // the broken record
    QCOMPARE(outputLines(one.out).size(), 41);

    // The README's command: blocks of records, one whosaid-cli per block, two at a time.
    const Run split = runParallel({u"--pipe"_s, u"--keep-order"_s, u"-N"_s, u"6"_s, u"-j"_s, u"2"_s,
                                   QStringLiteral(WHOSAID_CLI), u"analyze"_s, u"--jsonl"_s, u"-j"_s,
                                   u"1"_s, u"-"_s},
                                  input);
    QVERIFY2(split.finished && split.exitStatus == QProcess::NormalExit, split.err.constData());
    QCOMPARE(split.exitCode, 1); // parallel counts the failed jobs: the block with the bad line
    QCOMPARE(split.out, one.out);
}

void TestCliParallel::filesMatchOneProcess()
{
    const QList<QByteArray> lines = outputLines(records(25));
    QStringList files;
    for (qsizetype first = 0; first < lines.size(); first += 7) {
        const QByteArray part = lines.mid(first, 7).join('\n') + '\n';
        files.append(writeFile(m_dir, u"part%1.jsonl"_s.arg(files.size()), part));
    }
    const QStringList single = QStringList{u"analyze"_s, u"--jsonl"_s} + files;
    const Run one = runCli(single);
    VERIFY_EXIT(one, single, 1);

    const Run each
        = runParallel(QStringList{u"--keep-order"_s, u"-j"_s, u"2"_s, QStringLiteral(WHOSAID_CLI),
                                  u"analyze"_s, u"--jsonl"_s, u"-j"_s, u"1"_s, u"{}"_s, u":::"_s}
                      + files);
    QVERIFY2(each.finished && each.exitStatus == QProcess::NormalExit, each.err.constData());
    QCOMPARE(each.out, one.out);
}

void TestCliParallel::articlesMatchOneProcess()
{
    const QStringList files = articles();
    QVERIFY(files.size() >= 3);
    const QStringList single = QStringList{u"analyze"_s} + files;
    const Run one = runCli(single);
    VERIFY_EXIT(one, single, 0);

    const Run each = runParallel(QStringList{u"--keep-order"_s, QStringLiteral(WHOSAID_CLI),
                                             u"analyze"_s, u"-j"_s, u"1"_s, u"{}"_s, u":::"_s}
                                 + files);
    QVERIFY2(each.finished && each.exitStatus == QProcess::NormalExit, each.err.constData());
    QCOMPARE(each.exitCode, 0);
    QCOMPARE(each.out, one.out);
}

QTEST_GUILESS_MAIN(TestCliParallel)
#include "tst_cli_parallel.moc"
