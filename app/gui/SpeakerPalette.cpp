#include "SpeakerPalette.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace whosaid::gui {

namespace {

// Twelve hues 30 degrees apart, starting off pure red so that no slot is the warning colour.
constexpr int HueSlots = 12;
constexpr int HueStep = 360 / HueSlots;
constexpr int HueOffset = 15;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

quint32 SpeakerPalette::stableHash(QStringView name)
{
    quint32 hash = 2166136261U;
    for (const QChar c : name) {
        hash ^= c.toCaseFolded().unicode();
        hash *= 16777619U;
    }
    return hash;
}

double SpeakerPalette::luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double SpeakerPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void SpeakerPalette::setBasePalette(const QPalette &palette)
{
    m_text = palette.color(QPalette::Text);
    m_base = palette.color(QPalette::Base);
    m_dark = luminance(m_base) < luminance(m_text);
    recompute();
}

void SpeakerPalette::setSpeakers(const QStringList &names)
{
    m_names = names;
    recompute();
}

QColor SpeakerPalette::fillForHue(int hue) const
{
    // Start from a soft tint and move away from the text colour until the contrast holds.
    double lightness = m_dark ? 0.32 : 0.84;
    const double step = m_dark ? -0.02 : 0.02;
    QColor colour = QColor::fromHslF(float(hue) / 360.0F, 0.70F, float(lightness));
    while (contrast(colour, m_text) < MinimumContrast && lightness > 0.04 && lightness < 0.96) {
        lightness += step;
        colour = QColor::fromHslF(float(hue) / 360.0F, 0.70F, float(lightness));
    }
    return colour;
}

void SpeakerPalette::recompute()
{
    const auto count = int(m_names.size());
    m_hues.fill(0, count);
    // Visit the speakers by hash (then name), never by article order, and give each its preferred
    // slot or the nearest free one: the result depends only on the set of names.
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const quint32 ha = stableHash(m_names.at(a));
        const quint32 hb = stableHash(m_names.at(b));
        return ha != hb ? ha < hb : m_names.at(a) < m_names.at(b);
    });
    QList<bool> taken(HueSlots, false);
    for (const int speaker : order) {
        const auto preferred = int(stableHash(m_names.at(speaker)) % HueSlots);
        int slot = preferred;
        // Prefer slots two apart (60 degrees) before neighbours, for speakers of one article.
        for (int probe = 0; probe < HueSlots && taken.at(slot); ++probe)
            slot = (preferred + (probe * 5)) % HueSlots;
        taken[slot] = true;
        if (std::all_of(taken.begin(), taken.end(), [](bool t) { return t; }))
            taken.fill(false); // more speakers than hues: start a second round
        m_hues[speaker] = HueOffset + slot * HueStep;
    }
    m_fills.clear();
    m_strongs.clear();
    for (const int hue : std::as_const(m_hues)) {
        m_fills.append(fillForHue(hue));
        m_strongs.append(QColor::fromHslF(float(hue) / 360.0F, 0.65F, m_dark ? 0.62F : 0.40F));
    }
    m_unknownFill = blend(m_base, m_text, 0.14);
}

QColor SpeakerPalette::fill(int speaker, bool faded) const
{
    const QColor colour
        = speaker >= 0 && speaker < m_fills.size() ? m_fills.at(speaker) : m_unknownFill;
    // Half way to the page colour: the eye reads it as "less sure" without losing the hue.
    return faded ? blend(colour, m_base, 0.55) : colour;
}

QColor SpeakerPalette::strong(int speaker) const
{
    if (speaker < 0 || speaker >= m_strongs.size())
        return blend(m_base, m_text, 0.5);
    return m_strongs.at(speaker);
}

QColor SpeakerPalette::onStrong(int speaker) const
{
    const QColor back = strong(speaker);
    return contrast(back, Qt::black) >= contrast(back, Qt::white) ? QColor(Qt::black)
                                                                  : QColor(Qt::white);
}

} // namespace whosaid::gui
