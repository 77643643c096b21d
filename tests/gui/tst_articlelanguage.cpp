// The reader analyses each article in the language it is written in: ArticleSession detects it
// (the reader has no --lang), again when it re-analyses, and the export dialog names it.

#include "ArticleSession.h"
#include "ExportDialog.h"
#include "annotation/AnnotationSet.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace whosaid;
using gui::ArticleSession;
using gui::ArticleSource;

namespace {

ArticleSource pasted(const QString &text)
{
    ArticleSource source;
    source.bytes = text.toUtf8();
    source.title = u"Pasted"_s;
    source.sourceName = u"pasted.txt"_s;
    return source;
}

// The speaker of the first quotation, "" for none.
QString firstSpeaker(const annotation::AnnotationSet &set)
{
    return set.quotes().isEmpty() ? QString() : set.speakerName(set.quotes().first().speaker);
}

} // namespace

class TestArticleLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void detected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("speaker");

        QTest::newRow("fr") << u"La commune a présenté lundi son plan de circulation. « Le pont "
                               "rouvrira avant l'été », a déclaré le maire Julien Marchand."_s
                            << u"fr"_s << u"Julien Marchand"_s;
        QTest::newRow("ru") << u"Городской совет обсудил ремонт моста. «Мы откроем мост до конца "
                               "лета», — сказал мэр города Игорь Соколов."_s
                            << u"ru"_s << u"Игорь Соколов"_s;
        QTest::newRow("en") << u"The council discussed the bridge. \u201cWe will reopen it by "
                               "summer,\u201d Mayor Ana Ruiz said."_s
                            << u"en"_s << u"Ana Ruiz"_s;
    }

    void detected()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, speaker);

        ArticleSession session(pasted(text));
        QSignalSpy analysed(&session, &ArticleSession::analysed);
        session.start();
        QTRY_COMPARE(analysed.count(), 1);
        QCOMPARE(session.analysis()->lexicon->language(), language);
        QCOMPARE(firstSpeaker(*session.annotations()), speaker);

        QSignalSpy replaced(&session, &ArticleSession::annotationsReplaced);
        session.reanalyse(false);
        QTRY_COMPARE(replaced.count(), 1);
        QCOMPARE(session.analysis()->lexicon->language(), language);
        QCOMPARE(firstSpeaker(*session.annotations()), speaker);
    }

    void exportNamesTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ArticleSession session(pasted(u"« Le pont rouvrira avant l'été », a déclaré le maire "
                                      "Julien Marchand."_s));
        QSignalSpy analysed(&session, &ArticleSession::analysed);
        session.start();
        QTRY_COMPARE(analysed.count(), 1);

        gui::ExportDialog dialog(*session.annotations(), dir.filePath(u"article.txt"_s));
        dialog.setLanguage(session.analysis()->lexicon->language());
        auto *combo = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(u"json"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile file(dialog.writtenPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject article
            = QJsonDocument::fromJson(file.readAll()).object().value(u"article"_s).toObject();
        QCOMPARE(article.value(u"language"_s).toString(), u"fr"_s);
    }
};

QTEST_MAIN(TestArticleLanguage)
#include "tst_articlelanguage.moc"
