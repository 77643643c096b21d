// Who said each quotation: the cue patterns of English news, split and continued quotes.
// Every fixture is invented. An expected attribution reads "quoted text => speaker name", with
// "?" for no speaker and the trailing comma or full stop of the quoted text left out.

#include "AnalysisTestSupport.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Quote;
using whosaid::coretest::addAttributionColumns;
using whosaid::coretest::analyse;
using whosaid::coretest::checkAttributions;
using whosaid::coretest::isSpeech;
using whosaid::coretest::quotedText;

class TestAttribution final : public QObject
{
    Q_OBJECT

private slots:
    void confidenceFollowsEvidence();
    void cuePatterns_data();
    void cuePatterns();
    void dashAttribution_data();
    void dashAttribution();
    void invertedWithRole_data();
    void invertedWithRole();
    void apposition_data();
    void apposition();
    void colonIntroduction_data();
    void colonIntroduction();
    void auxiliariesAndAdverbs_data();
    void auxiliariesAndAdverbs();
    void cueVerbs_data();
    void cueVerbs();
    void splitQuotes_data();
    void splitQuotes();
    void namesInsideQuoteAreNotSpeakers_data();
    void namesInsideQuoteAreNotSpeakers();
    void objectAfterCueIsNotSpeaker_data();
    void objectAfterCueIsNotSpeaker();
    void continuation_data();
    void continuation();
    void confidenceAndReason_data();
    void confidenceAndReason();
};

void TestAttribution::cuePatterns_data()
{
    addAttributionColumns();
    QTest::newRow("quote, NAME said")
        << u"“We will reopen the bridge by June,” Ana Ruiz said."_s
        << QStringList{u"We will reopen the bridge by June => Ana Ruiz"_s};
    QTest::newRow("quote, said NAME") << u"“The budget is balanced,” said Tomas Okafor."_s
                                      << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("quote, said NAME, a short name ending the text")
        << u"“The budget is balanced,” said Ana Ruiz."_s
        << QStringList{u"The budget is balanced => Ana Ruiz"_s};
    QTest::newRow("quote, TITLE NAME said")
        << u"“Schools will open on Thursday,” Minister Tomas Okafor said."_s
        << QStringList{u"Schools will open on Thursday => Tomas Okafor"_s};
    QTest::newRow("NAME said: quote") << u"Tomas Okafor said: “The budget is balanced.”"_s
                                      << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("NAME said, quote") << u"Tomas Okafor said, “The budget is balanced.”"_s
                                      << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("NAME said that quote")
        << u"Tomas Okafor said that “the budget is balanced for the first time in a decade.”"_s
        << QStringList{u"the budget is balanced for the first time in a decade => Tomas Okafor"_s};
    QTest::newRow("Said NAME: quote") << u"Said Helen Brandt: “We played without fear.”"_s
                                      << QStringList{u"We played without fear => Helen Brandt"_s};
    QTest::newRow("quote, she told reporters")
        << u"Mayor Ana Ruiz toured the flooded streets on Monday.\n\n"
           u"“The water is still rising,” she told reporters."_s
        << QStringList{u"The water is still rising => Ana Ruiz"_s};
    QTest::newRow("NAME (party-state) said quote")
        << u"Senator Mark Ellison (D-Ohio) said “the bill protects every worker in the state.”"_s
        << QStringList{u"the bill protects every worker in the state => Mark Ellison"_s};
    QTest::newRow("according to NAME, quote")
        << u"According to Helen Brandt, “the team needs two weeks of rest.”"_s
        << QStringList{u"the team needs two weeks of rest => Helen Brandt"_s};
    QTest::newRow("quote, according to NAME")
        << u"“The team needs two weeks of rest,” according to Helen Brandt."_s
        << QStringList{u"The team needs two weeks of rest => Helen Brandt"_s};
    QTest::newRow("quote, NAME said, the name also a cue verb")
        << u"The board met on Monday.\n\n“We will keep the plant open,” Ian Tell said.\n\n"
           u"“The orders are there,” Tell said."_s
        << QStringList{u"We will keep the plant open => Ian Tell"_s,
                       u"The orders are there => Ian Tell"_s};
    QTest::newRow("quote, PLACE role NAME said, the place also a cue verb")
        << u"“We take the ruling seriously,” State spokesman Mark Alden said."_s
        << QStringList{u"We take the ruling seriously => State spokesman Mark Alden"_s};
    QTest::newRow("quote ending its sentence. NAME said.")
        << u"Ana Ruiz toured the dam.\n\n“The water is still rising.” Ruiz said on Monday. "
           u"The rain stopped."_s
        << QStringList{u"The water is still rising => Ana Ruiz"_s};
    QTest::newRow("quote ending its sentence. A longer sentence with a cue is not its cue")
        << u"“The water is still rising.” Ana Ruiz said the town would build a new wall "
           u"next year."_s
        << QStringList{u"The water is still rising => ?"_s,
                       u"the town would build a new wall next year => Ana Ruiz"_s};
    QTest::newRow("quote, said NAME, the given name also a modal")
        << u"“The fees keep rising,” said Will Ostrander, a professor at the college."_s
        << QStringList{u"The fees keep rising => Will Ostrander"_s};
    QTest::newRow("quote, NAME said, the surname also a modal")
        << u"Theresa May visited the plant.\n\n“The orders are there,” May said."_s
        << QStringList{u"The orders are there => Theresa May"_s};
    QTest::newRow("NAME said in a statement on Sunday: quote")
        << u"Ana Ruiz said in a statement on Sunday: “The shelters are open.”"_s
        << QStringList{u"The shelters are open => Ana Ruiz"_s};
}

