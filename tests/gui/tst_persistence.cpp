#include "../core/FileSizeLimit.h"
#include "AnnotationFiles.h"
#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "GuiBenchmark.h"
#include "GuiTestSupport.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "OfferBar.h"
#include "Prompts.h"
#include "QuoteFilterModel.h"
#include "QuoteTableModel.h"
#include "ReadingPositions.h"
#include "RecoveryManager.h"
#include "SpeakerPicker.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace whosaid::annotation;
using namespace Qt::StringLiterals;

using whosaid::coretest::FileSizeLimit;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

// Annotations saved beside the article, read back, kept safe from damaged files and failed
// writes, recovered after a crash, and re-anchored when the article changes.
class TestPersistence final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

    static ArticleView *openIn(MainWindow &window, const QString &path)
    {
        window.show();
        return open(window, path);
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_persistence"_s); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(
            u"harbour-%1%2.txt"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                      QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(m_article);
        QVERIFY(QFile::copy(fixture(u"harbour.txt"_s), m_article));
        QFile::setPermissions(m_article, QFile::ReadOwner | QFile::WriteOwner);
        QDir(RecoveryManager::directory()).removeRecursively();
    }

    void saveCloseReopen()
    {
        const QString sidecar = SidecarFile::pathFor(m_article);
        {
            MainWindow window;
            QVERIFY(openIn(window, m_article));
            makeSampleEdits(window);
            QVERIFY(window.isWindowModified());
            QTest::keyClick(window.currentTab()->view(), Qt::Key_S, Qt::ControlModifier);
            QVERIFY(QFile::exists(sidecar));
            QVERIFY(!window.isWindowModified());
            QVERIFY(!window.currentTab()->session()->isModified());
            window.close(); // nothing to ask: all saved
            QCOMPARE(window.tabCount(), 0);
        }
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        checkSampleEdits(*window.currentTab()->session()->annotations());
        QVERIFY(!window.currentTab()->session()->isModified());
        QVERIFY(!window.currentTab()->session()->isReadOnly());
    }

    void damagedSidecarIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        // JSON written with single quotes, for readability.
        const auto json = [](const char *text) { return QByteArray(text).replace('\'', '"'); };
        QTest::newRow("corrupt") << json("{'format': 'whosaid-annotations', 'vers");
        QTest::newRow("newer") << json(
            "{'format': 'whosaid-annotations', 'version': 99, 'speakers': []}");
    }

    void damagedSidecarIsLeftUntouched()
    {
        QFETCH(QByteArray, content);
        const QString sidecar = SidecarFile::pathFor(m_article);
        writeFile(sidecar, content);
        MainWindow window;
        ArticleView *view = openIn(window, m_article);
        QVERIFY(view);
        ArticleSession *session = window.currentTab()->session();
        QVERIFY(session->isReadOnly());
        QVERIFY(!window.message().isEmpty());
        OfferBar *bar = window.currentTab()->sidecarBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(u"read-only"_s));
        QVERIFY(!window.editActions().save->isEnabled());
        // Keys do nothing and saving is refused: the file stays byte for byte.
        view->setFocus();
        view->showRow(0);
        QTest::keyClick(view, Qt::Key_X);
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window.annotationFiles()->save(window.currentTab()));
        QCOMPARE(session->undoStack()->count(), 0);
        QCOMPARE(readAll(sidecar), content);

        // Start over: the old file moves aside, the annotations become editable.
        bar->button()->click();
        QVERIFY(!session->isReadOnly());
        QVERIFY(!QFile::exists(sidecar));
        QCOMPARE(readAll(SidecarFile::backupPathFor(sidecar)), content);
        makeSampleEdits(window);
        QVERIFY(window.annotationFiles()->save(window.currentTab()));
        QVERIFY(SidecarFile::read(sidecar).ok());
        // The first backup was the damaged file; saving again keeps it as a numbered backup.
    }

    void fullDiskKeepsTheOldFile()
    {
        const QString sidecar = SidecarFile::pathFor(m_article);
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        QVERIFY(window.annotationFiles()->save(window.currentTab()));
        const QByteArray old = readAll(sidecar);
        makeSampleEdits(window);
        bool saved = true;
        {
            const FileSizeLimit limit(rlim_t(old.size() / 2));
            saved = window.annotationFiles()->save(window.currentTab());
        }
        QVERIFY(!saved);
        QVERIFY2(window.message().contains(u"not saved"_s), qPrintable(window.message()));
        QCOMPARE(readAll(sidecar), old);
        QVERIFY(window.currentTab()->session()->isModified());
        QVERIFY(window.isWindowModified());
    }

    void readOnlyFolderGivesAnError()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders; fullDiskKeepsTheOldFile covers failures");
        QTemporaryDir dir;
        const QString article = dir.filePath(u"a.txt"_s);
        QVERIFY(QFile::copy(m_article, article));
        MainWindow window;
        QVERIFY(openIn(window, article));
        QVERIFY(window.annotationFiles()->save(window.currentTab()));
        const QByteArray old = readAll(SidecarFile::pathFor(article));
        makeSampleEdits(window);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool saved = window.annotationFiles()->save(window.currentTab());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(!window.message().isEmpty());
        QCOMPARE(readAll(SidecarFile::pathFor(article)), old);
    }

    void closingUnsavedEditsAsks()
    {
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        makeSampleEdits(window);
        window.recovery()->autosave();
        const QString recovery = RecoveryManager::recoveryPathFor(m_article);
        QVERIFY(QFile::exists(recovery));
        Prompts::setNextAnswer(QMessageBox::Cancel);
        window.actions().close->trigger();
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(Prompts::lastText().contains(u"not saved"_s));
        Prompts::setNextAnswer(QMessageBox::Discard);
        window.actions().close->trigger();
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(!QFile::exists(SidecarFile::pathFor(m_article)));

        QVERIFY(openIn(window, m_article));
        makeSampleEdits(window);
        Prompts::setNextAnswer(QMessageBox::Save);
        QVERIFY(window.close());
        QVERIFY(SidecarFile::read(SidecarFile::pathFor(m_article)).ok());
    }

    void saveAsWritesElsewhere()
    {
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        makeSampleEdits(window);
        const QString elsewhere = m_dir.filePath(u"elsewhere.whosaid.json"_s);
        Prompts::setNextFileName(elsewhere);
        window.editActions().saveAs->trigger();
        QVERIFY(SidecarFile::read(elsewhere).ok());
        QVERIFY(!QFile::exists(SidecarFile::pathFor(m_article)));
        QCOMPARE(window.currentTab()->session()->sidecarPath(), elsewhere);
        QVERIFY(!window.isWindowModified());
    }

    void reanalysisKeepsHandEdits()
    {
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        makeSampleEdits(window);
        ArticleSession *session = window.currentTab()->session();
        QSignalSpy replaced(session, &ArticleSession::annotationsReplaced);
        window.editActions().reanalyse->trigger();
        QTRY_COMPARE(replaced.size(), 1);
        checkSampleEdits(*session->annotations());
        QVERIFY(session->isModified()); // the edits are still unsaved
        QCOMPARE(session->undoStack()->count(), 0);
        QTRY_VERIFY(window.currentTab()->view()->highlightsComplete());
    }

    void articleChangedOnDisk()
    {
        MainWindow window;
        QVERIFY(openIn(window, m_article));
        makeSampleEdits(window);
        ArticleSession *session = window.currentTab()->session();
        QSignalSpy replaced(session, &ArticleSession::annotationsReplaced);
        // A paragraph added at the top, and the one with the rejected quote gone.
        QString text = QString::fromUtf8(readAll(m_article));
        const qsizetype cut = text.indexOf(u"Mayor Rolf Haugen"_s);
        text.remove(cut, text.indexOf(u'\n', cut) - cut + 1);
        text.insert(text.indexOf(u'\n') + 1, u"\nA new first paragraph, written later.\n"_s);
        writeFile(m_article, text.toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(replaced.size(), 1, 10000);
        QCOMPARE(session->document()->text(), text);
        const AnnotationSet &set = *session->annotations();
        const QuoteRecord &first = set.quote(rowOf(set, u"The harbour wall"));
        // Still Haugen's, whom the article now only calls "Haugen".
        QVERIFY(set.speaker(set.indexOfSpeaker(first.speaker)).answersTo(u"Haugen"));
        QCOMPARE(first.review, ReviewState::Corrected);
        // The rejected quote's text is gone: listed, and kept.
        QCOMPARE(set.unplaced().size(), 1);
        auto *dialog = window.findChild<QMessageBox *>(u"unplacedDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->detailedText().contains(u"Every family"_s));
        QVERIFY(session->isModified());
        QTRY_VERIFY(window.currentTab()->view()->highlightsComplete());
        QCOMPARE(window.currentTab()->view()->document()->toPlainText(), text);
    }

    void readingPositionIsKeptAcrossRestarts()
    {
        // Long enough to scroll. The reader picks a quote two thirds down in the quote table (the
        // text follows), reads on a little and quits.
        const QString article = m_dir.filePath(u"long.txt"_s);
        writeFile(article, GuiBenchmark::article(qsizetype(64) * 1024).toUtf8());
        int row = -1;
        qsizetype top = 0;
        {
            MainWindow window;
            ArticleView *view = openIn(window, article);
            QVERIFY(view);
            const DocumentTab *tab = window.currentTab();
            const QList<int> listed = listedRows(*tab->session());
            row = listed.at(listed.size() * 2 / 3);
            quoteTable(window)->selectionModel()->setCurrentIndex(
                tab->quoteFilter()->mapFromSource(tab->quoteModel()->index(row, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QCOMPARE(view->currentRow(), row);
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 3);
            top = view->readingPosition();
            QVERIFY(top > view->document()->characterCount() / 2);
            window.close(); // every open article keeps its place
        }
        // As after a restart: the article opens where it was left, the quote selected in the text
        // and in the table; an article never read opens at the top.
        MainWindow window;
        ArticleView *view = openIn(window, article);
        QVERIFY(view);
        QCOMPARE(view->readingPosition(), top);
        QCOMPARE(view->currentRow(), row);
        QCOMPARE(tableRow(window), row);
        ArticleView *other = open(window, m_article);
        QVERIFY(other);
        QCOMPARE(other->readingPosition(), 0);
        QCOMPARE(other->currentRow(), -1);
        // Closing one tab keeps its place too, for when it is opened again in this run.
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(view->readingPosition(), 0);
        window.setFocus();
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentTab()->view(), view);
        window.actions().close->trigger();
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(ReadingPositions::find(article)->top, 0);
    }

    void readingPositionsAreBounded()
    {
        const auto path = [this](int i) { return m_dir.filePath(u"read-%1.txt"_s.arg(i)); };
        for (int i = 0; i <= ReadingPositions::MaxArticles; ++i)
            ReadingPositions::store(path(i), {qsizetype(i) * 10, i});
        // The one read longest ago is forgotten; storing one again makes it the newest.
        QVERIFY(!ReadingPositions::find(path(0)));
        QCOMPARE(ReadingPositions::find(path(1)), (ReadingPosition{10, 1}));
        ReadingPositions::store(path(1), {11, -1});
        ReadingPositions::store(path(ReadingPositions::MaxArticles + 1), {0, -1});
        QCOMPARE(ReadingPositions::find(path(1)), (ReadingPosition{11, -1}));
        QVERIFY(!ReadingPositions::find(path(2)));
    }

    void aNewUsersSession()
    {
        // Issue 5's walk-through on a sample article: three attributions fixed, two speakers
        // merged, a quote added and deleted, all undone and redone, saved, reopened.
        const QString article = m_dir.filePath(u"sample.txt"_s);
        QVERIFY(QFile::copy(qEnvironmentVariable("WHOSAID_SHARED_DIR")
                                + u"/samples/000_cd9c89b401a7a44a.txt"_s,
                            article));
        QFile::setPermissions(article, QFile::ReadOwner | QFile::WriteOwner);
        QList<std::pair<QuoteRecord, QString>> handMade; // with the speaker's name
        {
            MainWindow window;
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ArticleView *view = open(window, article);
            QVERIFY(view);
            view->setFocus();
            ArticleSession *session = window.currentTab()->session();
            const AnnotationSet &set = *session->annotations();
            const QList<QuoteRecord> original = set.quotes();
            const auto give = [&](QStringView quote, const QString &typed) {
                view->showRow(rowOf(set, quote));
                QTest::keyClick(view, Qt::Key_S);
                QTest::keyClicks(window.currentTab()->speakerPicker()->edit(), typed);
                QTest::keyClick(window.currentTab()->speakerPicker()->edit(), Qt::Key_Return);
            };
            give(u"If I were president", u"Zelensky"_s);
            give(u"that the night before", u"Zelensky"_s);
            give(u"As President Trump stated", u"Trump"_s);
            QCOMPARE(set.speakerName(set.quote(rowOf(set, u"If I were president")).speaker),
                     u"Volodymyr Zelensky"_s);

            auto *speakers = window.findChild<QTableView *>(u"speakerList"_s);
            speakers->clearSelection();
            for (const QString &name : {u"Ukraine"_s, u"Volodymyr Zelensky"_s}) {
                speakers->selectionModel()->select(
                    speakers->model()->index(set.findSpeaker(name), 0),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            window.editActions().mergeSpeakers->trigger();
            QCOMPARE(set.findSpeaker(u"Ukraine"), set.findSpeaker(u"Volodymyr Zelensky"));

            const qsizetype from = set.document().text().indexOf(u"Alaska"_s);
            QTextCursor cursor(view->document());
            cursor.setPosition(int(from));
            cursor.setPosition(int(from + 6), QTextCursor::KeepAnchor);
            view->setTextCursor(cursor);
            const int before = set.quoteCount();
            QTest::keyClick(view, Qt::Key_Q);
            QTest::keyClick(window.currentTab()->speakerPicker()->edit(), Qt::Key_Escape);
            QCOMPARE(set.quoteCount(), before + 1);
            QTest::keyClick(view, Qt::Key_Delete);
            QCOMPARE(set.quoteCount(), before);

            const QList<QuoteRecord> final = set.quotes();
            for (const QuoteRecord &quote : final) {
                if (quote.isHandMade())
                    handMade.append({quote, set.speakerName(quote.speaker)});
            }
            QCOMPARE(handMade.size(), 3);
            const QList<SpeakerRecord> finalSpeakers = set.speakers();
            const int steps = session->undoStack()->count();
            QCOMPARE(steps, 6);
            for (int i = 0; i < steps; ++i)
                QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(set.quotes() == original);
            QVERIFY(!window.isWindowModified());
            for (int i = 0; i < steps; ++i)
                QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(set.quotes() == final);
            QVERIFY(set.speakers() == finalSpeakers);
            QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
            QVERIFY(!window.isWindowModified());
        }
        MainWindow window;
        window.show();
        QVERIFY(open(window, article));
        const AnnotationSet &set = *window.currentTab()->session()->annotations();
        for (const auto &[quote, name] : std::as_const(handMade)) {
            const QuoteRecord &again = set.quote(set.quoteAt(quote.range.start));
            QVERIFY(again.range == quote.range);
            QCOMPARE(again.review, quote.review);
            QCOMPARE(set.speakerName(again.speaker), name);
        }
        QCOMPARE(set.speakerName(set.quote(rowOf(set, u"that the night before")).speaker),
                 u"Volodymyr Zelensky"_s);
        QCOMPARE(set.speakerName(set.quote(rowOf(set, u"As President Trump stated")).speaker),
                 u"Donald Trump"_s);
        QCOMPARE(set.findSpeaker(u"Ukraine"), set.findSpeaker(u"Volodymyr Zelensky"));
    }
};

QTEST_MAIN(TestPersistence)
#include "tst_persistence.moc"
