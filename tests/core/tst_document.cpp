#include "document/Document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using whosaid::document::Document;
using whosaid::document::TextRange;

namespace {

QStringList paragraphTexts(const Document &doc)
{
    QStringList texts;
    for (const TextRange &range : doc.paragraphs())
        texts.append(doc.view(range).toString());
    return texts;
}

// Code points before a UTF-16 offset, counted by Qt rather than by the Document.
qsizetype countCodePoints(const QString &text, qsizetype utf16Offset)
{
    return text.left(utf16Offset).toUcs4().size();
}

// A hard-wrapped article: lines broken near 70 columns, paragraphs separated by blank lines.
const QString WrappedFirst
    = u"The mayor of Eastbrook said on Tuesday that the old bridge over the\n"
      u"river would be closed for repairs until the end of the summer, and\n"
      u"that a ferry would carry commuters across in the meantime."_s;
const QString WrappedSecond = u"The transport minister, Ada Klein, welcomed the decision but she\n"
                              u"warned that the council had not yet approved the money for the\n"
                              u"repairs."_s;
const QString WrappedThird = u"Work is due to start in the first week of June."_s;

} // namespace

class TestDocument final : public QObject
{
    Q_OBJECT

private slots:
    void paragraphs_data();
    void paragraphs();
    void lineEndingsNormalised_data();
    void lineEndingsNormalised();
    void keepLineEndings();
    void paragraphRangesTrimmed();
    void paragraphAt();
    void offsetsOutsideBmp();
    void offsetsRoundTrip_data();
    void offsetsRoundTrip();
    void loneSurrogate();
    void emptyText_data();
    void emptyText();
};

void TestDocument::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("single line") << u"The mayor opened the new library on Monday."_s
                                 << QStringList{u"The mayor opened the new library on Monday."_s};
    QTest::newRow("single newlines")
        << u"The mayor opened the library.\nThe minister sent a message.\nThe coach stayed home."_s
        << QStringList{u"The mayor opened the library."_s, u"The minister sent a message."_s,
                       u"The coach stayed home."_s};
    QTest::newRow("trailing newline")
        << u"The mayor spoke first.\nThe coach spoke last.\n"_s
        << QStringList{u"The mayor spoke first."_s, u"The coach spoke last."_s};
    QTest::newRow("blank lines")
        << u"The mayor spoke first.\n\nThe minister replied.\n\n\n\nThe coach left."_s
        << QStringList{u"The mayor spoke first."_s, u"The minister replied."_s,
                       u"The coach left."_s};
    QTest::newRow("blank lines with spaces")
        << u"The mayor spoke first.\n   \n\t\nThe coach left."_s
        << QStringList{u"The mayor spoke first."_s, u"The coach left."_s};
    QTest::newRow("leading blank lines")
        << u"\n\n\nThe mayor spoke first."_s << QStringList{u"The mayor spoke first."_s};
    QTest::newRow("hard-wrapped") << WrappedFirst + u"\n\n"_s + WrappedSecond + u"\n\n"_s
            + WrappedThird
            + u"\n"_s << QStringList{WrappedFirst, WrappedSecond, WrappedThird};
    QTest::newRow("hard-wrapped, spaces on blank lines")
        << WrappedFirst + u"\n  \n"_s + WrappedSecond << QStringList{WrappedFirst, WrappedSecond};
    // A news feed: one paragraph a line, long lines, some blank lines between them.
    const QString longFirst
        = u"The mayor of Eastbrook said on Tuesday that the old bridge over the river would be "
          u"closed for repairs until the end of the summer, and that a ferry would carry "
          u"commuters."_s;
    const QString longSecond
        = u"The transport minister, Ada Klein, welcomed the decision but warned that the council "
          u"had not yet approved the money for the repairs, which could delay the work."_s;
    QTest::newRow("long lines, blank separated")
        << longFirst + u"\n\n"_s + longSecond << QStringList{longFirst, longSecond};
    QTest::newRow("long lines, no blank lines")
        << longFirst + u"\n"_s + longSecond << QStringList{longFirst, longSecond};
    // Short headline and byline lines are not a wrapped paragraph.
    QTest::newRow("headline and byline") << u"Bridge to close\nBy a staff writer\n\n"_s
            + longFirst << QStringList{u"Bridge to close"_s, u"By a staff writer"_s, longFirst};
    QTest::newRow("unicode separators")
        << u"The mayor spoke.\u2029The coach replied.\u2028The minister left."_s
        << QStringList{u"The mayor spoke."_s, u"The coach replied."_s, u"The minister left."_s};
}

