#include "AnalysisTestSupport.h"
#include "analysis/Analysis.h"

#include <QTest>

using namespace whosaid::analysis;
using namespace whosaid::coretest;
using namespace Qt::StringLiterals;

namespace {

// "kind: content => speaker" for every top-level quotation of speech, in text order.
QStringList reports(const Analysis &a)
{
    QStringList out;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        if (isSpeech(a.quotes.at(q)))
            out.append(u"%1: %2 => %3"_s.arg(kindName(a.quotes.at(q).kind),
                                             quotedText(a, a.quotes.at(q)), speakerOf(a, q)));
    }
    return out;
}

} // namespace

// Reported speech: content without quotation marks, its speaker and cue, each frame of the
// reporting verbs (resources/lang/en/reporting-frames.txt) and the cases that are not reports.
class TestReportedSpeech final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_data();
    void frames();
    void contentBeforeCue_data();
    void contentBeforeCue();
    void contentBoundaries_data();
    void contentBoundaries();
    void mixed_data();
    void mixed();
    void notReports_data();
    void notReports();
    void transcripts_data();
    void transcripts();
    void cueAndReason();
    void rosterCountsMixedQuoteOnce();

private:
    static void addColumns();
    static void check();
};

void TestReportedSpeech::addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void TestReportedSpeech::check()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(joined(reports(analyse(text))), joined(expected));
}

void TestReportedSpeech::frames_data()
{
    addColumns();
    QTest::newRow("say S, without that")
        << u"Ana Ruiz said the bridge would open in May."_s
        << QStringList{u"indirect: the bridge would open in May => Ana Ruiz"_s};
    QTest::newRow("say S with a dummy subject")
        << u"Ana Ruiz said there had been no warning before the flood."_s
        << QStringList{u"indirect: there had been no warning before the flood => Ana Ruiz"_s};
    QTest::newRow("say S with a contracted pronoun")
        << u"Ana Ruiz said she’ll appeal the ruling before the end of the month."_s
        << QStringList{
               u"indirect: she’ll appeal the ruling before the end of the month => Ana Ruiz"_s};
    QTest::newRow("ask whether S")
        << u"The reporter asked whether the mayor would resign before the vote."_s
        << QStringList{
               u"indirect: whether the mayor would resign before the vote => The reporter"_s};
    QTest::newRow("ask NP why S")
        << u"Ana Ruiz asked the mayor why the bridge had stayed closed for a year."_s
        << QStringList{u"indirect: why the bridge had stayed closed for a year => Ana Ruiz"_s};
    QTest::newRow("say that S")
        << u"Tomas Okafor said that the council had run out of money."_s
        << QStringList{u"indirect: that the council had run out of money => Tomas Okafor"_s};
    QTest::newRow("say in a statement that S")
        << u"Helen Brandt said in a statement that the roads would reopen on Friday."_s
        << QStringList{u"indirect: that the roads would reopen on Friday => Helen Brandt"_s};
    QTest::newRow("say DAY that S")
        << u"Helen Brandt said Monday that the roads would reopen on Friday."_s
        << QStringList{u"indirect: that the roads would reopen on Friday => Helen Brandt"_s};
    QTest::newRow("say last week that S")
        << u"Helen Brandt said last week that the roads would reopen on Friday."_s
        << QStringList{u"indirect: that the roads would reopen on Friday => Helen Brandt"_s};
    QTest::newRow("NAME, who said S, VP")
        << u"Helen Brandt, who said the roads would reopen on Friday, left the meeting early."_s
        << QStringList{u"indirect: the roads would reopen on Friday => Helen Brandt"_s};
    QTest::newRow("tell NP that S")
        << u"Helen Brandt told reporters that the dam was safe for now."_s
        << QStringList{u"indirect: that the dam was safe for now => Helen Brandt"_s};
    QTest::newRow("tell NP S") << u"Helen Brandt told reporters the dam was safe for now."_s
                               << QStringList{
                                      u"indirect: the dam was safe for now => Helen Brandt"_s};
    QTest::newRow("warn NP that S")
        << u"Tomas Okafor warned residents that the river could rise overnight."_s
        << QStringList{u"indirect: that the river could rise overnight => Tomas Okafor"_s};
    QTest::newRow("urge NP to VP: the object belongs to the content")
        << u"Ana Ruiz urged the council to approve the budget before winter."_s
        << QStringList{u"indirect: the council to approve the budget before winter => Ana Ruiz"_s};
    QTest::newRow("a noun between the verb and that")
        << u"Tomas Okafor repeated demands that the mill be closed for good."_s
        << QStringList{u"indirect: that the mill be closed for good => Tomas Okafor"_s};
    QTest::newRow("an organisation reports")
        << u"The Riverton Water Authority stated that the supply was clean again."_s
        << QStringList{
               u"indirect: that the supply was clean again => The Riverton Water Authority"_s};
    QTest::newRow("a pronoun reports for the last speaker")
        << u"“We will rebuild,” Ana Ruiz said. She added that the work would take two years."_s
        << QStringList{u"direct: We will rebuild => Ana Ruiz"_s,
                       u"indirect: that the work would take two years => Ana Ruiz"_s};
    QTest::newRow("a participle shares the subject")
        << u"Ana Ruiz left the meeting early, saying that the vote could wait until spring."_s
        << QStringList{u"indirect: that the vote could wait until spring => Ana Ruiz"_s};
}

