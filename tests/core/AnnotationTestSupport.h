#pragma once

// What the annotation tests share (tst_annotationedits, tst_sidecar, tst_annotationmerge): a
// short article written for the tests, its annotations, and a readable form of them.

#include "annotation/AnnotationSet.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace whosaid::coretest {

// Three paragraphs: a named quote, a quote linked by a pronoun, an organisation, a scare quote.
[[nodiscard]] QString councilArticle();
[[nodiscard]] std::unique_ptr<annotation::AnnotationSet> annotate(const QString &text);
// The council article with one hand edit of every kind: Tom Baker's first quote given to a new
// speaker, the scare quote rejected, a sentence added as a quote, a boundary moved, a role set
// and Lopez renamed.
[[nodiscard]] std::unique_ptr<annotation::AnnotationSet> correctedCouncil();
// The quote of the set whose text starts with the given words, -1 for none.
[[nodiscard]] int quoteStarting(const annotation::AnnotationSet &set, QStringView words);
// "text => speaker name [kind, review]" per quote, in order: what a person sees.
[[nodiscard]] QStringList described(const annotation::AnnotationSet &set);

} // namespace whosaid::coretest