void TestAttribution::cuePatterns()
{
    checkAttributions();
}

void TestAttribution::dashAttribution_data()
{
    addAttributionColumns();
    const QStringList expected{u"We play for the whole town => Helen Brandt"_s};
    QTest::newRow("em dash, glued")
        << u"“We play for the whole town.” —Helen Brandt, coach of the Riverton Rovers"_s
        << expected;
    QTest::newRow("em dash, spaced")
        << u"“We play for the whole town.” — Helen Brandt, coach of the Riverton Rovers"_s
        << expected;
    QTest::newRow("horizontal bar")
        << u"“We play for the whole town.” ―Helen Brandt, coach of the Riverton Rovers"_s
        << expected;
    QTest::newRow("em dash, another person in the paragraph before")
        << u"Tomas Okafor watched from the stands.\n\n“We play for the whole town.” —Helen Brandt"_s
        << expected;
}

void TestAttribution::dashAttribution()
{
    checkAttributions();
}

void TestAttribution::invertedWithRole_data()
{
    addAttributionColumns();
    // A sentence follows each, so that the name is not the last word of the text (that case is
    // cuePatterns, "quote, said NAME, a short name ending the text").
    const QStringList expected{u"Three homes were lost => Ana Ruiz"_s};
    QTest::newRow("said the city's fire chief, NAME")
        << u"“Three homes were lost,” said the city's fire chief, Ana Ruiz. Nobody was hurt."_s
        << expected;
    QTest::newRow("said PLACE's fire chief, NAME")
        << u"“Three homes were lost,” said Riverton's fire chief, Ana Ruiz. Nobody was hurt."_s
        << expected;
    QTest::newRow("said fire chief NAME")
        << u"“Three homes were lost,” said fire chief Ana Ruiz. Nobody was hurt."_s << expected;
    QTest::newRow("said NAME, the city's fire chief")
        << u"“Three homes were lost,” said Ana Ruiz, the city's fire chief. Nobody was hurt."_s
        << expected;
    QTest::newRow("insists the mayor, NAME")
        << u"“Three homes were lost,” insists the mayor, Ana Ruiz. Nobody was hurt."_s << expected;
    QTest::newRow("said the head of the union, NAME")
        << u"“We need more buses,” said the head of the transport union, Paul Diaz. "
           u"The strike ends on Friday."_s
        << QStringList{u"We need more buses => Paul Diaz"_s};
    // A speaker described, not named: the noun phrase next to the cue speaks.
    QTest::newRow("quote, the NOUN told them")
        << u"The office opened. “You are the best helpers,” the organizer told them."_s
        << QStringList{u"You are the best helpers => organizer"_s};
    QTest::newRow("quote, said one PLACE NOUN")
        << u"The race is close. “It will be tight,” said one Riverton Democrat."_s
        << QStringList{u"It will be tight => Riverton Democrat"_s};
    QTest::newRow("quote, said the NOUN NOUN")
        << u"The race is close. “It will be tight,” said the event organizer."_s
        << QStringList{u"It will be tight => event organizer"_s};
    // A cue's form after a determiner is a noun ("the email"), and a cue phrase may introduce.
    QTest::newRow("quote, the CUE-NOUN said")
        << u"The race is close. “It will be tight,” the email said."_s
        << QStringList{u"It will be tight => email"_s};
    QTest::newRow("DET NOUN goes on to say: quote")
        << u"The race is close. The email goes on to say: “It will be tight.”"_s
        << QStringList{u"It will be tight => email"_s};
    QTest::newRow("quote, the ADJ-ADJ NOUN wrote (a hyphen inside the description)")
        << u"The race is close. “It will be tight,” the conservative-leaning newspaper wrote."_s
        << QStringList{u"It will be tight => conservative-leaning newspaper"_s};
    QTest::newRow("quote, NAME's NOUN said")
        << u"The race is close. “It will be tight,” Okafor’s office said in a statement."_s
        << QStringList{u"It will be tight => Okafor’s office"_s};
    // A demonym right before a cue is a surname: "Cuban said".
    QTest::newRow("quote, DEMONYM said") << u"The race is close. “It will be tight,” Cuban said."_s
                                         << QStringList{u"It will be tight => Cuban"_s};
    QTest::newRow("quote, NAME barked") << u"The race is close. “Sit down,” Okafor barked."_s
                                        << QStringList{u"Sit down => Okafor"_s};
    // Words of description before the name or role after an inverted cue.
    QTest::newRow("quote, said former NOUN NOUN NAME")
        << u"“Three homes were lost,” said former fire chief Ana Ruiz. Nobody was hurt."_s
        << expected;
    QTest::newRow("quote, said former TITLE. NAME (party-state), apposition")
        << u"“Three homes were lost,” said former Rep. Ana Ruiz (D-Ohio), a fire chief. Nobody "
           "was hurt."_s
        << expected;
    QTest::newRow("quote, said one of those ROLE")
        << u"“Three homes were lost,” said one of those firefighters. Nobody was hurt."_s
        << QStringList{u"Three homes were lost => those firefighters"_s};
    // A name before a role noun only says whose the role is: its holder speaks.
    QTest::newRow("said NAME campaign spokesman NAME")
        << u"“Three homes were lost,” said Okafor campaign spokesman Ana Ruiz. Nobody was hurt."_s
        << expected;
    QTest::newRow("said NAME ally NAME")
        << u"“Three homes were lost,” said Okafor ally Ana Ruiz. Nobody was hurt."_s << expected;
}

