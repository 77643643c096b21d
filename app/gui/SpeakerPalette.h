#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QStringList>

namespace whosaid::gui {

// Colours per speaker. A speaker's hue comes from a hash of its name, not from its position in the
// article, so the same person keeps the same colour across articles and runs; two speakers of one
// article whose hashes land on the same hue are spread apart in an order that only depends on the
// names. Fills are tuned against the palette's text colour to a contrast of at least 4.5:1 (WCAG
// AA), which needs light fills in a light palette and dark fills in a dark one.
class SpeakerPalette final
{
public:
    static constexpr double MinimumContrast = 4.5;

    // Recomputes every colour for a new system palette (light or dark).
    void setBasePalette(const QPalette &palette);
    // The speakers of one article, by canonical name; index i is speaker i of the analysis.
    void setSpeakers(const QStringList &names);

    [[nodiscard]] int size() const { return int(m_hues.size()); }
    [[nodiscard]] bool isDark() const { return m_dark; }
    // Highlight behind a quote's text; faded for a quote of low confidence.
    [[nodiscard]] QColor fill(int speaker, bool faded = false) const;
    // A saturated colour for underlines, swatches, badges and the chart.
    [[nodiscard]] QColor strong(int speaker) const;
    // Text drawn on strong(): black or white, whichever reads better.
    [[nodiscard]] QColor onStrong(int speaker) const;
    // Unattributed quotes: a neutral grey that still meets the contrast.
    [[nodiscard]] QColor unknownFill() const { return m_unknownFill; }
    [[nodiscard]] QColor textColour() const { return m_text; }
    [[nodiscard]] QColor baseColour() const { return m_base; }

    // Deterministic (qHash is seeded per process): FNV-1a over the case-folded name.
    [[nodiscard]] static quint32 stableHash(QStringView name);
    [[nodiscard]] static double luminance(const QColor &colour);
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

private:
    [[nodiscard]] QColor fillForHue(int hue) const;
    void recompute();

    QStringList m_names;
    QList<int> m_hues; // degrees, per speaker
    QList<QColor> m_fills;
    QList<QColor> m_strongs;
    QColor m_text = Qt::black;
    QColor m_base = Qt::white;
    QColor m_unknownFill;
    bool m_dark = false;
};

} // namespace whosaid::gui
