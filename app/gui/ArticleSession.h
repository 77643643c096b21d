#pragma once

#include "analysis/Analysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace whosaid::gui {

// One open article: its file, its text, the analysis once the worker thread has produced it,
// which speakers are shown, and where the reader is. Loading and analysis run on the thread pool
// in two steps, so the text can be shown (loaded()) while the analysis is still running
// (analysed()); a file that cannot be read ends with failed().
class ArticleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSession)

public:
    enum class State { Idle, Working, Ready, Failed };
    // Attributions below this are shown as uncertain (faded, outlined badge) and are L's stops.
    static constexpr double LowConfidence = 0.5;

    explicit ArticleSession(QString path, QObject *parent = nullptr);
    ~ArticleSession() override;

    // Starts loading and analysing on the thread pool.
    void start();

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &error() const { return m_error; }
    // Null until loaded().
    [[nodiscard]] const document::Document *document() const { return m_document.get(); }
    // Null until analysed().
    [[nodiscard]] const analysis::Analysis *analysis() const { return m_analysis.get(); }

    // The quotations of speech (top level, not scare quotes), in text order: the rows of the
    // quote table and the stops of J/K.
    [[nodiscard]] const QList<int> &speechQuotes() const { return m_speech; }
    // Top-level scare quotes and titles, shown in the text but not listed.
    [[nodiscard]] const QList<int> &mentionQuotes() const { return m_mentions; }
    [[nodiscard]] int speakerCount() const;
    // Words (runs of letters or digits) in the speech quotes attributed to a speaker.
    [[nodiscard]] int quotedWords(int speaker) const { return m_speakerWords.value(speaker); }
    [[nodiscard]] static int countWords(QStringView text);
    [[nodiscard]] QStringList speakerNames() const;

    [[nodiscard]] bool isSpeakerVisible(int speaker) const;
    void setSpeakerVisible(int speaker, bool visible);

    // The quote the reader last selected (a row of speechQuotes()), -1 for none.
    [[nodiscard]] int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row) { m_currentRow = row; }

Q_SIGNALS:
    void loaded();
    void analysed();
    void failed(const QString &message);
    void speakerVisibilityChanged(int speaker, bool visible);

private:
    struct Loaded
    {
        QString error;
        std::shared_ptr<const document::Document> document;
    };
    static Loaded load(const QString &path);
    // Everything derived from the analysis that costs O(quotes), computed on the worker too.
    struct Analysed
    {
        std::shared_ptr<const analysis::Analysis> analysis;
        QList<int> speech;
        QList<int> mentions;
        QList<int> speakerWords; // quoted words per speaker
    };
    static Analysed analyse(std::shared_ptr<const document::Document> document);
    void onLoaded();
    void onAnalysed();

    QString m_path;
    State m_state = State::Idle;
    QString m_error;
    std::shared_ptr<const document::Document> m_document;
    std::shared_ptr<const analysis::Analysis> m_analysis;
    QList<int> m_speech;
    QList<int> m_mentions;
    QList<int> m_speakerWords;
    QList<bool> m_visible;
    int m_currentRow = -1;
    QFutureWatcher<Loaded> m_loading;
    QFutureWatcher<Analysed> m_analysing;
};

} // namespace whosaid::gui
