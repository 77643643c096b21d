#include "TextReport.h"

#include "Translations.h"

#include <QTextStream>

#include <algorithm>

namespace whosaid::cli {

using namespace Qt::StringLiterals;
using analysis::QuoteKind;

QString TextReport::shorten(QStringView text, qsizetype maxLength)
{
    QString flat = text.toString().simplified();
    if (flat.size() <= maxLength)
        return flat;
    qsizetype cut = flat.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    return flat.left(cut) + u'\u2026';
}

QByteArray TextReport::format(const annotation::AnnotationSet &annotations, const QString &source)
{
    const annotation::AnnotationSet &set = annotations;
    using annotation::QuoteRecord;
    using annotation::ReviewState;
    const analysis::Document &document = set.document();
    QString report;
    QTextStream out(&report);
    qsizetype speech = 0;
    qsizetype decided = 0;
    QStringList mentions;
    for (const QuoteRecord &quote : set.quotes()) {
        if (quote.isSpeech())
            ++speech;
        else if (quote.kind == QuoteKind::Mention && quote.review != ReviewState::Rejected)
            mentions.append(u'\u2018' + shorten(document.view(quote.range), 40) + u'\u2019');
        if (quote.isHandMade())
            ++decided;
    }
    out << "== " << source;
    if (!document.encoding.isEmpty())
        out << " (" << document.encoding << ')';
    out << ": " << (speech == 1 ? tr("1 quote") : tr("%1 quotes").arg(speech)) << ", "
        << (set.speakerCount() == 1 ? tr("1 speaker") : tr("%1 speakers").arg(set.speakerCount()));
    if (decided > 0)
        out << ", " << tr("%1 reviewed by hand").arg(decided);
    out << '\n';
    for (const annotation::SpeakerRecord &speaker : set.speakers()) {
        const int quotes = set.quoteCountOf(speaker.id);
        out << "  " << speaker.id << "  " << speaker.name;
        if (!speaker.role.isEmpty())
            out << " (" << speaker.role << ')';
        out << " \u2014 " << (quotes == 1 ? tr("1 quote") : tr("%1 quotes").arg(quotes));
        if (!speaker.aliases.isEmpty())
            out << "; " << tr("also %1").arg(speaker.aliases.join(u", "_s));
        out << '\n';
    }
    out << '\n';
    // The speaker column is as wide as the longest name, within reason.
    constexpr qsizetype NameWidth = 30;
    const QString unknown = tr("(unknown)");
    qsizetype nameColumn = unknown.size();
    for (const annotation::SpeakerRecord &speaker : set.speakers())
        nameColumn = std::max(nameColumn, std::min(speaker.name.size(), NameWidth));
    for (const QuoteRecord &quote : set.quotes()) {
        if (!quote.isSpeech())
            continue;
        const QString speaker = quote.speaker.isEmpty() ? unknown : set.speakerName(quote.speaker);
        // A hand decision shows as its state instead of the machine's confidence.
        const QString confidence = quote.review == ReviewState::Unreviewed
            ? QString::number(quote.confidence, 'f', 2)
            : annotation::reviewStateName(quote.review).left(4);
        out << "  " << confidence << "  " << shorten(speaker, NameWidth).leftJustified(nameColumn)
            << ' ' << i18n::kindLabel(quote.kind).leftJustified(8) << " \u201c"
            << shorten(document.view(quote.range), 70) << "\u201d\n";
    }
    // A long article can hold thousands of scare quotes: list a sample and count the rest.
    constexpr qsizetype MentionsShown = 20;
    if (!mentions.isEmpty()) {
        out << "\n  " << tr("not speech: %1").arg(mentions.mid(0, MentionsShown).join(u", "_s));
        if (mentions.size() > MentionsShown)
            out << ' ' << tr("and %1 more").arg(mentions.size() - MentionsShown);
        out << '\n';
    }
    out << '\n';
    out.flush();
    return report.toUtf8();
}

} // namespace whosaid::cli
