#include "JsonExporter.h"

#include "JsonWriter.h"

#include <QJsonDocument>

namespace whosaid::exporting {

using analysis::QuoteKind;

namespace {

void writeSpan(JsonWriter &json, const analysis::Document &doc, analysis::TextRange range)
{
    if (range.isEmpty()) {
        json.null();
        return;
    }
    json.beginArray()
        .value(qint64(doc.codePointOffset(range.start)))
        .value(qint64(doc.codePointOffset(range.end)))
        .endArray();
}

void writeQuote(JsonWriter &json, const analysis::Analysis &a, qsizetype q,
                JsonExporter::Options options)
{
    const analysis::Document &doc = *a.document;
    const analysis::Quote &quote = a.quotes.at(q);
    json.beginObject();
    json.key("start").value(qint64(doc.codePointOffset(quote.content.start)));
    json.key("end").value(qint64(doc.codePointOffset(quote.content.end)));
    json.key("text").value(a.view(quote.content));
    json.key("kind").value(analysis::kindName(quote.kind));
    if (quote.kind != QuoteKind::Mention) {
        const analysis::Attribution &attribution = a.attributions.at(q);
        if (attribution.speaker >= 0) {
            const analysis::Speaker &speaker = a.speakers.at(attribution.speaker);
            json.key("speaker").value(speaker.name);
            json.key("speaker_id").value(speaker.id);
        } else {
            json.key("speaker").null();
            json.key("speaker_id").null();
        }
        json.key("confidence").value(qRound(attribution.confidence * 1000) / 1000.0);
        json.key("speaker_mention");
        writeSpan(json, doc,
                  attribution.mention >= 0 ? a.mentions.at(attribution.mention).range
                                           : analysis::TextRange{});
        json.key("cue");
        writeSpan(json, doc, attribution.cue);
        json.key("utterance").value(qint64(quote.utterance));
        if (options.testFlag(JsonExporter::Option::IncludeReasons))
            json.key("reason").value(attribution.reason);
    }
    json.endObject();
}

void writeSpeaker(JsonWriter &json, const analysis::Speaker &speaker)
{
    json.beginObject();
    json.key("id").value(speaker.id);
    json.key("name").value(speaker.name);
    json.key("aliases").beginArray();
    for (const QString &alias : speaker.aliases)
        json.value(alias);
    json.endArray();
    json.key("quotes").value(qint64(speaker.quoteCount));
    if (!speaker.role.isEmpty())
        json.key("role").value(speaker.role);
    json.key("type").value(speaker.organisation ? u"organisation" : u"person");
    json.endObject();
}

} // namespace

QByteArray JsonExporter::toJson(const analysis::Analysis &a, const QByteArray &idJson,
                                Options options)
{
    QByteArray out;
    out.reserve(256 + a.quotes.size() * 256);
    JsonWriter json(out);
    json.beginObject();
    json.key("id").raw(idJson);
    json.key("quotes").beginArray();
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        if (a.quotes.at(q).depth == 0)
            writeQuote(json, a, q, options);
    }
    json.endArray();
    json.key("speakers").beginArray();
    for (const analysis::Speaker &speaker : a.speakers)
        writeSpeaker(json, speaker);
    json.endArray();
    if (options.testFlag(Option::IncludeText))
        json.key("text").value(a.text());
    json.endObject();
    return out;
}

QJsonObject JsonExporter::toJsonObject(const analysis::Analysis &a, const QString &id,
                                       Options options)
{
    return QJsonDocument::fromJson(toJson(a, JsonWriter::quoted(id), options)).object();
}

} // namespace whosaid::exporting
