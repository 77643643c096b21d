#include "CliTestSupport.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationEdits.h"
#include "annotation/SidecarFile.h"
#include "document/ArticleLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace whosaid;
using namespace whosaid::clitest;

namespace {

QByteArray article()
{
    return QStringLiteral("“The bridge opens in May,” said Carla Mendes, the city engineer.\n\n"
                          "“It will cost less than planned,” Mendes told reporters.\n\n"
                          "Residents were not convinced. “We have heard that before,” said "
                          "Peter Holm, who lives nearby.\n")
        .toUtf8();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The corrections a person saved for the article: the first quote given to a new speaker and
// the last one rejected.
void saveCorrections(const QString &path)
{
    document::LoadResult loaded = document::ArticleLoader().load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const analysis::Pipeline pipeline;
    const auto set = annotation::AnnotationSet::fromAnalysis(pipeline.analyse(
        std::make_shared<const document::Document>(std::move(loaded.document)), u"en"_s));
    QCOMPARE(set->quoteCount(), 3);
    using annotation::AnnotationEdits;
    const QString id = set->newSpeakerId();
    set->insertSpeaker(set->speakerCount(), AnnotationEdits::newSpeaker(id, u"Ann Editor"_s));
    set->replaceQuote(0, AnnotationEdits::reassigned(set->quote(0), id));
    set->replaceQuote(2,
                      AnnotationEdits::reviewed(set->quote(2), annotation::ReviewState::Rejected));
    QCOMPARE(annotation::SidecarFile::save(*set, annotation::SidecarFile::pathFor(path)),
             QString());
}

} // namespace

// `analyze` uses the hand corrections saved beside an article unless told not to, and never
// touches a sidecar it cannot use.
class TestCliAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(setupProblem(m_dir).isEmpty(), qPrintable(setupProblem(m_dir)));
    }

    void usesTheSavedCorrections()
    {
        const QString path = writeFile(m_dir, u"bridge.txt"_s, article());
        saveCorrections(path);
        const QStringList arguments{u"analyze"_s, u"--format"_s, u"json"_s, path};
        const Run run = runCli(arguments);
        QVERIFY2(exitProblem(run, arguments, 0).isEmpty(),
                 qPrintable(exitProblem(run, arguments, 0)));
        const QJsonArray quotes = QJsonDocument::fromJson(run.out).object()[u"quotes"_s].toArray();
        QCOMPARE(quotes.size(), 2); // the rejected one is left out
        QCOMPARE(quotes[0][u"speaker"_s].toString(), u"Ann Editor"_s);
        QCOMPARE(quotes[0][u"review"_s].toString(), u"corrected"_s);
        QCOMPARE(quotes[0][u"hand_edited"_s].toBool(), true);
        QCOMPARE(quotes[1][u"review"_s].toString(), u"unreviewed"_s);

        const QStringList text{u"analyze"_s, path};
        const Run report = runCli(text);
        QVERIFY(report.outText().contains(u"2 reviewed by hand"_s));
        QVERIFY(report.outText().contains(u"corr  Ann Editor"_s));
        QVERIFY(!report.outText().contains(u"We have heard"_s));
    }

    void ignoreAnnotationsGivesTheMachineReading()
    {
        const QString path = writeFile(m_dir, u"ignored.txt"_s, article());
        saveCorrections(path);
        const QStringList arguments{u"analyze"_s, u"--format"_s, u"json"_s,
                                    u"--ignore-annotations"_s, path};
        const Run run = runCli(arguments);
        QVERIFY2(exitProblem(run, arguments, 0).isEmpty(),
                 qPrintable(exitProblem(run, arguments, 0)));
        const QJsonArray quotes = QJsonDocument::fromJson(run.out).object()[u"quotes"_s].toArray();
        QCOMPARE(quotes.size(), 3);
        QCOMPARE(quotes[0][u"speaker"_s].toString(), u"Carla Mendes"_s);
    }

    void damagedSidecarIsReportedAndLeftAlone()
    {
        const QString path = writeFile(m_dir, u"damaged.txt"_s, article());
        const QByteArray damaged = "{\"format\": \"whosaid-annotations\", \"version\": 1, \"quo";
        const QString sidecar = writeFile(m_dir, u"damaged.txt.whosaid.json"_s, damaged);
        const QStringList arguments{u"analyze"_s, path};
        const Run run = runCli(arguments);
        QVERIFY2(exitProblem(run, arguments, 0).isEmpty(),
                 qPrintable(exitProblem(run, arguments, 0)));
        QVERIFY2(run.errText().contains(u"warning"_s) && run.errText().contains(u"damaged"_s),
                 qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"Carla Mendes"_s));
        QCOMPARE(readAll(sidecar), damaged);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cli_annotations.moc"
