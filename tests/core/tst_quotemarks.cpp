#include "AnalysisTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Quote;
using whosaid::analysis::QuoteKind;
using whosaid::analysis::Token;
using whosaid::coretest::analyseQuoteMarks;
using whosaid::coretest::sentenceTexts;
using whosaid::document::TextRange;

namespace {

// The words of the top-level quotes, in text order.
QStringList topLevelQuotes(const Analysis &a)
{
    QStringList quotes;
    for (const Quote &q : a.quotes) {
        if (q.depth == 0)
            quotes.append(a.view(q.content).toString());
    }
    return quotes;
}

// Every quote as "p<paragraph> d<depth>[ continues][ recovered]: <content>".
QStringList describeQuotes(const Analysis &a)
{
    QStringList quotes;
    for (const Quote &q : a.quotes) {
        QString line = u"p%1 d%2"_s.arg(q.paragraph).arg(q.depth);
        if (q.continuesPrevious)
            line += u" continues"_s;
        if (q.recoveredEnd)
            line += u" recovered"_s;
        quotes.append(line + u": "_s + a.view(q.content));
    }
    return quotes;
}

// Invariants of every quote: the content lies in the outer range, which lies in one paragraph,
// and the marks sit right outside the content unless the end was recovered.
void checkQuotes(const Analysis &a)
{
    const auto &paragraphs = a.document->paragraphs();
    for (const Quote &q : a.quotes) {
        QVERIFY(!q.content.isEmpty());
        QVERIFY(q.outer.contains(q.content));
        QVERIFY(q.paragraph >= 0 && q.paragraph < paragraphs.size());
        QVERIFY(paragraphs.at(q.paragraph).contains(q.outer));
        QVERIFY(!a.view(q.content).front().isSpace());
        QVERIFY(!a.view(q.content).back().isSpace());
        QVERIFY(q.outer.start < q.content.start);
        QVERIFY(!a.text().at(q.outer.start).isLetterOrNumber());
        if (!q.recoveredEnd
            && !(q.outer.end == paragraphs.at(q.paragraph).end
                 && q.paragraph + 1 < paragraphs.size())) {
            QVERIFY(q.outer.end > q.content.end);
            QVERIFY(!a.text().at(q.outer.end - 1).isLetterOrNumber());
        }
    }
    for (qsizetype i = 1; i < a.quotes.size(); ++i)
        QVERIFY(a.quotes.at(i - 1).content.start <= a.quotes.at(i).content.start);
}

// The top-level quotes of the row's "text" are its "quotes", and they keep the invariants.
void checkTopLevelQuotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);

    const Analysis a = analyseQuoteMarks(text);
    QCOMPARE(topLevelQuotes(a), quotes);
    checkQuotes(a);
}

qsizetype sentenceOf(const Analysis &a, qsizetype pos)
{
    for (qsizetype i = 0; i < a.sentences.size(); ++i) {
        if (a.sentences.at(i).range.contains(pos))
            return i;
    }
    return -1;
}

} // namespace

class TestQuoteMarks final : public QObject
{
    Q_OBJECT

private slots:
    void styles_data();
    void styles();
    void apostrophes_data();
    void apostrophes();
    void strayAndEmpty_data();
    void strayAndEmpty();
    void structure_data();
    void structure();
    void nestedKinds();
    void sentencesMerged_data();
    void sentencesMerged();
    void offsets();
    void tokenFlags();
};

