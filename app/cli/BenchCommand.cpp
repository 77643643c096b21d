#include "BenchCommand.h"

#include "BenchCorpus.h"
#include "DocumentBatch.h"
#include "analysis/SegmentationPass.h"
#include "export/JsonExporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace whosaid::cli {

using namespace Qt::StringLiterals;

namespace {

struct Corpus
{
    QList<QByteArray> records; // JSON Lines records
    QList<std::shared_ptr<const document::Document>> documents;
    qint64 textBytes = 0; // UTF-8 bytes of the texts
};

Corpus fromTexts(const QStringList &texts)
{
    Corpus corpus;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QJsonObject record{{u"id"_s, u"bench-%1"_s.arg(i)}, {u"text"_s, texts.at(i)}};
        corpus.records.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
        corpus.documents.append(std::make_shared<const document::Document>(
            texts.at(i), document::Document::LineEndings::Keep));
        corpus.textBytes += texts.at(i).toUtf8().size();
    }
    return corpus;
}

QString readTexts(const QString &path, QStringList &texts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BenchCommand::tr("%1: cannot read: %2").arg(path, file.errorString());
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QJsonValue text = QJsonDocument::fromJson(line).object().value(u"text"_s);
        if (!text.isString())
            return BenchCommand::tr("%1: a line without a \"text\" string").arg(path);
        texts.append(text.toString());
    }
    return {};
}

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return nanoseconds > 0 ? (double(bytes) / 1e6) / (double(nanoseconds) / 1e9) : 0.0;
}

} // namespace

QString BenchCommand::name() const
{
    return u"bench"_s;
}

QString BenchCommand::description() const
{
    return tr("Measure throughput (MB/s) of the analysis and the whole pipeline");
}

int BenchCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonl(
        u"jsonl"_s, tr("Use the texts of a JSON Lines file as the corpus."), tr("file"));
    const QCommandLineOption size(u"size"_s, tr("Size of the generated corpus in MB (default 20)."),
                                  u"MB"_s, u"20"_s);
    const QCommandLineOption repeat(u"repeat"_s, tr("Repeat the corpus N times (default 1)."),
                                    u"n"_s, u"1"_s);
    parser.addOptions({jsonl, size, repeat});
    if (const std::optional<int> done = parse(parser, arguments))
        return *done;
    QStringList texts;
    if (parser.isSet(jsonl)) {
        if (const QString error = readTexts(parser.value(jsonl), texts); !error.isEmpty()) {
            err() << "whosaid-cli bench: " << error << '\n';
            return InputFailed;
        }
    } else {
        const double mb = parser.value(size).toDouble();
        if (mb <= 0) {
            return usageError(tr("--size needs a positive number of MB"));
        }
        texts = BenchCorpus::generate(qsizetype(mb * 1e6), qsizetype(64) * 1024);
    }
    const QStringList once = texts;
    for (int r = 1; r < parser.value(repeat).toInt(); ++r)
        texts += once;
    const Corpus corpus = fromTexts(texts);
    out() << tr("corpus: %1 documents, %2 MB of text")
                 .arg(corpus.documents.size())
                 .arg(double(corpus.textBytes) / 1e6, 0, 'f', 1)
          << '\n';
    out().flush();

    const auto report = [&](const QString &what, qint64 ns) {
        out() << "  " << what.leftJustified(44)
              << QString::number(megabytesPerSecond(corpus.textBytes, ns), 'f', 1).rightJustified(7)
              << " MB/s  (" << QString::number(double(ns) / 1e9, 'f', 2) << " s)\n";
        out().flush();
    };
    QElapsedTimer timer;

    std::vector<std::unique_ptr<analysis::Pass>> segmentationOnly;
    segmentationOnly.push_back(std::make_unique<analysis::SegmentationPass>());
    const analysis::Pipeline segmentation(std::move(segmentationOnly));
    timer.start();
    for (const auto &doc : corpus.documents)
        (void)segmentation.analyse(doc);
    report(tr("ICU segmentation alone, 1 thread"), timer.nsecsElapsed());

    const analysis::Pipeline pipeline;
    (void)pipeline.analyse(corpus.documents.first()); // loads the lexicon
    QList<qint64> passTimes;
    timer.start();
    for (const auto &doc : corpus.documents)
        (void)pipeline.analyse(doc, u"en"_s, &passTimes);
    report(tr("analysis alone, 1 thread"), timer.nsecsElapsed());
    for (qsizetype i = 0; i < passTimes.size(); ++i) {
        const QString pass = QString::fromLatin1(pipeline.passes().at(std::size_t(i))->name());
        report(u"    "_s + tr("pass: %1").arg(pass), passTimes.at(i));
    }

    QList<BatchInput> inputs;
    for (const QByteArray &record : corpus.records)
        inputs.append({u"bench"_s, record, {}});
    const auto serialise
        = [](const analysis::Analysis &a, const QString &, const QByteArray &idJson) {
              return exporting::JsonExporter::toJson(a, idJson);
          };
    for (const int threads : {1, QThread::idealThreadCount()}) {
        const DocumentBatch batch(pipeline, threads);
        timer.start();
        (void)batch.analyseRecords(inputs, serialise);
        report(threads == 1 ? tr("JSON Lines parse + analysis + JSON, 1 thread")
                            : tr("JSON Lines parse + analysis + JSON, %1 threads").arg(threads),
               timer.nsecsElapsed());
    }
    return Ok;
}

} // namespace whosaid::cli
