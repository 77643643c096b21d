#include "AnnotationFiles.h"
#include "ArticleSession.h"
#include "DocumentTab.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "RecoveryManager.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace whosaid::annotation;
using namespace Qt::StringLiterals;

namespace {

const QString CrashChild = u"--crash-child"_s;
const QString TestName = u"tst_recovery"_s;

// The child of the crash test: opens the article, edits it through the real actions, waits for
// the recovery file, says "ready" and waits to be killed.
int crashChild(const QString &article)
{
    isolateSettings(TestName);
    MainWindow window;
    window.recovery()->setInterval(100);
    window.show();
    if (!open(window, article))
        return 2;
    makeSampleEdits(window);
    if (!QTest::qWaitFor([&] { return QFile::exists(RecoveryManager::recoveryPathFor(article)); },
                         10000))
        return 3;
    std::puts("ready");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

// Unsaved edits survive a crash: the recovery file a killed reader left is offered at the next
// start and restores the edits; a declined one is removed.
class TestRecovery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(TestName);
        m_article = m_dir.filePath(u"harbour.txt"_s);
        QVERIFY(QFile::copy(fixture(u"harbour.txt"_s), m_article));
    }

    void init() { QDir(RecoveryManager::directory()).removeRecursively(); }

    void autosaveWritesOnlyUnsavedEdits()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_article));
        const QString recovery = RecoveryManager::recoveryPathFor(m_article);
        window.recovery()->autosave();
        QVERIFY(!QFile::exists(recovery)); // nothing to recover
        makeSampleEdits(window);
        window.recovery()->autosave();
        QVERIFY(QFile::exists(recovery));
        QCOMPARE(SidecarFile::read(recovery).contents.articlePath, m_article);
        // Undone back to the opened state: the file goes.
        window.currentTab()->session()->undoStack()->setIndex(0);
        window.recovery()->autosave();
        QVERIFY(!QFile::exists(recovery));
    }

    void crashRecovery()
    {
        // A child process edits the article through the real window and is killed once its
        // recovery file is written.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {CrashChild, m_article});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning,
                                 30000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QString recovery = RecoveryManager::recoveryPathFor(m_article);
        QVERIFY(QFile::exists(recovery));

        MainWindow window;
        window.show();
        Prompts::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QVERIFY(Prompts::lastText().contains(QFileInfo(m_article).fileName()));
        QCOMPARE(window.tabCount(), 1);
        QTRY_VERIFY(window.currentTab()->isReady());
        ArticleSession *session = window.currentTab()->session();
        checkSampleEdits(*session->annotations());
        QVERIFY(session->isModified());
        QVERIFY(window.isWindowModified());
        // Saved now: the recovery file has done its work.
        QVERIFY(window.annotationFiles()->save(window.currentTab()));
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(RecoveryManager::pending().isEmpty());
    }

    void declinedRecoveryIsRemoved()
    {
        QDir().mkpath(RecoveryManager::directory());
        SidecarContents contents;
        contents.articlePath = m_article;
        const QString file = RecoveryManager::recoveryPathFor(m_article);
        QCOMPARE(SidecarFile::write(contents, file), QString());
        QCOMPARE(RecoveryManager::pending().size(), 1);
        MainWindow window;
        Prompts::setNextAnswer(QMessageBox::Discard);
        window.offerRecovery();
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!QFile::exists(file));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == CrashChild)
        return crashChild(QString::fromLocal8Bit(argv[2]));
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
