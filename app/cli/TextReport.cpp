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

QByteArray TextReport::format(const analysis::Analysis &a, const QString &source)
{
    QString report;
    QTextStream out(&report);
    qsizetype speech = 0;
    QStringList mentions;
    for (const analysis::Quote &quote : a.quotes) {
        if (quote.depth == 0 && quote.kind != QuoteKind::Mention)
            ++speech;
        else if (quote.depth == 0)
            mentions.append(u'\u2018' + shorten(a.view(quote.content), 40) + u'\u2019');
    }
    out << "== " << source;
    if (!a.document->encoding.isEmpty())
        out << " (" << a.document->encoding << ')';
    out << ": " << speech << (speech == 1 ? " quote, " : " quotes, ") << a.speakers.size()
        << (a.speakers.size() == 1 ? " speaker" : " speakers") << '\n';
    for (const analysis::Speaker &speaker : a.speakers) {
        out << "  " << speaker.id << "  " << speaker.name;
        if (!speaker.role.isEmpty())
            out << " (" << speaker.role << ')';
        out << " \u2014 " << speaker.quoteCount << (speaker.quoteCount == 1 ? " quote" : " quotes");
        if (!speaker.aliases.isEmpty())
            out << "; also " << speaker.aliases.join(u", "_s);
        out << '\n';
    }
    out << '\n';
    // The speaker column is as wide as the longest name, within reason.
    constexpr qsizetype NameWidth = 30;
    qsizetype nameColumn = 9; // "(unknown)"
    for (const analysis::Speaker &speaker : a.speakers)
        nameColumn = std::max(nameColumn, std::min(speaker.name.size(), NameWidth));
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const analysis::Quote &quote = a.quotes.at(q);
        if (quote.depth > 0 || quote.kind == QuoteKind::Mention)
            continue;
        const analysis::Attribution &attribution = a.attributions.at(q);
        const QString speaker
            = attribution.speaker >= 0 ? a.speakers.at(attribution.speaker).name : u"(unknown)"_s;
        out << "  " << QString::number(attribution.confidence, 'f', 2) << "  "
            << shorten(speaker, NameWidth).leftJustified(nameColumn) << ' '
            << analysis::kindName(quote.kind).leftJustified(8) << " \u201c"
            << shorten(a.view(quote.content), 70) << "\u201d\n";
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
