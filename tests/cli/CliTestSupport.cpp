#include "CliTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace whosaid::clitest {

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

Run runCli(const QStringList &arguments, const RunOptions &options)
{
    return runProgram(QString::fromUtf8(WHOSAID_CLI), arguments, options);
}

Run runProgram(const QString &program, const QStringList &arguments, const RunOptions &options)
{
    QProcess process;
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
    process.start(program, arguments);
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

QString setupProblem(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return u"no temporary directory: "_s + dir.errorString();
    if (!QFileInfo(QString::fromUtf8(WHOSAID_CLI)).isExecutable())
        return u"not an executable: "_s + QString::fromUtf8(WHOSAID_CLI);
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

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

// The text between code points [start, end) of `text`.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const qsizetype from = utf16Index(text, start);
    const qsizetype to = utf16Index(text, end);
    if (from < 0 || to < 0)
        return {};
    return text.mid(from, to - from);
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

} // namespace whosaid::clitest
