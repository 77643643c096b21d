#include "AnnotationLoader.h"

#include "AnnotationMerge.h"

namespace whosaid::annotation {

AnnotationLoader::Result AnnotationLoader::load(const analysis::Analysis &analysis,
                                                const QString &sidecarPath)
{
    Result result;
    const SidecarFile::ReadResult sidecar = SidecarFile::read(sidecarPath);
    result.sidecar = sidecar.status;
    if (sidecar.ok()) {
        result.annotations = AnnotationMerge::merge(analysis, sidecar.contents);
        return result;
    }
    result.annotations = AnnotationSet::fromAnalysis(analysis);
    result.error = sidecar.error;
    result.readOnly = sidecar.status != SidecarFile::ReadResult::Status::Missing;
    return result;
}

} // namespace whosaid::annotation
