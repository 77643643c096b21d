#include "document/TextDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::document::TextDecoder;

namespace {

// Sentences the fixtures encode; the bytes below are spelled out so the tests do not check the
// decoder against itself.
const QString RussianMayor = u"Мэр города открыл новый мост через реку и сказал журналистам, "
                             u"что этот мост построен для всех жителей нашего города."_s;

const QByteArray RussianMayorKoi8
    = "\xed\xdc\xd2 \xc7\xcf\xd2\xcf\xc4\xc1 \xcf\xd4\xcb\xd2\xd9\xcc \xce\xcf\xd7\xd9\xca "
      "\xcd\xcf\xd3\xd4 \xde\xc5\xd2\xc5\xda \xd2\xc5\xcb\xd5 \xc9 \xd3\xcb\xc1\xda\xc1\xcc "
      "\xd6\xd5\xd2\xce\xc1\xcc\xc9\xd3\xd4\xc1\xcd, \xde\xd4\xcf \xdc\xd4\xcf\xd4 "
      "\xcd\xcf\xd3\xd4 \xd0\xcf\xd3\xd4\xd2\xcf\xc5\xce \xc4\xcc\xd1 \xd7\xd3\xc5\xc8 "
      "\xd6\xc9\xd4\xc5\xcc\xc5\xca \xce\xc1\xdb\xc5\xc7\xcf "
      "\xc7\xcf\xd2\xcf\xc4\xc1."_ba;

const QByteArray PngHeader = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00"
                             "\x08\x06\x00\x00\x00\x5c\x72\xa8\x66\x00\x00\x00\x00IEND"_ba;

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void detects_data();
    void detects();
    void forcedEncoding_data();
    void forcedEncoding();
    void errors_data();
    void errors();
    void looksBinary_data();
    void looksBinary();
    void legacyKeepsEveryByte_data();
    void legacyKeepsEveryByte();
    void everyHighByte();
    void lateLoneSurrogate();
    void randomHighBytesNeverFail();
};

void TestTextDecoder::detects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString bridge = u"The mayor of Saint-Étienne said “This bridge belongs to everyone” "
                           u"as the ribbon fell."_s;
    const QByteArray bridgeUtf8 = "The mayor of Saint-\xc3\x89tienne said \xe2\x80\x9cThis bridge "
                                  "belongs to everyone\xe2\x80\x9d as the ribbon fell."_ba;

    QTest::newRow("ascii") << "The mayor said \"Open it\" and smiled.\n"_ba
                           << u"The mayor said \"Open it\" and smiled.\n"_s << u"UTF-8"_s;
    QTest::newRow("utf-8") << bridgeUtf8 << bridge << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << "\xef\xbb\xbf"_ba + bridgeUtf8 << bridge << u"UTF-8 (BOM)"_s;
    QTest::newRow("utf-8 bom only") << "\xef\xbb\xbf"_ba << QString() << u"UTF-8 (BOM)"_s;
    QTest::newRow("utf-16le bom") << "\xff\xfeM\x00"
                                     "a\x00y\x00o\x00r\x00:\x00 \x00\x1c O\x00p\x00"
                                     "e\x00n\x00!\x00\x1d "_ba
                                  << u"Mayor: “Open!”"_s << u"UTF-16LE"_s;
    QTest::newRow("utf-16le bom only") << "\xff\xfe"_ba << QString() << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << "\xfe\xff\x00M\x00"
                                     "a\x00y\x00o\x00r\x00:\x00  \x1c\x00O\x00p\x00"
                                     "e\x00n\x00! \x1d"_ba
                                  << u"Mayor: “Open!”"_s << u"UTF-16BE"_s;
    // Ends with U+1F309 BRIDGE AT NIGHT, outside the BMP.
    QTest::newRow("utf-32le bom")
        << "\xff\xfe\x00\x00M\x00\x00\x00"
           "a\x00\x00\x00y\x00\x00\x00o\x00\x00\x00r\x00\x00\x00:\x00\x00\x00 \x00\x00\x00\x1c "
           "\x00\x00O\x00\x00\x00p\x00\x00\x00"
           "e\x00\x00\x00n\x00\x00\x00!\x00\x00\x00\x1d \x00\x00 \x00\x00\x00\x09\xf3\x01\x00"_ba
        << u"Mayor: “Open!” 🌉"_s << u"UTF-32LE"_s;
    QTest::newRow("utf-32be bom")
        << "\x00\x00\xfe\xff\x00\x00\x00M\x00\x00\x00"
           "a\x00\x00\x00y\x00\x00\x00o\x00\x00\x00r\x00\x00\x00:\x00\x00\x00 \x00\x00 \x1c"
           "\x00\x00\x00O\x00\x00\x00p\x00\x00\x00"
           "e\x00\x00\x00n\x00\x00\x00!\x00\x00 \x1d"_ba
        << u"Mayor: “Open!”"_s << u"UTF-32BE"_s;
    QTest::newRow("windows-1252")
        << "The mayor said \x93We built this bridge for everyone\x94 as the ribbon fell in front "
           "of the caf\xe9."_ba
        << u"The mayor said “We built this bridge for everyone” as the ribbon fell in front of "
           u"the café."_s
        << u"windows-1252"_s;
    QTest::newRow("iso-8859-1")
        << "Le maire a d\xe9"
           "clar\xe9 : \xab Ce pont appartient \xe0 tous \xbb, devant la foule r\xe9unie pr\xe8s "
           "de l'\xe9glise."_ba
        << u"Le maire a déclaré : « Ce pont appartient à tous », devant la foule réunie près de "
           u"l'église."_s
        << u"ISO-8859-1"_s;
    QTest::newRow("iso-8859-2")
        << "Burmistrz otworzy\xb3 nowy most i powiedzia\xb3: \"Ten most nale\xbfy do wszystkich "
           "mieszka\xf1"
           "c\xf3w naszego miasta\", a t\xb3um zacz\xb1\xb3 klaska\xe6."_ba
        << u"Burmistrz otworzył nowy most i powiedział: \"Ten most należy do wszystkich "
           u"mieszkańców naszego miasta\", a tłum zaczął klaskać."_s
        << u"ISO-8859-2"_s;
    QTest::newRow("koi8-r") << RussianMayorKoi8 << RussianMayor << u"KOI8-R"_s;
    // A stray lead byte: not UTF-8, so every byte becomes one Latin-1 character.
    QTest::newRow("invalid utf-8")
        << "The caf\xc3\x28 by the new bridge opened on Monday, the mayor said."_ba
        << u"The cafÃ( by the new bridge opened on Monday, the mayor said."_s << u"ISO-8859-1"_s;
    // Files get concatenated: a UTF-8 BOM in front of legacy bytes does not make them UTF-8.
    QTest::newRow("utf-8 bom, then windows-1252")
        << "\xef\xbb\xbfThe mayor said \x93We built this bridge for everyone\x94 on Monday."_ba
        << u"The mayor said “We built this bridge for everyone” on Monday."_s << u"windows-1252"_s;
}

