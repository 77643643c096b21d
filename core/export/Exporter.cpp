#include "Exporter.h"

#include "HtmlExporter.h"

#include <QDir>
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
    case ExportFormat::Csv:
    case ExportFormat::WebAnnotation:
    case ExportFormat::Brat:
        break;
    }
    return ExportResult::failure(u"the %1 format is not available yet"_s.arg(name(format)));
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
