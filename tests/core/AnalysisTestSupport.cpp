#include "AnalysisTestSupport.h"

#include "analysis/Pipeline.h"
#include "analysis/QuoteMarkPass.h"
#include "analysis/SegmentationPass.h"
#include "document/Document.h"

#include <QTest>

#include <memory>
#include <vector>

namespace whosaid::coretest {

using namespace Qt::StringLiterals;
using analysis::Analysis;
using analysis::Pipeline;
using analysis::Quote;

namespace {

Analysis analyseWith(const Pipeline &pipeline, const QString &text)
{
    return pipeline.analyse(std::make_shared<const document::Document>(text), u"en"_s);
}

// A pipeline of the passes `P...`, in that order.
template<typename... P>
Pipeline pipelineOf()
{
    std::vector<std::unique_ptr<analysis::Pass>> passes;
    (passes.push_back(std::make_unique<P>()), ...);
    return Pipeline(std::move(passes));
}

} // namespace

Analysis analyse(const QString &text)
{
    static const Pipeline pipeline; // all passes
    return analyseWith(pipeline, text);
}

Analysis segment(const QString &text)
{
    static const Pipeline pipeline = pipelineOf<analysis::SegmentationPass>();
    return analyseWith(pipeline, text);
}

Analysis analyseQuoteMarks(const QString &text)
{
    static const Pipeline pipeline
        = pipelineOf<analysis::SegmentationPass, analysis::QuoteMarkPass>();
    return analyseWith(pipeline, text);
}

bool isSpeech(const Quote &quote)
{
    return quote.depth == 0 && quote.kind != analysis::QuoteKind::Mention;
}

QString quotedText(const Analysis &a, const Quote &quote)
{
    QString text = a.view(quote.content).toString().trimmed();
    while (!text.isEmpty() && QStringView(u",.;:").contains(text.back()))
        text.chop(1);
    return text;
}

QString speakerOf(const Analysis &a, qsizetype q)
{
    const int s = a.attributions.at(q).speaker;
    return s >= 0 && s < a.speakers.size() ? a.speakers.at(s).name : u"?"_s;
}

QStringList attributed(const Analysis &a)
{
    QStringList out;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        if (isSpeech(a.quotes.at(q)))
            out.append(u"%1 => %2"_s.arg(quotedText(a, a.quotes.at(q)), speakerOf(a, q)));
    }
    return out;
}

QStringList reported(const Analysis &a)
{
    QStringList out;
    for (qsizetype q = 0; q < a.quotes.size(); ++q) {
        const Quote &quote = a.quotes.at(q);
        if (quote.depth == 0 && quote.kind == analysis::QuoteKind::Indirect)
            out.append(u"%1 => %2"_s.arg(quotedText(a, quote), speakerOf(a, q)));
    }
    return out;
}

QString joined(const QStringList &list)
{
    return list.join(u" | "_s);
}

QStringList sentenceTexts(const Analysis &a)
{
    QStringList texts;
    for (const analysis::Sentence &s : a.sentences)
        texts.append(a.view(s.range).trimmed().toString());
    return texts;
}

void addAttributionColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void checkAttributions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const Analysis a = analyse(text);
    QCOMPARE(joined(attributed(a)), joined(expected));
}

} // namespace whosaid::coretest
