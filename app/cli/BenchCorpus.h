#pragma once

#include <QString>
#include <QStringList>

namespace whosaid::cli {

// Synthetic news-like articles for the benchmark when no corpus is given: narrative
// paragraphs, quotations with cues before and after, split and floating quotes, scare quotes.
// Deterministic for a seed, so figures compare across runs.
class BenchCorpus final
{
public:
    // Articles of about articleBytes each, totalling about totalBytes.
    [[nodiscard]] static QStringList generate(qsizetype totalBytes, qsizetype articleBytes,
                                              quint32 seed = 1);
    [[nodiscard]] static QString article(qsizetype bytes, quint32 seed);
};

} // namespace whosaid::cli