void TestAttribution::invertedWithRole()
{
    checkAttributions();
}

void TestAttribution::apposition_data()
{
    addAttributionColumns();
    const QStringList lang{u"We treated forty patients overnight => Peter Lang"_s};
    QTest::newRow("NAME, a doctor at the clinic, said: quote")
        << u"Peter Lang, a doctor at the clinic, said: “We treated forty patients overnight.”"_s
        << lang;
    QTest::newRow("NAME, a doctor, said: then the quote in the next paragraph")
        << u"Peter Lang, a doctor at the Riverton clinic, said:\n\n"
           u"“We treated forty patients overnight.”"_s
        << lang;
    QTest::newRow("NAME, who runs the clinic on Mill Street, said: quote")
        << u"Peter Lang, who runs the clinic on Mill Street, said: "
           u"“We treated forty patients overnight.”"_s
        << lang;
    QTest::newRow("NAME, AGE, said: quote")
        << u"Grace Okoye, 54, said: “I have never seen the river this high.”"_s
        << QStringList{u"I have never seen the river this high => Grace Okoye"_s};
    QTest::newRow("quote, NAME, AGE, said")
        << u"“I have never seen the river this high,” Grace Okoye, 54, said."_s
        << QStringList{u"I have never seen the river this high => Grace Okoye"_s};
    QTest::newRow("NAME, the TEAM coach, told reporters: quote")
        << u"Helen Brandt, the Riverton Rovers coach, told reporters: “We were lucky today.”"_s
        << QStringList{u"We were lucky today => Helen Brandt"_s};
}

void TestAttribution::apposition()
{
    checkAttributions();
}

