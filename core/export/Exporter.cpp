#include "Exporter.h"

#include "AnnotationJsonExporter.h"
#include "BratExporter.h"
#include "CsvExporter.h"
#include "HtmlExporter.h"
#include "WebAnnotationExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <array>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo
{
    ExportFormat format;
    QStringView name;
    QStringView suffix;
    QStringView description;
};

constexpr std::array Formats{
    FormatInfo{ExportFormat::Html, u"html", u".html", u"Annotated web page (HTML)"},
    FormatInfo{ExportFormat::Json, u"json", u".json", u"Whosaid JSON with review state"},
    FormatInfo{ExportFormat::Csv, u"csv", u".csv", u"Table of quotes (CSV)"},
    FormatInfo{ExportFormat::WebAnnotation, u"webannotation", u".jsonld",
               u"W3C Web Annotation (JSON-LD)"},
    FormatInfo{ExportFormat::Brat, u"brat", u".ann", u"brat standoff (.txt and .ann)"},
};

const FormatInfo &info(ExportFormat format)
{
    return Formats.at(std::size_t(format));
}

} // namespace

QString Exporter::name(ExportFormat format)
{
    return info(format).name.toString();
}

std::optional<ExportFormat> Exporter::fromName(QStringView name)
{
    for (const FormatInfo &format : Formats) {
        if (name.compare(format.name, Qt::CaseInsensitive) == 0)
            return format.format;
    }
    return std::nullopt;
}

QStringList Exporter::names()
{
    QStringList names;
    for (const FormatInfo &format : Formats)
        names.append(format.name.toString());
    return names;
}

QString Exporter::description(ExportFormat format)
{
    return info(format).description.toString();
}

QString Exporter::suffix(ExportFormat format)
{
    return info(format).suffix.toString();
}

ExportResult Exporter::exportSet(ExportFormat format, const annotation::AnnotationSet &set,
                                 const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Html:
        return HtmlExporter::exportSet(set, options);
    case ExportFormat::Json:
        return AnnotationJsonExporter::exportSet(set, options);
    case ExportFormat::Csv:
        return CsvExporter::exportSet(set, options);
    case ExportFormat::WebAnnotation:
        return WebAnnotationExporter::exportSet(set, options);
    case ExportFormat::Brat:
        return BratExporter::exportSet(set, options);
    }
    Q_UNREACHABLE();
    return ExportResult::failure(u"unknown format"_s);
}

QString Exporter::documentName(const document::Document &document)
{
    const QString name = QFileInfo(document.sourcePath).fileName();
    return name.isEmpty() ? u"article"_s : name;
}

QString Exporter::generator()
{
    return u"Whosaid "_s + QStringLiteral(WHOSAID_VERSION);
}

QString Exporter::basePath(ExportFormat format, const QString &path)
{
    if (format == ExportFormat::Brat && path.endsWith(u".txt"_s, Qt::CaseInsensitive))
        return path.chopped(4);
    const QString own = suffix(format);
    return path.endsWith(own, Qt::CaseInsensitive) ? path.chopped(own.size()) : path;
}

QString Exporter::write(const ExportResult &result, const QString &basePath)
{
    if (!result.ok())
        return result.error;
    for (const ExportFile &file : result.files) {
        const QString path = basePath + file.suffix;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size()
            || !out.commit()) {
            return u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), out.errorString());
        }
    }
    return {};
}

} // namespace whosaid::exporting
