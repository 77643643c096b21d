#include "JsonExporter.h"

#include "JsonWriter.h"

#include <QJsonDocument>

namespace whosaid::exporting {

using analysis::QuoteKind;

void JsonExporter::writeSpan(JsonWriter &json, const document::Document &doc,
                             document::TextRange range)
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

namespace {

// One quote of either source, in the contract's terms.
struct QuoteFields
{
    analysis::TextRange range;
    QuoteKind kind = QuoteKind::Direct;
    const QString *speakerName = nullptr; // null when unknown
    const QString *speakerId = nullptr;
    double confidence = 0.0;
    analysis::TextRange mention;
    analysis::TextRange cue;
    int utterance = -1;
    const QString *reason = nullptr;
};

// The keys of one quote, inside an object the caller opens and closes.
void writeQuoteKeys(JsonWriter &json, const analysis::Document &doc, const QuoteFields &quote,
                    JsonExporter::Options options)
{
    json.key("start").value(qint64(doc.codePointOffset(quote.range.start)));
    json.key("end").value(qint64(doc.codePointOffset(quote.range.end)));
    json.key("text").value(doc.view(quote.range));
    json.key("kind").value(analysis::kindName(quote.kind));
    if (quote.kind != QuoteKind::Mention) {
        if (quote.speakerName != nullptr) {
            json.key("speaker").value(*quote.speakerName);
            json.key("speaker_id").value(*quote.speakerId);
        } else {
            json.key("speaker").null();
            json.key("speaker_id").null();
        }
        json.key("confidence").value(qRound(quote.confidence * 1000) / 1000.0);
        json.key("speaker_mention");
        JsonExporter::writeSpan(json, doc, quote.mention);
        json.key("cue");
        JsonExporter::writeSpan(json, doc, quote.cue);
        json.key("utterance").value(qint64(quote.utterance));
        if (options.testFlag(JsonExporter::Option::IncludeReasons))
            json.key("reason").value(*quote.reason);
    }
}

void writeAnalysedQuote(JsonWriter &json, const analysis::Analysis &a, qsizetype q,
                        JsonExporter::Options options)
{
    const analysis::Quote &quote = a.quotes.at(q);
    QuoteFields fields;
    fields.range = quote.content;
    fields.kind = quote.kind;
    fields.utterance = quote.utterance;
    if (quote.kind != QuoteKind::Mention) {
        const analysis::Attribution &attribution = a.attributions.at(q);
        if (attribution.speaker >= 0) {
            fields.speakerName = &a.speakers.at(attribution.speaker).name;
            fields.speakerId = &a.speakers.at(attribution.speaker).id;
        }
        fields.confidence = attribution.confidence;
        if (attribution.mention >= 0)
            fields.mention = a.mentions.at(attribution.mention).range;
        fields.cue = attribution.cue;
        fields.reason = &attribution.reason;
    }
    json.beginObject();
    writeQuoteKeys(json, *a.document, fields, options);
    json.endObject();
}

// The keys of one speaker, inside an object the caller opens and closes.
template<typename SpeakerT>
void writeSpeakerKeys(JsonWriter &json, const SpeakerT &speaker, int quoteCount)
{
    json.key("id").value(speaker.id);
    json.key("name").value(speaker.name);
    json.key("aliases").beginArray();
    for (const QString &alias : speaker.aliases)
        json.value(alias);
    json.endArray();
    json.key("quotes").value(qint64(quoteCount));
    if (!speaker.role.isEmpty())
        json.key("role").value(speaker.role);
    json.key("type").value(speaker.organisation ? u"organisation" : u"person");
}

} // namespace

void JsonExporter::writeQuoteKeys(JsonWriter &json, const annotation::AnnotationSet &set,
                                  const annotation::QuoteRecord &quote, Options options)
{
    QuoteFields fields;
    fields.range = quote.range;
    fields.kind = quote.kind;
    const int speaker = set.indexOfSpeaker(quote.speaker);
    if (speaker >= 0) {
        fields.speakerName = &set.speaker(speaker).name;
        fields.speakerId = &set.speaker(speaker).id;
    }
    fields.confidence = quote.confidence;
    fields.mention = quote.mention;
    fields.cue = quote.cue;
    fields.utterance = quote.utterance;
    fields.reason = &quote.reason;
    whosaid::exporting::writeQuoteKeys(json, set.document(), fields, options);
}

void JsonExporter::writeSpeakerKeys(JsonWriter &json, const annotation::AnnotationSet &set,
                                    const annotation::SpeakerRecord &speaker)
{
    whosaid::exporting::writeSpeakerKeys(json, speaker, set.quoteCountOf(speaker.id));
}

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
            writeAnalysedQuote(json, a, q, options);
    }
    json.endArray();
    json.key("speakers").beginArray();
    for (const analysis::Speaker &speaker : a.speakers) {
        json.beginObject();
        whosaid::exporting::writeSpeakerKeys(json, speaker, speaker.quoteCount);
        json.endObject();
    }
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

QByteArray JsonExporter::toJson(const annotation::AnnotationSet &set, const QByteArray &idJson,
                                Options options)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("id").raw(idJson);
    json.key("quotes").beginArray();
    for (const annotation::QuoteRecord &quote : set.quotes()) {
        if (quote.review == annotation::ReviewState::Rejected)
            continue;
        json.beginObject();
        writeQuoteKeys(json, set, quote, options);
        json.key("review").value(annotation::reviewStateName(quote.review));
        json.key("hand_edited")
            .value(quote.edits != 0 || quote.review == annotation::ReviewState::Added);
        json.endObject();
    }
    json.endArray();
    json.key("speakers").beginArray();
    for (const annotation::SpeakerRecord &speaker : set.speakers()) {
        json.beginObject();
        writeSpeakerKeys(json, set, speaker);
        json.endObject();
    }
    json.endArray();
    if (options.testFlag(Option::IncludeText))
        json.key("text").value(set.document().text());
    json.endObject();
    return out;
}

} // namespace whosaid::exporting
