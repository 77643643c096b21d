// German news with the German lexicon (resources/lang/de): quotations in „…“ and »…«, the cue
// patterns of German news, titles, pronouns, reported speech, and capitalised common nouns that
// are not names. Every fixture is invented. An expected attribution reads "quoted text =>
// speaker name", with "?" for no speaker and the trailing comma or full stop left out.

#include "AnalysisTestSupport.h"
#include "analysis/Lexicon.h"
#include "analysis/Pipeline.h"
#include "document/Document.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Lexicon;
using whosaid::analysis::Pipeline;
using whosaid::coretest::addAttributionColumns;
using whosaid::coretest::attributed;
using whosaid::coretest::joined;
using whosaid::coretest::reported;

namespace {

Analysis analyseGerman(const QString &text)
{
    static const Pipeline pipeline;
    return pipeline.analyse(std::make_shared<const whosaid::document::Document>(text), u"de"_s);
}

void checkGerman()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(joined(attributed(analyseGerman(text))), joined(expected));
}

} // namespace

class TestGerman final : public QObject
{
    Q_OBJECT

private slots:
    void lexiconIsGerman();
    void cuePatterns_data();
    void cuePatterns();
    void titles_data();
    void titles();
    void pronouns_data();
    void pronouns();
    void commonNounsAreNotSpeakers_data();
    void commonNounsAreNotSpeakers();
    void reportedSpeech_data();
    void reportedSpeech();
    void quotedFragments_data();
    void quotedFragments();
};

void TestGerman::lexiconIsGerman()
{
    QVERIFY(Lexicon::availableLanguages().contains(u"de"_s));
    const auto lexicon = Lexicon::forLanguage(u"de"_s);
    QCOMPARE(lexicon->language(), u"de"_s);
}

