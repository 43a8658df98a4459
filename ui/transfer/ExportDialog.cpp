#include "ExportDialog.h"

#include "ExportChoiceForm.h"
#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"
#include "widgets/NewPasswordFields.h"
#include "widgets/SecretText.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace coffer {

ExportDialog::ExportDialog(const QString& baseName, const QString& heading, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_baseName(baseName)
    , m_form(new ExportChoiceForm(this))
    , m_passwordBox(new QGroupBox(tr("Password for the export"), this))
    , m_plainBox(new QGroupBox(tr("Without encryption"), this))
    , m_ownPassword(new QLineEdit(this))
    , m_ownPasswordError(TaskWidgets::errorLabel(this))
    , m_checkingBar(TaskWidgets::busyIndicator(this))
    , m_preview(new QLabel(this))
    , m_error(TaskWidgets::errorLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto* passwordForm = new QFormLayout(m_passwordBox);
    passwordForm->addRow(TaskWidgets::paragraph(
        tr("Anyone with this password can open the export. Coffer does not keep it: if it is lost, the export "
           "cannot be opened by anyone."),
        m_passwordBox));
    m_password = new NewPasswordFields(passwordForm, m_passwordBox);

    // Shown only when everything goes out readable: what that means in one sentence, then the user's own
    // password, because the window may have been left open for anyone to click Export.
    m_plainBox->setObjectName(QStringLiteral("plainExportBox"));
    m_plainBox->hide();
    QLabel* warning = TaskWidgets::notice(
        tr("Anyone who gets a copy of an export that is not encrypted can read every client in it."),
        ColorRole::Warning, m_plainBox);
    warning->setObjectName(QStringLiteral("plainExportWarning"));
    m_ownPassword->setObjectName(QStringLiteral("ownPasswordEdit"));
    m_ownPassword->setEchoMode(QLineEdit::Password);
    auto* passwordRow = new QFormLayout;
    passwordRow->addRow(tr("Your &password:"), m_ownPassword);
    m_ownPasswordError->setObjectName(QStringLiteral("ownPasswordError"));
    // A box of rows rather than a form: a form gives a wrapping line shown later no height at all.
    auto* plain = new QVBoxLayout(m_plainBox);
    plain->addWidget(warning);
    plain->addWidget(TaskWidgets::paragraph(
        tr("To save it without encryption, type your own password, the one you sign in with."), m_plainBox));
    plain->addLayout(passwordRow);
    plain->addWidget(m_ownPasswordError);
    plain->addWidget(m_checkingBar);
    connect(m_ownPassword, &QLineEdit::textChanged, this, [this] {
        m_ownPasswordError->hide();
        update();
    });

    m_preview->setObjectName(QStringLiteral("exportNamePreview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_form, &ExportChoiceForm::changed, this, &ExportDialog::update);
    connect(m_password, &NewPasswordFields::changed, this, &ExportDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(QStringLiteral("export"), heading, this));
    layout->addWidget(TaskWidgets::paragraph(intro, this));
    layout->addSpacing(8);
    layout->addWidget(m_form);
    m_includeRestricted = new QCheckBox(this);
    m_includeRestricted->setObjectName(QStringLiteral("includeRestrictedCheck"));
    m_includeRestricted->setToolTip(tr("Their processing is restricted (GDPR Article 18): their data is only kept, "
                                       "so an export of everything leaves them out unless you include them."));
    m_includeRestricted->hide();
    layout->addWidget(m_includeRestricted);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_plainBox);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(560);
    update();
    m_export->setFocus();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::requirePasswordWhenPlain(Vault& vault)
{
    m_confirmWith = &vault;
    update();
}

void ExportDialog::setChoice(const AppSettings::ExportChoice& choice)
{
    m_form->setChoice(choice);
    // With a password to type the first field is where the user starts; otherwise one Enter exports.
    if (this->choice().encrypt)
        m_password->passwordEdit()->setFocus();
    else if (asksOwnPassword())
        m_ownPassword->setFocus();
    else
        m_export->setFocus();
}

void ExportDialog::reject()
{
    // The password is being checked on a worker thread that uses the vault; the answer comes shortly.
    if (!m_checking)
        QDialog::reject();
}

bool ExportDialog::asksOwnPassword() const
{
    return m_confirmWith && !m_form->choice().encrypt;
}

void ExportDialog::exportClicked()
{
    if (!m_export->isEnabled())
        return;
    if (!asksOwnPassword()) {
        m_ownPassword->clear();
        accept();
        return;
    }
    auto password = std::make_shared<Secret>(takeSecret(m_ownPassword));
    setChecking(true);
    runInBackground<bool>(
        this,
        [vault = m_confirmWith, password] {
            vault->confirmPassword(*password);
            return true;
        },
        [this](Outcome<bool>& outcome) {
            setChecking(false);
            if (!outcome.error) {
                accept();
                return;
            }
            m_ownPasswordError->setText(outcome.error->code() == ErrorCode::Auth
                                            ? tr("That is not your password, so nothing was exported. Type it "
                                                 "again, or choose to encrypt the export.")
                                            : outcome.error->message());
            m_ownPasswordError->show();
            m_ownPassword->setFocus();
        });
}

void ExportDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_form->setEnabled(!checking);
    m_ownPassword->setEnabled(!checking);
    m_checkingBar->setVisible(checking);
    update();
}

void ExportDialog::offerRestricted(int count)
{
    m_includeRestricted->setText(tr("&Include the %n client(s) whose processing is restricted", nullptr, count));
    m_includeRestricted->setChecked(false);
    m_includeRestricted->setVisible(count > 0);
}

bool ExportDialog::includeRestricted() const
{
    return !m_includeRestricted->isHidden() && m_includeRestricted->isChecked();
}

AppSettings::ExportChoice ExportDialog::choice() const
{
    return m_form->choice();
}

Secret ExportDialog::takePassword()
{
    if (!choice().encrypt) {
        m_password->clear();
        return {};
    }
    return m_password->takePassword();
}

QString ExportDialog::targetPath(const AppSettings::ExportChoice& choice, const QString& baseName,
                                 const QDateTime& time)
{
    QString suffix;
    if (choice.format == QLatin1String("zip"))
        suffix = QStringLiteral(".zip");
    else if (choice.format == QLatin1String("json"))
        suffix = QStringLiteral(".json");
    else if (choice.format == QLatin1String("csv"))
        suffix = QStringLiteral(" CSV"); // a folder, told apart from the full folder export at a glance
    if (choice.encrypt)
        suffix += QStringLiteral(".encrypted");
    return UserFiles::uniquePath(choice.folder, UserFiles::safeFileName(baseName) + UserFiles::fileNameStamp(time),
                                 suffix);
}

void ExportDialog::update()
{
    const AppSettings::ExportChoice c = m_form->choice();
    m_passwordBox->setVisible(c.encrypt);
    m_plainBox->setVisible(asksOwnPassword());
    QString why;
    const bool folderOk = m_form->folderIsUsable(&why);
    m_error->setText(why);
    m_error->setVisible(!folderOk);
    m_preview->setVisible(folderOk);
    if (folderOk) {
        const QString name = QFileInfo(targetPath(c, m_baseName, QDateTime::currentDateTime())).fileName();
        m_preview->setText(tr("It will be saved as “%1”.").arg(name));
    }
    const bool passwordOk =
        c.encrypt ? m_password->isAcceptable() : !asksOwnPassword() || !m_ownPassword->text().isEmpty();
    m_export->setEnabled(!m_checking && folderOk && passwordOk);
}

} // namespace coffer
