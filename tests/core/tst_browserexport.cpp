// The HTML export in a real browser: headless Chromium loads the page of each sample article, the
// rendered DOM (--dump-dom) has every quote with its speaker, and a screenshot is saved (light and
// dark) for a person to look at. Without Chromium the test exits with 77, which ctest reports as
// skipped (SKIP_RETURN_CODE), never as passed.

#include "ExportTestSupport.h"
#include "analysis/Pipeline.h"
#include "document/ArticleLoader.h"
#include "export/HtmlExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace whosaid;

namespace {

constexpr int SkipCode = 77;
constexpr int BrowserTimeoutMs = 120'000;

QString chromium()
{
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Runs the browser headless on url with extra arguments; its standard output.
QByteArray runBrowser(const QStringList &extra, const QString &url, QString *problem)
{
    QProcess browser;
    browser.setProcessChannelMode(QProcess::SeparateChannels);
    browser.start(chromium(),
                  QStringList{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                              u"--no-first-run"_s, u"--disable-background-networking"_s,
                              u"--hide-scrollbars"_s}
                      + extra + QStringList{url});
    if (!browser.waitForFinished(BrowserTimeoutMs)) {
        browser.kill();
        browser.waitForFinished();
        *problem
            = u"chromium did not finish: "_s + QString::fromUtf8(browser.readAllStandardError());
        return {};
    }
    if (browser.exitStatus() != QProcess::NormalExit || browser.exitCode() != 0)
        *problem = u"chromium failed: "_s + QString::fromUtf8(browser.readAllStandardError());
    return browser.readAllStandardOutput();
}

} // namespace

class TestBrowserExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir samples(qEnvironmentVariable("WHOSAID_SHARED_DIR") + u"/samples"_s);
        const QStringList names = samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        if (names.isEmpty())
            QSKIP("no sample articles in WHOSAID_SHARED_DIR/samples");
        for (const QString &name : names)
            m_samples.append(samples.filePath(name));
        m_shots = QDir(QCoreApplication::applicationDirPath()).filePath(u"browser-screenshots"_s);
        QVERIFY(QDir().mkpath(m_shots));
    }

    void samplesRenderWithEveryQuote_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : std::as_const(m_samples))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void samplesRenderWithEveryQuote()
    {
        QFETCH(QString, path);
        document::LoadResult loaded = document::ArticleLoader().load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const analysis::Pipeline pipeline;
        const std::unique_ptr<annotation::AnnotationSet> set
            = annotation::AnnotationSet::fromAnalysis(pipeline.analyse(
                std::make_shared<const document::Document>(std::move(loaded.document))));
        const QString stem = QFileInfo(path).completeBaseName();
        const QString page = m_dir.filePath(stem + u".html"_s);
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exporting::HtmlExporter::toHtml(*set, {}).toUtf8());
        file.close();
        const QString url = QUrl::fromLocalFile(page).toString();

        QString problem;
        const QByteArray dom = runBrowser({u"--dump-dom"_s}, url, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const coretest::HtmlPage rendered(dom);
        QHash<QString, QString> speakerOf; // quote id -> data-speaker, from the rendered DOM
        for (const coretest::HtmlPage::Element &mark : rendered.elements(u"mark"_s)) {
            if (mark.attributes.contains(u"id"_s))
                speakerOf.insert(mark.attributes.value(u"id"_s),
                                 mark.attributes.value(u"data-speaker"_s));
        }
        int number = 0;
        int speech = 0;
        for (const annotation::QuoteRecord &quote : set->quotes()) {
            ++number; // nothing is rejected here: every quote has its number
            if (!quote.isSpeech())
                continue;
            ++speech;
            const QString id = u"q"_s + QString::number(number);
            QVERIFY2(speakerOf.contains(id), qPrintable(id + u" missing"_s));
            QCOMPARE(speakerOf.value(id), quote.speaker);
        }
        QCOMPARE(speakerOf.size(), speech);
        QVERIFY(speech > 0);

        for (const bool dark : {false, true}) {
            const QString shot
                = QDir(m_shots).filePath(stem + (dark ? u"-dark.png"_s : u"-light.png"_s));
            QFile::remove(shot);
            QStringList extra{u"--screenshot="_s + shot, u"--window-size=1200,1600"_s};
            if (dark)
                extra.append(u"--force-dark-mode"_s);
            runBrowser(extra, url, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(QFileInfo(shot).size() > 10'000, qPrintable(shot));
            qInfo("screenshot: %s", qPrintable(shot));
        }
    }

private:
    QTemporaryDir m_dir;
    QStringList m_samples;
    QString m_shots;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (chromium().isEmpty()) {
        std::fputs("SKIP: Chromium is not installed (apt-get install chromium)\n", stdout);
        return SkipCode;
    }
    TestBrowserExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserexport.moc"
