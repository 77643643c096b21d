#include "SpeakerPalette.h"

#include <QSet>
#include <QTest>

using whosaid::gui::SpeakerPalette;
using namespace Qt::StringLiterals;

class TestSpeakerPalette final : public QObject
{
    Q_OBJECT

private:
    static QPalette light()
    {
        QPalette p;
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        return p;
    }
    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        return p;
    }
    const QStringList m_names
        = {u"Dana Whitfield"_s, u"Rolf Haugen"_s,       u"Priya Nandakumar"_s, u"Amos Kettering"_s,
           u"Lena Frost"_s,     u"Oluwaseun Adeyemi"_s, u"Mirela Popescu"_s,   u"Ana Ruiz"_s};

private Q_SLOTS:
    void hashIsStable()
    {
        // FNV-1a of the case-folded name: the same in every process (unlike qHash).
        QCOMPARE(SpeakerPalette::stableHash(u"a"), 0xe40c292cU);
        QCOMPARE(SpeakerPalette::stableHash(u"Dana Whitfield"),
                 SpeakerPalette::stableHash(u"dana whitfield"));
    }

    void colourDependsOnNameNotOrder()
    {
        SpeakerPalette forward;
        forward.setBasePalette(light());
        forward.setSpeakers(m_names);
        QStringList reversed = m_names;
        std::reverse(reversed.begin(), reversed.end());
        SpeakerPalette backward;
        backward.setBasePalette(light());
        backward.setSpeakers(reversed);
        for (int i = 0; i < m_names.size(); ++i) {
            const auto j = int(reversed.indexOf(m_names.at(i)));
            QCOMPARE(forward.strong(i), backward.strong(j));
            QCOMPARE(forward.fill(i), backward.fill(j));
        }
    }

    void speakersOfOneArticleGetDistinctHues()
    {
        SpeakerPalette palette;
        palette.setBasePalette(light());
        palette.setSpeakers(m_names);
        QSet<int> hues;
        for (int i = 0; i < m_names.size(); ++i)
            hues.insert(palette.strong(i).hslHue());
        QCOMPARE(hues.size(), m_names.size());
    }

    void contrast_data()
    {
        QTest::addColumn<bool>("isDark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void contrast()
    {
        QFETCH(bool, isDark);
        SpeakerPalette palette;
        palette.setSpeakers(m_names);
        const QPalette system = isDark ? dark() : light();
        palette.setBasePalette(system);
        QCOMPARE(palette.isDark(), isDark);
        const QColor text = system.color(QPalette::Text);
        for (int i = -1; i < m_names.size(); ++i) {
            for (const bool faded : {false, true}) {
                const double ratio = SpeakerPalette::contrast(palette.fill(i, faded), text);
                QVERIFY2(ratio >= SpeakerPalette::MinimumContrast,
                         qPrintable(u"speaker %1 faded %2: %3"_s.arg(i).arg(faded).arg(ratio)));
            }
            QVERIFY(SpeakerPalette::contrast(palette.strong(i), palette.onStrong(i)) >= 3.0);
        }
    }

    void regeneratesForANewPalette()
    {
        SpeakerPalette palette;
        palette.setSpeakers(m_names);
        palette.setBasePalette(light());
        const QColor before = palette.fill(0);
        palette.setBasePalette(dark());
        QVERIFY(palette.fill(0) != before);
        QVERIFY(SpeakerPalette::luminance(palette.fill(0)) < SpeakerPalette::luminance(before));
    }
};

QTEST_GUILESS_MAIN(TestSpeakerPalette)
#include "tst_speakerpalette.moc"
