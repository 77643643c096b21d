#pragma once

#include "analysis/Analysis.h"

#include <QJsonObject>

namespace whosaid::exporting {

// The analysis as JSON, in the shape of the whosaid-cli contract: code point offsets,
// quotes with kind, speaker, confidence, mention and cue, and the speaker roster.
class JsonExporter final
{
public:
    enum class Option { None = 0, IncludeText = 1, IncludeMentions = 2, IncludeReasons = 4 };
    Q_DECLARE_FLAGS(Options, Option)

    [[nodiscard]] static QJsonObject toJson(const analysis::Analysis &analysis, const QString &id,
                                            Options options = Option::IncludeReasons);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JsonExporter::Options)

} // namespace whosaid::exporting
