// Tests of HtmlExporter: a valid, self-contained HTML5 page whose quotes carry their speakers,
// hostile article text kept inert, and colours that keep text readable in light and dark.

#include "ExportTestSupport.h"
#include "export/HtmlExporter.h"
#include "export/HtmlStyle.h"
#include "export/HtmlText.h"
#include "export/SpeakerColours.h"
#include "export/SpeakerSummary.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using exporting::contrast;
using exporting::HtmlExporter;
using exporting::HtmlStyle;
using exporting::Rgb;
using exporting::SpeakerColours;

namespace {

QByteArray html(const annotation::AnnotationSet &set)
{
    exporting::ExportOptions options;
    options.exportedAt = QDateTime(QDate(2025, 8, 16), QTime(9, 30));
    const exporting::ExportResult result = HtmlExporter::exportSet(set, options);
    if (!result.ok() || result.files.size() != 1)
        qFatal("html export failed");
    return result.files.first().bytes;
}

QString problems(const coretest::HtmlPage &page)
{
    return page.errors().join(u'\n');
}

} // namespace

class TestHtmlExporter final : public QObject
{
    Q_OBJECT

private slots:
    void parsesWithoutErrors();
    void documentStructure();
    void quotesCarryTheirSpeakers();
    void rejectedQuotesAreLeftOut();
    void quotesBySpeakerLinkBack();
    void selfContained();
    void hostileTextIsInert_data();
    void hostileTextIsInert();
    void hostileSpeakerName();
    void contrastOfEveryColour_data();
    void contrastOfEveryColour();
    void sheetUsesTheColours();
    void initials();
};

void TestHtmlExporter::parsesWithoutErrors()
{
    const coretest::HtmlPage page(html(*coretest::sampleSet()));
    QVERIFY2(page.errors().isEmpty(), qPrintable(problems(page)));
}

void TestHtmlExporter::documentStructure()
{
    const QByteArray bytes = html(*coretest::sampleSet());
    QVERIFY(bytes.startsWith("<!DOCTYPE html>\n"));
    const coretest::HtmlPage page(bytes);
    QCOMPARE(page.elements(u"html"_s).first().attributes.value(u"lang"_s), u"en"_s);
    QCOMPARE(page.elements(u"meta"_s).first().attributes.value(u"charset"_s), u"utf-8"_s);
    QVERIFY(!page.elements(u"title"_s).first().text.isEmpty());
    // Landmarks: one each, at the top of the body.
    for (const QString &tag : {u"header"_s, u"nav"_s, u"main"_s, u"footer"_s})
        QCOMPARE(page.elements(tag).size(), 1);
    // Headings in order: one h1, and no level skipped.
    int previous = 0;
    int h1 = 0;
    for (const coretest::HtmlPage::Element &element : page.elements()) {
        static const QRegularExpression heading(u"^h([1-6])$"_s);
        const QRegularExpressionMatch match = heading.match(element.tag);
        if (!match.hasMatch())
            continue;
        const int level = match.captured(1).toInt();
        QVERIFY2(level <= previous + 1, qPrintable(u"h%1 after h%2"_s.arg(level).arg(previous)));
        previous = level;
        h1 += level == 1 ? 1 : 0;
    }
    QCOMPARE(h1, 1);
    QCOMPARE(page.elements(u"h1"_s).first().text, u"Harbour bridge to reopen in May \U0001F309"_s);
    // The header: source, export date and version.
    const QString header = page.elements(u"header"_s).first().text;
    QVERIFY2(header.contains(u"16 August 2025"_s), qPrintable(header));
    QVERIFY2(header.contains(u"Whosaid " WHOSAID_VERSION ""_s), qPrintable(header));
}

void TestHtmlExporter::quotesCarryTheirSpeakers()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const coretest::HtmlPage page(html(*set));
    QHash<QString, coretest::HtmlPage::Element> firsts; // by id
    for (const coretest::HtmlPage::Element &mark : page.elements(u"mark"_s)) {
        QVERIFY(mark.attributes.contains(u"data-speaker"_s));
        QVERIFY(mark.attributes.contains(u"data-kind"_s));
        QVERIFY(mark.attributes.contains(u"data-confidence"_s));
        QVERIFY(mark.attributes.contains(u"data-reviewed"_s));
        QVERIFY(!mark.attributes.value(u"title"_s).isEmpty());
        if (mark.attributes.contains(u"id"_s))
            firsts.insert(mark.attributes.value(u"id"_s), mark);
    }
    int speech = 0;
    for (const annotation::QuoteRecord &quote : set->quotes())
        speech += quote.isSpeech() ? 1 : 0;
    QCOMPARE(firsts.size(), speech);
    // The corrected quote: Berg's now, reviewed, with his class.
    const annotation::SpeakerRecord &berg = set->speaker(set->findSpeaker(u"Tomas Berg"));
    bool found = false;
    for (const coretest::HtmlPage::Element &mark : std::as_const(firsts)) {
        if (!mark.text.startsWith(u"The traffic will be lighter"_s))
            continue;
        found = true;
        QCOMPARE(mark.attributes.value(u"data-speaker"_s), berg.id);
        QCOMPARE(mark.attributes.value(u"data-speaker-name"_s), u"Tomas Berg"_s);
        QCOMPARE(mark.attributes.value(u"data-reviewed"_s), u"true"_s);
        QCOMPARE(mark.attributes.value(u"data-review"_s), u"corrected"_s);
        QVERIFY(mark.attributes.value(u"class"_s).split(u' ').contains(u"sp-"_s + berg.id));
        QVERIFY(mark.attributes.value(u"title"_s).contains(u"Tomas Berg"_s));
    }
    QVERIFY(found);
    // The scare quote is not a quotation of speech.
    bool scare = false;
    for (const coretest::HtmlPage::Element &span : page.elements(u"span"_s))
        scare = scare
            || (span.attributes.value(u"class"_s).split(u' ').contains(u"scare"_s)
                && span.text == u"old lady"_s);
    QVERIFY(scare);
}

