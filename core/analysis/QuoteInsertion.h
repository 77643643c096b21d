#pragma once

#include "Analysis.h"

namespace whosaid::analysis {

// Adds quotations found by a later pass (reported speech, transcripts) to the analysis, in
// text order with their attributions, each an utterance of its own; the passes after them rely
// on quotations being in text order.
void insertQuotes(Analysis &analysis, const QList<Quote> &quotes,
                  const QList<Attribution> &attributions);

} // namespace whosaid::analysis