void TestQuoteMarks::styles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");

    QTest::newRow("straight double")
        << u"The mayor said \"we will rebuild the bridge\" on Monday."_s
        << QStringList{u"we will rebuild the bridge"_s};
    QTest::newRow("curly double") << u"The mayor said “we will rebuild the bridge” on Monday."_s
                                  << QStringList{u"we will rebuild the bridge"_s};
    QTest::newRow("curly single") << u"The coach called it ‘a fair result’ after the match."_s
                                  << QStringList{u"a fair result"_s};
    QTest::newRow("straight single")
        << u"The minister said 'we are ready' before the vote."_s << QStringList{u"we are ready"_s};
    QTest::newRow("guillemets") << u"The mayor called the plan «a promise kept» on Monday."_s
                                << QStringList{u"a promise kept"_s};
    QTest::newRow("guillemets, French spacing")
        << u"Le maire a déclaré : « Nous reconstruirons le pont », lundi."_s
        << QStringList{u"Nous reconstruirons le pont"_s};
    QTest::newRow("guillemets, narrow no-break spaces")
        << u"Le maire a déclaré : «\u202fNous reconstruirons le pont\u202f», lundi."_s
        << QStringList{u"Nous reconstruirons le pont"_s};
    QTest::newRow("single guillemets")
        << u"The coach called it ‹temporary› twice."_s << QStringList{u"temporary"_s};
    QTest::newRow("German double")
        << u"Der Bürgermeister sagte: „Wir bauen die Brücke neu“, und ging."_s
        << QStringList{u"Wir bauen die Brücke neu"_s};
    QTest::newRow("German single")
        << u"Der Trainer nannte es ‚vorläufig‘ und ging."_s << QStringList{u"vorläufig"_s};
    QTest::newRow("German guillemets")
        << u"Der Trainer sagte: »Wir haben verdient gewonnen«, und lachte."_s
        << QStringList{u"Wir haben verdient gewonnen"_s};
    QTest::newRow("Polish „…”") << u"Burmistrz powiedział: „Most będzie gotowy”, i wyszedł."_s
                                << QStringList{u"Most będzie gotowy"_s};
    QTest::newRow("corner brackets")
        << u"市長は「橋を再建する」と述べた。"_s << QStringList{u"橋を再建する"_s};
    QTest::newRow("white corner brackets")
        << u"監督は『勝てる』と話した。"_s << QStringList{u"勝てる"_s};
    QTest::newRow("Swedish ”…”") << u"Borgmästaren sa ”vi bygger om bron” på måndagen."_s
                                 << QStringList{u"vi bygger om bron"_s};
    QTest::newRow("curly open, straight close")
        << u"The coach said “we played well\" after the game."_s
        << QStringList{u"we played well"_s};
    QTest::newRow("straight open, curly close")
        << u"The coach said \"we played well” after the game."_s
        << QStringList{u"we played well"_s};
    QTest::newRow("doubled apostrophes, as in some news archives")
        << u"''We are ready,'' the mayor said. ''The bridge opens in May.''"_s
        << QStringList{u"We are ready,"_s, u"The bridge opens in May."_s};
    QTest::newRow("TeX quotes ``…''")
        << u"The mayor said ``we are ready'' on Monday."_s << QStringList{u"we are ready"_s};
    QTest::newRow("fullwidth") << u"The mayor said ＂we are ready＂ today."_s
                               << QStringList{u"we are ready"_s};
    QTest::newRow("two quotes around a cue")
        << u"“We are ready,” the coach said, “and we will win.”"_s
        << QStringList{u"We are ready,"_s, u"and we will win."_s};
    QTest::newRow("two styles in one paragraph")
        << u"The mayor said \"yes\" and the minister said “no” to the plan."_s
        << QStringList{u"yes"_s, u"no"_s};
    QTest::newRow("in parentheses")
        << u"The vote (“a farce”, one critic wrote) passed."_s << QStringList{u"a farce"_s};
    QTest::newRow("between dashes")
        << u"The minister—“a true friend”—spoke first."_s << QStringList{u"a true friend"_s};
    QTest::newRow("after a colon")
        << u"The mayor was brief:“No comment.”"_s << QStringList{u"No comment."_s};
    QTest::newRow("before a full stop")
        << u"The coach said only “maybe”."_s << QStringList{u"maybe"_s};
    QTest::newRow("ellipsis inside")
        << u"The mayor said “well…” and stopped."_s << QStringList{u"well…"_s};
    QTest::newRow("quote is the paragraph")
        << u"“We will rebuild the bridge.”"_s << QStringList{u"We will rebuild the bridge."_s};
}

void TestQuoteMarks::styles()
{
    checkTopLevelQuotes();
}

