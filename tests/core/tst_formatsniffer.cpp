// Format detection (core/formats/FormatSniffer): content first, the extension as a hint.

#include "FormatFixtures.h"
#include "formats/FormatSniffer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::Format;
using whosaid::formats::FormatSniffer;
namespace formattest = whosaid::formattest;

class TestFormatSniffer final : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void supportedNames_data();
    void supportedNames();
};

void TestFormatSniffer::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");

    QTest::newRow("text") << "Plain words."_ba << u"a.txt"_s << u"text"_s;
    QTest::newRow("text, no extension") << "Plain words."_ba << u"article"_s << u"text"_s;
    QTest::newRow("markdown by extension") << "# Title"_ba << u"a.md"_s << u"markdown"_s;
    QTest::newRow("html doctype") << "\xef\xbb\xbf  <!DOCTYPE html><p>x"_ba << u"a.txt"_s
                                  << u"html"_s;
    QTest::newRow("html tag") << "<HTML><body>x"_ba << u"page"_s << u"html"_s;
    QTest::newRow("xhtml") << "<?xml version='1.0'?>\n<html xmlns='x'>"_ba << u"a.xhtml"_s
                           << u"html"_s;
    QTest::newRow("html by extension") << "<p>fragment</p>"_ba << u"a.htm"_s << u"html"_s;
    QTest::newRow("pdf") << "%PDF-1.4\n..."_ba << u"a.txt"_s << u"pdf"_s;
    QTest::newRow("pdf after junk") << "junk\n%PDF-1.7"_ba << u"scan"_s << u"pdf"_s;
    QTest::newRow("docx") << formattest::articleDocx() << u"renamed.zip"_s << u"docx"_s;
    QTest::newRow("odt") << formattest::articleOdt() << u"a.docx"_s << u"odt"_s;
    QTest::newRow("epub") << formattest::articleEpub() << u"book"_s << u"epub"_s;
    QTest::newRow("other zip") << formattest::makeZip({{u"x.txt"_s, "x"}}) << u"a.zip"_s
                               << u"zip"_s;
    QTest::newRow("damaged zip named docx") << "PK\x03\x04junk"_ba << u"a.docx"_s << u"docx"_s;
    QTest::newRow("damaged zip") << "PK\x03\x04junk"_ba << u"a.bin"_s << u"zip"_s;
}

void TestFormatSniffer::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QCOMPARE(FormatSniffer::name(FormatSniffer::sniff(bytes, fileName)), format);
}

void TestFormatSniffer::supportedNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("supported");
    for (const char *name : {"a.txt", "b.HTML", "c.htm", "d.docx", "e.odt", "f.epub", "g.pdf",
                             "h.md", "i.markdown", "j.xhtml"})
        QTest::newRow(name) << QString::fromUtf8(name) << true;
    for (const char *name : {"a.png", "b.zip", "c", "d.exe", ".hidden"})
        QTest::newRow(name) << QString::fromUtf8(name) << false;
}

void TestFormatSniffer::supportedNames()
{
    QFETCH(QString, fileName);
    QFETCH(bool, supported);
    QCOMPARE(FormatSniffer::isSupportedName(fileName), supported);
}

QTEST_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
