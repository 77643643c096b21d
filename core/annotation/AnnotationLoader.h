#pragma once

#include "AnnotationSet.h"
#include "SidecarFile.h"

#include <memory>

namespace whosaid::annotation {

// The annotations of an article as the user last left them: the analysis merged with the
// sidecar beside the article when there is one. A sidecar that cannot be used is reported and
// left alone; the machine's annotations are returned in its place, marked read-only so that
// saving cannot overwrite the user's file until they decide.
class AnnotationLoader final
{
public:
    struct Result
    {
        std::unique_ptr<AnnotationSet> annotations;
        SidecarFile::ReadResult::Status sidecar = SidecarFile::ReadResult::Status::Missing;
        QString error;         // why the sidecar was not used; empty when it was or there is none
        bool readOnly = false; // the sidecar exists but could not be read: do not save over it
    };

    [[nodiscard]] static Result load(const analysis::Analysis &analysis,
                                     const QString &sidecarPath);
};

} // namespace whosaid::annotation
