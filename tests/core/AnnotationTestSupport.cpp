#include "AnnotationTestSupport.h"

#include "AnalysisTestSupport.h"
#include "annotation/AnnotationEdits.h"

namespace whosaid::coretest {

using namespace Qt::StringLiterals;
using annotation::AnnotationEdits;
using annotation::AnnotationSet;
using annotation::QuoteKind;
using annotation::QuoteRecord;
using annotation::ReviewState;

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

std::unique_ptr<AnnotationSet> correctedCouncil()
{
    auto set = annotate(councilArticle());
    const QString id = set->newSpeakerId();
    set->insertSpeaker(set->speakerCount(), AnnotationEdits::newSpeaker(id, u"Ann Other"_s));
    const int budget = quoteStarting(*set, u"The budget");
    set->replaceQuote(budget, AnnotationEdits::reassigned(set->quote(budget), id));
    const int scare = quoteStarting(*set, u"rainy");
    set->replaceQuote(scare, AnnotationEdits::reviewed(set->quote(scare), ReviewState::Rejected));
    const qsizetype met = set->document().text().indexOf(u"The council met"_s);
    set->insertQuote(
        AnnotationEdits::added(set->newQuoteId(), {met, met + 27}, QuoteKind::Indirect, id));
    const int last = quoteStarting(*set, u"It is");
    QuoteRecord shorter = set->quote(last);
    shorter.range.end -= 1; // without the comma
    set->replaceQuote(last, AnnotationEdits::withRange(shorter, shorter.range));
    set->replaceSpeaker(0, AnnotationEdits::withRole(set->speaker(0), u"mayor"_s));
    const int lopez = set->findSpeaker(u"Maria Lopez");
    set->replaceSpeaker(lopez, AnnotationEdits::renamed(set->speaker(lopez), u"María López"_s));
    return set;
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
