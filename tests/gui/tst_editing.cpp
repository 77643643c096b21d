#include "AnnotationController.h"
#include "ArticleSession.h"
#include "ArticleView.h"
#include "BoundaryHandles.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OfferBar.h"
#include "Prompts.h"
#include "QuoteHighlighter.h"
#include "QuoteTableModel.h"
#include "SpeakerListModel.h"
#include "SpeakerPicker.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QUndoView>

using namespace whosaid::gui;
using namespace whosaid::guitest;
using namespace whosaid::annotation;
using namespace Qt::StringLiterals;

// Edits made as a reader makes them, with the keyboard and the mouse, through the real window.
class TestEditing final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ArticleView *m_view = nullptr;

    AnnotationSet *set() const { return m_window->currentTab()->session()->annotations(); }
    QUndoStack *stack() const { return m_window->currentTab()->session()->undoStack(); }
    int rowOf(QStringView text) const
    {
        for (int row = 0; row < set()->quoteCount(); ++row) {
            if (set()->document().view(set()->quote(row).range).startsWith(text))
                return row;
        }
        return -1;
    }
    const QuoteRecord &quoteAt(QStringView text) const { return set()->quote(rowOf(text)); }
    QString speakerOf(QStringView text) const { return set()->speakerName(quoteAt(text).speaker); }
    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(m_view, Qt::Key(key), modifiers);
    }
    void select(QStringView text)
    {
        m_view->showRow(rowOf(text));
        QTRY_COMPARE(tableRow(*m_window), rowOf(text));
    }
    bool formatAt(qsizetype pos, int property) const
    {
        const QTextBlock block = m_view->document()->findBlock(int(pos));
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (pos - block.position() >= range.start
                && pos - block.position() < range.start + range.length)
                return range.format.boolProperty(property);
        }
        return false;
    }

    void openFixture(const QString &name)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view = open(*m_window, fixture(name));
        QVERIFY(m_view);
        m_view->setFocus();
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_editing"_s); }
    void cleanup()
    {
        m_view = nullptr;
        m_window.reset();
    }

    void numberKeysEnterXAndN()
    {
        openFixture(u"harbour.txt"_s);
        QVERIFY(!m_window->isWindowModified());
        select(u"The harbour wall");
        // 1 is the speaker with most quotes (Whitfield), 2 the next (Haugen).
        QCOMPARE(m_window->editActions().speakerKeys.at(1)->text(), u"Give to Rolf Haugen"_s);
        key(Qt::Key_2);
        QCOMPARE(speakerOf(u"The harbour wall"), u"Rolf Haugen"_s);
        QCOMPARE(quoteAt(u"The harbour wall").review, ReviewState::Corrected);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
        const QModelIndex speakerCell = quoteTable(*m_window)->model()->index(
            quoteTable(*m_window)->currentIndex().row(), QuoteTableModel::SpeakerColumn);
        QCOMPARE(speakerCell.data().toString(), u"Rolf Haugen"_s);
        key(Qt::Key_1);
        QCOMPARE(speakerOf(u"The harbour wall"), u"Dana Whitfield"_s);

        // Enter accepts and moves on to the next unreviewed quote.
        key(Qt::Key_Return);
        QCOMPARE(m_view->currentRow(), rowOf(u"We will keep"));
        key(Qt::Key_Return);
        QCOMPARE(quoteAt(u"We will keep").review, ReviewState::Accepted);
        QCOMPARE(m_view->currentRow(), rowOf(u"that the town would pay"));

        // X rejects a machine quote: it stays, struck through and marked in the table.
        const int rows = quoteTable(*m_window)->model()->rowCount();
        key(Qt::Key_X);
        QCOMPARE(quoteAt(u"that the town would pay").review, ReviewState::Rejected);
        QCOMPARE(quoteTable(*m_window)->model()->rowCount(), rows);
        QTRY_VERIFY(formatAt(quoteAt(u"that the town would pay").range.start,
                             QuoteHighlighter::RejectedProperty));
        QCOMPARE(
            quoteTable(*m_window)
                ->model()
                ->index(quoteTable(*m_window)->currentIndex().row(), QuoteTableModel::ReviewColumn)
                .data()
                .toString(),
            u"\u2717 rejected"_s);

        // N skips the reviewed ones.
        select(u"The harbour wall");
        key(Qt::Key_N);
        QCOMPARE(m_view->currentRow(), rowOf(u"Every family"));

        // . gives the quote the previous quote's speaker (the rejected one does not count).
        key(Qt::Key_Period);
        QCOMPARE(speakerOf(u"Every family"), u"Dana Whitfield"_s);

        // Undo everything: clean again, title unmodified; redo everything.
        const int steps = stack()->count();
        QCOMPARE(steps, 5); // Enter on a corrected quote only moves on
        for (int i = 0; i < steps; ++i)
            key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(stack()->isClean());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(quoteAt(u"that the town would pay").review, ReviewState::Unreviewed);
        for (int i = 0; i < steps; ++i)
            key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stack()->index(), steps);
        QCOMPARE(quoteAt(u"that the town would pay").review, ReviewState::Rejected);
        QCOMPARE(speakerOf(u"Every family"), u"Dana Whitfield"_s);
        // The history dock lists every step.
        auto *history = m_window->findChild<QUndoView *>(u"undoView"_s);
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), steps + 1);
    }

    void speakerPicker()
    {
        openFixture(u"harbour.txt"_s);
        select(u"The harbour wall");
        SpeakerPicker *picker = m_window->currentTab()->speakerPicker();
        key(Qt::Key_S);
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->list()->count(), 3); // two speakers and "unknown"
        QVERIFY(picker->list()->item(0)->text().contains(u"Dana Whitfield"_s));
        QTest::keyClicks(picker->edit(), u"haug"_s);
        QCOMPARE(picker->list()->count(), 2); // Rolf Haugen, and a new speaker "haug"
        QVERIFY(picker->list()->currentItem()->text().contains(u"Rolf Haugen"_s));
        QTest::keyClick(picker->edit(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QCOMPARE(speakerOf(u"The harbour wall"), u"Rolf Haugen"_s);

        // A name no one answers to makes a new speaker.
        key(Qt::Key_S);
        QTest::keyClicks(picker->edit(), u"Kari Lund"_s);
        QVERIFY(picker->list()->currentItem()->text().contains(u"New speaker"_s));
        QTest::keyClick(picker->edit(), Qt::Key_Return);
        QCOMPARE(speakerOf(u"The harbour wall"), u"Kari Lund"_s);
        auto *speakers = m_window->findChild<QTableView *>(u"speakerList"_s);
        QCOMPARE(speakers->model()->rowCount(), 3);
        // Escape closes without a change.
        key(Qt::Key_S);
        QTest::keyClick(picker->edit(), Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        QCOMPARE(speakers->model()->rowCount(), 2);
    }

    void addQuoteFromTheSelection()
    {
        openFixture(u"harbour.txt"_s);
        const QString &text = set()->document().text();
        const qsizetype from = text.indexOf(u"reached the lower town");
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(from + 12), QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        const int count = set()->quoteCount();
        key(Qt::Key_Q);
        QCOMPARE(set()->quoteCount(), count + 1);
        // Snapped to the sentence, and the picker asks for the speaker.
        const QuoteRecord &added = quoteAt(u"Flood water reached");
        QCOMPARE(added.review, ReviewState::Added);
        QVERIFY(set()->document().view(added.range).endsWith(u"outer pier."));
        QVERIFY(m_window->currentTab()->speakerPicker()->isVisible());
        QTest::keyClick(m_window->currentTab()->speakerPicker()->edit(), Qt::Key_Escape);
        QTRY_VERIFY(formatAt(added.range.start, QuoteHighlighter::SpeechProperty));

        // Alt+Q keeps the exact selection.
        cursor.setPosition(int(from));
        cursor.setPosition(int(from + 12), QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        key(Qt::Key_Q, Qt::AltModifier);
        QTest::keyClick(m_window->currentTab()->speakerPicker()->edit(), Qt::Key_Escape);
        QCOMPARE(set()->quoteCount(), count + 2);
        QCOMPARE(set()->document().view(set()->quote(m_view->currentRow()).range),
                 u"reached the "_s);

        // Deleting an added quote takes it out (no rejected leftover).
        key(Qt::Key_Delete);
        QCOMPARE(set()->quoteCount(), count + 1);
        stack()->undo();
        stack()->undo();
        stack()->undo();
        QCOMPARE(set()->quoteCount(), count);
        QVERIFY(stack()->isClean());
    }

    void kindBoundariesSplitAndJoin()
    {
        openFixture(u"harbour.txt"_s);
        select(u"that the town would pay");
        const QuoteRecord before = quoteAt(u"that the town would pay");
        m_window->editActions().kinds.at(int(whosaid::analysis::QuoteKind::Direct))->trigger();
        QCOMPARE(quoteAt(u"that the town would pay").kind, whosaid::analysis::QuoteKind::Direct);

        // Alt+Left three times: the end moves back three words, one undo step.
        key(Qt::Key_Left, Qt::AltModifier);
        key(Qt::Key_Left, Qt::AltModifier);
        key(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(set()->document().view(quoteAt(u"that the town would pay").range),
                 u"that the town would pay"_s);
        // Ctrl+Alt+Shift+Right: the start moves a character.
        key(Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(set()->document().view(set()->quote(m_view->currentRow()).range),
                 u"hat the town would pay"_s);
        QCOMPARE(stack()->count(), 2); // still the same quote's nudges
        stack()->undo();
        stack()->undo();
        QVERIFY(quoteAt(u"that the town would pay") == before);

        // Split at the cursor, then join the second fragment back to the first's utterance.
        select(u"The harbour wall");
        const QuoteRecord whole = quoteAt(u"The harbour wall");
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(whole.range.start + 16));
        m_view->setTextCursor(cursor);
        key(Qt::Key_Slash);
        QCOMPARE(set()->document().view(quoteAt(u"The harbour wall").range), u"The harbour wall"_s);
        const int second = rowOf(u" was never");
        QVERIFY(second >= 0);
        QCOMPARE(set()->quote(second).utterance, quoteAt(u"The harbour wall").utterance);
        select(u"Every family");
        key(Qt::Key_Backspace);
        QCOMPARE(quoteAt(u"Every family").utterance,
                 set()->quote(rowOf(u"that the town would pay")).utterance >= 0
                     ? set()->quote(rowOf(u"that the town would pay")).utterance
                     : set()->quote(rowOf(u"that the town would pay")).id);
    }

    void clickSplitsWhereClickedAndScareQuotesBecomeSpeech()
    {
        openFixture(u"harbour.txt"_s);
        const auto clickAt = [this](qsizetype pos) {
            QTextCursor cursor(m_view->document());
            cursor.setPosition(int(pos));
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                              m_view->cursorRect(cursor).center());
        };
        const QuoteRecord whole = quoteAt(u"The harbour wall");
        clickAt(whole.range.start + 16);
        QCOMPARE(m_view->currentRow(), rowOf(u"The harbour wall"));
        key(Qt::Key_Slash);
        QCOMPARE(set()->document().view(quoteAt(u"The harbour wall").range), u"The harbour wall"_s);

        // The scare quote is not listed; clicked and made direct speech, it is.
        const int rows = quoteTable(*m_window)->model()->rowCount();
        clickAt(quoteAt(u"paper wall").range.start + 2);
        QCOMPARE(m_view->currentRow(), rowOf(u"paper wall"));
        m_window->editActions().kinds.at(int(whosaid::analysis::QuoteKind::Direct))->trigger();
        QCOMPARE(quoteTable(*m_window)->model()->rowCount(), rows + 1);
    }

    void dragHandles()
    {
        openFixture(u"harbour.txt"_s);
        select(u"Every family");
        const QuoteRecord before = quoteAt(u"Every family");
        BoundaryHandles *handles = m_view->handles();
        const std::optional<QRectF> end = handles->handleRect(BoundaryHandles::Edge::End);
        QVERIFY(end);
        // Drag the end back to the end of "estate".
        const qsizetype target
            = set()->document().text().indexOf(u"estate", before.range.start) + 6;
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(target));
        const QPoint to = m_view->cursorRect(cursor).center();
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, end->center().toPoint());
        QVERIFY(handles->isDragging());
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY(!handles->isDragging());
        QCOMPARE(set()->document().view(quoteAt(u"Every family").range),
                 u"Every family on the estate"_s);
        QVERIFY(quoteAt(u"Every family").isEdited(QuoteRecord::BoundsEdited));
        stack()->undo();
        QVERIFY(quoteAt(u"Every family") == before);
    }

    void mergeSpeakersInTheDock()
    {
        openFixture(u"harbour.txt"_s);
        auto *speakers = m_window->findChild<QTableView *>(u"speakerList"_s);
        QCOMPARE(speakers->model()->rowCount(), 2);
        QAction *merge = m_window->editActions().mergeSpeakers;
        QVERIFY(!merge->isEnabled());
        speakers->selectAll();
        QVERIFY(merge->isEnabled());
        merge->trigger();
        QCOMPARE(speakers->model()->rowCount(), 1);
        QTRY_COMPARE(speakers->model()->index(0, SpeakerListModel::QuotesColumn).data().toInt(), 7);
        QCOMPARE(speakerOf(u"Every family"), u"Dana Whitfield"_s);
        QCOMPARE(stack()->count(), 1);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(speakers->model()->rowCount(), 2);
        QCOMPARE(speakerOf(u"Every family"), u"Rolf Haugen"_s);
    }

    void chainCorrectionIsOffered()
    {
        openFixture(u"chain.txt"_s);
        select(u"We will not raise");
        const QString hale = set()->speaker(set()->findSpeaker(u"Tom Hale")).id;
        const int key2 = int(m_window->annotationController()->speakerOrder().indexOf(hale));
        QVERIFY(key2 >= 0);
        key(Qt::Key_1 + key2);
        OfferBar *offer = m_window->currentTab()->offerBar();
        QVERIFY(offer->isVisible());
        QVERIFY2(offer->text().contains(u"2 other quotes"_s), qPrintable(offer->text()));
        QCOMPARE(speakerOf(u"The budget"), u"Anna Berg"_s);
        offer->button()->click();
        QVERIFY(!offer->isVisible());
        QCOMPARE(speakerOf(u"The budget"), u"Tom Hale"_s);
        QCOMPARE(speakerOf(u"Nobody expected"), u"Tom Hale"_s);
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        QCOMPARE(speakerOf(u"Nobody expected"), u"Anna Berg"_s);
    }

    void acceptAllAboveAConfidence()
    {
        openFixture(u"station.txt"_s);
        Prompts::setNextNumber(90);
        m_window->editActions().acceptAbove->trigger();
        QCOMPARE(stack()->count(), 1);
        for (const QuoteRecord &quote : set()->quotes()) {
            if (quote.isSpeech())
                QCOMPARE(quote.review == ReviewState::Accepted, quote.confidence >= 0.9);
        }
        Prompts::setNextNumber(std::nullopt); // cancelled
        m_window->editActions().acceptAbove->trigger();
        QCOMPARE(stack()->count(), 1);
    }

    void readOnlyAnnotationsTakeNoEdits()
    {
        openFixture(u"harbour.txt"_s);
        select(u"The harbour wall");
        QVERIFY(m_window->editActions().reject->isEnabled());
        m_window->currentTab()->session()->setReadOnly(true);
        QVERIFY(!m_window->editActions().reject->isEnabled());
        QVERIFY(!m_window->editActions().addQuote->isEnabled());
        key(Qt::Key_X);
        key(Qt::Key_2);
        QCOMPARE(stack()->count(), 0);
        QVERIFY(!m_view->handles()->handleRect(BoundaryHandles::Edge::Start));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
