#include "SpeakerColours.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

namespace {

// Twelve hues 30 degrees apart, starting off pure red so that no slot is the warning colour.
constexpr int HueSlots = 12;
constexpr int HueStep = 360 / HueSlots;
constexpr int HueOffset = 15;

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int toByte(double unit)
{
    return std::clamp(int(std::lround(unit * 255.0)), 0, 255);
}

double hueToChannel(double p, double q, double t)
{
    if (t < 0)
        t += 1;
    if (t > 1)
        t -= 1;
    if (t < 1.0 / 6)
        return p + (q - p) * 6 * t;
    if (t < 0.5)
        return q;
    if (t < 2.0 / 3)
        return p + (q - p) * (2.0 / 3 - t) * 6;
    return p;
}

} // namespace

Rgb Rgb::fromHsl(double hue, double saturation, double lightness)
{
    const double h = std::fmod(hue, 360.0) / 360.0;
    const double q = lightness < 0.5 ? lightness * (1 + saturation)
                                     : lightness + saturation - lightness * saturation;
    const double p = 2 * lightness - q;
    return {toByte(hueToChannel(p, q, h + 1.0 / 3)), toByte(hueToChannel(p, q, h)),
            toByte(hueToChannel(p, q, h - 1.0 / 3))};
}

QString Rgb::hex() const
{
    return u"#%1%2%3"_s.arg(red, 2, 16, QChar(u'0'))
        .arg(green, 2, 16, QChar(u'0'))
        .arg(blue, 2, 16, QChar(u'0'));
}

double Rgb::luminance() const
{
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

Rgb Rgb::blended(Rgb other, double t) const
{
    const auto mix = [t](int a, int b) { return int(std::lround(a * (1 - t) + b * t)); };
    return {mix(red, other.red), mix(green, other.green), mix(blue, other.blue)};
}

double contrast(Rgb a, Rgb b)
{
    const double la = a.luminance();
    const double lb = b.luminance();
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

quint32 SpeakerColours::stableHash(QStringView name)
{
    quint32 hash = 2166136261U;
    for (const QChar c : name) {
        hash ^= c.toCaseFolded().unicode();
        hash *= 16777619U;
    }
    return hash;
}

void SpeakerColours::setBase(Rgb text, Rgb base)
{
    m_text = text;
    m_base = base;
    m_dark = base.luminance() < text.luminance();
    recompute();
}

void SpeakerColours::setSpeakers(const QStringList &names)
{
    m_names = names;
    recompute();
}

Rgb SpeakerColours::fillForHue(int hue) const
{
    // Start from a soft tint and move away from the text colour until the contrast holds.
    double lightness = m_dark ? 0.32 : 0.84;
    const double step = m_dark ? -0.02 : 0.02;
    Rgb colour = Rgb::fromHsl(hue, 0.70, lightness);
    while (contrast(colour, m_text) < MinimumContrast && lightness > 0.04 && lightness < 0.96) {
        lightness += step;
        colour = Rgb::fromHsl(hue, 0.70, lightness);
    }
    return colour;
}

void SpeakerColours::recompute()
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
        m_strongs.append(Rgb::fromHsl(hue, 0.65, m_dark ? 0.62 : 0.40));
    }
    m_unknownFill = m_base.blended(m_text, 0.14);
}

Rgb SpeakerColours::fill(int speaker, bool faded) const
{
    const Rgb colour
        = speaker >= 0 && speaker < m_fills.size() ? m_fills.at(speaker) : m_unknownFill;
    // Half way to the page colour: the eye reads it as "less sure" without losing the hue.
    return faded ? colour.blended(m_base, 0.55) : colour;
}

Rgb SpeakerColours::strong(int speaker) const
{
    if (speaker < 0 || speaker >= m_strongs.size())
        return m_base.blended(m_text, 0.5);
    return m_strongs.at(speaker);
}

Rgb SpeakerColours::onStrong(int speaker) const
{
    const Rgb back = strong(speaker);
    constexpr Rgb Black{0, 0, 0};
    constexpr Rgb White{255, 255, 255};
    return contrast(back, Black) >= contrast(back, White) ? Black : White;
}

} // namespace whosaid::exporting
