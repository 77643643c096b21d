#include "BratExporter.h"

#include <QHash>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;
using document::TextRange;

namespace {

// Builds the .ann file, one numbered annotation after another.
class AnnWriter
{
public:
    explicit AnnWriter(const document::Document &doc)
        : m_doc(doc)
    { }

    // "T3", reusing the annotation of an equal span of the same type.
    QString textBound(const QString &type, TextRange range)
    {
        const QString key
            = type + u':' + QString::number(range.start) + u':' + QString::number(range.end);
        if (const auto found = m_spans.constFind(key); found != m_spans.cend())
            return *found;
        QStringList offsets;
        QStringList texts;
        const QString &text = m_doc.text();
        qsizetype start = range.start;
        while (start < range.end) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0 || end > range.end)
                end = range.end;
            if (end > start) {
                offsets.append(QString::number(m_doc.codePointOffset(start)) + u' '
                               + QString::number(m_doc.codePointOffset(end)));
                texts.append(text.mid(start, end - start));
            }
            start = end + 1;
        }
        if (offsets.isEmpty())
            return {};
        QString id = u"T"_s + QString::number(++m_t);
        m_out += id + u'\t' + type + u' ' + offsets.join(u';') + u'\t' + texts.join(u' ') + u'\n';
        m_spans.insert(key, id);
        return id;
    }

    void relation(const QString &type, const QString &from, const QString &to)
    {
        m_out += u"R"_s + QString::number(++m_r) + u'\t' + type + u" Arg1:"_s + from + u" Arg2:"_s
            + to + u'\n';
    }

    void attribute(const QString &type, const QString &of, const QString &value)
    {
        m_out += u"A"_s + QString::number(++m_a) + u'\t' + type + u' ' + of + u' ' + value + u'\n';
    }

    void note(const QString &of, QString text)
    {
        text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        m_out
            += u"#"_s + QString::number(++m_n) + u"\tAnnotatorNotes "_s + of + u'\t' + text + u'\n';
    }

    [[nodiscard]] const QString &result() const { return m_out; }

private:
    const document::Document &m_doc;
    QHash<QString, QString> m_spans;
    QString m_out;
    int m_t = 0;
    int m_r = 0;
    int m_a = 0;
    int m_n = 0;
};

} // namespace

ExportResult BratExporter::exportSet(const annotation::AnnotationSet &set,
                                     const ExportOptions & /*options*/)
{
    const document::Document &doc = set.document();
    AnnWriter ann(doc);
    for (const QuoteRecord &quote : set.quotes()) {
        if (quote.review == annotation::ReviewState::Rejected)
            continue;
        const QString id = ann.textBound(u"Quotation"_s, quote.range);
        if (id.isEmpty())
            continue;
        ann.attribute(u"Kind"_s, id, analysis::kindName(quote.kind));
        ann.attribute(u"Review"_s, id, annotation::reviewStateName(quote.review));
        if (quote.kind == analysis::QuoteKind::Mention)
            continue;
        if (!quote.mention.isEmpty()) {
            const QString mention = ann.textBound(u"Speaker"_s, quote.mention);
            if (!mention.isEmpty())
                ann.relation(u"SpokenBy"_s, id, mention);
        }
        if (!quote.cue.isEmpty()) {
            const QString cue = ann.textBound(u"Cue"_s, quote.cue);
            if (!cue.isEmpty())
                ann.relation(u"IntroducedBy"_s, id, cue);
        }
        const int speaker = set.indexOfSpeaker(quote.speaker);
        QString note
            = speaker < 0 ? u"speaker unknown"_s : u"speaker: "_s + set.speaker(speaker).name;
        if (speaker >= 0 && !set.speaker(speaker).role.isEmpty())
            note += u" ("_s + set.speaker(speaker).role + u')';
        if (speaker >= 0)
            note += u" ["_s + quote.speaker + u']';
        note += u"; confidence "_s + QString::number(qRound(quote.confidence * 1000) / 1000.0);
        ann.note(id, note);
    }
    return {
        {ExportFile{u".txt"_s, doc.text().toUtf8()}, ExportFile{u".ann"_s, ann.result().toUtf8()}},
        {}};
}

QByteArray BratExporter::annotationConf()
{
    return "# brat configuration of Whosaid's export: quotations, who said them and the cue.\n"
           "[entities]\n"
           "Quotation\n"
           "Speaker\n"
           "Cue\n"
           "\n"
           "[relations]\n"
           "SpokenBy\tArg1:Quotation, Arg2:Speaker\n"
           "IntroducedBy\tArg1:Quotation, Arg2:Cue\n"
           "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
           "\n"
           "[events]\n"
           "\n"
           "[attributes]\n"
           "Kind\tArg:Quotation, Value:direct|mixed|indirect|block|mention\n"
           "Review\tArg:Quotation, Value:unreviewed|accepted|corrected|added\n";
}

QByteArray BratExporter::visualConf()
{
    return "[labels]\n"
           "Quotation | Quotation | Quote | Q\n"
           "Speaker | Speaker | Spk | S\n"
           "Cue | Cue | C\n"
           "SpokenBy | spoken by\n"
           "IntroducedBy | introduced by\n"
           "\n"
           "[drawing]\n"
           "Quotation\tbgColor:#ffe08a\n"
           "Speaker\tbgColor:#9fd0ff\n"
           "Cue\tbgColor:#d8d8d8\n"
           "SpokenBy\tcolor:#1f5f9f\n"
           "IntroducedBy\tcolor:#666666\n";
}

} // namespace whosaid::exporting