void TestDocument::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);

    const Document doc(text);
    QCOMPARE(doc.text(), text);
    QCOMPARE(paragraphTexts(doc), paragraphs);
    // Ranges are in order and do not overlap.
    for (qsizetype i = 1; i < doc.paragraphs().size(); ++i)
        QVERIFY(doc.paragraphs().at(i - 1).end < doc.paragraphs().at(i).start);
}

void TestDocument::lineEndingsNormalised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("crlf")
        << u"The mayor spoke.\r\nThe coach replied.\r\n\r\nThe minister left.\r\n"_s
        << u"The mayor spoke.\nThe coach replied.\n\nThe minister left.\n"_s
        << QStringList{u"The mayor spoke."_s, u"The coach replied."_s, u"The minister left."_s};
    QTest::newRow("lone cr") << u"The mayor spoke.\rThe coach replied.\r\rThe minister left."_s
                             << u"The mayor spoke.\nThe coach replied.\n\nThe minister left."_s
                             << QStringList{u"The mayor spoke."_s, u"The coach replied."_s,
                                            u"The minister left."_s};
    QTest::newRow("mixed") << u"The mayor spoke.\r\nThe coach replied.\rThe minister left.\n"_s
                           << u"The mayor spoke.\nThe coach replied.\nThe minister left.\n"_s
                           << QStringList{u"The mayor spoke."_s, u"The coach replied."_s,
                                          u"The minister left."_s};
    QTest::newRow("hard-wrapped crlf")
        << QString(WrappedFirst + u"\n\n"_s + WrappedSecond).replace(u"\n"_s, u"\r\n"_s)
        << WrappedFirst + u"\n\n"_s + WrappedSecond << QStringList{WrappedFirst, WrappedSecond};
}

void TestDocument::lineEndingsNormalised()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(QStringList, paragraphs);

    const Document doc(text);
    QCOMPARE(doc.text(), normalised);
    QVERIFY(!doc.text().contains(u'\r'));
    QCOMPARE(paragraphTexts(doc), paragraphs);
}

void TestDocument::keepLineEndings()
{
    const QString text = u"The mayor spoke.\r\nThe coach replied.\r\n\r\nThe minister left.\r"
                         u"The crowd went home.\r\n"_s;
    const Document doc(text, Document::LineEndings::Keep);
    QCOMPARE(doc.text(), text);
    QCOMPARE(paragraphTexts(doc),
             (QStringList{u"The mayor spoke."_s, u"The coach replied."_s, u"The minister left."_s,
                          u"The crowd went home."_s}));

    // Hard-wrapped CRLF text keeps its blocks, with the inner line breaks untouched.
    QString wrapped = WrappedFirst + u"\n\n"_s + WrappedSecond + u"\n"_s;
    wrapped.replace(u"\n"_s, u"\r\n"_s);
    const Document wrappedDoc(wrapped, Document::LineEndings::Keep);
    QCOMPARE(wrappedDoc.text(), wrapped);
    QCOMPARE(paragraphTexts(wrappedDoc),
             (QStringList{QString(WrappedFirst).replace(u"\n"_s, u"\r\n"_s),
                          QString(WrappedSecond).replace(u"\n"_s, u"\r\n"_s)}));
}

void TestDocument::paragraphRangesTrimmed()
{
    const QString text
        = u"  The mayor spoke.  \n\t The coach replied.\t\n\u00a0The minister left.\u00a0"_s;
    const Document doc(text);
    QCOMPARE(
        paragraphTexts(doc),
        (QStringList{u"The mayor spoke."_s, u"The coach replied."_s, u"The minister left."_s}));
    QCOMPARE(doc.paragraphs().at(0), (TextRange{2, 18}));
    QCOMPARE(doc.paragraphs().at(1), (TextRange{23, 41}));
}

void TestDocument::paragraphAt()
{
    // Paragraphs: [0, 16) "The mayor spoke.", [18, 36) "The coach replied.",
    // [38, 56) "The minister left.".
    const Document doc(u"The mayor spoke.\n\nThe coach replied.\n\nThe minister left."_s);
    QCOMPARE(doc.paragraphs().size(), 3);
    QCOMPARE(doc.paragraphs().at(1), (TextRange{18, 36}));
    QCOMPARE(doc.paragraphs().at(2), (TextRange{38, 56}));

    QCOMPARE(doc.paragraphAt(0), 0);
    QCOMPARE(doc.paragraphAt(15), 0);
    QCOMPARE(doc.paragraphAt(16), 0); // the line break after it
    QCOMPARE(doc.paragraphAt(17), 0); // the blank line: the previous paragraph
    QCOMPARE(doc.paragraphAt(18), 1);
    QCOMPARE(doc.paragraphAt(30), 1);
    QCOMPARE(doc.paragraphAt(37), 1);
    QCOMPARE(doc.paragraphAt(38), 2);
    QCOMPARE(doc.paragraphAt(55), 2);
    QCOMPARE(doc.paragraphAt(56), 2); // the end of the text

    // Before the first paragraph (leading blank lines): the first paragraph.
    const Document indented(u"\n\n  The mayor spoke."_s);
    QCOMPARE(indented.paragraphAt(0), 0);
    QCOMPARE(indented.paragraphAt(4), 0);
}

