#include "Controller.h"

#include "Error.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {

const QString kControllerKey = QStringLiteral("controller");

// The JSON keys of the meta row, one per field (FORMATS.md, "meta").
struct FieldKey
{
    const char* key;
    QString ControllerDetails::*field;
};
constexpr FieldKey kFields[] = {
    {"name", &ControllerDetails::name},
    {"address", &ControllerDetails::address},
    {"email", &ControllerDetails::email},
    {"phone", &ControllerDetails::phone},
    {"protectionContact", &ControllerDetails::protectionContact},
    {"authority", &ControllerDetails::authority},
    {"purposes", &ControllerDetails::purposes},
    {"recipients", &ControllerDetails::recipients},
    {"retention", &ControllerDetails::retention},
    {"sources", &ControllerDetails::sources},
};

} // namespace

ControllerDetails Controller::details(Vault& vault)
{
    vault.require(Permission::ReadRecords);
    Statement st = vault.database().prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, kControllerKey);
    ControllerDetails d;
    if (!st.next())
        return d;
    const QJsonObject o = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    for (const FieldKey& f : kFields)
        d.*f.field = o.value(QLatin1String(f.key)).toString();
    return d;
}

void Controller::setDetails(Vault& vault, const ControllerDetails& details)
{
    vault.require(Permission::ManageController);
    QJsonObject o;
    for (const FieldKey& f : kFields) {
        const QString value = (details.*f.field).trimmed();
        if (value.size() > kMaxLength)
            throw Error(ErrorCode::Usage, tr("The business's details are too long: at most %1 characters in each "
                                             "field.")
                                              .arg(kMaxLength));
        if (!value.isEmpty())
            o.insert(QLatin1String(f.key), value);
    }
    Database& db = vault.database();
    Transaction tx(db);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(1, kControllerKey)
        .bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))
        .run();
    vault.audit(QStringLiteral("controller.update"), QStringLiteral("vault"), QString::fromLatin1(vault.id().toHex()));
    tx.commit();
}

QString Controller::authorityPreset(const QString& country)
{
    // Proper names, not translated: a letter names the authority as it names itself.
    const QString c = country.toUpper();
    if (c == QLatin1String("LV"))
        return QStringLiteral("Datu valsts inspekcija (DVI), www.dvi.gov.lv");
    if (c == QLatin1String("LT"))
        return QStringLiteral("Valstybinė duomenų apsaugos inspekcija (VDAI), vdai.lrv.lt");
    if (c == QLatin1String("CZ"))
        return QStringLiteral("Úřad pro ochranu osobních údajů (ÚOOÚ), www.uoou.gov.cz");
    return {};
}

} // namespace coffer
