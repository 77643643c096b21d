// Speaker resolution: the mentions of one person (or organisation) become one speaker with a
// canonical name and aliases; pronouns and role phrases resolve to the person they mean.
// Every fixture is invented. An expected attribution reads "quoted text => speaker name".

#include "AnalysisTestSupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using whosaid::analysis::Analysis;
using whosaid::analysis::Speaker;
using whosaid::coretest::addAttributionColumns;
using whosaid::coretest::analyse;
using whosaid::coretest::checkAttributions;
using whosaid::coretest::isSpeech;

namespace {

// The roster as one readable string: "s1 Ana Ruiz (2) | s2 Tomas Okafor (1)".
QString roster(const Analysis &a)
{
    QStringList out;
    for (const Speaker &s : a.speakers)
        out.append(u"%1 %2 (%3)"_s.arg(s.id, s.name).arg(s.quoteCount));
    return out.join(u" | "_s);
}

// "the Kremlin" and "Kremlin" name the same organisation.
QString withoutArticle(const QString &name)
{
    QString out = name.trimmed();
    if (out.startsWith(u"the "_s, Qt::CaseInsensitive))
        out.remove(0, 4);
    return out;
}

} // namespace

class TestSpeakers final : public QObject
{
    Q_OBJECT

private slots:
    void aliasesCluster_data();
    void aliasesCluster();
    void pronounByGender_data();
    void pronounByGender();
    void definiteRole_data();
    void definiteRole();
    void organisationSpeaks_data();
    void organisationSpeaks();
    void rolePhraseWithoutName_data();
    void rolePhraseWithoutName();
    void spellingVariantsMerge_data();
    void spellingVariantsMerge();
    void sameSurnameStaysApart_data();
    void sameSurnameStaysApart();
    void idsAndCountsInOrderOfFirstQuote();
    void aliasesAreNamesNotPronouns();
    void titleBeforeNameIsNoRole();
};

void TestSpeakers::aliasesCluster_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<int>("quoteCount");

    const QString first = u"“We came to listen,” Daniel Harlow said.\n\n"_s;
    QTest::newRow("Mr SURNAME") << first + u"“The bridge matters to us,” Mr Harlow said."_s
                                << u"Daniel Harlow"_s << QStringList{u"Mr Harlow"_s} << 2;
    QTest::newRow("Mr. SURNAME") << first + u"“The bridge matters to us,” Mr. Harlow said."_s
                                 << u"Daniel Harlow"_s << QStringList{u"Mr. Harlow"_s} << 2;
    QTest::newRow("Ms SURNAME") << u"“We came to listen,” Ana Ruiz said.\n\n"
                                   u"“The bridge matters to us,” Ms Ruiz said."_s
                                << u"Ana Ruiz"_s << QStringList{u"Ms Ruiz"_s} << 2;
    QTest::newRow("bare surname") << first + u"“The bridge matters to us,” Harlow said."_s
                                  << u"Daniel Harlow"_s << QStringList{u"Harlow"_s} << 2;
    QTest::newRow("President SURNAME")
        << first + u"“The bridge matters to us,” President Harlow said."_s << u"Daniel Harlow"_s
        << QStringList{u"President Harlow"_s} << 2;
    QTest::newRow("President SURNAME after that")
        << first
            + u"Aides said that President Harlow would return.\n\n"
              u"“The bridge matters to us,” Harlow said."_s
        << u"Daniel Harlow"_s << QStringList{u"President Harlow"_s, u"Harlow"_s} << 2;
    QTest::newRow("US president FULL NAME first, then the surname")
        << u"US president Daniel Harlow arrived in Riverton on Monday.\n\n"
           u"“We came to listen,” Harlow said."_s
        << u"Daniel Harlow"_s << QStringList{u"US president Daniel Harlow"_s, u"Harlow"_s} << 1;
    QTest::newRow("surname first, full name later")
        << u"“We came to listen,” Mr Harlow said.\n\n"
           u"“The bridge matters to us,” said Daniel Harlow, who arrived on Monday."_s
        << u"Daniel Harlow"_s << QStringList{u"Mr Harlow"_s} << 2;
    QTest::newRow("all of them") << u"US president Daniel Harlow arrived in Riverton on Monday.\n\n"
                                    u"“We came to listen,” Daniel Harlow said.\n\n"
                                    u"“The bridge matters to us,” Mr Harlow said.\n\n"
                                    u"“I will come back in the spring,” Harlow said.\n\n"
                                    u"“Thank you, Riverton,” President Harlow said."_s
                                 << u"Daniel Harlow"_s
                                 << QStringList{u"US president Daniel Harlow"_s, u"Mr Harlow"_s,
                                                u"Harlow"_s, u"President Harlow"_s}
                                 << 4;
}

