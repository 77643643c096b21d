#include "Importer.h"

#include "JsonImporter.h"
#include "WebAnnotationImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

namespace {

// An annotation file is small; anything far larger is not one.
constexpr qint64 MaxImportBytes = qint64(256) * 1024 * 1024;

} // namespace

QString Importer::name(ImportFormat format)
{
    return format == ImportFormat::Json ? u"json"_s : u"webannotation"_s;
}

std::optional<ImportFormat> Importer::fromName(QStringView name)
{
    for (const ImportFormat format : {ImportFormat::Json, ImportFormat::WebAnnotation}) {
        if (name.compare(Importer::name(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ImportFormat> Importer::detect(const QByteArray &bytes)
{
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (json.isNull())
        return std::nullopt;
    if (json.isArray())
        return ImportFormat::WebAnnotation;
    const QJsonObject root = json.object();
    const QString type = root.value(u"type"_s).toString();
    if (root.contains(u"@context"_s) || type.startsWith(u"Annotation"_s))
        return ImportFormat::WebAnnotation;
    return ImportFormat::Json;
}

ImportResult Importer::read(const QByteArray &bytes, ImportFormat format,
                            const document::Document &article, const QString &name)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    ImportResult result;
    if (json.isNull()) {
        result.error = u"%1: not JSON (%2 at byte %3)"_s
                           .arg(QDir::toNativeSeparators(name), error.errorString())
                           .arg(error.offset);
        return result;
    }
    if (format == ImportFormat::Json) {
        result = JsonImporter::read(json.object(), article);
    } else {
        result = WebAnnotationImporter::read(
            json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), article);
    }
    if (!result.ok())
        result.error = QDir::toNativeSeparators(name) + u": "_s + result.error;
    return result;
}

ImportResult Importer::readFile(const QString &path, std::optional<ImportFormat> format,
                                const document::Document &article)
{
    QFile file(path);
    ImportResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error
            = u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > MaxImportBytes) {
        result.error = u"%1 is too large for an annotation file (%2 MB)"_s.arg(
            QDir::toNativeSeparators(path), QString::number(file.size() / (qint64(1024) * 1024)));
        return result;
    }
    const QByteArray bytes = file.readAll();
    const std::optional<ImportFormat> chosen = format ? format : detect(bytes);
    return read(bytes, chosen.value_or(ImportFormat::Json), article, path);
}

} // namespace whosaid::exporting
