// Golden-file tests of every export format: the annotations of the project's fixture article
// (tests/data/formats/article.txt), as the machine found them and with a few hand edits, exported
// and compared byte for byte with the files in tests/data/golden/.
//
// The output is made deterministic: a fixed export time, the version string replaced by
// "Whosaid VERSION" before comparing, and a relative source name (none for the Web Annotation
// export, which would turn it into an absolute file: URL).
//
// On a difference the test fails with the first differing line and writes the actual output to
// golden-actual/ beside the test executable. To accept a change on purpose, run
//     WHOSAID_UPDATE_GOLDEN=1 ctest -R tst_exportgolden
// which rewrites the golden files instead; then read the diff before committing them.

#include "AnnotationTestSupport.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationEdits.h"
#include "document/ArticleLoader.h"
#include "export/Exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using annotation::AnnotationEdits;
using annotation::AnnotationSet;
using exporting::Exporter;
using exporting::ExportFormat;

namespace {

const QString ArticleName = u"article.txt"_s;

QString dataDir()
{
    return qEnvironmentVariable("WHOSAID_TEST_DATA", QString::fromUtf8(WHOSAID_TEST_DATA));
}

// The machine's annotations of the fixture article, its source named "article.txt" (no
// directory) or, without withSourceName, not at all.
std::unique_ptr<AnnotationSet> fixtureSet(bool withSourceName)
{
    QFile file(dataDir() + u"/formats/"_s + ArticleName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    document::LoadResult loaded = document::ArticleLoader().loadBytes(
        file.readAll(), withSourceName ? ArticleName : QString());
    if (!loaded.ok())
        qFatal("cannot load the fixture article: %s", qPrintable(loaded.error));
    static const analysis::Pipeline pipeline;
    return AnnotationSet::fromAnalysis(
        pipeline.analyse(std::make_shared<const document::Document>(std::move(loaded.document))));
}

int quoteOf(const AnnotationSet &set, QStringView words)
{
    const int index = coretest::quoteStarting(set, words);
    if (index < 0)
        qFatal("no quote starting '%s'", qPrintable(words.toString()));
    return index;
}

// The fixture with hand edits, each through AnnotationEdits as the reader makes them: Okafor's
// story-hour quote given to a new speaker, Reyes's question rejected, and Lindqvist's indirect
// speech about the spring, which the machine misses, added.
std::unique_ptr<AnnotationSet> editedSet()
{
    std::unique_ptr<AnnotationSet> set = fixtureSet(true);
    const annotation::SpeakerRecord spokesperson
        = AnnotationEdits::newSpeaker(set->newSpeakerId(), u"Library spokesperson"_s);
    set->insertSpeaker(set->speakerCount(), spokesperson);
    int index = quoteOf(*set, u"We will keep the story hour");
    set->replaceQuote(index, AnnotationEdits::reassigned(set->quote(index), spokesperson.id));

    index = quoteOf(*set, u"Where are the children");
    set->replaceQuote(
        index, AnnotationEdits::reviewed(set->quote(index), annotation::ReviewState::Rejected));

    const QString &text = set->document().text();
    const QString words = u"the work to finish before the spring"_s;
    const qsizetype start = text.indexOf(words);
    const int lindqvist = set->findSpeaker(u"Maria Lindqvist");
    if (start < 0 || lindqvist < 0)
        qFatal("the fixture article changed: no Lindqvist or no spring");
    set->insertQuote(AnnotationEdits::added(set->newQuoteId(), {start, start + words.size()},
                                            analysis::QuoteKind::Indirect,
                                            set->speaker(lindqvist).id));
    return set;
}

QByteArray exported(ExportFormat format, const AnnotationSet &set, const QString &suffix)
{
    exporting::ExportOptions options;
    options.exportedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const exporting::ExportResult result = Exporter::exportSet(format, set, options);
    if (!result.ok())
        qFatal("export failed: %s", qPrintable(result.error));
    for (const exporting::ExportFile &file : result.files) {
        if (file.suffix == suffix)
            return QByteArray(file.bytes)
                .replace(Exporter::generator().toUtf8(), "Whosaid VERSION");
    }
    qFatal("the export has no %s file", qPrintable(suffix));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size() && file.commit();
}

// "line N: expected ... / actual ..." for the first line where the two differ.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
        // CSV lines end in CRLF: show the CR.
        const QByteArray a = want.value(i, "<end of file>").replace('\r', "\\r");
        const QByteArray b = got.value(i, "<end of file>").replace('\r', "\\r");
        if (a != b) {
            return u"first difference at line %1 (expected %2 bytes, actual %3):\n"
                   "--- expected\n%4\n+++ actual\n%5"_s.arg(i + 1)
                       .arg(expected.size())
                       .arg(actual.size())
                       .arg(QString::fromUtf8(a.left(400)), QString::fromUtf8(b.left(400)));
        }
    }
    return u"the files differ"_s;
}

} // namespace

class TestExportGolden : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
};

void TestExportGolden::matchesGolden_data()
{
    QTest::addColumn<QString>("name"); // Exporter::name()
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("edited");
    QTest::addColumn<QString>("golden");

    const auto row = [](const QString &format, const QString &suffix, bool edited) {
        const QString golden = (edited ? u"article-edited"_s : u"article"_s) + suffix;
        QTest::newRow(qPrintable(golden)) << format << suffix << edited << golden;
    };
    row(u"html"_s, u".html"_s, false);
    row(u"json"_s, u".json"_s, false);
    row(u"csv"_s, u".csv"_s, false);
    row(u"webannotation"_s, u".jsonld"_s, false);
    row(u"brat"_s, u".ann"_s, false);
    row(u"brat"_s, u".txt"_s, false);
    row(u"json"_s, u".json"_s, true);
    row(u"csv"_s, u".csv"_s, true);
}

void TestExportGolden::matchesGolden()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QFETCH(bool, edited);
    QFETCH(QString, golden);
    const std::optional<ExportFormat> format = Exporter::fromName(name);
    QVERIFY(format);

    // The Web Annotation export names its source by absolute file: URL; without a source name it
    // uses a urn: made from the text, the same on every machine.
    const std::unique_ptr<AnnotationSet> set
        = edited ? editedSet() : fixtureSet(*format != ExportFormat::WebAnnotation);
    const QByteArray actual = exported(*format, *set, suffix);
    QVERIFY(!actual.isEmpty());

    const QString goldenPath = dataDir() + u"/golden/"_s + golden;
    if (qEnvironmentVariableIntValue("WHOSAID_UPDATE_GOLDEN") == 1) {
        QVERIFY2(writeFile(goldenPath, actual), qPrintable(u"cannot write "_s + goldenPath));
        qInfo("rewrote %s", qPrintable(goldenPath));
        return;
    }

    QFile file(goldenPath);
    QVERIFY2(
        file.open(QIODevice::ReadOnly),
        qPrintable(u"no golden file %1 (WHOSAID_UPDATE_GOLDEN=1 writes it)"_s.arg(goldenPath)));
    const QByteArray expected = file.readAll();
    if (expected != actual) {
        const QString actualPath
            = QCoreApplication::applicationDirPath() + u"/golden-actual/"_s + golden;
        const bool written = writeFile(actualPath, actual);
        QFAIL(qPrintable(u"%1 differs from the export; %2\n%3\n(set WHOSAID_UPDATE_GOLDEN=1 to "
                         "rewrite the golden file if the change is intended)"_s.arg(
                             goldenPath,
                             written ? u"actual output in "_s + actualPath
                                     : u"could not write the actual output"_s,
                             firstDifference(expected, actual))));
    }
}

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
