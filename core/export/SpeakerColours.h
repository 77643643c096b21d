#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace whosaid::exporting {

// A colour of 8 bits per channel, as a page or a screen shows it.
struct Rgb
{
    int red = 0;
    int green = 0;
    int blue = 0;

    // Hue in degrees, saturation and lightness in [0, 1].
    [[nodiscard]] static Rgb fromHsl(double hue, double saturation, double lightness);
    // "#rrggbb".
    [[nodiscard]] QString hex() const;
    // WCAG 2 relative luminance.
    [[nodiscard]] double luminance() const;
    // The colour t of the way from this one to other.
    [[nodiscard]] Rgb blended(Rgb other, double t) const;

    friend bool operator==(Rgb, Rgb) = default;
};

// WCAG 2 contrast ratio, 1 to 21.
[[nodiscard]] double contrast(Rgb a, Rgb b);

// Colours per speaker, for the reader and the exports alike. A speaker's hue comes from a hash of
// its name, not from its position in the article, so the same person keeps the same colour across
// articles, runs and exports; two speakers of one article whose hashes land on the same hue are
// spread apart in an order that only depends on the names. Fills are tuned against the text
// colour to a contrast of at least 4.5:1 (WCAG AA), which needs light fills behind dark text and
// dark fills behind light text.
class SpeakerColours final
{
public:
    static constexpr double MinimumContrast = 4.5;

    // The page: its text and background colour (light or dark). Recomputes every colour.
    void setBase(Rgb text, Rgb base);
    // The speakers of one article, by canonical name; index i is speaker i.
    void setSpeakers(const QStringList &names);

    [[nodiscard]] int size() const { return int(m_hues.size()); }
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] Rgb text() const { return m_text; }
    [[nodiscard]] Rgb base() const { return m_base; }
    // Highlight behind a quote's text; faded for a quote of low confidence. An index out of
    // range (an unknown speaker) gives a neutral grey that still meets the contrast.
    [[nodiscard]] Rgb fill(int speaker, bool faded = false) const;
    // A saturated colour for underlines, swatches, badges and charts.
    [[nodiscard]] Rgb strong(int speaker) const;
    // Text drawn on strong(): black or white, whichever reads better (at least 4.5:1).
    [[nodiscard]] Rgb onStrong(int speaker) const;

    // Deterministic across processes (qHash is seeded): FNV-1a over the case-folded name.
    [[nodiscard]] static quint32 stableHash(QStringView name);

private:
    [[nodiscard]] Rgb fillForHue(int hue) const;
    void recompute();

    QStringList m_names;
    QList<int> m_hues; // degrees, per speaker
    QList<Rgb> m_fills;
    QList<Rgb> m_strongs;
    Rgb m_text{0x20, 0x20, 0x20};
    Rgb m_base{0xff, 0xff, 0xff};
    Rgb m_unknownFill;
    bool m_dark = false;
};

} // namespace whosaid::exporting
