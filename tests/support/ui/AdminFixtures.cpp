#include "AdminFixtures.h"

#include <QDir>

namespace coffer::test {

QString text(const Secret& s)
{
    return QString::fromUtf8(s.view().data(), qsizetype(s.size()));
}

Secret secretOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return Secret::takeFrom(bytes);
}

QString makeVaultWithUsers(const QString& parent, const QString& name)
{
    VaultCreation created =
        Vault::create(QDir(parent).filePath(name), QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf);
    const QString folder = created.vault->path();
    QList<std::pair<QString, QString>> oneTime;
    for (Role role : {Role::Admin, Role::Editor, Role::Viewer}) {
        const QString user = roleName(role).replace(0, 1, roleName(role).at(0).toUpper());
        oneTime.append({user, text(created.vault->addUser(user, role))});
    }
    created.vault->lock();
    for (const auto& [user, password] : oneTime) {
        std::unique_ptr<Vault> vault = Vault::unlock(folder, user, secretOf(password));
        vault->changePassword(secretOf(user + QStringLiteral(" password 1")));
    }
    return folder;
}

std::unique_ptr<Vault> signIn(const QString& folder, const QString& user)
{
    const QString password =
        user.isEmpty() ? QString::fromLatin1(kOwnerPassword) : user + QStringLiteral(" password 1");
    return Vault::unlock(folder, user, secretOf(password));
}

} // namespace coffer::test
