// News in French with its lexicon (resources/lang/fr): direct quotations with the cue after
// them (the subject inverted: « … », a déclaré le maire X) and before them, pronoun cues,
// titled names, source phrases and reported speech. Every fixture is
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
using whosaid::analysis::QuoteKind;
using whosaid::coretest::attributed;
using whosaid::coretest::joined;
using whosaid::coretest::quotedText;
using whosaid::coretest::speakerOf;

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

// "content => speaker" for every report without quotation marks (indirect speech).
QStringList reported(const Analysis &a)
{
    QStringList out;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const auto &quote = a.quotes.at(q);
        if (quote.depth == 0 && quote.kind == QuoteKind::Indirect)
            out.append(u"%1 => %2"_s.arg(quotedText(a, quote), speakerOf(a, q)));
    }
    return out;
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

// The cue after the quotation, its subject after it: a titled name, with the article French
// puts before the title, or a role and its holder.
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
}

void TestLanguages::sourcePhrase()
{
    check();
}

// Reported speech after the word that opens it ("que").
void TestLanguages::reportedSpeech_data()
{
    addColumns();
    addRow("ROLE a dit que …", u"fr"_s, u"Le maire a dit que le pont rouvrirait en juin."_s,
           {u"le pont rouvrirait en juin => Le maire"_s});
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
