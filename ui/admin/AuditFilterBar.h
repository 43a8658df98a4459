// The filters above the audit log: which user, which kind of action, which days, and — after "Show
// history" on a client — which client, shown as a chip "History of <their name>" that can be removed.
// It says what is wanted as an AuditQuery; the page reads the log with it.
#pragma once

#include "AuditWording.h"
#include "audit/AuditLog.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;

namespace coffer {

class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    // One choice of the user filter: a name, and the user ids it stands for ("" for nobody signed in;
    // several for the users removed since, who have no name any more).
    struct UserChoice
    {
        QString name;
        QStringList ids;
    };

    explicit AuditFilterBar(QWidget* parent = nullptr);

    // Fills the user filter ("All users" first), keeping the choice made when it is still there.
    void setUsers(const QList<UserChoice>& users);
    // Narrows to one client (clientId empty: every client); name is shown on the chip.
    void setClient(const QString& clientId, const QString& name);
    QString clientId() const { return m_clientId; }
    AuditQuery query() const;
    bool isFiltering() const;

public slots:
    void clear();

signals:
    // A filter changed; query() says what is wanted now.
    void changed();

private:
    enum class Dates { Any, Today, Last7Days, Last30Days, ThisYear, Between };
    void emitChanged();

    QComboBox* m_user;
    QComboBox* m_kind;
    QComboBox* m_dates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_clear;
    QFrame* m_chip;
    QLabel* m_chipLabel;
    QString m_clientId;
    bool m_quiet = false; // setting several filters at once: one changed() at the end
};

} // namespace coffer
