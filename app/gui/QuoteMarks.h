#pragma once

#include <QCoreApplication>
#include <QList>
#include <QTextEdit>

namespace whosaid::annotation {
class AnnotationSet;
struct QuoteRecord;
} // namespace whosaid::annotation

namespace whosaid::gui {

class SpeakerPalette;

// What the article view draws over the highlights for the selected quote (a stronger fill that
// blinks after a jump, its speaker mention and cue) and the tooltip of a quote.
class QuoteMarks final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteMarks)

public:
    [[nodiscard]] static QList<QTextEdit::ExtraSelection> selected(
        QTextDocument *document, const annotation::AnnotationSet &set,
        const annotation::QuoteRecord &quote, const SpeakerPalette &palette, bool flashOn);
    [[nodiscard]] static QString toolTip(const annotation::AnnotationSet &set,
                                         const annotation::QuoteRecord &quote);
};

} // namespace whosaid::gui
