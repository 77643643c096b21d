#include "DocumentBatch.h"

#include "document/ArticleLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
                                               const Formatter &format) const
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
        const QString language = input.language.isEmpty() ? u"en"_s : input.language;
        output.text = format(m_pipeline.analyse(doc, language), input.source);
        return output;
    });
}

QList<BatchOutput> DocumentBatch::analyseRecords(const QList<BatchInput> &inputs,
                                                 const Formatter &format) const
{
    return run(inputs, [&](const BatchInput &input) {
        BatchOutput output;
        QJsonParseError parseError{};
        const QJsonDocument json = QJsonDocument::fromJson(input.bytes, &parseError);
        const QJsonObject record = json.object();
        const QJsonValue id = record.value(u"id"_s);
        const QJsonValue text = record.value(u"text"_s);
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = u"not valid JSON: "_s + parseError.errorString();
        else if (!json.isObject())
            problem = u"not a JSON object"_s;
        else if (!text.isString())
            problem = u"no \"text\" string"_s;
        if (!problem.isEmpty()) {
            output.error = input.source + u": "_s + problem;
            QJsonObject empty{{u"id"_s, id.isUndefined() ? QJsonValue() : id},
                              {u"error"_s, problem},
                              {u"quotes"_s, QJsonArray()},
                              {u"speakers"_s, QJsonArray()}};
            output.text = QJsonDocument(empty).toJson(QJsonDocument::Compact);
            return output;
        }
        const auto doc = std::make_shared<const document::Document>(
            text.toString(), document::Document::LineEndings::Keep);
        QString language = input.language;
        if (language.isEmpty())
            language = record.value(u"lang"_s).toString(u"en"_s);
        const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger());
        output.text = format(m_pipeline.analyse(doc, language), idText);
        return output;
    });
}

} // namespace whosaid::cli