void TestAttribution::colonIntroduction_data()
{
    addAttributionColumns();
    QTest::newRow("NAME had a warning for the council: quote")
        << u"Ana Ruiz had a warning for the council: “Do not cut the fire service.”"_s
        << QStringList{u"Do not cut the fire service => Ana Ruiz"_s};
    QTest::newRow("NAME had a warning for OTHER NAME: quote")
        << u"Ana Ruiz had a warning for Tomas Okafor: “Do not cut the fire service.”"_s
        << QStringList{u"Do not cut the fire service => Ana Ruiz"_s};
    QTest::newRow("And from council member NAME: quote")
        << u"And from council member Paul Diaz: “We need more time to read the plan.”"_s
        << QStringList{u"We need more time to read the plan => Paul Diaz"_s};
    QTest::newRow("NAME's answer was short: quote")
        << u"Tomas Okafor's answer was short: “No.”"_s << QStringList{u"No => Tomas Okafor"_s};
}

void TestAttribution::colonIntroduction()
{
    checkAttributions();
}

void TestAttribution::auxiliariesAndAdverbs_data()
{
    addAttributionColumns();
    QTest::newRow("NAME had said: quote")
        << u"Tomas Okafor had said: “The budget is balanced.”"_s
        << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("quote, NAME also told reporters")
        << u"“We are ready,” Helen Brandt also told reporters."_s
        << QStringList{u"We are ready => Helen Brandt"_s};
    QTest::newRow("NAME later added: quote")
        << u"Ana Ruiz later added: “The shelters will stay open.”"_s
        << QStringList{u"The shelters will stay open => Ana Ruiz"_s};
    QTest::newRow("quote, NAME has repeatedly said")
        << u"“The budget is balanced,” Tomas Okafor has repeatedly said."_s
        << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("quote, NAME would later say")
        << u"“We were never told,” Ana Ruiz would later say."_s
        << QStringList{u"We were never told => Ana Ruiz"_s};
}

void TestAttribution::auxiliariesAndAdverbs()
{
    checkAttributions();
}

void TestAttribution::cueVerbs_data()
{
    addAttributionColumns();
    QTest::newRow("warned") << u"“The river will crest tonight,” Ana Ruiz warned."_s
                            << QStringList{u"The river will crest tonight => Ana Ruiz"_s};
    QTest::newRow("insisted") << u"Tomas Okafor insisted: “The budget is balanced.”"_s
                              << QStringList{u"The budget is balanced => Tomas Okafor"_s};
    QTest::newRow("added") << u"“We will be back next season,” Helen Brandt added."_s
                           << QStringList{u"We will be back next season => Helen Brandt"_s};
    QTest::newRow("wrote")
        << u"Ana Ruiz wrote on social media: “The shelters are open all night.”"_s
        << QStringList{u"The shelters are open all night => Ana Ruiz"_s};
    QTest::newRow("posted") << u"Tomas Okafor posted online: “Stay off the roads tonight.”"_s
                            << QStringList{u"Stay off the roads tonight => Tomas Okafor"_s};
    QTest::newRow("explained") << u"“The pumps failed at midnight,” Peter Lang explained."_s
                               << QStringList{u"The pumps failed at midnight => Peter Lang"_s};
    QTest::newRow("urged") << u"Ana Ruiz urged residents: “Stay indoors tonight.”"_s
                           << QStringList{u"Stay indoors tonight => Ana Ruiz"_s};
}

void TestAttribution::cueVerbs()
{
    checkAttributions();
}

void TestAttribution::splitQuotes_data()
{
    addAttributionColumns();
    // Whether every quotation of the text is one utterance (one utterance id).
    QTest::addColumn<bool>("oneUtterance");

    const QStringList brandt{u"We were tired => Helen Brandt"_s,
                             u"but we never stopped running => Helen Brandt"_s};
    QTest::newRow("A, NAME said, B")
        << u"“We were tired,” Helen Brandt said, “but we never stopped running.”"_s << brandt
        << true;
    QTest::newRow("A, said NAME, B")
        << u"“We were tired,” said Helen Brandt, “but we never stopped running.”"_s << brandt
        << true;
    QTest::newRow("A, she said, B")
        << u"Coach Helen Brandt spoke after the match.\n\n"
           u"“We were tired,” she said, “but we never stopped running.”"_s
        << brandt << true;
    QTest::newRow("NAME said, A, adding, B")
        << u"Helen Brandt said, “We were tired,” adding, “We never stopped running.”"_s
        << QStringList{u"We were tired => Helen Brandt"_s,
                       u"We never stopped running => Helen Brandt"_s}
        << false;
    QTest::newRow("A, NAME said, adding: B")
        << u"“We were tired,” Helen Brandt said, adding: “We never stopped running.”"_s
        << QStringList{u"We were tired => Helen Brandt"_s,
                       u"We never stopped running => Helen Brandt"_s}
        << false;
}

