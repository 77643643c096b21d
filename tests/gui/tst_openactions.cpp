#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OpenActions.h"
#include "Prompts.h"
#include "annotation/SidecarFile.h"
#include "formats/FormatSniffer.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace whosaid;
using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace Qt::StringLiterals;

namespace {

QAction *action(const MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

QMenu *encodingMenu(const MainWindow &window)
{
    return window.findChild<QMenu *>(u"reopenWithEncodingMenu"_s);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits until the current tab is analysed and every highlight is applied.
ArticleView *waitForCurrent(const MainWindow &window)
{
    DocumentTab *tab = window.currentTab();
    if (!tab)
        return nullptr;
    if (!QTest::qWaitFor([tab] { return tab->isReady() && tab->view()->highlightsComplete(); },
                         20000))
        return nullptr;
    return tab->view();
}

} // namespace

// File › Open's filters, File › New from Clipboard and File › Reopen with Encoding, driven
// through the real window's actions.
class TestOpenActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_openactions"_s); }

    void openFilterListsEverySupportedSuffix()
    {
        const QStringList filters = OpenActions::openFilter().split(u";;"_s);
        QVERIFY(filters.first().startsWith(u"All supported articles ("_s));
        QCOMPARE(filters.last(), u"All files (*)"_s);
        const QList<formats::Format> formats = formats::FormatSniffer::openableFormats();
        // One filter for all, one per format, and All files.
        QCOMPARE(filters.size(), formats.size() + 2);
        const QStringList all = filters.first().section(u'(', 1).chopped(1).split(u' ');
        QStringList expected;
        for (const formats::Format format : formats) {
            for (const QString &extension : formats::FormatSniffer::extensions(format)) {
                QVERIFY(formats::FormatSniffer::isSupportedName(u"a."_s + extension));
                expected.append(u"*."_s + extension);
            }
        }
        QCOMPARE(all, expected);
        for (const QString &suffix :
             {u"*.txt"_s, u"*.html"_s, u"*.htm"_s, u"*.xhtml"_s, u"*.docx"_s, u"*.odt"_s,
              u"*.pdf"_s, u"*.epub"_s, u"*.md"_s, u"*.markdown"_s})
            QVERIFY2(all.contains(suffix), qPrintable(suffix));
    }

    // A folder named on the command line or dropped opens the articles in it.
    void aFolderOpensItsArticles()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"b.txt"_s, u"a.html"_s, u"photo.jpg"_s, u"notes.json"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(readAll(fixture(u"harbour.txt"_s)));
        }
        QVERIFY(QDir(dir.path()).mkdir(u"inner"_s));
        QCOMPARE(OpenActions::articlesIn({dir.path()}),
                 (QStringList{dir.filePath(u"a.html"_s), dir.filePath(u"b.txt"_s)}));
        MainWindow window;
        window.openFiles({dir.path()});
        QCOMPARE(window.tabCount(), 2);
    }

    void newFromClipboardOpensThePastedText()
    {
        const QString text = QString::fromUtf8(readAll(fixture(u"harbour.txt"_s)));
        QVERIFY(!text.isEmpty());
        QGuiApplication::clipboard()->setText(text);
        MainWindow window;
        window.show();
        QAction *paste = action(window, u"newFromClipboardAction"_s);
        QVERIFY(paste);
        QCOMPARE(paste->shortcut(), QKeySequence(u"Ctrl+Shift+V"_s));
        paste->trigger();
        QCOMPARE(window.tabCount(), 1);
        ArticleView *view = waitForCurrent(window);
        QVERIFY(view);
        ArticleSession *session = window.currentTab()->session();
        QVERIFY(session->isInMemory());
        QCOMPARE(session->title(), u"Pasted text 1"_s);
        QCOMPARE(window.findChild<QTabWidget *>(u"documentTabs"_s)->tabText(0), u"Pasted text 1"_s);
        QCOMPARE(session->document()->text(), text);
        QCOMPARE(view->document()->toPlainText(), text);
        QVERIFY(rowOf(*session->annotations(), u"The harbour wall") >= 0);
        QVERIFY(listedRows(*session).size() >= 5);
        // No file, so no encoding to choose.
        QVERIFY(!encodingMenu(window)->menuAction()->isEnabled());

        // Save has no sidecar beside a file: it asks where, as Save As does.
        QTemporaryDir dir;
        const QString sidecar = dir.filePath(u"pasted.whosaid.json"_s);
        Prompts::setNextFileName(sidecar);
        action(window, u"saveAction"_s)->trigger();
        QVERIFY(QFile::exists(sidecar));
        QCOMPARE(session->sidecarPath(), sidecar);
        QVERIFY(!session->isModified());
        QVERIFY(annotation::SidecarFile::read(sidecar).ok());

        // A second paste is a second article.
        paste->trigger();
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentTab()->session()->title(), u"Pasted text 2"_s);
        QVERIFY(waitForCurrent(window));
    }

    void newFromClipboardTakesHtmlWhenThereIsNoText()
    {
        auto *mime = new QMimeData;
        mime->setHtml(u"<html><body><p>\u201cThe ferry will sail again tomorrow,\u201d said "
                      "Dana Whitfield, the chief inspector.</p></body></html>"_s);
        QGuiApplication::clipboard()->setMimeData(mime);
        MainWindow window;
        action(window, u"newFromClipboardAction"_s)->trigger();
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(waitForCurrent(window));
        const ArticleSession *session = window.currentTab()->session();
        QCOMPARE(session->document()->loader, u"html"_s);
        QVERIFY(!session->document()->text().contains(u"<p>"_s));
        QVERIFY(rowOf(*session->annotations(), u"The ferry will sail") >= 0);
    }

    void emptyClipboardOpensNothing()
    {
        QGuiApplication::clipboard()->clear();
        MainWindow window;
        action(window, u"newFromClipboardAction"_s)->trigger();
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        QGuiApplication::clipboard()->setText(u"  \n  "_s);
        action(window, u"newFromClipboardAction"_s)->trigger();
        QCOMPARE(window.tabCount(), 0);
    }

    void reopenWithEncodingChangesTheText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cafe.txt"_s);
        // Windows-1252: é is E9, the curly quotes 93/94, the apostrophe 92.
        QVERIFY(writeFile(path,
                          "Caf\xe9 reopens in Kettleby\n\n"
                          "\x93We\x92re open again from Monday,\x94 said Ren\xe9 Dupont, "
                          "the caf\xe9's owner. \x93The regulars never left.\x94\n"));
        MainWindow window;
        window.show();
        ArticleView *view = open(window, path);
        QVERIFY(view);
        ArticleSession *session = window.currentTab()->session();
        QMenu *menu = encodingMenu(window);
        QVERIFY(menu && menu->menuAction()->isEnabled());
        QCOMPARE(menu->actions().size(), OpenActions::encodings().size());

        // Read as Cyrillic KOI8-R, the accents become other letters.
        const QString before = session->document()->text();
        action(window, u"reopenAs:KOI8-R"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session->document()->text() != before
                                     || session->document()->encoding == u"KOI8-R"_s,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isReanalysing(), 10000);
        const QString koi8 = session->document()->text();
        QVERIFY(!koi8.contains(u"Caf\u00e9"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->document()->toPlainText(), koi8, 10000);

        // Read as Windows-1252 again: the text the author wrote.
        action(window, u"reopenAs:windows-1252"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session->document()->text() != koi8, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isReanalysing(), 10000);
        const QString text = session->document()->text();
        QVERIFY(text.startsWith(u"Caf\u00e9 reopens"_s));
        QVERIFY(text.contains(u"We\u2019re open again"_s));
        QVERIFY(text.contains(u"Ren\u00e9 Dupont"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->document()->toPlainText(), text, 10000);
        QTRY_VERIFY(view->highlightsComplete());
        QVERIFY(rowOf(*session->annotations(), u"We\u2019re open again") >= 0);
    }

    void reopenWithEncodingIsOnlyForPlainText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"page.html"_s);
        QVERIFY(writeFile(path,
                          "<!doctype html><html><body><p>\xe2\x80\x9cWe sail at dawn,"
                          "\xe2\x80\x9d said the captain.</p></body></html>"));
        MainWindow window;
        window.show();
        QVERIFY(!encodingMenu(window)->menuAction()->isEnabled());
        QVERIFY(open(window, path));
        QVERIFY(!encodingMenu(window)->menuAction()->isEnabled());
        QVERIFY(open(window, fixture(u"harbour.txt"_s)));
        QVERIFY(encodingMenu(window)->menuAction()->isEnabled());
    }
};

QTEST_MAIN(TestOpenActions)
#include "tst_openactions.moc"
