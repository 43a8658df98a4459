#include "PasswordStrengthMeter.h"

#include "Palette.h"

#include "vault/Vault.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace coffer {

namespace {
constexpr int kSegments = 4;

int filledSegments(PasswordStrength::Level level)
{
    switch (level) {
    case PasswordStrength::Level::TooShort:
        return 0;
    case PasswordStrength::Level::Weak:
        return 1;
    case PasswordStrength::Level::Fair:
        return 2;
    case PasswordStrength::Level::Strong:
        return 3;
    case PasswordStrength::Level::VeryStrong:
        return 4;
    }
    return 0;
}

// Red, amber and green by role; the strongest a deeper green, so that the last step is visible too.
QString colourOf(PasswordStrength::Level level)
{
    switch (level) {
    case PasswordStrength::Level::TooShort:
    case PasswordStrength::Level::Weak:
        return Palette::name(ColorRole::Error);
    case PasswordStrength::Level::Fair:
        return Palette::name(ColorRole::Warning);
    case PasswordStrength::Level::Strong:
        return Palette::name(ColorRole::Success);
    case PasswordStrength::Level::VeryStrong:
        return Palette::color(ColorRole::Success).darker(125).name();
    }
    return {};
}
} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < kSegments; ++i) {
        auto* segment = new QFrame(this);
        segment->setFixedSize(36, 6);
        m_segments << segment;
        layout->addWidget(segment);
    }
    layout->addSpacing(8);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    layout->addWidget(m_label, 1);
    refresh(true);
}

void PasswordStrengthMeter::setPassword(const Secret& password)
{
    m_strength = PasswordStrength::of(password, Vault::kMinPasswordLength);
    refresh(password.isEmpty());
}

QString PasswordStrengthMeter::text() const
{
    return m_label->text();
}

void PasswordStrengthMeter::refresh(bool empty)
{
    const int filled = empty ? 0 : filledSegments(m_strength.level);
    const QString off = palette().color(QPalette::Mid).name();
    for (int i = 0; i < kSegments; ++i) {
        const QString colour = i < filled ? colourOf(m_strength.level) : off;
        m_segments[i]->setStyleSheet(QStringLiteral("background: %1; border-radius: 3px;").arg(colour));
    }
    m_label->setText(empty ? QString() : tr("Strength: %1").arg(m_strength.label()));
    setAccessibleDescription(m_label->text());
}

} // namespace coffer
