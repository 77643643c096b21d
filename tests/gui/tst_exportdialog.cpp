// The File › Export… dialog on a real annotation set: each format written where the user says,
// HTML opened in the browser (through the seam), errors shown in the dialog.

#include "ExportDialog.h"
#include "analysis/Pipeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using gui::ExportDialog;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        document::Document doc(u"Bridge news\n\n\u201cWe fixed all of it,\u201d engineer Marta "
                               "Lindqvist said.\n"_s);
        doc.sourcePath = m_dir.filePath(u"article.txt"_s);
        const analysis::Pipeline pipeline;
        m_set = annotation::AnnotationSet::fromAnalysis(
            pipeline.analyse(std::make_shared<const document::Document>(doc)));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("html") << u"html"_s << QStringList{u"article.html"_s};
        QTest::newRow("json") << u"json"_s << QStringList{u"article.json"_s};
        QTest::newRow("csv") << u"csv"_s << QStringList{u"article.csv"_s};
        QTest::newRow("webannotation") << u"webannotation"_s << QStringList{u"article.jsonld"_s};
        QTest::newRow("brat") << u"brat"_s
                              << QStringList{u"out/article.txt"_s, u"out/article.ann"_s};
    }

    void exportsEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, files);
        ExportDialog dialog(*m_set, m_set->document().sourcePath);
        QList<QUrl> opened;
        dialog.setUrlOpener([&](const QUrl &url) { opened.append(url); });
        auto *combo = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        auto *path = dialog.findChild<QLineEdit *>(u"exportPath"_s);
        QVERIFY(combo && path);
        combo->setCurrentIndex(combo->findData(format));
        QVERIFY(path->text().endsWith(
            u"article"_s + exporting::Exporter::suffix(*exporting::Exporter::fromName(format))));
        if (format == u"brat"_s) // beside the article, brat's .txt would replace it
            path->setText(m_dir.filePath(u"out/article.ann"_s));
        QDir(m_dir.path()).mkpath(u"out"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (const QString &file : files)
            QVERIFY2(QFileInfo(m_dir.filePath(file)).size() > 0, qPrintable(file));
        QCOMPARE(opened.size(), format == u"html"_s ? 1 : 0);
        if (!opened.isEmpty())
            QCOMPARE(opened.first().toLocalFile(), m_dir.filePath(u"article.html"_s));
    }

    void refusesToReplaceTheArticle()
    {
        ExportDialog dialog(*m_set, m_set->document().sourcePath);
        auto *combo = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        combo->setCurrentIndex(combo->findData(u"brat"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(u"exportError"_s)->isHidden());
    }

    void reportsAnUnwritablePlace()
    {
        ExportDialog dialog(*m_set, m_set->document().sourcePath);
        dialog.findChild<QLineEdit *>(u"exportPath"_s)
            ->setText(m_dir.filePath(u"missing/folder/x.html"_s));
        dialog.setUrlOpener([](const QUrl &) { QFAIL("opened after a failure"); });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = dialog.findChild<QLabel *>(u"exportError"_s)->text();
        QVERIFY2(error.contains(u"x.html"_s), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<annotation::AnnotationSet> m_set;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
