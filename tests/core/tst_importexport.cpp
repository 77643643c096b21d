// Round trips: annotations exported as JSON or Web Annotations, imported back and laid over a
// fresh analysis, are the annotations that were exported.

#include "ExportTestSupport.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationMerge.h"
#include "export/Exporter.h"
#include "export/Importer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using exporting::ExportFormat;
using exporting::Importer;
using exporting::ImportFormat;

namespace {

// What a person sees of each quote: its words, kind, speaker's name, review state and edits.
QStringList summary(const annotation::AnnotationSet &set, bool withRejected = true)
{
    QStringList lines;
    for (const annotation::QuoteRecord &quote : set.quotes()) {
        if (!withRejected && quote.review == annotation::ReviewState::Rejected)
            continue;
        lines.append(u"%1 [%2-%3] %4 | %5 | %6 | %7"_s.arg(set.document().view(quote.range))
                         .arg(quote.range.start)
                         .arg(quote.range.end)
                         .arg(analysis::kindName(quote.kind), set.speakerName(quote.speaker),
                              annotation::reviewStateName(quote.review))
                         .arg(quote.edits));
    }
    return lines;
}

std::unique_ptr<annotation::AnnotationSet> roundTrip(const annotation::AnnotationSet &set,
                                                     ExportFormat exportFormat,
                                                     std::optional<ImportFormat> importFormat,
                                                     ImportFormat expectedDetected)
{
    const exporting::ExportResult result
        = exporting::Exporter::exportSet(exportFormat, set, exporting::ExportOptions());
    const QByteArray bytes = result.files.first().bytes;
    if (Importer::detect(bytes) != expectedDetected)
        qFatal("format not detected");
    const exporting::ImportResult imported = Importer::read(
        bytes, importFormat.value_or(expectedDetected), set.document(), u"export"_s);
    if (!imported.ok() || imported.skipped != 0)
        qFatal("import failed: %s", qPrintable(imported.error));
    const analysis::Pipeline pipeline;
    return annotation::AnnotationMerge::merge(pipeline.analyse(set.sharedDocument()),
                                              imported.contents);
}

} // namespace

class TestImportExport final : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void webAnnotationRoundTrip();
    void foreignWebAnnotation();
    void analyzeJsonCountsAsAccepted();
    void badFiles();
};

void TestImportExport::jsonRoundTrip()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const std::unique_ptr<annotation::AnnotationSet> back
        = roundTrip(*set, ExportFormat::Json, ImportFormat::Json, ImportFormat::Json);
    QCOMPARE(summary(*back), summary(*set));
    // The hand-made speaker keeps its role and type.
    const int city = back->findSpeaker(u"the city");
    QVERIFY(city >= 0);
    QCOMPARE(back->speaker(city).role, u"council"_s);
    QVERIFY(back->speaker(city).organisation);
}

void TestImportExport::webAnnotationRoundTrip()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const std::unique_ptr<annotation::AnnotationSet> back
        = roundTrip(*set, ExportFormat::WebAnnotation, std::nullopt, ImportFormat::WebAnnotation);
    // Rejected quotes are not exported as annotations: the machine's quote comes back there.
    QCOMPARE(summary(*back, false).size(), summary(*set, false).size() + 1);
    const QStringList expected = summary(*set, false);
    for (const QString &line : expected)
        QVERIFY2(summary(*back).contains(line), qPrintable(line));
}

void TestImportExport::foreignWebAnnotation()
{
    // A minimal annotation made by another tool: a quote selector and a speaker, nothing else.
    const std::unique_ptr<annotation::AnnotationSet> set
        = coretest::machineSet(coretest::sampleArticle());
    const QByteArray json = R"([{"@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation", "body": "Harbour Authority",
        "target": {"source": "x", "selector": {"type": "TextQuoteSelector",
                   "exact": "The old harbour bridge will reopen in May"}}}])";
    const exporting::ImportResult imported
        = Importer::read(json, ImportFormat::WebAnnotation, set->document(), u"foreign.json"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.contents.quotes.size(), 1);
    const analysis::Pipeline pipeline;
    const std::unique_ptr<annotation::AnnotationSet> merged = annotation::AnnotationMerge::merge(
        pipeline.analyse(set->sharedDocument()), imported.contents);
    const int index
        = merged->quoteAt(merged->document().text().indexOf(u"The old harbour bridge"_s));
    QVERIFY(index >= 0);
    QCOMPARE(merged->quote(index).review, annotation::ReviewState::Accepted);
    QCOMPARE(merged->speakerName(merged->quote(index).speaker), u"Harbour Authority"_s);
}

void TestImportExport::analyzeJsonCountsAsAccepted()
{
    const std::unique_ptr<annotation::AnnotationSet> set
        = coretest::machineSet(coretest::sampleArticle());
    const QByteArray json = R"({"id": "a", "quotes": [{"start": 105, "end": 169, "kind": "direct",
        "text": "We found more rust than anyone expected, and we fixed all of it,",
        "speaker": "Marta Lindqvist", "speaker_id": "s1", "confidence": 0.9}],
        "speakers": [{"id": "s1", "name": "Marta Lindqvist", "aliases": [], "quotes": 1}]})";
    QCOMPARE(Importer::detect(json), ImportFormat::Json);
    const exporting::ImportResult imported
        = Importer::read(json, ImportFormat::Json, set->document(), u"a.json"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.contents.quotes.size(), 1);
    QCOMPARE(imported.contents.quotes.first().record.review, annotation::ReviewState::Accepted);
    QVERIFY(imported.contents.quotes.first().anchor.placeIn(set->document()).has_value());
}

void TestImportExport::badFiles()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::machineSet(u"Text."_s);
    exporting::ImportResult result
        = Importer::read("{not json", ImportFormat::Json, set->document(), u"bad.json"_s);
    QVERIFY(result.error.startsWith(u"bad.json: not JSON"_s));
    result = Importer::read("{\"x\": 1}", ImportFormat::Json, set->document(), u"x.json"_s);
    QVERIFY2(result.error.contains(u"no \"quotes\""_s), qPrintable(result.error));
    result = Importer::read("[]", ImportFormat::WebAnnotation, set->document(), u"e.json"_s);
    QVERIFY(!result.ok());
    result = Importer::readFile(u"/nonexistent/x.json"_s, std::nullopt, set->document());
    QVERIFY(result.error.startsWith(u"cannot read"_s));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
