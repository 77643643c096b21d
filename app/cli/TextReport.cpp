#include "TextReport.h"

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
    out << ": " << speech << (speech == 1 ? " quote, " : " quotes, ") << set.speakerCount()
        << (set.speakerCount() == 1 ? " speaker" : " speakers");
    if (decided > 0)
        out << ", " << decided << " reviewed by hand";
    out << '\n';
    for (const annotation::SpeakerRecord &speaker : set.speakers()) {
        const int quotes = set.quoteCountOf(speaker.id);
        out << "  " << speaker.id << "  " << speaker.name;
        if (!speaker.role.isEmpty())
            out << " (" << speaker.role << ')';
        out << " \u2014 " << quotes << (quotes == 1 ? " quote" : " quotes");
        if (!speaker.aliases.isEmpty())
            out << "; also " << speaker.aliases.join(u", "_s);
        out << '\n';
    }
    out << '\n';
    // The speaker column is as wide as the longest name, within reason.
    constexpr qsizetype NameWidth = 30;
    qsizetype nameColumn = 9; // "(unknown)"
    for (const annotation::SpeakerRecord &speaker : set.speakers())
        nameColumn = std::max(nameColumn, std::min(speaker.name.size(), NameWidth));
    for (const QuoteRecord &quote : set.quotes()) {
        if (!quote.isSpeech())
            continue;
        const QString speaker
            = quote.speaker.isEmpty() ? u"(unknown)"_s : set.speakerName(quote.speaker);
        // A hand decision shows as its state instead of the machine's confidence.
        const QString confidence = quote.review == ReviewState::Unreviewed
            ? QString::number(quote.confidence, 'f', 2)
            : annotation::reviewStateName(quote.review).left(4);
        out << "  " << confidence << "  " << shorten(speaker, NameWidth).leftJustified(nameColumn)
            << ' ' << analysis::kindName(quote.kind).leftJustified(8) << " \u201c"
            << shorten(document.view(quote.range), 70) << "\u201d\n";
    }
    // A long article can hold thousands of scare quotes: list a sample and count the rest.
    constexpr qsizetype MentionsShown = 20;
    if (!mentions.isEmpty()) {
        out << "\n  not speech: " << mentions.mid(0, MentionsShown).join(u", "_s);
        if (mentions.size() > MentionsShown)
            out << " and " << mentions.size() - MentionsShown << " more";
        out << '\n';
    }
    out << '\n';
    out.flush();
    return report.toUtf8();
}

} // namespace whosaid::cli
