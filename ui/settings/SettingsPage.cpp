#include "SettingsPage.h"

#include "widgets/Palette.h"

#include "AppSettings.h"
#include "Error.h"
#include "Translations.h"
#include "backup/BackupSettingsGroup.h"
#include "privacy/BusinessDetailsGroup.h"
#include "transfer/ExportChoiceForm.h"
#include "vault/SecurityGroup.h"
#include "vault/Vault.h"
#include "widgets/PageHeader.h"
#include "widgets/TaskWidgets.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coffer {

namespace {
QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}
} // namespace

SettingsPage::SettingsPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("settingsPage"));
    const Role role = m_vault.currentUser().role;

    // The page grows taller than the window at 200 % scale; it scrolls rather than squeezing.
    auto* scrolled = new QWidget;
    auto* content = new QWidget(scrolled);
    content->setObjectName(QStringLiteral("settingsContent"));
    // At most a readable line length; wider windows leave the space to the right.
    content->setMaximumWidth(900);
    auto* row = new QHBoxLayout(scrolled);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(content, 1);
    row->addStretch(0);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(14);
    column->addWidget(
        makePageHeader(tr("Settings"),
                       tr("Preferences of Coffer on this computer, and this vault's backups, who may erase "
                          "its clients and the business details its letters are signed with."),
                       content));
    column->addWidget(makeAccountGroup());
    m_security = new SecurityGroup(m_vault, content);
    column->addWidget(m_security);
    column->addWidget(makeLockingGroup());
    column->addWidget(makeLanguageGroup());
    auto* backups = new BackupSettingsGroup(m_vault, content);
    backups->setObjectName(QStringLiteral("backupSettingsGroup"));
    column->addWidget(backups);
    column->addWidget(makeEraseGroup());
    column->addWidget(new BusinessDetailsGroup(m_vault, content));
    if (roleAllows(role, Permission::ExportAll))
        column->addWidget(makeExportGroup());
    column->addStretch(1);
    if (roleAllows(role, Permission::CancelAccount)) {
        m_dangerZone = makeDangerZone();
        column->addWidget(m_dangerZone);
    }

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(scrolled);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::applyRole()
{
    if (m_dangerZone)
        m_dangerZone->setVisible(roleAllows(m_vault.currentUser().role, Permission::CancelAccount));
    showWhoMayErase();
    m_security->refresh();
}

QWidget* SettingsPage::makeAccountGroup()
{
    auto* group = new QGroupBox(tr("Your account"), this);
    group->setObjectName(QStringLiteral("accountGroup"));
    auto* layout = new QHBoxLayout(group);
    auto* text = makeHint(tr("You are signed in as %1. Your password opens this vault; nobody else can see it or "
                             "change it for you, though an admin can give you a one-time password.")
                              .arg(m_vault.currentUser().name),
                          group);
    auto* change = new QPushButton(tr("Change My &Password…"), group);
    change->setObjectName(QStringLiteral("changePasswordButton"));
    connect(change, &QPushButton::clicked, this, &SettingsPage::changePasswordRequested);
    layout->addWidget(text, 1);
    layout->addWidget(change, 0, Qt::AlignTop);
    return group;
}

