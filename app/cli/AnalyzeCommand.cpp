#include "AnalyzeCommand.h"

#include "LineReader.h"
#include "TextReport.h"
#include "export/JsonExporter.h"
#include "formats/FormatSniffer.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace whosaid::cli {

using namespace Qt::StringLiterals;

namespace {

// A batch of JSON Lines records is analysed in parallel, then written in order.
constexpr qsizetype BatchLines = 256;
constexpr qsizetype BatchBytes = qsizetype(16) * 1024 * 1024;

QByteArray contractJson(const analysis::Analysis &a, const QString & /*name*/,
                        const QByteArray &idJson)
{
    return exporting::JsonExporter::toJson(a, idJson);
}

} // namespace

QString AnalyzeCommand::name() const
{
    return u"analyze"_s;
}

QString AnalyzeCommand::description() const
{
    return tr("Find the quotations in articles and who said them");
}

int AnalyzeCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonl(
        u"jsonl"_s,
        tr("Read JSON Lines ({\"id\", \"text\", \"lang\"}, '-' for standard input) "
           "and write one JSON result per line, in the same order."));
    const QCommandLineOption format(
        u"format"_s, tr("Output format for article files: text or json."), tr("format"), u"text"_s);
    const QCommandLineOption lang(
        u"lang"_s,
        tr("Language of the articles (default: each record's \"lang\", else detected from "
           "the text)."),
        tr("code"));
    const QCommandLineOption encoding(
        u"encoding"_s, tr("Encoding of the article files (default: detect)."), tr("name"));
    const QCommandLineOption jobs({u"j"_s, u"jobs"_s}, tr("Threads to use (default: all cores)."),
                                  u"n"_s);
    const QCommandLineOption maxSize(u"max-size"_s,
                                     tr("Largest article to read, in MB (default 256)."), u"MB"_s);
    const QCommandLineOption recursive(
        {u"r"_s, u"recursive"_s},
        tr("Analyse every supported file in the given folders and their sub-folders."));
    const QCommandLineOption ignoreAnnotations(
        u"ignore-annotations"_s,
        tr("Do not use the hand corrections saved beside an article (FILE.whosaid.json)."));
    parser.addOptions({jsonl, format, lang, encoding, jobs, maxSize, recursive, ignoreAnnotations});
    parser.addPositionalArgument(
        tr("files"), tr("Article files, or JSON Lines files with --jsonl."), tr("FILE..."));

    if (const std::optional<int> done = parse(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(tr("no input files (see --help)"));
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text"_s && formatName != u"json"_s) {
        return usageError(tr("unknown format '%1' (text or json)").arg(formatName));
    }
    int threads = QThread::idealThreadCount();
    if (parser.isSet(jobs)) {
        bool ok = false;
        threads = parser.value(jobs).toInt(&ok);
        if (!ok || threads < 1) {
            return usageError(tr("--jobs needs a positive number"));
        }
    }
    const analysis::Pipeline pipeline;
    DocumentBatch batch(pipeline, threads);
    batch.setEncoding(parser.value(encoding));
    batch.setUseAnnotations(!parser.isSet(ignoreAnnotations));
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double mb = parser.value(maxSize).toDouble(&ok);
        if (!ok || mb <= 0) {
            return usageError(tr("--max-size needs a positive number of MB"));
        }
        batch.setMaxBytes(qint64(mb * 1024 * 1024));
    }
    m_progress = isatty(fileno(stderr)) != 0;
    if (parser.isSet(jsonl))
        return analyseJsonLines(files, batch, parser.value(lang));
    const QStringList articles = parser.isSet(recursive) ? filesInFolders(files) : files;
    if (articles.isEmpty()) {
        err() << "whosaid-cli: " << tr("no supported files found") << '\n';
        return InputFailed;
    }
    return analyseFiles(articles, batch, formatName == u"json"_s, parser.value(lang));
}

QStringList AnalyzeCommand::filesInFolders(const QStringList &paths) const
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path); // named on the command line: the loader judges it
            continue;
        }
        // Sorted, so that the results come in the same order on every machine.
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        for (const QString &file : std::as_const(found)) {
            if (formats::FormatSniffer::isSupportedName(file))
                files.append(file);
            else
                err() << "whosaid-cli: " << tr("skipped %1: not a supported file type").arg(file)
                      << '\n';
        }
    }
    err().flush();
    return files;
}

