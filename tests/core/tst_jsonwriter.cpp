// Tests of JsonWriter: compact output, escaping, numbers.

#include "JsonTestSupport.h"
#include "export/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using whosaid::coretest::isValidUtf8;
using whosaid::exporting::JsonWriter;

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void writerFlat();
    void writerNested();
    void writerScalars();
    void writerStringLiteral();
    void escaping_data();
    void escaping();
    void doubles_data();
    void doubles();
    void quoted();
};

void TestJsonWriter::writerFlat()
{
    QByteArray out;
    JsonWriter(out).beginObject().endObject().beginArray().endArray();
    QCOMPARE(out, "{},[]"_ba); // values in sequence are separated, as in an array's body

    out.clear();
    JsonWriter json(out);
    json.beginObject().key("name").value(u"Holm"_s).key("count").value(qint64(3));
    json.key("open").value(true).key("role").null().endObject();
    QCOMPARE(out, R"({"name":"Holm","count":3,"open":true,"role":null})"_ba);

    out.clear();
    JsonWriter(out).beginArray().value(qint64(1)).value(u"two"_s).value(false).null().endArray();
    QCOMPARE(out, R"([1,"two",false,null])"_ba);
}

void TestJsonWriter::writerNested()
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("spans").beginArray();
    json.beginArray().value(qint64(0)).value(qint64(4)).endArray();
    json.beginArray().value(qint64(7)).value(qint64(9)).endArray();
    json.endArray();
    json.key("empty").beginArray().endArray();
    json.key("inner").beginObject().key("a").beginArray().endArray().endObject();
    json.key("list").beginArray();
    json.beginObject().key("x").value(qint64(1)).endObject();
    json.beginObject().endObject();
    json.endArray();
    json.key("last").value(u"end"_s);
    json.endObject();
    QCOMPARE(
        out,
        R"({"spans":[[0,4],[7,9]],"empty":[],"inner":{"a":[]},"list":[{"x":1},{}],"last":"end"})"_ba);

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject expected{
        {u"spans"_s, QJsonArray{QJsonArray{0, 4}, QJsonArray{7, 9}}},
        {u"empty"_s, QJsonArray{}},
        {u"inner"_s, QJsonObject{{u"a"_s, QJsonArray{}}}},
        {u"list"_s, QJsonArray{QJsonObject{{u"x"_s, 1}}, QJsonObject{}}},
        {u"last"_s, u"end"_s},
    };
    QCOMPARE(doc.object(), expected);
}

