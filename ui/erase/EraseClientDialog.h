// The confirmation before a client is erased (right to erasure). It names the person and counts what
// goes with them, says what cannot be undone and what stays (backups, anonymous request rows), and
// arms its red button only once the user ticks that they understand. A typed name would be the other
// way, but a client's name may hold letters the user's keyboard cannot type (Jūratė, Řehoř).
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace coffer {

class EraseClientDialog : public QDialog
{
    Q_OBJECT
public:
    struct Contents
    {
        QString name;
        int notes = 0;
        int files = 0;
        int consents = 0; // consent records, the history included
    };

    EraseClientDialog(const Contents& contents, QWidget* parent);
    ~EraseClientDialog() override;

private:
    QCheckBox* m_understood;
    QPushButton* m_erase;
};

} // namespace coffer
