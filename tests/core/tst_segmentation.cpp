#include "AnalysisTestSupport.h"

#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Sentence;
using whosaid::analysis::Token;
using whosaid::coretest::segment;
using whosaid::coretest::sentenceTexts;

namespace {

const Token *findToken(const Analysis &a, QStringView text)
{
    for (const Token &t : a.tokens) {
        if (a.view(t.range) == text)
            return &t;
    }
    return nullptr;
}

QString describeFlags(int flags)
{
    QStringList names;
    const std::pair<int, QString> known[] = {
        {Token::Word, u"Word"_s},
        {Token::Capitalised, u"Capitalised"_s},
        {Token::SentenceStart, u"SentenceStart"_s},
        {Token::InQuote, u"InQuote"_s},
        {Token::QuoteMark, u"QuoteMark"_s},
        {Token::AllCaps, u"AllCaps"_s},
    };
    for (const auto &[flag, name] : known) {
        if (flags & flag)
            names.append(name);
    }
    return names.isEmpty() ? u"none"_s : names.join(u'|');
}

// Every token belongs to exactly the sentence that lists it, inside that sentence's range, and
// every sentence lies inside its paragraph.
void checkConsistent(const Analysis &a)
{
    const auto &paragraphs = a.document->paragraphs();
    qsizetype nextToken = 0;
    for (qsizetype i = 0; i < a.sentences.size(); ++i) {
        const Sentence &s = a.sentences.at(i);
        QCOMPARE(s.firstToken, nextToken);
        QVERIFY(s.endToken >= s.firstToken);
        QVERIFY(s.paragraph >= 0 && s.paragraph < paragraphs.size());
        QVERIFY(paragraphs.at(s.paragraph).contains(s.range));
        for (qsizetype t = s.firstToken; t < s.endToken; ++t) {
            QCOMPARE(a.tokens.at(t).sentence, qint32(i));
            QVERIFY(s.range.contains(a.tokens.at(t).range));
        }
        nextToken = s.endToken;
    }
    QCOMPARE(nextToken, a.tokens.size());
    for (const Token &t : a.tokens) {
        QVERIFY(!t.range.isEmpty());
        QVERIFY(!a.view(t.range).front().isSpace());
    }
}

} // namespace

class TestSegmentation final : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void sentencesStayInParagraphs();
    void wrappedSentence();
    void tokens_data();
    void tokens();
    void flags_data();
    void flags();
    void lowerForms_data();
    void lowerForms();
    void emptyDocument();
};

void TestSegmentation::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("two sentences")
        << u"The mayor opened the bridge. The crowd cheered."_s
        << QStringList{u"The mayor opened the bridge."_s, u"The crowd cheered."_s};
    QTest::newRow("question and exclamation")
        << u"Who will pay for it? Nobody knows! The council meets today."_s
        << QStringList{u"Who will pay for it?"_s, u"Nobody knows!"_s,
                       u"The council meets today."_s};
    QTest::newRow("Mr.") << u"Mr. Okafor, the mayor, opened the bridge. The crowd cheered."_s
                         << QStringList{u"Mr. Okafor, the mayor, opened the bridge."_s,
                                        u"The crowd cheered."_s};
    QTest::newRow("U.S. President")
        << u"The U.S. President met the mayor on Tuesday. Talks went well."_s
        << QStringList{u"The U.S. President met the mayor on Tuesday."_s, u"Talks went well."_s};
    QTest::newRow("Sen.") << u"Sen. Jones voted against the bill. She left early."_s
                          << QStringList{u"Sen. Jones voted against the bill."_s,
                                         u"She left early."_s};
    QTest::newRow("initials") << u"The memoir by J. R. Hartley sold well. The author was pleased."_s
                              << QStringList{u"The memoir by J. R. Hartley sold well."_s,
                                             u"The author was pleased."_s};
    QTest::newRow("initials first")
        << u"J. R. Hartley wrote it. Critics loved it."_s
        << QStringList{u"J. R. Hartley wrote it."_s, u"Critics loved it."_s};
    QTest::newRow("several titles")
        << u"Mrs. Ortega and Dr. Patel met in St. Louis on Friday. Both smiled."_s
        << QStringList{u"Mrs. Ortega and Dr. Patel met in St. Louis on Friday."_s,
                       u"Both smiled."_s};
    QTest::newRow("Gov.") << u"Gov. Reyes said the budget was tight. Lawmakers agreed."_s
                          << QStringList{u"Gov. Reyes said the budget was tight."_s,
                                         u"Lawmakers agreed."_s};
    QTest::newRow("quoted sentence")
        << u"“We won.” The coach smiled."_s << QStringList{u"“We won.”"_s, u"The coach smiled."_s};
    QTest::newRow("no final stop") << u"The mayor spoke"_s << QStringList{u"The mayor spoke"_s};
}

