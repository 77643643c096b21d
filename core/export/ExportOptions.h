#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace whosaid::exporting {

// What every exporter may be told besides the annotations.
struct ExportOptions
{
    QDateTime exportedAt = QDateTime::currentDateTime(); // the date in the HTML header
    QString language = QStringLiteral("en");             // the article's language (BCP 47)
    // CSV for spreadsheet programs: a UTF-8 byte-order mark first, and cells that a spreadsheet
    // would run as a formula (starting with = + - @) prefixed with an apostrophe.
    bool spreadsheet = false;
};

// One file of an export: most formats make one, brat makes a .txt and an .ann.
struct ExportFile
{
    QString suffix; // ".html", ".txt", ".ann", ...
    QByteArray bytes;
};

// The files of an export, or what went wrong, in words for the user.
struct ExportResult
{
    QList<ExportFile> files;
    QString error; // empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] static ExportResult single(QString suffix, QByteArray bytes)
    {
        return {{ExportFile{std::move(suffix), std::move(bytes)}}, {}};
    }
    [[nodiscard]] static ExportResult failure(QString error) { return {{}, std::move(error)}; }
};

} // namespace whosaid::exporting
