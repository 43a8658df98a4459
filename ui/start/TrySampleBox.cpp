#include "TrySampleBox.h"

#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

TrySampleBox::TrySampleBox(QWidget* parent)
    : QFrame(parent)
    , m_button(new QPushButton(QIcon(QStringLiteral(":/icons/sample.svg")), tr("&Try with Sample Data"), this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("trySampleBox"));
    setStyleSheet(Palette::tintStyle(ColorRole::Accent, QStringLiteral("QFrame#trySampleBox"), Palette::kBoxShape) +
                  QStringLiteral("QFrame#trySampleBox QLabel { background: transparent; border: none; }"));
    m_button->setObjectName(QStringLiteral("trySampleButton"));
    m_button->setAccessibleName(tr("Try with sample data"));
    m_button->setToolTip(tr("Open a demo vault with a few hundred made-up clients, to look around first."));

    auto* title = new QLabel(tr("<b>New to Coffer?</b>"), this);
    m_note->setObjectName(QStringLiteral("sampleNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Look around in a demo vault with a few hundred made-up clients, their notes and "
                       "consents. It is kept in a temporary folder and deleted when you lock it or quit Coffer, "
                       "so nothing you try there stays."));
    m_progress->setObjectName(QStringLiteral("sampleProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Preparing the demo vault"));
    m_progress->hide();

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(m_note);
    text->addWidget(m_progress);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addLayout(text, 1);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);

    connect(m_button, &QPushButton::clicked, this, &TrySampleBox::requested);
}

void TrySampleBox::setBusy(bool busy)
{
    m_busy = busy;
    m_button->setEnabled(!busy);
    m_button->setText(busy ? tr("Preparing…") : tr("&Try with Sample Data"));
    m_progress->setVisible(busy);
}

} // namespace coffer
