// Markdown (core/formats/MarkdownLoader): the text a reader sees, without markup.

#include "FormatFixtures.h"
#include "formats/MarkdownLoader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::Extraction;
using whosaid::formats::MarkdownLoader;
namespace formattest = whosaid::formattest;

class TestMarkdownLoader final : public QObject
{
    Q_OBJECT

private slots:
    void article();
    void markup_data();
    void markup();
    void empty();
};

void TestMarkdownLoader::article()
{
    const Extraction e = MarkdownLoader::load(formattest::readData(u"article.md"_s));
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.title, u"Riverside library to close for a year of repairs"_s);
    QStringList expected = formattest::articleParagraphs();
    expected.insert(1, u"By Dana Whitfield"_s);
    QCOMPARE(e.text.split(u"\n\n"_s), expected);
}

void TestMarkdownLoader::markup_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("emphasis and links")
        << "Some *very* **strong** [link text](http://x) and `code`."_ba
        << u"Some very strong link text and code."_s;
    QTest::newRow("soft break joins lines") << "one\ntwo"_ba << u"one two"_s;
    QTest::newRow("hard break") << "one  \ntwo"_ba << u"one\ntwo"_s;
    QTest::newRow("lists and quotes")
        << "- first\n- second\n\n> quoted\n"_ba << u"first\n\nsecond\n\nquoted"_s;
    QTest::newRow("html and images left out")
        << "<div>raw</div>\n\nText ![alt words](a.png) here."_ba << u"Text here."_s;
    QTest::newRow("escapes") << "A \\*literal\\* star &amp; entity"_ba
                             << u"A *literal* star & entity"_s;
}

void TestMarkdownLoader::markup()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, text);
    const Extraction e = MarkdownLoader::load(markdown);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text, text);
}

void TestMarkdownLoader::empty()
{
    QCOMPARE(MarkdownLoader::load("<!-- only a comment -->\n").error,
             u"no text in the Markdown file"_s);
    // Deeply nested quotes and lists parse in bounded time.
    const Extraction deep = MarkdownLoader::load(QByteArray(100'000, '>') + " deep");
    QVERIFY(deep.ok() || !deep.error.isEmpty());
}

QTEST_MAIN(TestMarkdownLoader)
#include "tst_markdownloader.moc"
