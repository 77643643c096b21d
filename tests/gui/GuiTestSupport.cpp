#include "GuiTestSupport.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "MainWindow.h"
#include "QuoteTableModel.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace whosaid::guitest {

using namespace Qt::StringLiterals;

QString fixture(const QString &name)
{
    return QStringLiteral(WHOSAID_TEST_DATA) + u"/gui/"_s + name;
}

gui::ArticleView *open(gui::MainWindow &window, const QString &path)
{
    window.openFile(path);
    gui::DocumentTab *tab = window.currentTab();
    if (!tab)
        return nullptr;
    auto *view = tab->findChild<gui::ArticleView *>(u"articleView"_s);
    if (!QTest::qWaitFor([view] { return view->highlightsComplete(); }, 20000))
        return nullptr;
    return view;
}

QTableView *quoteTable(gui::MainWindow &window)
{
    return window.findChild<QTableView *>(u"quoteTable"_s);
}

int tableRow(gui::MainWindow &window)
{
    const QModelIndex current = quoteTable(window)->currentIndex();
    return current.isValid() ? current.data(gui::QuoteTableModel::SortRole).toInt() : -1;
}

QList<int> listedRows(const gui::ArticleSession &session)
{
    QList<int> rows;
    const annotation::AnnotationSet *set = session.annotations();
    for (int row = 0; set && row < set->quoteCount(); ++row) {
        if (set->quote(row).kind != analysis::QuoteKind::Mention)
            rows.append(row);
    }
    return rows;
}

void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WhosaidTest"_s);
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

} // namespace whosaid::guitest
