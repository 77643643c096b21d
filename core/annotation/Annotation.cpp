#include "Annotation.h"

#include <array>

namespace whosaid::annotation {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array ReviewNames
    = {u"unreviewed", u"accepted", u"corrected", u"added", u"rejected"};

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

bool SpeakerRecord::answersTo(QStringView other) const
{
    if (other.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(aliases.cbegin(), aliases.cend(), [other](const QString &alias) {
        return other.compare(alias, Qt::CaseInsensitive) == 0;
    });
}

} // namespace whosaid::annotation
