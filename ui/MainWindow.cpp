#include "MainWindow.h"

#include "vault/Vault.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace coffer {

MainWindow::MainWindow(std::unique_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent), m_vault(std::move(vault)), m_folder(m_vault->path())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    //: The main window's title: the vault's name, an em dash, the program's name.
    setWindowTitle(tr("%1 — Coffer").arg(m_vault->name()));

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lockAction = toolbar->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault (%1). Its keys are wiped from memory; the password is needed to "
                                "open it again.")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(makeSignedInBadge());

    setCentralWidget(makeEmptyState());
    statusBar()->showMessage(tr("Vault: %1").arg(QDir::toNativeSeparators(m_folder)));
    resize(960, 640);
}

MainWindow::~MainWindow()
{
    releaseVault();
}

QWidget* MainWindow::makeSignedInBadge()
{
    const UserInfo& user = m_vault->currentUser();
    auto* badge = new QWidget(this);
    auto* layout = new QHBoxLayout(badge);
    layout->setContentsMargins(8, 0, 8, 0);
    auto* signedIn = new QLabel(tr("Signed in as"), badge);
    signedIn->setForegroundRole(QPalette::PlaceholderText);
    auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(user.name.toHtmlEscaped()), badge);
    name->setObjectName(QStringLiteral("userLabel"));
    auto* role = new QLabel(roleDisplayName(user.role), badge);
    role->setObjectName(QStringLiteral("roleLabel"));
    role->setToolTip(tr("Your role in this vault decides what you may do."));
    // A quiet tag, not a button: nothing happens when it is clicked.
    role->setStyleSheet(
        QStringLiteral("QLabel { background: #e3eaf2; color: #2c4a6b; border-radius: 9px; padding: 2px 10px; }"));
    layout->addWidget(signedIn);
    layout->addWidget(name);
    layout->addWidget(role);
    return badge;
}

QWidget* MainWindow::makeEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto* picture = new QLabel(page);
    picture->setPixmap(QIcon(QStringLiteral(":/icons/clients.svg")).pixmap(96, 96));
    picture->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(tr("Your vault is ready"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Your clients, their notes, files and consents will be kept here. "
                               "This part of Coffer arrives in the next version.\n\n"
                               "Everything in this vault is encrypted on this computer; nothing is sent anywhere. "
                               "Press Lock when you step away."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setMinimumWidth(360);
    text->setMaximumWidth(520);
    text->setForegroundRole(QPalette::PlaceholderText);
    // Stretches rather than an alignment flag: an aligned word-wrapped label loses its height-for-width
    // and gets cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 4);
    textRow->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(picture);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(textRow);
    layout->addStretch(3);
    return page;
}

void MainWindow::releaseVault()
{
    if (!m_vault)
        return;
    m_vault->lock();
    m_vault.reset();
}

void MainWindow::lock()
{
    releaseVault();
    emit lockedOut(m_folder);
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    releaseVault();
    event->accept();
}

} // namespace coffer
