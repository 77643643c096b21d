#pragma once

// What the tests of the whosaid-cli binary share: starting it with QProcess, fixture files,
// code point slicing, and the checks of the JSON Lines contract of ../shared/eval/README.md.
// WHOSAID_CLI (the path of the binary) is defined by tests/cli/CMakeLists.txt.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

class QTemporaryDir;

namespace whosaid::clitest {

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

// Runs whosaid-cli with `arguments` and waits for it (killing it after the timeout).
[[nodiscard]] Run runCli(const QStringList &arguments, const RunOptions &options = {});
// The same with another program (GNU parallel in tst_cli_parallel).
[[nodiscard]] Run runProgram(const QString &program, const QStringList &arguments,
                             const RunOptions &options = {});

// Empty when the run ended normally with `expected`; otherwise what went wrong, for QVERIFY2.
[[nodiscard]] QString exitProblem(const Run &run, const QStringList &arguments, int expected);

// Empty when `dir` is usable and the binary exists; otherwise the problem (for initTestCase).
[[nodiscard]] QString setupProblem(const QTemporaryDir &dir);

// Writes a fixture file into `dir` (aborting the test run when it cannot) and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// The lines of the output, without the empty one after the last newline.
[[nodiscard]] QList<QByteArray> outputLines(const QByteArray &out);
// One JSON Lines record, newline included.
[[nodiscard]] QByteArray jsonLine(const QJsonObject &record);

[[nodiscard]] qsizetype codePointCount(QStringView text);
// The text between code points [start, end) of `text`; empty when out of range.
[[nodiscard]] QString codePointSlice(const QString &text, qint64 start, qint64 end);

// Checks one output line of `analyze --jsonl` against the contract, for the input `text`;
// returns the first problem found, or an empty string.
[[nodiscard]] QString checkContract(const QJsonObject &result, const QString &text);

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

// Each expected quote is among the speech quotes of `result`, attributed to its speaker;
// returns the first problem found, or an empty string.
[[nodiscard]] QString checkExpected(const QJsonObject &result, const Record &record);

} // namespace whosaid::clitest

#define VERIFY_EXIT(run, arguments, code)                                                          \
    do {                                                                                           \
        const QString problem_ = whosaid::clitest::exitProblem(run, arguments, code);              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)
