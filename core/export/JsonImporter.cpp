#include "JsonImporter.h"

#include "Exporter.h"
#include "ImportSupport.h"

#include <QJsonArray>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;
using annotation::UnplacedQuote;

namespace {

// One quote, or nothing when the file describes it too badly.
std::optional<UnplacedQuote> quoteFrom(const QJsonObject &object, const document::Document &text,
                                       QList<annotation::SpeakerRecord> &roster)
{
    const qint64 start = object.value(u"start"_s).toInteger(-1);
    const qint64 end = object.value(u"end"_s).toInteger(-1);
    const QString exact = object.value(u"text"_s).toString();
    const std::optional<analysis::QuoteKind> kind
        = annotation::quoteKindFromName(object.value(u"kind"_s).toString(u"direct"_s));
    // No review state: a file made elsewhere, whose quotes a person stands behind.
    const std::optional<annotation::ReviewState> review
        = annotation::reviewStateFromName(object.value(u"review"_s).toString(u"accepted"_s));
    if (start < 0 || end <= start || !kind || !review)
        return std::nullopt;
    UnplacedQuote entry;
    entry.anchor = ImportSupport::anchor(text, start, end, exact);
    if (entry.anchor.exact.isEmpty())
        return std::nullopt;
    if (object.contains(u"prefix"_s))
        entry.anchor.prefix = object.value(u"prefix"_s).toString();
    if (object.contains(u"suffix"_s))
        entry.anchor.suffix = object.value(u"suffix"_s).toString();
    QuoteRecord &quote = entry.record;
    quote.kind = *kind;
    quote.review = *review;
    quote.edits = annotation::editsFromNames(object.value(u"edits"_s).toVariant().toStringList());
    quote.speaker = ImportSupport::speakerId(roster, object.value(u"speaker_id"_s).toString(),
                                             object.value(u"speaker"_s).toString());
    quote.confidence = object.value(u"confidence"_s).toDouble(1.0);
    quote.mention = ImportSupport::span(object.value(u"speaker_mention"_s));
    quote.cue = ImportSupport::span(object.value(u"cue"_s));
    quote.utterance = object.value(u"utterance"_s).toInt(-1);
    quote.reason = object.value(u"reason"_s).toString();
    quote.linked = object.value(u"linked"_s).toBool();
    return entry;
}

annotation::SpeakerRecord speakerFrom(const QJsonObject &object)
{
    annotation::SpeakerRecord speaker;
    speaker.id = object.value(u"id"_s).toString();
    speaker.name = object.value(u"name"_s).toString();
    for (const QJsonValue alias : object.value(u"aliases"_s).toArray())
        speaker.aliases.append(alias.toString());
    speaker.role = object.value(u"role"_s).toString();
    speaker.organisation = object.value(u"type"_s).toString() == u"organisation"_s;
    speaker.edited = object.value(u"edited"_s).toBool();
    return speaker;
}

} // namespace

ImportResult JsonImporter::read(const QJsonObject &root, const document::Document &article)
{
    ImportResult result;
    if (!root.value(u"quotes"_s).isArray()) {
        result.error = u"not a Whosaid JSON export: it has no \"quotes\" list"_s;
        return result;
    }
    // Context comes from the exported text when the file has it: the offsets refer to it.
    const bool hasText = root.value(u"text"_s).isString();
    const document::Document exported(root.value(u"text"_s).toString(),
                                      document::Document::LineEndings::Keep);
    const document::Document &text = hasText ? exported : article;
    QList<annotation::SpeakerRecord> &roster = result.contents.speakers;
    for (const QJsonValue value : root.value(u"speakers"_s).toArray()) {
        const annotation::SpeakerRecord speaker = speakerFrom(value.toObject());
        if (!speaker.id.isEmpty() && !speaker.name.isEmpty())
            roster.append(speaker);
    }
    for (const QJsonValue value : root.value(u"quotes"_s).toArray()) {
        if (std::optional<UnplacedQuote> entry = quoteFrom(value.toObject(), text, roster))
            result.contents.quotes.append(std::move(*entry));
        else
            ++result.skipped;
    }
    for (const QJsonValue value : root.value(u"unplaced"_s).toArray()) {
        if (std::optional<UnplacedQuote> entry = quoteFrom(value.toObject(), text, roster))
            result.contents.unplaced.append(std::move(*entry));
        else
            ++result.skipped;
    }
    return result;
}

} // namespace whosaid::exporting
