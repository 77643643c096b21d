#include "ImportAnnotations.h"

#include "ArticleSession.h"
#include "annotation/AnnotationMerge.h"
#include "annotation/SidecarFile.h"
#include "export/Importer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

QString ImportAnnotations::run(QWidget *parent, const ArticleSession &session)
{
    if (!session.analysis())
        return {};
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import Annotations"), QFileInfo(session.path()).absolutePath(),
        tr("Annotations (*.json *.jsonld);;All files (*)"));
    if (path.isEmpty())
        return {};
    const QString sidecar = annotation::SidecarFile::pathFor(session.path());
    if (QFileInfo::exists(sidecar)
        && QMessageBox::question(parent, tr("Replace Saved Annotations?"),
                                 tr("%1 already has saved annotations. Replace them with the "
                                    "imported ones? The old file is kept as a backup.")
                                     .arg(session.title()))
            != QMessageBox::Yes) {
        return {};
    }
    bool failed = false;
    QString message = importFile(path, session, &failed);
    if (failed)
        QMessageBox::warning(parent, tr("Import Failed"), message);
    return message;
}

QString ImportAnnotations::importFile(const QString &annotationsPath, const ArticleSession &session,
                                      bool *failed)
{
    *failed = true;
    if (!session.analysis() || !session.document())
        return tr("The article is not analysed yet.");
    const document::Document &doc = *session.document();
    exporting::ImportResult imported
        = exporting::Importer::readFile(annotationsPath, std::nullopt, doc);
    if (!imported.ok())
        return imported.error;
    imported.contents.articlePath = QFileInfo(session.path()).absoluteFilePath();
    imported.contents.fingerprint = annotation::SidecarFile::fingerprint(doc);
    imported.contents.loader = doc.loader;
    imported.contents.encoding = doc.encoding;
    const std::unique_ptr<annotation::AnnotationSet> merged
        = annotation::AnnotationMerge::merge(*session.analysis(), imported.contents);
    const QString sidecar = annotation::SidecarFile::pathFor(session.path());
    QString error = annotation::SidecarFile::save(*merged, sidecar);
    if (!error.isEmpty())
        return error;
    *failed = false;
    const auto count = int(imported.contents.quotes.size());
    return tr("Imported %n quote(s) into %1.", nullptr, count)
        .arg(QDir::toNativeSeparators(sidecar));
}

} // namespace whosaid::gui
