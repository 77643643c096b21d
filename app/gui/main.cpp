#include "GuiBenchmark.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A dark Fusion palette, for --dark (screenshots) on systems without a dark theme.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Whosaid"_s);
    QApplication::setApplicationName(u"whosaid"_s);
    QApplication::setApplicationDisplayName(u"Whosaid"_s);
    QApplication::setApplicationVersion(QStringLiteral(WHOSAID_VERSION));
    QApplication::setWindowIcon(QIcon(u":/whosaid/icons/whosaid.svg"_s));
    // The desktop entry's name (packaging/): window managers match windows to its icon by it.
    QApplication::setDesktopFileName(u"io.github.whosaid.Whosaid"_s);
    whosaid::i18n::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Who said what: a reader for news quotations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QApplication::translate("main", "files"),
                                 QApplication::translate("main", "Articles to open."),
                                 QApplication::translate("main", "[FILE...]"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main", "Save a screenshot of the window to FILE and quit."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption scene(
        u"scene"_s,
        QApplication::translate("main", "With --screenshot: the scene, reading or editing."),
        QApplication::translate("main", "SCENE"), u"reading"_s);
    const QCommandLineOption dark(u"dark"_s,
                                  QApplication::translate("main", "Use a dark Fusion palette."));
    const QCommandLineOption bench(
        u"bench"_s, QApplication::translate("main", "Run the GUI benchmark and quit."));
    parser.addOptions({screenshot, scene, dark, bench});
    parser.process(app);

    // Screenshots and benchmarks must not read or change the user's settings.
    QTemporaryDir settingsDir;
    if (parser.isSet(screenshot) || parser.isSet(bench))
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    if (parser.isSet(bench))
        return whosaid::gui::GuiBenchmark::run();

    whosaid::gui::MainWindow window;
    std::unique_ptr<whosaid::gui::ScreenshotRunner> runner;
    if (parser.isSet(screenshot)) {
        window.resize(1400, 860);
        using whosaid::gui::ScreenshotRunner;
        runner = std::make_unique<ScreenshotRunner>(&window, parser.value(screenshot),
                                                    parser.value(scene) == u"editing"_s
                                                        ? ScreenshotRunner::Scene::Editing
                                                        : ScreenshotRunner::Scene::Reading);
    }
    window.show();
    window.openFiles(parser.positionalArguments());
    // After a crash: the edits the recovery files kept (not in screenshots, which must not ask).
    if (!parser.isSet(screenshot))
        QTimer::singleShot(0, &window, &whosaid::gui::MainWindow::offerRecovery);
    return QApplication::exec();
}