QWidget* SettingsPage::makeLockingGroup()
{
    auto* group = new QGroupBox(tr("Locking and the clipboard"), this);
    group->setObjectName(QStringLiteral("lockingGroup"));

    m_autoLock = new QSpinBox(group);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpinBox"));
    m_autoLock->setAccessibleName(tr("Lock after this many minutes without use"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(AppSettings::autoLockMinutes());

    m_clipboard = new QSpinBox(group);
    m_clipboard->setObjectName(QStringLiteral("clipboardSpinBox"));
    m_clipboard->setAccessibleName(tr("Clear the clipboard after this many seconds"));
    m_clipboard->setRange(0, 3600);
    m_clipboard->setSpecialValueText(tr("Never"));
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(AppSettings::clipboardClearSeconds());

    // A grid rather than a form: a form leaves gaps around word-wrapped hints.
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(4);
    const auto addRow = [group, grid](int row, const QString& label, QSpinBox* field, const QString& hint) {
        auto* title = new QLabel(label, group);
        title->setBuddy(field);
        grid->addWidget(title, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(makeHint(hint, group), row + 1, 1, 1, 2);
        grid->setRowMinimumHeight(row + 2, 10);
    };
    addRow(0, tr("&Lock the vault after:"), m_autoLock,
           tr("Minutes without a key press or mouse movement in Coffer. Locking wipes the keys from memory; your "
              "password opens the vault again. 0 means never (not advised on a shared computer)."));
    addRow(3, tr("&Clear copied values after:"), m_clipboard,
           tr("Seconds before something copied in Coffer (an email address, a one-time password) is removed from "
              "the clipboard, unless you have copied something else since. 0 means never."));

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        AppSettings::setAutoLockMinutes(minutes);
        emit autoLockChanged(minutes);
    });
    connect(m_clipboard, &QSpinBox::valueChanged, this,
            [](int seconds) { AppSettings::setClipboardClearSeconds(seconds); });
    return group;
}

QWidget* SettingsPage::makeLanguageGroup()
{
    auto* group = new QGroupBox(tr("Language"), this);
    group->setObjectName(QStringLiteral("languageGroup"));
    auto* box = new QComboBox(group);
    box->setObjectName(QStringLiteral("languageCombo"));
    box->setAccessibleName(tr("Language of Coffer"));
    box->addItem(tr("The computer's language"), QString());
    for (const QString& language : builtInLanguages())
        box->addItem(nativeLanguageName(language), language);
    box->setCurrentIndex(qMax(0, box->findData(languageSetting())));
    auto* label = new QLabel(tr("Coffer s&peaks:"), group);
    label->setBuddy(box);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(4);
    grid->addWidget(label, 0, 0);
    grid->addWidget(box, 0, 1);
    auto* hint = makeHint(tr("English, Latvian, Lithuanian or Czech. A new choice applies the next time Coffer "
                             "starts."),
                          group);
    grid->addWidget(hint, 1, 1, 1, 2);
    connect(box, &QComboBox::currentIndexChanged, this, [box, hint](int) {
        setLanguageSetting(box->currentData().toString());
        hint->setText(tr("Saved. The new choice applies the next time Coffer starts."));
    });
    return group;
}

QWidget* SettingsPage::makeEraseGroup()
{
    auto* group = new QGroupBox(tr("Erasing clients"), this);
    group->setObjectName(QStringLiteral("eraseRulesGroup"));
    m_whoMayErase = new QComboBox(group);
    m_whoMayErase->setObjectName(QStringLiteral("whoMayEraseCombo"));
    m_whoMayErase->setAccessibleName(tr("Who may erase clients"));
    for (WhoMayErase who : {WhoMayErase::Editors, WhoMayErase::Admins})
        m_whoMayErase->addItem(whoMayEraseDisplayName(who), int(who));
    auto* label = new QLabel(tr("&Who may erase clients:"), group);
    label->setBuddy(m_whoMayErase);
    m_whoMayEraseNote = TaskWidgets::paragraph(QString(), group);
    m_whoMayEraseNote->setObjectName(QStringLiteral("whoMayEraseNote"));
    m_whoMayEraseNote->setForegroundRole(QPalette::PlaceholderText);
    auto* error = TaskWidgets::errorLabel(group);
    error->setObjectName(QStringLiteral("whoMayEraseError"));

    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(4);
    grid->addWidget(makeHint(tr("Erasing a client deletes everything about them for good; it cannot be undone. "
                                "Where an editor is a temporary helper, keep erasing to administrators and the "
                                "owner."),
                             group),
                    0, 0, 1, 3);
    grid->setRowMinimumHeight(1, 6);
    grid->addWidget(label, 2, 0);
    grid->addWidget(m_whoMayErase, 2, 1);
    grid->addWidget(m_whoMayEraseNote, 3, 1, 1, 2);
    grid->addWidget(error, 4, 0, 1, 3);
    showWhoMayErase();
    connect(m_whoMayErase, &QComboBox::currentIndexChanged, this, [this, error] {
        try {
            m_vault.setWhoMayErase(WhoMayErase(m_whoMayErase->currentData().toInt()));
            error->hide();
        } catch (const Error& e) {
            error->setText(e.message());
            error->show();
        }
        showWhoMayErase();
    });
    return group;
}

void SettingsPage::showWhoMayErase()
{
    // The vault's rule, shown to everyone; only the owner may change it (core refuses anyone else).
    const bool mayChange = roleAllows(m_vault.currentUser().role, Permission::ChooseWhoMayErase);
    m_whoMayErase->setEnabled(mayChange);
    m_whoMayErase->setToolTip(mayChange ? QString() : tr("Only the owner can change who may erase clients."));
    m_whoMayEraseNote->setText(mayChange ? tr("A change applies at once and is recorded in the audit log.")
                                         : tr("Only the owner can change who may erase clients."));
    try {
        const QSignalBlocker quiet(m_whoMayErase); // showing the rule is not changing it
        m_whoMayErase->setCurrentIndex(m_whoMayErase->findData(int(m_vault.whoMayErase())));
    } catch (const Error& e) {
        m_whoMayEraseNote->setText(e.message());
    }
}

QWidget* SettingsPage::makeExportGroup()
{
    auto* group = new QGroupBox(tr("Export defaults"), this);
    group->setObjectName(QStringLiteral("exportDefaultsGroup"));
    auto* form = new ExportChoiceForm(group);
    form->setObjectName(QStringLiteral("exportChoiceForm"));
    form->setChoice(AppSettings::exportChoice());
    connect(form, &ExportChoiceForm::changed, this, [form] { AppSettings::setExportChoice(form->choice()); });
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(makeHint(tr("What \"Export all…\" in the toolbar makes. It asks for a password each "
                                  "time when encryption is on; the password is never saved."),
                               group));
    layout->addWidget(form);
    return group;
}

QWidget* SettingsPage::makeDangerZone()
{
    auto* zone = new QFrame(this);
    zone->setObjectName(QStringLiteral("dangerZone"));
    zone->setStyleSheet(
        QStringLiteral("QFrame#dangerZone { border: 1.5px solid %1; border-radius: 8px; background: %2; }"
                       "QFrame#dangerZone QLabel { border: none; background: transparent; }")
            .arg(Palette::name(ColorRole::Error), Palette::tint(ColorRole::Error).background.name()));
    auto* icon = new QLabel(zone);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/danger.svg")).pixmap(28, 28));
    auto* title = new QLabel(tr("Danger zone"), zone);
    title->setStyleSheet(Palette::textStyle(ColorRole::Error) + QStringLiteral(" font-weight: bold;"));
    title->setAccessibleName(tr("Danger zone"));
    auto* text = new QLabel(tr("<b>Cancel the account</b> — delete this vault for good. Coffer first destroys "
                               "every key that opens it, so the data cannot be read from that moment, then "
                               "overwrites and removes the vault and its backups, checks that nothing is left, "
                               "and gives you a deletion certificate. This cannot be undone: export what you "
                               "want to keep first."),
                            zone);
    text->setWordWrap(true);
    auto* cancel = new QPushButton(QIcon(QStringLiteral(":/icons/danger.svg")), tr("Cancel &Account…"), zone);
    cancel->setObjectName(QStringLiteral("cancelAccountButton"));
    cancel->setAccessibleName(tr("Cancel account"));
    cancel->setToolTip(tr("Asks for your password and the vault's name before anything is deleted."));
    cancel->setStyleSheet(QStringLiteral("QPushButton { %1 }").arg(Palette::textStyle(ColorRole::Error)));
    connect(cancel, &QPushButton::clicked, this, &SettingsPage::cancelAccountRequested);

    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(cancel);
    auto* layout = new QVBoxLayout(zone);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(heading);
    layout->addWidget(text);
    layout->addLayout(buttonRow);
    return zone;
}

} // namespace coffer