void TestGerman::cuePatterns_data()
{
    addAttributionColumns();
    QTest::newRow("„…“, sagte NAME")
        << u"„Wir werden die Brücke bis Juni wieder öffnen“, sagte Anna Brenner."_s
        << QStringList{u"Wir werden die Brücke bis Juni wieder öffnen => Anna Brenner"_s};
    QTest::newRow("„…“, NAME sagte is rare; „…“, erklärte NAME")
        << u"„Der Haushalt ist ausgeglichen“, erklärte Tobias Kranich."_s
        << QStringList{u"Der Haushalt ist ausgeglichen => Tobias Kranich"_s};
    QTest::newRow("NAME sagte: „…“")
        << u"Tobias Kranich sagte: „Der Haushalt ist ausgeglichen.“"_s
        << QStringList{u"Der Haushalt ist ausgeglichen => Tobias Kranich"_s};
    QTest::newRow("„…“, so NAME")
        << u"„Die Schulen bleiben bis Donnerstag geschlossen“, so Helga Marwitz."_s
        << QStringList{u"Die Schulen bleiben bis Donnerstag geschlossen => Helga Marwitz"_s};
    QTest::newRow("DET NOUN lobte er mit den Worten: „…“")
        << u"Tobias Kranich kam spät. Die Helfer lobte er mit den Worten: „Ihr wart großartig.“"_s
        << QStringList{u"Ihr wart großartig => Tobias Kranich"_s};
    QTest::newRow("„…“, so der Sprecher")
        << u"„Wir prüfen alle Hinweise“, so der Sprecher."_s
        << QStringList{u"Wir prüfen alle Hinweise => der Sprecher"_s};
    QTest::newRow("„…“, teilte die Polizei mit")
        << u"„Die Straße bleibt bis zum Abend gesperrt“, teilte die Polizei mit."_s
        << QStringList{u"Die Straße bleibt bis zum Abend gesperrt => die Polizei"_s};
    QTest::newRow("laut NAME: „…“")
        << u"Laut Jonas Pfeiffer „war der Einsatz ein voller Erfolg“."_s
        << QStringList{u"war der Einsatz ein voller Erfolg => Jonas Pfeiffer"_s};
    QTest::newRow("„…“, dem Minister zufolge")
        << u"„Die Verhandlungen sind gescheitert“, dem Minister zufolge."_s
        << QStringList{u"Die Verhandlungen sind gescheitert => dem Minister"_s};
    QTest::newRow("Am Montag sagte ROLE: „…“ (the verb second, its subject after it)")
        << u"Am Montag sagte der Minister: „Die Reform kommt noch in diesem Jahr.“"_s
        << QStringList{u"Die Reform kommt noch in diesem Jahr => der Minister"_s};
    QTest::newRow("»…«, sagte NAME") << u"»Das Spiel war hart«, sagte Lena Hofbauer."_s
                                     << QStringList{u"Das Spiel war hart => Lena Hofbauer"_s};
    QTest::newRow("„…“, sagte NAME der Zeitung: the newspaper is not part of the name")
        << u"„Wir haben keine Wahl“, sagte Armin Kessler der Zeitung."_s
        << QStringList{u"Wir haben keine Wahl => Armin Kessler"_s};
    // Verb second: what stands before the verb may be the object of a preposition.
    QTest::newRow("Über NAME sagte NAME: „…“")
        << u"Über Tobias Kranich sagte Anna Brenner: „Er ist ein guter Nachbar.“"_s
        << QStringList{u"Er ist ein guter Nachbar => Anna Brenner"_s};
    QTest::newRow("Gegenüber dem NAME sagte der Bürgermeister: „…“")
        << u"Gegenüber dem Nordkurier sagte der Bürgermeister: „Wir geben nicht auf.“"_s
        << QStringList{u"Wir geben nicht auf => der Bürgermeister"_s};
    // A full stop inside the marks ends the sentence: the next one's verb is no cue of it.
    QTest::newRow("NAME sagte: „… .“ Auch NAME VERB …: the cue before the quotation wins")
        << u"Tobias Kranich sagte: „Der Haushalt ist ausgeglichen.“ Auch Bürgermeisterin Anna "
           "Brenner lobte die Kasse."_s
        << QStringList{u"Der Haushalt ist ausgeglichen => Tobias Kranich"_s};
    // Verb second: a common noun before the verb is its object when a subject follows it.
    QTest::newRow("„…“ Dies sagte ROLE …: the subject after the verb")
        << u"Die Firma Nordwerk baut Brücken. Ihr Sprecher Jonas Pfeiffer kam spät. Er sagte: "
           "„Wir liefern im Mai.“ Dies sagte der Firmensprecher am Montag."_s
        << QStringList{u"Wir liefern im Mai => Jonas Pfeiffer"_s};
    QTest::newRow("DET NOUN … stellte ROLE NAME in Frage: „…“")
        << u"Die Planung der Umgehungsstraße stellte der Bürgermeister Tobias Kranich in Frage: "
           "„Das wird zu teuer.“"_s
        << QStringList{u"Das wird zu teuer => Tobias Kranich"_s};
    // An auxiliary puts the participle last: the object before it does not speak.
    QTest::newRow("Am Freitag hatte TITLE NAME DET NOUN erklärt: „…“")
        << u"Am Freitag hatte Bürgermeister Tobias Kranich den Mitarbeitern erklärt: „Die "
           "Zeitung wird eingestellt.“"_s
        << QStringList{u"Die Zeitung wird eingestellt => Tobias Kranich"_s};
    // The subject after the verb, over a reflexive pronoun, an apposition or a genitive.
    QTest::newRow("Im NOUN äußerte sich ROLE NAME ADV zuversichtlich: „…“")
        << u"Im Interview äußerte sich der Bürgermeister Tobias Kranich jedoch zuversichtlich: "
           "„Die Brücke wird fertig.“"_s
        << QStringList{u"Die Brücke wird fertig => Tobias Kranich"_s};
    QTest::newRow("Im NOUN sagte NAME, APPOSITION: „…“ (no reported content)")
        << u"Im Interview sagte Tobias Kranich, Gründer der Band: „Wir spielen nicht für Geld.“"_s
        << QStringList{u"Wir spielen nicht für Geld => Tobias Kranich"_s};
    QTest::newRow("Zum NOUN sagte der ADJ TITLE NAME: „…“")
        << u"Zum Rücktritt sagte der italienische Kardinal Tobias Kranich: „Das kam plötzlich.“"_s
        << QStringList{u"Das kam plötzlich => Tobias Kranich"_s};
    QTest::newRow("Als Antwort sagte ein ROLE der ORG: „…“")
        << u"Als Antwort auf den Brief sagte ein Sprecher der Stadtwerke: „Wir prüfen das.“"_s
        << QStringList{u"Wir prüfen das => ein Sprecher"_s};
    // A newspaper in quotation marks after the cue speaks; its name is no quotation of speech.
    QTest::newRow("„…“, schreibt die „TITLE“")
        << u"Die Messe ist eröffnet. „Das wird das größte Update“, schreibt die „Nordpost“."_s
        << QStringList{u"Das wird das größte Update => Nordpost"_s};
    QTest::newRow("DET NOUN lautete: „…“ (a described source)")
        << u"Er ließ alle mitsprechen. Der Text lautete: „Wir sehen keine andere Lösung.“"_s
        << QStringList{u"Wir sehen keine andere Lösung => Text"_s};
    // A compound takes the class of its head: "Werftsprecher" speaks as "Sprecher" does.
    QTest::newRow("„…“, sagte ein COMPOUND-Sprecher")
        << u"„Die Arbeiten sind beendet“, sagte ein Werftsprecher am Montag."_s
        << QStringList{u"Die Arbeiten sind beendet => ein Werftsprecher"_s};
    QTest::newRow("„…“, teilte die COMPOUND-Verwaltung mit")
        << u"„Wir nehmen die Vorwürfe ernst“, teilte die Klinikverwaltung am Abend mit."_s
        << QStringList{u"Wir nehmen die Vorwürfe ernst => die Klinikverwaltung"_s};
}

