#pragma once

#include "Importer.h"

#include <QJsonObject>

namespace whosaid::exporting {

// Whosaid's JSON export (AnnotationJsonExporter) back into annotations; also takes the plain
// JSON of `whosaid-cli analyze --format json`, whose quotes then count as accepted.
class JsonImporter final
{
public:
    [[nodiscard]] static ImportResult read(const QJsonObject &root,
                                           const document::Document &article);
};

} // namespace whosaid::exporting
