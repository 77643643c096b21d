#include "MainWindow.h"

#include "AnnotationController.h"
#include "AnnotationFiles.h"
#include "ArticleSession.h"
#include "ArticleView.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "ExportDialog.h"
#include "FindBar.h"
#include "HistoryDock.h"
#include "ImportAnnotations.h"
#include "MainActions.h"
#include "MessageBar.h"
#include "OpenActions.h"
#include "Prompts.h"
#include "QuotesDock.h"
#include "RecentFiles.h"
#include "RecoveryManager.h"
#include "ShortcutsDialog.h"
#include "SpeakerController.h"
#include "SpeakerListModel.h"
#include "SpeakersDock.h"
#include "Timing.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(std::make_unique<MainActions>(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_edit(std::make_unique<EditActions>(this, m_undoGroup))
    , m_centre(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_messageBar(new MessageBar(this))
    , m_counts(new QLabel(this))
    , m_quotesDock(new QuotesDock(this))
    , m_speakersDock(new SpeakersDock(this))
    , m_historyDock(new HistoryDock(m_undoGroup, this))
    , m_recent(new RecentFiles(m_actions->recent, this))
    , m_annotations(new AnnotationController(*m_edit, this))
    , m_speakers(new SpeakerController(*m_edit, m_speakersDock, this))
    , m_recovery(new RecoveryManager(this))
    , m_files(new AnnotationFiles(*m_edit, m_recovery, this))
    , m_open(new OpenActions(*m_actions, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Whosaid"));
    setWindowIcon(QIcon(u":/whosaid/icons/whosaid.svg"_s));
    setAcceptDrops(true);

    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    auto *welcome
        = new QLabel(tr("<p style='font-size:large'>Open an article to see who said "
                        "what.</p><p>File \u203a Open (%1), or drop text files here.</p>")
                         .arg(m_actions->open->shortcut().toString(QKeySequence::NativeText)),
                     this);
    welcome->setObjectName(u"welcome"_s);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setEnabled(false);
    m_centre->addWidget(welcome);
    m_centre->addWidget(m_tabs);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_centre, 1);
    setCentralWidget(central);

    m_counts->setObjectName(u"statusCounts"_s);
    statusBar()->addPermanentWidget(m_counts);
    // Both docks on the right, the roster above the quotes: the article keeps the full height
    // and a comfortable column, the quote table gets the width its text needs.
    addDockWidget(Qt::RightDockWidgetArea, m_speakersDock);
    addDockWidget(Qt::RightDockWidgetArea, m_quotesDock);
    resize(1400, 900);
    resizeDocks({m_speakersDock}, {560}, Qt::Horizontal);
    resizeDocks({m_speakersDock, m_quotesDock}, {220, 600}, Qt::Vertical);
    // The undo history shares the quote table's place, behind it.
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_quotesDock, m_historyDock);
    m_quotesDock->raise();
    QMenu *file = m_actions->buildMenus(this, {m_quotesDock, m_speakersDock, m_historyDock});
    m_edit->buildMenus(this, file);
    connectActions();
    restoreSettings();
    onCurrentTabChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a.close, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.exportDocument, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab(); tab && tab->isReady())
            ExportDialog::run(this, *tab->session());
    });
    connect(a.importAnnotations, &QAction::triggered, this, [this] {
        // Pasted text has no sidecar for an import to write.
        if (DocumentTab *tab = currentTab(); tab && tab->isReady() && !tab->session()->isInMemory())
            importAnnotations(tab);
    });
    connect(a.find, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab())
            tab->findBar()->activate();
    });
    connect(a.zoomIn, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab())
            tab->view()->zoomBy(1);
    });
    connect(a.zoomOut, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab())
            tab->view()->zoomBy(-1);
    });
    connect(a.zoomReset, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab())
            tab->view()->resetZoom();
    });
    connect(a.nextQuote, &QAction::triggered, this, [this] { goToQuote(1); });
    connect(a.previousQuote, &QAction::triggered, this, [this] { goToQuote(-1); });
    connect(a.nextLowConfidence, &QAction::triggered, this, [this] { goToQuote(1, true); });
    connect(a.nextDocument, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    connect(a.previousDocument, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1)
                                    % m_tabs->count());
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(m_actions->all() + m_edit->all(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_quotesDock, &QuotesDock::rowSelected, this, &MainWindow::showRow);
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_annotations, &AnnotationController::message, this, &MainWindow::showStatus);
    connect(m_speakers, &SpeakerController::message, this, &MainWindow::showStatus);
    connect(m_files, &AnnotationFiles::status, this, &MainWindow::showStatus);
    connect(m_files, &AnnotationFiles::error, this, &MainWindow::showMessage);
    connect(m_recovery, &RecoveryManager::failed, this, &MainWindow::showStatus);
    connect(m_open, &OpenActions::status, this, &MainWindow::showStatus);
}

