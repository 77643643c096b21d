#include "WebAnnotationImporter.h"

#include "Exporter.h"
#include "ImportSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;
using annotation::UnplacedQuote;

namespace {

// A value that may be one object or a list of them, as a list.
QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QJsonArray annotationsIn(const QJsonValue &root)
{
    if (root.isArray())
        return root.toArray();
    const QJsonObject object = root.toObject();
    if (object.contains(u"first"_s))
        return annotationsIn(object.value(u"first"_s));
    if (object.contains(u"items"_s))
        return object.value(u"items"_s).toArray();
    return QJsonArray{object};
}

QJsonObject selectorOf(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue target : listOf(annotation.value(u"target"_s))) {
        for (const QJsonValue selector : listOf(target.toObject().value(u"selector"_s))) {
            if (selector.toObject().value(u"type"_s).toString() == type)
                return selector.toObject();
        }
    }
    return {};
}

// The body that names the speaker: one with purpose "identifying", else the first textual one.
QJsonObject speakerBody(const QJsonObject &annotation)
{
    QJsonObject textual;
    for (const QJsonValue value : listOf(annotation.value(u"body"_s))) {
        QJsonObject body = value.isString()
            ? QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, value.toString()}}
            : value.toObject();
        if (body.value(u"purpose"_s).toString() == u"identifying"_s)
            return body;
        if (textual.isEmpty() && body.value(u"value"_s).isString())
            textual = body;
    }
    return textual;
}

document::TextRange spanFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return ImportSupport::span(QJsonArray{object.value(u"start"_s), object.value(u"end"_s)});
}

std::optional<UnplacedQuote> quoteFrom(const QJsonObject &annotation,
                                       const document::Document &article,
                                       QList<annotation::SpeakerRecord> &roster)
{
    const QJsonObject quoteSelector = selectorOf(annotation, u"TextQuoteSelector"_s);
    const QJsonObject position = selectorOf(annotation, u"TextPositionSelector"_s);
    if (quoteSelector.isEmpty() && position.isEmpty())
        return std::nullopt;
    UnplacedQuote entry;
    const QString exact = quoteSelector.value(u"exact"_s).toString();
    entry.anchor = ImportSupport::anchor(article, position.value(u"start"_s).toInteger(-1),
                                         position.value(u"end"_s).toInteger(-1), exact);
    if (entry.anchor.exact.isEmpty())
        return std::nullopt;
    if (!quoteSelector.isEmpty()) {
        entry.anchor.prefix = quoteSelector.value(u"prefix"_s).toString();
        entry.anchor.suffix = quoteSelector.value(u"suffix"_s).toString();
    }
    const std::optional<analysis::QuoteKind> kind
        = annotation::quoteKindFromName(annotation.value(u"whosaid:kind"_s).toString(u"direct"_s));
    const std::optional<annotation::ReviewState> review = annotation::reviewStateFromName(
        annotation.value(u"whosaid:review"_s).toString(u"accepted"_s));
    if (!kind || !review)
        return std::nullopt;
    QuoteRecord &quote = entry.record;
    quote.kind = *kind;
    quote.review = *review;
    quote.edits = annotation::editsFromNames(
        annotation.value(u"whosaid:edits"_s).toVariant().toStringList());
    quote.confidence = annotation.value(u"whosaid:confidence"_s).toDouble(1.0);
    quote.utterance = annotation.value(u"whosaid:utterance"_s).toInt(-1);
    quote.reason = annotation.value(u"whosaid:reason"_s).toString();
    quote.mention = spanFrom(annotation.value(u"whosaid:mention"_s));
    quote.cue = spanFrom(annotation.value(u"whosaid:cue"_s));
    const QJsonObject body = speakerBody(annotation);
    quote.speaker = ImportSupport::speakerId(roster, body.value(u"whosaid:speakerId"_s).toString(),
                                             body.value(u"value"_s).toString());
    for (annotation::SpeakerRecord &speaker : roster) {
        if (quote.speaker.isEmpty() || speaker.id != quote.speaker)
            continue;
        speaker.role = body.value(u"whosaid:role"_s).toString(speaker.role);
        speaker.organisation = body.value(u"whosaid:speakerType"_s).toString() == u"organisation"_s;
        speaker.aliases = body.value(u"whosaid:aliases"_s).toVariant().toStringList();
        speaker.edited = speaker.edited || body.value(u"whosaid:edited"_s).toBool();
    }
    return entry;
}

} // namespace

ImportResult WebAnnotationImporter::read(const QJsonValue &root, const document::Document &article)
{
    ImportResult result;
    const QJsonArray annotations = annotationsIn(root);
    for (const QJsonValue value : annotations) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value(u"type"_s).toString() != u"Annotation"_s) {
            ++result.skipped;
            continue;
        }
        if (std::optional<UnplacedQuote> entry
            = quoteFrom(annotation, article, result.contents.speakers))
            result.contents.quotes.append(std::move(*entry));
        else
            ++result.skipped;
    }
    if (result.contents.quotes.isEmpty() && result.skipped == 0)
        result.error = u"no Web Annotations found"_s;
    return result;
}

} // namespace whosaid::exporting