void TestHtmlExporter::rejectedQuotesAreLeftOut()
{
    const coretest::HtmlPage page(html(*coretest::sampleSet()));
    for (const coretest::HtmlPage::Element &mark : page.elements(u"mark"_s))
        QVERIFY(!mark.text.contains(u"heard that before"_s));
    // ... but the text is still there.
    QVERIFY(page.bodyText().contains(u"We have heard that before"_s));
}

void TestHtmlExporter::quotesBySpeakerLinkBack()
{
    const coretest::HtmlPage page(html(*coretest::sampleSet()));
    QSet<QString> ids;
    for (const coretest::HtmlPage::Element &element : page.elements()) {
        const QString id = element.attributes.value(u"id"_s);
        if (!id.isEmpty()) {
            QVERIFY2(!ids.contains(id), qPrintable(u"duplicate id "_s + id));
            ids.insert(id);
        }
    }
    int links = 0;
    for (const coretest::HtmlPage::Element &a : page.elements(u"a"_s)) {
        const QString href = a.attributes.value(u"href"_s);
        QVERIFY2(href.startsWith(u'#'), qPrintable(href)); // no external link
        QVERIFY2(ids.contains(href.mid(1)), qPrintable(href));
        links += href.startsWith(u"#q"_s) ? 1 : 0;
    }
    QCOMPARE(links, 5); // the speech quotes, but the rejected one
}

void TestHtmlExporter::selfContained()
{
    const QByteArray bytes = html(*coretest::sampleSet());
    const coretest::HtmlPage page(bytes);
    QVERIFY(page.elements(u"script"_s).isEmpty());
    QVERIFY(page.elements(u"link"_s).isEmpty());
    QVERIFY(page.elements(u"img"_s).isEmpty());
    QVERIFY(page.elements(u"iframe"_s).isEmpty());
    QCOMPARE(page.elements(u"style"_s).size(), 1);
    QVERIFY(!bytes.contains("url("));
    QVERIFY(!bytes.contains("@import"));
    QVERIFY(!bytes.contains("http:"));
    QVERIFY(!bytes.contains("https:"));
}

void TestHtmlExporter::hostileTextIsInert_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("script") << u"<script>alert(1)</script>"_s;
    QTest::newRow("comment") << u"<!-- hidden --> and <!--"_s;
    QTest::newRow("entities") << u"&amp; &lt;b&gt; &#x41; &nbsp"_s;
    QTest::newRow("markup") << u"<img src=x onerror=alert(1)> </p></main><p class=\"x\">"_s;
    QTest::newRow("bidi override")
        << u"abc\u202Edef\u202C and \u2067isolate\u2069 \u202A\u202B\u202D"_s;
    QTest::newRow("nul and controls") << u"a\u0000b\u0007c\u001Bd\u007Fe\u0085f"_s;
    QTest::newRow("noncharacters") << u"x\uFDD0y\uFFFEz\uFFFF"_s;
    QTest::newRow("lone surrogate") << u"left "_s + QChar(0xD800) + u" right"_s;
}

void TestHtmlExporter::hostileTextIsInert()
{
    QFETCH(QString, hostile);
    // In the article, in a quote, and as the speaker's name.
    const QString text = u"Title " + hostile + u"\n\nThe minister spoke. \u201c"_s + hostile
        + u" is what we heard,\u201d Minister Ada Lovell said.\n"_s;
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::machineSet(text);
    const QByteArray bytes = html(*set);
    const coretest::HtmlPage page(bytes);
    QVERIFY2(page.errors().isEmpty(), qPrintable(problems(page)));
    QCOMPARE(page.elements(u"script"_s).size(), 0);
    QCOMPARE(page.elements(u"img"_s).size(), 0);
    QCOMPARE(page.commentCount(), 0);
    QCOMPARE(page.elements(u"main"_s).size(), 1);
    QCOMPARE(page.elements(u"footer"_s).size(), 1);
    // Nothing that could hide or reorder text reaches the page; markup shows as written.
    const QString decoded = QString::fromUtf8(bytes);
    for (const char32_t c : decoded.toUcs4())
        QVERIFY2(!exporting::HtmlText::isHidden(c), qPrintable(QString::number(uint(c), 16)));
    QVERIFY(!bytes.contains('\0'));
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "script" || tag == "comment" || tag == "markup")
        QVERIFY2(page.bodyText().contains(hostile), qPrintable(page.bodyText()));
    if (tag == "entities")
        QVERIFY(page.bodyText().contains(u"&amp; &lt;b&gt; &#x41;"_s));
    if (tag == "bidi override")
        QVERIFY(page.bodyText().contains(u"abc[U+202E]def[U+202C]"_s));
    if (tag == "nul and controls")
        QVERIFY(page.bodyText().contains(u"a[U+0000]b[U+0007]c"_s));
}