void TestQuoteMarks::apostrophes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");

    QTest::newRow("didn’t") << u"The mayor didn’t say “never” on Tuesday."_s
                            << QStringList{u"never"_s};
    QTest::newRow("possessive") << u"Hartley’s aide said “no comment” and Hartley’s team left."_s
                                << QStringList{u"no comment"_s};
    QTest::newRow("plural possessive")
        << u"The Smiths’ house was sold, the agent said “at a loss”, to the Joneses’ dismay."_s
        << QStringList{u"at a loss"_s};
    QTest::newRow("plural possessive, straight")
        << u"The Smiths' house was sold and the agents' fee was \"too high\", she said."_s
        << QStringList{u"too high"_s};
    QTest::newRow("decade") << u"The coach said “the ’90s were better” with a grin."_s
                            << QStringList{u"the ’90s were better"_s};
    QTest::newRow("decade, straight")
        << u"The coach grew up in the '90s and said \"it was better\"."_s
        << QStringList{u"it was better"_s};
    QTest::newRow("rock ’n’ roll") << u"The mayor said “rock ’n’ roll saved this town” on stage."_s
                                   << QStringList{u"rock ’n’ roll saved this town"_s};
    QTest::newRow("rock 'n' roll")
        << u"The mayor loves rock 'n' roll and said 'it saved this town' on stage."_s
        << QStringList{u"it saved this town"_s};
    QTest::newRow("O'Neill") << u"Coach O'Neill said 'we will fight' after the loss."_s
                             << QStringList{u"we will fight"_s};
    QTest::newRow("no quotes at all")
        << u"Coach O’Neill didn’t like the Smiths’ plan for the ’90s revival."_s << QStringList{};
    QTest::newRow("It's inside single quotes")
        << u"'It's fine,' she said."_s << QStringList{u"It's fine,"_s};
    QTest::newRow("curly apostrophes inside single quotes")
        << u"‘Mayor O’Neill didn’t like the ’90s,’ she said."_s
        << QStringList{u"Mayor O’Neill didn’t like the ’90s,"_s};
    QTest::newRow("’n’ inside single quotes") << u"‘Rock ’n’ roll is back,’ the mayor said."_s
                                              << QStringList{u"Rock ’n’ roll is back,"_s};
    QTest::newRow("plural possessive inside double quotes")
        << u"“The Smiths’ house is gone,” the mayor said."_s
        << QStringList{u"The Smiths’ house is gone,"_s};
    QTest::newRow("elision inside single quotes")
        << u"'We'll beat 'em all,' the coach said."_s << QStringList{u"We'll beat 'em all,"_s};
}

void TestQuoteMarks::apostrophes()
{
    checkTopLevelQuotes();
}

void TestQuoteMarks::strayAndEmpty_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");

    QTest::newRow("stray closing mark")
        << u"The coach” said the team played well."_s << QStringList{};
    QTest::newRow("stray closing mark before a quote")
        << u"The mayor said” nothing, then “we are ready” to reporters."_s
        << QStringList{u"we are ready"_s};
    QTest::newRow("stray closing straight mark")
        << u"The mayor's aide\" left, and the coach said \"we won\" later."_s
        << QStringList{u"we won"_s};
    QTest::newRow("empty curly") << u"The coach said “” and left."_s << QStringList{};
    QTest::newRow("empty straight") << u"The mayor said \"\" twice."_s << QStringList{};
    QTest::newRow("only spaces") << u"The minister wrote “  ” on the form."_s << QStringList{};
    QTest::newRow("empty, then a quote")
        << u"The coach said “” and then “we won” to reporters."_s << QStringList{u"we won"_s};
}

void TestQuoteMarks::strayAndEmpty()
{
    checkTopLevelQuotes();
}

