// EPUB books (core/formats/EpubLoader): chapters in spine order (not manifest order), non-linear
// items left out, metadata from the package, and broken books refused by name.

#include "FormatFixtures.h"
#include "formats/EpubLoader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::EpubLoader;
using whosaid::formats::Extraction;
namespace formattest = whosaid::formattest;

namespace {

const QByteArray Container = R"(<?xml version="1.0"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>)";

} // namespace

class TestEpubLoader final : public QObject
{
    Q_OBJECT

private slots:
    void article();
    void broken_data();
    void broken();
};

void TestEpubLoader::article()
{
    const Extraction e = EpubLoader::load(formattest::articleEpub());
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text.split(u"\n\n"_s), formattest::articleParagraphs());
    QVERIFY(!e.text.contains(u"Contents"_s)); // the nav document is not in the linear spine
    QCOMPARE(e.title, u"Riverside library to close for a year of repairs"_s);
    QCOMPARE(e.byline, u"Dana Whitfield"_s);
    QCOMPARE(e.date, u"2026-02-14"_s);
}

void TestEpubLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QByteArray mimetype = "application/epub+zip";
    QTest::newRow("no container") << formattest::makeZip({{u"mimetype"_s, mimetype, true}})
                                  << u"not an EPUB book: no META-INF/container.xml inside"_s;
    QTest::newRow("container names no package") << formattest::makeZip(
        {{u"mimetype"_s, mimetype, true}, {u"META-INF/container.xml"_s, "<container/>"}})
                                                << u"no package named in META-INF/container.xml"_s;
    QTest::newRow("package missing") << formattest::makeZip(
        {{u"mimetype"_s, mimetype, true}, {u"META-INF/container.xml"_s, Container}})
                                     << u"missing book.opf"_s;
    QTest::newRow("malformed package")
        << formattest::makeZip({{u"mimetype"_s, mimetype, true},
                                {u"META-INF/container.xml"_s, Container},
                                {u"book.opf"_s, "<package><spine><itemref idref='a'>"}})
        << u"book.opf: malformed XML"_s;
    QTest::newRow("chapter missing")
        << formattest::makeZip({{u"mimetype"_s, mimetype, true},
                                {u"META-INF/container.xml"_s, Container},
                                {u"book.opf"_s,
                                 "<package><manifest><item id='a' href='a.xhtml'/></manifest>"
                                 "<spine><itemref idref='a'/></spine></package>"}})
        << u"missing a.xhtml"_s;
    QTest::newRow("no text") << formattest::makeZip(
        {{u"mimetype"_s, mimetype, true},
         {u"META-INF/container.xml"_s, Container},
         {u"book.opf"_s, "<package><spine/></package>"}})
                             << u"no text in the EPUB book"_s;
    const QByteArray epub = formattest::articleEpub();
    QTest::newRow("truncated") << epub.left(epub.size() - 30) << u"damaged zip archive"_s;
}

void TestEpubLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Extraction e = EpubLoader::load(bytes);
    QVERIFY2(e.error.startsWith(error), qPrintable(e.error));
}

QTEST_MAIN(TestEpubLoader)
#include "tst_epubloader.moc"
