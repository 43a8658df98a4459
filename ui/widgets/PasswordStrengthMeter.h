// A live indication of how hard a new password is to guess: four segments that fill and change colour,
// and a word (Weak, Fair, …). The estimate is core's PasswordStrength (zxcvbn), so the meter and the
// command line judge a password alike.
#pragma once

#include "crypto/PasswordStrength.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace coffer {

class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    // An empty password shows an empty meter with no word.
    void setPassword(const Secret& password);
    PasswordStrength::Level level() const { return m_strength.level; }
    const PasswordStrength& strength() const { return m_strength; }
    QString text() const;

private:
    void refresh(bool empty);

    PasswordStrength m_strength;
    QList<QFrame*> m_segments;
    QLabel* m_label;
};

} // namespace coffer
