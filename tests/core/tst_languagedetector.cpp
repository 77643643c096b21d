// LanguageDetector: a paragraph of news in each language that has a lexicon, and the fallback
// to English for text too short, numeric or in a script no lexicon is written in. Every
// paragraph is invented.

#include "analysis/DataFile.h"
#include "analysis/LanguageDetector.h"
#include "analysis/Lexicon.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::DataFile;
using whosaid::analysis::DetectedLanguage;
using whosaid::analysis::LanguageDetector;
using whosaid::analysis::Lexicon;

class TestLanguageDetector final : public QObject
{
    Q_OBJECT

private slots:
    void newsParagraphs_data();
    void newsParagraphs();
    void everyLexiconIsDetected();
    void lettersTellShortSentences_data();
    void lettersTellShortSentences();
    void fallsBackToEnglish_data();
    void fallsBackToEnglish();
    void scriptDecidesShortText();
    void givenLanguageWins();
};

void TestLanguageDetector::newsParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("en") << u"The city council voted on Tuesday to close the old harbour bridge "
                           "for repairs. “We have no other choice,” the mayor said, adding that "
                           "the work would take at least three months."_s
                        << u"en"_s;
    QTest::newRow("de") << u"Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für "
                           "Reparaturen zu sperren. „Wir haben keine andere Wahl“, sagte die "
                           "Bürgermeisterin. Die Arbeiten würden mindestens drei Monate dauern."_s
                        << u"de"_s;
    QTest::newRow("fr") << u"Le conseil municipal a voté mardi la fermeture du vieux pont du port "
                           "pour des travaux. « Nous n'avons pas d'autre choix », a déclaré la "
                           "maire, qui estime que le chantier durera au moins trois mois."_s
                        << u"fr"_s;
    QTest::newRow("es") << u"El pleno municipal aprobó el martes el cierre del viejo puente del "
                           "puerto por obras. «No tenemos otra opción», dijo la alcaldesa, que "
                           "calcula que los trabajos durarán al menos tres meses."_s
                        << u"es"_s;
    QTest::newRow("it") << u"Il consiglio comunale ha votato martedì la chiusura del vecchio ponte "
                           "del porto per lavori. «Non abbiamo altra scelta», ha detto la sindaca, "
                           "secondo cui il cantiere durerà almeno tre mesi."_s
                        << u"it"_s;
    QTest::newRow("pt") << u"A câmara municipal votou na terça-feira o encerramento da velha ponte "
                           "do porto para obras. “Não temos outra escolha”, disse a presidente, "
                           "que prevê que os trabalhos vão durar pelo menos três meses."_s
                        << u"pt"_s;
    QTest::newRow("ru") << u"Городской совет во вторник проголосовал за закрытие старого моста в "
                           "порту на ремонт. «У нас нет другого выбора», — сказала мэр. По её "
                           "словам, работы продлятся не меньше трёх месяцев."_s
                        << u"ru"_s;
    QTest::newRow("cs") << u"Městské zastupitelstvo v úterý odhlasovalo uzavření starého mostu v "
                           "přístavu kvůli opravám. „Nemáme jinou možnost,“ řekla starostka. "
                           "Podle ní budou práce trvat nejméně tři měsíce."_s
                        << u"cs"_s;
    QTest::newRow("en quoting French")
        << u"“C'est la vie,” the minister said with a shrug when he was asked about the delay, "
           "and he promised that the new timetable would be published next week."_s
        << u"en"_s;
}

void TestLanguageDetector::newsParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const DetectedLanguage detected = LanguageDetector::detect(text);
    QCOMPARE(detected.code, code);
    QVERIFY2(detected.confidence > 0.3, qPrintable(QString::number(detected.confidence)));
    QVERIFY(detected.confidence <= 1.0);
}

// A language that gains a lexicon (resources/lang/<code>) also needs the common words that tell
// it apart: its own list of them is detected as that language.
void TestLanguageDetector::everyLexiconIsDetected()
{
    for (const QString &code : Lexicon::availableLanguages()) {
        QStringList words;
        for (const QStringList &record :
             DataFile::records(DataFile::languageFolder(code) + u"/stopwords.txt"_s))
            words.append(record.first());
        QVERIFY2(words.size() >= 50, qPrintable(code));
        QCOMPARE(LanguageDetector::detect(words.join(u' ')).code, code);
    }
}

// A sentence has few common words; letters that only one language writes ("ř", "ã") count too.
void TestLanguageDetector::lettersTellShortSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("cs") << u"„Most otevřeme do konce léta,“ řekla starostka Alena Kučerová."_s
                        << u"cs"_s;
    QTest::newRow("pt") << u"“Não há acordo”, disse o ministro."_s << u"pt"_s;
    QTest::newRow("es") << u"«Mañana habrá un acuerdo», dijo el alcalde."_s << u"es"_s;
}

void TestLanguageDetector::lettersTellShortSentences()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    QCOMPARE(LanguageDetector::detect(text).code, code);
}

void TestLanguageDetector::fallsBackToEnglish_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("numbers") << u"2024 — 15:30, 3.5 %, 1 200 000"_s;
    QTest::newRow("one word") << u"Bonjour"_s;
    QTest::newRow("a name") << u"Marta Lindqvist"_s;
    QTest::newRow("punctuation") << u"… — « » „“ !?"_s;
    QTest::newRow("Greek") << u"Το δημοτικό συμβούλιο ψήφισε την Τρίτη."_s;
    QTest::newRow("Chinese") << u"市议会周二投票决定关闭旧港口大桥。"_s;
    QTest::newRow("two languages as much") << u"und et und et und et"_s;
}

void TestLanguageDetector::fallsBackToEnglish()
{
    QFETCH(QString, text);

    const DetectedLanguage detected = LanguageDetector::detect(text);
    QCOMPARE(detected.code, u"en"_s);
    QCOMPARE(detected.confidence, 0.0);
}

// Only Russian is written in Cyrillic: a few letters suffice, with the confidence they give.
void TestLanguageDetector::scriptDecidesShortText()
{
    const DetectedLanguage yes = LanguageDetector::detect(u"Да."_s);
    QCOMPARE(yes.code, u"ru"_s);
    QVERIFY(yes.confidence > 0.0 && yes.confidence < 0.5);
    const DetectedLanguage sentence
        = LanguageDetector::detect(u"Мэр города ответил журналистам."_s);
    QCOMPARE(sentence.code, u"ru"_s);
    QCOMPARE(sentence.confidence, 1.0);
}

void TestLanguageDetector::givenLanguageWins()
{
    const QString french = u"Le pont sera fermé pendant trois mois, a déclaré la maire."_s;
    QCOMPARE(LanguageDetector::languageFor(french, QString()), u"fr"_s);
    QCOMPARE(LanguageDetector::languageFor(french, u"en"_s), u"en"_s);
    QCOMPARE(LanguageDetector::languageFor(u"12:30"_s, QString()), LanguageDetector::fallback());
}

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
