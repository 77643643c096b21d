#include "QuoteMarks.h"

#include "QuoteTableModel.h"
#include "SpeakerPalette.h"
#include "Translations.h"
#include "annotation/AnnotationSet.h"

namespace whosaid::gui {

using annotation::QuoteRecord;
using namespace Qt::StringLiterals;

QList<QTextEdit::ExtraSelection> QuoteMarks::selected(QTextDocument *document,
                                                      const annotation::AnnotationSet &set,
                                                      const QuoteRecord &quote,
                                                      const SpeakerPalette &palette, bool flashOn)
{
    QList<QTextEdit::ExtraSelection> marks;
    const int speaker = set.indexOfSpeaker(quote.speaker);
    const auto mark = [&](document::TextRange range, const QTextCharFormat &format) {
        QTextCursor cursor(document);
        cursor.setPosition(int(range.start));
        cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
        marks.append({cursor, format});
    };
    // The selected quote: a stronger fill that blinks a few times after a jump.
    QTextCharFormat selected;
    selected.setBackground(flashOn ? palette.fill(speaker).darker(palette.isDark() ? 80 : 112)
                                   : palette.baseColour());
    selected.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    selected.setUnderlineColor(palette.strong(speaker));
    mark(quote.range, selected);
    if (!quote.mention.isEmpty()) {
        QTextCharFormat who;
        who.setBackground(palette.strong(speaker));
        who.setForeground(palette.onStrong(speaker));
        mark(quote.mention, who);
    }
    if (!quote.cue.isEmpty()) {
        QTextCharFormat cue;
        cue.setFontWeight(QFont::Bold);
        cue.setUnderlineStyle(QTextCharFormat::DotLine);
        cue.setUnderlineColor(palette.strong(speaker));
        mark(quote.cue, cue);
    }
    return marks;
}

QString QuoteMarks::toolTip(const annotation::AnnotationSet &set, const QuoteRecord &quote)
{
    QString who = tr("Unknown speaker");
    if (const int speaker = set.indexOfSpeaker(quote.speaker); speaker >= 0) {
        const annotation::SpeakerRecord &s = set.speaker(speaker);
        who = s.name.toHtmlEscaped();
        if (!s.role.isEmpty())
            who += u" <i>("_s + s.role.toHtmlEscaped() + u")</i>"_s;
    }
    const QString cue = quote.cue.isEmpty()
        ? tr("none")
        : u"\u201c"_s + set.document().view(quote.cue).toString().toHtmlEscaped() + u"\u201d"_s;
    return tr("<b>%1</b><br>Kind: %2<br>Cue: %3<br>Confidence: %4 %<br>Review: %5 %6"
              "<br><small>%7</small>")
        .arg(who, i18n::kindLabel(quote.kind), cue, QString::number(qRound(quote.confidence * 100)),
             QuoteTableModel::reviewMarker(quote.review), QuoteTableModel::reviewText(quote.review),
             quote.reason.toHtmlEscaped());
}

} // namespace whosaid::gui
