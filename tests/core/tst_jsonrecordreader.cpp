// Tests of JsonRecordReader: one JSON Lines record in.

#include "document/JsonRecordReader.h"
#include "export/JsonWriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::document::JsonRecord;
using whosaid::document::JsonRecordReader;
using whosaid::exporting::JsonWriter;

class TestJsonRecordReader final : public QObject
{
    Q_OBJECT

private slots:
    void readRecord_data();
    void readRecord();
    void readBadRecord_data();
    void readBadRecord();
    void readRecordAfterAnother();
};

void TestJsonRecordReader::readRecord_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("idJson");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("normal") << R"({"id":"a1","text":"The mayor spoke.","lang":"en"})"_ba
                            << R"("a1")"_ba << u"The mayor spoke."_s << u"en"_s;
    QTest::newRow("spaces") << R"(  { "id" : "a2" , "text" : "Rain." , "lang" : "fr" }  )"_ba
                            << R"("a2")"_ba << u"Rain."_s << u"fr"_s;
    QTest::newRow("numeric id") << R"({"id":42,"text":"x"})"_ba
                                << "42"_ba << u"x"_s << QString();
    QTest::newRow("id with escapes") << R"({"id":"say \"no\" \\ then\ttab","text":"x"})"_ba
                                     << R"("say \"no\" \\ then\ttab")"_ba << u"x"_s << QString();
    QTest::newRow("object id") << R"({"id":{"n": 7, "s":"b"},"text":"x"})"_ba
                               << R"({"n":7,"s":"b"})"_ba << u"x"_s << QString();
    QTest::newRow("no id") << R"({"text":"x"})"_ba
                           << "null"_ba << u"x"_s << QString();
    QTest::newRow("missing lang") << R"({"id":"b","text":"Fog."})"_ba
                                  << R"("b")"_ba << u"Fog."_s << QString();
    QTest::newRow("lang not a string") << R"({"id":"b","text":"Fog.","lang":5})"_ba
                                       << R"("b")"_ba << u"Fog."_s << QString();
    QTest::newRow("empty text") << R"({"id":"e","text":""})"_ba
                                << R"("e")"_ba << QString() << QString();
    QTest::newRow("extra members ignored")
        << R"({"src":{"feed":[1,{"x":null}]},"id":"c","n":0.5,"text":"Hail.","lang":"en","t":[]})"_ba
        << R"("c")"_ba << u"Hail."_s << u"en"_s;
    QTest::newRow("emoji as UTF-8") << "{\"id\":\"d\",\"text\":\"Party \xF0\x9F\x8E\x89 time\"}"_ba
                                    << R"("d")"_ba << u"Party \U0001F389 time"_s << QString();
    QTest::newRow("\\u escapes")
        << R"({"id":"d","text":"caf\u00e9 \ud83c\udf89 \u201cok\u201d\nnext"})"_ba
        << R"("d")"_ba << u"caf\u00e9 \U0001F389 \u201cok\u201d\nnext"_s << QString();
    QTest::newRow("escaped quote and backslash") << R"({"text":"a \"b\" c:\\d \/e"})"_ba
                                                 << "null"_ba << u"a \"b\" c:\\d /e"_s << QString();
    QTest::newRow("trailing \\n") << "{\"id\":\"n\",\"text\":\"Calm.\"}\n"_ba
                                  << R"("n")"_ba << u"Calm."_s << QString();
    QTest::newRow("trailing \\r\\n") << "{\"id\":\"rn\",\"text\":\"Calm.\",\"lang\":\"en\"}\r\n"_ba
                                     << R"("rn")"_ba << u"Calm."_s << u"en"_s;
}

void TestJsonRecordReader::readRecord()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, idJson);
    QFETCH(QString, text);
    QFETCH(QString, language);

    const JsonRecord record = JsonRecordReader::read(line);
    QVERIFY2(record.ok(), qPrintable(record.error));
    QCOMPARE(record.text, text);
    QCOMPARE(record.idJson, idJson);
    QCOMPARE(record.language, language);
    // The id goes back out as JSON: it must stay a valid JSON value.
    QJsonParseError error{};
    QJsonDocument::fromJson("[" + record.idJson + "]", &error);
    QVERIFY2(error.error == QJsonParseError::NoError, record.idJson.constData());
}

void TestJsonRecordReader::readBadRecord_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error"); // the start of the message
    QTest::addColumn<QByteArray>("idJson");

    const QString noText = u"no \"text\" string"_s;
    QTest::newRow("missing text") << R"({"id":"m","lang":"en"})"_ba << noText << R"("m")"_ba;
    QTest::newRow("text is a number") << R"({"id":"m","text":12})"_ba << noText << R"("m")"_ba;
    QTest::newRow("text is null") << R"({"id":"m","text":null})"_ba << noText << R"("m")"_ba;
    QTest::newRow("text is an array") << R"({"id":"m","text":["a"]})"_ba << noText << R"("m")"_ba;

    const QString invalid = u"not valid JSON"_s;
    QTest::newRow("not JSON") << "The mayor said hello"_ba << invalid << "null"_ba;
    QTest::newRow("truncated") << R"({"id":"t","text":"The mayor said )"_ba << invalid << "null"_ba;
    QTest::newRow("invalid UTF-8")
        << "{\"id\":\"u\",\"text\":\"caf\xC3\x28\"}"_ba << invalid << "null"_ba;
    QTest::newRow("garbage after")
        << R"({"id":"g","text":"x"} and more)"_ba << invalid << "null"_ba;
    QTest::newRow("empty line") << QByteArray() << invalid << "null"_ba;

    const QString notObject = u"not a JSON object"_s;
    QTest::newRow("array") << R"([{"id":"a","text":"x"}])"_ba << notObject << "null"_ba;
    QTest::newRow("string") << R"("text")"_ba << notObject << "null"_ba;
}

void TestJsonRecordReader::readBadRecord()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    QFETCH(QByteArray, idJson);

    const JsonRecord record = JsonRecordReader::read(line);
    QVERIFY(!record.ok());
    QVERIFY2(record.error.startsWith(error), qPrintable(record.error));
    QCOMPARE(record.idJson, idJson); // kept, so the error line can name the record
    QVERIFY(record.text.isEmpty());
}

void TestJsonRecordReader::readRecordAfterAnother()
{
    // Each thread reuses its parser between records: nothing may leak into the next one.
    const JsonRecord bad = JsonRecordReader::read(R"({"id":"first","lang":"en"})"_ba);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.idJson, R"("first")"_ba);
    const JsonRecord good = JsonRecordReader::read(R"({"text":"Second."})"_ba);
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.idJson, "null"_ba);
    QCOMPARE(good.language, QString());
    QCOMPARE(good.text, u"Second."_s);

    // A long record after a short one (the padded buffer grows).
    const QString longText = u"word "_s.repeated(20'000) + u"\U0001F389"_s;
    const QByteArray line = R"({"id":"big","text":)" + JsonWriter::quoted(longText) + "}";
    const JsonRecord big = JsonRecordReader::read(line);
    QVERIFY2(big.ok(), qPrintable(big.error));
    QCOMPARE(big.text, longText);
}

QTEST_GUILESS_MAIN(TestJsonRecordReader)
#include "tst_jsonrecordreader.moc"
