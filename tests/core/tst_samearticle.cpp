// Issue 7's "done when": the same article as a saved web page, DOCX, ODT, PDF, EPUB and Markdown
// gives the same quotations (text and kind) and speakers as its plain text, loaded through the
// one entry point the CLI and the GUI use.

#include "AnalysisTestSupport.h"
#include "FormatFixtures.h"
#include "analysis/Pipeline.h"
#include "document/ArticleLoader.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using whosaid::document::ArticleLoader;
using whosaid::document::LoadResult;
namespace coretest = whosaid::coretest;
namespace formattest = whosaid::formattest;

namespace {

// "kind: quoted text => speaker" for every top-level quotation, in text order.
QStringList quotations(const whosaid::document::Document &document)
{
    static const whosaid::analysis::Pipeline pipeline;
    const whosaid::analysis::Analysis a
        = pipeline.analyse(std::make_shared<const whosaid::document::Document>(document));
    static const QStringList kinds{u"direct"_s, u"mixed"_s, u"indirect"_s, u"block"_s,
                                   u"mention"_s};
    QStringList out;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const whosaid::analysis::Quote &quote = a.quotes.at(q);
        if (quote.depth != 0)
            continue;
        out.append(kinds.value(int(quote.kind)) + u": "_s + coretest::quotedText(a, quote)
                   + u" => "_s + coretest::speakerOf(a, q));
    }
    return out;
}

} // namespace

class TestSameArticle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameQuotes_data();
    void sameQuotes();

private:
    QStringList m_expected;
};

void TestSameArticle::initTestCase()
{
    const LoadResult plain
        = ArticleLoader().loadBytes(formattest::readData(u"article.txt"_s), u"article.txt"_s);
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    QCOMPARE(plain.document.loader, u"text"_s);
    m_expected = quotations(plain.document);
    // The fixture has four quotations of speech by three speakers and a scare quote; they must
    // be found in the plain text for the comparison to mean anything. (Their kinds are the
    // analysis' business: the comparison only asks that every format gets the same.)
    const QString all = m_expected.join(u'\n');
    const qsizetype mentions = m_expected.filter(u"mention: "_s).size();
    QVERIFY2(m_expected.size() - mentions >= 4, qPrintable(all));
    for (const QString &speaker : {u"Maria Lindqvist"_s, u"Tomas Reyes"_s, u"Grace Okafor"_s})
        QVERIFY2(all.contains(u"=> "_s + speaker), qPrintable(all));
    QVERIFY2(m_expected.contains(u"mention: temporary reading room => ?"_s), qPrintable(all));
}

void TestSameArticle::sameQuotes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("loader");

    QTest::newRow("html") << formattest::readData(u"article.html"_s) << u"article.html"_s
                          << u"html"_s;
    QTest::newRow("markdown") << formattest::readData(u"article.md"_s) << u"article.md"_s
                              << u"markdown"_s;
    QTest::newRow("docx") << formattest::articleDocx() << u"article.docx"_s << u"docx"_s;
    QTest::newRow("odt") << formattest::articleOdt() << u"article.odt"_s << u"odt"_s;
    QTest::newRow("epub") << formattest::articleEpub() << u"article.epub"_s << u"epub"_s;
    QTest::newRow("pdf") << formattest::articlePdf() << u"article.pdf"_s << u"pdf"_s;
    // Content decides, not the name: a saved page called .txt is still a web page.
    QTest::newRow("html named .txt")
        << formattest::readData(u"article.html"_s) << u"saved.txt"_s << u"html"_s;
}

void TestSameArticle::sameQuotes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, loader);

    const LoadResult loaded = ArticleLoader().loadBytes(bytes, fileName);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.document.loader, loader);
    QCOMPARE(loaded.document.sourcePath, fileName);
    QCOMPARE(loaded.document.title, u"Riverside library to close for a year of repairs"_s);
    const QStringList found = quotations(loaded.document);
    QVERIFY2(found == m_expected,
             qPrintable(u"\nexpected:\n  "_s + m_expected.join(u"\n  "_s) + u"\nfound:\n  "_s
                        + found.join(u"\n  "_s) + u"\ntext:\n"_s + loaded.document.text()));
}

QTEST_MAIN(TestSameArticle)
#include "tst_samearticle.moc"