DocumentTab *MainWindow::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

QString MainWindow::message() const
{
    return m_messageBar->text();
}

void MainWindow::showOpenDialog()
{
    const QString dir = m_recent->files().isEmpty()
        ? QString()
        : QFileInfo(m_recent->files().first()).absolutePath();
    openFiles(
        QFileDialog::getOpenFileNames(this, tr("Open Articles"), dir, OpenActions::openFilter()));
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : OpenActions::articlesIn(paths))
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab && QFileInfo(tab->session()->path()).absoluteFilePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    openArticle(ArticleSource::file(absolute));
}

void MainWindow::openArticle(const ArticleSource &source)
{
    m_messageBar->hide();
    addTab(source)->start();
}

DocumentTab *MainWindow::addTab(const ArticleSource &source)
{
    auto *tab = new DocumentTab(source, m_tabs);
    connect(tab, &DocumentTab::ready, this, [this, tab] { onTabReady(tab); });
    connect(tab, &DocumentTab::failed, this,
            [this, tab](const QString &error) { onTabFailed(tab, error); });
    // The docks show the current tab only (a tab going back to its reading position may not be).
    connect(tab->view(), &ArticleView::currentChanged, this, [this, tab](int row) {
        if (tab == currentTab())
            m_quotesDock->selectRow(row);
    });
    connect(tab->view(), &ArticleView::paletteRegenerated, this, [this, tab] {
        if (tab == currentTab())
            m_speakersDock->refreshChart();
    });
    m_undoGroup->addStack(tab->session()->undoStack());
    connect(tab->speakerModel(), &SpeakerListModel::countsChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab->session(), &ArticleSession::modifiedChanged, this, [this, tab] {
        const int at = m_tabs->indexOf(tab);
        m_tabs->setTabText(at,
                           tab->session()->title()
                               + (tab->session()->isModified() ? u" \u2022"_s : QString()));
        if (tab == currentTab())
            updateTitle();
    });
    const int index = m_tabs->addTab(tab, tab->session()->title());
    m_tabs->setTabToolTip(index,
                          source.path.isEmpty() ? tab->session()->title()
                                                : QDir::toNativeSeparators(source.path));
    m_tabs->setCurrentIndex(index);
    statusBar()->showMessage(tr("Analysing %1\u2026").arg(tab->session()->title()));
    return tab;
}

void MainWindow::offerRecovery()
{
    RecoveryManager::offer(
        this, [this](const QString &article, const annotation::SidecarContents &contents) {
            DocumentTab *tab = addTab(ArticleSource::file(QFileInfo(article).absoluteFilePath()));
            tab->session()->restoreFrom(contents);
            tab->start();
        });
}

void MainWindow::importAnnotations(DocumentTab *tab)
{
    // The import writes the article's sidecar; when it did, the open article takes its
    // annotations (the imported ones replace the edits, as the import said they would).
    const QString sidecar = annotation::SidecarFile::pathFor(tab->session()->path());
    const QByteArray before
        = annotation::SidecarFile::toJson(annotation::SidecarFile::read(sidecar).contents);
    statusBar()->showMessage(ImportAnnotations::run(this, *tab->session()));
    const annotation::SidecarFile::ReadResult after = annotation::SidecarFile::read(sidecar);
    if (after.ok() && annotation::SidecarFile::toJson(after.contents) != before) {
        tab->session()->setSidecarPath(sidecar);
        tab->session()->takeSaved(after.contents);
    }
}

void MainWindow::onTabReady(DocumentTab *tab)
{
    if (!tab->session()->isInMemory())
        m_recent->add(tab->session()->path());
    m_files->addTab(tab);
    QElapsedTimer clock;
    clock.start();
    if (tab == currentTab())
        onCurrentTabChanged();
    qCDebug(lcTiming) << "docks" << clock.elapsed() << "ms";
    statusBar()->clearMessage();
    Q_EMIT documentReady(tab);
}

