#include "DocumentBatch.h"

#include "analysis/LanguageDetector.h"
#include "annotation/AnnotationLoader.h"
#include "document/ArticleLoader.h"
#include "document/JsonRecordReader.h"
#include "export/JsonWriter.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace whosaid::cli {

using namespace Qt::StringLiterals;

DocumentBatch::DocumentBatch(const analysis::Pipeline &pipeline, int threads)
    : m_pipeline(pipeline)
    , m_threads(std::max(1, threads))
    , m_maxBytes(document::ArticleLoader::DefaultMaxBytes)
{ }

QList<BatchOutput> DocumentBatch::run(
    const QList<BatchInput> &inputs,
    const std::function<BatchOutput(const BatchInput &)> &work) const
{
    if (m_threads == 1 || inputs.size() == 1) {
        QList<BatchOutput> outputs;
        outputs.reserve(inputs.size());
        for (const BatchInput &input : inputs)
            outputs.append(work(input));
        return outputs;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(m_threads);
    return QtConcurrent::blockingMapped<QList<BatchOutput>>(&pool, inputs, work);
}

QList<BatchOutput> DocumentBatch::analyseFiles(const QList<BatchInput> &inputs,
                                               const FileFormatter &format) const
{
    document::ArticleLoader loader;
    loader.setMaxBytes(m_maxBytes);
    loader.setForcedEncoding(m_encoding);
    return run(inputs, [&](const BatchInput &input) {
        BatchOutput output;
        document::LoadResult loaded = loader.load(input.source);
        if (!loaded.ok()) {
            output.error = input.source + u": "_s + loaded.error;
            return output;
        }
        const auto doc = std::make_shared<const document::Document>(std::move(loaded.document));
        const analysis::Analysis analysis = m_pipeline.analyse(
            doc, analysis::LanguageDetector::languageFor(doc->text(), input.language));
        std::unique_ptr<annotation::AnnotationSet> annotations;
        if (m_useAnnotations) {
            const QString sidecar = annotation::SidecarFile::pathFor(input.source);
            annotation::AnnotationLoader::Result result
                = annotation::AnnotationLoader::load(analysis, sidecar);
            if (!result.error.isEmpty())
                output.warning = result.error + u"; the annotations in it are not used"_s;
            annotations = std::move(result.annotations);
        } else {
            annotations = annotation::AnnotationSet::fromAnalysis(analysis);
        }
        output.text
            = format(*annotations, input.source, exporting::JsonWriter::quoted(input.source));
        return output;
    });
}

QList<BatchOutput> DocumentBatch::analyseRecords(const QList<BatchInput> &inputs,
                                                 const Formatter &format) const
{
    return run(inputs, [&](const BatchInput &input) {
        BatchOutput output;
        document::JsonRecord record = document::JsonRecordReader::read(input.bytes);
        if (!record.ok()) {
            output.error = input.source + u": "_s + record.error;
            QByteArray line;
            exporting::JsonWriter json(line);
            json.beginObject();
            json.key("id").raw(record.idJson);
            json.key("error").value(record.error);
            json.key("quotes").beginArray().endArray();
            json.key("speakers").beginArray().endArray();
            json.endObject();
            output.text = line;
            return output;
        }
        const auto doc = std::make_shared<const document::Document>(
            std::move(record.text), document::Document::LineEndings::Keep);
        // --lang first, then the record's "lang", then the text itself.
        const QString given = input.language.isEmpty() ? record.language : input.language;
        const QString language = analysis::LanguageDetector::languageFor(doc->text(), given);
        output.text = format(m_pipeline.analyse(doc, language), input.source, record.idJson);
        return output;
    });
}

} // namespace whosaid::cli
