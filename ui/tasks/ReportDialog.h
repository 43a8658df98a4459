// The window that ends a long task: what happened, in one heading and a paragraph; where the result is
// (a path that can be selected and copied); the checks that were run, each with ✓ or ✗ and what it
// found; and the buttons that go with the result (Show in folder, Save as…, Open). Export, backup,
// verify, restore, erasure and cancellation all end in one, so their endings read alike.
#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>
#include <vector>

class QGridLayout;
class QHBoxLayout;
class QVBoxLayout;

namespace coffer {

struct ReportCheck
{
    bool passed = false;
    QString name;   // what was checked
    QString detail; // what it found; counts and file names, never client data
};

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Success, Failure };

    ReportDialog(const QString& title, Outcome outcome, const QString& headline, QWidget* parent);

    void addText(const QString& text);
    void addPath(const QString& caption, const QString& path);
    void setChecks(const QString& caption, const std::vector<ReportCheck>& checks);
    // Lines under a caption in a box that scrolls when they are many (the rows an import skipped).
    void addList(const QString& caption, const QStringList& lines);
    // A button left of Close; action runs on click and the dialog stays open.
    QPushButton* addAction(const QString& text, const QString& objectName, std::function<void()> action);
    // "Show in Folder": the system's file manager on the folder that holds path.
    void addShowInFolder(const QString& path);

    // Opens window-modal, to delete itself when closed; returns this.
    ReportDialog* openSelfDeleting();

    Outcome outcome() const { return m_outcome; }
    const std::vector<ReportCheck>& checks() const { return m_checks; }

    // A failure as the user should read it: what could not be done (headline), core's message, and
    // what to do now. Opened window-modal; deletes itself.
    static ReportDialog* showFailure(QWidget* parent, const QString& title, const QString& headline,
                                     const QString& message, const QString& advice);

private:
    Outcome m_outcome;
    std::vector<ReportCheck> m_checks;
    QVBoxLayout* m_body;
    QHBoxLayout* m_buttons;
};

} // namespace coffer