void TestSpeakers::aliasesCluster()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, aliases);
    QFETCH(int, quoteCount);

    const Analysis a = analyse(text);
    // Reported speech may add other speakers ("Aides said that..."); the first is the one.
    QCOMPARE(roster(a).section(u" | "_s, 0, 0), u"s1 %1 (%2)"_s.arg(name).arg(quoteCount));
    const Speaker &speaker = a.speakers.constFirst();
    for (const QString &alias : aliases)
        QVERIFY2(speaker.aliases.contains(alias),
                 qPrintable(u"'%1' not in [%2]"_s.arg(alias, speaker.aliases.join(u", "_s))));
}

void TestSpeakers::pronounByGender_data()
{
    addAttributionColumns();
    const QString manFirst = u"Tomas Okafor and Helen Brandt met reporters after the match.\n\n"_s;
    const QString womanFirst
        = u"Helen Brandt and Tomas Okafor met reporters after the match.\n\n"_s;
    QTest::newRow("she, man named first") << manFirst + u"“We deserved the win,” she said."_s
                                          << QStringList{u"We deserved the win => Helen Brandt"_s};
    QTest::newRow("he, man named first") << manFirst + u"“We deserved the win,” he said."_s
                                         << QStringList{u"We deserved the win => Tomas Okafor"_s};
    QTest::newRow("she, woman named first")
        << womanFirst + u"“We deserved the win,” she said."_s
        << QStringList{u"We deserved the win => Helen Brandt"_s};
    QTest::newRow("he, woman named first") << womanFirst + u"“We deserved the win,” he said."_s
                                           << QStringList{u"We deserved the win => Tomas Okafor"_s};
    QTest::newRow("she, gender from the titles Mr and Ms")
        << u"Mr Okafor and Ms Brandt met reporters after the match.\n\n"
           u"“We deserved the win,” she said."_s
        << QStringList{u"We deserved the win => Brandt"_s};
    QTest::newRow("he, after a quote by a woman")
        << u"“We deserved the win,” Helen Brandt said.\n\n"
           u"Tomas Okafor, the club's owner, agreed with her.\n\n"
           u"“It was a fair result,” he said."_s
        << QStringList{u"We deserved the win => Helen Brandt"_s,
                       u"It was a fair result => Tomas Okafor"_s};
    QTest::newRow("she added, a man named in between")
        << u"“We deserved the win,” Helen Brandt said after Tomas Okafor congratulated the "
           u"players. “They were brilliant,” she added."_s
        << QStringList{u"We deserved the win => Helen Brandt"_s,
                       u"They were brilliant => Helen Brandt"_s};
}

void TestSpeakers::pronounByGender()
{
    checkAttributions();
}

void TestSpeakers::definiteRole_data()
{
    addAttributionColumns();
    const QString meeting
        = u"President Daniel Harlow met Mayor Ana Ruiz in Riverton on Monday.\n\n"_s;
    QTest::newRow("the president") << meeting + u"“We agreed on the funding,” the president said."_s
                                   << QStringList{u"We agreed on the funding => Daniel Harlow"_s};
    QTest::newRow("the mayor") << meeting + u"“We agreed on the funding,” the mayor said."_s
                               << QStringList{u"We agreed on the funding => Ana Ruiz"_s};
    QTest::newRow("the minister")
        << u"Finance Minister Tomas Okafor presented the budget on Tuesday.\n\n"
           u"“Every school gets a new roof,” the minister said."_s
        << QStringList{u"Every school gets a new roof => Tomas Okafor"_s};
    QTest::newRow("the president, someone else named in between")
        << u"President Daniel Harlow arrived in Riverton on Monday.\n\n"
           u"He was greeted by Helen Brandt, who coaches the local team.\n\n"
           u"“This town never gives up,” the president said."_s
        << QStringList{u"This town never gives up => Daniel Harlow"_s};
}

void TestSpeakers::definiteRole()
{
    checkAttributions();
}