void AnalyzeCommand::progress(qsizetype done, qsizetype total, const QString &current) const
{
    if (!m_progress)
        return;
    if (done >= total) {
        err() << "\r\033[K";
    } else {
        err() << "\r\033[K[" << done << '/' << total << "] " << current.right(60);
    }
    err().flush();
}

int AnalyzeCommand::analyseFiles(const QStringList &files, const DocumentBatch &batch, bool json,
                                 const QString &language)
{
    const DocumentBatch::FileFormatter formatter = json
        ? DocumentBatch::FileFormatter(
            [](const annotation::AnnotationSet &set, const QString &, const QByteArray &idJson) {
                using Option = exporting::JsonExporter::Option;
                const QByteArray compact = exporting::JsonExporter::toJson(
                    set, idJson, Option::IncludeText | Option::IncludeReasons);
                return QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
            })
        : DocumentBatch::FileFormatter(
            [](const annotation::AnnotationSet &set, const QString &name, const QByteArray &) {
                return TextReport::format(set, name);
            });
    int status = Ok;
    QList<BatchInput> inputs;
    // Files are read whole, so a few at a time keep memory bounded on large batches.
    constexpr qsizetype FilesPerRound = 32;
    bool firstJson = true;
    if (json && files.size() > 1)
        out() << "[\n";
    for (qsizetype first = 0; first < files.size(); first += FilesPerRound) {
        inputs.clear();
        for (qsizetype i = first; i < std::min(files.size(), first + FilesPerRound); ++i)
            inputs.append({files.at(i), {}, language});
        progress(first, files.size(), files.at(first));
        const QList<BatchOutput> outputs = batch.analyseFiles(inputs, formatter);
        for (const BatchOutput &output : outputs) {
            if (!output.error.isEmpty()) {
                progress(files.size(), files.size(), {});
                err() << "whosaid-cli: " << output.error << '\n';
                err().flush();
                status = InputFailed;
                continue;
            }
            if (!output.warning.isEmpty()) {
                progress(files.size(), files.size(), {});
                err() << "whosaid-cli: warning: " << output.warning << '\n';
                err().flush();
            }
            if (json && files.size() > 1 && !firstJson)
                out() << ",\n";
            firstJson = false;
            writeOut(output.text);
        }
        out().flush();
    }
    if (json && files.size() > 1)
        out() << "]\n";
    progress(files.size(), files.size(), {});
    out().flush();
    return status;
}

int AnalyzeCommand::analyseJsonLines(const QStringList &files, const DocumentBatch &batch,
                                     const QString &language)
{
    int status = Ok;
    for (const QString &name : files) {
        QFile input;
        bool opened = false;
        if (name == u"-"_s) {
            opened = input.open(stdin, QIODevice::ReadOnly);
        } else {
            input.setFileName(name);
            opened = input.open(QIODevice::ReadOnly);
        }
        if (!opened) {
            err() << "whosaid-cli: " << tr("%1: cannot read: %2").arg(name, input.errorString())
                  << '\n';
            status = InputFailed;
            continue;
        }
        status = std::max(status, streamJsonLines(input, name, batch, language));
    }
    return status;
}

int AnalyzeCommand::streamJsonLines(QFile &input, const QString &name, const DocumentBatch &batch,
                                    const QString &language)
{
    int status = Ok;
    qsizetype lineNumber = 0;
    const auto analyse = [&](QList<BatchInput> &pending) {
        const QList<BatchOutput> outputs = batch.analyseRecords(pending, &contractJson);
        for (const BatchOutput &output : outputs) {
            if (!output.error.isEmpty()) {
                err() << "whosaid-cli: " << output.error << '\n';
                status = InputFailed;
            }
            writeOut(output.text + '\n');
        }
        out().flush();
        err().flush();
        pending.clear();
    };
    QList<BatchInput> pending;
    qsizetype pendingBytes = 0;
    LineReader reader(input);
    QByteArray line;
    while (reader.next(line)) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        pendingBytes += line.size();
        pending.append({name + u':' + QString::number(lineNumber), std::move(line), language});
        if (pending.size() >= BatchLines || pendingBytes >= BatchBytes) {
            progress(lineNumber, lineNumber + 1, name);
            analyse(pending);
            pendingBytes = 0;
        }
    }
    if (!pending.isEmpty())
        analyse(pending);
    progress(1, 1, {});
    return status;
}

} // namespace whosaid::cli
