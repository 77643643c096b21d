#include "AnalysisTestSupport.h"
#include "AnnotationTestSupport.h"
#include "FileSizeLimit.h"
#include "annotation/AnnotationEdits.h"
#include "annotation/AnnotationLoader.h"
#include "annotation/SidecarFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace whosaid::annotation;
using whosaid::coretest::annotate;
using whosaid::coretest::correctedCouncil;
using whosaid::coretest::councilArticle;
using whosaid::coretest::quoteStarting;
using Status = SidecarFile::ReadResult::Status;

using whosaid::coretest::FileSizeLimit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

// The sidecar file: every field survives a save and a read, writes are atomic with a backup,
// and a file that cannot be used is reported and never touched.
class TestSidecar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndReadKeepEveryField()
    {
        QTemporaryDir dir;
        const auto set = correctedCouncil();
        set->setUnplaced({{AnnotationEdits::added(5, {}, QuoteKind::Direct, u"s1"_s),
                           {u"gone words"_s, u"before "_s, u" after"_s, 3, 13}}});
        const QString path = dir.filePath(u"a.txt.whosaid.json"_s);
        QCOMPARE(SidecarFile::save(*set, path), QString());
        const SidecarFile::ReadResult read = SidecarFile::read(path);
        QCOMPARE(read.status, Status::Ok);
        SidecarContents expected = SidecarFile::contentsOf(*set);
        // Ids are the set's own and not stored; confidence is kept to three decimals.
        for (QList<UnplacedQuote> *list : {&expected.quotes, &expected.unplaced}) {
            for (UnplacedQuote &entry : *list) {
                entry.record.id = -1;
                entry.record.confidence = qRound(entry.record.confidence * 1000) / 1000.0;
            }
        }
        QCOMPARE(read.contents.speakers, expected.speakers);
        QCOMPARE(read.contents.quotes.size(), expected.quotes.size());
        for (qsizetype i = 0; i < expected.quotes.size(); ++i)
            QCOMPARE(read.contents.quotes.at(i), expected.quotes.at(i));
        QCOMPARE(read.contents.unplaced, expected.unplaced);
        QCOMPARE(read.contents.fingerprint, SidecarFile::fingerprint(set->document()));
    }

    void offsetsAreCodePoints()
    {
        QTemporaryDir dir;
        const auto set = annotate(u"🙂 “Stop it now,” Ann Lee said.\n"_s);
        QVERIFY(set->quoteCount() > 0);
        const QString path = dir.filePath(u"e.json"_s);
        QCOMPARE(SidecarFile::save(*set, path), QString());
        const QJsonObject quote
            = QJsonDocument::fromJson(readAll(path)).object()[u"quotes"_s][0].toObject();
        QCOMPARE(quote[u"start"_s].toInt(), 3); // the emoji is one code point, two UTF-16 units
        QCOMPARE(quote[u"exact"_s].toString(), u"Stop it now,"_s);
    }

    void saveKeepsTheOldFileAsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        const auto set = annotate(councilArticle());
        QCOMPARE(SidecarFile::save(*set, path), QString());
        const QByteArray first = readAll(path);
        const auto edited = correctedCouncil();
        QCOMPARE(SidecarFile::save(*edited, path), QString());
        QCOMPARE(readAll(SidecarFile::backupPathFor(path)), first);
        QVERIFY(readAll(path) != first);
    }

    void fullDiskKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        const auto small = annotate(u"“Yes,” Ann said.\n"_s);
        QCOMPARE(SidecarFile::save(*small, path), QString());
        const QByteArray old = readAll(path);
        QString error;
        {
            const FileSizeLimit limit(rlim_t(old.size() + 16));
            error = SidecarFile::save(*correctedCouncil(), path);
        }
        QVERIFY2(!error.isEmpty(), "the write should have failed");
        QVERIFY(error.contains(path));
        QCOMPARE(readAll(path), old);
    }

    void readOnlyFolderGivesAnError()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders; fullDiskKeepsTheOldFile covers failures");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QCOMPARE(SidecarFile::save(*annotate(councilArticle()), path), QString());
        const QByteArray old = readAll(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString error = SidecarFile::save(*correctedCouncil(), path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(path), old);
    }

    void unusableFilesAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray valid = SidecarFile::toJson(SidecarFile::contentsOf(*correctedCouncil()));
        QTest::newRow("empty") << QByteArray() << int(Status::Corrupt) << u"damaged"_s;
        QTest::newRow("truncated")
            << valid.left(valid.size() / 2) << int(Status::Corrupt) << u"damaged"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\x10garbage", 10) << int(Status::Corrupt)
                                << u"damaged"_s;
        QTest::newRow("other json")
            << QByteArray(R"({"name": "x"})") << int(Status::Corrupt) << u"not a Whosaid"_s;
        QByteArray future = valid;
        future.replace("\"version\": 1", "\"version\": 7");
        QTest::newRow("future") << future << int(Status::NewerVersion) << u"newer"_s;
        QByteArray badQuote = valid;
        badQuote.replace("\"review\": \"unreviewed\"", "\"review\": \"maybe\"");
        QTest::newRow("bad quote") << badQuote << int(Status::Corrupt) << u"damaged quote"_s;
    }

    void unusableFilesAreReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        writeAll(path, bytes);
        const SidecarFile::ReadResult read = SidecarFile::read(path);
        QCOMPARE(int(read.status), status);
        QVERIFY2(read.error.contains(message), qPrintable(read.error));
        QCOMPARE(readAll(path), bytes);
    }

    void loaderOpensReadOnlyOverABadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        writeAll(path, "{ not json");
        const whosaid::analysis::Analysis analysis = whosaid::coretest::analyse(councilArticle());
        const AnnotationLoader::Result loaded = AnnotationLoader::load(analysis, path);
        QVERIFY(loaded.readOnly);
        QVERIFY(!loaded.error.isEmpty());
        QCOMPARE(loaded.annotations->quoteCount(), 6);
        const AnnotationLoader::Result missing
            = AnnotationLoader::load(analysis, dir.filePath(u"none.json"_s));
        QVERIFY(!missing.readOnly);
        QVERIFY(missing.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
