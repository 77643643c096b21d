#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace whosaid::gui {

class ArticleSession;

// File › Import annotations…: annotations made elsewhere (Whosaid JSON or Web Annotations) laid
// over the open article's analysis as hand decisions and saved as its sidecar.
class ImportAnnotations final
{
    Q_DECLARE_TR_FUNCTIONS(ImportAnnotations)

public:
    // Asks for the file (and before replacing saved annotations); returns what happened, for the
    // status bar, or an empty string when the user cancelled.
    [[nodiscard]] static QString run(QWidget *parent, const ArticleSession &session);
    // The same without dialogs. error is set when it failed.
    [[nodiscard]] static QString importFile(const QString &annotationsPath,
                                            const ArticleSession &session, bool *failed);
};

} // namespace whosaid::gui
