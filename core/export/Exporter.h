#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

#include <QStringList>

#include <optional>

namespace whosaid::exporting {

enum class ExportFormat : quint8 { Html, Json, Csv, WebAnnotation, Brat };

// The export formats by name, and the one entry point that the command line and the reader use.
class Exporter final
{
public:
    // "html", "json", "csv", "webannotation", "brat".
    [[nodiscard]] static QString name(ExportFormat format);
    [[nodiscard]] static std::optional<ExportFormat> fromName(QStringView name);
    [[nodiscard]] static QStringList names();
    // For menus and dialogs: "Annotated web page (HTML)", ...
    [[nodiscard]] static QString description(ExportFormat format);
    // The suffix of the main file (".html"; brat: ".ann", beside a ".txt").
    [[nodiscard]] static QString suffix(ExportFormat format);

    [[nodiscard]] static ExportResult exportSet(ExportFormat format,
                                                const annotation::AnnotationSet &set,
                                                const ExportOptions &options);

    // How exports name the document: its file name, "article" when it has none.
    [[nodiscard]] static QString documentName(const document::Document &document);
    // "Whosaid 0.1.0".
    [[nodiscard]] static QString generator();

    // The path without the format's suffix, if it has it: "out/a.html" -> "out/a".
    [[nodiscard]] static QString basePath(ExportFormat format, const QString &path);
    // Writes each file of result to basePath + its suffix, atomically. Returns an error message
    // for the user, empty on success.
    [[nodiscard]] static QString write(const ExportResult &result, const QString &basePath);
};

} // namespace whosaid::exporting
