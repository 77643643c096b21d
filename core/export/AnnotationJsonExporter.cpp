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

using SpanWriter = JsonExporter;

void writeDecisions(JsonWriter &json, const QuoteRecord &quote)
{
    json.key("review").value(annotation::reviewStateName(quote.review));
    json.key("edits").beginArray();
    for (const QString &edit : Exporter::editNames(quote.edits))
        json.value(edit);
    json.endArray();
}

void writeQuote(JsonWriter &json, const annotation::AnnotationSet &set, const QuoteRecord &quote)
{
    const document::Document &doc = set.document();
    json.beginObject();
    json.key("start").value(qint64(doc.codePointOffset(quote.range.start)));
    json.key("end").value(qint64(doc.codePointOffset(quote.range.end)));
    json.key("text").value(doc.view(quote.range));
    json.key("kind").value(analysis::kindName(quote.kind));
    if (quote.kind != analysis::QuoteKind::Mention) {
        const int speaker = set.indexOfSpeaker(quote.speaker);
        if (speaker >= 0) {
            json.key("speaker").value(set.speaker(speaker).name);
            json.key("speaker_id").value(quote.speaker);
        } else {
            json.key("speaker").null();
            json.key("speaker_id").null();
        }
        json.key("confidence").value(qRound(quote.confidence * 1000) / 1000.0);
        json.key("speaker_mention");
        SpanWriter::writeSpan(json, doc, quote.mention);
        json.key("cue");
        SpanWriter::writeSpan(json, doc, quote.cue);
        json.key("utterance").value(qint64(quote.utterance));
        json.key("reason").value(quote.reason);
        json.key("linked").value(quote.linked);
    }
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
    json.key("id").value(speaker.id);
    json.key("name").value(speaker.name);
    json.key("aliases").beginArray();
    for (const QString &alias : speaker.aliases)
        json.value(alias);
    json.endArray();
    json.key("quotes").value(qint64(set.quoteCountOf(speaker.id)));
    if (!speaker.role.isEmpty())
        json.key("role").value(speaker.role);
    json.key("type").value(speaker.organisation ? u"organisation" : u"person");
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
