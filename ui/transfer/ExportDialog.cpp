#include "ExportDialog.h"

#include "ExportChoiceForm.h"
#include "widgets/NewPasswordFields.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

ExportDialog::ExportDialog(const QString& baseName, const QString& heading, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_baseName(baseName)
    , m_form(new ExportChoiceForm(this))
    , m_passwordBox(new QGroupBox(tr("Password for the export"), this))
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

    m_preview->setObjectName(QStringLiteral("exportNamePreview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ExportChoiceForm::changed, this, &ExportDialog::update);
    connect(m_password, &NewPasswordFields::changed, this, &ExportDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(QStringLiteral("export"), heading, this));
    layout->addWidget(TaskWidgets::paragraph(intro, this));
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addWidget(m_passwordBox);
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

void ExportDialog::setChoice(const AppSettings::ExportChoice& choice)
{
    m_form->setChoice(choice);
    // With a password to type the first field is where the user starts; otherwise one Enter exports.
    if (choice.encrypt)
        m_password->passwordEdit()->setFocus();
    else
        m_export->setFocus();
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
    QString why;
    const bool folderOk = m_form->folderIsUsable(&why);
    m_error->setText(why);
    m_error->setVisible(!folderOk);
    m_preview->setVisible(folderOk);
    if (folderOk) {
        const QString name = QFileInfo(targetPath(c, m_baseName, QDateTime::currentDateTime())).fileName();
        m_preview->setText(tr("It will be saved as “%1”.").arg(name));
    }
    m_export->setEnabled(folderOk && (!c.encrypt || m_password->isAcceptable()));
}

} // namespace coffer