void TestGerman::cuePatterns()
{
    checkGerman();
}

void TestGerman::titles_data()
{
    addAttributionColumns();
    QTest::newRow("Bundeskanzlerin NAME sagte")
        << u"Bundeskanzlerin Greta Lindner sagte: „Wir stehen an der Seite der Opfer.“"_s
        << QStringList{u"Wir stehen an der Seite der Opfer => Greta Lindner"_s};
    QTest::newRow("Innenminister NAME")
        << u"„Die Lage ist unter Kontrolle“, sagte Innenminister Bernd Rautenberg."_s
        << QStringList{u"Die Lage ist unter Kontrolle => Bernd Rautenberg"_s};
    QTest::newRow("Herr and Frau") << u"„Das war ein schöner Abend“, sagte Frau Brenner."_s
                                   << QStringList{u"Das war ein schöner Abend => Brenner"_s};
}

void TestGerman::titles()
{
    checkGerman();
}

void TestGerman::pronouns_data()
{
    addAttributionColumns();
    QTest::newRow("sagte er: the man named before")
        << u"Der Bürgermeister Klaus Wendt besuchte am Montag die Unglücksstelle.\n\n"
           u"„Wir werden alles wieder aufbauen“, sagte er."_s
        << QStringList{u"Wir werden alles wieder aufbauen => Klaus Wendt"_s};
    QTest::newRow("sagte sie: the woman, not the man in between")
        << u"Ministerin Petra Saalfeld traf sich am Dienstag mit Vertretern der Bauern.\n\n"
           u"„Wir brauchen eine faire Lösung“, sagte sie."_s
        << QStringList{u"Wir brauchen eine faire Lösung => Petra Saalfeld"_s};
}

void TestGerman::pronouns()
{
    checkGerman();
}