void TestTextDecoder::detects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
}

void TestTextDecoder::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("koi8-r") << RussianMayorKoi8 << u"KOI8-R"_s << RussianMayor << u"KOI8-R"_s;
    // ICU's alias is resolved to a readable canonical name.
    QTest::newRow("koi8r alias") << RussianMayorKoi8 << u"koi8r"_s << RussianMayor << u"KOI8-R"_s;
    QTest::newRow("cp1252 alias") << "\x93Open\x94, she said."_ba << u"cp1252"_s
                                  << u"“Open”, she said."_s << u"windows-1252"_s;
    // Detection would say ISO-8859-1; the user knows better.
    QTest::newRow("iso-8859-2 over detection")
        << "Most w \xa3odzi"_ba << u"ISO-8859-2"_s << u"Most w Łodzi"_s << u"ISO-8859-2"_s;
    QTest::newRow("latin1 keeps c1 bytes")
        << "\x93Open\x94"_ba << u"latin1"_s << u"\u0093Open\u0094"_s << u"ISO-8859-1"_s;
    // Without a BOM UTF-16 looks binary; forcing it is the way in.
    QTest::newRow("utf-16le without bom") << "M\x00"
                                             "a\x00y\x00o\x00r\x00"_ba
                                          << u"UTF-16LE"_s << u"Mayor"_s << u"UTF-16LE"_s;
    QTest::newRow("utf-8 with bom")
        << "\xef\xbb\xbf\xc3\x89tienne"_ba << u"UTF-8"_s << u"Étienne"_s << u"UTF-8"_s;
}

void TestTextDecoder::forcedEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const TextDecoder::Result result = TextDecoder::decode(bytes, forced);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
}

void TestTextDecoder::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << QString() << u"empty file"_s;
    QTest::newRow("empty, forced") << QByteArray() << u"KOI8-R"_s << u"empty file"_s;
    QTest::newRow("png") << PngHeader << QString() << u"not a text file"_s;
    QTest::newRow("png, forced single-byte")
        << PngHeader << u"windows-1252"_s << u"not a text file"_s;
    QTest::newRow("control noise")
        << "\x01\x02\x03mayor\x04\x05\x06"_ba << QString() << u"not a text file"_s;
    QTest::newRow("utf-16 without bom") << "M\x00"
                                           "a\x00y\x00o\x00r\x00"_ba
                                        << QString() << u"not a text file"_s;
    // A UTF-16LE BOM followed by a lone high surrogate is not UTF-16 at all.
    QTest::newRow("fake utf-16 bom") << "\xff\xfe\x00\xd8"
                                        "A\x00\x00\xd8"
                                        "B\x00"_ba
                                     << QString() << u"not a text file"_s;
    QTest::newRow("unknown forced") << "The mayor spoke."_ba << u"no-such-charset"_s
                                    << u"unsupported encoding: no-such-charset"_s;
}

