#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "GuiBenchmark.h"
#include "GuiTestSupport.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "QuoteHighlighter.h"
#include "QuoteTableModel.h"
#include "SpeakerListModel.h"
#include "SpeakerPalette.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

#include <array>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace Qt::StringLiterals;

namespace {

// A generated article of 1 MB in dir, big enough to need many slices of text and many batches
// of highlights; its path, or an empty string when it cannot be written.
QString writeLargeArticle(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"large.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(GuiBenchmark::article(1 << 20).toUtf8()) < 0)
        return {};
    return path;
}

} // namespace

// Drives the real main window by object names, as a reader would: opening, highlights, speakers,
// keyboard and table navigation, tabs, errors.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_mainwindow"_s); }

    void highlightsMatchTheModel()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        QTableView *table = quoteTable(window);
        QVERIFY(table);
        const int rows = table->model()->rowCount();
        QVERIFY(rows >= 5);
        const QList<int> expected = listedRows(*window.currentTab()->session());
        QCOMPARE(expected.size(), rows);
        QCOMPARE(view->highlightedRows(), expected);
        QCOMPARE(view->document()->toPlainText(),
                 window.currentTab()->session()->document()->text());
        // The scare quote is marked, but not as speech.
        bool mention = false;
        for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
            for (const auto &range : b.layout()->formats())
                mention = mention || range.format.hasProperty(QuoteHighlighter::MentionProperty);
        }
        QVERIFY(mention);
        QCOMPARE(window.findChild<QLabel *>(u"statusCounts"_s)->text(),
                 u"%1 quotes \u00b7 2 speakers"_s.arg(rows));
    }

    void largeArticleArrivesInSlicesWithEqualOffsets()
    {
        QTemporaryDir dir;
        const QString path = writeLargeArticle(dir);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        ArticleView *view = open(window, path);
        QVERIFY(view);
        const ArticleSession *session = window.currentTab()->session();
        QCOMPARE(view->document()->toPlainText(), session->document()->text());
        const QList<int> listed = listedRows(*session);
        QVERIFY(listed.size() > 1000);
        QCOMPARE(view->highlightedRows().size(), listed.size());

        // Re-highlighting starts at the part on screen and wraps round to the top: scrolled half
        // way down, hiding a speaker must still reach every block.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        QVERIFY(view->firstVisibleBlockNumber() > 100);
        QList<int> others;
        const QString first = session->annotations()->speaker(0).id;
        for (const int row : listed) {
            if (session->annotations()->quote(row).speaker != first)
                others.append(row);
        }
        QVERIFY(!others.isEmpty() && others.size() < listed.size());
        window.currentTab()->session()->setSpeakerVisible(first, false);
        QVERIFY(!view->highlightsComplete());
        QTRY_VERIFY(view->highlightsComplete());
        QCOMPARE(view->highlightedRows(), others);
    }

    void scrollingWhileTheTextArrivesIsKept()
    {
        // The reader scrolls as soon as the first slice shows: the later slices and the
        // highlights leave the view where it is, with the caret at the start.
        QTemporaryDir dir;
        const QString path = writeLargeArticle(dir);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.show();
        window.openFile(path);
        ArticleView *view = window.currentTab()->view();
        int topBlock = -1;
        connect(window.currentTab()->session(), &ArticleSession::loaded, view, [&] {
            QVERIFY(!view->isTextComplete());
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
            topBlock = view->firstVisibleBlockNumber();
            QVERIFY(topBlock > 0);
        });
        QTRY_VERIFY(window.currentTab()->isReady() && view->highlightsComplete());
        // (The scroll bar counts lines, which change as blocks are laid out; the top block stays.)
        QCOMPARE(view->firstVisibleBlockNumber(), topBlock);
        QCOMPARE(view->textCursor().position(), 0);
    }

    void hidingASpeakerRemovesExactlyItsHighlights()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        auto *speakers = window.findChild<QTableView *>(u"speakerList"_s);
        QVERIFY(speakers && speakers->model());
        QAbstractItemModel *quotes = quoteTable(window)->model();
        const QList<int> all = view->highlightedRows();

        int row = 0;
        while (row < speakers->model()->rowCount()
               && speakers->model()->index(row, 0).data().toString() != u"Rolf Haugen"_s)
            ++row;
        QVERIFY(row < speakers->model()->rowCount());
        const QString haugen
            = speakers->model()->index(row, 0).data(SpeakerListModel::SpeakerRole).toString();
        QList<int> others;
        for (int r = 0; r < quotes->rowCount(); ++r) {
            const QModelIndex index = quotes->index(r, 0);
            if (index.data(QuoteTableModel::SpeakerRole).toString() != haugen)
                others.append(index.data(QuoteTableModel::SortRole).toInt());
        }
        std::sort(others.begin(), others.end());
        QVERIFY(!others.isEmpty() && others.size() < all.size());

        const QModelIndex check = speakers->model()->index(row, SpeakerListModel::NameColumn);
        QVERIFY(speakers->model()->setData(check, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_VERIFY(view->highlightsComplete());
        QCOMPARE(view->highlightedRows(), others);

        QVERIFY(speakers->model()->setData(check, Qt::Checked, Qt::CheckStateRole));
        QTRY_VERIFY(view->highlightsComplete());
        QCOMPARE(view->highlightedRows(), all);
    }

    void selectingASpeakerFiltersTheQuotes()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, fixture(u"harbour.txt"_s)));
        auto *speakers = window.findChild<QTableView *>(u"speakerList"_s);
        QAbstractItemModel *quotes = quoteTable(window)->model();
        const int all = quotes->rowCount();
        speakers->selectRow(1);
        const QString speaker
            = speakers->model()->index(1, 0).data(SpeakerListModel::SpeakerRole).toString();
        const int expected
            = speakers->model()->index(1, SpeakerListModel::QuotesColumn).data().toInt();
        QVERIFY(expected > 0 && expected < all);
        QCOMPARE(quotes->rowCount(), expected);
        for (int row = 0; row < quotes->rowCount(); ++row)
            QCOMPARE(quotes->index(row, 0).data(QuoteTableModel::SpeakerRole).toString(), speaker);
        speakers->clearSelection();
        QCOMPARE(quotes->rowCount(), all);
    }

    void jAndKMoveTextAndTableTogether()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        const ArticleSession *session = window.currentTab()->session();
        const QList<int> rows = listedRows(*session);
        const auto startOf = [session, rows](int n) {
            return int(session->annotations()->quote(rows.at(n)).range.start);
        };

        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentRow(), rows.at(0));
        QCOMPARE(tableRow(window), rows.at(0));
        QCOMPARE(view->textCursor().position(), startOf(0));
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentRow(), rows.at(1));
        QCOMPARE(tableRow(window), rows.at(1));
        QCOMPARE(view->textCursor().position(), startOf(1));
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentRow(), rows.at(0));
        QCOMPARE(tableRow(window), rows.at(0));
        QCOMPARE(view->textCursor().position(), startOf(0));
        // K at the first quote stays there and says so.
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentRow(), rows.at(0));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void lJumpsToLowConfidenceQuotes()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ArticleView *view = open(window, fixture(u"station.txt"_s));
        QVERIFY(view);
        const ArticleSession *session = window.currentTab()->session();
        QList<int> low;
        const QList<int> rows = listedRows(*session);
        for (const int row : rows) {
            if (session->annotations()->quote(row).confidence < 0.5)
                low.append(row);
        }
        QVERIFY(low.size() >= 2);
        QVERIFY(low.size() < rows.size());
        view->setFocus();
        for (const int row : low) {
            QTest::keyClick(view, Qt::Key_L);
            QCOMPARE(view->currentRow(), row);
            QCOMPARE(tableRow(window), row);
        }
        QTest::keyClick(view, Qt::Key_L);
        QCOMPARE(view->currentRow(), low.last());
        QVERIFY(window.statusBar()->currentMessage().contains(u"low-confidence"_s));
    }

    void selectingARowScrollsToTheQuote()
    {
        MainWindow window;
        window.resize(1000, 360);
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        QTableView *table = quoteTable(window);
        const ArticleSession *session = window.currentTab()->session();
        const int last = listedRows(*session).last();
        QTextCursor cursor(view->document());
        cursor.setPosition(int(session->annotations()->quote(last).range.start));
        QVERIFY2(!view->viewport()->rect().contains(view->cursorRect(cursor)),
                 "the last quote should start off screen before it is selected");

        table->selectionModel()->setCurrentIndex(
            table->model()->index(table->model()->rowCount() - 1, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(view->currentRow(), last);
        QTRY_VERIFY(view->viewport()->rect().contains(view->cursorRect(cursor)));
        QCOMPARE(view->textCursor().position(), cursor.position());
    }

    void clickingAQuoteSelectsItsRow()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        const ArticleSession *session = window.currentTab()->session();
        const int third = listedRows(*session).at(2);
        const auto range = session->annotations()->quote(third).range;
        QTextCursor cursor(view->document());
        cursor.setPosition(int((range.start + range.end) / 2));
        const QPoint point = view->cursorRect(cursor).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(view->currentRow(), third);
        QCOMPARE(tableRow(window), third);
    }

    void coloursAreStableAcrossRuns()
    {
        std::array<QList<QColor>, 2> colours;
        std::array<QStringList, 2> names;
        for (auto run : {0, 1}) {
            MainWindow window;
            window.show();
            ArticleView *view = open(window, fixture(u"harbour.txt"_s));
            QVERIFY(view);
            DocumentTab *tab = window.currentTab();
            names[run] = tab->session()->speakerNames();
            for (int s = 0; s < names[run].size(); ++s)
                colours[run].append(tab->palette().strong(s));
        }
        QCOMPARE(names[0], names[1]);
        QCOMPARE(colours[0], colours[1]);
        QVERIFY(colours[0].at(0) != colours[0].at(1));
    }

    void badFilesShowAMessage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                              20)
                                       .repeated(50);
    }

    void badFilesShowAMessage()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.txt"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        MainWindow window;
        window.show();
        window.openFile(path);
        QTRY_VERIFY(!window.message().isEmpty());
        QVERIFY(window.message().contains(u"article.txt"_s));
        QTRY_COMPARE(window.tabCount(), 0);
        auto *dismiss = window.findChild<QToolButton *>(u"messageDismiss"_s);
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(window.message().isEmpty());
        // The window still works: a good article opens afterwards.
        QVERIFY(open(window, fixture(u"harbour.txt"_s)));
        QCOMPARE(window.tabCount(), 1);
    }

    void tabsKeepTheirReadingPosition()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ArticleView *first = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(first);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_J);
        QTest::keyClick(first, Qt::Key_J);
        const int secondRow = listedRows(*window.currentTab()->session()).at(1);
        QCOMPARE(first->currentRow(), secondRow);
        ArticleView *second = open(window, fixture(u"council.txt"_s));
        QVERIFY(second);
        auto *tabs = window.findChild<QTabWidget *>(u"documentTabs"_s);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 1);
        // The docks follow the current tab.
        QCOMPARE(quoteTable(window)->model()->rowCount(),
                 listedRows(*window.currentTab()->session()).size());
        QVERIFY(quoteTable(window)->model()->rowCount()
                != tabs->widget(0)->findChild<ArticleView *>()->highlightedRows().size());

        QTest::keyClick(second, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(first->currentRow(), secondRow);
        QCOMPARE(tableRow(window), secondRow);
        QTest::keyClick(first, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        // Opening an open file again switches to it instead of a second tab.
        window.openFile(fixture(u"harbour.txt"_s));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
