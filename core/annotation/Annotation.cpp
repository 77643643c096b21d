#include "Annotation.h"

#include <array>

namespace whosaid::annotation {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array ReviewNames
    = {u"unreviewed", u"accepted", u"corrected", u"added", u"rejected"};

constexpr std::array EditNames{
    std::pair{QuoteRecord::SpeakerEdited, QStringView(u"speaker")},
    std::pair{QuoteRecord::BoundsEdited, QStringView(u"bounds")},
    std::pair{QuoteRecord::KindEdited, QStringView(u"kind")},
};

} // namespace

QString reviewStateName(ReviewState state)
{
    return QString::fromUtf16(ReviewNames.at(std::size_t(state)));
}

std::optional<ReviewState> reviewStateFromName(QStringView name)
{
    for (std::size_t i = 0; i < ReviewNames.size(); ++i) {
        if (name == QStringView(ReviewNames.at(i)))
            return ReviewState(i);
    }
    return std::nullopt;
}

std::optional<QuoteKind> quoteKindFromName(QStringView name)
{
    for (const QuoteKind kind : {QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect,
                                 QuoteKind::Block, QuoteKind::Mention}) {
        if (name == analysis::kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QStringList editNames(quint8 edits)
{
    QStringList names;
    for (const auto &[bit, name] : EditNames) {
        if ((edits & bit) != 0)
            names.append(name.toString());
    }
    return names;
}

quint8 editsFromNames(const QStringList &names)
{
    quint8 edits = 0;
    for (const auto &[bit, name] : EditNames) {
        if (names.contains(name))
            edits |= bit;
    }
    return edits;
}

bool SpeakerRecord::answersTo(QStringView other) const
{
    if (other.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(aliases.cbegin(), aliases.cend(), [other](const QString &alias) {
        return other.compare(alias, Qt::CaseInsensitive) == 0;
    });
}

} // namespace whosaid::annotation
