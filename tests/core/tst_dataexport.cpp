// Tests of the data exports: CSV parsed back (RFC 4180), brat spans against the text, the
// annotation JSON and the Web Annotations against the article, all in code points.

#include "ExportTestSupport.h"
#include "export/BratExporter.h"
#include "export/CsvExporter.h"
#include "export/Exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using exporting::Exporter;
using exporting::ExportFormat;

namespace {

QByteArray exported(ExportFormat format, const annotation::AnnotationSet &set,
                    const QString &suffix, bool spreadsheet = false)
{
    exporting::ExportOptions options;
    options.spreadsheet = spreadsheet;
    const exporting::ExportResult result = Exporter::exportSet(format, set, options);
    for (const exporting::ExportFile &file : result.files) {
        if (file.suffix == suffix)
            return file.bytes;
    }
    qFatal("no %s file", qPrintable(suffix));
}

// RFC 4180 records: fields split at commas outside quotes, "" inside quotes for a quote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QString codePoints(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end < start || end > ucs4.size())
        return u"<out of range>"_s;
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

int speechOrMentionShown(const annotation::AnnotationSet &set)
{
    int shown = 0;
    for (const annotation::QuoteRecord &quote : set.quotes())
        shown += quote.review != annotation::ReviewState::Rejected ? 1 : 0;
    return shown;
}

} // namespace

class TestDataExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvParsesBack();
    void csvQuoting_data();
    void csvQuoting();
    void csvForSpreadsheets();
    void bratSpansMatchTheText();
    void bratSplitsSpansAtLineBreaks();
    void jsonKeepsDecisions();
    void webAnnotationSelectors();
    void formatNames();
};

void TestDataExport::csvParsesBack()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const QByteArray bytes = exported(ExportFormat::Csv, *set, u".csv"_s);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(
        rows.first(),
        (QStringList{u"document"_s, u"quote"_s, u"speaker"_s, u"role"_s, u"kind"_s, u"confidence"_s,
                     u"review"_s, u"start"_s, u"end"_s, u"cue"_s, u"speaker_id"_s, u"edits"_s}));
    QCOMPARE(rows.size(), speechOrMentionShown(*set) + 1);
    const QString text = set->document().text();
    bool corrected = false;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 12);
        QCOMPARE(codePoints(text, row.at(7).toLongLong(), row.at(8).toLongLong()), row.at(1));
        QVERIFY(row.at(6) != u"rejected"_s);
        if (row.at(6) == u"corrected"_s) {
            corrected = true;
            QCOMPARE(row.at(2), u"Tomas Berg"_s);
            QCOMPARE(row.at(11), u"speaker"_s);
        }
    }
    QVERIFY(corrected);
}

void TestDataExport::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"plain words"_s << u"plain words"_s;
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"no\""_s << u"\"say \"\"no\"\"\""_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("crlf") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDataExport::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(exporting::CsvExporter::field(value), field);
    // ... and the parser reads it back.
    const QList<QStringList> rows = parseCsv(field + u",x\r\n"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first(), value);
}

void TestDataExport::csvForSpreadsheets()
{
    QCOMPARE(exporting::CsvExporter::field(u"=HYPERLINK(\"x\")"_s, true),
             u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(exporting::CsvExporter::field(u"@SUM(1)"_s, true), u"'@SUM(1)"_s);
    QCOMPARE(exporting::CsvExporter::field(u"=1+1"_s, false), u"=1+1"_s);
    const QByteArray bytes = exported(ExportFormat::Csv, *coretest::sampleSet(), u".csv"_s, true);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "document,"));
}

void TestDataExport::bratSpansMatchTheText()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const QString txt = QString::fromUtf8(exported(ExportFormat::Brat, *set, u".txt"_s));
    QCOMPARE(txt, set->document().text());
    const QString ann = QString::fromUtf8(exported(ExportFormat::Brat, *set, u".ann"_s));
    QSet<QString> ids;
    QSet<QString> referenced;
    int quotations = 0;
    static const QRegularExpression textBound(u"^(T\\d+)\t(\\w+) ([\\d ;]+)\t(.*)$"_s);
    static const QRegularExpression argument(u"\\b(?:Arg\\d:)?(T\\d+)\\b"_s);
    for (const QString &line : ann.split(u'\n', Qt::SkipEmptyParts)) {
        const QString id = line.section(u'\t', 0, 0);
        QVERIFY2(!ids.contains(id), qPrintable(u"duplicate "_s + id));
        ids.insert(id);
        if (id.startsWith(u'T')) {
            const QRegularExpressionMatch match = textBound.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            quotations += match.captured(2) == u"Quotation"_s ? 1 : 0;
            QStringList pieces;
            for (const QString &fragment : match.captured(3).split(u';')) {
                const QStringList offsets = fragment.split(u' ');
                QCOMPARE(offsets.size(), 2);
                pieces.append(
                    codePoints(txt, offsets.at(0).toLongLong(), offsets.at(1).toLongLong()));
            }
            QCOMPARE(pieces.join(u' '), match.captured(4));
            continue;
        }
        QVERIFY2(QRegularExpression(u"^[RA#]\\d+\t"_s).match(line).hasMatch(), qPrintable(line));
        // The annotations a relation, attribute or note refers to (not its own text).
        const QString head
            = id.startsWith(u'#') ? line.section(u'\t', 1, 1) : line.section(u'\t', 1);
        for (const QRegularExpressionMatch &m : argument.globalMatch(head))
            referenced.insert(m.captured(1));
    }
    QCOMPARE(quotations, speechOrMentionShown(*set));
    for (const QString &id : std::as_const(referenced))
        QVERIFY2(ids.contains(id), qPrintable(id));
    // The configuration declares every type used.
    const QByteArray conf = exporting::BratExporter::annotationConf();
    for (const char *type :
         {"Quotation", "Speaker", "Cue", "SpokenBy", "IntroducedBy", "Kind", "Review"})
        QVERIFY(conf.contains(type));
}