void TestAttribution::splitQuotes()
{
    checkAttributions();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, text);
    QFETCH(bool, oneUtterance);
    if (!oneUtterance)
        return;
    const Analysis a = analyse(text);
    QSet<int> utterances;
    for (const Quote &quote : a.quotes) {
        if (isSpeech(quote)) {
            QVERIFY(quote.utterance >= 0);
            utterances.insert(quote.utterance);
        }
    }
    QCOMPARE(utterances.size(), 1);
}

void TestAttribution::namesInsideQuoteAreNotSpeakers_data()
{
    addAttributionColumns();
    QTest::newRow("up to Mayor X, Mr Y said")
        << u"“It is up to Mayor Ruiz now,” Mr Okafor said."_s
        << QStringList{u"It is up to Mayor Ruiz now => Okafor"_s};
    QTest::newRow("quote opens with a name, said NAME")
        << u"“Helen Brandt deserves the credit,” said Tomas Okafor."_s
        << QStringList{u"Helen Brandt deserves the credit => Tomas Okafor"_s};
    QTest::newRow("NAME said: quote naming another person")
        << u"Tomas Okafor said: “Ana Ruiz told me the bridge was safe.”"_s
        << QStringList{u"Ana Ruiz told me the bridge was safe => Tomas Okafor"_s};
    QTest::newRow("short quote of a name") << u"“Ask Ana Ruiz,” Tomas Okafor said."_s
                                           << QStringList{u"Ask Ana Ruiz => Tomas Okafor"_s};
    QTest::newRow("pronoun after a quote naming a woman")
        << u"Tomas Okafor arrived late.\n\n“I spoke to Helen Brandt this morning,” he said."_s
        << QStringList{u"I spoke to Helen Brandt this morning => Tomas Okafor"_s};
    QTest::newRow("a cue inside the quote")
        << u"“Ana Ruiz said we would be safe,” Tomas Okafor said."_s
        << QStringList{u"Ana Ruiz said we would be safe => Tomas Okafor"_s};
}

void TestAttribution::namesInsideQuoteAreNotSpeakers()
{
    checkAttributions();
}

void TestAttribution::objectAfterCueIsNotSpeaker_data()
{
    addAttributionColumns();
    QTest::newRow("NAME urged the council to quote")
        << u"Ana Ruiz urged the council to “act now”."_s
        << QStringList{u"the council to “act now” => Ana Ruiz"_s}; // mixed, object included
    QTest::newRow("doubled apostrophes before the cue")
        << u"''We came to listen,'' Ana Ruiz said."_s
        << QStringList{u"We came to listen => Ana Ruiz"_s};
    QTest::newRow("NAME told OTHER NAME: quote")
        << u"Ana Ruiz told Tomas Okafor: “Your plan will fail.”"_s
        << QStringList{u"Your plan will fail => Ana Ruiz"_s};
    QTest::newRow("NAME told the NEWSPAPER: quote")
        << u"Helen Brandt told the Riverton Gazette: “We were lucky today.”"_s
        << QStringList{u"We were lucky today => Helen Brandt"_s};
    QTest::newRow("NAME warned OTHER NAME that quote")
        << u"Tomas Okafor warned Ana Ruiz that “the money will run out by March.”"_s
        << QStringList{u"the money will run out by March => Tomas Okafor"_s};
    QTest::newRow("NAME thanked OTHER NAME and said: quote")
        << u"Ana Ruiz thanked Peter Lang and said: “The clinic saved lives this week.”"_s
        << QStringList{u"The clinic saved lives this week => Ana Ruiz"_s};
    QTest::newRow("NAME did X, telling NOUN, quote")
        << u"Ana Ruiz toured the flooded streets on Monday, telling reporters, “The water is "
           u"still rising.”"_s
        << QStringList{u"The water is still rising => Ana Ruiz"_s};
    QTest::newRow("NAME did X, asking OTHER NAME: quote")
        << u"Ana Ruiz turned to the council on Monday, asking Tomas Okafor: “Where is the money?”"_s
        << QStringList{u"Where is the money? => Ana Ruiz"_s};
    QTest::newRow("NAME released a statement saying, quote")
        << u"Ana Ruiz released a statement on Monday saying, “The shelters are open.”"_s
        << QStringList{u"The shelters are open => Ana Ruiz"_s};
    QTest::newRow("NAME issued a letter Friday calling it, quote")
        << u"Tomas Okafor issued a letter Friday calling the plan “a waste of money.”"_s
        << QStringList{u"a waste of money => Tomas Okafor"_s};
    QTest::newRow("a statement saying, quote: the statement speaks")
        << u"Reporters found a statement saying, “The shelters are open.”"_s
        << QStringList{u"The shelters are open => a statement"_s};
    QTest::newRow("quote, NAME told OTHER NAME")
        << u"“Thank you for coming,” Ana Ruiz told Tomas Okafor."_s
        << QStringList{u"Thank you for coming => Ana Ruiz"_s};
    QTest::newRow("quote, said NAME to OTHER NAME")
        << u"“Thank you for coming,” said Ana Ruiz to Tomas Okafor."_s
        << QStringList{u"Thank you for coming => Ana Ruiz"_s};
}

