#pragma once

#include "SpeakerPalette.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace whosaid::gui {

class ArticleSession;
struct ArticleSource;
class ArticleView;
class FindBar;
class OfferBar;
class QuoteFilterModel;
class QuoteTableModel;
class SpeakerListModel;
class SpeakerPicker;

// One open article in the main window's tabs: the session, its models (shared with the docks
// while the tab is current) and the article view with its find bar. Until the analysis is ready
// the tab shows a busy indicator; the view keeps its own reading position. Once the text and the
// analysis are in, the models are filled and then ready() is emitted, on turns of their own.
class DocumentTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTab)

public:
    explicit DocumentTab(const ArticleSource &source, QWidget *parent = nullptr);
    ~DocumentTab() override;

    void start();

    [[nodiscard]] ArticleSession *session() const { return m_session; }
    [[nodiscard]] ArticleView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] OfferBar *offerBar() const { return m_offerBar; }
    // What became of the sidecar when it could not be read.
    [[nodiscard]] OfferBar *sidecarBar() const { return m_sidecarBar; }
    [[nodiscard]] SpeakerPicker *speakerPicker() const { return m_picker; }
    [[nodiscard]] QuoteTableModel *quoteModel() const { return m_quotes; }
    [[nodiscard]] QuoteFilterModel *quoteFilter() const { return m_filter; }
    [[nodiscard]] SpeakerListModel *speakerModel() const { return m_speakers; }
    [[nodiscard]] const SpeakerPalette &palette() const { return m_palette; }
    [[nodiscard]] bool isReady() const;
    // Keeps where the reader is for the next time the article is opened (ReadingPositions); the
    // tab goes back there when it is ready.
    void storeReadingPosition() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onLoaded();
    void tryReady();
    void restoreReadingPosition();

    SpeakerPalette m_palette;
    ArticleSession *m_session;
    QuoteTableModel *m_quotes;
    QuoteFilterModel *m_filter;
    SpeakerListModel *m_speakers;
    ArticleView *m_view;
    FindBar *m_findBar;
    OfferBar *m_offerBar;
    OfferBar *m_sidecarBar;
    SpeakerPicker *m_picker;
    QStackedWidget *m_stack;
    QLabel *m_busy;
    QWidget *m_analysing;
    enum class Stage { Loading, Scheduled, ModelsFilled, Ready };
    Stage m_stage = Stage::Loading;
};

} // namespace whosaid::gui
