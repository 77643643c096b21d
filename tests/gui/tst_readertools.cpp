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
#include <QDockWidget>
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

#include <numeric>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace Qt::StringLiterals;

// The reader's tools around the text: find, zoom, tooltips, palette changes, icons, shortcuts
// help, recent files and drag-and-drop, on the real main window.
class TestReaderTools final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_readertools"_s); }

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
        const auto range = session->annotations()->quote(listedRows(*session).at(0)).range;
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
                if (!range.format.hasProperty(QuoteHighlighter::SpeechProperty))
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

    void dockLayoutAndGeometryPersist()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1111, 777);
            auto *quotes = window.findChild<QDockWidget *>(u"quotesDock"_s);
            QVERIFY(quotes && quotes->isVisible());
            quotes->hide();
            window.close(); // saves on close
        }
        MainWindow window;
        window.show();
        QVERIFY(!window.findChild<QDockWidget *>(u"quotesDock"_s)->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(u"speakersDock"_s)->isVisible());
        QCOMPARE(window.size(), QSize(1111, 777));
        window.findChild<QDockWidget *>(u"quotesDock"_s)->show();
        window.close();
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
};

QTEST_MAIN(TestReaderTools)
#include "tst_readertools.moc"
