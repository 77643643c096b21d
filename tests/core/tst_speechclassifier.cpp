// Speech or mention: scare quotes, titles, labels and quoted noun phrases are not anybody's
// speech; quotations with a cue, whole-paragraph quotations and quoted sentences are.
// Every fixture is invented.

#include "AnalysisTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::kindName;
using whosaid::analysis::Quote;
using whosaid::analysis::QuoteKind;
using whosaid::coretest::analyse;
using whosaid::coretest::quotedText;
using whosaid::coretest::speakerOf;

namespace {

// The top-level quotation whose text (without a trailing comma or full stop) is `fragment`.
qsizetype findQuote(const Analysis &a, const QString &fragment)
{
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        if (a.quotes.at(q).depth == 0 && quotedText(a, a.quotes.at(q)) == fragment)
            return q;
    }
    return -1;
}

QString allQuotes(const Analysis &a)
{
    QStringList out;
    for (const Quote &quote : a.quotes)
        out.append(u"[%1] %2"_s.arg(kindName(quote.kind), quotedText(a, quote)));
    return out.join(u" | "_s);
}

} // namespace

class TestSpeechClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void scareQuotes_data();
    void scareQuotes();
    void titlesOfWorks_data();
    void titlesOfWorks();
    void termAfterLabellingWord_data();
    void termAfterLabellingWord();
    void nounPhraseAfterDeterminer_data();
    void nounPhraseAfterDeterminer();
    void speech_data();
    void speech();
    void fragmentOfReportedSpeech_data();
    void fragmentOfReportedSpeech();

private:
    static void addMentionColumns();
    static void checkMention();
};

void TestSpeechClassifier::addMentionColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
}

// The fragment is a mention: kind Mention, no speaker, and nobody counts it as a quote (the
// sentence around it may still report someone's speech: "Ana said she had watched “X”").
void TestSpeechClassifier::checkMention()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const Analysis a = analyse(text);
    const qsizetype q = findQuote(a, fragment);
    QVERIFY2(q >= 0, qPrintable(allQuotes(a)));
    QCOMPARE(kindName(a.quotes.at(q).kind), kindName(QuoteKind::Mention));
    QCOMPARE(speakerOf(a, q), u"?"_s);
    QCOMPARE(a.attributions.at(q).mention, -1);
    qsizetype counted = 0;
    for (const auto &speaker : a.speakers)
        counted += speaker.quoteCount;
    qsizetype speech = 0;
    for (qsizetype k = 0; k < a.quotes.size(); ++k)
        speech += a.quotes.at(k).kind != QuoteKind::Mention && a.attributions.at(k).speaker >= 0;
    QCOMPARE(counted, speech);
}

void TestSpeechClassifier::scareQuotes_data()
{
    addMentionColumns();
    QTest::newRow("a 'game changer', single quotes")
        << u"Council members described the plan as a 'game changer' for Riverton."_s
        << u"game changer"_s;
    QTest::newRow("the “new normal”")
        << u"For the valley's farmers, dry summers are the “new normal” now."_s << u"new normal"_s;
    QTest::newRow("after a possessive")
        << u"Riverton's 'smart' parking meters broke down again on Monday."_s << u"smart"_s;
    QTest::newRow("the “temporary” bridge")
        << u"Officials praised the “temporary” bridge, which has stood for eleven years."_s
        << u"temporary"_s;
    QTest::newRow("after a preposition")
        << u"The shop owners on Mill Street are tired of “consultations” that change nothing."_s
        << u"consultations"_s;
}

void TestSpeechClassifier::scareQuotes()
{
    checkMention();
}

