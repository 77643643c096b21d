#include "AnnotationTestSupport.h"

#include "AnalysisTestSupport.h"

namespace whosaid::coretest {

using namespace Qt::StringLiterals;
using annotation::AnnotationSet;

QString councilArticle()
{
    return u"“We will not close the library,” said Maria Lopez, the mayor of Riverton.\n\n"
           "The council met on Tuesday. “The budget is fair,” Tom Baker told reporters. He "
           "added: “Nobody loses anything this year.”\n\n"
           "The Riverton Trust said in a statement that the plan was fair. The so-called “rainy "
           "day "
           "fund” is empty.\n\n"
           "“It is a disgrace,” Lopez said.\n"_s;
}

std::unique_ptr<AnnotationSet> annotate(const QString &text)
{
    return AnnotationSet::fromAnalysis(analyse(text));
}

int quoteStarting(const AnnotationSet &set, QStringView words)
{
    for (int i = 0; i < set.quoteCount(); ++i) {
        if (set.document().view(set.quote(i).range).startsWith(words))
            return i;
    }
    return -1;
}

QStringList described(const AnnotationSet &set)
{
    QStringList lines;
    for (const annotation::QuoteRecord &quote : set.quotes()) {
        const QString speaker = set.speakerName(quote.speaker);
        lines.append(u"%1 => %2 [%3, %4]"_s.arg(
            set.document().view(quote.range), speaker.isEmpty() ? u"?"_s : speaker,
            analysis::kindName(quote.kind), annotation::reviewStateName(quote.review)));
    }
    return lines;
}

} // namespace whosaid::coretest
