#include "ImportSupport.h"

#include <QJsonArray>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

annotation::QuoteAnchor ImportSupport::anchor(const document::Document &text, qint64 start,
                                              qint64 end, const QString &exact)
{
    const qint64 length = text.codePointLength();
    if (start >= 0 && end >= start && end <= length) {
        const document::TextRange range{text.utf16Offset(start), text.utf16Offset(end)};
        if (exact.isEmpty() || text.view(range) == exact)
            return annotation::QuoteAnchor::of(text, range);
    }
    annotation::QuoteAnchor anchor;
    anchor.exact = exact;
    anchor.start = std::max<qint64>(0, start);
    anchor.end = std::max<qint64>(anchor.start, end);
    return anchor;
}

document::TextRange ImportSupport::span(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return {};
    const document::TextRange range{qsizetype(pair.at(0).toInteger()),
                                    qsizetype(pair.at(1).toInteger())};
    return range.start >= 0 && range.end > range.start ? range : document::TextRange{};
}

QString ImportSupport::speakerId(QList<annotation::SpeakerRecord> &roster, const QString &id,
                                 const QString &name)
{
    if (id.isEmpty() && name.isEmpty())
        return {};
    for (const annotation::SpeakerRecord &speaker : std::as_const(roster)) {
        if (!id.isEmpty() ? speaker.id == id : speaker.answersTo(name))
            return speaker.id;
    }
    annotation::SpeakerRecord speaker;
    speaker.id = id;
    if (speaker.id.isEmpty()) {
        int n = 1;
        const auto taken = [&](const QString &candidate) {
            return std::any_of(
                roster.cbegin(), roster.cend(),
                [&](const annotation::SpeakerRecord &s) { return s.id == candidate; });
        };
        while (taken(u"u"_s + QString::number(n)))
            ++n;
        speaker.id = u"u"_s + QString::number(n);
    }
    speaker.name = name.isEmpty() ? speaker.id : name;
    roster.append(speaker);
    return speaker.id;
}

} // namespace whosaid::exporting