void TestHtmlExporter::hostileSpeakerName()
{
    std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    annotation::SpeakerRecord speaker = set->speaker(0);
    speaker.name = u"\"><script>x</script>\u202E"_s;
    speaker.id = u"s\"1 <b>"_s;
    speaker.role = u"<!-- role -->"_s;
    const QString oldId = set->speaker(0).id;
    set->replaceSpeaker(0, speaker);
    for (int i = 0; i < set->quoteCount(); ++i) {
        annotation::QuoteRecord quote = set->quote(i);
        if (quote.speaker == oldId) {
            quote.speaker = speaker.id;
            set->replaceQuote(i, quote);
        }
    }
    const QByteArray bytes = html(*set);
    const coretest::HtmlPage page(bytes);
    QVERIFY2(page.errors().isEmpty(), qPrintable(problems(page)));
    QCOMPARE(page.elements(u"script"_s).size(), 0);
    QCOMPARE(page.commentCount(), 0);
    QVERIFY(!QString::fromUtf8(bytes).contains(QChar(0x202E)));
    bool named = false;
    for (const coretest::HtmlPage::Element &mark : page.elements(u"mark"_s))
        named = named || mark.attributes.value(u"data-speaker"_s) == speaker.id;
    QVERIFY(named);
}

void TestHtmlExporter::contrastOfEveryColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestHtmlExporter::contrastOfEveryColour()
{
    QFETCH(bool, dark);
    // Enough names to land on every one of the twelve hues, twice.
    QStringList names;
    for (int i = 0; i < 30; ++i)
        names.append(u"Speaker number %1"_s.arg(i));
    SpeakerColours colours;
    const Rgb text = dark ? HtmlStyle::DarkText : HtmlStyle::LightText;
    const Rgb page = dark ? HtmlStyle::DarkPage : HtmlStyle::LightPage;
    colours.setBase(text, page);
    colours.setSpeakers(names);
    QCOMPARE(colours.isDark(), dark);
    QSet<QString> hues;
    for (int i = -1; i < names.size(); ++i) {
        for (const bool faded : {false, true}) {
            const double ratio = contrast(colours.fill(i, faded), text);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"speaker %1 faded %2: %3 on %4"_s.arg(i).arg(faded).arg(ratio).arg(
                         colours.fill(i, faded).hex())));
        }
        const double badge = contrast(colours.strong(i), colours.onStrong(i));
        QVERIFY2(badge >= 4.5, qPrintable(u"badge %1: %2"_s.arg(i).arg(badge)));
        hues.insert(colours.strong(i).hex());
    }
    QVERIFY(hues.size() >= 12);
    // The page's own text.
    QVERIFY(contrast(text, page) >= 7.0);
}

void TestHtmlExporter::sheetUsesTheColours()
{
    const std::unique_ptr<annotation::AnnotationSet> set = coretest::sampleSet();
    const QString sheet = HtmlStyle::sheet(*set);
    for (const bool dark : {false, true}) {
        const SpeakerColours colours = HtmlStyle::colours(*set, dark);
        for (int i = 0; i < set->speakerCount(); ++i) {
            const QString rule = u".sp-%1 { --fill: %2; --fill-low: %3;"_s.arg(
                set->speaker(i).id, colours.fill(i).hex(), colours.fill(i, true).hex());
            QVERIFY2(sheet.contains(rule), qPrintable(rule));
        }
    }
    // The page colours the contrast is computed against are those of the sheet.
    QVERIFY(sheet.contains(u"--text: "_s + HtmlStyle::LightText.hex()));
    QVERIFY(sheet.contains(u"--page: "_s + HtmlStyle::LightPage.hex()));
    QVERIFY(sheet.contains(u"--text: "_s + HtmlStyle::DarkText.hex()));
    QVERIFY(sheet.contains(u"--page: "_s + HtmlStyle::DarkPage.hex()));
}

void TestHtmlExporter::initials()
{
    using exporting::SpeakerSummary;
    QCOMPARE(SpeakerSummary::initials(u"Dana Whitfield"_s), u"DW"_s);
    QCOMPARE(SpeakerSummary::initials(u"Vladimir Vladimirovich Putin"_s), u"VP"_s);
    QCOMPARE(SpeakerSummary::initials(u"Kremlin"_s), u"K"_s);
    QCOMPARE(SpeakerSummary::initials(u""_s), u"?"_s);
    QCOMPARE(SpeakerSummary::initials(u"\U0001D400lpha beta"_s), u"\U0001D400B"_s);
}

QTEST_GUILESS_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