void TestGerman::commonNounsAreNotSpeakers_data()
{
    addAttributionColumns();
    QTest::newRow("a capitalised noun opening the sentence")
        << u"Erklärung und Zahlen lagen am Abend vor. Martin Sauer sagte: „Wir sind zufrieden.“"_s
        << QStringList{u"Wir sind zufrieden => Martin Sauer"_s};
    QTest::newRow("Im Interview sagte NAME: the interview does not speak")
        << u"Im Interview sagte Petra Saalfeld: „Die Reform kommt.“"_s
        << QStringList{u"Die Reform kommt => Petra Saalfeld"_s};
}

void TestGerman::commonNounsAreNotSpeakers()
{
    checkGerman();
}

void TestGerman::reportedSpeech_data()
{
    addAttributionColumns();
    QTest::newRow("NAME sagte, er werde …")
        << u"Tobias Kranich sagte, er werde im Herbst nicht mehr kandidieren."_s
        << QStringList{u"er werde im Herbst nicht mehr kandidieren => Tobias Kranich"_s};
    // A name in quotation marks after its noun is part of the subject, and no quotation.
    QTest::newRow("Die Zeitung „NAME“ berichtete, dass …")
        << u"Die Zeitung „Nordkurier“ berichtete am Montag, dass die Brücke gesperrt werde."_s
        << QStringList{u"dass die Brücke gesperrt werde => Die Zeitung"_s};
    QTest::newRow("Am Montag meldete die Agentur „NAME“, S")
        << u"Am Montag meldete die Agentur „Nordpress“, die Brücke werde gesperrt."_s
        << QStringList{u"die Brücke werde gesperrt => die Agentur"_s};
    QTest::newRow("S, sagte ein COMPOUND-Sprecher")
        << u"Die Arbeiten seien beendet, sagte ein Werftsprecher am Montag."_s
        << QStringList{u"Die Arbeiten seien beendet => ein Werftsprecher"_s};
    QTest::newRow("NAME sagte, dass …")
        << u"Die Ministerin erklärte, dass die Schulen im Mai wieder öffnen sollen."_s
        << QStringList{u"dass die Schulen im Mai wieder öffnen sollen => Die Ministerin"_s};
    // The "dass" opening the content belongs to it, whatever word follows it.
    QTest::newRow("NAME sagte, dass ADVERB …")
        << u"Tobias Kranich sagte, dass heute die Brücke gesperrt werde."_s
        << QStringList{u"dass heute die Brücke gesperrt werde => Tobias Kranich"_s};
    // A separable verb reports only with its particle closing the clause before the comma.
    QTest::newRow("ROLE räumte ADVERB ein, S (separable verb)")
        << u"Die Bürgermeisterin räumte zwar ein, die Kosten könnten steigen."_s
        << QStringList{u"die Kosten könnten steigen => Die Bürgermeisterin"_s};
    QTest::newRow("ROLE stellte im NOUN klar, dass … (separable verb)")
        << u"Das Gericht stellte im Urteil klar, dass die Kündigung unwirksam sei."_s
        << QStringList{u"dass die Kündigung unwirksam sei => Das Gericht"_s};
    QTest::newRow("NAME hat DET ROLE aufgefordert, VP: the object before the participle")
        << u"Anna Brenner hat die Autohersteller am Samstag aufgefordert, sparsamere Wagen zu "
           "bauen."_s
        << QStringList{u"sparsamere Wagen zu bauen => Anna Brenner"_s};
    QTest::newRow("…, gibt, …: a comma after the finite part does not open content")
        << u"Da es dafür keine Regel gibt, bleibt die Brücke bis zum Sommer gesperrt."_s
        << QStringList{};
    QTest::newRow("gab es …: the finite part of a separable verb without its particle")
        << u"In der Stadt gab es am Montag keine Verletzten, die Feuerwehr war schnell."_s
        << QStringList{};
    // The comma before the cue closes the subject's apposition: the content follows.
    QTest::newRow("NAME, APPOSITION, erklärte, S")
        << u"Anna Brenner, Geschäftsführerin des Verbandes, erklärte, die Firmen würden den Streik "
           "durchstehen."_s
        << QStringList{u"die Firmen würden den Streik durchstehen => Anna Brenner"_s};
    QTest::newRow("Im NOUN heißt es, dass …: an impersonal cue names no source")
        << u"Der Bericht liegt vor. Im Bericht heißt es, dass die Brücke marode sei."_s
        << QStringList{u"dass die Brücke marode sei => ?"_s};
    QTest::newRow("…, sagte der Sprecher")
        << u"Die Brücke werde im Mai wieder freigegeben, sagte der Sprecher der Stadt."_s
        << QStringList{u"Die Brücke werde im Mai wieder freigegeben => der Sprecher"_s};
    // A source phrase opening the sentence reports all that follows it, the verb included.
    QTest::newRow("DET ROLE zufolge VERB …")
        << u"Dem Sprecher zufolge wird die Brücke im Mai wieder freigegeben."_s
        << QStringList{u"wird die Brücke im Mai wieder freigegeben => Dem Sprecher"_s};
    // A source without a name or role is its noun phrase: the report speaks.
    QTest::newRow("DET NOUN zufolge VERB …: the report is the source")
        << u"Dem jüngsten Bericht zufolge wurden im Herbst drei Brücken gesperrt."_s
        << QStringList{u"wurden im Herbst drei Brücken gesperrt => jüngsten Bericht"_s};
    QTest::newRow("ADJ NOUN zufolge VERB …")
        << u"Ersten Angaben zufolge wurden bei dem Brand zwei Menschen verletzt."_s
        << QStringList{u"wurden bei dem Brand zwei Menschen verletzt => Ersten Angaben"_s};
    QTest::newRow("Laut DET NOUN VERB …")
        << u"Laut dem Gutachten war die Brücke seit Jahren baufällig."_s
        << QStringList{u"war die Brücke seit Jahren baufällig => Gutachten"_s};
    QTest::newRow("Laut ORG VERB …")
        << u"Laut Feuerwehr wurden bei dem Brand drei Menschen leicht verletzt."_s
        << QStringList{u"wurden bei dem Brand drei Menschen leicht verletzt => Feuerwehr"_s};
    QTest::newRow("Nach Angaben DET ORG VERB …")
        << u"Nach Angaben der Polizei blieb die Straße bis zum Abend gesperrt."_s
        << QStringList{u"blieb die Straße bis zum Abend gesperrt => der Polizei"_s};
    QTest::newRow("POSSESSIVE Meinung nach VERB …: the source is a pronoun")
        << u"Tobias Kranich kam spät. Seiner Meinung nach hätte die Stadt früher handeln müssen."_s
        << QStringList{u"hätte die Stadt früher handeln müssen => ?"_s};
    // Inside a sentence, the phrase reports what comes before it and what follows it.
    QTest::newRow("… nach Angaben DET ORG …")
        << u"Drei Menschen wurden nach Angaben der Feuerwehr leicht verletzt."_s
        << QStringList{u"Drei Menschen wurden => der Feuerwehr"_s,
                       u"leicht verletzt => der Feuerwehr"_s};
    QTest::newRow("… laut POSSESSIVE NOUN …")
        << u"Die Partei schließt laut ihren Aussagen keine Koalition aus."_s
        << QStringList{u"Die Partei schließt => ?"_s, u"keine Koalition aus => ?"_s};
    // German marks reported speech by the mood of the verb, and goes on in it without a cue.
    QTest::newRow("NAME sagte, … Konjunktiv I carries on")
        << u"Tobias Kranich sagte, er werde im Herbst nicht mehr kandidieren. Die Partei "
           "brauche neue Gesichter. Am Abend fuhr er nach Hause."_s
        << QStringList{u"er werde im Herbst nicht mehr kandidieren => Tobias Kranich"_s,
                       u"Die Partei brauche neue Gesichter => Tobias Kranich"_s};
    // "soll" with a perfect infinitive reports hearsay, as the Konjunktiv does; with a plain
    // infinitive it states a plan.
    QTest::newRow("soll … geholfen haben: hearsay, from the subject of the sentence before")
        << u"Die Polizei nahm drei Männer fest. Ein vierter Mann soll ihnen geholfen haben."_s
        << QStringList{u"Ein vierter Mann soll ihnen geholfen haben => Die Polizei"_s};
    QTest::newRow("soll … fertig werden: a plan, no report")
        << u"Die Stadt baut eine Brücke. Die Brücke soll im Mai fertig werden."_s << QStringList{};
    QTest::newRow("Konjunktiv alone reports, from the subject of the sentence before")
        << u"Tobias Kranich wies den Vorwurf zurück. Die Ausgaben seien vollständig belegt."_s
        << QStringList{u"Die Ausgaben seien vollständig belegt => Tobias Kranich"_s};
    // A common noun is no source: "Leitsätze" is written nowhere as part of a name.
    QTest::newRow("Konjunktiv alone after a sentence of common nouns: no source")
        << u"Die Leitsätze wurden am Montag veröffentlicht. Die Regeln seien zu streng."_s
        << QStringList{u"Die Regeln seien zu streng => ?"_s};
    QTest::newRow("Konjunktiv alone goes on with the source of a report shortly before")
        << u"Anna Brenner sagte, die Brücke werde im Juni eröffnet. Die Baukosten wurden am "
           "Montag veröffentlicht. Die Kosten seien zu hoch."_s
        << QStringList{u"die Brücke werde im Juni eröffnet => Anna Brenner"_s,
                       u"Die Kosten seien zu hoch => Anna Brenner"_s};
    QTest::newRow("a lone surname of a longer name is a source")
        << u"Anna Brenner kam am Montag. Brenner lobte die Helfer. Die Arbeit sei großartig "
           "gewesen."_s
        << QStringList{u"Die Arbeit sei großartig gewesen => Anna Brenner"_s};
    QTest::newRow("„…“, sagte NAME. Konjunktiv carries the quotation on")
        << u"„Wir geben nicht auf“, sagte Helga Marwitz. Die Verhandlungen seien auf einem guten "
           "Weg."_s
        << QStringList{u"Die Verhandlungen seien auf einem guten Weg => Helga Marwitz"_s};
    QTest::newRow("…, teilte die Polizei mit")
        << u"Drei Menschen seien leicht verletzt worden, teilte die Polizei mit."_s
        << QStringList{u"Drei Menschen seien leicht verletzt worden => die Polizei"_s};
    QTest::newRow("„…“, so NAME") // the quotation is direct speech, not a report
        << u"„Wir geben nicht auf“, so Kranich."_s << QStringList{};
    // Verb second: the subject follows the verb, or stands first before an auxiliary.
    QTest::newRow("ADVERBIAL sagte DET ROLE, …")
        << u"Am Montag sagte der Bürgermeister, die Brücke werde im Sommer saniert."_s
        << QStringList{u"die Brücke werde im Sommer saniert => der Bürgermeister"_s};
    QTest::newRow("DET ROLE hatte PP gesagt, …: the object of a preposition is no speaker")
        << u"Die Ministerin hatte in einem Gespräch mit der Zeitung gesagt, die Reform komme "
           "zu spät."_s
        << QStringList{u"die Reform komme zu spät => Die Ministerin"_s};
    QTest::newRow("ADVERBIAL teilte DET ORG mit, …")
        << u"Am Abend teilte die Feuerwehr mit, zwei Häuser seien zerstört worden."_s
        << QStringList{u"zwei Häuser seien zerstört worden => die Feuerwehr"_s};
    QTest::newRow("DET ORG geht davon aus, dass …: a cue phrase without a cue verb")
        << u"Die Polizei geht davon aus, dass der Brand gelegt wurde."_s
        << QStringList{u"dass der Brand gelegt wurde => Die Polizei"_s};
    QTest::newRow("DET ORG forderte DET ORG auf, … zu …")
        << u"Der Verband forderte die Regierung auf, die Steuern zu senken."_s
        << QStringList{u"die Steuern zu senken => Der Verband"_s};
    QTest::newRow("Wie DET ROLE DET ORG mitteilte, …: a genitive is not the speaker")
        << u"Wie ein Sprecher der Stadtwerke mitteilte, ist die Versorgung gesichert."_s
        << QStringList{u"ist die Versorgung gesichert => ein Sprecher"_s};
    QTest::newRow("DET ROLE DET ORG sagte, …")
        << u"Der Sprecher der Stadtwerke sagte, die Versorgung sei gesichert."_s
        << QStringList{u"die Versorgung sei gesichert => Der Sprecher"_s};
    QTest::newRow("…, sagte NAME, DET ROLE: the content comes first")
        << u"Die Patienten seien außer Lebensgefahr, sagte Klaus Berger, der Sprecher der "
           "Klinik."_s
        << QStringList{u"Die Patienten seien außer Lebensgefahr => Klaus Berger"_s};
    QTest::newRow("PP appellierte sie, …: the pronoun after the verb is its subject")
        << u"Helga Marwitz besuchte das Lager. An die Regierung appellierte sie, mehr Helfer zu "
           "schicken."_s
        << QStringList{u"mehr Helfer zu schicken => Helga Marwitz"_s};
    QTest::newRow("Dies bestätigte DET ROLE")
        << u"Die Schule bleibt geschlossen. Dies bestätigte der Bürgermeister am Abend."_s
        << QStringList{u"Dies => der Bürgermeister"_s};
    QTest::newRow("Nach eigenen Angaben …: no source named")
        << u"Nach eigenen Angaben hat das Unternehmen keine Schulden."_s
        << QStringList{u"hat das Unternehmen keine Schulden => ?"_s};
    QTest::newRow("…, so NAME")
        << u"Die Gespräche seien in einer guten Atmosphäre verlaufen, so Kranich."_s
        << QStringList{u"Die Gespräche seien in einer guten Atmosphäre verlaufen => Kranich"_s};
}

