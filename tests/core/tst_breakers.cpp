#include "analysis/SentenceBreaker.h"
#include "analysis/WordBreaker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::analysis::SentenceBreaker;
using whosaid::analysis::WordBreaker;

namespace {

QString pieces(const QString &text, const std::vector<WordBreaker::Piece> &found)
{
    QStringList out;
    for (const WordBreaker::Piece &piece : found)
        out.append(text.mid(piece.start, piece.end - piece.start) + (piece.word ? u"/w"_s : u""_s));
    return out.join(u" | "_s);
}

QString sentences(const QString &text, const std::vector<int32_t> &ends)
{
    QStringList out;
    int32_t start = 0;
    for (const int32_t end : ends) {
        out.append(text.mid(start, end - start));
        start = end;
    }
    return out.join(u" | "_s);
}

// Both breakers against ICU alone.
void compareWithIcu(const QString &text)
{
    std::vector<WordBreaker::Piece> fast;
    std::vector<WordBreaker::Piece> icu;
    QVERIFY(WordBreaker::split(text, fast));
    QVERIFY(WordBreaker::splitWithIcu(text, icu));
    if (fast != icu) {
        QFAIL(qPrintable(
            u"text: %1\nfast: %2\n icu: %3"_s.arg(text, pieces(text, fast), pieces(text, icu))));
    }
    std::vector<int32_t> fastEnds;
    std::vector<int32_t> icuEnds;
    QVERIFY(SentenceBreaker::split(text, fastEnds));
    QVERIFY(SentenceBreaker::splitWithIcu(text, icuEnds));
    if (fastEnds != icuEnds) {
        QFAIL(qPrintable(u"text: %1\nfast: %2\n icu: %3"_s.arg(text, sentences(text, fastEnds),
                                                               sentences(text, icuEnds))));
    }
}

} // namespace

// The word and sentence breakers' fast paths give exactly ICU's breaks, whatever the text.
class TestBreakers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesLikeIcu_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("terminators") << u"Yes. No? Why! "_s << u"Yes.  | No?  | Why! "_s;
        QTest::newRow("closing marks")
            << u"“Go.” Then (he left.) Now"_s << u"“Go.”  | Then (he left.)  | Now"_s;
        QTest::newRow("abbreviation before lower case")
            << u"It is 5 p.m. and late."_s << u"It is 5 p.m. and late."_s;
        QTest::newRow("abbreviation before a capital")
            << u"The U.S. Senate met."_s << u"The U.S.  | Senate met."_s;
        QTest::newRow("numbers and initials") << u"It rose 3.5 per cent. J.R.R. Tolkien"_s
                                              << u"It rose 3.5 per cent.  | J.R.R.  | Tolkien"_s;
        QTest::newRow("continuation") << u"Wait... then, go.— yes"_s << u"Wait... then, go.— yes"_s;
        QTest::newRow("lines") << u"One\nTwo\r\nThree"_s << u"One\n | Two\r\n | Three"_s;
        QTest::newRow("combining mark (ICU)") << u"Cafe\u0301. Next"_s << u"Cafe\u0301.  | Next"_s;
        QTest::newRow("emoji (ICU)") << u"Wow \U0001F600. Next"_s << u"Wow \U0001F600.  | Next"_s;
    }

    void sentencesLikeIcu()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        std::vector<int32_t> ends;
        QVERIFY(SentenceBreaker::split(text, ends));
        QCOMPARE(sentences(text, ends), expected);
        compareWithIcu(text);
    }

    void splitsLikeIcu_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("contractions") << u"don't don’t I'm"_s << u"don't/w | don’t/w | I'm/w"_s;
        QTest::newRow("abbreviation") << u"U.S. e.g."_s << u"U.S/w | . | e.g/w | ."_s;
        QTest::newRow("numbers") << u"1,000.5 3.5. 1'2"_s << u"1,000.5/w | 3.5/w | . | 1'2/w"_s;
        QTest::newRow("letters and digits")
            << u"5th A380 a.1"_s << u"5th/w | A380/w | a/w | . | 1/w"_s;
        QTest::newRow("curly quotes")
            << u"“We,” he said—‘no’…"_s
            << u"“ | We/w | , | ” | he/w | said/w | — | ‘ | no/w | ’ | …"_s;
        QTest::newRow("email (ICU)") << u"x@y.com"_s << u"x@y.com/w"_s;
        QTest::newRow("underscore (ICU)") << u"a_b"_s << u"a_b/w"_s;
        QTest::newRow("accents (ICU)") << u"café naïve"_s << u"café/w | naïve/w"_s;
        QTest::newRow("narrow no-break space (ICU)") << u"a\u202Fb"_s << u"a\u202Fb/w"_s;
    }

    void splitsLikeIcu()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        std::vector<WordBreaker::Piece> found;
        QVERIFY(WordBreaker::split(text, found));
        QCOMPARE(pieces(text, found), expected);
        compareWithIcu(text);
    }

    void edgesOfTheText()
    {
        for (const QString &text : {QString(), u" "_s, u"a"_s, u"\u0301a"_s, u" \u0301a"_s,
                                    u"\n\u0301 x"_s, u"é"_s, u"x\u200Dy"_s, u"\r\n\r\n"_s})
            compareWithIcu(text);
    }

    // Random mixtures of everything the fast path handles and the characters next to its edges.
    void randomTextsMatchIcu()
    {
        const QString alphabet = u"aZq09 \t\n\r.',;!\"#%&()*+-/:<=>?[]^`{|}~$@_\u2018\u2019"
                                 "\u201C\u201D\u2013\u2014\u2026\u00E9\u00A0\u202F\u3000\u2028"
                                 "\u3002\u00AB\u00BB"_s;
        const QString rare = u"\u0301\u200D\U0001F600"_s; // send the sentence breaker to ICU
        QRandomGenerator random(20261122);
        for (int round = 0; round < 40000; ++round) {
            QString text;
            const int length = 1 + int(random.bounded(30));
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(random.bounded(alphabet.size())));
            if (round % 10 == 0)
                text.insert(random.bounded(text.size() + 1), rare.at(random.bounded(rare.size())));
            compareWithIcu(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void sampleArticlesMatchIcu()
    {
        const QDir samples(qEnvironmentVariable("WHOSAID_SHARED_DIR") + u"/samples"_s);
        const QStringList files = samples.entryList({u"*.txt"_s}, QDir::Files);
        if (files.isEmpty())
            QSKIP("../shared/samples not found");
        for (const QString &name : files) {
            QFile file(samples.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            compareWithIcu(QString::fromUtf8(file.readAll()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBreakers)
#include "tst_breakers.moc"
