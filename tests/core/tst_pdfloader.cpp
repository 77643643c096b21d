// PDF files (core/formats/PdfLoader, PdfLayout): paragraphs rebuilt from the line boxes, end-of-
// line hyphenation joined, running headers, footers and page numbers dropped; a PDF made by
// QPdfWriter read back; encrypted and damaged files refused by name.

#include "FormatFixtures.h"
#include "formats/PdfLayout.h"
#include "formats/PdfLoader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::formats::Extraction;
using whosaid::formats::PdfLayout;
using whosaid::formats::PdfLine;
using whosaid::formats::PdfLoader;
using whosaid::formats::PdfPage;
namespace formattest = whosaid::formattest;

namespace {

constexpr double LineHeight = 12;
constexpr double LineStep = 14; // baseline to baseline: a 2 pt gap between lines

// Lines written down a page from y = top; an empty string leaves a paragraph gap.
PdfPage page(const QStringList &lines, double top = 100)
{
    PdfPage out;
    double y = top;
    for (const QString &text : lines) {
        if (text.isEmpty()) {
            y += LineHeight;
            continue;
        }
        const double width = 5.0 * double(text.size());
        out.append({text, QRectF(72, y, std::min(width, 450.0), LineHeight)});
        y += LineStep;
    }
    return out;
}

} // namespace

class TestPdfLoader final : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void runningHeadersDropped();
    void paragraphAcrossPages();
    void article();
    void refused_data();
    void refused();
};

void TestPdfLoader::layout_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("text");

    const QString full = QString(u'x').repeated(90);
    QTest::newRow("lines join into a paragraph")
        << QStringList{full, u"goes on here."_s} << full + u" goes on here."_s;
    QTest::newRow("a gap starts a paragraph")
        << QStringList{full, u"first ends"_s, QString(), full, u"second ends"_s}
        << full + u" first ends\n\n"_s + full + u" second ends"_s;
    QTest::newRow("hyphenation joined")
        << QStringList{full + u" renov-"_s, u"ation was long overdue."_s}
        << full + u" renovation was long overdue."_s;
    QTest::newRow("real hyphen kept before a capital")
        << QStringList{full + u" Anglo-"_s, u"French talks."_s} << full + u" Anglo-French talks."_s;
    QTest::newRow("short line ending a sentence ends the paragraph")
        << QStringList{full, u"The end."_s, u"A new paragraph, no gap."_s}
        << full + u" The end.\n\nA new paragraph, no gap."_s;
}

void TestPdfLoader::layout()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, text);
    QCOMPARE(PdfLayout::paragraphs({page(lines)}), text);
}

void TestPdfLoader::runningHeadersDropped()
{
    // The header's date and the footer's number change; the words around them do not.
    const QStringList names{u"one"_s, u"two"_s, u"three"_s, u"four"_s};
    QList<PdfPage> pages;
    for (int n = 1; n <= 4; ++n) {
        pages.append(page({u"The Riverside Courier \u2014 February %1, 2026"_s.arg(n), QString(),
                           u"Body text of page "_s + names[n - 1] + u" ends here."_s, QString(),
                           u"Page %1 of 4"_s.arg(n)}));
    }
    QCOMPARE(PdfLayout::paragraphs(pages),
             u"Body text of page one ends here.\n\nBody text of page two ends here.\n\n"
             "Body text of page three ends here.\n\nBody text of page four ends here."_s);
    // A lone number at the foot of a single page is a page number too.
    QCOMPARE(PdfLayout::paragraphs({page({u"Some text."_s, QString(), u"- 7 -"_s})}),
             u"Some text."_s);
}

void TestPdfLoader::paragraphAcrossPages()
{
    const QString full = QString(u'y').repeated(90);
    QCOMPARE(PdfLayout::paragraphs({page({full, full + u" and the"_s}),
                                    page({full, u"goes on"_s, QString(), full, u"next"_s})}),
             full + u' ' + full + u" and the "_s + full + u" goes on\n\n"_s + full + u" next"_s);
}

void TestPdfLoader::article()
{
    const Extraction e = PdfLoader::load(formattest::articlePdf());
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e.text.split(u"\n\n"_s), formattest::articleParagraphs());
    QCOMPARE(e.title, u"Riverside library to close for a year of repairs"_s);
    QVERIFY(!e.date.isEmpty());
}

void TestPdfLoader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("encrypted") << formattest::readData(u"encrypted.pdf"_s)
                               << u"encrypted PDF: a password is needed"_s;
    QTest::newRow("header only") << "%PDF-1.7\n"_ba << u"damaged PDF"_s;
    const QByteArray pdf = formattest::articlePdf();
    QTest::newRow("truncated") << pdf.left(pdf.size() / 3) << u"damaged PDF"_s;
    QByteArray scrambled = pdf;
    for (qsizetype i = 200; i < scrambled.size(); i += 7)
        scrambled[i] = char(scrambled[i] ^ 0x5a);
    QTest::newRow("scrambled") << scrambled << u""_s;
}

// A message naming the reason, or (for bytes poppler can half read) any result, never a crash.
void TestPdfLoader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Extraction e = PdfLoader::load(bytes);
    if (error.isEmpty())
        QVERIFY(e.ok() || !e.error.isEmpty());
    else
        QVERIFY2(e.error.startsWith(error), qPrintable(e.error + u" / "_s + e.text));
}

QTEST_MAIN(TestPdfLoader)
#include "tst_pdfloader.moc"
