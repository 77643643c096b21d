#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace whosaid::gui {

// Every modal question the reader asks goes through here, so tests can answer it beforehand
// (as KeePassXC's MessageBox::setNextAnswer): a set answer is used once, instead of showing the
// dialog.
class Prompts final
{
public:
    [[nodiscard]] static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                                         const QString &text,
                                                         QMessageBox::StandardButtons buttons,
                                                         QMessageBox::StandardButton defaultButton);
    // A number in [minimum, maximum]; nothing when cancelled.
    [[nodiscard]] static std::optional<double> askNumber(QWidget *parent, const QString &title,
                                                         const QString &label, double value,
                                                         double minimum, double maximum);
    // A file to save to; empty when cancelled.
    [[nodiscard]] static QString saveFileName(QWidget *parent, const QString &title,
                                              const QString &path, const QString &filter);
    // A message for the user (an error that needs acknowledging).
    static void inform(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextNumber(std::optional<double> number); // nullopt: cancelled
    static void setNextFileName(const QString &path);        // empty: cancelled
    // The last text passed to inform() or ask(), for tests.
    [[nodiscard]] static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_answer;
    static std::optional<std::optional<double>> s_number;
    static std::optional<QString> s_fileName;
    static QString s_lastText;
};

} // namespace whosaid::gui
