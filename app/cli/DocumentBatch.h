#pragma once

#include "analysis/Pipeline.h"
#include "annotation/AnnotationSet.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace whosaid::cli {

// One input to analyse: a file on disk or a line of a JSON Lines stream.
struct BatchInput
{
    QString source;   // file name, or "file:line" for JSON Lines
    QByteArray bytes; // a JSON Lines record, or empty for a file to load
    QString language; // forced language, or empty to detect it
};

struct BatchOutput
{
    QByteArray text; // what to print
    QString error;   // "source: reason", empty on success
    QString warning; // "source: note" on success, e.g. a sidecar that was not used
};

// Runs the analysis of many inputs on a thread pool and hands back the outputs in input order.
class DocumentBatch final
{
public:
    // name: the file name or the record's source; idJson: the document id encoded as JSON.
    using Formatter = std::function<QByteArray(const analysis::Analysis &, const QString &name,
                                               const QByteArray &idJson)>;

    // For article files: the annotations as the user left them (see AnnotationLoader).
    using FileFormatter = std::function<QByteArray(const annotation::AnnotationSet &,
                                                   const QString &name, const QByteArray &idJson)>;

    DocumentBatch(const analysis::Pipeline &pipeline, int threads);

    void setEncoding(const QString &encoding) { m_encoding = encoding; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Whether the hand edits of a sidecar beside an article file are used (the default).
    void setUseAnnotations(bool use) { m_useAnnotations = use; }

    [[nodiscard]] QList<BatchOutput> analyseFiles(const QList<BatchInput> &inputs,
                                                  const FileFormatter &format) const;
    // JSON Lines records: {"id", "text", "lang"?}; offsets stay those of the given text.
    [[nodiscard]] QList<BatchOutput> analyseRecords(const QList<BatchInput> &inputs,
                                                    const Formatter &format) const;

private:
    [[nodiscard]] QList<BatchOutput> run(
        const QList<BatchInput> &inputs,
        const std::function<BatchOutput(const BatchInput &)> &work) const;

    const analysis::Pipeline &m_pipeline;
    int m_threads;
    QString m_encoding;
    qint64 m_maxBytes;
    bool m_useAnnotations = true;
};

} // namespace whosaid::cli
