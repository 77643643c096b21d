#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "GuiBenchmark.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "QuoteTableModel.h"
#include "SpeakerListModel.h"
#include "SpeakerPalette.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

#include <numeric>

using namespace whosaid::gui;
using namespace Qt::StringLiterals;

// Drives the real main window by object names, as a reader would.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(WHOSAID_TEST_DATA) + u"/gui/"_s + name;
    }

    // Opens an article and waits until it is analysed and every highlight is applied.
    static ArticleView *open(MainWindow &window, const QString &path)
    {
        window.openFile(path);
        DocumentTab *tab = window.currentTab();
        if (!tab)
            return nullptr;
        auto *view = tab->findChild<ArticleView *>(u"articleView"_s);
        if (!QTest::qWaitFor([view] { return view->highlightsComplete(); }, 20000))
            return nullptr;
        return view;
    }

    static QTableView *quoteTable(MainWindow &window)
    {
        return window.findChild<QTableView *>(u"quoteTable"_s);
    }

    // The source row of the quote table's current index.
    static int tableRow(MainWindow &window)
    {
        const QModelIndex current = quoteTable(window)->currentIndex();
        return current.isValid() ? current.data(QuoteTableModel::SortRole).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WhosaidTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

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
        QList<int> expected(rows);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(view->highlightedRows(), expected);
        QCOMPARE(view->document()->toPlainText(),
                 window.currentTab()->session()->document()->text());
        // The scare quote is marked, but not as speech.
        bool mention = false;
        for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
            for (const auto &range : b.layout()->formats())
                mention = mention || range.format.hasProperty(QTextFormat::UserProperty + 2);
        }
        QVERIFY(mention);
        QCOMPARE(window.findChild<QLabel *>(u"statusCounts"_s)->text(),
                 u"%1 quotes \u00b7 2 speakers"_s.arg(rows));
    }

    void largeArticleArrivesInSlicesWithEqualOffsets()
    {
        // Big enough to need many slices of text and many batches of highlights.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GuiBenchmark::article(1 << 20).toUtf8());
        file.close();
        MainWindow window;
        window.show();
        ArticleView *view = open(window, path);
        QVERIFY(view);
        const ArticleSession *session = window.currentTab()->session();
        QCOMPARE(view->document()->toPlainText(), session->document()->text());
        QVERIFY(session->speechQuotes().size() > 1000);
        QCOMPARE(view->highlightedRows().size(), session->speechQuotes().size());

        // Re-highlighting starts at the part on screen and wraps round to the top: scrolled half
        // way down, hiding a speaker must still reach every block.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        QVERIFY(view->firstVisibleBlockNumber() > 100);
        QList<int> others;
        for (int row = 0; row < session->speechQuotes().size(); ++row) {
            if (session->analysis()->attributions.at(session->speechQuotes().at(row)).speaker != 0)
                others.append(row);
        }
        QVERIFY(!others.isEmpty() && others.size() < session->speechQuotes().size());
        window.currentTab()->session()->setSpeakerVisible(0, false);
        QVERIFY(!view->highlightsComplete());
        QTRY_VERIFY(view->highlightsComplete());
        QCOMPARE(view->highlightedRows(), others);
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
        const int haugen
            = speakers->model()->index(row, 0).data(SpeakerListModel::SpeakerRole).toInt();
        QList<int> others;
        for (int r = 0; r < quotes->rowCount(); ++r) {
            const QModelIndex index = quotes->index(r, 0);
            if (index.data(QuoteTableModel::SpeakerRole).toInt() != haugen)
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
        const int speaker
            = speakers->model()->index(1, 0).data(SpeakerListModel::SpeakerRole).toInt();
        const int expected
            = speakers->model()->index(1, SpeakerListModel::QuotesColumn).data().toInt();
        QVERIFY(expected > 0 && expected < all);
        QCOMPARE(quotes->rowCount(), expected);
        for (int row = 0; row < quotes->rowCount(); ++row)
            QCOMPARE(quotes->index(row, 0).data(QuoteTableModel::SpeakerRole).toInt(), speaker);
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
        const auto startOf = [session](int row) {
            return int(session->analysis()->quotes.at(session->speechQuotes().at(row)).outer.start);
        };

        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentRow(), 0);
        QCOMPARE(tableRow(window), 0);
        QCOMPARE(view->textCursor().position(), startOf(0));
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentRow(), 1);
        QCOMPARE(tableRow(window), 1);
        QCOMPARE(view->textCursor().position(), startOf(1));
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentRow(), 0);
        QCOMPARE(tableRow(window), 0);
        QCOMPARE(view->textCursor().position(), startOf(0));
        // K at the first quote stays there and says so.
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentRow(), 0);
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
        for (int row = 0; row < session->speechQuotes().size(); ++row) {
            if (session->analysis()->attributions.at(session->speechQuotes().at(row)).confidence
                < 0.5)
                low.append(row);
        }
        QVERIFY(low.size() >= 2);
        QVERIFY(low.size() < session->speechQuotes().size());
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

    void dropOpensFiles()
    {
        MainWindow window;
        window.show();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(fixture(u"harbour.txt"_s)),
                       QUrl::fromLocalFile(fixture(u"council.txt"_s))});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.tabCount(), 2);
        QTRY_VERIFY(window.currentTab()->isReady());
        delete mime;
    }

    void selectingARowScrollsToTheQuote()
    {
        MainWindow window;
        window.resize(1000, 360);
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        QTableView *table = quoteTable(window);
        const int last = table->model()->rowCount() - 1;
        const ArticleSession *session = window.currentTab()->session();
        QTextCursor cursor(view->document());
        cursor.setPosition(
            int(session->analysis()->quotes.at(session->speechQuotes().at(last)).outer.start));
        QVERIFY2(!view->viewport()->rect().contains(view->cursorRect(cursor)),
                 "the last quote should start off screen before it is selected");

        table->selectionModel()->setCurrentIndex(table->model()->index(last, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
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
        const auto range = session->analysis()->quotes.at(session->speechQuotes().at(2)).outer;
        QTextCursor cursor(view->document());
        cursor.setPosition(int((range.start + range.end) / 2));
        const QPoint point = view->cursorRect(cursor).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(view->currentRow(), 2);
        QCOMPARE(tableRow(window), 2);
    }

    void coloursAreStableAcrossRuns()
    {
        QList<QColor> colours[2];
        QStringList names[2];
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
        QCOMPARE(first->currentRow(), 1);
        ArticleView *second = open(window, fixture(u"council.txt"_s));
        QVERIFY(second);
        auto *tabs = window.findChild<QTabWidget *>(u"documentTabs"_s);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 1);
        // The docks follow the current tab.
        QCOMPARE(quoteTable(window)->model()->rowCount(),
                 window.currentTab()->session()->speechQuotes().size());
        QVERIFY(quoteTable(window)->model()->rowCount()
                != tabs->widget(0)->findChild<ArticleView *>()->highlightedRows().size());

        QTest::keyClick(second, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(first->currentRow(), 1);
        QCOMPARE(tableRow(window), 1);
        QTest::keyClick(first, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        // Opening an open file again switches to it instead of a second tab.
        window.openFile(fixture(u"harbour.txt"_s));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void findAndZoom()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *edit = window.currentTab()->findChild<QLineEdit *>(u"findEdit"_s);
        QVERIFY(edit && edit->isVisible());
        QTest::keyClicks(edit, u"waterline"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view->textCursor().selectedText(), u"waterline"_s);

        const int size = view->font().pointSize();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->font().pointSize(), size + 1);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->font().pointSize(), size);
    }

    void hoverShowsTheAttribution()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        const ArticleSession *session = window.currentTab()->session();
        const auto range = session->analysis()->quotes.at(session->speechQuotes().at(0)).outer;
        QTextCursor cursor(view->document());
        cursor.setPosition(int((range.start + range.end) / 2));
        const QPoint point = view->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"Dana Whitfield"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"direct"_s));
        QVERIFY(tip.contains(u"Confidence"_s));
        QVERIFY(tip.contains(u"\u201csaid\u201d"_s)); // the cue
        QToolTip::hideText();
    }

    void darkPaletteRegeneratesTheColours()
    {
        MainWindow window;
        window.show();
        ArticleView *view = open(window, fixture(u"harbour.txt"_s));
        QVERIFY(view);
        const DocumentTab *tab = window.currentTab();
        QVERIFY(!tab->palette().isDark());
        const QColor lightFill = tab->palette().fill(0);
        QPalette dark = window.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        window.setPalette(dark);
        QTRY_VERIFY(tab->palette().isDark());
        QTRY_VERIFY(view->highlightsComplete());
        QVERIFY(tab->palette().fill(0) != lightFill);
        // The laid-out highlights use the new, dark fills, readable under light text.
        bool checked = false;
        for (QTextBlock b = view->document()->begin(); b.isValid() && !checked; b = b.next()) {
            for (const auto &range : b.layout()->formats()) {
                if (!range.format.hasProperty(QTextFormat::UserProperty + 1))
                    continue;
                const QColor fill = range.format.background().color();
                QVERIFY(SpeakerPalette::contrast(fill, dark.color(QPalette::Text))
                        >= SpeakerPalette::MinimumContrast);
                QVERIFY(SpeakerPalette::luminance(fill) < 0.2);
                checked = true;
                break;
            }
        }
        QVERIFY(checked);
    }

    void iconsLoadFromSvg()
    {
        MainWindow window;
        QVERIFY(!window.windowIcon().isNull());
        // Drawn from the SVG at any size: sharp on high-DPI screens.
        QCOMPARE(window.windowIcon().pixmap(QSize(128, 128)).size(), QSize(128, 128));
        QVERIFY(!window.actions().open->icon().pixmap(QSize(48, 48)).isNull());
    }

    void shortcutsHelpListsTheKeys()
    {
        MainWindow window;
        window.show();
        window.actions().shortcuts->trigger();
        auto *dialog = window.findChild<QDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys.append(table->item(row, 1)->text());
        for (const QString &key : {u"J"_s, u"K"_s, u"L"_s, u"Ctrl+F"_s, u"Ctrl+PgDown"_s})
            QVERIFY2(keys.contains(key), qPrintable(keys.join(u", "_s)));
    }

    void recentFilesPersist()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(open(window, fixture(u"council.txt"_s)));
        }
        const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(), QFileInfo(fixture(u"council.txt"_s)).absoluteFilePath());
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(u"recentMenu"_s);
        QVERIFY(menu);
        QVERIFY(menu->actions().first()->text().contains(u"council.txt"_s));
        menu->actions().first()->trigger();
        QCOMPARE(window.tabCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
