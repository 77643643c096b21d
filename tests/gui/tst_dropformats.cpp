// Dropping an article onto the reader, in every format the loaders read: the fixture article of
// tests/data/formats as plain text, web page and Markdown, and as DOCX, ODT, EPUB and PDF written
// by the test itself (FormatFixtures). Each opens a tab with the same quotes and speakers as the
// plain text.

#include "../core/FormatFixtures.h"
#include "ArticleSession.h"
#include "DocumentTab.h"
#include "MainWindow.h"
#include "annotation/AnnotationSet.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using namespace whosaid::formattest;

namespace {

// "text => speaker" for every quote of speech the open article shows.
QStringList shownQuotes(const gui::MainWindow &window)
{
    const annotation::AnnotationSet *set = window.currentTab()->session()->annotations();
    QStringList quotes;
    for (const annotation::QuoteRecord &quote : set->quotes()) {
        if (quote.isSpeech())
            quotes.append(set->document().view(quote.range).trimmed().toString() + u" => "_s
                          + set->speakerName(quote.speaker));
    }
    return quotes;
}

// Drops the file on the window the way a file manager does, and waits for the analysis.
void drop(gui::MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(centre, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &dropped);
    QTRY_VERIFY(window.currentTab() != nullptr && window.currentTab()->isReady());
}

} // namespace

class TestDropFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        gui::MainWindow window;
        window.show();
        drop(window, dataPath(u"article.txt"_s));
        m_expected = shownQuotes(window);
        QVERIFY2(m_expected.size() >= 3, qPrintable(m_expected.join(u'\n')));
    }

    void dropOpensEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html") << u"article.html"_s << readData(u"article.html"_s);
        QTest::newRow("markdown") << u"article.md"_s << readData(u"article.md"_s);
        QTest::newRow("docx") << u"article.docx"_s << articleDocx();
        QTest::newRow("odt") << u"article.odt"_s << articleOdt();
        QTest::newRow("epub") << u"article.epub"_s << articleEpub();
        QTest::newRow("pdf") << u"article.pdf"_s << articlePdf();
    }

    void dropOpensEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        gui::MainWindow window;
        window.show();
        drop(window, path);
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(shownQuotes(window), m_expected);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_expected;
};

QTEST_MAIN(TestDropFormats)
#include "tst_dropformats.moc"
