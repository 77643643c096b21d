#pragma once

// What the analysis tests share (tst_attribution, tst_speakers, tst_speechclassifier,
// tst_quotemarks, tst_segmentation, tst_jsonexporter): the pipeline, whole or its first passes,
// over an English text, and the quotations, speakers and sentences it finds as plain strings.

#include "analysis/Analysis.h"

#include <QString>
#include <QStringList>

namespace whosaid::coretest {

// All passes.
[[nodiscard]] analysis::Analysis analyse(const QString &text);
// The segmentation pass only.
[[nodiscard]] analysis::Analysis segment(const QString &text);
// The segmentation and quote-mark passes.
[[nodiscard]] analysis::Analysis analyseQuoteMarks(const QString &text);

// A top-level quotation that is not a mention: somebody's speech.
[[nodiscard]] bool isSpeech(const analysis::Quote &quote);
// The words of `quote`, trimmed, without a trailing comma, full stop, semicolon or colon.
[[nodiscard]] QString quotedText(const analysis::Analysis &a, const analysis::Quote &quote);
// The name of the speaker of quotation `q`, "?" for none.
[[nodiscard]] QString speakerOf(const analysis::Analysis &a, qsizetype q);
// "quoted text => speaker" for every top-level quotation of speech, in text order.
[[nodiscard]] QStringList attributed(const analysis::Analysis &a);
// "content => speaker" for every top-level report without quotation marks (indirect speech).
[[nodiscard]] QStringList reported(const analysis::Analysis &a);
// One string, so that a failure prints the whole of both sides.
[[nodiscard]] QString joined(const QStringList &list);
// The text of every sentence, trimmed.
[[nodiscard]] QStringList sentenceTexts(const analysis::Analysis &a);

// Data-driven attribution tests: the columns "text" (QString) and "expected" (QStringList of
// "quoted text => speaker", as attributed() gives them), and the check that analyses "text".
void addAttributionColumns();
void checkAttributions();

} // namespace whosaid::coretest
