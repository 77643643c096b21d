#include "JsonExporter.h"

#include <QJsonArray>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using analysis::QuoteKind;

namespace {

QJsonValue span(const analysis::Document &doc, analysis::TextRange range)
{
    if (range.isEmpty())
        return QJsonValue::Null;
    return QJsonArray{doc.codePointOffset(range.start), doc.codePointOffset(range.end)};
}

} // namespace

QJsonObject JsonExporter::toJson(const analysis::Analysis &a, const QString &id, Options options)
{
    const analysis::Document &doc = *a.document;
    QJsonArray quotes;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const analysis::Quote &quote = a.quotes.at(q);
        if (quote.depth > 0)
            continue;
        const analysis::Attribution &attribution = a.attributions.at(q);
        QJsonObject item{
            {u"start"_s, doc.codePointOffset(quote.content.start)},
            {u"end"_s, doc.codePointOffset(quote.content.end)},
            {u"text"_s, a.view(quote.content).toString()},
            {u"kind"_s, analysis::kindName(quote.kind)},
        };
        if (quote.kind != QuoteKind::Mention) {
            const bool known = attribution.speaker >= 0;
            item[u"speaker"_s]
                = known ? QJsonValue(a.speakers.at(attribution.speaker).name) : QJsonValue::Null;
            item[u"speaker_id"_s]
                = known ? QJsonValue(a.speakers.at(attribution.speaker).id) : QJsonValue::Null;
            item[u"confidence"_s] = qRound(attribution.confidence * 1000) / 1000.0;
            item[u"speaker_mention"_s] = attribution.mention >= 0
                ? span(doc, a.mentions.at(attribution.mention).range)
                : QJsonValue(QJsonValue::Null);
            item[u"cue"_s] = span(doc, attribution.cue);
            item[u"utterance"_s] = quote.utterance;
            if (options.testFlag(Option::IncludeReasons))
                item[u"reason"_s] = attribution.reason;
        }
        quotes.append(item);
    }
    QJsonArray speakers;
    for (const analysis::Speaker &speaker : a.speakers) {
        QJsonObject item{{u"id"_s, speaker.id},
                         {u"name"_s, speaker.name},
                         {u"aliases"_s, QJsonArray::fromStringList(speaker.aliases)},
                         {u"quotes"_s, speaker.quoteCount}};
        if (!speaker.role.isEmpty())
            item[u"role"_s] = speaker.role;
        item[u"type"_s] = speaker.organisation ? u"organisation"_s : u"person"_s;
        speakers.append(item);
    }
    QJsonObject out{{u"id"_s, id}, {u"quotes"_s, quotes}, {u"speakers"_s, speakers}};
    if (options.testFlag(Option::IncludeText))
        out[u"text"_s] = doc.text();
    return out;
}

} // namespace whosaid::exporting
