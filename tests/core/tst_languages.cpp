// News in French, Spanish, Italian, Portuguese, Russian and Czech with their lexicons
// (resources/lang/<code>): direct quotations with the cue after them (the subject inverted:
// « … », a déclaré le maire X) and before them, pronoun cues, titled names, source phrases, a
// cue without a subject where the language drops it, and reported speech. Every fixture is
// invented. An expected attribution reads "quoted text => speaker name", with "?" for no
// speaker and the trailing comma or full stop left out; a speaker is named as the text declines
// the name.

#include "AnalysisTestSupport.h"
#include "analysis/Pipeline.h"
#include "document/Document.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Pipeline;
using whosaid::coretest::attributed;
using whosaid::coretest::joined;
using whosaid::coretest::reported;

namespace {

Analysis analyseIn(const QString &language, const QString &text)
{
    static const Pipeline pipeline;
    return pipeline.analyse(std::make_shared<const whosaid::document::Document>(text), language);
}

void addColumns()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void addRow(const char *name, const QString &language, const QString &text,
            const QStringList &expected)
{
    QTest::addRow("%s: %s", qPrintable(language), name) << language << text << expected;
}

} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void cueAfter_data();
    void cueAfter();
    void cueBefore_data();
    void cueBefore();
    void pronounCue_data();
    void pronounCue();
    void sourcePhrase_data();
    void sourcePhrase();
    void droppedSubject_data();
    void droppedSubject();
    void reportedSpeech_data();
    void reportedSpeech();

private:
    static void check();
};

void TestLanguages::check()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(joined(attributed(analyseIn(language, text))), joined(expected));
}

// The cue after the quotation, its subject after it: a titled name, with the article French,
// Spanish, Italian and Portuguese put before the title, or a role and its holder.
void TestLanguages::cueAfter_data()
{
    addColumns();
    addRow("« … », a déclaré le maire NAME", u"fr"_s,
           u"La commune a présenté lundi son plan de circulation. « Le pont rouvrira avant "
           "l'été », a déclaré le maire Julien Marchand."_s,
           {u"Le pont rouvrira avant l'été => Julien Marchand"_s});
    addRow("« … », a annoncé la porte-parole du syndicat, NAME", u"fr"_s,
           u"« Nous appelons à la grève », a annoncé la porte-parole du syndicat, Inès Moreau."_s,
           {u"Nous appelons à la grève => Inès Moreau"_s});
    addRow("« … », explique Mme NAME", u"fr"_s,
           u"« Les habitants ont été consultés », explique Mme Lefort."_s,
           {u"Les habitants ont été consultés => Lefort"_s});
    addRow("«…», dijo el alcalde NAME", u"es"_s,
           u"El Ayuntamiento presentó el lunes su plan de tráfico. «Reabriremos el puente antes "
           "del verano», dijo el alcalde Tomás Herrera."_s,
           {u"Reabriremos el puente antes del verano => Tomás Herrera"_s});
    addRow("“…”, afirmó la portavoz del Ayuntamiento, NAME", u"es"_s,
           u"“Los vecinos fueron consultados”, afirmó la portavoz del Ayuntamiento, Sara Blanco."_s,
           {u"Los vecinos fueron consultados => Sara Blanco"_s});
    addRow("«…», ha detto il sindaco NAME", u"it"_s,
           u"Il Comune ha presentato lunedì il piano del traffico. «Riapriremo il ponte prima "
           "dell'estate», ha detto il sindaco Marco Ferretti."_s,
           {u"Riapriremo il ponte prima dell'estate => Marco Ferretti"_s});
    addRow("«…», ha affermato la portavoce del Comune, NAME", u"it"_s,
           u"«I residenti sono stati consultati», ha affermato la portavoce del Comune, Sara "
           "Gallo."_s,
           {u"I residenti sono stati consultati => Sara Gallo"_s});
    addRow("“…”, disse o prefeito NAME", u"pt"_s,
           u"A prefeitura apresentou na segunda o plano de trânsito. “Vamos reabrir a ponte "
           "antes do verão”, disse o prefeito Rui Fontes."_s,
           {u"Vamos reabrir a ponte antes do verão => Rui Fontes"_s});
    addRow("“…”, frisou o primeiro-ministro NAME", u"pt"_s,
           u"“É preciso agir depressa”, frisou o primeiro-ministro Luís Azevedo."_s,
           {u"É preciso agir depressa => Luís Azevedo"_s});
    addRow("«…», — сказал мэр города NAME", u"ru"_s,
           u"«Мы откроем мост до конца лета», — сказал мэр города Игорь Соколов."_s,
           {u"Мы откроем мост до конца лета => Игорь Соколов"_s});
    addRow("«…», — заявил министр иностранных дел NAME", u"ru"_s,
           u"«Переговоры продолжатся в среду», — заявил министр иностранных дел Андрей Белов."_s,
           {u"Переговоры продолжатся в среду => Андрей Белов"_s});
    addRow("«…», — заверила пресс-секретарь мэрии NAME", u"ru"_s,
           u"«Жители были опрошены», — заверила пресс-секретарь мэрии Ольга Иванова."_s,
           {u"Жители были опрошены => Ольга Иванова"_s});
    addRow("„…,“ řekla starostka Brna NAME", u"cs"_s,
           u"„Most otevřeme do konce léta,“ řekla starostka Brna Alena Kučerová."_s,
           {u"Most otevřeme do konce léta => Alena Kučerová"_s});
    addRow("„…,“ uvedl ministr zahraničí NAME", u"cs"_s,
           u"„Tento projekt je příliš drahý,“ uvedl ministr zahraničí Pavel Novotný."_s,
           {u"Tento projekt je příliš drahý => Pavel Novotný"_s});
    addRow("„…,“ ujistila mluvčí radnice NAME", u"cs"_s,
           u"„Obyvatelé byli konzultováni,“ ujistila mluvčí radnice Jana Horáková."_s,
           {u"Obyvatelé byli konzultováni => Jana Horáková"_s});
}