void TestSpeechClassifier::titlesOfWorks_data()
{
    addMentionColumns();
    QTest::newRow("a television show")
        << u"Helen Brandt will appear on “Morning Report” on Sunday."_s << u"Morning Report"_s;
    QTest::newRow("a book after wrote")
        << u"Tomas Okafor wrote “The Quiet River” while he was a student."_s
        << u"The Quiet River"_s;
    QTest::newRow("a series, a cue earlier in the sentence")
        << u"Ana Ruiz said she had watched “The Night Shift Diaries” twice."_s
        << u"The Night Shift Diaries"_s;
    QTest::newRow("the name of an organisation after its noun")
        << u"Ana Ruiz told the newspaper “Ledger” that the budget was safe."_s << u"Ledger"_s;
    QTest::newRow("a programme after told, American style")
        << u"“We are not leaving,” Ana Ruiz told “Riverton Tonight,” on Sunday."_s
        << u"Riverton Tonight"_s;
    QTest::newRow("a programme after a possessive, American style")
        << u"“We are not leaving,” Ana Ruiz said on Channel Nine's “Morning Report.”"_s
        << u"Morning Report"_s;
    QTest::newRow("a programme as the object of told")
        << u"Ana Ruiz told “Riverton Today” that the budget was safe."_s << u"Riverton Today"_s;
    QTest::newRow("American style: the comma inside the marks")
        << u"The mayor appeared on “Riverton Tonight,” where she defended the plan."_s
        << u"Riverton Tonight"_s;
    QTest::newRow("American style: the period inside the marks")
        << u"The minister's favourite film is “The Long Bridge.”"_s << u"The Long Bridge"_s;
    QTest::newRow("a documentary with a lower-case function word")
        << u"The documentary “Rivers of Riverton” opens next week."_s << u"Rivers of Riverton"_s;
    QTest::newRow("a song title with a pronoun")
        << u"The band closed the concert with “Take Me Home to Riverton Bay” and left the stage."_s
        << u"Take Me Home to Riverton Bay"_s;
}

void TestSpeechClassifier::titlesOfWorks()
{
    checkMention();
}

void TestSpeechClassifier::termAfterLabellingWord_data()
{
    addMentionColumns();
    QTest::newRow("so-called") << u"Residents want the so-called “bridge to nowhere” torn down."_s
                               << u"bridge to nowhere"_s;
    QTest::newRow("so-called, with a cue in the sentence")
        << u"Ana Ruiz said the so-called “bridge to nowhere” would finally open next year."_s
        << u"bridge to nowhere"_s;
    QTest::newRow("dubbed") << u"Critics attacked a scheme dubbed “Riverton First” by its owners."_s
                            << u"Riverton First"_s;
    QTest::newRow("dubbed, with an object between")
        << u"Fans quickly dubbed the new stadium “the Cauldron”."_s << u"the Cauldron"_s;
    QTest::newRow("called")
        << u"The council approved a programme called “Safe Streets for Everyone” on Monday."_s
        << u"Safe Streets for Everyone"_s;
    QTest::newRow("known as")
        << u"The coach, known as “the Professor” in the dressing room, signed a new contract."_s
        << u"the Professor"_s;
    QTest::newRow("nicknamed")
        << u"The plan, nicknamed “Operation Dry Feet” by engineers, cost four million."_s
        << u"Operation Dry Feet"_s;
    QTest::newRow("the word") << u"Tomas Okafor never used the word “crisis” in his speech."_s
                              << u"crisis"_s;
}

void TestSpeechClassifier::termAfterLabellingWord()
{
    checkMention();
}

void TestSpeechClassifier::nounPhraseAfterDeterminer_data()
{
    addMentionColumns();
    QTest::newRow("a ‘historic’ deal")
        << u"The two cities signed a ‘historic’ deal on water rights."_s << u"historic"_s;
    QTest::newRow("a “new era”") << u"The club announced a “new era” for the Riverton Rovers."_s
                                 << u"new era"_s;
    QTest::newRow("the “temporary” closure")
        << u"The council voted for the “temporary” closure of Mill Street."_s << u"temporary"_s;
    QTest::newRow("this “experimental” bus lane")
        << u"Residents complained about this “experimental” bus lane."_s << u"experimental"_s;
    QTest::newRow("their “compromise”, opening the sentence")
        << u"Their “compromise” satisfied nobody in Riverton."_s << u"compromise"_s;
}

void TestSpeechClassifier::nounPhraseAfterDeterminer()
{
    checkMention();
}