void TestDataExport::bratSplitsSpansAtLineBreaks()
{
    std::unique_ptr<annotation::AnnotationSet> set = coretest::machineSet(
        u"Head\n\nHe said: \u201cFirst line\nsecond line \U0001F600 end.\u201d\n"_s);
    annotation::QuoteRecord quote;
    quote.id = set->newQuoteId();
    const qsizetype start = set->document().text().indexOf(u"First"_s);
    quote.range = {start, set->document().text().indexOf(u" end."_s)};
    quote.review = annotation::ReviewState::Added;
    while (set->quoteCount() > 0)
        set->takeQuote(0);
    set->insertQuote(quote);
    const QString ann = QString::fromUtf8(exported(ExportFormat::Brat, *set, u".ann"_s));
    QVERIFY2(ann.startsWith(u"T1\tQuotation 16 26;27 40\tFirst line second line \U0001F600\n"_s),
             qPrintable(ann));
}

void TestDataExport::jsonKeepsDecisions()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const QJsonObject root
        = QJsonDocument::fromJson(exported(ExportFormat::Json, *set, u".json"_s)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"whosaid-export"_s);
    QCOMPARE(root.value(u"text"_s).toString(), set->document().text());
    const QJsonArray quotes = root.value(u"quotes"_s).toArray();
    QCOMPARE(quotes.size(), set->quoteCount()); // rejected ones included, marked
    QStringList reviews;
    for (const QJsonValue &value : quotes) {
        const QJsonObject quote = value.toObject();
        QCOMPARE(codePoints(set->document().text(), quote.value(u"start"_s).toInteger(),
                            quote.value(u"end"_s).toInteger()),
                 quote.value(u"text"_s).toString());
        reviews.append(quote.value(u"review"_s).toString());
        QVERIFY(quote.value(u"edits"_s).isArray());
    }
    for (const QString &state : {u"accepted"_s, u"corrected"_s, u"rejected"_s, u"added"_s})
        QVERIFY2(reviews.contains(state), qPrintable(state));
    bool edited = false;
    for (const QJsonValue &value : root.value(u"speakers"_s).toArray())
        edited = edited || value.toObject().value(u"edited"_s).toBool();
    QVERIFY(edited); // "the city", made by hand
}

void TestDataExport::webAnnotationSelectors()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const QJsonObject root
        = QJsonDocument::fromJson(exported(ExportFormat::WebAnnotation, *set, u".jsonld"_s))
              .object();
    QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(root.value(u"@context"_s).toArray().first().toString(),
             u"http://www.w3.org/ns/anno.jsonld"_s);
    const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), speechOrMentionShown(*set));
    QCOMPARE(root.value(u"total"_s).toInt(), items.size());
    QSet<QString> ids;
    for (const QJsonValue &value : items) {
        const QJsonObject annotation = value.toObject();
        QCOMPARE(annotation.value(u"type"_s).toString(), u"Annotation"_s);
        QVERIFY(annotation.value(u"id"_s).toString().startsWith(u"urn:uuid:"_s));
        ids.insert(annotation.value(u"id"_s).toString());
        const QJsonArray selectors
            = annotation.value(u"target"_s).toObject().value(u"selector"_s).toArray();
        const QJsonObject quote = selectors.at(0).toObject();
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        const QString text = set->document().text();
        const qint64 start = position.value(u"start"_s).toInteger();
        const qint64 end = position.value(u"end"_s).toInteger();
        QCOMPARE(codePoints(text, start, end), quote.value(u"exact"_s).toString());
        QVERIFY(codePoints(text, 0, start).endsWith(quote.value(u"prefix"_s).toString()));
        if (annotation.value(u"whosaid:kind"_s).toString() != u"mention"_s
            && annotation.contains(u"body"_s)) {
            const QJsonObject body = annotation.value(u"body"_s).toObject();
            QCOMPARE(body.value(u"purpose"_s).toString(), u"identifying"_s);
            QVERIFY(!body.value(u"value"_s).toString().isEmpty());
        }
    }
    QCOMPARE(ids.size(), items.size());
}

void TestDataExport::formatNames()
{
    for (const QString &name : Exporter::names())
        QCOMPARE(Exporter::name(*Exporter::fromName(name)), name);
    QVERIFY(!Exporter::fromName(u"pdf"));
    QCOMPARE(Exporter::basePath(ExportFormat::Brat, u"out/a.txt"_s), u"out/a"_s);
    QCOMPARE(Exporter::basePath(ExportFormat::Html, u"out/a.html"_s), u"out/a"_s);
    QCOMPARE(Exporter::basePath(ExportFormat::Html, u"out/a"_s), u"out/a"_s);
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
