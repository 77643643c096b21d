#include "WebAnnotationExporter.h"

#include "Exporter.h"
#include "annotation/SidecarFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;

namespace {

QString urn(const QString &fingerprint, const QString &what)
{
    return QUuid::createUuidV5(WebAnnotationExporter::IdNamespace, fingerprint + u':' + what)
        .toString(QUuid::WithoutBraces)
        .prepend(u"urn:uuid:"_s);
}

QJsonObject span(const document::Document &doc, document::TextRange range)
{
    return {{u"start"_s, qint64(doc.codePointOffset(range.start))},
            {u"end"_s, qint64(doc.codePointOffset(range.end))},
            {u"exact"_s, doc.view(range).toString()}};
}

QJsonObject annotationOf(const annotation::AnnotationSet &set, const QuoteRecord &quote,
                         const QString &source, const QString &id, const QString &created)
{
    const document::Document &doc = set.document();
    const annotation::QuoteAnchor anchor = annotation::QuoteAnchor::of(doc, quote.range);
    const QJsonArray selectors{
        QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                    {u"exact"_s, anchor.exact},
                    {u"prefix"_s, anchor.prefix},
                    {u"suffix"_s, anchor.suffix}},
        QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                    {u"start"_s, qint64(anchor.start)},
                    {u"end"_s, qint64(anchor.end)}},
    };
    QJsonObject annotation{
        {u"id"_s, id},
        {u"type"_s, u"Annotation"_s},
        {u"created"_s, created},
        {u"target"_s, QJsonObject{{u"source"_s, source}, {u"selector"_s, selectors}}},
        {u"whosaid:kind"_s, analysis::kindName(quote.kind)},
        {u"whosaid:review"_s, annotation::reviewStateName(quote.review)},
        {u"whosaid:edits"_s, QJsonArray::fromStringList(annotation::editNames(quote.edits))},
    };
    const int speaker = set.indexOfSpeaker(quote.speaker);
    const bool speech = quote.kind != analysis::QuoteKind::Mention;
    annotation.insert(u"motivation"_s,
                      speech && speaker >= 0 ? u"identifying"_s : u"highlighting"_s);
    if (!speech)
        return annotation;
    if (speaker >= 0) {
        const annotation::SpeakerRecord &record = set.speaker(speaker);
        QJsonObject body{
            {u"type"_s, u"TextualBody"_s},
            {u"purpose"_s, u"identifying"_s},
            {u"format"_s, u"text/plain"_s},
            {u"value"_s, record.name},
            {u"whosaid:speakerId"_s, record.id},
            {u"whosaid:speakerType"_s, record.organisation ? u"organisation"_s : u"person"_s},
        };
        if (!record.role.isEmpty())
            body.insert(u"whosaid:role"_s, record.role);
        if (!record.aliases.isEmpty())
            body.insert(u"whosaid:aliases"_s, QJsonArray::fromStringList(record.aliases));
        if (record.edited)
            body.insert(u"whosaid:edited"_s, true);
        annotation.insert(u"body"_s, body);
    }
    annotation.insert(u"whosaid:confidence"_s, qRound(quote.confidence * 1000) / 1000.0);
    annotation.insert(u"whosaid:utterance"_s, quote.utterance);
    if (!quote.mention.isEmpty())
        annotation.insert(u"whosaid:mention"_s, span(doc, quote.mention));
    if (!quote.cue.isEmpty())
        annotation.insert(u"whosaid:cue"_s, span(doc, quote.cue));
    if (!quote.reason.isEmpty())
        annotation.insert(u"whosaid:reason"_s, quote.reason);
    return annotation;
}

} // namespace

ExportResult WebAnnotationExporter::exportSet(const annotation::AnnotationSet &set,
                                              const ExportOptions &options)
{
    const document::Document &doc = set.document();
    const QString fingerprint = annotation::SidecarFile::fingerprint(doc);
    const QString source = doc.sourcePath.isEmpty()
        ? urn(fingerprint, u"article"_s)
        : QUrl::fromLocalFile(QFileInfo(doc.sourcePath).absoluteFilePath())
              .toString(QUrl::FullyEncoded);
    const QString created = options.exportedAt.toUTC().toString(Qt::ISODate);
    QJsonArray items;
    int number = 0;
    for (const QuoteRecord &quote : set.quotes()) {
        if (quote.review == annotation::ReviewState::Rejected)
            continue;
        ++number;
        items.append(annotationOf(
            set, quote, source, urn(fingerprint, u"quote:"_s + QString::number(number)), created));
    }
    const QString title = doc.title.isEmpty() ? Exporter::documentName(doc) : doc.title;
    QJsonObject vocabulary;
    vocabulary.insert(u"whosaid"_s, Vocabulary.toString());
    const QJsonArray context{Context.toString(), vocabulary};
    const QJsonObject collection{
        {u"@context"_s, context},
        {u"id"_s, urn(fingerprint, u"collection"_s)},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, QString(u"Who said what: "_s + title)},
        {u"generator"_s,
         QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, Exporter::generator()}}},
        {u"generated"_s, created},
        {u"total"_s, qint64(items.size())},
        {u"first"_s,
         QJsonObject{{u"id"_s, urn(fingerprint, u"page:1"_s)},
                     {u"type"_s, u"AnnotationPage"_s},
                     {u"startIndex"_s, 0},
                     {u"items"_s, items}}},
    };
    return ExportResult::single(u".jsonld"_s,
                                QJsonDocument(collection).toJson(QJsonDocument::Indented));
}

} // namespace whosaid::exporting
