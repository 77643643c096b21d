#include "CsvExporter.h"

#include "Exporter.h"

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;

QString CsvExporter::field(const QString &value, bool spreadsheet)
{
    QString text = value;
    // A spreadsheet runs a cell that starts so as a formula: an article must not do that.
    static constexpr QStringView FormulaStarts = u"=+-@\t\r";
    if (spreadsheet && !text.isEmpty() && FormulaStarts.contains(text.front()))
        text.prepend(u'\'');
    const bool quoted = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!quoted)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

ExportResult CsvExporter::exportSet(const annotation::AnnotationSet &set,
                                    const ExportOptions &options)
{
    const document::Document &doc = set.document();
    const QString name = Exporter::documentName(doc);
    QString out;
    out.reserve(set.quoteCount() * 200 + 128);
    out += u"document,quote,speaker,role,kind,confidence,review,start,end,cue,speaker_id,edits"
           "\r\n"_s;
    for (const QuoteRecord &quote : set.quotes()) {
        if (quote.review == annotation::ReviewState::Rejected)
            continue;
        const int speaker = set.indexOfSpeaker(quote.speaker);
        const bool speech = quote.kind != analysis::QuoteKind::Mention;
        const QStringList row{
            name,
            doc.view(quote.range).toString(),
            speaker >= 0 ? set.speaker(speaker).name : QString(),
            speaker >= 0 ? set.speaker(speaker).role : QString(),
            analysis::kindName(quote.kind),
            speech ? QString::number(qRound(quote.confidence * 1000) / 1000.0) : QString(),
            annotation::reviewStateName(quote.review),
            QString::number(doc.codePointOffset(quote.range.start)),
            QString::number(doc.codePointOffset(quote.range.end)),
            doc.view(quote.cue).toString(),
            quote.speaker,
            annotation::editNames(quote.edits).join(u' '),
        };
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += u',';
            out += field(row.at(i), options.spreadsheet);
        }
        out += u"\r\n"_s;
    }
    QByteArray bytes = out.toUtf8();
    if (options.spreadsheet)
        bytes.prepend("\xEF\xBB\xBF");
    return ExportResult::single(u".csv"_s, bytes);
}

} // namespace whosaid::exporting
