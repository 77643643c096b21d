#pragma once

#include "Command.h"
#include "export/Exporter.h"

namespace whosaid::cli {

// `whosaid-cli export`: articles in, their annotations out as an annotated web page or data
// (JSON, CSV, Web Annotation, brat), with the hand edits saved beside each article.
class ExportCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

private:
    struct Settings
    {
        exporting::ExportFormat format = exporting::ExportFormat::Html;
        exporting::ExportOptions options; // the language is each article's own
        QString language;                 // --lang, or empty to detect it
        QString encoding;
        bool ignoreAnnotations = false;
    };
    struct Exported
    {
        QString source;
        exporting::ExportResult result;
        QString warning; // the sidecar could not be used
    };

    [[nodiscard]] static Exported exportFile(const QString &path, const Settings &settings);
    // Where each input's export goes (a base path, without the suffix), or an error.
    [[nodiscard]] std::optional<int> plan(const QStringList &files, const QString &output,
                                          const Settings &settings, QStringList &bases) const;
    // annotation.conf and visual.conf in folder, unless there are some.
    void writeBratConfiguration(const QString &folder);
    int writeAll(const QStringList &files, const QStringList &bases, const Settings &settings);
};

} // namespace whosaid::cli
