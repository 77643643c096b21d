// The reader under a German locale: the catalogue that main() loads turns the real main
// window's menus, docks and quote table into German.

#include "../gui/GuiTestSupport.h"
#include "MainWindow.h"
#include "QuoteTableModel.h"
#include "Translations.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace Qt::StringLiterals;

class TestReaderGerman final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusAreGerman();
    void quoteTableIsGerman();
};

void TestReaderGerman::initTestCase()
{
    isolateSettings(u"tst_reader_german"_s);
    QVERIFY(whosaid::i18n::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
}

void TestReaderGerman::menusAreGerman()
{
    MainWindow window;
    QStringList menus;
    for (const QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    QCOMPARE(menus,
             (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"A&nnotieren"_s, u"&Ansicht"_s,
                          u"&Gehe zu"_s, u"&Hilfe"_s}));
    QCOMPARE(window.findChild<QDockWidget *>(u"speakersDock"_s)->windowTitle(), u"Sprecher"_s);
    QCOMPARE(window.findChild<QDockWidget *>(u"quotesDock"_s)->windowTitle(), u"Zitate"_s);
}

void TestReaderGerman::quoteTableIsGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(open(window, fixture(u"harbour.txt"_s)));
    const QAbstractItemModel *model = quoteTable(window)->model();
    QCOMPARE(model->headerData(QuoteTableModel::KindColumn, Qt::Horizontal).toString(), u"Art"_s);
    QStringList kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds.append(model->index(row, QuoteTableModel::KindColumn).data().toString());
    QVERIFY2(kinds.contains(u"direkt"_s), qPrintable(kinds.join(u", "_s)));
}

QTEST_MAIN(TestReaderGerman)
#include "tst_reader_german.moc"
