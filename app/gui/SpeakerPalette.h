#pragma once

#include "export/SpeakerColours.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QStringList>

namespace whosaid::gui {

// Colours per speaker for the reader's widgets: core's SpeakerColours (the same colours as the HTML
// export) against the system palette. A speaker's hue comes from a hash of its name, so the same
// person keeps the same colour across articles and runs; fills keep a contrast of at least 4.5:1
// (WCAG AA) with the palette's text, light in a light palette and dark in a dark one.
class SpeakerPalette final
{
public:
    static constexpr double MinimumContrast = 4.5;

    // Recomputes every colour for a new system palette (light or dark).
    void setBasePalette(const QPalette &palette);
    // The speakers of one article, by canonical name; index i is speaker i of the analysis.
    void setSpeakers(const QStringList &names);

    [[nodiscard]] int size() const { return m_colours.size(); }
    [[nodiscard]] bool isDark() const { return m_colours.isDark(); }
    // Highlight behind a quote's text; faded for a quote of low confidence.
    [[nodiscard]] QColor fill(int speaker, bool faded = false) const;
    // A saturated colour for underlines, swatches, badges and the chart.
    [[nodiscard]] QColor strong(int speaker) const;
    // Text drawn on strong(): black or white, whichever reads better.
    [[nodiscard]] QColor onStrong(int speaker) const;
    // Unattributed quotes: a neutral grey that still meets the contrast.
    [[nodiscard]] QColor unknownFill() const { return fill(-1); }
    [[nodiscard]] QColor textColour() const { return m_text; }
    [[nodiscard]] QColor baseColour() const { return m_base; }

    // Deterministic (qHash is seeded per process): FNV-1a over the case-folded name.
    [[nodiscard]] static quint32 stableHash(QStringView name);
    [[nodiscard]] static double luminance(const QColor &colour);
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

private:
    exporting::SpeakerColours m_colours;
    QColor m_text = Qt::black;
    QColor m_base = Qt::white;
};

} // namespace whosaid::gui