void TestJsonWriter::writerScalars()
{
    QByteArray out;
    JsonWriter json(out);
    json.value(qint64(-42)).value(qint64(std::numeric_limits<qint64>::max()));
    QCOMPARE(out, "-42,9223372036854775807"_ba);

    out.clear();
    JsonWriter raw(out);
    raw.beginObject().key("id").raw("42"_ba).key("tag").raw(R"(["a",{"b":1}])"_ba).endObject();
    QCOMPARE(out, R"({"id":42,"tag":["a",{"b":1}]})"_ba);
    QJsonParseError error{};
    QCOMPARE(QJsonDocument::fromJson(out, &error).object().value(u"id"_s).toInteger(), 42);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestJsonWriter::writerStringLiteral()
{
    // A UTF-16 literal is text, whatever its length; a bare literal must not turn into a bool
    // (pointer to bool is a standard conversion and beats the QStringView constructor).
    const bool organisation = false;
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    json.value(u"person");
    json.value(organisation ? u"organisation" : u"person");
    json.endArray();
    QCOMPARE(out, R"(["person","person"])"_ba);
}

void TestJsonWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // the JSON string literal, quotes included

    QTest::newRow("empty") << QString() << R"("")"_ba;
    QTest::newRow("plain") << u"the harbour wall"_s << R"("the harbour wall")"_ba;
    QTest::newRow("double quote") << u"a \"big\" day"_s << R"("a \"big\" day")"_ba;
    QTest::newRow("backslash") << u"C:\\maps\\"_s << R"("C:\\maps\\")"_ba;
    QTest::newRow("slash kept") << u"1/2"_s << R"("1/2")"_ba;
    QTest::newRow("newline") << u"one\ntwo"_s << R"("one\ntwo")"_ba;
    QTest::newRow("carriage return") << u"one\r\ntwo"_s << R"("one\r\ntwo")"_ba;
    QTest::newRow("tab") << u"\tcol"_s << R"("\tcol")"_ba;
    QTest::newRow("U+0001") << u"a\u0001b"_s << R"("a\u0001b")"_ba;
    QTest::newRow("U+001F") << u"\u001f"_s << R"("\u001f")"_ba;
    QTest::newRow("backspace, form feed") << u"\b\f"_s << R"("\u0008\u000c")"_ba;
    QTest::newRow("NUL") << QString(QString(QChar(u'\0')) + u"x"_s) << R"("\u0000x")"_ba;
    QTest::newRow("DEL kept") << u"\u007f"_s << "\"\x7f\""_ba;
    QTest::newRow("Latin-1 as UTF-8")
        << u"H\u00f8rsvik caf\u00e9"_s << "\"H\xC3\xB8rsvik caf\xC3\xA9\""_ba;
    QTest::newRow("curly quotes as UTF-8")
        << u"\u201chi\u201d"_s << "\"\xE2\x80\x9Chi\xE2\x80\x9D\""_ba;
    QTest::newRow("emoji as UTF-8") << u"go \U0001F389!"_s << "\"go \xF0\x9F\x8E\x89!\""_ba;
    QTest::newRow("two emoji, escapes between")
        << u"\U0001F4DA\n\U0001F3C6"_s << "\"\xF0\x9F\x93\x9A\\n\xF0\x9F\x8F\x86\""_ba;
    QTest::newRow("lone high surrogate")
        << QString(u"a"_s + QChar(0xD83D) + u"b"_s) << R"("a\ud83db")"_ba;
    QTest::newRow("lone high surrogate at the end")
        << QString(u"ab"_s + QChar(0xD83D)) << R"("ab\ud83d")"_ba;
    QTest::newRow("lone low surrogate") << QString(QChar(0xDE00) + u"x"_s) << R"("\ude00x")"_ba;
    QTest::newRow("high, then a pair")
        << QString(QString(QChar(0xD83D)) + u"\U0001F600"_s) << "\"\\ud83d\xF0\x9F\x98\x80\""_ba;
    QTest::newRow("a pair, then low")
        << QString(u"\U0001F600"_s + QChar(0xDE00)) << "\"\xF0\x9F\x98\x80\\ude00\""_ba;
    // Long strings are written in slices of 4096 units: none may split a pair or run short of
    // room when every unit takes the most bytes.
    const QString filler(4095, u'a');
    QTest::newRow("a pair across slices") << QString(filler + u"\U0001F600b"_s)
                                          << QByteArray('"' + filler.toUtf8()
                                                        + "\xF0\x9F\x98\x80"
                                                          "b\"");
    QTest::newRow("a lone high surrogate ending a slice")
        << QString(filler + QChar(0xD83D) + u"b"_s)
        << QByteArray('"' + filler.toUtf8() + "\\ud83db\"");
    QTest::newRow("escapes over slices")
        << QString(9000, QChar(0x01))
        << QByteArray('"' + QByteArray("\\u0001").repeated(9000) + '"');
}

void TestJsonWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    QByteArray out;
    JsonWriter(out).value(text);
    QCOMPARE(out, expected);
    QCOMPARE(JsonWriter::quoted(text), expected);
    QVERIFY2(isValidUtf8(out), out.constData());

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]", &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    QVERIFY(doc.array().at(0).isString());
    if (text.isValidUtf16()) // a lone surrogate reads back as whatever the parser makes of it
        QCOMPARE(doc.array().at(0).toString(), text);
}

void TestJsonWriter::doubles_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("0.93") << 0.93 << "0.93"_ba;
    QTest::newRow("1") << 1.0 << "1"_ba;
    QTest::newRow("0") << 0.0 << "0"_ba;
    QTest::newRow("-2.5") << -2.5 << "-2.5"_ba;
    QTest::newRow("0.125") << 0.125 << "0.125"_ba;
    QTest::newRow("1e-7") << 1e-7 << "1e-07"_ba;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "null"_ba;
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << "null"_ba;
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "null"_ba;
}

void TestJsonWriter::doubles()
{
    QFETCH(double, number);
    QFETCH(QByteArray, expected);

    QByteArray out;
    JsonWriter(out).beginArray().value(number).endArray();
    QCOMPARE(out, QByteArray("[" + expected + "]"));

    QJsonParseError error{};
    const QJsonValue parsed = QJsonDocument::fromJson(out, &error).array().at(0);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    if (std::isfinite(number)) {
        QVERIFY(parsed.isDouble());
        QCOMPARE(parsed.toDouble(), number);
    } else {
        QVERIFY(parsed.isNull());
    }
}

void TestJsonWriter::quoted()
{
    QCOMPARE(JsonWriter::quoted(u"doc-1"), R"("doc-1")"_ba);
    QCOMPARE(JsonWriter::quoted(u""), R"("")"_ba);

    // The quoted form is a complete JSON value: it can be raw()-written as an id.
    QByteArray out;
    JsonWriter(out).beginObject().key("id").raw(JsonWriter::quoted(u"a\\b")).endObject();
    QJsonParseError error{};
    QCOMPARE(QJsonDocument::fromJson(out, &error).object().value(u"id"_s).toString(), u"a\\b"_s);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