void TestReportedSpeech::frames()
{
    check();
}

void TestReportedSpeech::contentBeforeCue_data()
{
    addColumns();
    QTest::newRow("S, NAME said") << u"The bridge will open in May, Ana Ruiz said."_s
                                  << QStringList{
                                         u"indirect: The bridge will open in May => Ana Ruiz"_s};
    QTest::newRow("S, said NAME") << u"The bridge will open in May, said Ana Ruiz."_s
                                  << QStringList{
                                         u"indirect: The bridge will open in May => Ana Ruiz"_s};
    QTest::newRow("S, NAME said on Sunday")
        << u"The bridge will open in May, Ana Ruiz said on Sunday."_s
        << QStringList{u"indirect: The bridge will open in May => Ana Ruiz"_s};
    QTest::newRow("S, said NAME ROLE NAME: the holder of the role")
        << u"The bridge will open in May, said Okafor campaign spokesman Ana Ruiz."_s
        << QStringList{u"indirect: The bridge will open in May => Ana Ruiz"_s};
    QTest::newRow("S, according to NAME")
        << u"The dam is safe for another decade, according to Helen Brandt."_s
        << QStringList{u"indirect: The dam is safe for another decade => Helen Brandt"_s};
    QTest::newRow("According to NAME, S")
        << u"According to Helen Brandt, the dam is safe for another decade."_s
        << QStringList{u"indirect: the dam is safe for another decade => Helen Brandt"_s};
    // The source is a noun phrase: its first mention speaks, and none is no reason to drop it.
    QTest::newRow("According to the NAME, S")
        << u"According to the Riverton Daily Beacon, the council asked for donations."_s
        << QStringList{u"indirect: the council asked for donations => Riverton Daily Beacon"_s};
    QTest::newRow("S, according to a NAME tally")
        << u"The council has won 758 seats so far, according to a Harbour Radio tally."_s
        << QStringList{u"indirect: The council has won 758 seats so far => Harbour Radio"_s};
    QTest::newRow("S, according to NOUN and a postmodifier")
        << u"The bridge was closed for a week, according to officials involved at the time."_s
        << QStringList{u"indirect: The bridge was closed for a week => officials"_s};
    QTest::newRow("a conjunction before according to is no content")
        << u"But, according to Helen Brandt, the dam is safe for another decade."_s
        << QStringList{u"indirect: the dam is safe for another decade => Helen Brandt"_s};
    // A source without a name or role is its noun phrase: the figures report.
    QTest::newRow("S, according to a description")
        << u"The casinos won slightly less in October, according to figures released on Friday."_s
        << QStringList{u"indirect: The casinos won slightly less in October => figures released"_s};
}

