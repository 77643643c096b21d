#include "ArticleSession.h"
#include "GuiBenchmark.h"
#include "QuoteHighlighter.h"
#include "SpeakerPalette.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

using namespace whosaid::gui;
using namespace Qt::StringLiterals;

// The highlighter on its own, over a QTextDocument the test fills: the article view shows the
// text in slices and starts the highlights whenever the analysis comes, before or after the last
// slice; whichever it is, every block ends up with the formats of one pass over the whole text.
class TestQuoteHighlighter final : public QObject
{
    Q_OBJECT

private:
    static int formattedBlocks(const QTextDocument &document)
    {
        int count = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            count += block.layout()->formats().isEmpty() ? 0 : 1;
        return count;
    }

private Q_SLOTS:
    void textArrivingAfterTheAnalysisIsHighlightedAsItComes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GuiBenchmark::article(qsizetype(256) * 1024).toUtf8());
        file.close();
        ArticleSession session(path);
        session.start();
        QTRY_VERIFY(session.annotations() != nullptr);
        SpeakerPalette palette;
        palette.setSpeakers(session.speakerNames());
        const QString &text = session.document()->text();

        QTextDocument whole;
        QTextCursor(&whole).insertText(text);
        QuoteHighlighter reference(&whole, &session, &palette);
        reference.rehighlight();
        QTRY_VERIFY(reference.isComplete());
        QVERIFY(formattedBlocks(whole) > 1000);

        // A third of the text is in when the pass starts, half way down it as if scrolled there;
        // the rest comes in two slices while the pass runs, held as the view holds it.
        QTextDocument growing;
        QuoteHighlighter highlighter(&growing, &session, &palette);
        const qsizetype third = text.indexOf(u'\n', text.size() / 3) + 1;
        const qsizetype twoThirds = text.indexOf(u'\n', text.size() * 2 / 3) + 1;
        QTextCursor end(&growing);
        end.insertText(text.left(third));
        highlighter.hold();
        highlighter.rehighlight(growing.blockCount() / 2);
        for (const auto &[from, to] :
             {std::pair{third, twoThirds}, std::pair{twoThirds, text.size()}}) {
            const int firstNew = growing.blockCount() - 1;
            end.movePosition(QTextCursor::End);
            end.insertText(text.mid(from, to - from));
            highlighter.formatAppended(firstNew);
            QCoreApplication::processEvents(); // the first batch of the pass between the slices
        }
        highlighter.release();
        QTRY_VERIFY(highlighter.isComplete());
        QCOMPARE(growing.toPlainText(), whole.toPlainText());
        for (QTextBlock a = growing.begin(), b = whole.begin(); a.isValid();
             a = a.next(), b = b.next())
            QVERIFY2(a.layout()->formats() == b.layout()->formats(),
                     qPrintable(u"block %1"_s.arg(a.blockNumber())));

        // New text for the same document: nothing is formatted until the next analysis.
        highlighter.clear();
        QVERIFY(!highlighter.isComplete());
        growing.clear();
        QTextCursor(&growing).insertText(text.left(third));
        highlighter.formatAppended(0);
        QCOMPARE(formattedBlocks(growing), 0);
    }
};

QTEST_MAIN(TestQuoteHighlighter)
#include "tst_quotehighlighter.moc"