void TestDocument::offsetsOutsideBmp()
{
    // U+1F600 and U+1D49C take two UTF-16 code units each.
    const QString text = u"😀a𝒜b"_s;
    const Document doc(text);
    QCOMPARE(text.size(), 6);
    QCOMPARE(doc.codePointLength(), 4);
    QCOMPARE(doc.codePointOffset(0), 0);
    QCOMPARE(doc.codePointOffset(2), 1); // a
    QCOMPARE(doc.codePointOffset(3), 2); // 𝒜
    QCOMPARE(doc.codePointOffset(5), 3); // b
    QCOMPARE(doc.codePointOffset(6), 4);
    QCOMPARE(doc.utf16Offset(0), 0);
    QCOMPARE(doc.utf16Offset(1), 2);
    QCOMPARE(doc.utf16Offset(2), 3);
    QCOMPARE(doc.utf16Offset(3), 5);
    QCOMPARE(doc.utf16Offset(4), 6);
}

void TestDocument::offsetsRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << u"The mayor said “we are ready” on Monday."_s;
    QTest::newRow("emoji first") << u"😀 The mayor said “we are ready” 👍 on Monday."_s;
    QTest::newRow("math letters")
        << u"The 𝒜 team and the 𝒝 team: “𝒞𝒟 wins,” the coach said."_s;
    QTest::newRow("adjacent pairs") << u"🎉🎉🎉\n\n🎉 The mayor 🎉"_s;
    QTest::newRow("only astral") << u"𝒜"_s;
    QTest::newRow("flags and joiners") << u"The coach 🇫🇷 and 👩‍👩‍👧 cheered."_s;
}

void TestDocument::offsetsRoundTrip()
{
    QFETCH(QString, text);

    const Document doc(text);
    const qsizetype codePoints = text.toUcs4().size();
    QCOMPARE(doc.codePointLength(), codePoints);
    for (qsizetype cp = 0; cp <= codePoints; ++cp) {
        const qsizetype utf16 = doc.utf16Offset(cp);
        QCOMPARE(countCodePoints(text, utf16), cp);
        QCOMPARE(doc.codePointOffset(utf16), cp);
    }
    for (qsizetype utf16 = 0; utf16 <= text.size(); ++utf16) {
        if (utf16 > 0 && utf16 < text.size() && text.at(utf16).isLowSurrogate())
            continue; // the middle of a pair is no code point boundary
        QCOMPARE(doc.codePointOffset(utf16), countCodePoints(text, utf16));
        QCOMPARE(doc.utf16Offset(doc.codePointOffset(utf16)), utf16);
    }
}

void TestDocument::loneSurrogate()
{
    // An unpaired surrogate is one code point of its own (as in JSON output).
    const QString text = u"a"_s + QChar(0xd83d) + u"b 𝒜"_s;
    const Document doc(text);
    QCOMPARE(text.size(), 6);
    QCOMPARE(doc.codePointLength(), 5);
    QCOMPARE(doc.codePointOffset(2), 2);
    QCOMPARE(doc.codePointOffset(6), 5);
    QCOMPARE(doc.utf16Offset(5), 6);
}

void TestDocument::emptyText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("newlines") << u"\n\n\r\n"_s;
    QTest::newRow("spaces") << u"   \t  \n  "_s;
}

void TestDocument::emptyText()
{
    QFETCH(QString, text);

    const Document doc(text);
    QVERIFY(doc.paragraphs().isEmpty());
    QCOMPARE(doc.codePointOffset(0), 0);
    QCOMPARE(doc.utf16Offset(0), 0);
    QCOMPARE(doc.codePointLength(), doc.text().size());

    const Document defaulted;
    QVERIFY(defaulted.text().isEmpty());
    QVERIFY(defaulted.paragraphs().isEmpty());
    QCOMPARE(defaulted.codePointLength(), 0);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