void TestReportedSpeech::contentBeforeCue()
{
    check();
}

void TestReportedSpeech::contentBoundaries_data()
{
    addColumns();
    QTest::newRow("two verbs of one subject: and urged")
        << u"Ana Ruiz said the plan was sound and urged the council to approve it soon."_s
        << QStringList{u"indirect: the plan was sound => Ana Ruiz"_s,
                       u"indirect: the council to approve it soon => Ana Ruiz"_s};
    // The comma is the last token of the text: nothing may be read after it (found by fuzzing).
    QTest::newRow("content ending in a comma at the end of the text")
        << u"Ana Ruiz said the plan was sound,"_s
        << QStringList{u"indirect: the plan was sound => Ana Ruiz"_s};
    QTest::newRow("a dash parenthesis before the second verb")
        << u"Ana Ruiz said the plan was sound and – without naming a date – urged the council "
           u"to approve it."_s
        << QStringList{u"indirect: the plan was sound => Ana Ruiz"_s,
                       u"indirect: the council to approve it => Ana Ruiz"_s};
    QTest::newRow("an opening subordinate clause ends at its comma")
        << u"As Ana Ruiz noted that the budget was tight, the council delayed the vote."_s
        << QStringList{u"indirect: that the budget was tight => Ana Ruiz"_s};
    QTest::newRow("a dash before another clause of report")
        << u"Ana Ruiz repeated demands that the mill pay for the “damaged meadows” – which the "
           u"owners claim have already recovered."_s
        << QStringList{u"indirect: that the mill pay for the “damaged meadows” => Ana Ruiz"_s,
                       u"indirect: have already recovered => the owners"_s};
    QTest::newRow("a relative clause: which the ministry claims")
        << u"The ministry defended the levy, which the ministry claims has saved many jobs."_s
        << QStringList{u"indirect: has saved many jobs => The ministry"_s};
}

void TestReportedSpeech::contentBoundaries()
{
    check();
}

void TestReportedSpeech::mixed_data()
{
    addColumns();
    QTest::newRow("a quoted fragment inside the report")
        << u"Ana Ruiz said the shelters were “completely full” by midnight."_s
        << QStringList{u"mixed: the shelters were “completely full” by midnight => Ana Ruiz"_s};
    QTest::newRow("urge NP to “VP”")
        << u"Ana Ruiz urged the council to “act now” before the winter floods."_s
        << QStringList{u"mixed: the council to “act now” before the winter floods => Ana Ruiz"_s};
    QTest::newRow("a title inside stays a title: indirect")
        << u"Ana Ruiz said she had watched “The Night Shift Diaries” twice."_s
        << QStringList{u"indirect: she had watched “The Night Shift Diaries” twice => Ana Ruiz"_s};
}

void TestReportedSpeech::mixed()
{
    check();
}

void TestReportedSpeech::notReports_data()
{
    addColumns();
    QTest::newRow("a quotation after a colon is direct only")
        << u"Ana Ruiz said: “The bridge opens in May.”"_s
        << QStringList{u"direct: The bridge opens in May => Ana Ruiz"_s};
    QTest::newRow("a quotation before its cue is direct only")
        << u"“The bridge opens in May,” Ana Ruiz said on Sunday."_s
        << QStringList{u"direct: The bridge opens in May => Ana Ruiz"_s};
    QTest::newRow("said “…” with nothing else reported")
        << u"Ana Ruiz said that “the bridge opens in May.”"_s
        << QStringList{u"direct: the bridge opens in May => Ana Ruiz"_s};
    QTest::newRow("a verb of thinking is not speech")
        << u"Ana Ruiz thinks the bridge will open in May."_s << QStringList{};
    QTest::newRow("too little content")
        << u"Ana Ruiz said so. Tomas Okafor said nothing."_s << QStringList{};
    QTest::newRow("a colon after the cue introduces the next paragraph")
        << u"After the vote, Tomas Okafor added:\n\n“We cannot afford another delay.”"_s
        << QStringList{u"direct: We cannot afford another delay => Tomas Okafor"_s};
    QTest::newRow("to and a noun phrase is no infinitive")
        << u"The talks began after Ana Ruiz agreed to the meeting on Monday."_s << QStringList{};
    QTest::newRow("no speaker before the cue")
        << u"The plan, said to cost millions, was dropped in May."_s << QStringList{};
}