void TestGerman::reportedSpeech()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(joined(reported(analyseGerman(text))), joined(expected));
}

// German news quotes a speaker's own words in fragments inside sentences of report: those are
// speech, with the reporting sentence's speaker; a naming phrase still makes a label.
void TestGerman::quotedFragments_data()
{
    addAttributionColumns();
    QTest::newRow("bezeichnete NP als „…“")
        << u"Der Bürgermeister bezeichnete den Plan als „völlig verfehlt“."_s
        << QStringList{u"völlig verfehlt => Der Bürgermeister"_s};
    QTest::newRow("sprach von einem „…“")
        << u"Die Ministerin sprach von einem „schwarzen Tag für die Region“."_s
        << QStringList{u"schwarzen Tag für die Region => Die Ministerin"_s};
    QTest::newRow("Konjunktiv carries the report on to a fragment")
        << u"Tobias Kranich sagte am Montag, er werde nicht mehr kandidieren.\n\nDie Lage der "
           "Partei sei „ausgesprochen schwierig“."_s
        << QStringList{u"er werde nicht mehr kandidieren => Tobias Kranich"_s,
                       u"ausgesprochen schwierig => Tobias Kranich"_s};
    QTest::newRow("der sogenannte „…“ is a label")
        << u"Der sogenannte „Sparplan“ sei gescheitert, sagte Anna Brenner."_s
        << QStringList{u"Der sogenannte „Sparplan“ sei gescheitert => Anna Brenner"_s};
    QTest::newRow("no report in the sentence: a name")
        << u"Im Hafen lag die neue Fähre „Möwe“ vor Anker."_s << QStringList{};
}

void TestGerman::quotedFragments()
{
    checkGerman();
}

QTEST_GUILESS_MAIN(TestGerman)
#include "tst_german.moc"
