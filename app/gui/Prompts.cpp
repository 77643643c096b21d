#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>

#include <utility>

namespace whosaid::gui {

std::optional<QMessageBox::StandardButton> Prompts::s_answer;
std::optional<std::optional<double>> Prompts::s_number;
std::optional<QString> Prompts::s_fileName;
QString Prompts::s_lastText;

namespace {

template<typename T>
std::optional<T> takeOnce(std::optional<T> &next)
{
    return std::exchange(next, std::nullopt);
}

} // namespace

QMessageBox::StandardButton Prompts::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (const auto answer = takeOnce(s_answer))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

std::optional<double> Prompts::askNumber(QWidget *parent, const QString &title,
                                         const QString &label, double value, double minimum,
                                         double maximum)
{
    s_lastText = label;
    if (const auto number = takeOnce(s_number))
        return *number;
    bool ok = false;
    const double chosen
        = QInputDialog::getDouble(parent, title, label, value, minimum, maximum, 0, &ok);
    return ok ? std::optional<double>(chosen) : std::nullopt;
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &path,
                              const QString &filter)
{
    if (const auto name = takeOnce(s_fileName))
        return *name;
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}

void Prompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (takeOnce(s_answer))
        return;
    QMessageBox::warning(parent, title, text);
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answer = answer;
}

void Prompts::setNextNumber(std::optional<double> number)
{
    s_number = number;
}

void Prompts::setNextFileName(const QString &path)
{
    s_fileName = path;
}

QString Prompts::lastText()
{
    return s_lastText;
}

} // namespace whosaid::gui
