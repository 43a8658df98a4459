#include "SampleNames.h"

namespace coffer {

using namespace Qt::StringLiterals;

namespace {
QString digits(QRandomGenerator& random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.bounded(10));
    return out;
}

template <typename List> const auto& pick(QRandomGenerator& random, const List& list)
{
    return list[qsizetype(random.bounded(quint32(list.size())))];
}
} // namespace

QString SampleCountry::address(QRandomGenerator& random) const
{
    const QString street = pick(random, streets);
    const QString city = pick(random, cities);
    const int number = int(random.bounded(1, 120));
    if (code == QLatin1String("GB"))
        return QStringLiteral("%1 %2\n%3").arg(number).arg(street, city);
    if (code == QLatin1String("LV"))
        return QStringLiteral("%1 %2-%3\n%4, LV-%5")
            .arg(street)
            .arg(number)
            .arg(random.bounded(1, 40))
            .arg(city, digits(random, 4));
    if (code == QLatin1String("LT"))
        return QStringLiteral("%1 %2\nLT-%3 %4").arg(street).arg(number).arg(digits(random, 5), city);
    return QStringLiteral("%1 %2/%3\n%4 %5 %6")
        .arg(street)
        .arg(random.bounded(100, 2500))
        .arg(number)
        .arg(digits(random, 3), digits(random, 2), city);
}

QString SampleCountry::phone(QRandomGenerator& random) const
{
    if (code == QLatin1String("GB"))
        return QStringLiteral("+44 7700 900") + digits(random, 3);
    if (code == QLatin1String("LV"))
        return QStringLiteral("+371 2%1 %2").arg(digits(random, 3), digits(random, 4));
    if (code == QLatin1String("LT"))
        return QStringLiteral("+370 6%1 %2").arg(digits(random, 2), digits(random, 5));
    return QStringLiteral("+420 7%1 %2 %3").arg(digits(random, 2), digits(random, 3), digits(random, 3));
}

