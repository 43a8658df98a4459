#include "ClientValidation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace coffer {

namespace {

constexpr int kMaxNameLength = 300;
constexpr int kMaxTextLength = 10000;
constexpr int kMaxPhoneLength = 64;
constexpr int kMaxKeyLength = 100;

// Q_DECLARE_TR_FUNCTIONS gives the checks one translation context, "ClientValidation".
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ClientValidation)
public:
    void add(ClientField field, const QString& message, int index = -1) { problems.push_back({field, index, message}); }
    void length(ClientField field, const QString& value, int max, const QString& what, int index = -1)
    {
        if (value.size() > max)
            add(field, tr("%1 is longer than %2 characters.").arg(what).arg(max), index);
    }
    void checkNames(Client& c);
    void checkContacts(Client& c);
    void checkTagsAndFields(Client& c);

    std::vector<ClientFieldProblem> problems;
};

// Checks each non-empty entry of values with check(entry, number, index), then keeps only those
// entries, trimmed. number counts the non-empty entries from 1, as the user sees them; index is the
// entry's place in the list as given, for the form.
template <typename Check> void checkList(QStringList& values, Check check)
{
    QStringList kept;
    for (int index = 0; index < values.size(); ++index) {
        const QString value = values[index].trimmed();
        if (value.isEmpty())
            continue;
        kept << value;
        check(value, int(kept.size()), index);
    }
    values = kept;
}

void Checker::checkNames(Client& c)
{
    c.givenName = c.givenName.trimmed();
    c.familyName = c.familyName.trimmed();
    c.organisation = c.organisation.trimmed();
    c.displayName = c.displayName.trimmed();
    if (c.displayName.isEmpty())
        c.displayName = c.kind == ClientKind::Organisation
                            ? c.organisation
                            : QStringList{c.givenName, c.familyName}.join(u' ').trimmed();
    if (c.displayName.isEmpty())
        add(ClientField::Name,
            c.kind == ClientKind::Organisation ? tr("The organisation needs a name.") : tr("The person needs a name."));
    length(ClientField::DisplayName, c.displayName, kMaxNameLength, tr("The name"));
    length(ClientField::GivenName, c.givenName, kMaxNameLength, tr("The given name"));
    length(ClientField::FamilyName, c.familyName, kMaxNameLength, tr("The family name"));
    length(ClientField::Organisation, c.organisation, kMaxNameLength, tr("The organisation"));
}

void Checker::checkContacts(Client& c)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    checkList(c.emails, [&](const QString& value, int number, int index) {
        if (!value.contains(u'@'))
            add(ClientField::Email, tr("Email %1 has no @ sign.").arg(number), index);
        else if (!email.match(value).hasMatch())
            add(ClientField::Email, tr("Email %1 is not an email address.").arg(number), index);
        else
            length(ClientField::Email, value, kMaxNameLength, tr("Email %1").arg(number), index);
    });
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*$"));
    checkList(c.phones, [&](const QString& value, int number, int index) {
        const auto digits = std::count_if(value.begin(), value.end(), [](QChar ch) { return ch.isDigit(); });
        if (!phone.match(value).hasMatch() || digits < 3)
            add(ClientField::Phone,
                tr("Phone %1 is not a phone number (digits, spaces, + - ( ) . / only).").arg(number), index);
        else
            length(ClientField::Phone, value, kMaxPhoneLength, tr("Phone %1").arg(number), index);
    });
    length(ClientField::Address, c.address, kMaxTextLength, tr("The address"));
    c.country = c.country.trimmed().toUpper();
    if (!c.country.isEmpty() && !isCountryCode(c.country))
        add(ClientField::Country, tr("The country must be a two-letter ISO 3166 code, such as LV, LT or CZ."));
}

void Checker::checkTagsAndFields(Client& c)
{
    QSet<QString> seen;
    QStringList tags = c.tags;
    static const QRegularExpression control(QStringLiteral("\\p{Cc}"));
    checkList(tags, [&](const QString& value, int, int index) {
        length(ClientField::Tags, value, kMaxKeyLength, tr("A tag"), index);
        if (value.contains(control)) // so the separator of the list column (Schema.h) cannot occur in one
            add(ClientField::Tags, tr("A tag may not contain control characters."), index);
    });
    c.tags.clear();
    for (const QString& t : tags) // the first spelling of a tag wins; tags compare without case
        if (!seen.contains(t.toCaseFolded())) {
            seen.insert(t.toCaseFolded());
            c.tags << t;
        }

    QMap<QString, QString> fields;
    int index = 0;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it, ++index) {
        const QString key = it.key().trimmed();
        if (key.isEmpty())
            add(ClientField::CustomFields, tr("A custom field has no name."), index);
        length(ClientField::CustomFields, key, kMaxKeyLength, tr("A custom field's name"), index);
        length(ClientField::CustomFields, it.value(), kMaxTextLength, tr("A custom field's value"), index);
        fields.insert(key, it.value());
    }
    c.fields = fields;
    c.retention = c.retention.trimmed();
}

} // namespace

bool isCountryCode(const QString& code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString c = QLocale::territoryToCode(QLocale::Territory(t));
            if (c.size() == 2)
                set.insert(c);
        }
        return set;
    }();
    return codes.contains(code);
}

std::vector<ClientFieldProblem> checkClient(Client& client)
{
    Checker checker;
    checker.checkNames(client);
    checker.checkContacts(client);
    checker.checkTagsAndFields(client);
    return checker.problems;
}

} // namespace coffer
