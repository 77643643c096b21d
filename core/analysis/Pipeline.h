#pragma once

#include "Analysis.h"
#include "Pass.h"

#include <memory>
#include <vector>

namespace whosaid::analysis {

// The passes in order, from segmentation to speaker resolution. Thread-safe: analyse() may be
// called from several threads at once.
class Pipeline final
{
public:
    Pipeline(); // the standard passes
    explicit Pipeline(std::vector<std::unique_ptr<Pass>> passes);

    // passNanoseconds, when given, receives the time each pass took (added to what it holds).
    [[nodiscard]] Analysis analyse(std::shared_ptr<const Document> document,
                                   const QString &language = QStringLiteral("en"),
                                   QList<qint64> *passNanoseconds = nullptr) const;
    [[nodiscard]] const std::vector<std::unique_ptr<Pass>> &passes() const { return m_passes; }

private:
    std::vector<std::unique_ptr<Pass>> m_passes;
};

} // namespace whosaid::analysis
