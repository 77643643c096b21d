#pragma once

#include <QString>

#include <optional>

namespace whosaid::gui {

// Where the reader was in an article: the text position at the top of the view and where the
// selected quote starts (-1 for none). Text positions rather than scroll bar values, which
// change with the window's width.
struct ReadingPosition
{
    qsizetype top = 0;
    qsizetype quoteStart = -1;
    friend bool operator==(const ReadingPosition &, const ReadingPosition &) = default;
};

// The reading positions of the articles read last, newest first, kept in QSettings under each
// article's absolute path: an article opened again, in this run or the next, opens where the
// reader left it.
class ReadingPositions final
{
public:
    static constexpr int MaxArticles = 50;

    [[nodiscard]] static std::optional<ReadingPosition> find(const QString &path);
    static void store(const QString &path, const ReadingPosition &position);
};

} // namespace whosaid::gui
