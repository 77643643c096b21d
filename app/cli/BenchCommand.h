#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace whosaid::cli {

// `whosaid-cli bench`: throughput of segmentation alone, the analysis alone and the whole
// JSON Lines pipeline (parse, analyse, serialise), on one thread and on all cores.
class BenchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace whosaid::cli