void TestAttribution::objectAfterCueIsNotSpeaker()
{
    checkAttributions();
}

void TestAttribution::continuation_data()
{
    addAttributionColumns();
    // A paragraph of a dash and a name signs the quotation before it.
    QTest::newRow("a quote paragraph signed - NAME in the next one")
        << u"The debate ran late.\n\n“The dam is safe. Engineers saw it.”\n\n- Ana Ruiz.\n\n"
           u"Ruiz tends to overstate it."_s
        << QStringList{u"The dam is safe. Engineers saw it => Ana Ruiz"_s};
    QTest::newRow("a paragraph that is only a quote")
        << u"“The dam is safe,” Ana Ruiz said.\n\n“Engineers inspected it twice this week.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Engineers inspected it twice this week => Ana Ruiz"_s};
    QTest::newRow("two paragraphs that are only quotes")
        << u"Ana Ruiz said: “The dam is safe.”\n\n“Engineers inspected it twice this week.”\n\n"
           u"“Nobody needs to leave their home.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Engineers inspected it twice this week => Ana Ruiz"_s,
                       u"Nobody needs to leave their home => Ana Ruiz"_s};
    QTest::newRow("a second quote in the paragraph without a cue")
        << u"“The dam is safe,” Ana Ruiz said. “Engineers inspected it twice this week.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Engineers inspected it twice this week => Ana Ruiz"_s};
    QTest::newRow("a second quote in the paragraph after a plain sentence")
        << u"Ana Ruiz said: “The dam is safe.” Engineers checked it on Monday. "
           u"“Nobody needs to leave their home.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Nobody needs to leave their home => Ana Ruiz"_s};
    QTest::newRow("multi-paragraph quote, cue before it")
        << u"Ana Ruiz said: “The dam is safe.\n\n“Engineers inspected it twice this week.\n\n"
           u"“Nobody needs to leave their home.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Engineers inspected it twice this week => Ana Ruiz"_s,
                       u"Nobody needs to leave their home => Ana Ruiz"_s};
    QTest::newRow("multi-paragraph quote, cue after its first part")
        << u"“The dam is safe,” Ana Ruiz said. “Engineers inspected it twice this week.\n\n"
           u"“Nobody needs to leave their home.\n\n“The shelters stay open anyway.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Engineers inspected it twice this week => Ana Ruiz"_s,
                       u"Nobody needs to leave their home => Ana Ruiz"_s,
                       u"The shelters stay open anyway => Ana Ruiz"_s};
    QTest::newRow("multi-paragraph quote, then a quote by someone else")
        << u"Ana Ruiz said: “The dam is safe.\n\n“Nobody needs to leave their home.”\n\n"
           u"“I am not convinced,” Tomas Okafor said."_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"Nobody needs to leave their home => Ana Ruiz"_s,
                       u"I am not convinced => Tomas Okafor"_s};
    QTest::newRow("paragraph ending NAME added: introduces the next")
        << u"After the vote, Tomas Okafor added:\n\n“We cannot afford another delay.”"_s
        << QStringList{u"We cannot afford another delay => Tomas Okafor"_s};
    QTest::newRow("NAME added: after a sentence about someone else")
        << u"Ana Ruiz thanked the volunteers. Tomas Okafor added:\n\n"
           u"“We cannot afford another delay.”"_s
        << QStringList{u"We cannot afford another delay => Tomas Okafor"_s};
    QTest::newRow("NAME added: after a quote by someone else")
        << u"“The dam is safe,” Ana Ruiz said.\n\nTomas Okafor added:\n\n"
           u"“We cannot afford another delay.”"_s
        << QStringList{u"The dam is safe => Ana Ruiz"_s,
                       u"We cannot afford another delay => Tomas Okafor"_s};
}

