// whosaid-cli analyze -r: a folder of articles in mixed formats, analysed recursively in sorted
// order, unsupported files skipped with a note, a damaged file named in the error and the exit
// code.

#include "../core/FormatFixtures.h"
#include "CliTestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;
namespace formattest = whosaid::formattest;

namespace {

// The file names of the "== path" report headers, in output order.
QStringList reportedFiles(const Run &run)
{
    static const QRegularExpression header(u"^== (.*?)(?: \\(.*)?:.*$"_s,
                                           QRegularExpression::MultilineOption);
    QStringList files;
    for (const QRegularExpressionMatch &m : header.globalMatch(run.outText()))
        files.append(m.captured(1).trimmed());
    return files;
}

} // namespace

class TestCliFolders final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mixedFolder();
    void damagedFileInside();
    void nothingSupported();

private:
    QString makeFolder(const QString &name, bool withDamaged);

    QTemporaryDir m_dir;
};

void TestCliFolders::initTestCase()
{
    const QString problem = setupProblem(m_dir);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestCliFolders::makeFolder(const QString &name, bool withDamaged)
{
    const QString root = m_dir.filePath(name);
    QDir().mkpath(root + u"/b-sub/deeper"_s);
    const QString base = name + u'/';
    writeFile(m_dir, base + u"c-article.txt"_s, formattest::readData(u"article.txt"_s));
    writeFile(m_dir, base + u"a-page.html"_s, formattest::readData(u"article.html"_s));
    writeFile(m_dir, base + u"notes.png"_s, "\x89PNG\r\n\x1a\n"_ba);
    writeFile(m_dir, base + u"b-sub/article.docx"_s, formattest::articleDocx());
    writeFile(m_dir, base + u"b-sub/deeper/book.epub"_s, formattest::articleEpub());
    writeFile(m_dir, base + u"b-sub/readme.md"_s, formattest::readData(u"article.md"_s));
    if (withDamaged)
        writeFile(m_dir, base + u"b-sub/broken.odt"_s, formattest::articleOdt().left(300));
    return root;
}

void TestCliFolders::mixedFolder()
{
    const QString root = makeFolder(u"mixed"_s, false);
    const QStringList arguments{u"analyze"_s, u"-r"_s, root};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 0);
    const QStringList expected{root + u"/a-page.html"_s, root + u"/b-sub/article.docx"_s,
                               root + u"/b-sub/deeper/book.epub"_s, root + u"/b-sub/readme.md"_s,
                               root + u"/c-article.txt"_s};
    QCOMPARE(reportedFiles(run), expected);
    // Every format found the speakers of the article.
    const QStringList reports = run.outText().split(u"== "_s, Qt::SkipEmptyParts);
    QCOMPARE(reports.size(), expected.size());
    for (const QString &report : reports)
        QVERIFY2(report.contains(u"Tomas Reyes"_s) && report.contains(u"Maria Lindqvist"_s),
                 qPrintable(report));
    QVERIFY2(run.errText().contains(u"skipped "_s + root + u"/notes.png"_s), run.err.constData());
}

void TestCliFolders::damagedFileInside()
{
    const QString root = makeFolder(u"damaged"_s, true);
    const QStringList arguments{u"analyze"_s, u"--recursive"_s, root};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 1);
    QCOMPARE(reportedFiles(run).size(), 5);
    QVERIFY2(run.errText().contains(root + u"/b-sub/broken.odt: damaged zip archive"_s),
             run.err.constData());
}

void TestCliFolders::nothingSupported()
{
    QDir().mkpath(m_dir.filePath(u"empty/sub"_s));
    writeFile(m_dir, u"empty/sub/photo.png"_s, "\x89PNG\r\n\x1a\n"_ba);
    const QStringList arguments{u"analyze"_s, u"-r"_s, m_dir.filePath(u"empty"_s)};
    const Run run = runCli(arguments);
    VERIFY_EXIT(run, arguments, 1);
    QVERIFY2(run.errText().contains(u"no supported files found"_s), run.err.constData());
}

QTEST_MAIN(TestCliFolders)
#include "tst_cli_folders.moc"
