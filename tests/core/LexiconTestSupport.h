#pragma once

// What the language data tests share (tst_lexicon, tst_phraselist, tst_wordtable): the English
// lexicon, phrase matching over space-separated words, and small lexicon folders written here.

#include "analysis/Lexicon.h"
#include "analysis/PhraseList.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace whosaid::coretest {

[[nodiscard]] std::shared_ptr<const analysis::Lexicon> english();

// Length in words of the longest phrase of `list` at word `first` of `words` (space-separated).
[[nodiscard]] qsizetype matchAt(const analysis::PhraseList &list, const QString &words,
                                qsizetype first = 0, qsizetype limit = -1);

// Writes `contents` (UTF-8) to `name` in `dir`.
void writeFile(const QTemporaryDir &dir, const QString &name, const QString &contents);
// A folder with small lexicon files: cues, titles, pronouns, roles, determiners.
void writeSmallLexicon(const QTemporaryDir &dir);

} // namespace whosaid::coretest