void TestAttribution::continuation()
{
    checkAttributions();
}

void TestAttribution::confidenceAndReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("adjacent cues, pronoun, continuation")
        << u"Mayor Ana Ruiz toured the flooded streets on Monday.\n\n"
           u"“The water is still rising,” she told reporters. “We have opened two shelters.”\n\n"
           u"“Nobody should drive tonight.”\n\n"
           u"Tomas Okafor said: “The budget can cover the repairs.\n\n"
           u"“We will not raise taxes.”"_s;
    QTest::newRow("colon introduction, dash, split quote")
        << u"Ana Ruiz had a warning for the council: “Do not cut the fire service.”\n\n"
           u"“We play for the whole town.” —Helen Brandt, coach of the Riverton Rovers\n\n"
           u"“We were tired,” Helen Brandt said, “but we never stopped running.”"_s;
    QTest::newRow("cue elsewhere in the sentence, role speaker, organisation")
        << u"Tomas Okafor, after a long night of talks with the unions, finally agreed and "
           u"said the deal was “the best we could get.”\n\n"
           u"“The fire is under control,” a spokesperson said.\n\n"
           u"“The figures are wrong,” the ministry said."_s;
}

void TestAttribution::confidenceAndReason()
{
    QFETCH(QString, text);

    const Analysis a = analyse(text);
    QCOMPARE(a.attributions.size(), a.quotes.size());
    int attributedCount = 0;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const auto &attribution = a.attributions.at(q);
        const QString what = quotedText(a, a.quotes.at(q));
        QVERIFY2(attribution.confidence >= 0.0 && attribution.confidence <= 1.0, qPrintable(what));
        if (!isSpeech(a.quotes.at(q)) || attribution.speaker < 0)
            continue;
        ++attributedCount;
        QVERIFY2(attribution.confidence > 0.0, qPrintable(what));
        QVERIFY2(!attribution.reason.trimmed().isEmpty(), qPrintable(what));
        QVERIFY2(attribution.mention >= 0 && attribution.mention < a.mentions.size(),
                 qPrintable(what));
    }
    // Every quotation of these texts has a speaker a reader can name.
    int speech = 0;
    for (const Quote &quote : a.quotes)
        speech += isSpeech(quote) ? 1 : 0;
    QVERIFY(speech > 0);
    QCOMPARE(attributedCount, speech);
}

// Confidence is the share of right speakers for each kind of evidence: a cue next to the quote
// beats a quote continuing into the next paragraph, which beats no speaker at all.
void TestAttribution::confidenceFollowsEvidence()
{
    const Analysis a = analyse(u"“We will rebuild the bridge,” Ana Ruiz said on Monday.\n\n"
                               u"“It will take two years.”\n\n"
                               u"The council met again on Tuesday.\n\n"
                               u"“Nobody asked us.”"_s);
    QCOMPARE(a.quotes.size(), 3);
    const double adjacent = a.attributions.at(0).confidence;
    const double continued = a.attributions.at(1).confidence;
    const double unknown = a.attributions.at(2).confidence;
    QVERIFY2(adjacent >= 0.8, qPrintable(QString::number(adjacent)));
    QVERIFY2(continued >= 0.5 && continued < 0.8, qPrintable(QString::number(continued)));
    QVERIFY2(unknown < 0.5, qPrintable(QString::number(unknown)));
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