void TestReportedSpeech::notReports()
{
    check();
}

void TestReportedSpeech::transcripts_data()
{
    addColumns();
    const QString intro = u"The mayor spoke after the vote.\n\n"
                          u"Below is the full transcript of Mayor Ana Ruiz's statement.\n\n"_s;
    QTest::newRow("paragraphs up to the byline")
        << intro
            + u"Good evening. The council has approved the new bridge tonight.\n\n"
              u"We will start the work in May and finish it within two years.\n\n"
              u"Riverton = Correspondent Paul Diaz paul@example.org"_s
        << QStringList{
               u"block: Good evening. The council has approved the new bridge tonight.\n\n"
               u"We will start the work in May and finish it within two years => Ana Ruiz"_s};
    QTest::newRow("a quotation inside keeps its speaker; I is the transcript's speaker")
        << intro
            + u"I told the council, “We have waited long enough.” Tomas Okafor once said, "
              u"“Bridges outlive their builders,” and he was right.\n\n"
              u"Thank you."_s
        << QStringList{
               u"block: I told the council, “We have waited long enough.” Tomas Okafor once said, "
               u"“Bridges outlive their builders,” and he was right.\n\nThank you => Ana Ruiz"_s,
               u"direct: We have waited long enough => Ana Ruiz"_s,
               u"direct: Bridges outlive their builders => Tomas Okafor"_s};
    QTest::newRow("a transcript merely cited is no block")
        << u"A transcript of the hearing shows that Ana Ruiz left early.\n\n"
           u"The council met again on Tuesday to discuss the budget."_s
        << QStringList{};
}

void TestReportedSpeech::transcripts()
{
    check();
}

void TestReportedSpeech::cueAndReason()
{
    const QString text = u"Helen Brandt told reporters that the dam was safe for now."_s;
    const Analysis a = analyse(text);
    QCOMPARE(a.quotes.size(), 1);
    const Attribution &attribution = a.attributions.constFirst();
    QCOMPARE(a.view(attribution.cue).toString(), u"told reporters"_s); // a cue phrase
    QCOMPARE(a.mentions.at(attribution.mention).name, u"Helen Brandt"_s);
    QVERIFY2(attribution.reason.contains(u"reported speech"_s), qPrintable(attribution.reason));
    QVERIFY(attribution.confidence > 0.5 && attribution.confidence < 0.93);
}

// The fragment inside a mixed quote is part of it: one quote for the roster, and an
// organisation's name is not its role.
void TestReportedSpeech::rosterCountsMixedQuoteOnce()
{
    const Analysis a = analyse(u"Ana Ruiz said the shelters were “completely full” by midnight. "
                               u"The Kremlin claims the talks have already failed twice."_s);
    QCOMPARE(a.speakers.size(), 2);
    QCOMPARE(a.speakers.at(0).name, u"Ana Ruiz"_s);
    QCOMPARE(a.speakers.at(0).quoteCount, 1);
    QVERIFY(a.speakers.at(1).organisation);
    QCOMPARE(a.speakers.at(1).role, QString());
}

QTEST_GUILESS_MAIN(TestReportedSpeech)
#include "tst_reportedspeech.moc"
