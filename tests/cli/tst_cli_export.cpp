// whosaid-cli export and import, through the real binary: formats, folders, the sidecar's hand
// edits, and the errors.

#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace whosaid::clitest;

namespace {

const QByteArray Article
    = "Bridge to reopen\n\n\xe2\x80\x9cWe fixed all of it,\xe2\x80\x9d engineer Marta Lindqvist "
      "said.\n\n\xe2\x80\x9cTraffic will be lighter,\xe2\x80\x9d Lindqvist told reporters.\n";

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setupProblem(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_article = writeFile(m_dir, u"article.txt"_s, Article);
    }

    void htmlToStandardOutput()
    {
        const QStringList arguments{u"export"_s, m_article};
        const Run run = runCli(arguments);
        VERIFY_EXIT(run, arguments, 0);
        QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(run.out.contains("data-speaker=\"s1\""));
    }

    void everyFormatToAFolder()
    {
        const QString second = writeFile(m_dir, u"second.txt"_s, Article);
        const QString out = m_dir.filePath(u"out"_s);
        for (const QString &format :
             {u"html"_s, u"json"_s, u"csv"_s, u"webannotation"_s, u"brat"_s}) {
            const QStringList arguments{u"export"_s, u"--format"_s, format, u"-o"_s,
                                        out,         m_article,     second};
            const Run run = runCli(arguments);
            VERIFY_EXIT(run, arguments, 0);
        }
        for (const QString &name : {u"article.html"_s, u"second.html"_s, u"article.json"_s,
                                    u"article.csv"_s, u"article.jsonld"_s, u"article.txt"_s,
                                    u"article.ann"_s, u"annotation.conf"_s, u"visual.conf"_s})
            QVERIFY2(QFileInfo(QDir(out).filePath(name)).size() > 0, qPrintable(name));
    }

    void usageErrors()
    {
        const QList<QStringList> cases{
            {u"export"_s, u"--format"_s, u"pdf"_s, m_article},
            {u"export"_s, u"--format"_s, u"brat"_s, m_article},
            {u"export"_s, u"--bom"_s, m_article},
            {u"export"_s, m_article, m_article},
            {u"export"_s, u"--format"_s, u"brat"_s, u"-o"_s, m_dir.path(), m_article},
            {u"import"_s, m_article},
        };
        for (const QStringList &arguments : cases) {
            const Run run = runCli(arguments);
            VERIFY_EXIT(run, arguments, 2);
            QVERIFY(!run.err.isEmpty());
        }
        const QStringList missing{u"export"_s, m_dir.filePath(u"nope.txt"_s)};
        VERIFY_EXIT(runCli(missing), missing, 1);
    }

    void importThenExportKeepsTheDecision()
    {
        // A file made elsewhere: the second quote is someone else's.
        const QByteArray annotations = R"([{"type": "Annotation", "body": "Tomas Berg",
            "target": {"selector": {"type": "TextQuoteSelector",
                                    "exact": "Traffic will be lighter,"}}}])";
        const QString file = writeFile(m_dir, u"foreign.jsonld"_s, annotations);
        const QStringList import{u"import"_s, file, m_article};
        Run run = runCli(import);
        VERIFY_EXIT(run, import, 0);
        QVERIFY(QFileInfo::exists(m_article + u".whosaid.json"_s));
        VERIFY_EXIT(runCli(import), import, 1); // no overwrite without --force
        const QStringList forced{u"import"_s, u"--force"_s, file, m_article};
        VERIFY_EXIT(runCli(forced), forced, 0);

        const QStringList exportJson{u"export"_s, u"--format"_s, u"json"_s, m_article};
        run = runCli(exportJson);
        VERIFY_EXIT(run, exportJson, 0);
        const QJsonArray quotes
            = QJsonDocument::fromJson(run.out).object().value(u"quotes"_s).toArray();
        bool found = false;
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            if (quote.value(u"text"_s).toString() != u"Traffic will be lighter,"_s)
                continue;
            found = true;
            QCOMPARE(quote.value(u"speaker"_s).toString(), u"Tomas Berg"_s);
            QCOMPARE(quote.value(u"review"_s).toString(), u"accepted"_s);
        }
        QVERIFY(found);
        // --ignore-annotations: the machine's reading.
        const QStringList ignore{u"export"_s, u"--format"_s, u"csv"_s, u"--ignore-annotations"_s,
                                 m_article};
        run = runCli(ignore);
        VERIFY_EXIT(run, ignore, 0);
        QVERIFY(!run.out.contains("Tomas Berg"));
        QFile::remove(m_article + u".whosaid.json"_s);
        QFile::remove(m_article + u".whosaid.json.bak"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_article;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
