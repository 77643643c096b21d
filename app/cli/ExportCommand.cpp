#include "ExportCommand.h"

#include "analysis/LanguageDetector.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationLoader.h"
#include "document/ArticleLoader.h"
#include "export/BratExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace whosaid::cli {

using namespace Qt::StringLiterals;
using exporting::Exporter;
using exporting::ExportFormat;

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::description() const
{
    return u"Export the quotes of articles as an annotated web page or as data"_s;
}

int ExportCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        u"format"_s, u"Output format: %1 (default html)."_s.arg(Exporter::names().join(u", "_s)),
        u"format"_s, u"html"_s);
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        u"Output file, or folder for several articles (default: standard output)."_s, u"path"_s);
    const QCommandLineOption bom(
        u"bom"_s,
        u"CSV for spreadsheet programs: a byte-order mark, and no cell read as a "
        "formula."_s);
    const QCommandLineOption ignore(
        u"ignore-annotations"_s,
        u"Export the machine's annotations, not the hand edits saved beside the article."_s);
    const QCommandLineOption lang(
        u"lang"_s, u"Language of the articles (default: detected from each article)."_s, u"code"_s);
    const QCommandLineOption encoding(
        u"encoding"_s, u"Encoding of the article files (default: detect)."_s, u"name"_s);
    parser.addOptions({format, output, bom, ignore, lang, encoding});
    parser.addPositionalArgument(u"files"_s, u"Article files."_s, u"FILE..."_s);
    if (const std::optional<int> done = parse(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(u"no input files (see --help)"_s);
    Settings settings;
    const std::optional<ExportFormat> chosen = Exporter::fromName(parser.value(format));
    if (!chosen) {
        return usageError(u"unknown format '%1' (%2)"_s.arg(parser.value(format),
                                                            Exporter::names().join(u", "_s)));
    }
    settings.format = *chosen;
    if (parser.isSet(bom) && settings.format != ExportFormat::Csv)
        return usageError(u"--bom is for --format csv"_s);
    settings.options.spreadsheet = parser.isSet(bom);
    settings.language = parser.value(lang);
    settings.encoding = parser.value(encoding);
    settings.ignoreAnnotations = parser.isSet(ignore);

    QStringList bases;
    if (const std::optional<int> failed = plan(files, parser.value(output), settings, bases))
        return *failed;
    return writeAll(files, bases, settings);
}

std::optional<int> ExportCommand::plan(const QStringList &files, const QString &output,
                                       const Settings &settings, QStringList &bases) const
{
    const bool toFolder = files.size() > 1 || (!output.isEmpty() && QFileInfo(output).isDir());
    if (output.isEmpty()) {
        if (files.size() > 1)
            return usageError(u"several articles need a folder: -o FOLDER"_s);
        if (settings.format == ExportFormat::Brat)
            return usageError(u"brat writes two files (.txt and .ann): give -o PATH"_s);
        bases.append(QString()); // standard output
        return std::nullopt;
    }
    if (!toFolder) {
        bases.append(Exporter::basePath(settings.format, output));
    } else {
        if (QFileInfo(output).exists() && !QFileInfo(output).isDir())
            return usageError(u"%1 is not a folder (several articles need one)"_s.arg(output));
        if (!QDir().mkpath(output)) {
            err() << "whosaid-cli: cannot create the folder " << output << '\n';
            return InputFailed;
        }
        // article.txt -> FOLDER/article.html; a second article.txt -> article-2.html.
        QSet<QString> taken;
        for (const QString &file : files) {
            const QString stem = QFileInfo(file).completeBaseName();
            QString base = QDir(output).filePath(stem);
            for (int n = 2; taken.contains(base); ++n)
                base = QDir(output).filePath(stem + u'-' + QString::number(n));
            taken.insert(base);
            bases.append(base);
        }
    }
    // Never write over an article: brat's .txt beside the article it came from would.
    QSet<QString> inputs;
    for (const QString &file : files)
        inputs.insert(QFileInfo(file).absoluteFilePath());
    for (const QString &base : std::as_const(bases)) {
        for (const QString &suffix : {Exporter::suffix(settings.format), u".txt"_s}) {
            if (inputs.contains(QFileInfo(base + suffix).absoluteFilePath())) {
                return usageError(u"the export would overwrite the article %1; choose another "
                                  "output"_s.arg(base + suffix));
            }
        }
    }
    return std::nullopt;
}

void ExportCommand::writeBratConfiguration(const QString &folder)
{
    // brat reads the types of a collection from these; one the user has is left alone.
    const QList<std::pair<QString, QByteArray>> files{
        {u"annotation.conf"_s, exporting::BratExporter::annotationConf()},
        {u"visual.conf"_s, exporting::BratExporter::visualConf()},
    };
    for (const auto &[name, bytes] : files) {
        const QString path = QDir(folder).filePath(name);
        if (QFileInfo::exists(path))
            continue;
        const QString error = Exporter::write({{{QString(), bytes}}, {}}, path);
        if (error.isEmpty())
            out() << "wrote " << QDir::toNativeSeparators(path) << '\n';
        else
            err() << "whosaid-cli: " << error << '\n';
    }
}

ExportCommand::Exported ExportCommand::exportFile(const QString &path, const Settings &settings)
{
    document::ArticleLoader loader;
    loader.setForcedEncoding(settings.encoding);
    document::LoadResult loaded = loader.load(path);
    if (!loaded.ok())
        return {path, exporting::ExportResult::failure(loaded.error), {}};
    const auto doc = std::make_shared<const document::Document>(std::move(loaded.document));
    static const analysis::Pipeline pipeline;
    exporting::ExportOptions options = settings.options;
    options.language = analysis::LanguageDetector::languageFor(doc->text(), settings.language);
    const analysis::Analysis analysis = pipeline.analyse(doc, options.language);
    if (settings.ignoreAnnotations) {
        const std::unique_ptr<annotation::AnnotationSet> set
            = annotation::AnnotationSet::fromAnalysis(analysis);
        return {path, Exporter::exportSet(settings.format, *set, options), {}};
    }
    // The hand edits saved beside the article, laid over the fresh analysis.
    const QString sidecar = annotation::SidecarFile::pathFor(path);
    const annotation::AnnotationLoader::Result saved
        = annotation::AnnotationLoader::load(analysis, sidecar);
    QString warning;
    if (!saved.error.isEmpty()) {
        warning = u"%1 not used (%2): exported the machine's annotations"_s.arg(
            QDir::toNativeSeparators(sidecar), saved.error);
    }
    return {path, Exporter::exportSet(settings.format, *saved.annotations, options), warning};
}

int ExportCommand::writeAll(const QStringList &files, const QStringList &bases,
                            const Settings &settings)
{
    const auto exported = QtConcurrent::blockingMapped<QList<Exported>>(
        files, [&settings](const QString &path) { return exportFile(path, settings); });
    int status = Ok;
    for (qsizetype i = 0; i < exported.size(); ++i) {
        const Exported &one = exported.at(i);
        if (!one.warning.isEmpty()) {
            err() << "whosaid-cli: " << one.source << ": " << one.warning << '\n';
            status = InputFailed;
        }
        if (!one.result.ok()) {
            err() << "whosaid-cli: " << one.source << ": " << one.result.error << '\n';
            status = InputFailed;
            continue;
        }
        if (bases.at(i).isEmpty()) {
            writeOut(one.result.files.first().bytes);
            continue;
        }
        const QString error = Exporter::write(one.result, bases.at(i));
        if (!error.isEmpty()) {
            err() << "whosaid-cli: " << error << '\n';
            status = InputFailed;
            continue;
        }
        for (const exporting::ExportFile &file : one.result.files)
            out() << "wrote " << QDir::toNativeSeparators(bases.at(i) + file.suffix) << '\n';
        if (settings.format == ExportFormat::Brat)
            writeBratConfiguration(QFileInfo(bases.at(i)).absolutePath());
    }
    out().flush();
    err().flush();
    return status;
}

} // namespace whosaid::cli
