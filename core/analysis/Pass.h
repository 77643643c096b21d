#pragma once

#include "Analysis.h"

namespace whosaid::analysis {

// One step of the analysis: reads the layers earlier passes built and adds its own.
// A pass keeps no state between documents, so one instance serves every thread.
class Pass
{
public:
    Pass() = default;
    virtual ~Pass() = default;
    Pass(const Pass &) = delete;
    Pass &operator=(const Pass &) = delete;
    Pass(Pass &&) = delete;
    Pass &operator=(Pass &&) = delete;

    [[nodiscard]] virtual const char *name() const = 0;
    virtual void run(Analysis &analysis) const = 0;
};

} // namespace whosaid::analysis
