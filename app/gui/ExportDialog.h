#pragma once

#include "export/Exporter.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace whosaid::gui {

class ArticleSession;

// File › Export…: the open article's annotations as an annotated web page or as data, to a file
// the user picks, optionally opened in the browser afterwards. Errors show in the dialog, which
// stays open so the user can pick another place.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // set: the annotations to export; articlePath: where the default file name comes from.
    ExportDialog(const annotation::AnnotationSet &set, const QString &articlePath,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Shows the dialog for the session's annotations as the reader sees them, unsaved hand
    // edits included.
    static void run(QWidget *parent, const ArticleSession &session);

    // The article's language, which the HTML and JSON exports name (default: the exporters').
    void setLanguage(const QString &code) { m_language = code; }
    // Where "open in the browser" goes; tests replace it (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_open = std::move(opener); }
    [[nodiscard]] QString writtenPath() const { return m_written; }

    void accept() override;

private:
    [[nodiscard]] exporting::ExportFormat format() const;
    void onFormatChanged();
    void browse();

    const annotation::AnnotationSet &m_set;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_bom;
    QCheckBox *m_openResult;
    QLabel *m_error;
    std::function<void(const QUrl &)> m_open;
    QString m_language;
    QString m_written;
};

} // namespace whosaid::gui
