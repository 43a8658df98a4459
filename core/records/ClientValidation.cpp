#include "ClientValidation.h"

#include <QCoreApplication>
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
    // problem: the words for beside the field, when they differ from message (which names the field).
    void add(ClientField field, const QString& message, int index = -1, const QString& problem = {})
    {
        problems.push_back({field, index, message, problem.isEmpty() ? message : problem});
    }
    void length(ClientField field, const QString& value, int max, const QString& what, int index = -1)
    {
        if (value.size() > max)
            add(field, tr("%1 is longer than %2 characters.").arg(what).arg(max), index);
    }
    // The same for one entry of a list, which its row shows without the entry's name.
    void entryLength(ClientField field, const QString& value, int max, const QString& what, int index)
    {
        if (value.size() > max)
            add(field, tr("%1 is longer than %2 characters.").arg(what).arg(max), index,
                tr("This is longer than %1 characters.").arg(max));
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
    checkList(c.emails, [&](const QString& value, int number, int index) {
        if (const std::optional<QString> problem = emailProblem(value))
            add(ClientField::Email, tr("Email %1: %2").arg(QString::number(number), *problem), index, *problem);
        else
            entryLength(ClientField::Email, value, kMaxNameLength, tr("Email %1").arg(number), index);
    });
    checkList(c.phones, [&](const QString& value, int number, int index) {
        if (const std::optional<QString> problem = phoneProblem(value))
            add(ClientField::Phone, tr("Phone %1: %2").arg(QString::number(number), *problem), index, *problem);
        else
            entryLength(ClientField::Phone, value, kMaxPhoneLength, tr("Phone %1").arg(number), index);
    });
    length(ClientField::Address, c.address, kMaxTextLength, tr("The address"));
    c.country = c.country.trimmed().toUpper();
    if (const std::optional<QString> problem = countryProblem(c.country))
        add(ClientField::Country, tr("Country: %1").arg(*problem), -1, *problem);
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

std::vector<ClientFieldProblem> checkClient(Client& client)
{
    Checker checker;
    checker.checkNames(client);
    checker.checkContacts(client);
    checker.checkTagsAndFields(client);
    return checker.problems;
}

} // namespace coffer
