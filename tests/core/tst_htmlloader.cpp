// The web page reader (core/formats/HtmlExtractor): main-content extraction on a page with
// navigation, ads, comments and related articles; metadata; block quotes, <q> and entities;
// empty, garbage and hostile pages.

#include "FormatFixtures.h"
#include "formats/HtmlExtractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::Extraction;
using whosaid::formats::HtmlExtractor;
namespace formattest = whosaid::formattest;

class TestHtmlLoader final : public QObject
{
    Q_OBJECT

private slots:
    void mainContent();
    void boilerplateDropped_data();
    void boilerplateDropped();
    void metadata();
    void inlineMarkup_data();
    void inlineMarkup();
    void chapterModeKeepsEverything();
    void badPages_data();
    void badPages();
    void deepNestingRefused();
    void moderateNestingParsed();
};

void TestHtmlLoader::mainContent()
{
    const Extraction e = HtmlExtractor::extract(formattest::readData(u"article.html"_s));
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QStringList paragraphs = e.text.split(u"\n\n"_s);
    // The six body paragraphs, in order, the block quote one of them.
    const QStringList expected = formattest::articleParagraphs().mid(1);
    QVERIFY2(paragraphs == expected, qPrintable(e.text));
}

void TestHtmlLoader::boilerplateDropped_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::newRow("menu") << u"Sport"_s;
    QTest::newRow("breadcrumbs") << u"Home"_s;
    QTest::newRow("cookie banner") << u"cookies"_s;
    QTest::newRow("share tools") << u"Share on"_s;
    QTest::newRow("advert") << u"mortgage"_s;
    QTest::newRow("html comment") << u"editor's note"_s;
    QTest::newRow("related") << u"swimming pool"_s;
    QTest::newRow("reader comments") << u"Peter Hall"_s;
    QTest::newRow("newsletter") << u"inbox"_s;
    QTest::newRow("footer") << u"Ruth Bell"_s;
    QTest::newRow("script") << u"Never shown"_s;
    QTest::newRow("style") << u"font-family"_s;
}

void TestHtmlLoader::boilerplateDropped()
{
    QFETCH(QString, fragment);
    const Extraction e = HtmlExtractor::extract(formattest::readData(u"article.html"_s));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QVERIFY2(!e.text.contains(fragment), qPrintable(e.text));
}

void TestHtmlLoader::metadata()
{
    const Extraction e = HtmlExtractor::extract(formattest::readData(u"article.html"_s));
    QCOMPARE(e.title, u"Riverside library to close for a year of repairs"_s);
    QCOMPARE(e.byline, u"Dana Whitfield"_s);
    QCOMPARE(e.date, u"2026-02-14T08:30:00Z"_s);

    const Extraction fallback = HtmlExtractor::extract(
        "<html><head><title>Site | A headline</title></head><body><h1>The headline</h1>"
        "<p class=\"byline\">By Ann Lee</p><p><time datetime=\"2025-01-02\">2 Jan</time></p>"
        "<p>Enough words in one paragraph to count as the body of the article.</p></body></html>");
    QVERIFY2(fallback.ok(), qPrintable(fallback.error));
    QCOMPARE(fallback.title, u"The headline"_s);
    QCOMPARE(fallback.byline, u"Ann Lee"_s);
    QCOMPARE(fallback.date, u"2025-01-02"_s);
}

void TestHtmlLoader::inlineMarkup_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("q gets marks") << "<p>She said <q>we are ready</q> and left.</p>"_ba
                                  << u"She said \u201cwe are ready\u201d and left."_s;
    QTest::newRow("nested q gets single marks")
        << "<p>He said <q>she told me <q>no</q> twice</q>.</p>"_ba
        << u"He said \u201cshe told me \u2018no\u2019 twice\u201d."_s;
    QTest::newRow("entities") << "<p>Caf&eacute; &amp; bar &ldquo;open&rdquo;&nbsp;now</p>"_ba
                              << u"Caf\u00e9 & bar \u201copen\u201d now"_s;
    QTest::newRow("white space collapsed")
        << "<p>  one\n\t two   <b>three</b>\n</p>"_ba << u"one two three"_s;
    QTest::newRow("blockquote is a paragraph")
        << "<p>Before the quote.</p><blockquote>Quoted words here.</blockquote><p>After.</p>"_ba
        << u"Before the quote.\n\nQuoted words here.\n\nAfter."_s;
    QTest::newRow("br breaks a line")
        << "<p>First line<br>second line</p>"_ba << u"First line\nsecond line"_s;
    QTest::newRow("headings and lists")
        << "<h2>Head</h2><ul><li>one</li><li>two</li></ul>"_ba << u"Head\n\none\n\ntwo"_s;
}

void TestHtmlLoader::inlineMarkup()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, text);
    const Extraction e = HtmlExtractor::extract(html);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, text);
}

void TestHtmlLoader::chapterModeKeepsEverything()
{
    const QByteArray html = "<body><div class=\"comments\"><p>Chapter one text.</p></div>"
                            "<script>var x;</script><p>More.</p></body>";
    const Extraction e = HtmlExtractor::extract(html, HtmlExtractor::Mode::Chapter);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, u"Chapter one text.\n\nMore."_s);
}

void TestHtmlLoader::badPages_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"no text in the web page"_s;
    QTest::newRow("only markup") << "<html><body><div></div></body></html>"_ba
                                 << u"no text in the web page"_s;
    QTest::newRow("only scripts") << "<script>alert(1)</script><style>p{}</style>"_ba
                                  << u"no text in the web page"_s;
    QTest::newRow("garbage") << "<<<>>><//p<a href='<x'>&#xffffffff;&bogus;</q></q>"_ba
                             << QString();
    QTest::newRow("unclosed everything")
        << "<html><body><div><p>An unclosed paragraph with enough text to count"_ba << QString();
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 131) & 0xff);
    QTest::newRow("binary noise") << binary << QString();
}

// A clear message or a sane result; never a crash.
void TestHtmlLoader::badPages()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, error);
    const Extraction e = HtmlExtractor::extract(html);
    if (!error.isEmpty())
        QCOMPARE(e.error, error);
    else
        QVERIFY(e.ok() || !e.error.isEmpty());
}

void TestHtmlLoader::deepNestingRefused()
{
    // 20 MB of nested divs: gumbo would take hours; the loader refuses at once.
    const QByteArray html = "<html><body>" + QByteArray("<div>").repeated(4 * 1024 * 1024) + "x";
    QElapsedTimer timer;
    timer.start();
    const Extraction e = HtmlExtractor::extract(html);
    QVERIFY2(e.error.startsWith(u"HTML nested too deeply"_s), qPrintable(e.error));
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
}

void TestHtmlLoader::moderateNestingParsed()
{
    // Deep but within the limit: parsed, walked without recursion, freed without recursion.
    const QByteArray html = QByteArray("<div><span>").repeated(2000)
        + "The text at the bottom of a deep page is still read."
        + QByteArray("</span></div>").repeated(2000);
    QElapsedTimer timer;
    timer.start();
    const Extraction e = HtmlExtractor::extract(html);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, u"The text at the bottom of a deep page is still read."_s);
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(TestHtmlLoader)
#include "tst_htmlloader.moc"