const std::vector<SampleCountry>& sampleCountries()
{
    static const std::vector<SampleCountry> countries{
        {QStringLiteral("GB"),
         {u"James"_s, u"Oliver"_s, u"Thomas"_s, u"Harry"_s, u"George"_s, u"Daniel"_s, u"Samuel"_s, u"Matthew"_s,
          u"Owen"_s, u"Liam"_s},
         {u"Emma"_s, u"Olivia"_s, u"Sophie"_s, u"Charlotte"_s, u"Grace"_s, u"Hannah"_s, u"Lucy"_s, u"Chloe"_s,
          u"Amelia"_s, u"Siân"_s},
         {{u"Smith"_s, u"Smith"_s},
          {u"Jones"_s, u"Jones"_s},
          {u"Taylor"_s, u"Taylor"_s},
          {u"Brown"_s, u"Brown"_s},
          {u"Evans"_s, u"Evans"_s},
          {u"Thompson"_s, u"Thompson"_s},
          {u"O'Brien"_s, u"O'Brien"_s},
          {u"Walker"_s, u"Walker"_s},
          {u"Hughes"_s, u"Hughes"_s},
          {u"Patel"_s, u"Patel"_s}},
         {u"High Street"_s, u"Station Road"_s, u"Church Lane"_s, u"Victoria Road"_s, u"Mill Lane"_s},
         {u"York"_s, u"Bristol"_s, u"Leeds"_s, u"Cardiff"_s, u"Manchester"_s, u"Norwich"_s},
         {u"Greenfield Bakery Ltd"_s, u"Harbour Lights Café Ltd"_s, u"Oak & Ash Joinery Ltd"_s,
          u"Bright Spark Electrical Ltd"_s, u"Meadow Lane Florists"_s}},
        {QStringLiteral("LV"),
         {u"Jānis"_s, u"Andris"_s, u"Mārtiņš"_s, u"Kārlis"_s, u"Edgars"_s, u"Raimonds"_s, u"Ēriks"_s, u"Roberts"_s,
          u"Artūrs"_s, u"Dāvis"_s},
         {u"Līga"_s, u"Ilze"_s, u"Anna"_s, u"Kristīne"_s, u"Dace"_s, u"Inese"_s, u"Zane"_s, u"Elīna"_s, u"Sanita"_s,
          u"Ieva"_s},
         {{u"Ozoliņš"_s, u"Ozoliņa"_s},
          {u"Bērziņš"_s, u"Bērziņa"_s},
          {u"Kalniņš"_s, u"Kalniņa"_s},
          {u"Jansons"_s, u"Jansone"_s},
          {u"Liepiņš"_s, u"Liepiņa"_s},
          {u"Krūmiņš"_s, u"Krūmiņa"_s},
          {u"Pētersons"_s, u"Pētersone"_s},
          {u"Vītols"_s, u"Vītola"_s},
          {u"Kļaviņš"_s, u"Kļaviņa"_s},
          {u"Eglītis"_s, u"Eglīte"_s}},
         {u"Brīvības iela"_s, u"Elizabetes iela"_s, u"Tērbatas iela"_s, u"Krišjāņa Barona iela"_s, u"Lāčplēša iela"_s},
         {u"Rīga"_s, u"Jelgava"_s, u"Liepāja"_s, u"Cēsis"_s, u"Valmiera"_s, u"Daugavpils"_s},
         {u"SIA Dzintara Darbnīca"_s, u"SIA Kurzemes Koks"_s, u"SIA Rīgas Maiznīca"_s, u"AS Baltijas Zivis"_s,
          u"SIA Zaļā Pļava"_s}},
        {QStringLiteral("LT"),
         {u"Jonas"_s, u"Tomas"_s, u"Mantas"_s, u"Lukas"_s, u"Darius"_s, u"Mindaugas"_s, u"Paulius"_s, u"Žygimantas"_s,
          u"Andrius"_s, u"Rimantas"_s},
         {u"Rūta"_s, u"Eglė"_s, u"Ieva"_s, u"Gabija"_s, u"Austėja"_s, u"Jurgita"_s, u"Aušra"_s, u"Vaida"_s, u"Greta"_s,
          u"Laura"_s},
         {{u"Kazlauskas"_s, u"Kazlauskienė"_s},
          {u"Jankauskas"_s, u"Jankauskaitė"_s},
          {u"Petrauskas"_s, u"Petrauskienė"_s},
          {u"Stankevičius"_s, u"Stankevičienė"_s},
          {u"Vasiliauskas"_s, u"Vasiliauskaitė"_s},
          {u"Žukauskas"_s, u"Žukauskienė"_s},
          {u"Butkus"_s, u"Butkutė"_s},
          {u"Paulauskas"_s, u"Paulauskienė"_s},
          {u"Urbonas"_s, u"Urbonienė"_s},
          {u"Šimkus"_s, u"Šimkienė"_s}},
         {u"Gedimino pr."_s, u"Laisvės al."_s, u"Vilniaus g."_s, u"Pilies g."_s, u"Savanorių pr."_s},
         {u"Vilnius"_s, u"Kaunas"_s, u"Klaipėda"_s, u"Šiauliai"_s, u"Panevėžys"_s},
         {u"UAB Žalgirio Baldai"_s, u"UAB Vilniaus Kepykla"_s, u"UAB Šiaurės Vėjas"_s, u"MB Gintarinė Jūra"_s,
          u"UAB Nemuno Medis"_s}},
        {QStringLiteral("CZ"),
         {u"Jan"_s, u"Tomáš"_s, u"Jiří"_s, u"Petr"_s, u"Lukáš"_s, u"Jakub"_s, u"Martin"_s, u"Ondřej"_s, u"Vojtěch"_s,
          u"Miroslav"_s},
         {u"Eliška"_s, u"Tereza"_s, u"Anna"_s, u"Lucie"_s, u"Kateřina"_s, u"Veronika"_s, u"Markéta"_s, u"Zuzana"_s,
          u"Petra"_s, u"Hana"_s},
         {{u"Novák"_s, u"Nováková"_s},
          {u"Svoboda"_s, u"Svobodová"_s},
          {u"Novotný"_s, u"Novotná"_s},
          {u"Dvořák"_s, u"Dvořáková"_s},
          {u"Černý"_s, u"Černá"_s},
          {u"Procházka"_s, u"Procházková"_s},
          {u"Kučera"_s, u"Kučerová"_s},
          {u"Veselý"_s, u"Veselá"_s},
          {u"Němec"_s, u"Němcová"_s},
          {u"Růžička"_s, u"Růžičková"_s}},
         {u"Vinohradská"_s, u"Národní"_s, u"Masarykova"_s, u"Husova"_s, u"Palackého"_s, u"Žižkova"_s},
         {u"Praha"_s, u"Brno"_s, u"Ostrava"_s, u"Plzeň"_s, u"Olomouc"_s, u"České Budějovice"_s},
         {u"Pražská pekárna s.r.o."_s, u"Dřevo Šumava s.r.o."_s, u"Kovárna Dvořák a syn s.r.o."_s,
          u"Zahradnictví Růže s.r.o."_s, u"Účetnictví Plzeň s.r.o."_s}},
    };
    return countries;
}

QString asciiSlug(const QString& text, QChar separator)
{
    QString out;
    // Canonical decomposition splits "ņ" into "n" and a combining cedilla, which is then dropped.
    for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c.isSpace() && !out.endsWith(separator))
            out += separator;
    }
    while (out.endsWith(separator))
        out.chop(1);
    return out;
}

} // namespace coffer