void TestSpeakers::organisationSpeaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");

    QTest::newRow("the ministry said")
        << u"“The figures are wrong,” the ministry said."_s << u"ministry"_s;
    QTest::newRow("the health ministry said in a statement")
        << u"“The water is safe to drink,” the health ministry said in a statement."_s
        << u"health ministry"_s;
    QTest::newRow("the Kremlin claims")
        << u"“The talks have failed,” the Kremlin claims."_s << u"Kremlin"_s;
    QTest::newRow("COUNTRY said in a statement")
        << u"Ukraine said in a statement: “Our forces hold the line.”"_s << u"Ukraine"_s;
    QTest::newRow("the PLACE Health Ministry said")
        << u"The Riverton Health Ministry said: “The water is safe to drink.”"_s
        << u"Riverton Health Ministry"_s;
    QTest::newRow("a statement from the White House said")
        << u"A statement from the White House said: “The president will visit Riverton.”"_s
        << u"White House"_s;
}

void TestSpeakers::organisationSpeaks()
{
    QFETCH(QString, text);
    QFETCH(QString, name);

    const Analysis a = analyse(text);
    QCOMPARE(a.speakers.size(), 1);
    const Speaker &speaker = a.speakers.constFirst();
    QCOMPARE(withoutArticle(speaker.name).toLower(), name.toLower());
    QVERIFY(speaker.organisation);
    QCOMPARE(speaker.quoteCount, 1);
}

void TestSpeakers::rolePhraseWithoutName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("role"); // the head word the speaker's description must contain

    QTest::newRow("a spokesperson said")
        << u"“The fire is under control,” a spokesperson said."_s << u"spokesperson"_s;
    QTest::newRow("a fire department spokeswoman said:")
        << u"A fire department spokeswoman said: “Two crews are still at the scene.”"_s
        << u"spokeswoman"_s;
    QTest::newRow("officials said")
        << u"“The road will reopen on Friday,” officials said."_s << u"officials"_s;
    QTest::newRow("one resident said")
        << u"“We were never warned,” one resident said."_s << u"resident"_s;
}

void TestSpeakers::rolePhraseWithoutName()
{
    QFETCH(QString, text);
    QFETCH(QString, role);

    const Analysis a = analyse(text);
    QCOMPARE(a.speakers.size(), 1);
    const Speaker &speaker = a.speakers.constFirst();
    QVERIFY2(speaker.name.contains(role, Qt::CaseInsensitive), qPrintable(speaker.name));
    QVERIFY(!speaker.organisation);
    QCOMPARE(speaker.quoteCount, 1);
}

void TestSpeakers::spellingVariantsMerge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("variant");

    QTest::newRow("Zelensky / Zelenskiy")
        << u"President Volodymyr Zelensky spoke to the council by video.\n\n"
           u"“We need more air defence,” Zelensky said.\n\n"
           u"“The winter will be hard,” Mr Zelenskiy said."_s
        << u"Volodymyr Zelensky"_s << u"Zelensky"_s << u"Zelenskiy"_s;
    QTest::newRow("Morozov / Morozoff") << u"“The harbour stays open,” Aleksei Morozov said.\n\n"
                                           u"“Ships will be inspected,” Mr Morozoff said."_s
                                        << u"Aleksei Morozov"_s << u"Morozov"_s << u"Morozoff"_s;
}

void TestSpeakers::spellingVariantsMerge()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, spelling);
    QFETCH(QString, variant);

    const Analysis a = analyse(text);
    QCOMPARE(roster(a), u"s1 %1 (2)"_s.arg(name));
    const bool explained
        = std::any_of(a.attributions.cbegin(), a.attributions.cend(), [&](const auto &attribution) {
              return attribution.reason.contains(spelling, Qt::CaseInsensitive)
                  && attribution.reason.contains(variant, Qt::CaseInsensitive);
          });
    QVERIFY2(explained, "no reason mentions both spellings");
    const QStringList &aliases = a.speakers.constFirst().aliases;
    QVERIFY2(std::any_of(aliases.cbegin(), aliases.cend(),
                         [&](const QString &alias) { return alias.contains(variant); }),
             qPrintable(aliases.join(u", "_s)));
}

