// Tests of JsonExporter: the analysis out as JSON, in code point offsets.

#include "AnalysisTestSupport.h"
#include "JsonTestSupport.h"
#include "export/JsonExporter.h"
#include "export/JsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::coretest::analyse;
using whosaid::coretest::isValidUtf8;
using whosaid::exporting::JsonExporter;
using whosaid::exporting::JsonWriter;

namespace {

// The code points [start, end) of `text`.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end < start || end > ucs4.size())
        return u"<out of range>"_s;
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

// An invented article: an emoji before the first quotation (so UTF-16 and code point offsets
// differ), a headline, and several paragraphs with quotes and speakers.
const QString Article
    = u"Kestrelford library opens its doors again \U0001F4DA\n\n"
      "The town library reopened on Saturday after two years of repairs \U0001F389. "
      "\u201cChildren were queueing outside before we had even unlocked the doors,\u201d "
      "head librarian Ingrid Holm said.\n\n"
      "\u201cWe added a reading garden and a quiet room for teenagers,\u201d Holm told "
      "visitors. The county council paid for most of the work.\n\n"
      "Councillor Amir Patel was less pleased. \u201cThe repairs cost twice what we were "
      "promised in the spring,\u201d Patel said at the evening meeting.\n"_s;

// The analysis as the exporter writes it, parsed back.
QJsonObject exported(const Analysis &analysis,
                     JsonExporter::Options options = JsonExporter::Option::IncludeReasons)
{
    return QJsonDocument::fromJson(
               JsonExporter::toJson(analysis, JsonWriter::quoted(u"doc-1"_s), options))
        .object();
}

} // namespace

class TestJsonExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportParses();
    void exportOffsetsAreCodePoints();
    void exportSpeakers();
    void exportSpeakerType();
    void exportOptions();
    void exportObjectMatchesJson();
    void exportRawId();
    void exportNoQuotes();

private:
    Analysis m_analysis;
};

void TestJsonExporter::initTestCase()
{
    m_analysis = analyse(Article);
    QCOMPARE(m_analysis.text(), Article); // no \r: the document keeps the text as given
}

void TestJsonExporter::exportParses()
{
    const QByteArray json = JsonExporter::toJson(m_analysis, JsonWriter::quoted(u"doc-1"_s));
    QVERIFY(!json.contains('\n'));
    QVERIFY(isValidUtf8(json));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + u": "_s + QString::fromUtf8(json)));
    QVERIFY(doc.isObject());
    const QJsonObject result = doc.object();
    QCOMPARE(result.value(u"id"_s).toString(), u"doc-1"_s);
    QVERIFY(result.value(u"quotes"_s).isArray());
    QVERIFY(result.value(u"speakers"_s).isArray());
    QVERIFY(!result.contains(u"text"_s));

    // The quotes the article has, in order, with their speakers.
    QStringList texts;
    QStringList speakers;
    for (const QJsonValue &value : result.value(u"quotes"_s).toArray()) {
        texts.append(value.toObject().value(u"text"_s).toString());
        speakers.append(value.toObject().value(u"speaker"_s).toString());
    }
    const QStringList expected{
        u"Children were queueing outside before we had even unlocked the doors,"_s,
        u"We added a reading garden and a quiet room for teenagers,"_s,
        u"The repairs cost twice what we were promised in the spring,"_s,
    };
    QCOMPARE(texts, expected);
    QVERIFY2(speakers.at(0).contains(u"Holm"_s), qPrintable(speakers.at(0)));
    QVERIFY2(speakers.at(1).contains(u"Holm"_s), qPrintable(speakers.at(1)));
    QVERIFY2(speakers.at(2).contains(u"Patel"_s), qPrintable(speakers.at(2)));
}

void TestJsonExporter::exportOffsetsAreCodePoints()
{
    const QJsonObject result = exported(m_analysis);
    const QJsonArray quotes = result.value(u"quotes"_s).toArray();
    QVERIFY(!quotes.isEmpty());
    const qsizetype length = Article.toUcs4().size();
    for (const QJsonValue &value : quotes) {
        const QJsonObject quote = value.toObject();
        const QString text = quote.value(u"text"_s).toString();
        QVERIFY2(quote.value(u"start"_s).isDouble() && quote.value(u"end"_s).isDouble(),
                 qPrintable(text));
        const qint64 start = quote.value(u"start"_s).toInteger(-1);
        const qint64 end = quote.value(u"end"_s).toInteger(-1);
        QVERIFY2(start >= 0 && start < end && end <= length, qPrintable(text));
        QCOMPARE(codePointSlice(Article, start, end), text);
        for (const QString &member : {u"speaker_mention"_s, u"cue"_s}) {
            const QJsonValue span = quote.value(member);
            QVERIFY2(span.isNull() || span.toArray().size() == 2, qPrintable(member));
            if (span.isArray()) {
                const qint64 from = span.toArray().at(0).toInteger(-1);
                const qint64 to = span.toArray().at(1).toInteger(-1);
                QVERIFY2(from >= 0 && from < to && to <= length, qPrintable(member));
            }
        }
    }
    // Two emoji before the first quote: its code point start is two less than its UTF-16 one.
    const QJsonObject first = quotes.at(0).toObject();
    const qsizetype utf16Start = Article.indexOf(first.value(u"text"_s).toString());
    QCOMPARE(first.value(u"start"_s).toInteger(), qint64(utf16Start - 2));

    // The speaker mention and cue spans point at the words they name.
    const QJsonArray mention = first.value(u"speaker_mention"_s).toArray();
    QVERIFY2(codePointSlice(Article, mention.at(0).toInteger(), mention.at(1).toInteger())
                 .contains(u"Holm"_s),
             qPrintable(QString::fromUtf8(QJsonDocument(first).toJson(QJsonDocument::Compact))));
    const QJsonArray cue = first.value(u"cue"_s).toArray();
    QCOMPARE(codePointSlice(Article, cue.at(0).toInteger(), cue.at(1).toInteger()), u"said"_s);
}