void TestLanguages::cueAfter()
{
    check();
}

// The speaker and the cue before the quotation, with a colon.
void TestLanguages::cueBefore_data()
{
    addColumns();
    addRow("La ministre de la Santé NAME a répondu : « … »", u"fr"_s,
           u"La ministre de la Santé Claire Dumas a répondu : « Les hôpitaux recevront des "
           "moyens supplémentaires. »"_s,
           {u"Les hôpitaux recevront des moyens supplémentaires => Claire Dumas"_s});
    addRow("La ministra de Sanidad, NAME, respondió: «…»", u"es"_s,
           u"La ministra de Sanidad, Elena Prieto, respondió: «Los hospitales tendrán más "
           "recursos»."_s,
           {u"Los hospitales tendrán más recursos => Elena Prieto"_s});
    addRow("La ministra della Salute NAME ha risposto: «…»", u"it"_s,
           u"La ministra della Salute Chiara Conti ha risposto: «Gli ospedali avranno più "
           "risorse»."_s,
           {u"Gli ospedali avranno più risorse => Chiara Conti"_s});
    addRow("A ministra da Saúde, NAME, respondeu: “…”", u"pt"_s,
           u"A ministra da Saúde, Helena Rocha, respondeu: “Os hospitais terão mais "
           "recursos.”"_s,
           {u"Os hospitais terão mais recursos => Helena Rocha"_s});
    addRow("Губернатор NAME ответил: «…»", u"ru"_s,
           u"Губернатор Павел Орлов ответил: «Правительство поддержит город»."_s,
           {u"Правительство поддержит город => Павел Орлов"_s});
    addRow("Premiér NAME odpověděl: „…“", u"cs"_s,
           u"Premiér Tomáš Hájek odpověděl: „Vláda město podpoří.“"_s,
           {u"Vláda město podpoří => Tomáš Hájek"_s});
}

void TestLanguages::cueBefore()
{
    check();
}

// A pronoun as the subject of the cue, resolved to the person named before it.
void TestLanguages::pronounCue_data()
{
    addColumns();
    addRow("« … », a-t-il précisé", u"fr"_s,
           u"Le préfet Henri Vasseur a visité le chantier mardi.\n\n« Les travaux dureront trois "
           "mois », a-t-il précisé."_s,
           {u"Les travaux dureront trois mois => Henri Vasseur"_s});
    addRow("« … », dit-elle", u"fr"_s,
           u"Claire Dumas était à Lille jeudi.\n\n« Nous ne fermerons aucune maternité », "
           "dit-elle."_s,
           {u"Nous ne fermerons aucune maternité => Claire Dumas"_s});
    addRow("«…», explicó ella", u"es"_s,
           u"La consejera Marta Gil visitó las obras el martes.\n\n«Las obras durarán tres "
           "meses», explicó ella."_s,
           {u"Las obras durarán tres meses => Marta Gil"_s});
    addRow("«…», ha spiegato lei", u"it"_s,
           u"L'assessora Paola Greco ha visitato il cantiere martedì.\n\n«I lavori dureranno tre "
           "mesi», ha spiegato lei."_s,
           {u"I lavori dureranno tre mesi => Paola Greco"_s});
    addRow("“…”, explicou ela", u"pt"_s,
           u"A vereadora Carla Mendes visitou a obra na terça.\n\n“As obras vão durar três "
           "meses”, explicou ela."_s,
           {u"As obras vão durar três meses => Carla Mendes"_s});
    addRow("«…», — сказала она", u"ru"_s,
           u"Министр Елена Волкова посетила стройку во вторник.\n\n«Работы продлятся три "
           "месяца», — сказала она."_s,
           {u"Работы продлятся три месяца => Елена Волкова"_s});
    addRow("«…», - сказал он: a typed hyphen for the dash", u"ru"_s,
           u"Губернатор Павел Орлов приехал в город утром.\n\n«Мы будем следить за ситуацией», - "
           "сказал он."_s,
           {u"Мы будем следить за ситуацией => Павел Орлов"_s});
    addRow("Ona řekla: „…“", u"cs"_s,
           u"Ministryně Jana Malá navštívila stavbu v úterý. Ona však řekla: „Práce potrvají tři "
           "měsíce.“"_s,
           {u"Práce potrvají tři měsíce => Jana Malá"_s});
}

