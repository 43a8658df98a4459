// The start window's invitation to explore before entering anything real: "Try with sample data",
// with a plain note that the demo vault is temporary and deleted afterwards, and a busy state while it
// is being made.
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace coffer {

class TrySampleBox : public QFrame
{
    Q_OBJECT
public:
    explicit TrySampleBox(QWidget* parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QPushButton* button() const { return m_button; }

signals:
    void requested();

private:
    QPushButton* m_button;
    QLabel* m_note;
    QProgressBar* m_progress;
    bool m_busy = false;
};

} // namespace coffer