void TestTextDecoder::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, error);

    const TextDecoder::Result result = TextDecoder::decode(bytes, forced);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.text.isEmpty());
}

void TestTextDecoder::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");

    QTest::newRow("prose") << "The mayor said \"Welcome\".\r\n\tIndented.\f\n"_ba << false;
    QTest::newRow("png") << PngHeader << true;
    QTest::newRow("one nul") << "The mayor\x00 said hello."_ba << true;
    QTest::newRow("one escape in prose") << "The mayor said \x1b hello to the crowd."_ba << false;
    QTest::newRow("many controls") << "ab\x01\x02\x03\x04"_ba << true;
    QTest::newRow("utf-16le with bom") << "\xff\xfeM\x00"
                                          "a\x00y\x00o\x00r\x00"_ba
                                       << false;
    QTest::newRow("utf-16le bom then a nul char") << "\xff\xfe"
                                                     "a\x00\x00\x00"
                                                     "b\x00"_ba
                                                  << true;
    QTest::newRow("utf-32le bom then no code point") << "\xff\xfe\x00\x00\x00\x00"
                                                        "a\x00"_ba
                                                     << true;
    // A surrogate pair cut by the end of the sniffed start is still text.
    QTest::newRow("utf-16le pair across the sniffed start")
        << "\xff\xfe"_ba + QByteArray(8188, 'a') + "\x3c\xd8\x09\xdf"_ba << false;
    // Only the start is sniffed: that is where binary formats show themselves.
    QTest::newRow("nul beyond the sniffed start") << QByteArray(9000, 'a') + "\x00"_ba << false;
}

void TestTextDecoder::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);

    QCOMPARE(TextDecoder::looksBinary(bytes), binary);
}

void TestTextDecoder::legacyKeepsEveryByte_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // 0x81 and 0x8D have no character in windows-1252; they must still come through.
    QTest::newRow("undefined in windows-1252") << "The mayor\x81s \x93new\x94 bridge\x8d."_ba;
    QTest::newRow("truncated utf-8 at end") << "The bridge is open\xe2\x80"_ba;
    QTest::newRow("overlong utf-8") << "The bridge \xc0\xaf is open"_ba;
    QTest::newRow("utf-8 encoded surrogate") << "The bridge \xed\xa0\x80 is open"_ba;
    QTest::newRow("utf-8 beyond U+10FFFF") << "The bridge \xf4\x90\x80\x80 is open"_ba;
}

void TestTextDecoder::legacyKeepsEveryByte()
{
    QFETCH(QByteArray, bytes);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.text.contains(QChar::ReplacementCharacter));
    QVERIFY(!result.text.contains(QChar(0x1a))); // ICU's substitute in single-byte tables
    QCOMPARE(result.text.size(), bytes.size());
}

void TestTextDecoder::lateLoneSurrogate()
{
    // Past the sniffed start, broken UTF-16 is replaced rather than refused.
    const QByteArray pad = QByteArray("a\x00", 2).repeated(5000);
    const QByteArray bytes = "\xff\xfe"_ba + pad
        + "\x00\xd8"
          "b\x00"_ba;
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, u"UTF-16LE"_s);
    QCOMPARE(result.text, QString(5000, u'a') + QChar::ReplacementCharacter + u'b');
}

void TestTextDecoder::everyHighByte()
{
    QByteArray bytes;
    for (int b = 0x80; b <= 0xff; ++b)
        bytes.append(char(b));
    // ICU reads this as GB18030, pairing bytes; the lone 0x80 and 0xFF must still come through.
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.text.contains(QChar::ReplacementCharacter));
    QVERIFY(result.text.startsWith(QChar(0x80)));
    QVERIFY(result.text.endsWith(QChar(0xff)));
}

void TestTextDecoder::randomHighBytesNeverFail()
{
    // Whatever the detector makes of noise (multi-byte Asian charsets included), decoding
    // must neither fail nor drop bytes into substitution characters.
    QRandomGenerator random(20240601);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes;
        const int size = 1 + int(random.bounded(400));
        for (int i = 0; i < size; ++i)
            bytes.append(char(random.bounded(0x20, 0x100)));
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(!result.text.contains(QChar::ReplacementCharacter),
                 qPrintable(result.encoding + u" round "_s + QString::number(round)));
        QVERIFY(!result.text.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
