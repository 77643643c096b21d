#include "GuiTestSupport.h"

#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "MainWindow.h"
#include "QuoteTableModel.h"

#include <QAction>
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
    if (!QTest::qWaitFor([tab, view] { return tab->isReady() && view->highlightsComplete(); },
                         20000))
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

int rowOf(const annotation::AnnotationSet &set, QStringView text)
{
    for (int row = 0; row < set.quoteCount(); ++row) {
        if (set.document().view(set.quote(row).range).startsWith(text))
            return row;
    }
    return -1;
}

void makeSampleEdits(gui::MainWindow &window)
{
    gui::ArticleView *view = window.currentTab()->view();
    const annotation::AnnotationSet &set = *window.currentTab()->session()->annotations();
    view->showRow(rowOf(set, u"The harbour wall"));
    window.editActions().speakerKeys.at(1)->trigger();
    view->showRow(rowOf(set, u"Every family"));
    window.editActions().reject->trigger();
}

void checkSampleEdits(const annotation::AnnotationSet &set)
{
    const annotation::QuoteRecord &first = set.quote(rowOf(set, u"The harbour wall"));
    QCOMPARE(set.speakerName(first.speaker), u"Rolf Haugen"_s);
    QCOMPARE(first.review, annotation::ReviewState::Corrected);
    QCOMPARE(set.quote(rowOf(set, u"Every family")).review, annotation::ReviewState::Rejected);
}

void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WhosaidTest"_s);
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

} // namespace whosaid::guitest