void MainWindow::onTabFailed(DocumentTab *tab, const QString &error)
{
    const QString path
        = tab->session()->isInMemory() ? tab->session()->title() : tab->session()->path();
    m_recent->remove(path);
    closeTab(m_tabs->indexOf(tab));
    showMessage(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error));
}

bool MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(index));
    if (!tab)
        return true;
    if (tab->isReady() && !m_files->confirmClose(tab))
        return false;
    tab->storeReadingPosition();
    m_tabs->removeTab(index);
    tab->deleteLater();
    return true;
}

void MainWindow::onCurrentTabChanged()
{
    DocumentTab *tab = currentTab();
    m_centre->setCurrentIndex(tab ? 1 : 0);
    const bool ready = tab && tab->isReady();
    m_quotesDock->setTab(ready ? tab : nullptr);
    m_speakersDock->setTab(ready ? tab : nullptr);
    for (QAction *action : {m_actions->find, m_actions->nextQuote, m_actions->previousQuote,
                            m_actions->nextLowConfidence, m_actions->zoomIn, m_actions->zoomOut,
                            m_actions->zoomReset})
        action->setEnabled(ready);
    m_actions->close->setEnabled(tab != nullptr);
    if (ready && tab->view()->currentRow() >= 0)
        m_quotesDock->selectRow(tab->view()->currentRow());
    m_undoGroup->setActiveStack(tab ? tab->session()->undoStack() : nullptr);
    m_annotations->setTab(ready ? tab : nullptr);
    m_files->setTab(ready ? tab : nullptr);
    m_speakers->setTab(ready ? tab : nullptr);
    m_open->setTab(ready ? tab : nullptr);
    if (ready)
        m_quotesDock->table()->addAction(m_edit->accept);
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    DocumentTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1[*] \u2014 Whosaid").arg(tab->session()->title()) : tr("Whosaid"));
    setWindowModified(tab && tab->session()->isModified());
}

void MainWindow::updateStatus()
{
    DocumentTab *tab = currentTab();
    if (!tab || !tab->isReady()) {
        m_counts->clear();
        return;
    }
    const annotation::AnnotationSet *set = tab->session()->annotations();
    const auto quotes
        = std::count_if(set->quotes().cbegin(), set->quotes().cend(),
                        [](const annotation::QuoteRecord &q) { return q.isSpeech(); });
    const int speakers = tab->session()->speakerCount();
    // English plurals without a translation file; other languages come with their .ts.
    const QString quoteText = quotes == 1 ? tr("1 quote") : tr("%1 quotes").arg(quotes);
    const QString speakerText = speakers == 1 ? tr("1 speaker") : tr("%1 speakers").arg(speakers);
    m_counts->setText(quoteText + u" \u00b7 "_s + speakerText);
}

void MainWindow::goToQuote(int step, bool lowConfidenceOnly)
{
    DocumentTab *tab = currentTab();
    if (!tab || !tab->isReady())
        return;
    const int row = tab->view()->nextRow(
        step, lowConfidenceOnly ? ArticleView::Stop::LowConfidence : ArticleView::Stop::Any);
    if (row < 0) {
        statusBar()->showMessage(lowConfidenceOnly ? tr("No further low-confidence quote")
                                     : step > 0    ? tr("Last quote reached")
                                                   : tr("First quote reached"),
                                 3000);
        return;
    }
    showRow(row);
    m_quotesDock->selectRow(row);
}

void MainWindow::showRow(int row) const
{
    if (DocumentTab *tab = currentTab())
        tab->view()->showRow(row);
}

void MainWindow::showMessage(const QString &text)
{
    m_messageBar->showMessage(text);
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Whosaid"),
                       tr("<h3>Whosaid %1</h3><p>A reader for news articles that shows who said "
                          "what: every quotation highlighted in its speaker's colour, with the "
                          "speech cue and the reason for each attribution.</p>"
                          "<p>Built with Qt %2 and ICU.</p>")
                           .arg(QStringLiteral(WHOSAID_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every tab with unsaved edits asks; Cancel keeps the window open.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (!closeTab(i)) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

} // namespace whosaid::gui