void TestSpeakers::sameSurnameStaysApart_data()
{
    addAttributionColumns();
    QTest::addColumn<int>("speakerCount");

    const QString siblings = u"“We are proud of the team,” Helen Brandt said.\n\n"
                             u"“It was a long season,” Paul Brandt said.\n\n"_s;
    QTest::newRow("two given names") << siblings.trimmed()
                                     << QStringList{u"We are proud of the team => Helen Brandt"_s,
                                                    u"It was a long season => Paul Brandt"_s}
                                     << 2;
    QTest::newRow("then Ms SURNAME is the woman")
        << siblings + u"“The fans carried us,” Ms Brandt said."_s
        << QStringList{u"We are proud of the team => Helen Brandt"_s,
                       u"It was a long season => Paul Brandt"_s,
                       u"The fans carried us => Helen Brandt"_s}
        << 2;
    QTest::newRow("then Mr SURNAME is the man")
        << u"“It was a long season,” Paul Brandt said.\n\n"
           u"“We are proud of the team,” Helen Brandt said.\n\n"
           u"“The fans carried us,” Mr Brandt said."_s
        << QStringList{u"It was a long season => Paul Brandt"_s,
                       u"We are proud of the team => Helen Brandt"_s,
                       u"The fans carried us => Paul Brandt"_s}
        << 2;
    QTest::newRow("given names one letter apart")
        << u"“The harbour stays open,” Maria Kowalski said.\n\n"
           u"“Ships will be inspected,” Mario Kowalski said."_s
        << QStringList{u"The harbour stays open => Maria Kowalski"_s,
                       u"Ships will be inspected => Mario Kowalski"_s}
        << 2;
}

void TestSpeakers::sameSurnameStaysApart()
{
    checkAttributions();
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, text);
    QFETCH(int, speakerCount);
    QCOMPARE(analyse(text).speakers.size(), speakerCount);
}

void TestSpeakers::idsAndCountsInOrderOfFirstQuote()
{
    const Analysis a
        = analyse(u"Helen Brandt watched from the stands as Mayor Ana Ruiz opened the stadium.\n\n"
                  u"“This is a great day for Riverton,” Ana Ruiz said.\n\n"
                  u"Peter Lang, the architect, did not attend.\n\n"
                  u"“The money was well spent,” Tomas Okafor said.\n\n"
                  u"“We will fill it every week,” Helen Brandt said.\n\n"
                  u"“I hope so,” Ms Ruiz said."_s);
    QCOMPARE(roster(a), u"s1 Ana Ruiz (2) | s2 Tomas Okafor (1) | s3 Helen Brandt (1)"_s);

    int attributedQuotes = 0;
    for (qsizetype q = 0; q < a.quotes.size(); ++q)
        attributedQuotes += isSpeech(a.quotes.at(q)) && a.attributions.at(q).speaker >= 0 ? 1 : 0;
    int counted = 0;
    for (const Speaker &s : a.speakers)
        counted += s.quoteCount;
    QCOMPARE(counted, attributedQuotes);
}

// The roster lists the names a person goes by; "she" and "he" are not names of anybody.
void TestSpeakers::aliasesAreNamesNotPronouns()
{
    const Analysis a = analyse(u"Coach Helen Brandt spoke after the match.\n\n"
                               u"“We deserved the win,” she said.\n\n"
                               u"“The fans carried us,” Ms Brandt said."_s);
    QCOMPARE(roster(a), u"s1 Helen Brandt (2)"_s);
    const QStringList &aliases = a.speakers.constFirst().aliases;
    for (const QString &pronoun : {u"she"_s, u"She"_s, u"he"_s, u"they"_s})
        QVERIFY2(!aliases.contains(pronoun), qPrintable(aliases.join(u", "_s)));
    QVERIFY2(aliases.contains(u"Ms Brandt"_s), qPrintable(aliases.join(u", "_s)));
}

// "said that President Harlow": "that President" is no role phrase of its own.
void TestSpeakers::titleBeforeNameIsNoRole()
{
    const Analysis a = analyse(u"“We came to listen,” Daniel Harlow said.\n\n"
                               u"Aides said that President Harlow would return.\n\n"
                               u"“The bridge matters to us,” Harlow said."_s);
    QCOMPARE(roster(a), u"s1 Daniel Harlow (2) | s2 Aides (1)"_s); // the aides report speech
    const QStringList &aliases = a.speakers.constFirst().aliases;
    QVERIFY2(!aliases.contains(u"that President"_s), qPrintable(aliases.join(u", "_s)));
    QVERIFY2(aliases.contains(u"President Harlow"_s), qPrintable(aliases.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSpeakers)
#include "tst_speakers.moc"