void TestQuoteMarks::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");

    QTest::newRow("nested") << u"“He told me ‘never again’ twice,” she said."_s
                            << QStringList{u"p0 d0: He told me ‘never again’ twice,"_s,
                                           u"p0 d1: never again"_s};
    QTest::newRow("nested, straight")
        << u"\"The mayor said 'not this year' to us,\" the coach said."_s
        << QStringList{u"p0 d0: The mayor said 'not this year' to us,"_s,
                       u"p0 d1: not this year"_s};
    QTest::newRow("nested, a space between the closing marks")
        << u"\"The mayor said 'not this year,' \" the coach said. \"We wait,\" he added."_s
        << QStringList{u"p0 d0: The mayor said 'not this year,'"_s, u"p0 d1: not this year,"_s,
                       u"p0 d0: We wait,"_s};
    QTest::newRow("nested, curly, a space between the closing marks")
        << u"“The mayor told us ‘wait.’ ” the coach said."_s
        << QStringList{u"p0 d0: The mayor told us ‘wait.’"_s, u"p0 d1: wait."_s};
    QTest::newRow("multi-paragraph")
        << u"“The bridge will be rebuilt by spring. The money is already there.\n"
           u"“Every family in this town will be able to cross it again,” the mayor said.\n"
           u"The coach agreed."_s
        << QStringList{u"p0 d0: The bridge will be rebuilt by spring. The money is already "
                       u"there."_s,
                       u"p1 d0 continues: Every family in this town will be able to cross it "
                       u"again,"_s};
    QTest::newRow("three paragraphs")
        << u"The mayor said: “The bridge will be rebuilt by spring.\n"
           u"“The money is already there.\n"
           u"“Work starts on Monday.”\n"
           u"The coach agreed."_s
        << QStringList{u"p0 d0: The bridge will be rebuilt by spring."_s,
                       u"p1 d0 continues: The money is already there."_s,
                       u"p2 d0 continues: Work starts on Monday."_s};
    QTest::newRow("multi-paragraph, straight")
        << u"\"We trained hard all winter.\n\n\"We deserved this win,\" the coach said."_s
        << QStringList{u"p0 d0: We trained hard all winter."_s,
                       u"p1 d0 continues: We deserved this win,"_s};
    QTest::newRow("stray opening mark mid-paragraph")
        << u"The minister said the “reform would pass this week. Nobody in the chamber believed "
           u"her.\n"
           u"The coach said “we are not worried” and left.\n"
           u"“The stadium stays open,” the mayor added.\n"
           u"Later the mayor said “talks will go on” and “nothing is decided”."_s
        << QStringList{u"p0 d0 recovered: reform would pass this week."_s,
                       u"p1 d0: we are not worried"_s, u"p2 d0: The stadium stays open,"_s,
                       u"p3 d0: talks will go on"_s, u"p3 d0: nothing is decided"_s};
    QTest::newRow("stray opening mark, then a quote in the same paragraph")
        << u"The minister called it a “reform. Later she said “we will win” to reporters.\n"
           u"“The stadium stays open,” the mayor added."_s
        << QStringList{u"p0 d0 recovered: reform."_s, u"p0 d0: we will win"_s,
                       u"p1 d0: The stadium stays open,"_s};
    QTest::newRow("stray straight mark mid-paragraph")
        << u"The minister said the \"reform would pass. Nobody believed her.\n"
           u"The coach said \"we are not worried\" and left."_s
        << QStringList{u"p0 d0 recovered: reform would pass."_s, u"p1 d0: we are not worried"_s};
    QTest::newRow("opening mark at paragraph start, no close")
        << u"“The bridge will be rebuilt by spring. The money is there.\n"
           u"The mayor left without taking questions.\n"
           u"The coach said “we are ready” later."_s
        << QStringList{u"p0 d0 recovered: The bridge will be rebuilt by spring. The money is "
                       u"there."_s,
                       u"p2 d0: we are ready"_s};
    QTest::newRow("opening mark in the last paragraph, no close")
        << u"The mayor spoke.\n“The bridge will be rebuilt by spring. The money is there."_s
        << QStringList{u"p1 d0 recovered: The bridge will be rebuilt by spring. The money is "
                       u"there."_s};
    // Hard-wrapped text: a quote runs across a line break inside its paragraph.
    QTest::newRow("hard-wrapped")
        << u"The mayor of Eastbrook told reporters on Tuesday that “the old bridge\n"
           u"over the river will be closed for repairs until the end of summer”\n"
           u"and that a ferry would carry commuters across in the meantime.\n\n"
           u"The transport minister, Ada Klein, said “the money is there” but she\n"
           u"warned that the council had not yet approved the final budget plan."_s
        << QStringList{u"p0 d0: the old bridge\nover the river will be closed for repairs until "
                       u"the end of summer"_s,
                       u"p1 d0: the money is there"_s};
    QTest::newRow("continuation needs the same family")
        << u"“The bridge will be rebuilt by spring.\n"
           u"‘Bridges’ was the word of the day, the coach joked."_s
        << QStringList{u"p0 d0 recovered: The bridge will be rebuilt by spring."_s,
                       u"p1 d0: Bridges"_s};
}

void TestQuoteMarks::structure()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);

    const Analysis a = analyseQuoteMarks(text);
    QCOMPARE(describeQuotes(a), quotes);
    checkQuotes(a);
}

void TestQuoteMarks::nestedKinds()
{
    const Analysis a = analyseQuoteMarks(u"“He told me ‘never again’ twice,” she said."_s);
    QCOMPARE(a.quotes.size(), 2);
    const Quote &outer = a.quotes.at(0);
    const Quote &inner = a.quotes.at(1);
    QCOMPARE(outer.depth, 0);
    QCOMPARE(inner.depth, 1);
    QVERIFY(outer.content.contains(inner.outer));
    QCOMPARE(inner.kind, QuoteKind::Mention);
    QCOMPARE(outer.kind, QuoteKind::Direct);
    QCOMPARE(a.view(inner.outer), u"‘never again’");
    QCOMPARE(a.view(outer.outer), u"“He told me ‘never again’ twice,”");
}