void TestJsonExporter::exportSpeakers()
{
    const QJsonObject result = JsonExporter::toJsonObject(m_analysis, u"doc-1"_s);
    QHash<QString, QString> names; // id -> name
    for (const QJsonValue &value : result.value(u"speakers"_s).toArray()) {
        const QJsonObject speaker = value.toObject();
        const QString id = speaker.value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty() && !names.contains(id), qPrintable(id));
        QVERIFY(!speaker.value(u"name"_s).toString().isEmpty());
        QVERIFY(speaker.value(u"aliases"_s).isArray());
        QVERIFY(speaker.value(u"quotes"_s).isDouble());
        names.insert(id, speaker.value(u"name"_s).toString());
    }
    QVERIFY(!names.isEmpty());

    int attributed = 0;
    for (const QJsonValue &value : result.value(u"quotes"_s).toArray()) {
        const QJsonObject quote = value.toObject();
        const QJsonValue id = quote.value(u"speaker_id"_s);
        QCOMPARE(id.isNull(), quote.value(u"speaker"_s).isNull());
        if (id.isNull())
            continue;
        ++attributed;
        QVERIFY2(names.contains(id.toString()), qPrintable(id.toString()));
        QCOMPARE(quote.value(u"speaker"_s).toString(), names.value(id.toString()));
        const double confidence = quote.value(u"confidence"_s).toDouble(-1);
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        QVERIFY(quote.value(u"reason"_s).isString());
    }
    QCOMPARE(attributed, 3);
}

void TestJsonExporter::exportSpeakerType()
{
    const QJsonArray speakers
        = JsonExporter::toJsonObject(m_analysis, u"doc-1"_s).value(u"speakers"_s).toArray();
    QVERIFY(!speakers.isEmpty());
    for (const QJsonValue &value : speakers) {
        const QJsonObject speaker = value.toObject();
        const QJsonValue type = speaker.value(u"type"_s);
        QVERIFY2(
            type == u"person"_s || type == u"organisation"_s,
            qPrintable(QString::fromUtf8(QJsonDocument(speaker).toJson(QJsonDocument::Compact))));
    }
}

void TestJsonExporter::exportOptions()
{
    const auto hasReasons = [](const QJsonObject &result) {
        for (const QJsonValue &quote : result.value(u"quotes"_s).toArray()) {
            if (quote.toObject().contains(u"reason"_s))
                return true;
        }
        return false;
    };

    const QJsonObject withText = exported(
        m_analysis, JsonExporter::Option::IncludeText | JsonExporter::Option::IncludeReasons);
    QCOMPARE(withText.value(u"text"_s).toString(), Article);
    QVERIFY(hasReasons(withText));

    const QJsonObject textOnly = exported(m_analysis, JsonExporter::Option::IncludeText);
    QCOMPARE(textOnly.value(u"text"_s).toString(), Article);
    QVERIFY(!hasReasons(textOnly));

    const QJsonObject bare = exported(m_analysis, JsonExporter::Option::None);
    QVERIFY(!bare.contains(u"text"_s));
    QVERIFY(!hasReasons(bare));
    QCOMPARE(bare.value(u"quotes"_s).toArray().size(),
             withText.value(u"quotes"_s).toArray().size());
}

void TestJsonExporter::exportObjectMatchesJson()
{
    for (const JsonExporter::Options options :
         {JsonExporter::Options(JsonExporter::Option::IncludeReasons),
          JsonExporter::Options(JsonExporter::Option::IncludeText),
          JsonExporter::Options(JsonExporter::Option::None)}) {
        const QJsonObject object = JsonExporter::toJsonObject(m_analysis, u"doc-1"_s, options);
        QVERIFY(!object.isEmpty());
        QCOMPARE(object, exported(m_analysis, options));
    }
    // An id with characters to escape goes through toJsonObject() intact.
    const QString id = u"doc \"2\"\n\\ \U0001F4DA"_s;
    QCOMPARE(JsonExporter::toJsonObject(m_analysis, id).value(u"id"_s).toString(), id);
}

void TestJsonExporter::exportRawId()
{
    // The id of a JSON Lines record goes back out as it came: a number stays a number.
    const QByteArray json = JsonExporter::toJson(m_analysis, "42"_ba);
    QVERIFY(json.startsWith(R"({"id":42,)"));
    const QJsonObject result = QJsonDocument::fromJson(json).object();
    QVERIFY(result.value(u"id"_s).isDouble());
    QCOMPARE(result.value(u"id"_s).toInteger(), 42);

    const QByteArray nullId = JsonExporter::toJson(m_analysis, "null"_ba);
    QVERIFY(QJsonDocument::fromJson(nullId).object().value(u"id"_s).isNull());
}

void TestJsonExporter::exportNoQuotes()
{
    for (const QString &text :
         {QString(), u"The river rose by two metres overnight \U0001F30A and roads closed."_s}) {
        const Analysis analysis = analyse(text);
        const QByteArray json = JsonExporter::toJson(analysis, JsonWriter::quoted(u"calm"_s),
                                                     JsonExporter::Option::IncludeText);
        QJsonParseError error{};
        const QJsonObject result = QJsonDocument::fromJson(json, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        QCOMPARE(result.value(u"id"_s).toString(), u"calm"_s);
        QCOMPARE(result.value(u"quotes"_s).toArray(), QJsonArray());
        QCOMPARE(result.value(u"speakers"_s).toArray(), QJsonArray());
        QCOMPARE(result.value(u"text"_s).toString(), text);
    }
}

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
