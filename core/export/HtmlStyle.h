#pragma once

#include "SpeakerColours.h"
#include "annotation/AnnotationSet.h"

#include <QString>

namespace whosaid::exporting {

// The style sheet of the HTML export: the page's sheet (resources/export/annotated.css) and the
// colours of each speaker of the set, light and, for screens that prefer it, dark.
class HtmlStyle final
{
public:
    // The page's text and background colours, as the sheet sets them.
    static constexpr Rgb LightText{0x20, 0x20, 0x20};
    static constexpr Rgb LightPage{0xff, 0xff, 0xff};
    static constexpr Rgb DarkText{0xe6, 0xe6, 0xe6};
    static constexpr Rgb DarkPage{0x1e, 0x1f, 0x22};

    // The class that carries a speaker's colours ("sp-s1"); speakerId empty: "unattributed".
    [[nodiscard]] static QString speakerClass(const QString &speakerId);
    // The speaker colours of the set's roster on a light or dark page.
    [[nodiscard]] static SpeakerColours colours(const annotation::AnnotationSet &set, bool dark);
    [[nodiscard]] static QString sheet(const annotation::AnnotationSet &set);
};

} // namespace whosaid::exporting