void TestQuoteMarks::sentencesMerged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("quote before the cue")
        << u"“The bridge is safe. The money is there. We start Monday,” the mayor said. "
           u"The crowd cheered."_s
        << u"said"_s
        << QStringList{u"“The bridge is safe. The money is there. We start Monday,” the mayor "
                       u"said."_s,
                       u"The crowd cheered."_s};
    QTest::newRow("cue before the quote")
        << u"The coach said: “We trained hard. We deserved it.” Fans agreed."_s << u"said"_s
        << QStringList{u"The coach said: “We trained hard. We deserved it.”"_s, u"Fans agreed."_s};
    QTest::newRow("question inside")
        << u"“Who pays? Not us!” the minister said. The debate ended."_s << u"said"_s
        << QStringList{u"“Who pays? Not us!” the minister said."_s, u"The debate ended."_s};
    QTest::newRow("cue between fragments")
        << u"“We are ready. Truly,” the coach said. “We will win.” Nobody doubted him."_s
        << u"said"_s
        << QStringList{u"“We are ready. Truly,” the coach said."_s, u"“We will win.”"_s,
                       u"Nobody doubted him."_s};
}

void TestQuoteMarks::sentencesMerged()
{
    QFETCH(QString, text);
    QFETCH(QString, cue);
    QFETCH(QStringList, sentences);

    const Analysis a = analyseQuoteMarks(text);
    const QStringList actual = sentenceTexts(a);
    QCOMPARE(actual, sentences);

    // The first quote lies in one sentence, with its cue.
    QVERIFY(!a.quotes.isEmpty());
    const Quote &quote = a.quotes.first();
    const qsizetype sentence = sentenceOf(a, quote.outer.start);
    QVERIFY(sentence >= 0);
    QVERIFY(a.sentences.at(sentence).range.contains(quote.outer));
    const qsizetype cuePos = a.text().indexOf(cue);
    QCOMPARE(sentenceOf(a, cuePos), sentence);

    // Tokens still point at the sentences that list them.
    for (qsizetype i = 0; i < a.sentences.size(); ++i) {
        for (qsizetype t = a.sentences.at(i).firstToken; t < a.sentences.at(i).endToken; ++t)
            QCOMPARE(a.tokens.at(t).sentence, qint32(i));
    }
    QCOMPARE(a.sentences.last().endToken, a.tokens.size());
}

void TestQuoteMarks::offsets()
{
    // 😀 and 👍 are two UTF-16 units each; 𝒜 too.
    const QString text = u"😀👍 The mayor said “we are ready” to 𝒜 today."_s;
    const Analysis a = analyseQuoteMarks(text);
    const auto &doc = *a.document;
    QCOMPARE(a.quotes.size(), 1);
    const Quote &q = a.quotes.first();
    QCOMPARE(a.view(q.content), u"we are ready");
    QCOMPARE(a.view(q.outer), u"“we are ready”");
    // Content excludes the marks.
    QCOMPARE(q.content.start, q.outer.start + 1);
    QCOMPARE(q.content.end, q.outer.end - 1);
    QCOMPARE(a.text().at(q.outer.start), u'“');
    QCOMPARE(a.text().at(q.content.end), u'”');
    // UTF-16: 4 units of emoji, " The mayor said " (16), the mark.
    QCOMPARE(q.outer, (TextRange{20, 34}));
    QCOMPARE(q.content, (TextRange{21, 33}));
    // Code points: 2 emoji, 16, the mark.
    QCOMPARE(doc.codePointOffset(q.outer.start), 18);
    QCOMPARE(doc.codePointOffset(q.content.start), 19);
    QCOMPARE(doc.codePointOffset(q.content.end), 31);
    QCOMPARE(doc.codePointOffset(q.outer.end), 32);
    QCOMPARE(doc.utf16Offset(19), q.content.start);
    QCOMPARE(text.left(q.content.start).toUcs4().size(), 19);

    // A quote after an astral character inside another quote's paragraph.
    const Analysis b = analyseQuoteMarks(u"The coach 𝒜 said “🎉 we won 🎉” and left."_s);
    QCOMPARE(b.quotes.size(), 1);
    QCOMPARE(b.view(b.quotes.first().content), u"🎉 we won 🎉");
    QCOMPARE(b.document->codePointOffset(b.quotes.first().content.start), 18);
    QCOMPARE(b.document->codePointOffset(b.quotes.first().content.end), 28);
}

void TestQuoteMarks::tokenFlags()
{
    const Analysis a = analyseQuoteMarks(u"The coach said “we won” today."_s);
    QStringList inQuote;
    QStringList marks;
    for (const Token &t : a.tokens) {
        if (t.is(Token::InQuote))
            inQuote.append(a.view(t.range).toString());
        if (t.is(Token::QuoteMark))
            marks.append(a.view(t.range).toString());
    }
    QCOMPARE(inQuote, (QStringList{u"we"_s, u"won"_s}));
    QCOMPARE(marks, (QStringList{u"“"_s, u"”"_s}));
}

QTEST_GUILESS_MAIN(TestQuoteMarks)
#include "tst_quotemarks.moc"
