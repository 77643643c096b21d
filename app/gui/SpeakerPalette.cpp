#include "SpeakerPalette.h"

namespace whosaid::gui {

namespace {

exporting::Rgb rgb(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return {c.red(), c.green(), c.blue()};
}

QColor qcolor(exporting::Rgb colour)
{
    return {colour.red, colour.green, colour.blue};
}

} // namespace

quint32 SpeakerPalette::stableHash(QStringView name)
{
    return exporting::SpeakerColours::stableHash(name);
}

double SpeakerPalette::luminance(const QColor &colour)
{
    return rgb(colour).luminance();
}

double SpeakerPalette::contrast(const QColor &a, const QColor &b)
{
    return exporting::contrast(rgb(a), rgb(b));
}

void SpeakerPalette::setBasePalette(const QPalette &palette)
{
    m_text = palette.color(QPalette::Text);
    m_base = palette.color(QPalette::Base);
    m_colours.setBase(rgb(m_text), rgb(m_base));
}

void SpeakerPalette::setSpeakers(const QStringList &names)
{
    m_colours.setSpeakers(names);
}

QColor SpeakerPalette::fill(int speaker, bool faded) const
{
    return qcolor(m_colours.fill(speaker, faded));
}

QColor SpeakerPalette::strong(int speaker) const
{
    return qcolor(m_colours.strong(speaker));
}

QColor SpeakerPalette::onStrong(int speaker) const
{
    return qcolor(m_colours.onStrong(speaker));
}

} // namespace whosaid::gui
