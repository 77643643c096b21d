#pragma once

#include "Command.h"
#include "DocumentBatch.h"

#include <QCoreApplication>
#include <QFile>

namespace whosaid::cli {

// `whosaid-cli analyze`: articles in, quotes and speakers out, as a readable report, JSON, or
// the JSON Lines contract of the evaluation (--jsonl).
class AnalyzeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

private:
    int analyseFiles(const QStringList &files, const DocumentBatch &batch, bool json,
                     const QString &language);
    int analyseJsonLines(const QStringList &files, const DocumentBatch &batch,
                         const QString &language);
    int streamJsonLines(QFile &input, const QString &name, const DocumentBatch &batch,
                        const QString &language);
    // The paths with each folder replaced by the supported files inside it, recursively.
    [[nodiscard]] QStringList filesInFolders(const QStringList &paths) const;
    void progress(qsizetype done, qsizetype total, const QString &current) const;

    bool m_progress = false;
};

} // namespace whosaid::cli
