#include "QuoteInsertion.h"

#include <algorithm>
#include <numeric>

namespace whosaid::analysis {

void insertQuotes(Analysis &analysis, const QList<Quote> &quotes,
                  const QList<Attribution> &attributions)
{
    Q_ASSERT(quotes.size() == attributions.size());
    if (quotes.isEmpty())
        return;
    const qsizetype existing = analysis.quotes.size();
    int utterance = 0;
    for (const Quote &quote : std::as_const(analysis.quotes))
        utterance = std::max(utterance, quote.utterance + 1);
    const auto quoteAt = [&](qsizetype i) -> const Quote & {
        return i < existing ? analysis.quotes.at(i) : quotes.at(i - existing);
    };
    QList<qsizetype> order(existing + quotes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        return quoteAt(x).content.start < quoteAt(y).content.start;
    });
    QList<Quote> merged;
    QList<Attribution> mergedAttributions;
    merged.reserve(order.size());
    mergedAttributions.reserve(order.size());
    for (const qsizetype i : std::as_const(order)) {
        merged.append(quoteAt(i));
        if (i >= existing)
            merged.last().utterance = utterance++;
        mergedAttributions.append(i < existing ? analysis.attributions.at(i)
                                               : attributions.at(i - existing));
    }
    analysis.quotes = std::move(merged);
    analysis.attributions = std::move(mergedAttributions);
}

} // namespace whosaid::analysis
