#pragma once

#include "annotation/SidecarFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace whosaid::exporting {

enum class ImportFormat : quint8 { Json, WebAnnotation };

// Annotations read from a file made elsewhere, as a sidecar's contents: the caller lays them over
// a fresh analysis of the article with AnnotationMerge::merge. Imported quotes are hand decisions
// (they win over the machine): they keep the review state the file gives, and are Accepted when
// it gives none.
struct ImportResult
{
    annotation::SidecarContents contents;
    QString error;   // for the user; empty on success
    int skipped = 0; // quotes the file describes too badly to use

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Reads Whosaid's JSON export (or the JSON of `whosaid-cli analyze --format json`) and W3C Web
// Annotations (a collection, a page, an array or one annotation with TextQuoteSelector and/or
// TextPositionSelector targets).
class Importer final
{
public:
    [[nodiscard]] static QString name(ImportFormat format);
    [[nodiscard]] static std::optional<ImportFormat> fromName(QStringView name);
    // Web Annotation when the JSON has an "@context" or annotation types, else Whosaid JSON.
    [[nodiscard]] static std::optional<ImportFormat> detect(const QByteArray &bytes);

    // article: the text the annotations belong to, for the quotes' context and for selectors
    // that give only positions. name: the file, for messages.
    [[nodiscard]] static ImportResult read(const QByteArray &bytes, ImportFormat format,
                                           const document::Document &article, const QString &name);
    [[nodiscard]] static ImportResult readFile(const QString &path,
                                               std::optional<ImportFormat> format,
                                               const document::Document &article);
};

} // namespace whosaid::exporting