void TestSegmentation::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);

    const Analysis a = segment(text);
    QCOMPARE(sentenceTexts(a), sentences);
    checkConsistent(a);
}

void TestSegmentation::sentencesStayInParagraphs()
{
    // Without final stops, only the paragraph breaks separate the sentences.
    const Analysis a = segment(u"The mayor spoke about the bridge\nthe coach answered about the "
                               u"team\n\nthe minister said nothing. She left\n"_s);
    QCOMPARE(
        sentenceTexts(a),
        (QStringList{u"The mayor spoke about the bridge"_s, u"the coach answered about the team"_s,
                     u"the minister said nothing."_s, u"She left"_s}));
    QCOMPARE(a.sentences.at(0).paragraph, 0);
    QCOMPARE(a.sentences.at(1).paragraph, 1);
    QCOMPARE(a.sentences.at(2).paragraph, 2);
    QCOMPARE(a.sentences.at(3).paragraph, 2);
    checkConsistent(a);

    // An abbreviation at a paragraph end does not pull in the next paragraph.
    const Analysis abbreviation
        = segment(u"The mayor moved to St.\nLouis is where the coach lives."_s);
    QCOMPARE(abbreviation.sentences.size(), 2);
    QCOMPARE(abbreviation.sentences.at(0).paragraph, 0);
    QCOMPARE(abbreviation.sentences.at(1).paragraph, 1);
    QVERIFY(
        abbreviation.tokens.at(abbreviation.sentences.at(1).firstToken).is(Token::SentenceStart));
    checkConsistent(abbreviation);
}

void TestSegmentation::wrappedSentence()
{
    // Hard-wrapped text: a sentence broken across lines inside a paragraph stays one sentence.
    const QString first = u"The mayor of Eastbrook said on Tuesday that the old bridge over the\n"
                          u"river would be closed for repairs until the end of the summer, and\n"
                          u"that a ferry would carry commuters across in the meantime."_s;
    const QString second = u"The transport minister, Ada Klein, welcomed the decision. But she\n"
                           u"warned that the council had not yet approved the money for the\n"
                           u"repairs."_s;
    const Analysis a = segment(first + u"\n\n"_s + second);
    QCOMPARE(a.document->paragraphs().size(), 2);
    QCOMPARE(sentenceTexts(a),
             (QStringList{first, u"The transport minister, Ada Klein, welcomed the decision."_s,
                          u"But she\nwarned that the council had not yet approved the money for "
                          u"the\nrepairs."_s}));
    checkConsistent(a);
}

void TestSegmentation::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("punctuation");

    QTest::newRow("contraction and quote")
        << u"The mayor didn’t say, “NATO is ready.”"_s
        << QStringList{u"The"_s, u"mayor"_s, u"didn’t"_s, u"say"_s, u"NATO"_s, u"is"_s, u"ready"_s}
        << QStringList{u","_s, u"“"_s, u"."_s, u"”"_s};
    QTest::newRow("straight apostrophe and numbers")
        << u"O'Neill scored 42 goals in 2023-24!"_s
        << QStringList{u"O'Neill"_s, u"scored"_s, u"42"_s, u"goals"_s, u"in"_s, u"2023"_s, u"24"_s}
        << QStringList{u"-"_s, u"!"_s};
    QTest::newRow("possessive, dashes, decimals")
        << u"The coach’s team—unbeaten—won 3.5 points (a record)."_s
        << QStringList{u"The"_s, u"coach’s"_s, u"team"_s, u"unbeaten"_s, u"won"_s,
                       u"3.5"_s, u"points"_s,  u"a"_s,    u"record"_s}
        << QStringList{u"—"_s, u"—"_s, u"("_s, u")"_s, u"."_s};
    QTest::newRow("abbreviations")
        << u"The U.S. envoy met Mr. Okafor."_s
        << QStringList{u"The"_s, u"U.S"_s, u"envoy"_s, u"met"_s, u"Mr"_s, u"Okafor"_s}
        << QStringList{u"."_s, u"."_s, u"."_s};
}

