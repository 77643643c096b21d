#pragma once

#include <QList>

class QString;
class QStringView;
class QTableView;

namespace whosaid::annotation {
class AnnotationSet;
}

namespace whosaid::gui {
class ArticleSession;
class ArticleView;
class MainWindow;
} // namespace whosaid::gui

// Shared by the GUI tests: fixtures, opening an article in a real window and reading the quote
// table as a reader sees it.
namespace whosaid::guitest {

// Absolute path of tests/data/gui/<name>.
QString fixture(const QString &name);
// Opens an article and waits until it is analysed and every highlight is applied; null on
// failure or after 20 s.
gui::ArticleView *open(gui::MainWindow &window, const QString &path);
QTableView *quoteTable(gui::MainWindow &window);
// The source row of the quote table's current index, -1 for none.
int tableRow(gui::MainWindow &window);
// The rows (AnnotationSet indexes) of the quotes the table lists: all but scare quotes.
QList<int> listedRows(const gui::ArticleSession &session);
// The row of the quote whose text starts so, -1 for none.
int rowOf(const annotation::AnnotationSet &set, QStringView text);
// The edits the persistence tests make on harbour.txt through the real actions: the first quote
// given to Haugen, "Every family" rejected; and the check that they are there.
void makeSampleEdits(gui::MainWindow &window);
void checkSampleEdits(const annotation::AnnotationSet &set);
// Isolated settings (QStandardPaths test mode) under this test's name, cleared.
void isolateSettings(const QString &testName);

} // namespace whosaid::guitest