void TestLanguages::pronounCue()
{
    check();
}

// The word for "according to" before the source, before or after the quotation.
void TestLanguages::sourcePhrase_data()
{
    addColumns();
    addRow("Selon M. NAME, « … »", u"fr"_s,
           u"Selon M. Perrin, « la circulation sera perturbée jusqu'en mars »."_s,
           {u"la circulation sera perturbée jusqu'en mars => Perrin"_s});
    addRow("«…», según el Sr. NAME", u"es"_s,
           u"«El tráfico estará cortado hasta marzo», según el Sr. Ortega."_s,
           {u"El tráfico estará cortado hasta marzo => Ortega"_s});
    addRow("Secondo il sig. NAME, «…»", u"it"_s,
           u"Secondo il sig. Rossi, «il traffico sarà deviato per tre mesi»."_s,
           {u"il traffico sarà deviato per tre mesi => Rossi"_s});
    addRow("Segundo o sr. NAME, “…”", u"pt"_s,
           u"Segundo o sr. Pereira, “o trânsito ficará interrompido até março”."_s,
           {u"o trânsito ficará interrompido até março => Pereira"_s});
    addRow("По словам ROLE, «…»: the role in the genitive", u"ru"_s,
           u"По словам губернатора, «движение будет ограничено на три месяца»."_s,
           {u"движение будет ограничено на три месяца => губернатора"_s});
    addRow("Podle ROLE „…“: the role in the genitive", u"cs"_s,
           u"Podle ministra „bude doprava omezena na tři měsíce“."_s,
           {u"bude doprava omezena na tři měsíce => ministra"_s});
}

void TestLanguages::sourcePhrase()
{
    check();
}

// A cue without a subject, as languages that drop it write: the speaker of the quotation
// before carries on.
void TestLanguages::droppedSubject_data()
{
    addColumns();
    addRow("«…», añadió", u"es"_s,
           u"«No habrá recortes», aseguró el ministro Andrés Vidal.\n\n«Los salarios subirán en "
           "enero», añadió."_s,
           {u"No habrá recortes => Andrés Vidal"_s,
            u"Los salarios subirán en enero => Andrés Vidal"_s});
    addRow("«…», ha aggiunto", u"it"_s,
           u"«Non ci saranno tagli», ha assicurato il ministro Luca Marini.\n\n«Gli stipendi "
           "aumenteranno a gennaio», ha aggiunto."_s,
           {u"Non ci saranno tagli => Luca Marini"_s,
            u"Gli stipendi aumenteranno a gennaio => Luca Marini"_s});
    addRow("“…”, acrescentou", u"pt"_s,
           u"“Não haverá cortes”, garantiu o ministro Paulo Lemos.\n\n“Os salários vão subir em "
           "janeiro”, acrescentou."_s,
           {u"Não haverá cortes => Paulo Lemos"_s,
            u"Os salários vão subir em janeiro => Paulo Lemos"_s});
    addRow("„…,“ dodal", u"cs"_s,
           u"„Nebudou žádné škrty,“ uvedl ministr financí Karel Beneš.\n\n„Platy vzrostou v "
           "lednu,“ dodal."_s,
           {u"Nebudou žádné škrty => Karel Beneš"_s, u"Platy vzrostou v lednu => Karel Beneš"_s});
}

void TestLanguages::droppedSubject()
{
    check();
}

// Reported speech after the word that opens it ("que", "che", "что", "že").
void TestLanguages::reportedSpeech_data()
{
    addColumns();
    addRow("ROLE a dit que …", u"fr"_s, u"Le maire a dit que le pont rouvrirait en juin."_s,
           {u"que le pont rouvrirait en juin => Le maire"_s});
    addRow("ROLE dijo que …", u"es"_s, u"El alcalde dijo que el puente se abrirá en junio."_s,
           {u"que el puente se abrirá en junio => El alcalde"_s});
    addRow("ROLE ha detto che …", u"it"_s, u"Il sindaco ha detto che il ponte riaprirà a giugno."_s,
           {u"che il ponte riaprirà a giugno => Il sindaco"_s});
    addRow("ROLE disse que …", u"pt"_s, u"O prefeito disse que a ponte será reaberta em junho."_s,
           {u"que a ponte será reaberta em junho => O prefeito"_s});
    addRow("ROLE заявил, что …", u"ru"_s, u"Мэр заявил, что мост откроют в июне."_s,
           {u"что мост откроют в июне => Мэр"_s});
    addRow("ROLE uvedl, že …", u"cs"_s, u"Starosta uvedl, že most bude otevřen v červnu."_s,
           {u"že most bude otevřen v červnu => Starosta"_s});
}

void TestLanguages::reportedSpeech()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(joined(reported(analyseIn(language, text))), joined(expected));
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
