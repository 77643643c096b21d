#include "Pipeline.h"

#include "AttributionPass.h"
#include "ContinuationPass.h"
#include "DescribedSourcePass.h"
#include "MentionPass.h"
#include "QuoteMarkPass.h"
#include "ReportedSpeechPass.h"
#include "SegmentationPass.h"
#include "SpeakerResolutionPass.h"
#include "SpeechClassifierPass.h"
#include "TranscriptPass.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnalysis, "whosaid.analysis", QtInfoMsg)

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

QString kindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return u"direct"_s;
    case QuoteKind::Mixed:
        return u"mixed"_s;
    case QuoteKind::Indirect:
        return u"indirect"_s;
    case QuoteKind::Block:
        return u"block"_s;
    case QuoteKind::Mention:
        return u"mention"_s;
    }
    return {};
}

namespace {

std::vector<std::unique_ptr<Pass>> standardPasses()
{
    std::vector<std::unique_ptr<Pass>> passes;
    passes.push_back(std::make_unique<SegmentationPass>());
    passes.push_back(std::make_unique<QuoteMarkPass>());
    passes.push_back(std::make_unique<MentionPass>());
    passes.push_back(std::make_unique<DescribedSourcePass>());
    passes.push_back(std::make_unique<AttributionPass>());
    passes.push_back(std::make_unique<SpeechClassifierPass>());
    passes.push_back(std::make_unique<ContinuationPass>());
    passes.push_back(std::make_unique<ReportedSpeechPass>());
    passes.push_back(std::make_unique<TranscriptPass>());
    passes.push_back(std::make_unique<SpeakerResolutionPass>());
    return passes;
}

} // namespace

Pipeline::Pipeline()
    : m_passes(standardPasses())
{ }

Pipeline::Pipeline(std::vector<std::unique_ptr<Pass>> passes)
    : m_passes(std::move(passes))
{ }

Analysis Pipeline::analyse(std::shared_ptr<const Document> document, const QString &language,
                           QList<qint64> *passNanoseconds) const
{
    Analysis analysis;
    analysis.document = std::move(document);
    analysis.lexicon = Lexicon::forLanguage(language);
    if (passNanoseconds) {
        passNanoseconds->resize(qsizetype(m_passes.size()));
        QElapsedTimer timer;
        for (qsizetype i = 0; i < qsizetype(m_passes.size()); ++i) {
            timer.start();
            m_passes[i]->run(analysis);
            (*passNanoseconds)[i] += timer.nsecsElapsed();
        }
    } else {
        for (const auto &pass : m_passes)
            pass->run(analysis);
    }
    if (lcAnalysis().isDebugEnabled()) {
        for (const Sentence &s : std::as_const(analysis.sentences))
            qCDebug(lcAnalysis) << "sentence" << analysis.view(s.range).left(80);
        for (const Mention &m : std::as_const(analysis.mentions))
            qCDebug(lcAnalysis) << "mention" << int(m.type) << analysis.view(m.range) << "name"
                                << m.name << "title" << m.title << "speaker" << m.speaker;
    }
    return analysis;
}

} // namespace whosaid::analysis
