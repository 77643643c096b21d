#include "AnnotationJsonExporter.h"

#include "Exporter.h"
#include "JsonExporter.h"
#include "JsonWriter.h"
#include "annotation/SidecarFile.h"

#include <QJsonDocument>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;

namespace {

void writeDecisions(JsonWriter &json, const QuoteRecord &quote)
{
    json.key("review").value(annotation::reviewStateName(quote.review));
    json.key("edits").beginArray();
    for (const QString &edit : annotation::editNames(quote.edits))
        json.value(edit);
    json.endArray();
}

void writeQuote(JsonWriter &json, const annotation::AnnotationSet &set, const QuoteRecord &quote)
{
    json.beginObject();
    JsonExporter::writeQuoteKeys(json, set, quote, JsonExporter::Option::IncludeReasons);
    if (quote.kind != analysis::QuoteKind::Mention)
        json.key("linked").value(quote.linked);
    writeDecisions(json, quote);
    json.endObject();
}

void writeUnplaced(JsonWriter &json, const annotation::UnplacedQuote &entry)
{
    const QuoteRecord &quote = entry.record;
    json.beginObject();
    json.key("start").value(qint64(entry.anchor.start));
    json.key("end").value(qint64(entry.anchor.end));
    json.key("text").value(entry.anchor.exact);
    json.key("prefix").value(entry.anchor.prefix);
    json.key("suffix").value(entry.anchor.suffix);
    json.key("kind").value(analysis::kindName(quote.kind));
    json.key("speaker_id").value(quote.speaker);
    writeDecisions(json, quote);
    json.endObject();
}

void writeSpeaker(JsonWriter &json, const annotation::AnnotationSet &set,
                  const annotation::SpeakerRecord &speaker)
{
    json.beginObject();
    JsonExporter::writeSpeakerKeys(json, set, speaker);
    json.key("edited").value(speaker.edited);
    json.endObject();
}

} // namespace

ExportResult AnnotationJsonExporter::exportSet(const annotation::AnnotationSet &set,
                                               const ExportOptions &options)
{
    const document::Document &doc = set.document();
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("format").value(Format);
    json.key("version").value(qint64(Version));
    json.key("generator").value(Exporter::generator());
    json.key("id").value(Exporter::documentName(doc));
    json.key("article").beginObject();
    json.key("path").value(doc.sourcePath);
    json.key("title").value(doc.title);
    json.key("byline").value(doc.byline);
    json.key("date").value(doc.date);
    json.key("loader").value(doc.loader);
    json.key("language").value(options.language);
    json.key("fingerprint").value(annotation::SidecarFile::fingerprint(doc));
    json.endObject();
    json.key("quotes").beginArray();
    for (const QuoteRecord &quote : set.quotes())
        writeQuote(json, set, quote);
    json.endArray();
    json.key("speakers").beginArray();
    for (const annotation::SpeakerRecord &speaker : set.speakers())
        writeSpeaker(json, set, speaker);
    json.endArray();
    json.key("unplaced").beginArray();
    for (const annotation::UnplacedQuote &entry : set.unplaced())
        writeUnplaced(json, entry);
    json.endArray();
    json.key("text").value(doc.text());
    json.endObject();
    return ExportResult::single(u".json"_s,
                                QJsonDocument::fromJson(out).toJson(QJsonDocument::Indented));
}

} // namespace whosaid::exporting
