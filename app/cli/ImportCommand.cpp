#include "ImportCommand.h"

#include "analysis/LanguageDetector.h"
#include "analysis/Pipeline.h"
#include "annotation/AnnotationMerge.h"
#include "annotation/SidecarFile.h"
#include "document/ArticleLoader.h"
#include "export/Importer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace whosaid::cli {

using namespace Qt::StringLiterals;
using exporting::Importer;
using exporting::ImportFormat;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::description() const
{
    return u"Import annotations (JSON, Web Annotation) as an article's hand edits"_s;
}

int ImportCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        u"format"_s, u"Format of the annotations: json or webannotation (default: detect)."_s,
        u"format"_s);
    const QCommandLineOption force(
        u"force"_s, u"Replace the article's saved annotations (kept as a .bak file)."_s);
    const QCommandLineOption lang(
        u"lang"_s, u"Language of the article (default: detected from the article)."_s, u"code"_s);
    const QCommandLineOption encoding(
        u"encoding"_s, u"Encoding of the article file (default: detect)."_s, u"name"_s);
    parser.addOptions({format, force, lang, encoding});
    parser.addPositionalArgument(u"annotations"_s, u"The annotation file."_s, u"ANNOTATIONS"_s);
    parser.addPositionalArgument(u"article"_s, u"The article they belong to."_s, u"ARTICLE"_s);
    if (const std::optional<int> done = parse(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return usageError(u"give the annotation file and the article (see --help)"_s);
    std::optional<ImportFormat> chosen;
    if (parser.isSet(format)) {
        chosen = Importer::fromName(parser.value(format));
        if (!chosen) {
            return usageError(
                u"unknown format '%1' (json or webannotation)"_s.arg(parser.value(format)));
        }
    }
    const QString &annotationsPath = files.at(0);
    const QString articlePath = QFileInfo(files.at(1)).absoluteFilePath();
    const QString sidecar = annotation::SidecarFile::pathFor(articlePath);
    if (QFileInfo::exists(sidecar) && !parser.isSet(force)) {
        err() << "whosaid-cli: " << QDir::toNativeSeparators(sidecar)
              << " exists: the article has saved annotations; --force replaces them (the old "
                 "file is kept as a .bak)\n";
        return InputFailed;
    }

    document::ArticleLoader loader;
    loader.setForcedEncoding(parser.value(encoding));
    document::LoadResult loaded = loader.load(articlePath);
    if (!loaded.ok()) {
        err() << "whosaid-cli: " << files.at(1) << ": " << loaded.error << '\n';
        return InputFailed;
    }
    const auto doc = std::make_shared<const document::Document>(std::move(loaded.document));
    exporting::ImportResult imported = Importer::readFile(annotationsPath, chosen, *doc);
    if (!imported.ok()) {
        err() << "whosaid-cli: " << imported.error << '\n';
        return InputFailed;
    }
    imported.contents.articlePath = articlePath;
    imported.contents.fingerprint = annotation::SidecarFile::fingerprint(*doc);
    imported.contents.loader = doc->loader;
    imported.contents.encoding = doc->encoding;
    const analysis::Pipeline pipeline;
    const std::unique_ptr<annotation::AnnotationSet> merged = annotation::AnnotationMerge::merge(
        pipeline.analyse(doc,
                         analysis::LanguageDetector::languageFor(doc->text(), parser.value(lang))),
        imported.contents);
    const QString error = annotation::SidecarFile::save(*merged, sidecar);
    if (!error.isEmpty()) {
        err() << "whosaid-cli: " << error << '\n';
        return InputFailed;
    }
    const qsizetype count = imported.contents.quotes.size() + imported.contents.unplaced.size();
    out() << "imported " << count << " quotes into " << QDir::toNativeSeparators(sidecar);
    if (!merged->unplaced().isEmpty())
        out() << "; " << merged->unplaced().size() << " not found in the article (kept unplaced)";
    if (imported.skipped > 0)
        out() << "; " << imported.skipped << " skipped (not readable)";
    out() << '\n';
    out().flush();
    return Ok;
}

} // namespace whosaid::cli
