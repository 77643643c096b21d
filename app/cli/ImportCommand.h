#pragma once

#include "Command.h"

namespace whosaid::cli {

// `whosaid-cli import`: annotations made elsewhere (Whosaid JSON or Web Annotations) laid over a
// fresh analysis of their article and saved as its sidecar, where the reader and `export` find
// them.
class ImportCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace whosaid::cli
