// Word and OpenDocument files (core/formats/DocxLoader, OdtLoader) and the zip container under
// them (ZipArchive): body paragraphs without footnotes, metadata, and every damaged container.

#include "FormatFixtures.h"
#include "formats/DocxLoader.h"
#include "formats/Limits.h"
#include "formats/OdtLoader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::DocxLoader;
using whosaid::formats::Extraction;
using whosaid::formats::OdtLoader;
namespace formattest = whosaid::formattest;
namespace limits = whosaid::formats::limits;

namespace {

using Loader = Extraction (*)(const QByteArray &);

Loader loaderFor(const QString &format)
{
    return format == u"odt"_s ? &OdtLoader::load : &DocxLoader::load;
}

QByteArray documentXml(const QString &body)
{
    return R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
        + body.toUtf8() + "</w:body></w:document>";
}

} // namespace

class TestOfficeLoader final : public QObject
{
    Q_OBJECT

private slots:
    void article_data();
    void article();
    void docxRuns();
    void odtSpaces();
    void damaged_data();
    void damaged();
};

void TestOfficeLoader::article_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("date");
    QTest::newRow("docx") << formattest::articleDocx() << u"docx"_s << u"2026-02-14T08:30:00Z"_s;
    QTest::newRow("odt") << formattest::articleOdt() << u"odt"_s << u"2026-02-14T08:30:00"_s;
}

void TestOfficeLoader::article()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const Loader loader = loaderFor(format);
    QFETCH(QString, date);
    const Extraction e = loader(bytes);
    QVERIFY2(e.ok(), qPrintable(e.error));
    // Heading and paragraphs as they were; the footnote and the deleted word are not there.
    QCOMPARE(e.text.split(u"\n\n"_s), formattest::articleParagraphs());
    QVERIFY(!e.text.contains(u"footnote"_s));
    QCOMPARE(e.title, u"Riverside library to close for a year of repairs"_s);
    QCOMPARE(e.byline, u"Dana Whitfield"_s);
    QCOMPARE(e.date, date);
}

void TestOfficeLoader::docxRuns()
{
    const QByteArray docx = formattest::makeZip(
        {{u"word/document.xml"_s,
          documentXml(
              uR"(<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>and</w:t><w:br/><w:t>break</w:t></w:r></w:p>)"
              uR"(<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Second</w:t></w:r></w:p>)"_s)}});
    const Extraction e = DocxLoader::load(docx);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, u"Tab and\nbreak\n\nSecond"_s);
    QVERIFY(e.title.isEmpty()); // no docProps/core.xml: no metadata, no error
}

void TestOfficeLoader::odtSpaces()
{
    const QByteArray content
        = R"(<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
  <text:p>A<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>
  <text:p>Text<office:annotation><text:p>a comment</text:p></office:annotation> goes on</text:p>
</office:text></office:body></office:document-content>)";
    const Extraction e = OdtLoader::load(
        formattest::makeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true},
                             {u"content.xml"_s, content}}));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, u"A b c\nd\n\nText goes on"_s);
}

void TestOfficeLoader::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error"); // the start of the message

    const QByteArray docx = formattest::articleDocx();
    QTest::newRow("truncated docx")
        << docx.left(docx.size() / 2) << u"docx"_s << u"damaged zip archive"_s;
    QTest::newRow("truncated odt")
        << formattest::articleOdt().left(200) << u"odt"_s << u"damaged zip archive"_s;
    QTest::newRow("not a zip") << "PK\x03\x04 and then nothing"_ba << u"docx"_s
                               << u"damaged zip archive"_s;
    QTest::newRow("docx without document.xml")
        << formattest::makeZip({{u"word/styles.xml"_s, "<styles/>"}}) << u"docx"_s
        << u"not a Word document: no word/document.xml inside"_s;
    QTest::newRow("odt without content.xml")
        << formattest::makeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true}})
        << u"odt"_s << u"not an OpenDocument text: no content.xml inside"_s;
    QTest::newRow("malformed docx xml")
        << formattest::makeZip({{u"word/document.xml"_s, documentXml(u"<w:p><w:r><w:t>x</w:r>"_s)}})
        << u"docx"_s << u"word/document.xml: malformed XML"_s;
    QTest::newRow("malformed odt xml")
        << formattest::makeZip({{u"content.xml"_s, "<office:document-content><text:p>"}})
        << u"odt"_s << u"content.xml: malformed XML"_s;

    // 80 MB of zeros deflate to about 80 KB: refused from the declared size, before inflating.
    const QByteArray zeros(80 * limits::MiB, '\0');
    QTest::newRow("zip bomb") << formattest::makeZip({{u"word/document.xml"_s, zeros}}) << u"docx"_s
                              << u"zip bomb refused"_s;
    // 8 MB of zeros: under the size limit, far over the compression ratio a document has.
    const QByteArray smallerZeros(8 * limits::MiB, ' ');
    QTest::newRow("zip bomb by ratio") << formattest::makeZip({{u"content.xml"_s, smallerZeros}})
                                       << u"odt"_s << u"zip bomb refused: content.xml expands"_s;

    QList<formattest::ZipEntry> many;
    for (int i = 0; i <= limits::MaxZipEntries; ++i)
        many.append({u"f%1"_s.arg(i), QByteArray()});
    many.append({u"word/document.xml"_s, documentXml({})});
    QTest::newRow("too many entries") << formattest::makeZip(many) << u"docx"_s
                                      << u"zip archive has too many entries: 10002, limit 10000"_s;
}

void TestOfficeLoader::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const Loader loader = loaderFor(format);
    QFETCH(QString, error);
    const Extraction e = loader(bytes);
    QVERIFY2(e.error.startsWith(error), qPrintable(e.error));
    QVERIFY(e.text.isEmpty());
}

QTEST_MAIN(TestOfficeLoader)
#include "tst_officeloader.moc"