void TestSegmentation::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, punctuation);

    const Analysis a = segment(text);
    QStringList actualWords;
    QStringList actualPunctuation;
    for (const Token &t : a.tokens)
        (t.is(Token::Word) ? actualWords : actualPunctuation).append(a.view(t.range).toString());
    QCOMPARE(actualWords, words);
    QCOMPARE(actualPunctuation, punctuation);
    checkConsistent(a);
}

void TestSegmentation::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("flags");

    const int word = Token::Word;
    const int capitalised = Token::Word | Token::Capitalised;
    const int start = Token::SentenceStart;
    const QString nato = u"The mayor met NATO officials."_s;
    QTest::newRow("sentence start") << nato << u"The"_s << (capitalised | start);
    QTest::newRow("lower case") << nato << u"mayor"_s << word;
    QTest::newRow("all caps") << nato << u"NATO"_s << (capitalised | Token::AllCaps);
    QTest::newRow("full stop") << nato << u"."_s << 0;
    QTest::newRow("pronoun I") << u"The coach and I agreed."_s << u"I"_s << capitalised;
    QTest::newRow("mixed case") << u"The McDonald family left."_s << u"McDonald"_s << capitalised;
    QTest::newRow("accented caps")
        << u"The ÉCOLE staff met Émile."_s << u"ÉCOLE"_s << (capitalised | Token::AllCaps);
    QTest::newRow("accented capital")
        << u"The ÉCOLE staff met Émile."_s << u"Émile"_s << capitalised;
    QTest::newRow("number") << u"Some 42 people came."_s << u"42"_s << word;
    QTest::newRow("number starts") << u"42 people came."_s << u"42"_s << (word | start);
    QTest::newRow("second sentence")
        << u"The mayor spoke. Then the coach left."_s << u"Then"_s << (capitalised | start);
    QTest::newRow("after opening quote")
        << u"“We won,” the coach said."_s << u"We"_s << (capitalised | start);
    QTest::newRow("opening quote") << u"“We won,” the coach said."_s << u"“"_s << 0;
    QTest::newRow("lower-case start")
        << u"iPhones sold out, the mayor said."_s << u"iPhones"_s << (word | start);
    QTest::newRow("after Mr.") << u"Mr. Okafor spoke."_s << u"Okafor"_s << capitalised;
    QTest::newRow("after initial") << u"J. R. Hartley wrote it."_s << u"R"_s << capitalised;
    QTest::newRow("after U.S.") << u"The U.S. President spoke."_s << u"President"_s << capitalised;
    QTest::newRow("U.S.") << u"The U.S. President spoke."_s << u"U.S"_s
                          << (capitalised | Token::AllCaps);
}

void TestSegmentation::flags()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(int, flags);

    const Analysis a = segment(text);
    const Token *t = findToken(a, token);
    QVERIFY2(t, qPrintable(u"no token "_s + token));
    QCOMPARE(describeFlags(t->flags), describeFlags(flags));
}

void TestSegmentation::lowerForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("lower");

    QTest::newRow("didn’t") << u"The mayor didn’t sign it."_s << u"didn’t"_s << u"didn't"_s;
    QTest::newRow("Didn’t") << u"Didn’t the mayor sign it?"_s << u"Didn’t"_s << u"didn't"_s;
    QTest::newRow("straight") << u"The mayor didn't sign it."_s << u"didn't"_s << u"didn't"_s;
    QTest::newRow("O’Neill") << u"Coach O’Neill left."_s << u"O’Neill"_s << u"o'neill"_s;
    QTest::newRow("coach’s") << u"The coach’s team won."_s << u"coach’s"_s << u"coach's"_s;
    QTest::newRow("all caps") << u"NATO met."_s << u"NATO"_s << u"nato"_s;
    QTest::newRow("accents") << u"ÉMILE spoke."_s << u"ÉMILE"_s << u"émile"_s;
    QTest::newRow("punctuation") << u"“Yes,” she said."_s << u"“"_s << u"“"_s;
}

void TestSegmentation::lowerForms()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(QString, lower);

    const Analysis a = segment(text);
    const Token *t = findToken(a, token);
    QVERIFY2(t, qPrintable(u"no token "_s + token));
    QCOMPARE(t->lower, lower);
}

void TestSegmentation::emptyDocument()
{
    const Analysis a = segment(u"\n\n  \n"_s);
    QVERIFY(a.sentences.isEmpty());
    QVERIFY(a.tokens.isEmpty());
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