void TestSpeechClassifier::speech_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("speaker"); // empty: not checked

    QTest::newRow("a cue after the quote") << u"“We will rebuild every house,” Ana Ruiz said."_s
                                           << u"We will rebuild every house"_s << u"Ana Ruiz"_s;
    QTest::newRow("one word with a cue")
        << u"“Never,” Tomas Okafor said."_s << u"Never"_s << u"Tomas Okafor"_s;
    QTest::newRow("a question with a cue") << u"“Who will pay for the repairs?” Ana Ruiz asked."_s
                                           << u"Who will pay for the repairs?"_s << u"Ana Ruiz"_s;
    QTest::newRow("title-case words with a cue and an exclamation mark")
        << u"“Thank You, Riverton!” Helen Brandt shouted to the crowd."_s
        << u"Thank You, Riverton!"_s << u"Helen Brandt"_s;
    QTest::newRow("a cue before the quote") << u"Tomas Okafor said: “The budget is balanced.”"_s
                                            << u"The budget is balanced"_s << u"Tomas Okafor"_s;
    QTest::newRow("a whole-paragraph quote")
        << u"The water reached the first floor by midnight.\n\n"
           u"“Nobody told us the river was coming.”"_s
        << u"Nobody told us the river was coming"_s << QString();
    QTest::newRow("a short reply after a cue sentence")
        << u"“Does anybody here know the budget?” Ana Ruiz asked. “Neither do I.”"_s
        << u"Neither do I"_s << u"Ana Ruiz"_s;
    QTest::newRow("a short whole-paragraph quote")
        << u"Grace Okoye lost her shop in the flood.\n\n“It is all gone.”"_s << u"It is all gone"_s
        << QString();
    QTest::newRow("a quoted full sentence after a colon")
        << u"The message to the council was clear: "
           u"“We cannot wait another winter for a new roof.”"_s
        << u"We cannot wait another winter for a new roof"_s << QString();
    QTest::newRow("a quoted full sentence mid-paragraph")
        << u"The water rose all night. “We lost everything we had,” one farmer said as he "
           u"cleared the mud from his barn."_s
        << u"We lost everything we had"_s << QString();
}

void TestSpeechClassifier::speech()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);

    const Analysis a = analyse(text);
    const qsizetype q = findQuote(a, fragment);
    QVERIFY2(q >= 0, qPrintable(allQuotes(a)));
    QCOMPARE(kindName(a.quotes.at(q).kind), kindName(QuoteKind::Direct));
    if (!speaker.isEmpty())
        QCOMPARE(speakerOf(a, q), speaker);
}

void TestSpeechClassifier::fragmentOfReportedSpeech_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("speaker");

    QTest::newRow("said the shelters were “completely full”")
        << u"Ana Ruiz said the shelters were “completely full” by midnight."_s
        << u"completely full"_s << u"Ana Ruiz"_s;
    QTest::newRow("called the report “a work of fiction”")
        << u"Tomas Okafor called the report “a work of fiction” and demanded a new inquiry."_s
        << u"a work of fiction"_s << u"Tomas Okafor"_s;
}

// A short quoted fragment inside reported speech is the reported person's words, not a scare
// quote: a quotation of its own, or part of the mixed quote of the reported content.
void TestSpeechClassifier::fragmentOfReportedSpeech()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);

    const Analysis a = analyse(text);
    qsizetype q = findQuote(a, fragment);
    for (qsizetype m = 0; q < 0 && m < a.quotes.size(); ++m) {
        const Quote &quote = a.quotes.at(m);
        if (quote.depth == 0 && quote.kind == QuoteKind::Mixed
            && quotedText(a, quote).contains(fragment))
            q = m;
    }
    QVERIFY2(q >= 0, qPrintable(allQuotes(a)));
    QVERIFY2(a.quotes.at(q).kind != QuoteKind::Mention, qPrintable(allQuotes(a)));
    QCOMPARE(speakerOf(a, q), speaker);
}

QTEST_GUILESS_MAIN(TestSpeechClassifier)
#include "tst_speechclassifier.moc"
