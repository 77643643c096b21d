#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace whosaid::analysis {

// A word in the lower-case form every lookup uses (ASCII and Unicode case folded, ’ made '),
// with its FNV-1a hash.
struct FoldedWord
{
    QStringView lower;
    quint64 hash = 0;
};

// Folds the words of one analysis. A word already in lower case is a view into the text
// itself; the others are written into an arena of strings that never reallocate, so the
// views stay valid as long as the arena (Analysis::foldedWords) lives.
class WordFolder final
{
public:
    explicit WordFolder(QList<QString> &arena)
        : m_arena(arena)
    { }

    [[nodiscard]] FoldedWord fold(QStringView text);
    // A copy of text in the arena, for other strings the analysis keeps views of.
    [[nodiscard]] QStringView keep(QStringView text) { return store(text.utf16(), text.size()); }

    // The same folding into a new string, for the few lookups outside the token stream.
    [[nodiscard]] static QString lowerCase(QStringView text);
    [[nodiscard]] static quint64 hashOf(QStringView lower);

private:
    QStringView store(const char16_t *data, qsizetype size);
    QStringView take(qsizetype size); // the first size units of the free end, written already

    QList<QString> &m_arena;
    // The unused end of the arena's last string, which is allocated at its full size: a store
    // is a copy, without QString::resize.
    char16_t *m_free = nullptr;
    qsizetype m_freeSize = 0;
};

} // namespace whosaid::analysis
