#include "ExportDialog.h"

#include "ArticleSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace whosaid::gui {

using namespace Qt::StringLiterals;
using exporting::Exporter;
using exporting::ExportFormat;

ExportDialog::ExportDialog(const annotation::AnnotationSet &set, const QString &articlePath,
                           QWidget *parent)
    : QDialog(parent)
    , m_set(set)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("Add a byte-order mark for spreadsheet programs"), this))
    , m_openResult(new QCheckBox(tr("Open the result in the browser"), this))
    , m_error(new QLabel(this))
    , m_open([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Annotations"));
    m_format->setObjectName(u"exportFormat"_s);
    m_path->setObjectName(u"exportPath"_s);
    m_bom->setObjectName(u"exportBom"_s);
    m_openResult->setObjectName(u"exportOpen"_s);
    m_openResult->setChecked(true);
    m_error->setObjectName(u"exportError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e"_s);
    m_error->hide();
    for (const QString &name : Exporter::names()) {
        const ExportFormat format = *Exporter::fromName(name);
        m_format->addItem(Exporter::description(format), name);
    }
    const QFileInfo article(articlePath);
    m_path->setText(QDir::toNativeSeparators(article.dir().filePath(article.completeBaseName())
                                             + Exporter::suffix(ExportFormat::Html)));

    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse\u2026"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save to:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bom);
    layout->addWidget(m_openResult);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    onFormatChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::run(QWidget *parent, const ArticleSession &session)
{
    if (!session.annotations())
        return;
    // What the reader sees, unsaved hand edits included.
    // Pasted text has no file: its exports are offered in the home folder, under its title.
    const QString article
        = session.isInMemory() ? QDir::home().filePath(session.title()) : session.path();
    ExportDialog dialog(*session.annotations(), article, parent);
    if (session.analysis())
        dialog.setLanguage(session.analysis()->lexicon->language());
    dialog.exec();
}

ExportFormat ExportDialog::format() const
{
    return Exporter::fromName(m_format->currentData().toString()).value_or(ExportFormat::Html);
}

void ExportDialog::onFormatChanged()
{
    const ExportFormat chosen = format();
    m_bom->setVisible(chosen == ExportFormat::Csv);
    m_openResult->setVisible(chosen == ExportFormat::Html);
    // Keep the name, change the suffix.
    QString path = QDir::fromNativeSeparators(m_path->text());
    const QFileInfo info(path);
    path = info.dir().filePath(info.completeBaseName()) + Exporter::suffix(chosen);
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const ExportFormat chosen = format();
    const QString suffix = Exporter::suffix(chosen);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export To"), QDir::fromNativeSeparators(m_path->text()),
        u"%1 (*%2);;%3 (*)"_s.arg(Exporter::description(chosen), suffix, tr("All files")));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    const ExportFormat chosen = format();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_error->setText(tr("Choose where to save the export."));
        m_error->show();
        return;
    }
    exporting::ExportOptions options;
    options.spreadsheet = chosen == ExportFormat::Csv && m_bom->isChecked();
    if (!m_language.isEmpty())
        options.language = m_language;
    const exporting::ExportResult result = Exporter::exportSet(chosen, m_set, options);
    const QString base = Exporter::basePath(chosen, path);
    // brat's .txt must not replace the article itself.
    if (chosen == ExportFormat::Brat
        && QFileInfo(base + u".txt"_s).absoluteFilePath()
            == QFileInfo(m_set.document().sourcePath).absoluteFilePath()) {
        m_error->setText(tr("The export would replace the article; choose another name."));
        m_error->show();
        return;
    }
    const QString error = Exporter::write(result, base);
    if (!error.isEmpty()) {
        m_error->setText(tr("Could not export: %1").arg(error));
        m_error->show();
        return;
    }
    m_written = base + result.files.last().suffix;
    if (chosen == ExportFormat::Html && m_openResult->isChecked())
        m_open(QUrl::fromLocalFile(QFileInfo(m_written).absoluteFilePath()));
    QDialog::accept();
}

} // namespace whosaid::gui
