<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AccessPack</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis prašymas uždarytas: uždaryto prašymo keisti negalima.</translation>
    </message>
    <message>
        <source>An access pack answers a request for access or for portability; this request asks for something else.</source>
        <translation>Prieigos paketas yra atsakymas į prašymą susipažinti su duomenimis arba juos perkelti; šiame prašyme prašoma ko kito.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns before preparing their data.</source>
        <translation>Prieš rengdami duomenis susiekite prašymą su klientu, su kuriuo jis susijęs.</translation>
    </message>
    <message>
        <source>An answer to a request for access needs its cover letter.</source>
        <translation>Atsakymui į prašymą susipažinti reikia lydraščio.</translation>
    </message>
    <message>
        <source>Cannot write the access pack: %1</source>
        <translation>Nepavyko įrašyti prieigos paketo: %1</translation>
    </message>
</context>
<context>
    <name>AccountCancellation</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nepavyksta nuskaityti %1: %2</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Niekas nebuvo ištrinta. %1</translation>
    </message>
    <message>
        <source>The name typed does not match this vault&apos;s name; nothing was deleted.</source>
        <translation>Įvestas pavadinimas nesutampa su šio seifo pavadinimu; niekas nebuvo ištrinta.</translation>
    </message>
    <message>
        <source>The folder for the certificate, %1, does not exist.</source>
        <translation>Sertifikato aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>The key slots could not be destroyed; no file was deleted, though the header may be partly overwritten. %1</source>
        <translation>Nepavyko sunaikinti rakto lizdų; joks failas nebuvo ištrintas, tačiau antraštė galėjo būti iš dalies perrašyta. %1</translation>
    </message>
    <message>
        <source>overwritten, read back equal, deleted</source>
        <translation>perrašytas, pakartotinai nuskaitytas turinys sutampa, ištrintas</translation>
    </message>
    <message>
        <source>Every file was deleted, but: %1</source>
        <translation>Visi failai ištrinti, tačiau: %1</translation>
    </message>
    <message>
        <source>Everything was deleted and verified, but the certificate could not be written: %1</source>
        <translation>Viskas ištrinta ir patikrinta, tačiau nepavyko įrašyti sertifikato: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the header is not in the expected format</source>
        <translation>antraštė nėra numatyto formato</translation>
    </message>
    <message>
        <source>the key slots read back differ from what was written</source>
        <translation>pakartotinai nuskaityti rakto lizdai skiriasi nuo įrašytų</translation>
    </message>
    <message>
        <source>it opened</source>
        <translation>jis atsivėrė</translation>
    </message>
    <message>
        <source>No settings entry names the vault</source>
        <translation>Nė viename nuostatų įraše šis seifas neminimas</translation>
    </message>
    <message>
        <source>%1 entries name it</source>
        <translation>jį mininčių įrašų: %1</translation>
    </message>
    <message>
        <source>The vault folder %1 could not be removed.</source>
        <translation>Nepavyko pašalinti seifo aplanko %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be removed.</source>
        <translation>Nepavyko pašalinti atsarginių kopijų aplanko %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Nepavyko įrašyti nuostatų failo %1.</translation>
    </message>
    <message>
        <source>None of the files exists any more</source>
        <translation>Neliko nė vieno failo</translation>
    </message>
    <message>
        <source>%1 of %2 files left</source>
        <translation>liko failų: %1 iš %2</translation>
    </message>
    <message>
        <source>The vault folder is gone</source>
        <translation>Seifo aplanko nebeliko</translation>
    </message>
    <message>
        <source>A check afterwards failed (%1).</source>
        <translation>Vėlesnė patikra nepavyko (%1).</translation>
    </message>
    <message>
        <source>The vault path no longer opens (“not a vault”)</source>
        <translation>Seifo kelias nebeatsiveria („ne seifas“)</translation>
    </message>
    <message>
        <source>The header of %1 is missing.</source>
        <translation>Aplanke %1 trūksta seifo antraštės.</translation>
    </message>
    <message>
        <source>The cancellation journal cannot be read.</source>
        <translation>Nepavyksta nuskaityti paskyros panaikinimo žurnalo.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the cancellation journal could not be written. %1</source>
        <translation>Niekas nebuvo ištrinta: nepavyko įrašyti paskyros panaikinimo žurnalo. %1</translation>
    </message>
    <message>
        <source>The cancellation journal %1 cannot be read: %2</source>
        <translation>Nepavyksta nuskaityti paskyros panaikinimo žurnalo %1: %2</translation>
    </message>
    <message>
        <source>The cancellation had not destroyed anything yet; the vault still opens. Start it again.</source>
        <translation>Paskyros panaikinimas dar nieko nebuvo sunaikinęs; seifas vis dar atsiveria. Pradėkite jį iš naujo.</translation>
    </message>
    <message>
        <source>not this vault&apos;s any more; left alone</source>
        <translation>nebepriklauso šiam seifui; paliktas nepaliestas</translation>
    </message>
    <message>
        <source>Not every copy&apos;s key slots could be destroyed: %1</source>
        <translation>Nepavyko sunaikinti visų kopijų rakto lizdų: %1</translation>
    </message>
    <message>
        <source>deleted (before an interruption)</source>
        <translation>ištrintas (prieš pertraukimą)</translation>
    </message>
    <message>
        <source>No file of the vault remains in its backup folders</source>
        <translation>Atsarginių kopijų aplankuose neliko nė vieno seifo failo</translation>
    </message>
    <message>
        <source>%1 folder(s) removed, %2 kept: %3 file(s) of this vault, %4 other file(s)</source>
        <translation>pašalinta aplankų – %1, palikta – %2: šio seifo failų – %3, kitų failų – %4</translation>
    </message>
    <message>
        <source>The restored copies are gone</source>
        <translation>Atkurtų kopijų nebeliko</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) destroyed</source>
        <translation>
            <numerusform>sunaikinta %n kopija</numerusform>
            <numerusform>sunaikintos %n kopijos</numerusform>
            <numerusform>sunaikinta %n kopijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept at the user&apos;s request</source>
        <translation>
            <numerusform>; %n palikta naudotojo prašymu</numerusform>
            <numerusform>; %n paliktos naudotojo prašymu</numerusform>
            <numerusform>; %n paliktų naudotojo prašymu</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate must be written outside the vault, its copies and their backup folders.</source>
        <translation>Sertifikatas turi būti įrašytas už seifo, jo kopijų ir jų atsarginių kopijų aplankų ribų.</translation>
    </message>
    <message>
        <source>Not finished: these backup folders could not be reached and were not sanitised: %1. Connect them and resume the cancellation (or, if one is gone for good, resume and say so: it is then named in the certificate as not reached).</source>
        <translation>Nebaigta: šie atsarginių kopijų aplankai buvo nepasiekiami ir nebuvo išvalyti: %1. Prijunkite juos ir tęskite paskyros panaikinimą (arba, jei kuris nors dingo visam laikui, tęskite ir tai nurodykite: sertifikate jis bus įvardytas kaip nepasiektas).</translation>
    </message>
    <message>
        <source>%1 folder(s) not reached, declared lost</source>
        <translation>nepasiekta aplankų, paskelbtų dingusiais – %1</translation>
    </message>
    <message>
        <source>No file of the vault remains in the backup folders it could reach</source>
        <translation>Atsarginių kopijų aplankuose, kuriuos pavyko pasiekti, neliko nė vieno seifo failo</translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>Key derivation parameters are invalid.</source>
        <translation>Rakto išvedimo parametrai netinkami.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Nepakanka atminties raktui išvesti (reikia %1 MiB).</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Created the vault</source>
        <translation>Sukūrė seifą</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Prisijungė</translation>
    </message>
    <message>
        <source>Failed sign-in attempt</source>
        <translation>Nesėkmingas bandymas prisijungti</translation>
    </message>
    <message>
        <source>Locked the vault</source>
        <translation>Užrakino seifą</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Pridėjo naudotoją</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Pašalino naudotoją</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Pakeitė naudotojo vaidmenį</translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation>Iš naujo nustatė naudotojo slaptažodį</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Pakeitė savo slaptažodį</translation>
    </message>
    <message>
        <source>Regained access with the recovery key</source>
        <translation>Atgavo prieigą atkūrimo raktu</translation>
    </message>
    <message>
        <source>Created a client</source>
        <translation>Sukūrė klientą</translation>
    </message>
    <message>
        <source>Changed a client</source>
        <translation>Pakeitė kliento duomenis</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>Ištrynė klientą</translation>
    </message>
    <message>
        <source>Checked a client&apos;s erasure</source>
        <translation>Patikrino kliento ištrynimą</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Pridėjo pastabą</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>Pridėjo failą</translation>
    </message>
    <message>
        <source>Opened or saved a file</source>
        <translation>Atvėrė arba įrašė failą</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Užregistravo sutikimą</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Eksportavo duomenis</translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation>Importavo duomenis</translation>
    </message>
    <message>
        <source>Imported clients from a spreadsheet (CSV)</source>
        <translation>Importavo klientus iš skaičiuoklės (CSV)</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Sukūrė atsarginę kopiją</translation>
    </message>
    <message>
        <source>A backup failed</source>
        <translation>Nepavyko sukurti atsarginės kopijos</translation>
    </message>
    <message>
        <source>Checked a backup</source>
        <translation>Patikrino atsarginę kopiją</translation>
    </message>
    <message>
        <source>Changed the backup settings</source>
        <translation>Pakeitė atsarginių kopijų nuostatas</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Atkūrė iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Seifas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifruotas</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klientas</numerusform>
            <numerusform>%n klientai</numerusform>
            <numerusform>%n klientų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n pastaba</numerusform>
            <numerusform>%n pastabos</numerusform>
            <numerusform>%n pastabų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n failas</numerusform>
            <numerusform>%n failai</numerusform>
            <numerusform>%n failų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n sutikimas</numerusform>
            <numerusform>%n sutikimai</numerusform>
            <numerusform>%n sutikimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n praleistas</numerusform>
            <numerusform>%n praleisti</numerusform>
            <numerusform>%n praleistų</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Suteiktas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atsisakyta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Attempted %1</source>
        <translation>Bandyta %1</translation>
    </message>
    <message>
        <source>Automatic, on lock</source>
        <translation>Automatiškai, užrakinant seifą</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Atsarginių kopijų aplankas</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Laikomų atsarginių kopijų skaičius</translation>
    </message>
    <message>
        <source>Changed who may erase clients</source>
        <translation>Pakeitė, kas gali ištrinti klientus</translation>
    </message>
    <message>
        <source>Removed a note</source>
        <translation>Pašalino pastabą</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>Pašalino failą</translation>
    </message>
    <message>
        <source>Imported erased clients again</source>
        <translation>Vėl importavo ištrintus klientus</translation>
    </message>
    <message>
        <source>Moved the backups to another folder</source>
        <translation>Perkėlė atsargines kopijas į kitą aplanką</translation>
    </message>
    <message>
        <source>Sign-ins and locks</source>
        <translation>Prisijungimai ir užrakinimai</translation>
    </message>
    <message>
        <source>Client changes, notes, files, consents</source>
        <translation>Klientų pakeitimai, pastabos, failai, sutikimai</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Eksportai ir importai</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Atsarginės kopijos ir atkūrimai</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Ištrynimai</translation>
    </message>
    <message>
        <source>Users, roles and passwords</source>
        <translation>Naudotojai, vaidmenys ir slaptažodžiai</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Visa kita</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) destroyed</source>
        <translation>
            <numerusform>Sunaikinta %n atsarginė kopija</numerusform>
            <numerusform>Sunaikintos %n atsarginės kopijos</numerusform>
            <numerusform>Sunaikinta %n atsarginių kopijų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) imported again</source>
        <translation>
            <numerusform>Vėl importuotas %n ištrintas klientas</numerusform>
            <numerusform>Vėl importuoti %n ištrinti klientai</numerusform>
            <numerusform>Vėl importuota %n ištrintų klientų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) kept out</source>
        <translation>
            <numerusform>Neįleistas %n ištrintas klientas</numerusform>
            <numerusform>Neįleisti %n ištrinti klientai</numerusform>
            <numerusform>Neįleista %n ištrintų klientų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for an invalid value</source>
        <translation>
            <numerusform>%n praleistas dėl netinkamos reikšmės</numerusform>
            <numerusform>%n praleisti dėl netinkamos reikšmės</numerusform>
            <numerusform>%n praleista dėl netinkamos reikšmės</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be destroyed</source>
        <translation>
            <numerusform>%n nepavyko sunaikinti</numerusform>
            <numerusform>%n nepavyko sunaikinti</numerusform>
            <numerusform>%n nepavyko sunaikinti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>Ištrintas %n įrašas</numerusform>
            <numerusform>Ištrinti %n įrašai</numerusform>
            <numerusform>Ištrinta %n įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>Perkeltas %n failas</numerusform>
            <numerusform>Perkelti %n failai</numerusform>
            <numerusform>Perkelta %n failų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation>
            <numerusform>Pavyko %1 iš %n patikrinimo</numerusform>
            <numerusform>Pavyko %1 iš %n patikrinimų</numerusform>
            <numerusform>Pavyko %1 iš %n patikrinimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded erasure(s) applied again</source>
        <translation>
            <numerusform>Vėl pritaikytas %1 iš %n užregistruoto ištrynimo</numerusform>
            <numerusform>Vėl pritaikyti %1 iš %n užregistruotų ištrynimų</numerusform>
            <numerusform>Vėl pritaikyta %1 iš %n užregistruotų ištrynimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Visi patikrinimai pavyko</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>Atsarginė kopija sugadinta</translation>
    </message>
    <message>
        <source>Backup folder kept despite a warning</source>
        <translation>Atsarginių kopijų aplankas paliktas nepaisant įspėjimo</translation>
    </message>
    <message>
        <source>Restricted processing of a client</source>
        <translation>Apribojo kliento duomenų tvarkymą</translation>
    </message>
    <message>
        <source>Lifted a client&apos;s restriction</source>
        <translation>Panaikino kliento apribojimą</translation>
    </message>
    <message>
        <source>Recorded a request</source>
        <translation>Užregistravo prašymą</translation>
    </message>
    <message>
        <source>Linked a request to its client</source>
        <translation>Susiejo prašymą su klientu</translation>
    </message>
    <message>
        <source>Recorded an identity check</source>
        <translation>Užregistravo tapatybės patikrinimą</translation>
    </message>
    <message>
        <source>Extended a request&apos;s deadline</source>
        <translation>Pratęsė prašymo terminą</translation>
    </message>
    <message>
        <source>Linked evidence to a request</source>
        <translation>Pridėjo prašymui įrodymą</translation>
    </message>
    <message>
        <source>Closed a request</source>
        <translation>Uždarė prašymą</translation>
    </message>
    <message>
        <source>Deleted a request</source>
        <translation>Ištrynė prašymą</translation>
    </message>
    <message>
        <source>Corrected a note</source>
        <translation>Pataisė pastabą</translation>
    </message>
    <message>
        <source>Requests and restrictions</source>
        <translation>Prašymai ir apribojimai</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Tapatybė patvirtinta</translation>
    </message>
    <message numerus="yes">
        <source>By %n month(s) in all</source>
        <translation>
            <numerusform>Iš viso %n mėnesiu</numerusform>
            <numerusform>Iš viso %n mėnesiais</numerusform>
            <numerusform>Iš viso %n mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>asmuo ar organizacija</translation>
    </message>
    <message>
        <source>name</source>
        <translation>rodomas vardas</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>pavardė</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacija</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>el. pašto adresai</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefono numeriai</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresas</translation>
    </message>
    <message>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>žymos</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>papildomi laukai</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>saugojimo trukmė</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Pakeista: %1</translation>
    </message>
    <message>
        <source>Moved the vault&apos;s keys to the new format</source>
        <translation>Perkėlė seifo raktus į naują formatą</translation>
    </message>
    <message>
        <source>Upgraded a key to the new format</source>
        <translation>Atnaujino raktą į naują formatą</translation>
    </message>
    <message>
        <source>Found the vault&apos;s files out of step (rolled back?)</source>
        <translation>Rado nesuderintus seifo failus (atkurti senesni?)</translation>
    </message>
    <message>
        <source>Finished an interrupted change of the keys</source>
        <translation>Užbaigė nutrauktą raktų keitimą</translation>
    </message>
    <message>
        <source>Automatic, before the keys&apos; format changed</source>
        <translation>Automatiškai, prieš keičiant raktų formatą</translation>
    </message>
    <message>
        <source>Header at change %1, database at change %2</source>
        <translation>Antraštė ties pakeitimu %1, duomenų bazė ties pakeitimu %2</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <source>Changed the data key</source>
        <translation>Pakeitė duomenų raktą</translation>
    </message>
    <message>
        <source>Could not change the data key</source>
        <translation>Nepavyko pakeisti duomenų rakto</translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation>Pakeitė atkūrimo raktą</translation>
    </message>
    <message>
        <source>Finished after an interruption</source>
        <translation>Užbaigta po pertraukimo</translation>
    </message>
    <message numerus="yes">
        <source>Given to %n key(s)</source>
        <translation>
            <numerusform>Perduota %n raktui</numerusform>
            <numerusform>Perduota %n raktams</numerusform>
            <numerusform>Perduota %n raktų</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed attempt with a recovery key</source>
        <translation>Nesėkmingas bandymas su atkūrimo raktu</translation>
    </message>
    <message>
        <source>Destroyed older backups</source>
        <translation>Sunaikino senesnes atsargines kopijas</translation>
    </message>
    <message>
        <source>Under an older data key: %1</source>
        <translation>Su senesniu duomenų raktu: %1</translation>
    </message>
    <message>
        <source>Held erased clients: %1</source>
        <translation>Jose buvo ištrintų klientų: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the vault&apos;s changes was edited; the files are at change %1</source>
        <translation>Šio kompiuterio įrašas apie seifo pakeitimus buvo pataisytas; failai yra ties pakeitimu %1</translation>
    </message>
    <message>
        <source>This computer had seen change %1; the files are at change %2</source>
        <translation>Šis kompiuteris buvo matęs pakeitimą %1; failai yra ties pakeitimu %2</translation>
    </message>
    <message>
        <source>Made the key that seals the users and the log</source>
        <translation>Sukūrė raktą, kuris užantspauduoja naudotojus ir žurnalą</translation>
    </message>
    <message>
        <source>Took their copy of the key that seals the users and the log</source>
        <translation>Paėmė savo rakto, kuris užantspauduoja naudotojus ir žurnalą, kopiją</translation>
    </message>
    <message>
        <source>Changed the key that seals the users and the log</source>
        <translation>Pakeitė raktą, kuris užantspauduoja naudotojus ir žurnalą</translation>
    </message>
    <message>
        <source>Found the users or their roles changed outside Coffer</source>
        <translation>Rado naudotojus ar jų vaidmenis pakeistus ne per Coffer</translation>
    </message>
    <message>
        <source>Found the audit log changed outside Coffer</source>
        <translation>Rado audito žurnalą pakeistą ne per Coffer</translation>
    </message>
    <message>
        <source>Found the key that seals the users and the log removed</source>
        <translation>Rado pašalintą raktą, kuris užantspauduoja naudotojus ir žurnalą</translation>
    </message>
    <message>
        <source>Found their copy of the sealing key replaced outside Coffer</source>
        <translation>Rado savo antspaudavimo rakto kopiją pakeistą ne per Coffer</translation>
    </message>
    <message>
        <source>Added a purpose of processing</source>
        <translation>Pridėtas tvarkymo tikslas</translation>
    </message>
    <message>
        <source>Changed a purpose of processing</source>
        <translation>Pakeistas tvarkymo tikslas</translation>
    </message>
    <message>
        <source>Added a privacy policy version</source>
        <translation>Pridėta privatumo politikos versija</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privatumo politika</translation>
    </message>
    <message>
        <source>Added a retention rule</source>
        <translation>Pridėta saugojimo taisyklė</translation>
    </message>
    <message>
        <source>Ran retention: erased or anonymised the clients due</source>
        <translation>Įvykdytas saugojimas: ištrinti arba nuasmeninti klientai, kurių terminas suėjo</translation>
    </message>
    <message>
        <source>Put a client under a legal hold</source>
        <translation>Klientui nustatytas teisinis sulaikymas</translation>
    </message>
    <message>
        <source>Released a client&apos;s legal hold</source>
        <translation>Atšauktas kliento teisinis sulaikymas</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Saugojimo taisyklė</translation>
    </message>
    <message>
        <source>Logged a personal-data breach</source>
        <translation>Užregistruotas asmens duomenų saugumo pažeidimas</translation>
    </message>
    <message>
        <source>Described a breach further</source>
        <translation>Papildytas pažeidimo aprašymas</translation>
    </message>
    <message>
        <source>Recorded a breach&apos;s notification</source>
        <translation>Užregistruotas pranešimas apie pažeidimą</translation>
    </message>
    <message>
        <source>Changed the record of processing</source>
        <translation>Pakeistas duomenų tvarkymo veiklos įrašas</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Pažeidimas</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>Atsarginė kopija sugadinta: %1</translation>
    </message>
    <message>
        <source>it is not a Coffer backup.</source>
        <translation>tai ne Coffer atsarginė kopija.</translation>
    </message>
    <message>
        <source>it has container format %1, this version reads %2.</source>
        <translation>jos konteinerio formatas yra %1, o ši versija skaito %2.</translation>
    </message>
    <message>
        <source>its manifest is malformed.</source>
        <translation>jos manifestas netinkamo formato.</translation>
    </message>
    <message>
        <source>it is truncated.</source>
        <translation>ji nepilna.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nepavyksta nuskaityti %1: %2</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes).</source>
        <translation>ji nepilna (%1 iš %2 baitų).</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest names.</source>
        <translation>joje %1 baitų daugiau, nei nurodyta jos manifeste.</translation>
    </message>
    <message>
        <source>its header cannot be read.</source>
        <translation>nepavyksta nuskaityti jos antraštės.</translation>
    </message>
    <message>
        <source>the vault header does not match its SHA-256 sum.</source>
        <translation>seifo antraštė neatitinka savo SHA-256 sumos.</translation>
    </message>
    <message>
        <source>its snapshot cannot be read.</source>
        <translation>nepavyksta nuskaityti jos momentinės kopijos.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nepavyksta įrašyti %1: %2</translation>
    </message>
    <message>
        <source>the database snapshot does not match its SHA-256 sum.</source>
        <translation>duomenų bazės momentinė kopija neatitinka savo SHA-256 sumos.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup is damaged: the database fails its integrity check (%1).</source>
        <translation>Atsarginė kopija sugadinta: duomenų bazė neišlaiko vientisumo patikros (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged: its manifest was altered.</source>
        <translation>Atsarginė kopija sugadinta: jos manifestas pakeistas.</translation>
    </message>
    <message>
        <source>password opens the header; header and manifest are authentic</source>
        <translation>slaptažodis atveria antraštę; antraštė ir manifestas autentiški</translation>
    </message>
    <message>
        <source>database opens and passes SQLite&apos;s integrity check</source>
        <translation>duomenų bazė atsiveria ir išlaiko SQLite vientisumo patikrą</translation>
    </message>
    <message>
        <source>%1 pages, schema %2</source>
        <translation>puslapių: %1, schema %2</translation>
    </message>
    <message>
        <source>container format %1, manifest whole</source>
        <translation>konteinerio formatas %1, manifestas vientisas</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Nepavyksta sukurti laikinojo aplanko: %1</translation>
    </message>
    <message>
        <source>SHA-256 sums of header and snapshot match</source>
        <translation>antraštės ir momentinės kopijos SHA-256 sumos sutampa</translation>
    </message>
    <message>
        <source>%1 + %2 bytes</source>
        <translation>baitų: %1 + %2</translation>
    </message>
    <message>
        <source>The backup is damaged: its header or manifest does not authenticate.</source>
        <translation>Atsarginė kopija sugadinta: nepavyksta patvirtinti jos antraštės arba manifesto autentiškumo.</translation>
    </message>
    <message>
        <source>header and manifest are authentic</source>
        <translation>antraštė ir manifestas autentiški</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Nepavyksta įrašyti atsarginės kopijos %1: %2</translation>
    </message>
    <message>
        <source>The vault is in the middle of a change; back up after it.</source>
        <translation>Seife šiuo metu atliekamas pakeitimas; atsarginę kopiją darykite jam pasibaigus.</translation>
    </message>
    <message>
        <source>The vault header cannot be read.</source>
        <translation>Nepavyksta nuskaityti seifo antraštės.</translation>
    </message>
    <message>
        <source>Cannot copy the vault database: %1</source>
        <translation>Nepavyksta nukopijuoti seifo duomenų bazės: %1</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>A breach&apos;s description is at most %1 characters in each field.</source>
        <translation>Pažeidimo aprašymas kiekviename lauke – ne ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>The numbers of people and records are zero or more.</source>
        <translation>Asmenų ir įrašų skaičius – nulis arba daugiau.</translation>
    </message>
    <message>
        <source>A notification cannot come before the breach was detected.</source>
        <translation>Pranešimas negali būti ankstesnis už pažeidimo nustatymą.</translation>
    </message>
    <message>
        <source>A notification is recorded once it was made, not before.</source>
        <translation>Pranešimas registruojamas, kai jis pateiktas, ne anksčiau.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Nurodykite, kas įvyko.</translation>
    </message>
    <message>
        <source>Say when the breach was detected.</source>
        <translation>Nurodykite, kada pažeidimas nustatytas.</translation>
    </message>
    <message>
        <source>A breach cannot be detected in the future.</source>
        <translation>Pažeidimas negali būti nustatytas ateityje.</translation>
    </message>
    <message>
        <source>A breach detected before 2000? Check the year.</source>
        <translation>Pažeidimas nustatytas anksčiau nei 2000 m.? Patikrinkite metus.</translation>
    </message>
    <message>
        <source>Say when the authority or the people were told.</source>
        <translation>Nurodykite, kada informuota priežiūros institucija arba asmenys.</translation>
    </message>
    <message>
        <source>Say why the authority is not told (the breach is unlikely to result in a risk to people, because …).</source>
        <translation>Nurodykite, kodėl institucija neinformuojama (pažeidimas greičiausiai nekelia pavojaus asmenims, nes …).</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation>Priežastis – ne ilgesnė nei %1 simbolių.</translation>
    </message>
    <message>
        <source>There is no breach with the id %1.</source>
        <translation>Pažeidimo su id %1 nėra.</translation>
    </message>
</context>
<context>
    <name>ClientEraser</name>
    <message>
        <source>The write-ahead log could not be emptied (the database is busy).</source>
        <translation>Nepavyko ištuštinti išankstinio rašymo žurnalo (duomenų bazė užimta).</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indeksai ir failas perkurti</translation>
    </message>
    <message>
        <source>A tombstone is kept for restores</source>
        <translation>Atkūrimams saugoma ištrynimo žymė</translation>
    </message>
    <message numerus="yes">
        <source>in vault.db and in %n backup folder(s)</source>
        <translation>
            <numerusform>faile vault.db ir %n atsarginių kopijų aplanke</numerusform>
            <numerusform>faile vault.db ir %n atsarginių kopijų aplankuose</numerusform>
            <numerusform>faile vault.db ir %n atsarginių kopijų aplankų</numerusform>
        </translation>
    </message>
    <message>
        <source>; not reached: %1</source>
        <translation>; nepasiekti: %1</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. laiškas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Suteiktas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atsisakyta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Naujienlaiškis</translation>
    </message>
    <message>
        <source>Marketing calls</source>
        <translation>Rinkodaros skambučiai</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Nuotraukos</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Perdavimas partneriams</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>pasirašyta forma</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>interneto forma</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el. paštas</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefono skambutis</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>asmeniškai</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>There is no client with the id %1.</source>
        <translation>Nėra kliento, kurio ID %1.</translation>
    </message>
    <message>
        <source>A client has no valid id.</source>
        <translation>Klientas neturi tinkamo ID.</translation>
    </message>
    <message>
        <source>Processing of this client is restricted (GDPR Article 18): their data is kept but not changed. Lift the restriction first, with its reason.</source>
        <translation>Šio kliento duomenų tvarkymas apribotas (BDAR 18 straipsnis): duomenys saugomi, bet nekeičiami. Pirmiausia panaikinkite apribojimą, nurodydami priežastį.</translation>
    </message>
    <message>
        <source>Processing is restricted with its reason, not by editing the client.</source>
        <translation>Tvarkymas apribojamas nurodant priežastį, o ne redaguojant klientą.</translation>
    </message>
</context>
<context>
    <name>ClientValidation</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1: leidžiama ne daugiau kaip %2 simbolių.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Nurodykite organizacijos pavadinimą.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Nurodykite asmens vardą.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Rodomas vardas</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>El. pašto adresas Nr. %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefonas Nr. %1</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Žymė</translation>
    </message>
    <message>
        <source>A tag may not contain control characters.</source>
        <translation>Žymėje negali būti valdymo simbolių.</translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation>Pasirinktinis laukas neturi pavadinimo.</translation>
    </message>
    <message>
        <source>A custom field&apos;s name</source>
        <translation>Pasirinktinio lauko pavadinimas</translation>
    </message>
    <message>
        <source>A custom field&apos;s value</source>
        <translation>Pasirinktinio lauko reikšmė</translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation>Tai ilgiau nei %1 simbolių.</translation>
    </message>
    <message>
        <source>Email %1: %2</source>
        <translation>El. paštas %1: %2</translation>
    </message>
    <message>
        <source>Phone %1: %2</source>
        <translation>Telefonas %1: %2</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Šalis: %1</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain such as example.com.</source>
        <translation>Dalis po @ nėra domenas, pavyzdžiui, example.com.</translation>
    </message>
    <message>
        <source>Give the address alone, without a name or &lt; &gt;.</source>
        <translation>Įrašykite tik adresą, be vardo ir &lt; &gt;.</translation>
    </message>
    <message>
        <source>This holds more than one email address; add each one separately.</source>
        <translation>Čia yra daugiau nei vienas el. pašto adresas; pridėkite kiekvieną atskirai.</translation>
    </message>
    <message>
        <source>This email address has a space in it.</source>
        <translation>Šiame el. pašto adrese yra tarpas.</translation>
    </message>
    <message>
        <source>This email address has no @ sign.</source>
        <translation>Šiame el. pašto adrese nėra @ ženklo.</translation>
    </message>
    <message>
        <source>This email address has more than one @ sign.</source>
        <translation>Šiame el. pašto adrese yra daugiau nei vienas @ ženklas.</translation>
    </message>
    <message>
        <source>This email address has nothing before the @ sign.</source>
        <translation>Šiame el. pašto adrese prieš @ ženklą nieko nėra.</translation>
    </message>
    <message>
        <source>This email address has nothing after the @ sign.</source>
        <translation>Šiame el. pašto adrese po @ ženklo nieko nėra.</translation>
    </message>
    <message>
        <source>This email address has a comma where a dot should be.</source>
        <translation>Šiame el. pašto adrese yra kablelis ten, kur turėtų būti taškas.</translation>
    </message>
    <message>
        <source>This email address has two dots in a row.</source>
        <translation>Šiame el. pašto adrese yra du taškai iš eilės.</translation>
    </message>
    <message>
        <source>The part before the @ cannot begin or end with a dot.</source>
        <translation>Dalis prieš @ negali prasidėti ar baigtis tašku.</translation>
    </message>
    <message>
        <source>The part before the @ cannot contain “%1”.</source>
        <translation>Dalyje prieš @ negali būti „%1“.</translation>
    </message>
    <message>
        <source>The part before the @ has an invisible character in it.</source>
        <translation>Dalyje prieš @ yra nematomas simbolis.</translation>
    </message>
    <message>
        <source>This phone number has letters in it.</source>
        <translation>Šiame telefono numeryje yra raidžių.</translation>
    </message>
    <message>
        <source>This phone number has a + that is not at its start.</source>
        <translation>Šiame telefono numeryje yra +, kuris nėra jo pradžioje.</translation>
    </message>
    <message>
        <source>This phone number has brackets that do not pair up.</source>
        <translation>Šiame telefono numeryje skliaustai nesudaro porų.</translation>
    </message>
    <message>
        <source>This phone number cannot contain “%1”: use digits, spaces and + - ( ) . / only.</source>
        <translation>Telefono numeryje negali būti „%1“: naudokite tik skaitmenis, tarpus ir + - ( ) . /.</translation>
    </message>
    <message>
        <source>This phone number has an invisible character in it.</source>
        <translation>Šiame telefono numeryje yra nematomas simbolis.</translation>
    </message>
    <message>
        <source>This phone number is too short: it needs at least %1 digits.</source>
        <translation>Šis telefono numeris per trumpas: jame turi būti bent %1 skaitmenų.</translation>
    </message>
    <message>
        <source>This phone number is too long: it can have at most %1 digits.</source>
        <translation>Šis telefono numeris per ilgas: jame gali būti ne daugiau kaip %1 skaitmenų.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; the United Kingdom&apos;s is GB.</source>
        <translation>Coffer tokio šalies kodo nežino; Jungtinės Karalystės kodas yra GB.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; Greece&apos;s is GR.</source>
        <translation>Coffer tokio šalies kodo nežino; Graikijos kodas yra GR.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows.</source>
        <translation>Coffer tokio šalies kodo nežino.</translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation>Nurodykite, kam duodamas sutikimas (jo tikslą).</translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation>Tikslas, šaltinis arba politikos versija per ilgi.</translation>
    </message>
    <message>
        <source>A consent has no id, purpose or time.</source>
        <translation>Sutikimas neturi ID, tikslo arba laiko.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be in the future.</source>
        <translation>Sutikimo data negali būti ateityje.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be before 1900; check the year.</source>
        <translation>Sutikimo data negali būti ankstesnė nei 1900 m.; patikrinkite metus.</translation>
    </message>
    <message>
        <source>The evidence of a consent must be one of the client&apos;s own files.</source>
        <translation>Sutikimo įrodymas turi būti vienas paties kliento failų.</translation>
    </message>
    <message>
        <source>Only a consent that is granted can expire.</source>
        <translation>Baigtis gali tik duotas sutikimas.</translation>
    </message>
    <message>
        <source>A consent&apos;s expiry must fall after the day it was given.</source>
        <translation>Sutikimo pabaiga turi būti po dienos, kai jis duotas.</translation>
    </message>
    <message>
        <source>The privacy policy version %1 is not in the archive; an administrator adds it first.</source>
        <translation>Privatumo politikos versijos %1 archyve nėra; pirmiausia ją prideda administratorius.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The business&apos;s details are too long: at most %1 characters in each field.</source>
        <translation>Įmonės duomenys per ilgi: kiekviename lauke ne daugiau kaip %1 simbolių.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The kind is neither person nor organisation.</source>
        <translation>Tipas nėra nei asmuo (person), nei organizacija (organisation).</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Eilutėje nėra nei vardo, nei pavadinimo.</translation>
    </message>
    <message>
        <source>The country is neither an ISO 3166 code nor a country name Coffer knows.</source>
        <translation>Šalis nėra nei ISO 3166 kodas, nei Coffer žinomas šalies pavadinimas.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Pastaba ilgesnė nei milijonas simbolių.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(stulpelis %1)</translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot;.</source>
        <translation>Faile nėra stulpelio „%1“.</translation>
    </message>
    <message>
        <source>No column holds a name (such as Name, First name or Last name); map one to name, given or family.</source>
        <translation>Nė viename stulpelyje nėra vardo (pvz., Name, First name ar Last name); priskirkite vieną stulpelį laukui name, given arba family.</translation>
    </message>
    <message>
        <source>A map is COLUMN=FIELD, such as &quot;Mobile=phone&quot;.</source>
        <translation>Susiejimas rašomas STULPELIS=LAUKAS, pvz., „Mobile=phone“.</translation>
    </message>
    <message>
        <source>A custom field needs a name: field:KEY.</source>
        <translation>Pasirinktiniam laukui reikia pavadinimo: field:RAKTAS.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; use name, given, family, email, phone, org, address, country, tags, kind, note, field:KEY or ignore.</source>
        <translation>Nežinomas laukas „%1“; naudokite name, given, family, email, phone, org, address, country, tags, kind, note, field:RAKTAS arba ignore.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Failas tuščias.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Importas atšauktas; niekas neišsaugota.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Failas yra UTF-16 tekstas. Įrašykite jį kaip „CSV UTF-8“ ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 MiB.</source>
        <translation>%1 eilutė: įrašas ilgesnis nei %2 MiB.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file ends inside it.</source>
        <translation>%1 eilutė: kabutėmis pradėtas laukas neuždarytas; failas baigiasi jo viduje.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full.</source>
        <translation>Diskas pilnas.</translation>
    </message>
    <message>
        <source>The vault database is damaged.</source>
        <translation>Seifo duomenų bazė sugadinta.</translation>
    </message>
    <message>
        <source>The vault database cannot be written: %1</source>
        <translation>Nepavyksta rašyti į seifo duomenų bazę: %1</translation>
    </message>
    <message>
        <source>Cannot open the vault database: %1</source>
        <translation>Nepavyksta atverti seifo duomenų bazės: %1</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this header.</source>
        <translation>Seifo duomenų bazė sugadinta arba nepriklauso šiai antraštei.</translation>
    </message>
    <message>
        <source>A part of this change failed; nothing was saved.</source>
        <translation>Dalis šio pakeitimo nepavyko; niekas neįrašyta.</translation>
    </message>
</context>
<context>
    <name>DeletionCertificate</name>
    <message>
        <source>Full: every file was read back from the device after the overwrite and compared with what was written; then each path was checked to be gone, the folders searched for any file of the vault, the vault path opened as a vault (it must fail as &quot;not a vault&quot;), and the settings searched for any entry naming it.</source>
        <translation>Visapusiška: po perrašymo kiekvienas failas buvo pakartotinai nuskaitytas iš įrenginio ir palygintas su tuo, kas įrašyta; tada patikrinta, ar kiekvieno kelio nebėra, aplankuose ieškota bet kokio seifo failo, seifo kelias atvertas kaip seifas (turi būti gauta klaida „ne seifas“), o nuostatose ieškota bet kokio jį minančio įrašo.</translation>
    </message>
    <message>
        <source>Purge (NIST SP 800-88 Rev. 1) by cryptographic erase, then a one-pass random overwrite. First every key slot in the vault header was overwritten in place with random bytes and synced to the disk, and the data key was wiped from memory. Then every file of the vault and of its managed backups was overwritten once with random data, synced, read back from the device and compared, truncated, renamed to a random name and unlinked, and its folder synced and removed.</source>
        <translation>Išvalymas (angl. Purge, NIST SP 800-88 Rev. 1) kriptografiniu ištrynimu, po to – vienkartinis perrašymas atsitiktiniais duomenimis. Pirmiausia kiekvienas rakto lizdas seifo antraštėje toje pačioje vietoje perrašytas atsitiktiniais baitais ir sinchronizuotas su disku, o duomenų raktas ištrintas iš atminties. Tada kiekvienas seifo ir jo tvarkomų atsarginių kopijų failas vieną kartą perrašytas atsitiktiniais duomenimis, sinchronizuotas, pakartotinai nuskaitytas iš įrenginio ir palygintas, sutrumpintas, pervadintas atsitiktiniu pavadinimu ir atsietas, o jo aplankas sinchronizuotas ir pašalintas.</translation>
    </message>
    <message>
        <source>What overwriting cannot promise: on SSDs, flash memory, and thin-provisioned or virtual disks the drive may write new data to other physical blocks and keep the old ones until it reuses them; on copy-on-write file systems (btrfs, ZFS, APFS) and where snapshots exist, an overwrite goes to new blocks and the old ones remain in snapshots or until the space is reused. On such storage the old bytes may still be on the device.</source>
        <translation>Ko perrašymas negali garantuoti: SSD diskuose, „flash“ atmintyje, plonai paskirstytuose (angl. thin-provisioned) ar virtualiuose diskuose įrenginys gali įrašyti naujus duomenis į kitus fizinius blokus, o senuosius laikyti, kol juos panaudos iš naujo; kopijavimo rašant (angl. copy-on-write) failų sistemose (btrfs, ZFS, APFS) ir ten, kur daromos momentinės kopijos, perrašymas patenka į naujus blokus, o senieji lieka momentinėse kopijose arba tol, kol vieta panaudojama iš naujo. Tokioje laikmenoje senieji baitai vis dar gali būti įrenginyje.</translation>
    </message>
    <message>
        <source>Why the cryptographic erase still holds there: the database, its log and every backup were only ever written encrypted under the vault&apos;s data key, and the data key was only ever stored sealed inside key slots. The slots were destroyed, so whatever encrypted copies survive on the device cannot be decrypted.</source>
        <translation>Kodėl kriptografinis ištrynimas veiksmingas ir ten: duomenų bazė, jos žurnalas ir kiekviena atsarginė kopija visada buvo rašomi tik šifruoti seifo duomenų raktu, o duomenų raktas visada buvo saugomas tik užsandarintas rakto lizduose. Lizdai sunaikinti, todėl kad ir kokios šifruotos kopijos išliktų įrenginyje, jų iššifruoti neįmanoma.</translation>
    </message>
    <message>
        <source>Exports the user made (zip, folder, JSON or CSV, encrypted or not, of the whole vault or of one client) and files saved out of the vault.</source>
        <translation>Naudotojo padaryti eksportai (zip, aplankas, JSON ar CSV, šifruoti ar ne, viso seifo ar vieno kliento) ir iš seifo išsaugoti failai.</translation>
    </message>
    <message>
        <source>Copies of the vault or of its backups made outside Coffer: file copies, sync services, system backups and file-system snapshots, and backups moved out of the backup folder.</source>
        <translation>Seifo ar jo atsarginių kopijų kopijos, padarytos ne per Coffer: failų kopijos, sinchronizavimo paslaugos, sistemos atsarginės kopijos ir failų sistemos momentinės kopijos, taip pat iš atsarginių kopijų aplanko perkeltos atsarginės kopijos.</translation>
    </message>
    <message>
        <source>Recovery keys and passwords written down or saved elsewhere.</source>
        <translation>Užsirašyti ar kitur išsaugoti atkūrimo raktai ir slaptažodžiai.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF DELETION — Coffer vault &quot;%1&quot;</source>
        <translation>IŠTRYNIMO SERTIFIKATAS — Coffer seifas „%1“</translation>
    </message>
    <message>
        <source>Fields after NIST SP 800-88 Rev. 1, Appendix G. Result: completed and verified.</source>
        <translation>Laukai pagal NIST SP 800-88 Rev. 1 G priedą. Rezultatas: atlikta ir patikrinta.</translation>
    </message>
    <message>
        <source>Person performing sanitisation</source>
        <translation>Valymą atlikęs asmuo</translation>
    </message>
    <message>
        <source>Vault user: %1 (%2)</source>
        <translation>Seifo naudotojas: %1 (%2)</translation>
    </message>
    <message>
        <source>Operating-system account: %1 on %2</source>
        <translation>Operacinės sistemos paskyra: %1 kompiuteryje %2</translation>
    </message>
    <message>
        <source>What was sanitised</source>
        <translation>Kas išvalyta</translation>
    </message>
    <message>
        <source>Vault: %1, id %2</source>
        <translation>Seifas: %1, ID %2</translation>
    </message>
    <message>
        <source>Vault folder: %1 (file system: %2)</source>
        <translation>Seifo aplankas: %1 (failų sistema: %2)</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Atsarginių kopijų aplankas: %1</translation>
    </message>
    <message>
        <source>Managed backups: %1</source>
        <translation>Tvarkomos atsarginės kopijos: %1</translation>
    </message>
    <message>
        <source>Files (size in bytes, SHA-256 before the overwrite):</source>
        <translation>Failai (dydis baitais, SHA-256 prieš perrašymą):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodas</translation>
    </message>
    <message>
        <source>Type: Purge. Used: cryptographic erase, then a one-pass random overwrite.</source>
        <translation>Tipas: išvalymas (Purge). Naudota: kriptografinis ištrynimas, po to – vienkartinis perrašymas atsitiktiniais duomenimis.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Įrankis</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Patikra</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>sėkminga</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NESĖKMINGA</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data ir laikas</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Pradėta: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Baigta: %1</translation>
    </message>
    <message>
        <source>Limits of the method</source>
        <translation>Metodo apribojimai</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Neapima</translation>
    </message>
    <message>
        <source>What it does not reach: earlier versions of the header (from before a password change, a new user or a reset) were written as new files, and their old blocks may survive in the same way; each held key slots that open only with a password or recovery key that was valid at that time. Each managed backup held its own copy of the key slots, destroyed by the overwrite of the backup file with the limits above.</source>
        <translation>Ko tai neapima: ankstesnės antraštės versijos (iš laiko prieš slaptažodžio pakeitimą, naujo naudotojo pridėjimą ar slaptažodžio nustatymą iš naujo) buvo įrašytos kaip nauji failai, todėl jų senieji blokai gali išlikti taip pat; kiekvienoje jų buvo rakto lizdų, kurie atsiveria tik su tuo metu galiojusiu slaptažodžiu arba atkūrimo raktu. Kiekvienoje tvarkomoje atsarginėje kopijoje buvo atskira rakto lizdų kopija, sunaikinta perrašant atsarginės kopijos failą, taikant pirmiau nurodytus apribojimus.</translation>
    </message>
    <message>
        <source>Backup folder searched: %1</source>
        <translation>Patikrintas atsarginių kopijų aplankas: %1</translation>
    </message>
    <message>
        <source>Restored copy destroyed: %1</source>
        <translation>Sunaikinta atkurta kopija: %1</translation>
    </message>
    <message>
        <source>Restored copy KEPT at the user&apos;s request, not sanitised (it still opens with the passwords it had when its backup was taken): %1</source>
        <translation>Atkurta kopija PALIKTA naudotojo prašymu, neišvalyta (ji vis dar atsiveria slaptažodžiais, kurie galiojo darant jos atsarginę kopiją): %1</translation>
    </message>
    <message>
        <source>Backup folder NOT reached, declared gone for good by the user; whatever it held was not sanitised: %1</source>
        <translation>Atsarginių kopijų aplankas NEPASIEKTAS, naudotojas jį paskelbė dingusiu visam laikui; jo turinys nebuvo išvalytas: %1</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>There is no room for the demo vault in the temporary folder (%1). Free some disk space and try again.</source>
        <translation>Laikinajame aplanke (%1) nepakanka vietos demonstraciniam seifui. Atlaisvinkite vietos diske ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Demonstracinis seifas</translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the person. A restore of any of them erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys them once a newer backup is verified.</source>
        <translation>
            <numerusform>%n atsarginė kopija, padaryta prieš ištrynimą, vis dar turi šio asmens duomenų. Atkūrus bet kurią iš jų, asmuo ištrinamas dar kartą, prieš atveriant atkurtą seifą; „Retinti atsargines kopijas“ jas sunaikina, kai tik patikrinama naujesnė atsarginė kopija.</numerusform>
            <numerusform>%n atsarginės kopijos, padarytos prieš ištrynimą, vis dar turi šio asmens duomenų. Atkūrus bet kurią iš jų, asmuo ištrinamas dar kartą, prieš atveriant atkurtą seifą; „Retinti atsargines kopijas“ jas sunaikina, kai tik patikrinama naujesnė atsarginė kopija.</numerusform>
            <numerusform>%n atsarginių kopijų, padarytų prieš ištrynimą, vis dar turi šio asmens duomenų. Atkūrus bet kurią iš jų, asmuo ištrinamas dar kartą, prieš atveriant atkurtą seifą; „Retinti atsargines kopijas“ jas sunaikina, kai tik patikrinama naujesnė atsarginė kopija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) made while the person was in the vault may hold their data. Coffer cannot reach them: delete them, or ask whoever received them to. An import of them will not bring the person back.</source>
        <translation>
            <numerusform>%n eksportas, padarytas, kol asmuo buvo seife, gali turėti jo duomenų. Coffer jų pasiekti negali: ištrinkite juos arba paprašykite tai padaryti tų, kurie juos gavo. Juos importavus asmuo nesugrįš.</numerusform>
            <numerusform>%n eksportai, padaryti, kol asmuo buvo seife, gali turėti jo duomenų. Coffer jų pasiekti negali: ištrinkite juos arba paprašykite tai padaryti tų, kurie juos gavo. Juos importavus asmuo nesugrįš.</numerusform>
            <numerusform>%n eksportų, padarytų, kol asmuo buvo seife, gali turėti jo duomenų. Coffer jų pasiekti negali: ištrinkite juos arba paprašykite tai padaryti tų, kurie juos gavo. Juos importavus asmuo nesugrįš.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup folder(s) could not be searched (a drive not connected?). Connect them and look again: backups there may hold the person.</source>
        <translation>
            <numerusform>Nepavyko patikrinti %n atsarginių kopijų aplanko (gal neprijungtas diskas?). Prijunkite jį ir patikrinkite iš naujo: jame esančiose atsarginėse kopijose gali būti šio asmens duomenų.</numerusform>
            <numerusform>Nepavyko patikrinti %n atsarginių kopijų aplankų (gal neprijungtas diskas?). Prijunkite juos ir patikrinkite iš naujo: juose esančiose atsarginėse kopijose gali būti šio asmens duomenų.</numerusform>
            <numerusform>Nepavyko patikrinti %n atsarginių kopijų aplankų (gal neprijungtas diskas?). Prijunkite juos ir patikrinkite iš naujo: juose esančiose atsarginėse kopijose gali būti šio asmens duomenų.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup or export that Coffer made holds the person.</source>
        <translation>Nė vienoje Coffer padarytoje atsarginėje kopijoje ar eksporte nėra šio asmens duomenų.</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Ištrynimo ataskaita</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seifas: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Asmuo: %1</translation>
    </message>
    <message>
        <source>Erased: %1 by %2</source>
        <translation>Ištrinta: %1, ištrynė: %2</translation>
    </message>
    <message>
        <source>Records removed: %1</source>
        <translation>Pašalinta įrašų: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Patikros</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>sėkminga</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NESĖKMINGA</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Coffer padarytos kopijos, kuriose vis dar gali būti šio asmens duomenų</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>backup of %1: %2</source>
        <translation>atsarginė kopija (%1): %2</translation>
    </message>
    <message>
        <source>export of %1 (%2): %3</source>
        <translation>eksportas (%1, %2): %3</translation>
    </message>
    <message>
        <source>backup folder not reachable: %1</source>
        <translation>atsarginių kopijų aplankas nepasiekiamas: %1</translation>
    </message>
    <message>
        <source>Report SHA-256 (kept in the vault): %1</source>
        <translation>Ataskaitos SHA-256 (saugoma seife): %1</translation>
    </message>
    <message>
        <source>restored copy kept as a separate vault: %1</source>
        <translation>atkurta kopija, palikta kaip atskiras seifas: %1</translation>
    </message>
</context>
<context>
    <name>ErasureVerifier</name>
    <message>
        <source>No row refers to the client</source>
        <translation>Nė viena eilutė nebenurodo kliento</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) searched, no row holds the id</source>
        <translation>
            <numerusform>Patikrinta %n lentelė, nė vienoje eilutėje nėra ID</numerusform>
            <numerusform>Patikrintos %n lentelės, nė vienoje eilutėje nėra ID</numerusform>
            <numerusform>Patikrinta %n lentelių, nė vienoje eilutėje nėra ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still hold the id, in: %1</source>
        <translation>
            <numerusform>%n eilutė vis dar turi ID, lentelės: %1</numerusform>
            <numerusform>%n eilutės vis dar turi ID, lentelės: %1</numerusform>
            <numerusform>%n eilučių vis dar turi ID, lentelės: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 tables</source>
        <translation>
            <numerusform>Ieškota %n reikšmės %1 lentelėse</numerusform>
            <numerusform>Ieškota %n reikšmių %1 lentelėse</numerusform>
            <numerusform>Ieškota %n reikšmių %1 lentelėse</numerusform>
        </translation>
    </message>
    <message>
        <source>: none found</source>
        <translation>: nieko nerasta</translation>
    </message>
    <message numerus="yes">
        <source>: found in %n row(s), in: %1</source>
        <translation>
            <numerusform>: rasta %n eilutėje, lentelės: %1</numerusform>
            <numerusform>: rasta %n eilutėse, lentelės: %1</numerusform>
            <numerusform>: rasta %n eilučių, lentelės: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n also belong(s) to another client and stay with them</source>
        <translation>
            <numerusform>; %n taip pat priklauso kitam klientui ir lieka jam</numerusform>
            <numerusform>; %n taip pat priklauso kitam klientui ir lieka jam</numerusform>
            <numerusform>; %n taip pat priklauso kitam klientui ir lieka jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too short to search</source>
        <translation>
            <numerusform>; %n reikšmė per trumpa paieškai</numerusform>
            <numerusform>; %n reikšmės per trumpos paieškai</numerusform>
            <numerusform>; %n reikšmių per trumpos paieškai</numerusform>
        </translation>
    </message>
    <message>
        <source>The search indexes hold none of their words</source>
        <translation>Paieškos indeksuose nėra nė vieno kliento žodžio</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) only they had</source>
        <translation>
            <numerusform>%n žodis, būdingas tik šiam klientui</numerusform>
            <numerusform>%n žodžiai, būdingi tik šiam klientui</numerusform>
            <numerusform>%n žodžių, būdingų tik šiam klientui</numerusform>
        </translation>
    </message>
    <message>
        <source>, none left in the indexes</source>
        <translation>, indeksuose neliko nė vieno</translation>
    </message>
    <message numerus="yes">
        <source>, %n still indexed, in: %1</source>
        <translation>
            <numerusform>, %n vis dar yra indeksuose: %1</numerusform>
            <numerusform>, %n vis dar yra indeksuose: %1</numerusform>
            <numerusform>, %n vis dar yra indeksuose: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No free page is left that could hold old content</source>
        <translation>Neliko laisvų puslapių, kuriuose galėtų būti senas turinys</translation>
    </message>
    <message numerus="yes">
        <source>%n free page(s)</source>
        <translation>
            <numerusform>%n laisvas puslapis</numerusform>
            <numerusform>%n laisvi puslapiai</numerusform>
            <numerusform>%n laisvų puslapių</numerusform>
        </translation>
    </message>
    <message>
        <source>The write-ahead log is empty</source>
        <translation>Išankstinio rašymo žurnalas tuščias</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n baitas</numerusform>
            <numerusform>%n baitai</numerusform>
            <numerusform>%n baitų</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file</source>
        <translation>žurnalo failo nėra</translation>
    </message>
    <message>
        <source>None of their data is in the file&apos;s decrypted pages or its log</source>
        <translation>Jokių jo duomenų nėra iššifruotuose failo puslapiuose ar jo žurnale</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>failo nepavyko nuskaityti</translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 decrypted page(s), free ones included</source>
        <translation>
            <numerusform>%n eilutė ieškota %1 iššifruotuose puslapiuose, įskaitant laisvus</numerusform>
            <numerusform>%n eilutės ieškotos %1 iššifruotuose puslapiuose, įskaitant laisvus</numerusform>
            <numerusform>%n eilučių ieškota %1 iššifruotuose puslapiuose, įskaitant laisvus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: found in %n page(s)</source>
        <translation>
            <numerusform>: rasta %n puslapyje</numerusform>
            <numerusform>: rasta %n puslapiuose</numerusform>
            <numerusform>: rasta %n puslapių</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing that identified them (names, emails, phones, address, organisation, tags, custom fields, note and file names) is in any table</source>
        <translation>Nė vienoje lentelėje neliko nieko, kas jį identifikavo (vardai, el. pašto adresai, telefonai, adresas, organizacija, žymės, pasirinktiniai laukai, pastabų ir failų pavadinimai)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Out of memory.</source>
        <translation>Trūksta atminties.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and Coffer stopped this step. Try again; if it happens again, restart Coffer.</source>
        <translation>Įvyko kažkas netikėto, ir Coffer sustabdė šį žingsnį. Bandykite dar kartą; jei tai pasikartos, paleiskite Coffer iš naujo.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksportas atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Nepavyksta įrašyti eksporto: %1</translation>
    </message>
    <message>
        <source>An encrypted export is one file: use the zip or json format.</source>
        <translation>Šifruotas eksportas yra vienas failas: naudokite zip arba json formatą.</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nepavyksta įrašyti %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Nepavyksta sukurti aplanko %1: %2</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>tai ne aplankas</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file&apos;s part %1 of %2 is missing; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Trūksta failo dalies %1 iš %2; nuo šios dalies niekas nebuvo įrašyta. Atkurkite failą iš atsarginės kopijos.</translation>
    </message>
    <message>
        <source>The file&apos;s part %1 of %2 is damaged; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Failo dalis %1 iš %2 sugadinta; nuo šios dalies niekas nebuvo įrašyta. Atkurkite failą iš atsarginės kopijos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atšaukta.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Failui reikia pavadinimo.</translation>
    </message>
    <message>
        <source>A file name may have at most 255 characters.</source>
        <translation>Failo pavadinime gali būti ne daugiau kaip 255 simboliai.</translation>
    </message>
    <message>
        <source>A file name may not contain slashes or control characters.</source>
        <translation>Failo pavadinime negali būti pasvirųjų brūkšnių ar valdymo simbolių.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Nepavyksta nuskaityti failo: %1</translation>
    </message>
    <message>
        <source>There is no file with the id %1.</source>
        <translation>Nėra failo, kurio ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation>Nepavyksta nuskaityti failo: jis neatvertas skaitymui.</translation>
    </message>
    <message>
        <source>An imported file does not match its recorded size and SHA-256.</source>
        <translation>Importuotas failas neatitinka užregistruoto dydžio ir SHA-256.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation>Nepavyksta nuskaityti failo: tai aplankas.</translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation>Failo įrašas sugadintas.</translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation>Nepavyksta įrašyti išvesties failo: %1</translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation>Failas sugadintas: jo turinys neatitinka SHA-256 sumos.</translation>
    </message>
    <message>
        <source>This file is the evidence of a consent and is kept with the consent&apos;s history.</source>
        <translation>Šis failas yra sutikimo įrodymas ir saugomas kartu su sutikimo istorija.</translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <source>on a network file system (%1)</source>
        <translation>tinklo failų sistemoje (%1)</translation>
    </message>
    <message>
        <source>in a folder that %1 synchronises (%2)</source>
        <translation>aplanke, kurį sinchronizuoja %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). A vault must be on a disk of this computer: file locks and SQLite&apos;s write-ahead log do not hold on a network file system, so two computers could change the vault at once and damage it. Move the vault folder to a local disk.</source>
        <translation>%1 yra tinklo failų sistemoje (%2). Seifas turi būti šio kompiuterio diske: tinklo failų sistemoje neveikia nei failų užraktai, nei SQLite pakeitimų žurnalas (write-ahead log), todėl du kompiuteriai galėtų keisti seifą vienu metu ir jį sugadinti. Perkelkite seifo aplanką į vietinį diską.</translation>
    </message>
    <message>
        <source>The backup folder %1 is on a network file system (%2). File locks and SQLite&apos;s write-ahead log do not hold there, so a backup written there may be damaged. Choose a folder on a local disk, or, as the owner, accept the risk for this folder.</source>
        <translation>Atsarginių kopijų aplankas %1 yra tinklo failų sistemoje (%2). Ten neveikia nei failų užraktai, nei SQLite pakeitimų žurnalas (write-ahead log), todėl ten įrašyta atsarginė kopija gali būti sugadinta. Pasirinkite aplanką vietiniame diske arba, jei esate savininkas, prisiimkite šio aplanko riziką.</translation>
    </message>
    <message>
        <source>%1 is inside a folder that %2 synchronises (it keeps %3). A vault must stay outside the folders a sync client manages: the vault&apos;s lock does not hold across computers, and the client copies the database while it changes, which can damage it or bring erased data back. Move the vault folder out of it.</source>
        <translation>%1 yra aplanke, kurį sinchronizuoja %2 (jame yra %3). Seifas turi būti už aplankų, kuriuos tvarko sinchronizavimo programa, ribų: seifo užraktas neveikia tarp kompiuterių, o programa kopijuoja duomenų bazę, kol ji keičiasi, todėl gali ją sugadinti arba grąžinti ištrintus duomenis. Perkelkite seifo aplanką iš jo.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside a folder that %2 synchronises (it keeps %3). The client copies backups while they are written and keeps versions of its own that Coffer cannot erase. Choose a folder that no sync client manages, or, as the owner, accept the risk for this folder.</source>
        <translation>Atsarginių kopijų aplankas %1 yra aplanke, kurį sinchronizuoja %2 (jame yra %3). Programa kopijuoja atsargines kopijas, kol jos rašomos, ir saugo savo versijas, kurių Coffer negali ištrinti. Pasirinkite aplanką, kurio netvarko jokia sinchronizavimo programa, arba, jei esate savininkas, prisiimkite šio aplanko riziką.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The export is malformed (%1); nothing was imported.</source>
        <translation>Eksportas netinkamo formato (%1); niekas nebuvo importuota.</translation>
    </message>
    <message>
        <source>The export is damaged: %1 does not match the SHA-256 in its manifest; nothing was imported.</source>
        <translation>Eksportas sugadintas: %1 neatitinka SHA-256 sumos, nurodytos jo manifeste; niekas nebuvo importuota.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nepavyksta nuskaityti %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nėra.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nepavyksta įrašyti %1: %2</translation>
    </message>
    <message>
        <source>This export is encrypted: enter its password.</source>
        <translation>Šis eksportas užšifruotas: įveskite jo slaptažodį.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Changing the data key, so that copies of the vault&apos;s header made before open nothing written from now on…</source>
        <translation>Keičiamas duomenų raktas, kad anksčiau padarytos seifo antraštės kopijos neatvertų nieko, kas įrašyta nuo šiol…</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Duomenų rakto keitimas</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Duomenų rakto nepavyko pakeisti: %1</translation>
    </message>
    <message>
        <source>But the data key could not be changed, so a copy of the vault&apos;s header made before still opens it: %1</source>
        <translation>Tačiau duomenų rakto nepavyko pakeisti, todėl anksčiau padaryta seifo antraštės kopija jį vis dar atveria: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s data key was changed, so an old copy of the vault&apos;s files cannot open anything saved from now on.</source>
        <translation>Seifo duomenų raktas pakeistas, todėl sena seifo failų kopija negali atverti nieko, kas išsaugota nuo šiol.</translation>
    </message>
    <message>
        <source>No backup under the new key could be made; back up now.</source>
        <translation>Atsarginės kopijos su nauju raktu padaryti nepavyko; padarykite ją dabar.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation>Duomenų rakto nepavyko užsandarinti.</translation>
    </message>
    <message>
        <source>This key slot has no key pair yet: it cannot be given a new data key.</source>
        <translation>Ši rakto vieta dar neturi raktų poros: jai negalima suteikti naujo duomenų rakto.</translation>
    </message>
</context>
<context>
    <name>ManagedBackups</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>Keep between 0 and %1 backups.</source>
        <translation>Laikykite nuo 0 iki %1 atsarginių kopijų.</translation>
    </message>
    <message>
        <source>The backup folder cannot be inside the vault folder: backups must outlive the loss of the vault&apos;s folder.</source>
        <translation>Atsarginių kopijų aplankas negali būti seifo aplanke: atsarginės kopijos turi išlikti praradus seifo aplanką.</translation>
    </message>
    <message>
        <source>Only the owner may accept the risk of a backup folder on a network file system or in a synchronised folder.</source>
        <translation>Tik savininkas gali prisiimti riziką, kai atsarginių kopijų aplankas yra tinklo failų sistemoje arba sinchronizuojamame aplanke.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Nepavyksta perkelti %1 į %2: %3</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>nepavyko įrašyti kopijos</translation>
    </message>
    <message>
        <source>the copy differs from the original</source>
        <translation>kopija skiriasi nuo originalo</translation>
    </message>
    <message>
        <source>the original could not be removed</source>
        <translation>nepavyko pašalinti originalo</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 yra failas, o ne aplankas.</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>The vault holds more notes than its search index can hold.</source>
        <translation>Seife yra daugiau pastabų, nei gali sutalpinti jo paieškos indeksas.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>Pastaba tuščia.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Pastaba ilgesnė nei milijonas simbolių.</translation>
    </message>
    <message>
        <source>A note has no id, text or time.</source>
        <translation>Pastaba neturi ID, teksto arba laiko.</translation>
    </message>
    <message>
        <source>There is no such note; it may have been removed already.</source>
        <translation>Tokios pastabos nėra; galbūt ji jau pašalinta.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>The output would be inside the vault folder %1. Nothing Coffer writes for you goes there: choose a place outside the vault.</source>
        <translation>Rezultatas atsidurtų seifo aplanke %1. Niekas, ką Coffer įrašo jums, ten nededama: pasirinkite vietą už seifo ribų.</translation>
    </message>
    <message>
        <source>Cannot write the output file: its folder does not exist.</source>
        <translation>Nepavyksta įrašyti išvesties failo: jo aplanko nėra.</translation>
    </message>
    <message>
        <source>The output is a symbolic link. Coffer never writes through a link, not even when it may replace a file: choose another name.</source>
        <translation>Išvesties vieta yra simbolinė nuoroda. Coffer niekada nerašo per nuorodą, net kai gali pakeisti failą: pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <source>The output is a folder. Choose a file name.</source>
        <translation>Išvesties vieta yra aplankas. Pasirinkite failo pavadinimą.</translation>
    </message>
    <message>
        <source>The output already exists. Coffer never replaces a folder: choose a new name.</source>
        <translation>Išvesties vieta jau yra. Coffer niekada nepakeičia aplanko: pasirinkite naują pavadinimą.</translation>
    </message>
    <message>
        <source>The output is not a regular file. Choose another name.</source>
        <translation>Išvesties vieta nėra įprastas failas. Pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <source>The output file already exists. Choose a new name, or allow Coffer to replace it (--force).</source>
        <translation>Išvesties failas jau yra. Pasirinkite naują pavadinimą arba leiskite Coffer jį pakeisti (--force).</translation>
    </message>
    <message>
        <source>The output cannot be checked: %1</source>
        <translation>Išvesties vietos patikrinti nepavyksta: %1</translation>
    </message>
    <message>
        <source>The output would be inside the backup folder %1, which holds only the vault&apos;s own backups. Choose another place.</source>
        <translation>Rezultatas atsidurtų atsarginių kopijų aplanke %1, kuriame laikomos tik paties seifo atsarginės kopijos. Pasirinkite kitą vietą.</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>failas neatidarytas</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile, and it was not replaced</source>
        <translation>per tą laiką atsirado tokio pavadinimo failas, ir jis nebuvo pakeistas</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Failo įrašyti nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation>Per trumpas</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Silpnas</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Vidutinis</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stiprus</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Labai stiprus</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Slaptažodį turi sudaryti bent %1 simbolių.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: common passwords such as “password1”, names with a year and keyboard patterns are the first ones tried. Add another word or two, or use three or four unrelated words.</source>
        <translation>Šį slaptažodį per lengva atspėti: pirmiausia išbandomi dažni slaptažodžiai, pavyzdžiui, „slaptazodis1“, vardai su metais ir klaviatūros klavišų sekos. Pridėkite dar vieną ar du žodžius arba naudokite tris ar keturis nesusijusius žodžius.</translation>
    </message>
</context>
<context>
    <name>PolicyArchive</name>
    <message>
        <source>A policy version needs a name, such as 2026-01.</source>
        <translation>Politikos versijai reikia pavadinimo, pavyzdžiui, 2026-01.</translation>
    </message>
    <message>
        <source>A policy version&apos;s name is at most %1 characters.</source>
        <translation>Politikos versijos pavadinimas – ne ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>Say the day the policy took effect.</source>
        <translation>Nurodykite dieną, kai politika įsigaliojo.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect in the future: add it on the day it takes effect.</source>
        <translation>Politikos versija negali įsigalioti ateityje: pridėkite ją tą dieną, kai ji įsigalioja.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect before 1990; check the year.</source>
        <translation>Politikos versija negali įsigalioti anksčiau nei 1990 m.; patikrinkite metus.</translation>
    </message>
    <message>
        <source>Give the policy either as text or as a file, one of them.</source>
        <translation>Pateikite politiką arba kaip tekstą, arba kaip failą – vieną iš jų.</translation>
    </message>
    <message>
        <source>A policy&apos;s file needs its name.</source>
        <translation>Politikos failui reikia pavadinimo.</translation>
    </message>
    <message>
        <source>A policy is at most %1 MiB.</source>
        <translation>Politika – ne didesnė nei %1 MiB.</translation>
    </message>
    <message>
        <source>The archive already has the policy version %1; a changed policy is a new version.</source>
        <translation>Archyve jau yra politikos versija %1; pakeista politika yra nauja versija.</translation>
    </message>
    <message>
        <source>A policy version has no name, day, text or file, or a file name that is not a plain name.</source>
        <translation>Politikos versija neturi pavadinimo, dienos, teksto ar failo, arba failo pavadinimas nėra paprastas pavadinimas.</translation>
    </message>
    <message>
        <source>The policy version %1 does not match its SHA-256.</source>
        <translation>Politikos versija %1 neatitinka savo SHA-256.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n request(s) past the day to answer by.</source>
        <translation>
            <numerusform>%n prašymui praleista atsakymo diena.</numerusform>
            <numerusform>%n prašymams praleista atsakymo diena.</numerusform>
            <numerusform>%n prašymų praleista atsakymo diena.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request is past the day to answer by.</source>
        <translation>Nė vienam prašymui atsakymo diena nepraleista.</translation>
    </message>
    <message>
        <source>Answer them now, or record the extension: request list --overdue.</source>
        <translation>Atsakykite dabar arba užregistruokite pratęsimą: request list --overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past their retention period.</source>
        <translation>
            <numerusform>%n kliento saugojimo terminas pasibaigė.</numerusform>
            <numerusform>%n klientų saugojimo terminas pasibaigė.</numerusform>
            <numerusform>%n klientų saugojimo terminas pasibaigė.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past their retention period.</source>
        <translation>Nė vieno kliento saugojimo terminas nepasibaigė.</translation>
    </message>
    <message>
        <source>Review them and run retention: retention run --dry-run, then retention run.</source>
        <translation>Peržiūrėkite juos ir įvykdykite saugojimą: retention run --dry-run, tada retention run.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) granted under a policy version since superseded.</source>
        <translation>
            <numerusform>%n sutikimas duotas pagal jau pakeistą politikos versiją.</numerusform>
            <numerusform>%n sutikimai duoti pagal jau pakeistą politikos versiją.</numerusform>
            <numerusform>%n sutikimų duota pagal jau pakeistą politikos versiją.</numerusform>
        </translation>
    </message>
    <message>
        <source>No consent rests on a superseded policy version.</source>
        <translation>Nė vienas sutikimas negrindžiamas pakeista politikos versija.</translation>
    </message>
    <message>
        <source>Ask those clients again: consent list --purpose P --superseded.</source>
        <translation>Paklauskite tų klientų dar kartą: consent list --purpose P --superseded.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted client(s) changed after their restriction.</source>
        <translation>
            <numerusform>%n apribotas klientas pakeistas po apribojimo.</numerusform>
            <numerusform>%n apriboti klientai pakeisti po apribojimo.</numerusform>
            <numerusform>%n apribotų klientų pakeista po apribojimo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No restricted client was changed.</source>
        <translation>Nė vienas apribotas klientas nepakeistas.</translation>
    </message>
    <message>
        <source>See who changed them in the audit log, and whether the change was allowed.</source>
        <translation>Audito žurnale pažiūrėkite, kas juos pakeitė ir ar pakeitimas buvo leistinas.</translation>
    </message>
    <message>
        <source>The last backup verified: %1.</source>
        <translation>Paskutinė patikrinta atsarginė kopija: %1.</translation>
    </message>
    <message>
        <source>No backup of this vault has been verified.</source>
        <translation>Nė viena šio seifo atsarginė kopija nepatikrinta.</translation>
    </message>
    <message>
        <source>Verify a recent backup (backup verify FILE): one every %1 days at least.</source>
        <translation>Patikrinkite naujausią atsarginę kopiją (backup verify FILE): bent vieną kas %1 dienų.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are whole.</source>
        <translation>
            <numerusform>Audito žurnalo %n įrašas sveikas.</numerusform>
            <numerusform>Audito žurnalo %n įrašai sveiki.</numerusform>
            <numerusform>Audito žurnalo %n įrašų sveiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log shows a change made outside Coffer.</source>
        <translation>Audito žurnale matyti pakeitimas, padarytas ne per Coffer.</translation>
    </message>
    <message>
        <source>Run audit --verify for what was found, and restore a backup if needed.</source>
        <translation>Paleiskite audit --verify, kad pamatytumėte, kas rasta, ir prireikus atkurkite atsarginę kopiją.</translation>
    </message>
    <message>
        <source>Every breach logged was notified, or why not is recorded.</source>
        <translation>Apie kiekvieną užregistruotą pažeidimą pranešta arba užregistruota, kodėl ne.</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified, %1 past the 72 hours.</source>
        <translation>
            <numerusform>Apie %n pažeidimą nepranešta, %1 po 72 valandų.</numerusform>
            <numerusform>Apie %n pažeidimus nepranešta, %1 po 72 valandų.</numerusform>
            <numerusform>Apie %n pažeidimų nepranešta, %1 po 72 valandų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified yet; the 72 hours run.</source>
        <translation>
            <numerusform>Apie %n pažeidimą dar nepranešta; 72 valandos eina.</numerusform>
            <numerusform>Apie %n pažeidimus dar nepranešta; 72 valandos eina.</numerusform>
            <numerusform>Apie %n pažeidimų dar nepranešta; 72 valandos eina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the supervisory authority (breach notify ID --authority DATETIME), or record why not.</source>
        <translation>Informuokite priežiūros instituciją (breach notify ID --authority DATETIME) arba užregistruokite, kodėl ne.</translation>
    </message>
</context>
<context>
    <name>ProcessingDocument</name>
    <message>
        <source>Record of processing activities</source>
        <translation>Duomenų tvarkymo veiklos įrašai</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>dar neužpildyta</translation>
    </message>
    <message>
        <source>GDPR Article 30(1). Made on %1 by Coffer from the vault&apos;s records.</source>
        <translation>BDAR 30 straipsnio 1 dalis. Parengta %1 programa Coffer iš seifo įrašų.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Duomenų valdytojas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktiniai duomenys</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Duomenų apsaugos kontaktinis asmuo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Duomenų subjektų kategorijos</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Asmens duomenų kategorijos</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Gavėjai</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Perdavimas už EEE ribų</translation>
    </message>
    <message>
        <source>Time limit for erasure</source>
        <translation>Ištrynimo terminas</translation>
    </message>
    <message>
        <source>No purposes of processing are defined yet.</source>
        <translation>Tvarkymo tikslų dar nenustatyta.</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Techninės ir organizacinės saugumo priemonės</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>No retention rule: kept until erased by hand or on request.</source>
        <translation>Nėra saugojimo taisyklės: saugoma, kol ištrinama rankiniu būdu arba pagal prašymą.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienos</numerusform>
            <numerusform>%n dienų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mėnuo</numerusform>
            <numerusform>%n mėnesiai</numerusform>
            <numerusform>%n mėnesių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n metai</numerusform>
            <numerusform>%n metai</numerusform>
            <numerusform>%n metų</numerusform>
        </translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>nuo tapimo klientu</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>nuo paskutinio pakeitimo</translation>
    </message>
    <message>
        <source>from the last contact</source>
        <translation>nuo paskutinio kontakto</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>nuo datos lauke „%1“</translation>
    </message>
    <message>
        <source>%1 %2, then anonymised (rule “%3”).</source>
        <translation>%1 %2, paskui nuasmeninama (taisyklė „%3“).</translation>
    </message>
    <message>
        <source>%1 %2, then erased (rule “%3”).</source>
        <translation>%1 %2, paskui ištrinama (taisyklė „%3“).</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; each of the %n user(s) unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</source>
        <translation>
            <numerusform>Duomenys saugomi pačios įmonės kompiuteryje vienoje duomenų bazėje, užšifruotoje AES-256 (SQLCipher) atsitiktiniu raktu; %n naudotojas ją atrakina savo slaptažodžiu (Argon2id), o popieriuje laikomas atkūrimo raktas pakeičia prarastą. Vaidmenys (savininkas, administratorius, redaktorius, stebėtojas) lemia, kas gali skaityti, keisti, eksportuoti ir trinti. Kiekvienas veiksmas įrašomas į audito žurnalą, sujungtą SHA-256 grandine ir užantspauduotą raktu, kurį turi tik administratoriai; žurnale nėra klientų duomenų. Atsarginės kopijos užšifruotos ir patikrintos; eksportus galima užšifruoti; ištrynimas patikrinamas kiekviename duomenų bazės puslapyje. Jokie duomenys nepalieka kompiuterio tinklu.</numerusform>
            <numerusform>Duomenys saugomi pačios įmonės kompiuteryje vienoje duomenų bazėje, užšifruotoje AES-256 (SQLCipher) atsitiktiniu raktu; kiekvienas iš %n naudotojų ją atrakina savo slaptažodžiu (Argon2id), o popieriuje laikomas atkūrimo raktas pakeičia prarastą. Vaidmenys (savininkas, administratorius, redaktorius, stebėtojas) lemia, kas gali skaityti, keisti, eksportuoti ir trinti. Kiekvienas veiksmas įrašomas į audito žurnalą, sujungtą SHA-256 grandine ir užantspauduotą raktu, kurį turi tik administratoriai; žurnale nėra klientų duomenų. Atsarginės kopijos užšifruotos ir patikrintos; eksportus galima užšifruoti; ištrynimas patikrinamas kiekviename duomenų bazės puslapyje. Jokie duomenys nepalieka kompiuterio tinklu.</numerusform>
            <numerusform>Duomenys saugomi pačios įmonės kompiuteryje vienoje duomenų bazėje, užšifruotoje AES-256 (SQLCipher) atsitiktiniu raktu; kiekvienas iš %n naudotojų ją atrakina savo slaptažodžiu (Argon2id), o popieriuje laikomas atkūrimo raktas pakeičia prarastą. Vaidmenys (savininkas, administratorius, redaktorius, stebėtojas) lemia, kas gali skaityti, keisti, eksportuoti ir trinti. Kiekvienas veiksmas įrašomas į audito žurnalą, sujungtą SHA-256 grandine ir užantspauduotą raktu, kurį turi tik administratoriai; žurnale nėra klientų duomenų. Atsarginės kopijos užšifruotos ir patikrintos; eksportus galima užšifruoti; ištrynimas patikrinamas kiekviename duomenų bazės puslapyje. Jokie duomenys nepalieka kompiuterio tinklu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part of the record is at most %1 characters.</source>
        <translation>Kiekviena įrašo dalis – ne ilgesnė nei %1 simbolių.</translation>
    </message>
</context>
<context>
    <name>PurposeCatalogue</name>
    <message>
        <source>A purpose needs a name.</source>
        <translation>Tikslui reikia pavadinimo.</translation>
    </message>
    <message>
        <source>A purpose&apos;s name is at most %1 characters.</source>
        <translation>Tikslo pavadinimas – ne ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>A purpose&apos;s description is at most %1 characters.</source>
        <translation>Tikslo aprašymas – ne ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sutartis</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Teisinė prievolė</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Gyvybiniai interesai</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Viešojo intereso užduotis</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Teisėti interesai</translation>
    </message>
    <message>
        <source>The catalogue already has the purpose &quot;%1&quot;.</source>
        <translation>Kataloge jau yra tikslas „%1“.</translation>
    </message>
    <message>
        <source>Say which purpose.</source>
        <translation>Nurodykite tikslą.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is not in the catalogue of purposes; an administrator adds it, with its lawful basis.</source>
        <translation>Tikslo „%1“ tikslų kataloge nėra; administratorius jį prideda kartu su teisiniu pagrindu.</translation>
    </message>
    <message>
        <source>A purpose has no name, or a name or description too long.</source>
        <translation>Tikslas neturi pavadinimo, arba pavadinimas ar aprašymas per ilgas.</translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis prašymas uždarytas: uždaryto prašymo keisti negalima.</translation>
    </message>
    <message>
        <source>This request does not ask for a correction.</source>
        <translation>Šiame prašyme neprašoma ištaisyti duomenų.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Pirmiausia susiekite prašymą su klientu, su kuriuo jis susijęs.</translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s record was corrected since the request was received. Correct it on the client&apos;s page first.</source>
        <translation>Nuo prašymo gavimo kliento įraše niekas neištaisyta. Pirmiausia ištaisykite jį kliento puslapyje.</translation>
    </message>
</context>
<context>
    <name>RemainingCopies</name>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifruotas</translation>
    </message>
    <message>
        <source>%1: its key slots were destroyed, but the file could not be removed: %2</source>
        <translation>%1: rakto lizdai sunaikinti, tačiau failo nepavyko pašalinti: %2</translation>
    </message>
    <message>
        <source>The export of %1 (%2): where it was saved is not recorded; it is not encrypted with the data key, so whoever has it can read it.</source>
        <translation>Eksportas (%1, %2): neužregistruota, kur jis išsaugotas; jis nešifruotas duomenų raktu, todėl kiekvienas, kas jį turi, gali jį perskaityti.</translation>
    </message>
    <message>
        <source>The export of %1 (%2) at %3: not encrypted with the data key, so whoever has it can read it; delete it if nobody needs it.</source>
        <translation>Eksportas (%1, %2) – %3: nešifruotas duomenų raktu, todėl kiekvienas, kas jį turi, gali jį perskaityti; ištrinkite jį, jei jo niekam nereikia.</translation>
    </message>
    <message>
        <source>The vault restored from a backup at %1: it still opens with the old key and the passwords of that time; cancel it (coffer-cli cancel-account in that vault) if nobody needs it.</source>
        <translation>Seifas %1, atkurtas iš atsarginės kopijos: jis vis dar atsiveria senuoju raktu ir to meto slaptažodžiais; jei jo niekam nereikia, panaikinkite jį (tame seife paleiskite coffer-cli cancel-account).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached now: its backups were not searched; run this again when it is back.</source>
        <translation>Atsarginių kopijų aplankas %1 dabar nepasiekiamas: jame esančios atsarginės kopijos nebuvo patikrintos; pakartokite tai, kai jis vėl bus pasiekiamas.</translation>
    </message>
    <message>
        <source>The backup at %1.</source>
        <translation>Atsarginė kopija: %1.</translation>
    </message>
    <message>
        <source>Copies made outside Coffer, such as a copied vault folder or a backup file copied elsewhere, are unknown to it and still open with the old key and the passwords of their time.</source>
        <translation>Ne per Coffer padarytos kopijos, pvz., nukopijuotas seifo aplankas arba kitur nukopijuotas atsarginės kopijos failas, Coffer nežinomos ir vis dar atsiveria senuoju raktu bei savo meto slaptažodžiais.</translation>
    </message>
</context>
<context>
    <name>RequestErasure</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis prašymas uždarytas: uždaryto prašymo keisti negalima.</translation>
    </message>
    <message>
        <source>This request does not ask for erasure.</source>
        <translation>Šiame prašyme neprašoma ištrinti duomenų.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Pirmiausia susiekite prašymą su klientu, su kuriuo jis susijęs.</translation>
    </message>
    <message>
        <source>This request is about another client.</source>
        <translation>Šis prašymas susijęs su kitu klientu.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Access to their data</source>
        <translation>Prieiga prie savo duomenų</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Ištaisymas</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Ištrynimas</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Tvarkymo apribojimas</translation>
    </message>
    <message>
        <source>Copy to take elsewhere (portability)</source>
        <translation>Kopija perkelti kitur (perkeliamumas)</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Prieštaravimas</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Sutikimo atšaukimas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Laiškas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Asmeniškai</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atviras</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Laukiama tapatybės įrodymo</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Pratęstas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Įvykdytas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atmestas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Ištrynimo ataskaita</translation>
    </message>
    <message>
        <source>What was corrected</source>
        <translation>Kas ištaisyta</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Apribojimas</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Prieštaravimas užregistruotas</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip) and the cover letter</source>
        <translation>Kliento duomenys (zip) ir lydraštis</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip)</source>
        <translation>Kliento duomenys (zip)</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tvarkymas apribotas</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Apribojimas panaikintas</translation>
    </message>
    <message>
        <source>Every check passed (%1)</source>
        <translation>Visi patikrinimai sėkmingi (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>Sėkmingi %1 iš %2 patikrinimų</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (objection)</source>
        <translation>Nesikreipti tikslu %1 (prieštaravimas)</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (consent withdrawn)</source>
        <translation>Nesikreipti tikslu %1 (sutikimas atšauktas)</translation>
    </message>
</context>
<context>
    <name>RequestRegister</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>Nėra prašymo su identifikatoriumi %1.</translation>
    </message>
    <message>
        <source>This request already concerns a client.</source>
        <translation>Šis prašymas jau susietas su klientu.</translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked.</source>
        <translation>Nurodykite, kaip buvo patikrinta asmens tapatybė.</translation>
    </message>
    <message>
        <source>A deadline is extended by one or two months.</source>
        <translation>Terminas pratęsiamas vienu arba dviem mėnesiais.</translation>
    </message>
    <message>
        <source>Say why the request needs more time; the person must be told the reason.</source>
        <translation>Nurodykite, kodėl prašymui reikia daugiau laiko; asmeniui turi būti pranešta priežastis.</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already extended by %n month(s); in all it can be extended by two months, to three months from receipt (%1).</source>
        <translation>
            <numerusform>Terminas jau pratęstas %n mėnesiu; iš viso jį galima pratęsti dviem mėnesiais, iki trijų mėnesių nuo gavimo (%1).</numerusform>
            <numerusform>Terminas jau pratęstas %n mėnesiais; iš viso jį galima pratęsti dviem mėnesiais, iki trijų mėnesių nuo gavimo (%1).</numerusform>
            <numerusform>Terminas jau pratęstas %n mėnesių; iš viso jį galima pratęsti dviem mėnesiais, iki trijų mėnesių nuo gavimo (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be told to the person within the first month, by %1; that day has passed.</source>
        <translation>Apie pratęsimą asmeniui turi būti pranešta per pirmąjį mėnesį, iki %1; ši diena jau praėjo.</translation>
    </message>
    <message>
        <source>Evidence of an export or an erasure is its SHA-256, 64 hex digits.</source>
        <translation>Eksporto ar ištrynimo įrodymas yra jo SHA-256 — 64 šešioliktainiai skaitmenys.</translation>
    </message>
    <message>
        <source>A request is closed as done or refused.</source>
        <translation>Prašymas uždaromas kaip įvykdytas arba atmestas.</translation>
    </message>
    <message>
        <source>Say why the request is refused (its legal ground); the person must be told the reasons and their right to complain.</source>
        <translation>Nurodykite, kodėl prašymas atmetamas (teisinį pagrindą); asmeniui turi būti pranešta priežastys ir teisė pateikti skundą.</translation>
    </message>
    <message>
        <source>A request is closed with its evidence (an export, an erasure report, what changed) or a stated reason; it has neither.</source>
        <translation>Prašymas uždaromas su įrodymu (eksportu, ištrynimo ataskaita, pakeitimais) arba nurodyta priežastimi; šis neturi nė vieno.</translation>
    </message>
    <message>
        <source>%1: too long (at most %2 characters).</source>
        <translation>%1: per ilgas (ne daugiau kaip %2 simbolių).</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1: netinkama data.</translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: data negali būti ateityje.</translation>
    </message>
    <message>
        <source>%1: the date is before 1900; check the year.</source>
        <translation>%1: data yra ankstesnė nei 1900 m.; patikrinkite metus.</translation>
    </message>
    <message>
        <source>%1: the date cannot be before the request was received (%2).</source>
        <translation>%1: data negali būti ankstesnė nei prašymo gavimas (%2).</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Gavimo data</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kas prašė</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Tapatybės patikrinimas</translation>
    </message>
    <message>
        <source>Date of the identity check</source>
        <translation>Tapatybės patikrinimo data</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Pratęsimo priežastis</translation>
    </message>
    <message>
        <source>Date the person was told</source>
        <translation>Data, kada asmeniui pranešta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Įrodymas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>This request is closed; it can no longer be changed.</source>
        <translation>Šis prašymas uždarytas; jo nebegalima keisti.</translation>
    </message>
    <message>
        <source>A request has no id, date of receipt, due date or creation time.</source>
        <translation>Prašymas neturi identifikatoriaus, gavimo datos, termino arba sukūrimo laiko.</translation>
    </message>
    <message>
        <source>A request&apos;s due date cannot be before the day it was received.</source>
        <translation>Prašymo terminas negali būti ankstesnis nei jo gavimo diena.</translation>
    </message>
    <message>
        <source>A request&apos;s deadline can be extended by two months at most, three months from receipt in all.</source>
        <translation>Prašymo terminą galima pratęsti ne daugiau kaip dviem mėnesiais — iš viso trys mėnesiai nuo gavimo.</translation>
    </message>
    <message>
        <source>A request cannot have been received in the future.</source>
        <translation>Prašymas negali būti gautas ateityje.</translation>
    </message>
    <message>
        <source>A closed request has no time it was closed.</source>
        <translation>Uždarytas prašymas neturi uždarymo laiko.</translation>
    </message>
    <message>
        <source>Text of a request</source>
        <translation>Prašymo tekstas</translation>
    </message>
    <message>
        <source>A request&apos;s evidence has no time, or too long a text.</source>
        <translation>Prašymo įrodymas neturi laiko arba jo tekstas per ilgas.</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>%1 already exists and is not empty; a restore never writes over a vault.</source>
        <translation>%1 jau yra ir nėra tuščias; atkuriant seifas niekada neperrašomas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>The tombstone file %1 does not exist.</source>
        <translation>Ištrynimo žymių failo %1 nėra.</translation>
    </message>
    <message>
        <source>No erasure tombstone file of this vault was found (looked in %1), so erasures made after %2 cannot be re-applied. Name the file (--tombstones FILE), or restore without (--no-tombstones) if you are sure no client was erased since.</source>
        <translation>Šio seifo ištrynimo žymių failas nerastas (ieškota: %1), todėl po %2 atliktų ištrynimų pakartoti negalima. Nurodykite failą (--tombstones FILE) arba atkurkite be jo (--no-tombstones), jei esate tikri, kad nuo tada joks klientas nebuvo ištrintas.</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indeksai ir failas perkurti</translation>
    </message>
</context>
<context>
    <name>Restriction</name>
    <message>
        <source>Say why processing is restricted (for instance: the person contests the accuracy of their data).</source>
        <translation>Nurodykite, kodėl tvarkymas apribotas (pavyzdžiui: asmuo ginčija savo duomenų tikslumą).</translation>
    </message>
    <message>
        <source>Say why the restriction is lifted; the person must be told before it is.</source>
        <translation>Nurodykite, kodėl apribojimas panaikinamas; asmeniui turi būti pranešta iš anksto.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Priežastis per ilga.</translation>
    </message>
    <message>
        <source>Processing of this client is already restricted.</source>
        <translation>Šio kliento duomenų tvarkymas jau apribotas.</translation>
    </message>
    <message>
        <source>Processing of this client is not restricted.</source>
        <translation>Šio kliento duomenų tvarkymas neapribotas.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>A retention rule needs a name of at most %1 characters.</source>
        <translation>Saugojimo taisyklei reikia pavadinimo, ne ilgesnio nei %1 simbolių.</translation>
    </message>
    <message>
        <source>A retention period is more than zero and at most %1 years.</source>
        <translation>Saugojimo terminas didesnis nei nulis ir ne ilgesnis nei %1 metų.</translation>
    </message>
    <message>
        <source>A retention period runs from created, updated, last-note or field:KEY (a custom field that holds a date).</source>
        <translation>Saugojimo terminas skaičiuojamas nuo created, updated, last-note arba field:KEY (pasirinktinis laukas su data).</translation>
    </message>
    <message>
        <source>A rule&apos;s description is at most %1 characters.</source>
        <translation>Taisyklės aprašymas – ne ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>There is a retention rule named &quot;%1&quot; already.</source>
        <translation>Saugojimo taisyklė „%1“ jau yra.</translation>
    </message>
    <message>
        <source>Accounting documents (Latvia, example)</source>
        <translation>Apskaitos dokumentai (Latvija, pavyzdys)</translation>
    </message>
    <message>
        <source>Example: the Latvian accounting law keeps source documents for five years. Confirm the period for your business before you use it.</source>
        <translation>Pavyzdys: Latvijos apskaitos įstatymas pirminius dokumentus liepia saugoti penkerius metus. Prieš naudodami patikrinkite terminą savo įmonei.</translation>
    </message>
    <message>
        <source>Accounting documents (Lithuania, example)</source>
        <translation>Apskaitos dokumentai (Lietuva, pavyzdys)</translation>
    </message>
    <message>
        <source>Example: the Lithuanian accounting law keeps accounting documents for ten years. Confirm the period for your business before you use it.</source>
        <translation>Pavyzdys: Lietuvos apskaitos įstatymas apskaitos dokumentus liepia saugoti dešimt metų. Prieš naudodami patikrinkite terminą savo įmonei.</translation>
    </message>
    <message>
        <source>Accounting documents (Czech Republic, example)</source>
        <translation>Apskaitos dokumentai (Čekija, pavyzdys)</translation>
    </message>
    <message>
        <source>Example: the Czech accounting and VAT laws keep accounting documents for up to ten years. Confirm the period for your business before you use it.</source>
        <translation>Pavyzdys: Čekijos apskaitos ir PVM įstatymai apskaitos dokumentus liepia saugoti iki dešimties metų. Prieš naudodami patikrinkite terminą savo įmonei.</translation>
    </message>
    <message>
        <source>Marketing contacts (example)</source>
        <translation>Rinkodaros kontaktai (pavyzdys)</translation>
    </message>
    <message>
        <source>Example: contacts kept for marketing, two years after the last change. Confirm the period for your business before you use it.</source>
        <translation>Pavyzdys: rinkodarai saugomi kontaktai, dvejus metus po paskutinio pakeitimo. Prieš naudodami patikrinkite terminą savo įmonei.</translation>
    </message>
    <message>
        <source>Say why the client&apos;s data is held (a court case, a tax audit, …).</source>
        <translation>Nurodykite, kodėl kliento duomenys sulaikomi (teismo byla, mokesčių patikrinimas, …).</translation>
    </message>
    <message>
        <source>The reason for a hold is at most %1 characters.</source>
        <translation>Sulaikymo priežastis – ne ilgesnė nei %1 simbolių.</translation>
    </message>
    <message>
        <source>A hold lasts until today or a later day.</source>
        <translation>Sulaikymas trunka iki šiandien arba vėlesnės dienos.</translation>
    </message>
    <message>
        <source>This client is not held.</source>
        <translation>Šis klientas nesulaikytas.</translation>
    </message>
    <message>
        <source>There is no retention rule named &quot;%1&quot;; an administrator adds it.</source>
        <translation>Saugojimo taisyklės „%1“ nėra; ją prideda administratorius.</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Retention run of %1 by %2: %n client(s) acted on.</source>
        <translation>
            <numerusform>Saugojimo vykdymas %1, vykdė %2: tvarkytas %n klientas.</numerusform>
            <numerusform>Saugojimo vykdymas %1, vykdė %2: tvarkyti %n klientai.</numerusform>
            <numerusform>Saugojimo vykdymas %1, vykdė %2: tvarkyta %n klientų.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>nuasmenintas</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>ištrintas</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>visi patikrinimai sėkmingi</translation>
    </message>
    <message>
        <source>checks failed: %1</source>
        <translation>nepavykę patikrinimai: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due but under a legal hold: left as they are.</source>
        <translation>
            <numerusform>%n kliento terminas suėjo, bet jis sulaikytas: paliktas, koks yra.</numerusform>
            <numerusform>%n klientų terminas suėjo, bet jie sulaikyti: palikti, kokie yra.</numerusform>
            <numerusform>%n klientų terminas suėjo, bet jie sulaikyti: palikti, kokie yra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the clients not listed are still due.</source>
        <translation>Sustabdyta nepasibaigus: neišvardytų klientų terminas vis dar suėjęs.</translation>
    </message>
    <message>
        <source>Report SHA-256: %1</source>
        <translation>Ataskaitos SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratorius</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktorius</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peržiūrėtojas</translation>
    </message>
    <message>
        <source>Editors, administrators and the owner</source>
        <translation>Redaktoriai, administratoriai ir savininkas</translation>
    </message>
    <message>
        <source>Administrators and the owner only</source>
        <translation>Tik administratoriai ir savininkas</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Customer no.</source>
        <translation>Kliento Nr.</translation>
    </message>
    <message>
        <source>Asked for a quote for the spring order.</source>
        <translation>Paprašė pasiūlymo pavasario užsakymui.</translation>
    </message>
    <message>
        <source>Called back about the invoice; paid the same day.</source>
        <translation>Perskambinta dėl sąskaitos; apmokėta tą pačią dieną.</translation>
    </message>
    <message>
        <source>Prefers email to phone calls.</source>
        <translation>Pageidauja el. laiškų, o ne skambučių.</translation>
    </message>
    <message>
        <source>Met at the trade fair; interested in the wholesale price list.</source>
        <translation>Susipažinome parodoje; domisi didmeninių kainų sąrašu.</translation>
    </message>
    <message>
        <source>Sent the updated price list.</source>
        <translation>Išsiųstas atnaujintas kainoraštis.</translation>
    </message>
    <message>
        <source>Talked about renewing the service contract next quarter.</source>
        <translation>Kalbėjome apie paslaugų sutarties pratęsimą kitą ketvirtį.</translation>
    </message>
    <message>
        <source>Delivery was two days late; offered 10% off the next order.</source>
        <translation>Pristatymas vėlavo dvi dienas; pasiūlyta 10 proc. nuolaida kitam užsakymui.</translation>
    </message>
    <message>
        <source>Would like a reminder in September.</source>
        <translation>Norėtų priminimo rugsėjį.</translation>
    </message>
    <message>
        <source>Service agreement — summary

Monthly bookkeeping and one annual report.
Documents are handed over by the 5th of each month.
Either side may end the agreement with one month&apos;s notice.
</source>
        <translation>Paslaugų sutartis — santrauka

Mėnesinė buhalterinė apskaita ir viena metinė ataskaita.
Dokumentai perduodami iki kiekvieno mėnesio 5 d.
Bet kuri šalis gali nutraukti sutartį, įspėjusi prieš vieną mėnesį.
</translation>
    </message>
    <message>
        <source>Service agreement summary.txt</source>
        <translation>Paslaugų sutarties santrauka.txt</translation>
    </message>
    <message>
        <source>News and offers by email, about once a month.</source>
        <translation>Naujienos ir pasiūlymai el. paštu, maždaug kartą per mėnesį.</translation>
    </message>
    <message>
        <source>Calls about new products and seasonal offers.</source>
        <translation>Skambučiai apie naujus produktus ir sezoninius pasiūlymus.</translation>
    </message>
    <message>
        <source>A sample privacy policy: what we keep about our clients, why, for how long, and how to ask us about it.</source>
        <translation>Pavyzdinė privatumo politika: ką saugome apie savo klientus, kodėl, kiek laiko ir kaip mūsų apie tai paklausti.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Šį seifą sukūrė naujesnė Coffer versija (schema %1); ši versija supranta iki %2.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of Coffer.</source>
        <translation>Seifo nepavyko atnaujinti šiai Coffer versijai.</translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>This is not an encrypted Coffer export, or it is cut short.</source>
        <translation>Tai ne šifruotas Coffer eksportas arba jis nepilnas.</translation>
    </message>
    <message>
        <source>This encrypted export has a format version this Coffer does not read.</source>
        <translation>Šio šifruoto eksporto formato versijos ši Coffer versija neskaito.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (key derivation parameters).</source>
        <translation>Šifruotas eksportas sugadintas (rakto išvedimo parametrai).</translation>
    </message>
    <message>
        <source>The encrypted export is cut short: its end is missing.</source>
        <translation>Šifruotas eksportas nepilnas: trūksta jo pabaigos.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (a chunk has an impossible length).</source>
        <translation>Šifruotas eksportas sugadintas (neįmanomas dalies ilgis).</translation>
    </message>
    <message>
        <source>Wrong password, or the encrypted export is damaged at its start.</source>
        <translation>Neteisingas slaptažodis arba sugadinta šifruoto eksporto pradžia.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged: a part of it was altered.</source>
        <translation>Šifruotas eksportas sugadintas: dalis jo pakeista.</translation>
    </message>
    <message>
        <source>The encrypted export has data after its end.</source>
        <translation>Po šifruoto eksporto pabaigos yra papildomų duomenų.</translation>
    </message>
</context>
<context>
    <name>SecureOverwrite</name>
    <message>
        <source>syncing</source>
        <translation>sinchronizavimas</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>skaitymas</translation>
    </message>
    <message>
        <source>overwriting</source>
        <translation>perrašymas</translation>
    </message>
    <message>
        <source>reading back</source>
        <translation>pakartotinis nuskaitymas</translation>
    </message>
    <message>
        <source>%1: the bytes read back from the device differ from those written, from byte %2 on.</source>
        <translation>%1: iš įrenginio pakartotinai nuskaityti baitai skiriasi nuo įrašytųjų, pradedant baitu %2.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 nepavyko: %3</translation>
    </message>
    <message>
        <source>finding the file</source>
        <translation>failo paieška</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nėra įprastas failas.</translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation>atvėrimas rašymui</translation>
    </message>
    <message>
        <source>reading the size</source>
        <translation>dydžio nuskaitymas</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>sutrumpinimas</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>pervadinimas</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>atsiejimas</translation>
    </message>
    <message>
        <source>syncing the folder</source>
        <translation>aplanko sinchronizavimas</translation>
    </message>
    <message>
        <source>removing files from the folder</source>
        <translation>failų šalinimas iš aplanko</translation>
    </message>
</context>
<context>
    <name>Tombstones</name>
    <message>
        <source>The erasure tombstone file is damaged or was altered.</source>
        <translation>Ištrynimo žymių failas sugadintas arba pakeistas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nepavyksta nuskaityti %1: %2</translation>
    </message>
    <message>
        <source>The erasure tombstone file belongs to another vault.</source>
        <translation>Ištrynimo žymių failas priklauso kitam seifui.</translation>
    </message>
    <message>
        <source>A client&apos;s pseudonym has the wrong length.</source>
        <translation>Kliento pseudonimas netinkamo ilgio.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation>%1 nėra Coffer seifas.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Naudotojo vardas tuščias.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Naudotojo vardas ilgesnis nei %1 simbolių.</translation>
    </message>
    <message>
        <source>The user name contains control characters.</source>
        <translation>Naudotojo varde yra valdymo simbolių.</translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Rakto išvedimo parametrai už leistinų ribų.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 jau yra ir nėra tuščias.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key.</source>
        <translation>Neteisingas naudotojo vardas arba atkūrimo raktas.</translation>
    </message>
    <message>
        <source>The vault header is damaged (it does not match its checksum).</source>
        <translation>Seifo antraštė sugadinta (neatitinka kontrolinės sumos).</translation>
    </message>
    <message>
        <source>The vault is damaged: its database file is missing.</source>
        <translation>Seifas sugadintas: trūksta jo duomenų bazės failo.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Seifas užrakintas.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>Prisijungėte su vienkartiniu slaptažodžiu: pirmiausia pasirinkite savo slaptažodį.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Jūsų vaidmuo (%1) to neleidžia.</translation>
    </message>
    <message>
        <source>The vault header is damaged (your key slot is missing).</source>
        <translation>Seifo antraštė sugadinta (trūksta jūsų rakto lizdo).</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Nėra naudotojo „%1“.</translation>
    </message>
    <message>
        <source>A vault has one owner; hand ownership over with a role change instead.</source>
        <translation>Seifas turi vieną savininką; savininko teises perduokite pakeisdami vaidmenį.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Naudotojas „%1“ jau yra.</translation>
    </message>
    <message>
        <source>This vault cannot hold more users.</source>
        <translation>Į šį seifą daugiau naudotojų pridėti negalima.</translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation>Savininko pašalinti negalima.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or the owner.</source>
        <translation>Negalite pašalinti savęs; paprašykite kito administratoriaus arba savininko.</translation>
    </message>
    <message>
        <source>Only the owner can remove an administrator.</source>
        <translation>Tik savininkas gali pašalinti administratorių.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Negalite pakeisti savo vaidmens.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over, by giving another user the owner role.</source>
        <translation>Tik savininkas gali perduoti savininko teises, suteikdamas kitam naudotojui savininko vaidmenį.</translation>
    </message>
    <message>
        <source>Only the owner can change an administrator&apos;s role.</source>
        <translation>Tik savininkas gali pakeisti administratoriaus vaidmenį.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over.</source>
        <translation>Tik savininkas gali perduoti savininko teises.</translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation>Tik savininkas gali iš naujo nustatyti administratoriaus slaptažodį.</translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation>Seifo antraštė sugadinta (trūksta rakto lizdo).</translation>
    </message>
    <message>
        <source>Change your own password instead: the menu under your name, or Settings.</source>
        <translation>Vietoj to pakeiskite savo slaptažodį: meniu po savo vardu arba nuostatose.</translation>
    </message>
    <message>
        <source>Nobody can reset the owner&apos;s password. An owner who has forgotten it locks the vault and chooses “Forgot your password?” to use the recovery key.</source>
        <translation>Niekas negali iš naujo nustatyti savininko slaptažodžio. Jį pamiršęs savininkas užrakina seifą ir pasirenka „Pamiršote slaptažodį?“, kad panaudotų atkūrimo raktą.</translation>
    </message>
    <message>
        <source>In this vault only administrators and the owner may erase clients (the owner&apos;s choice, in Settings). Ask one of them.</source>
        <translation>Šiame seife klientus gali ištrinti tik administratoriai ir savininkas (savininko pasirinkimas nuostatose). Paprašykite vieno iš jų.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow erasing clients.</source>
        <translation>Jūsų vaidmuo (%1) neleidžia ištrinti klientų.</translation>
    </message>
    <message>
        <source>This vault&apos;s database (vault.db) is older than its header: the header is at change %1, the database at change %2.</source>
        <translation>Šios seifo duomenų bazė (vault.db) senesnė už jos antraštę: antraštė ties pakeitimu %1, duomenų bazė ties pakeitimu %2.</translation>
    </message>
    <message>
        <source>This vault&apos;s header is older than its database: the header is at change %1, the database at change %2.</source>
        <translation>Šios seifo antraštė senesnė už jos duomenų bazę: antraštė ties pakeitimu %1, duomenų bazė ties pakeitimu %2.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of one of its files, which would undo removals of users, password changes or erasures. If you did not restore it yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>Galbūt kas nors grąžino senesnę vieno iš jos failų kopiją, o tai atšauktų naudotojų pašalinimus, slaptažodžių keitimus ar ištrynimus. Jei patys jos neatkūrėte, laikykite, kad seifas buvo pakeistas, ir patikrinkite audito žurnalą.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Nepavyksta pašalinti %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Nepavyksta perkelti %1 į vietą: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Nepavyksta įrašyti %1 į diską.</translation>
    </message>
    <message>
        <source>The vault&apos;s rekey journal (%1) is damaged; the vault was left as it is.</source>
        <translation>Seifo rakto keitimo žurnalas (%1) sugadintas; seifas paliktas, koks yra.</translation>
    </message>
    <message>
        <source>%1 has not signed in since the vault moved to the new key format: ask them to sign in once, or reset their password.</source>
        <translation>%1 neprisijungė nuo tada, kai seifas perėjo į naują raktų formatą: paprašykite prisijungti vieną kartą arba atkurkite slaptažodį.</translation>
    </message>
    <message>
        <source>The data key was not changed, and nothing else either.</source>
        <translation>Duomenų raktas nepakeistas, kaip ir niekas kita.</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Duomenų rakto nepavyko pakeisti: %1</translation>
    </message>
    <message>
        <source>The recovery key has not been used since the vault moved to the new key format: the owner replaces it first (coffer-cli recovery-key rotate).</source>
        <translation>Atkūrimo raktas nenaudotas nuo tada, kai seifas perėjo į naują raktų formatą: savininkas pirmiausia jį pakeičia (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This vault has no recovery key at the moment: its owner makes a new one (coffer-cli recovery-key rotate).</source>
        <translation>Šis seifas šiuo metu neturi atkūrimo rakto: jo savininkas sukuria naują (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This computer has seen this vault at change %1, and its files are now at change %2: both the header and the database were put back from an older copy.</source>
        <translation>Šis kompiuteris yra matęs šį seifą ties pakeitimu %1, o jo failai dabar yra ties pakeitimu %2: ir antraštė, ir duomenų bazė buvo grąžintos iš senesnės kopijos.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of how far this vault has changed does not verify: it was edited outside Coffer.</source>
        <translation>Šio kompiuterio įrašas apie tai, kiek šis seifas pasikeitė, nepraeina patikros: jis buvo pataisytas ne per Coffer.</translation>
    </message>
    <message>
        <source>That would undo removals of users, password changes or erasures. If you did not put them back yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>Tai atšauktų naudotojų pašalinimus, slaptažodžių keitimus ar ištrynimus. Jei patys jų negrąžinote, laikykite, kad seifas buvo pakeistas, ir patikrinkite audito žurnalą.</translation>
    </message>
    <message>
        <source>You cannot manage users yet: the list of users is sealed with a key that the owner and the administrators hold, and you have not been given your copy. It is given when the owner or another administrator next signs in.</source>
        <translation>Kol kas negalite tvarkyti naudotojų: naudotojų sąrašas užantspauduotas raktu, kurį turi savininkas ir administratoriai, o jūsų kopija jums dar neduota. Ji duodama, kai savininkas ar kitas administratorius kitą kartą prisijungia.</translation>
    </message>
    <message>
        <source>Your copy of the vault&apos;s integrity key was replaced outside Coffer.</source>
        <translation>Jūsų seifo vientisumo rakto kopija buvo pakeista ne per Coffer.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer.</source>
        <translation>Seifo vientisumo raktas buvo pašalintas ne per Coffer.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Coffer since the owner or an administrator last signed in. Verify it on the Audit log page to see from where.</source>
        <translation>Audito žurnalas buvo pakeistas ne per Coffer nuo tada, kai savininkas ar administratorius paskutinį kartą prisijungė. Patikrinkite jį puslapyje „Audito žurnalas“ ir pamatysite, nuo kurios vietos.</translation>
    </message>
    <message>
        <source>The list of users was changed outside Coffer since the owner or an administrator last changed it: a user or the recovery key was removed or replaced.</source>
        <translation>Naudotojų sąrašas buvo pakeistas ne per Coffer nuo tada, kai savininkas ar administratorius jį paskutinį kartą keitė: pašalintas ar pakeistas naudotojas arba atkūrimo raktas.</translation>
    </message>
    <message>
        <source>The list of users and their roles was changed outside Coffer since the owner or an administrator last changed it: check %1 on the Users page.</source>
        <translation>Naudotojų sąrašas ir jų vaidmenys buvo pakeisti ne per Coffer nuo tada, kai savininkas ar administratorius juos paskutinį kartą keitė: patikrinkite %1 puslapyje „Naudotojai“.</translation>
    </message>
    <message>
        <source>Changes made before now cannot be told apart from Coffer&apos;s own; Coffer has made a new key, which seals the vault as it is now, and gave it to you alone: give it to each administrator again by choosing their role again on the Users page.</source>
        <translation>Iki šiol padarytų pakeitimų neįmanoma atskirti nuo pačios Coffer padarytų; Coffer sukūrė naują raktą, kuris užantspauduoja seifą tokį, koks jis yra dabar, ir davė jį tik jums: duokite jį kiekvienam administratoriui dar kartą, puslapyje „Naudotojai“ iš naujo pasirinkę jo vaidmenį.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer. The owner&apos;s next sign-in makes a new one.</source>
        <translation>Seifo vientisumo raktas buvo pašalintas ne per Coffer. Savininkas kitą kartą prisijungęs sukurs naują.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation>Seifo antraštė sugadinta (%1).</translation>
    </message>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation>Tai ne Coffer seifas.</translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation>Seifo antraštės formato versija yra %1; ši Coffer versija skaito %2 versiją.</translation>
    </message>
    <message>
        <source>The vault header cannot be written in format %1.</source>
        <translation>Saugyklos antraštės negalima įrašyti formatu %1.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>Cannot open the vault&apos;s lock file: %1</source>
        <translation>Nepavyksta atverti seifo užrakto failo: %1</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Seifą naudoja kita programa.</translation>
    </message>
    <message>
        <source>The vault is in use by another program (process %1).</source>
        <translation>Seifą naudoja kita programa (procesas %1).</translation>
    </message>
</context>
<context>
    <name>VaultReplacement</name>
    <message>
        <source>The backup is not a backup of this vault; nothing was changed.</source>
        <translation>Ši atsarginė kopija nėra šio seifo atsarginė kopija; niekas nebuvo pakeista.</translation>
    </message>
    <message>
        <source>The restored vault is whole in %1, but it could not take the place of %2.</source>
        <translation>Atkurtas seifas yra sveikas aplanke %1, bet jis negalėjo užimti %2 vietos.</translation>
    </message>
    <message>
        <source>The folder %1 could not be removed.</source>
        <translation>Nepavyko pašalinti aplanko %1.</translation>
    </message>
    <message>
        <source>The restored vault did not pass every check (%1), so it was discarded and the current vault was not changed.</source>
        <translation>Atkurtas seifas nepraėjo visų patikrų (%1), todėl jis atmestas, o dabartinis seifas nebuvo pakeistas.</translation>
    </message>
    <message>
        <source>An earlier replacement of this vault was interrupted; finish it first (the app offers it when the vault is opened, or restore --finish-replace).</source>
        <translation>Ankstesnis šio seifo pakeitimas buvo nutrauktas; pirmiausia jį užbaikite (programa tai pasiūlo atveriant seifą, arba naudokite restore --finish-replace).</translation>
    </message>
    <message>
        <source>%1 is not an interrupted replacement of this vault; it cannot replace it.</source>
        <translation>Aplankas %1 nėra nutrauktas šio seifo pakeitimas; juo negalima pakeisti šio seifo.</translation>
    </message>
    <message>
        <source>%1 is not a restore of this vault; nothing was changed.</source>
        <translation>Aplankas %1 nėra šio seifo atkurta kopija; niekas nebuvo pakeista.</translation>
    </message>
    <message>
        <source>%1 was already taking the vault&apos;s place; it can only be finished.</source>
        <translation>Aplankas %1 jau buvo pradėjęs užimti seifo vietą; šį pakeitimą galima tik užbaigti.</translation>
    </message>
</context>
<context>
    <name>VaultReplacementTasks</name>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifo pakeitimas</translation>
    </message>
    <message>
        <source>Finishing with what the interrupted replacement of “%1” left. Please do not switch the computer off.</source>
        <translation>Sutvarkoma tai, kas liko po nutraukto seifo „%1“ pakeitimo. Prašome neišjungti kompiuterio.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 and checking it; then “%2” is replaced. Please do not switch the computer off.</source>
        <translation>Atkuriama ir tikrinama atsarginė kopija (%1); tada bus pakeistas seifas „%2“. Prašome neišjungti kompiuterio.</translation>
    </message>
    <message>
        <source>Coffer was replacing “%1” with a backup when it stopped</source>
        <translation>Coffer keitė seifą „%1“ atsargine kopija, kai darbas sustojo</translation>
    </message>
    <message>
        <source>The restored backup had passed every check, and the previous vault was being destroyed. Finish the replacement to open the vault again; you then sign in with a password of the backup&apos;s day.</source>
        <translation>Atkurta atsarginė kopija buvo praėjusi visas patikras, o ankstesnis seifas buvo naikinamas. Užbaikite pakeitimą, kad vėl galėtumėte atverti seifą; tada prisijunkite slaptažodžiu, galiojusiu atsarginės kopijos sukūrimo dieną.</translation>
    </message>
    <message>
        <source>&amp;Finish Replacing</source>
        <translation>&amp;Užbaigti pakeitimą</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ne dabar</translation>
    </message>
    <message>
        <source>A replacement of “%1” stopped before it changed the vault</source>
        <translation>Seifo „%1“ pakeitimas sustojo dar nepakeitęs seifo</translation>
    </message>
    <message>
        <source>The vault is as it was. The backup restored for the replacement is still beside it, in %1, and is not needed: delete it, or keep it for now and decide later.</source>
        <translation>Seifas toks, koks buvo. Pakeitimui atkurta atsarginė kopija vis dar yra šalia jo, aplanke %1, ir nėra reikalinga: ištrinkite ją arba kol kas palikite ir nuspręskite vėliau.</translation>
    </message>
    <message>
        <source>&amp;Delete the Restored Copy</source>
        <translation>&amp;Ištrinti atkurtą kopiją</translation>
    </message>
    <message>
        <source>&amp;Keep It for Now</source>
        <translation>&amp;Kol kas palikti</translation>
    </message>
</context>
<context>
    <name>coffer::AccessLetter</name>
    <message>
        <source>Your personal data held by %1</source>
        <translation>Jūsų asmens duomenys, kuriuos tvarko %1</translation>
    </message>
    <message>
        <source>us</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Laiško įrašyti nepavyko: %1</translation>
    </message>
    <message>
        <source>On %1 you asked us (%2) which personal data about you we hold. This letter answers your request under Article 15 of the General Data Protection Regulation (GDPR).</source>
        <translation>%1 paklausėte mūsų (%2), kokius jūsų asmens duomenis turime. Šiuo laišku atsakome į jūsų prašymą pagal Bendrojo duomenų apsaugos reglamento (BDAR) 15 straipsnį.</translation>
    </message>
    <message>
        <source>A complete copy of your data is enclosed as the file %1: a zip archive in standard formats (JSON and CSV, with your files as they were given to us) that any computer can open.</source>
        <translation>Visa jūsų duomenų kopija pridedama kaip failas %1: zip archyvas standartiniais formatais (JSON ir CSV, su jūsų failais tokiais, kokius juos gavome), kurį gali atidaryti bet kuris kompiuteris.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the copy&apos;s contents list (manifest.json): %1</source>
        <translation>Kopijos turinio sąrašo (manifest.json) SHA-256 kontrolinė suma: %1</translation>
    </message>
    <message>
        <source>The data we hold about you</source>
        <translation>Jūsų duomenys, kuriuos turime</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Jūsų įrašas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Retention category</source>
        <translation>Saugojimo kategorija</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Įrašas sukurtas</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Paskutinį kartą keista</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Tvarkymas</translation>
    </message>
    <message>
        <source>Restricted: your data is only stored, not otherwise used.</source>
        <translation>Apribotas: jūsų duomenys tik saugomi, kitaip nenaudojami.</translation>
    </message>
    <message numerus="yes">
        <source>Notes about you (%n)</source>
        <translation>
            <numerusform>Pastabos apie jus (%n)</numerusform>
            <numerusform>Pastabos apie jus (%n)</numerusform>
            <numerusform>Pastabos apie jus (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no notes about you.</source>
        <translation>Pastabų apie jus neturime.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <translation>
            <numerusform>Failai (%n)</numerusform>
            <numerusform>Failai (%n)</numerusform>
            <numerusform>Failai (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no files about you.</source>
        <translation>Failų apie jus neturime.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>The files themselves are in the enclosed copy.</source>
        <translation>Patys failai yra pridėtoje kopijoje.</translation>
    </message>
    <message numerus="yes">
        <source>Your consents (%n)</source>
        <translation>
            <numerusform>Jūsų sutikimai (%n)</numerusform>
            <numerusform>Jūsų sutikimai (%n)</numerusform>
            <numerusform>Jūsų sutikimai (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We have recorded no consent from you.</source>
        <translation>Nesame užregistravę jokio jūsų sutikimo.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsų atsakymas</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Kaip duotas</translation>
    </message>
    <message>
        <source>Why we hold your data and on what legal basis</source>
        <translation>Kodėl turime jūsų duomenis ir kokiu teisiniu pagrindu</translation>
    </message>
    <message>
        <source>On the basis of your consent (GDPR Art. 6(1)(a)), which you may withdraw at any time: %1.</source>
        <translation>Remiantis jūsų sutikimu (BDAR 6 straipsnio 1 dalies a punktas), kurį galite bet kada atšaukti: %1.</translation>
    </message>
    <message>
        <source>Our register records no purpose for your data beyond keeping your client record.</source>
        <translation>Mūsų registre nenurodytas joks jūsų duomenų tikslas, išskyrus jūsų kliento įrašo tvarkymą.</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Kas gauna jūsų duomenis</translation>
    </message>
    <message>
        <source>Our register records no one outside our business who receives your data.</source>
        <translation>Mūsų registre nenurodytas nė vienas gavėjas už mūsų įmonės ribų.</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Kiek laiko juos saugome</translation>
    </message>
    <message>
        <source>Our register records no retention period; we keep your data no longer than necessary for the purposes above.</source>
        <translation>Mūsų registre nenurodytas saugojimo laikotarpis; jūsų duomenis saugome ne ilgiau, nei reikia pirmiau nurodytiems tikslams.</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Iš kur jie gauti</translation>
    </message>
    <message>
        <source>Our register records no source other than you.</source>
        <translation>Mūsų registre nenurodytas joks kitas šaltinis, išskyrus jus.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Jūsų teisės</translation>
    </message>
    <message>
        <source>You may ask us to correct your data (GDPR Art. 16), to erase it (Art. 17), to restrict its processing (Art. 18) and to give it to you in a machine-readable form (Art. 20), and you may object to its processing, and always to its use for direct marketing (Art. 21).</source>
        <translation>Galite prašyti mūsų ištaisyti jūsų duomenis (BDAR 16 straipsnis), juos ištrinti (17 straipsnis), apriboti jų tvarkymą (18 straipsnis) ir pateikti juos jums kompiuterio skaitomu formatu (20 straipsnis), taip pat galite nesutikti su jų tvarkymu, o visada – su jų naudojimu tiesioginei rinkodarai (21 straipsnis).</translation>
    </message>
    <message>
        <source>You may also complain to the data protection supervisory authority of your country.</source>
        <translation>Taip pat galite pateikti skundą savo šalies duomenų apsaugos priežiūros institucijai.</translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority: %1.</source>
        <translation>Taip pat galite pateikti skundą priežiūros institucijai: %1.</translation>
    </message>
    <message>
        <source>Who accessed or changed your record</source>
        <translation>Kas peržiūrėjo arba keitė jūsų įrašą</translation>
    </message>
    <message>
        <source>Our records log lists each change to your record, each export of it and each opening of your files, newest first. People are named by their role only; looking at the record on screen is not logged.</source>
        <translation>Mūsų žurnale nurodytas kiekvienas jūsų įrašo pakeitimas, kiekvienas jo eksportas ir kiekvienas jūsų failų atidarymas, naujausi pirmiau. Žmonės nurodyti tik pagal jų vaidmenį; įrašo peržiūra ekrane neregistruojama.</translation>
    </message>
    <message>
        <source>The log holds no entry about your record.</source>
        <translation>Žurnale nėra jokio įrašo apie jūsų įrašą.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas atlikta</translation>
    </message>
    <message>
        <source>Older entries are left out of this letter; ask us for them.</source>
        <translation>Senesni įrašai į šį laišką neįtraukti; paprašykite jų mūsų.</translation>
    </message>
    <message>
        <source>If anything in this letter is unclear, or you want to use one of your rights, contact us: %1.</source>
        <translation>Jei kas nors šiame laiške neaišku arba norite pasinaudoti kuria nors savo teise, susisiekite su mumis: %1.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Pagarbiai</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Įrašas pakeistas</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tvarkymas apribotas</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Apribojimas panaikintas</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Pridėta pastaba</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Pakeista pastaba</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Pridėtas failas</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Atidarytas failas</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Užregistruotas sutikimas</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Duomenys eksportuoti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>Buvęs naudotojas</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Pašalinta pastaba</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Pašalintas failas</translation>
    </message>
</context>
<context>
    <name>coffer::AddUserDialog</name>
    <message>
        <source>Adds, changes and erases client data, and exports one client&apos;s data.</source>
        <translation>Prideda, keičia ir ištrina klientų duomenis, eksportuoja vieno kliento duomenis.</translation>
    </message>
    <message>
        <source>Reads client data; changes nothing.</source>
        <translation>Skaito klientų duomenis; nieko nekeičia.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Naudotojo pridėjimas</translation>
    </message>
    <message>
        <source>Coffer makes a one-time password for the new user. You give it to them; at their first sign-in they choose their own.</source>
        <translation>Coffer sukuria vienkartinį slaptažodį naujam naudotojui. Jūs jį perduodate naudotojui; pirmą kartą prisijungęs jis pasirinks savo slaptažodį.</translation>
    </message>
    <message>
        <source>The name they will sign in with</source>
        <translation>Vardas, kuriuo bus prisijungiama</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>V&amp;aidmuo:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Pridėti naudotoją</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Everything an administrator may do, choosing who may erase clients, and cancelling the account.</source>
        <translation>Viskas, ką gali administratorius, taip pat pasirinkimas, kas gali ištrinti klientus, ir paskyros uždarymas.</translation>
    </message>
    <message>
        <source>Works with client data and erases clients, manages users, exports everything, makes and restores backups and reads the audit log.</source>
        <translation>Dirba su klientų duomenimis ir ištrina klientus, tvarko naudotojus, eksportuoja viską, daro ir atkuria atsargines kopijas ir skaito audito žurnalą.</translation>
    </message>
    <message>
        <source>Adds and changes client data and exports one client&apos;s data; in this vault only administrators and the owner may erase clients.</source>
        <translation>Prideda ir keičia klientų duomenis ir eksportuoja vieno kliento duomenis; šiame seife klientus gali ištrinti tik administratoriai ir savininkas.</translation>
    </message>
</context>
<context>
    <name>coffer::AuditFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Išvalyti filtrus</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Rodyti įrašus, kurių autorius</translation>
    </message>
    <message>
        <source>Show the actions of kind</source>
        <translation>Rodyti šios rūšies veiksmus</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Visi veiksmai</translation>
    </message>
    <message>
        <source>Show the entries of the days</source>
        <translation>Rodyti šių dienų įrašus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Bet kada</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šiais metais</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Tarp datų</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>Nuo dienos</translation>
    </message>
    <message>
        <source>To the day, included</source>
        <translation>Iki dienos imtinai</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>Show every entry of the log again.</source>
        <translation>Vėl rodyti visus žurnalo įrašus.</translation>
    </message>
    <message>
        <source>Show the entries about every client</source>
        <translation>Rodyti įrašus apie visus klientus</translation>
    </message>
    <message>
        <source>Remove the client filter</source>
        <translation>Pašalinti kliento filtrą</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Veiksmas:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kada:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Visi naudotojai</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>The chip above the audit log when it shows one client&apos;s entries; %1 is the client&apos;s current name.</extracomment>
        <translation>Istorija: %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niekas neprisijungęs)</translation>
    </message>
    <message>
        <source>(removed user)</source>
        <translation>(pašalintas naudotojas)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The chain is broken from entry %1 on: this entry may have been changed, inserted or moved.</source>
        <translation>Grandinė nutrūksta nuo įrašo %1: šis įrašas galėjo būti pakeistas, įterptas arba perkeltas.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objektas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informacija</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) by %1</source>
        <translation>
            <numerusform>%1: %n prisijungimas</numerusform>
            <numerusform>%1: %n prisijungimai</numerusform>
            <numerusform>%1: %n prisijungimų</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Nuo %1 iki %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed in and locked the vault %n time(s) in a row, with nothing else between. Open the row to see each time.</source>
        <translation>
            <numerusform>%1 prisijungė ir užrakino seifą %n kartą iš eilės, be kitų veiksmų tarp jų. Atidarykite eilutę, kad pamatytumėte kiekvieną kartą.</numerusform>
            <numerusform>%1 prisijungė ir užrakino seifą %n kartus iš eilės, be kitų veiksmų tarp jų. Atidarykite eilutę, kad pamatytumėte kiekvieną kartą.</numerusform>
            <numerusform>%1 prisijungė ir užrakino seifą %n kartų iš eilės, be kitų veiksmų tarp jų. Atidarykite eilutę, kad pamatytumėte kiekvieną kartą.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Priklausė — %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Audito žurnalo įrašai</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Tikrinti grandinę</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Tikrinti grandinę</translation>
    </message>
    <message>
        <source>Check that no entry of the log has been changed, inserted or deleted.</source>
        <translation>Patikrinti, ar joks žurnalo įrašas nebuvo pakeistas, įterptas ar ištrintas.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atnaujinti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Show the entries written since the list was opened.</source>
        <translation>Rodyti įrašus, atsiradusius nuo tada, kai sąrašas buvo atvertas.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln įrašas</numerusform>
            <numerusform>%Ln įrašai</numerusform>
            <numerusform>%Ln įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Grandinės tikrinimas</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Tikrinami visi audito žurnalo įrašai…</translation>
    </message>
    <message>
        <source>The audit log is intact: all %L1 entries are linked as they were written. No entry has been changed, inserted or deleted since.</source>
        <translation>Audito žurnalas nepažeistas: visi įrašai (%L1) susieti taip, kaip buvo įrašyti. Nuo tada joks įrašas nebuvo pakeistas, įterptas ar ištrintas.</translation>
    </message>
    <message>
        <source>The audit log has been altered. The chain is first broken at entry %L1: that entry, or one just before it, was changed, inserted or deleted outside Coffer. Entries from %L1 on cannot be trusted. Keep this vault as it is and compare with a backup made before that time.</source>
        <translation>Audito žurnalas pakeistas. Grandinė pirmą kartą nutrūksta ties įrašu %L1: šis įrašas arba vienas iš ankstesnių buvo pakeistas, įterptas ar ištrintas ne per Coffer. Įrašais nuo %L1 pasitikėti negalima. Palikite šį seifą tokį, koks yra, ir palyginkite jį su atsargine kopija, padaryta iki to laiko.</translation>
    </message>
    <message>
        <source>The newest %L1 entries are shown; scroll down for older ones</source>
        <translation>Rodoma naujausių įrašų: %L1; slinkite žemyn, kad matytumėte senesnius</translation>
    </message>
    <message>
        <source>Who did what in this vault, and when, newest first. The log itself names no client, only a code that this vault alone can match to them; while the client exists, their name is shown here. “Show history” on a client&apos;s page opens their entries. Each entry is linked to the one before, so a change to the log shows when the chain is verified.</source>
        <translation>Kas ką šiame seife darė ir kada, naujausi pirmiau. Žurnale nėra jokio kliento vardo, tik kodas, kurį su klientu gali susieti tik šis seifas; kol klientas yra, čia rodomas jo vardas. „Rodyti istoriją“ kliento puslapyje atidaro jo įrašus. Kiekvienas įrašas susietas su ankstesniu, todėl tikrinant grandinę matomas bet koks žurnalo pakeitimas.</translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation>Pašalinti naudotojai</translation>
    </message>
    <message>
        <source>Nobody signed in (failed sign-ins)</source>
        <translation>Niekas neprisijungęs (nepavykę prisijungimai)</translation>
    </message>
    <message>
        <source>No entry matches these filters</source>
        <translation>Šiuos filtrus atitinkančių įrašų nėra</translation>
    </message>
    <message>
        <source>The newest %L1 matching entries are shown; scroll down for older ones</source>
        <translation>Rodomi naujausi %L1 atitinkantys įrašai; slinkite žemyn, kad pamatytumėte senesnius</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln atitinkantis įrašas</numerusform>
            <numerusform>%Ln atitinkantys įrašai</numerusform>
            <numerusform>%Ln atitinkančių įrašų</numerusform>
        </translation>
    </message>
    <message>
        <source>The users and the log&apos;s seals were not checked: you have not been given the vault&apos;s integrity key yet. It is given when the owner or another administrator next signs in.</source>
        <translation>Naudotojai ir žurnalo antspaudai nebuvo patikrinti: jums dar neduotas seifo vientisumo raktas. Jis duodamas, kai savininkas ar kitas administratorius kitą kartą prisijungia.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key is missing: it was removed outside Coffer.</source>
        <translation>Seifo vientisumo rakto nėra: jis buvo pašalintas ne per Coffer.</translation>
    </message>
    <message>
        <source>This vault has no integrity key yet: the owner or an administrator makes it at their next sign-in.</source>
        <translation>Šis seifas dar neturi vientisumo rakto: savininkas ar administratorius jį sukuria kitą kartą prisijungęs.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them. Check every user&apos;s role on the Users page.</source>
        <translation>Naudotojai ar jų vaidmenys buvo pakeisti ne per Coffer nuo tada, kai savininkas ar administratorius juos paskutinį kartą keitė. Patikrinkite kiekvieno naudotojo vaidmenį puslapyje „Naudotojai“.</translation>
    </message>
    <message>
        <source>The log&apos;s seals (checkpoints) were removed outside Coffer.</source>
        <translation>Žurnalo antspaudai (kontroliniai taškai) buvo pašalinti ne per Coffer.</translation>
    </message>
    <message>
        <source>The seal at entry %L1 does not hold: the log was changed outside Coffer at or before that entry, by someone who rewrote its links to hide it.</source>
        <translation>Antspaudas ties įrašu %L1 neatitinka: žurnalas buvo pakeistas ne per Coffer šiame įraše ar prieš jį, o kažkas perrašė jo saitus, kad tai paslėptų.</translation>
    </message>
    <message numerus="yes">
        <source>Changes outside Coffer were found before, %Ln time(s): see the entries named “integrity” in the log.</source>
        <translation>
            <numerusform>Pakeitimų ne per Coffer jau rasta %Ln kartą: žr. žurnalo įrašus, pavadintus „integrity“.</numerusform>
            <numerusform>Pakeitimų ne per Coffer jau rasta %Ln kartus: žr. žurnalo įrašus, pavadintus „integrity“.</numerusform>
            <numerusform>Pakeitimų ne per Coffer jau rasta %Ln kartų: žr. žurnalo įrašus, pavadintus „integrity“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entries after it are covered by their links alone.</source>
        <translation>
            <numerusform>Naudotojai ir jų vaidmenys tokie, kokius juos paliko savininkas ar administratorius, o žurnalas užantspauduotas iki įrašo %L1; %Ln įrašą po jo saugo tik jo saitai.</numerusform>
            <numerusform>Naudotojai ir jų vaidmenys tokie, kokius juos paliko savininkas ar administratorius, o žurnalas užantspauduotas iki įrašo %L1; %Ln įrašus po jo saugo tik jų saitai.</numerusform>
            <numerusform>Naudotojai ir jų vaidmenys tokie, kokius juos paliko savininkas ar administratorius, o žurnalas užantspauduotas iki įrašo %L1; %Ln įrašų po jo saugo tik jų saitai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was changed outside Coffer.</source>
        <translation>Seifas buvo pakeistas ne per Coffer.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them: check %1 on the Users page.</source>
        <translation>Naudotojai ar jų vaidmenys buvo pakeisti ne per Coffer nuo tada, kai savininkas ar administratorius juos paskutinį kartą keitė: patikrinkite %1 puslapyje „Naudotojai“.</translation>
    </message>
    <message>
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through its newest entry.</source>
        <translation>Naudotojai ir jų vaidmenys tokie, kokius juos paliko savininkas ar administratorius, o žurnalas užantspauduotas iki pat naujausio įrašo.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupAccessDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Atsarginės kopijos atkūrimas</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Atsarginės kopijos patikrinimas</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Atkurti atsarginę kopiją: %1</translation>
    </message>
    <message>
        <source>Verify the backup of %1</source>
        <translation>Patikrinti atsarginę kopiją: %1</translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a new folder; this vault is not changed. Clients erased after the backup was made are erased again in the new vault, so they do not come back.</source>
        <translation>Atsarginė kopija tampa nauju seifu naujame aplanke; šis seifas nekeičiamas. Klientai, ištrinti po atsarginės kopijos sukūrimo, naujame seife ištrinami dar kartą, kad nesugrįžtų.</translation>
    </message>
    <message>
        <source>Coffer opens the backup with your password in a private temporary folder and checks every part of it. Nothing is changed.</source>
        <translation>Coffer atveria atsarginę kopiją jūsų slaptažodžiu privačiame laikinajame aplanke ir patikrina kiekvieną jos dalį. Niekas nekeičiama.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pasi&amp;rinkti…</translation>
    </message>
    <message>
        <source>New vault &amp;name:</source>
        <translation>Naujo seifo &amp;pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation>Ap&amp;lanke:</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Palikite tuščią, jei esate savininkas</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Naudotojo vardas:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <source>The password that was valid when the backup was made.</source>
        <translation>Slaptažodis, galiojęs atsarginės kopijos sukūrimo metu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atkurti</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Tikrinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation>Kur dėti atkurtą seifą?</translation>
    </message>
    <message>
        <source>Give the new vault a name.</source>
        <translation>Suteikite naujam seifui pavadinimą.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a restore never writes over anything.</source>
        <translation>%1 jau yra. Pasirinkite kitą pavadinimą: atkuriant niekas niekada neperrašoma.</translation>
    </message>
    <message>
        <source>It will be created as %1</source>
        <translation>Bus sukurtas kaip %1</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifo pakeitimas</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup of %2</source>
        <translation>Pakeisti seifą „%1“ atsargine kopija: %2</translation>
    </message>
    <message>
        <source>Coffer restores the backup beside this vault and checks it. Only when every check has passed is this vault destroyed, its keys first, and the backup takes its place. Everything added or changed since %1 is lost; clients erased since are erased again. The vault locks for this, and you sign in again afterwards with a password of the backup&apos;s day.</source>
        <translation>Coffer atkuria atsarginę kopiją šalia šio seifo ir ją patikrina. Tik kai ji praeina visas patikras, šis seifas sunaikinamas (pirmiausia jo raktai), o jo vietą užima atsarginė kopija. Viskas, kas pridėta ar pakeista po %1, prarandama; nuo tada ištrinti klientai ištrinami dar kartą. Tam seifas užrakinamas, o vėliau vėl prisijungiate slaptažodžiu, galiojusiu atsarginės kopijos sukūrimo dieną.</translation>
    </message>
    <message>
        <source>&amp;Replace This Vault</source>
        <translation>&amp;Pakeisti šį seifą</translation>
    </message>
    <message>
        <source>%1 — restored copy of %2</source>
        <extracomment>The default name of a vault restored from a backup: the vault&apos;s name and the backup&apos;s day, e.g. &quot;Salons Līga — restored copy of 1 Dec 2026&quot;.</extracomment>
        <translation>%1 — atkurta kopija (%2)</translation>
    </message>
</context>
<context>
    <name>coffer::BackupFolderModel</name>
    <message>
        <source>In use, but not reachable</source>
        <translation>Naudojamas, bet nepasiekiamas</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nepasiekiamas</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Naudojamas dabar</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Naudotas anksčiau</translation>
    </message>
    <message>
        <source>Coffer cannot open this folder now (a drive not connected?). Backups there still count as copies of the vault: connect it so that erasures and a cancellation reach them.</source>
        <translation>Coffer dabar negali atverti šio aplanko (gal neprijungtas diskas?). Jame esančios atsarginės kopijos vis tiek laikomos seifo kopijomis: prijunkite jį, kad ištrynimai ir paskyros panaikinimas jas pasiektų.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Pirmą kartą naudotas</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Paskutinį kartą naudotas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>coffer::BackupListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This file&apos;s beginning cannot be read: it may be damaged. Verify it to find out.</source>
        <translation>Nepavyksta nuskaityti šio failo pradžios: jis gali būti sugadintas. Patikrinkite jį, kad sužinotumėte.</translation>
    </message>
    <message>
        <source>Unknown (unreadable)</source>
        <translation>Nežinoma (neįskaitoma)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
</context>
<context>
    <name>coffer::BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatinės atsarginės kopijos</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Atsarginių kopijų aplankas</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Naudoti &amp;numatytąjį</translation>
    </message>
    <message>
        <source>A folder named after the vault, beside it: %1</source>
        <translation>Seifo vardu pavadintas aplankas šalia jo: %1</translation>
    </message>
    <message>
        <source>None — automatic backups off</source>
        <translation>Nėra — automatinės atsarginės kopijos išjungtos</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> (naujausios kopijos)</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Kiek atsarginių kopijų laikyti</translation>
    </message>
    <message>
        <source>Each time the vault is locked after a change, Coffer makes an encrypted backup of it in this folder and keeps only the newest ones. A backup opens with the same passwords as the vault.</source>
        <translation>Kaskart, kai seifas užrakinamas po pakeitimo, Coffer šiame aplanke sukuria šifruotą jo atsarginę kopiją ir laiko tik naujausias. Atsarginė kopija atveriama tais pačiais slaptažodžiais kaip ir seifas.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Laikyti:</translation>
    </message>
    <message>
        <source>Only the owner and admins can change these settings.</source>
        <translation>Šias nuostatas gali keisti tik savininkas ir administratoriai.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Kur dėti atsargines kopijas?</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>K&amp;eisti…</translation>
    </message>
    <message>
        <source>Risk accepted by the owner: the folder is %1.</source>
        <translation>Savininkas prisiėmė riziką: aplankas yra %1.</translation>
    </message>
    <message>
        <source>Use a Risky Backup Folder?</source>
        <translation>Naudoti rizikingą atsarginių kopijų aplanką?</translation>
    </message>
    <message>
        <source>&amp;Use This Folder Anyway</source>
        <translation>&amp;Vis tiek naudoti šį aplanką</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Move the Backups?</source>
        <translation>Perkelti atsargines kopijas?</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n backup(s) already made to the new folder?</source>
        <translation>
            <numerusform>Perkelti %n jau padarytą atsarginę kopiją į naująjį aplanką?</numerusform>
            <numerusform>Perkelti %n jau padarytas atsargines kopijas į naująjį aplanką?</numerusform>
            <numerusform>Perkelti %n jau padarytų atsarginių kopijų į naująjį aplanką?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave them, they stay where they are, and Coffer still counts them as copies of the vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Jei jas paliksite, jos liks ten, kur yra, o Coffer vis tiek laikys jas seifo kopijomis: atkuriant nuskaitomos ten saugomos ištrynimo žymės, o panaikinant paskyrą sunaikinamos ir jos.</translation>
    </message>
    <message>
        <source>&amp;Move Them</source>
        <translation>&amp;Perkelti jas</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>Pa&amp;likti jas</translation>
    </message>
    <message>
        <source>&lt;b&gt;These backups are on the same disk as the vault.&lt;/b&gt; If that disk dies or the computer is stolen, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Šios atsarginės kopijos yra tame pačiame diske kaip seifas.&lt;/b&gt; Jei diskas sugestų ar kompiuteris būtų pavogtas, seifas ir jo atsarginės kopijos būtų prarasti kartu. Laikykite jas USB diske arba kitame diske.</translation>
    </message>
    <message>
        <source>An administrator or the owner can choose one.</source>
        <translation>Jį gali pasirinkti administratorius arba savininkas.</translation>
    </message>
    <message>
        <source>Choose Another Di&amp;sk…</source>
        <translation>Pasirinkti kitą di&amp;ską…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Pasirinkite atsarginėms kopijoms aplanką USB diske arba kitame diske.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Kurti atsarginę kopiją</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Tikrinti…</translation>
    </message>
    <message>
        <source>Check that the chosen backup is whole and opens with your password.</source>
        <translation>Patikrinti, ar pasirinkta atsarginė kopija vientisa ir atsiveria jūsų slaptažodžiu.</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Rodyti a&amp;planką</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Atsarginių kopijų dar nėra</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault in one file. If this computer breaks or the vault is damaged, a backup brings everything back.

Coffer makes one automatically each time you lock the vault after changing something.</source>
        <translation>Atsarginė kopija – tai šifruota viso seifo kopija viename faile. Jei šis kompiuteris sugestų ar seifas būtų sugadintas, atsarginė kopija viską sugrąžins.

Coffer ją sukuria automatiškai kaskart, kai užrakinate seifą ką nors pakeitę.</translation>
    </message>
    <message>
        <source>To make the first one now, click Back up now.</source>
        <translation>Norėdami pirmąją sukurti dabar, spustelėkite „Kurti atsarginę kopiją“.</translation>
    </message>
    <message>
        <source>In %1, the newest first.</source>
        <translation>Aplanke %1, naujausios pirmiausia.</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Atsarginės kopijos dedamos į %1.</translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation>Eksporto &amp;istorija…</translation>
    </message>
    <message>
        <source>The exports made from this vault: when, what, where to.</source>
        <translation>Iš šio seifo atlikti eksportai: kada, kas, kur.</translation>
    </message>
    <message>
        <source>Backup folders this vault has used</source>
        <translation>Aplankai, kuriuos naudojo šio seifo atsarginės kopijos</translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation>Atsarginių kopijų aplankai</translation>
    </message>
    <message>
        <source>Backups left in any of them still count as copies of this vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Bet kuriame iš jų palikos atsarginės kopijos vis tiek laikomos šio seifo kopijomis: atkūrimas perskaito ten saugomus ištrynimus, o paskyros panaikinimas sunaikina ir jas.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atkurti…</translation>
    </message>
    <message>
        <source>Restore the chosen backup as a separate vault, or in place of this one.</source>
        <translation>Atkurti pasirinktą atsarginę kopiją kaip atskirą seifą arba vietoj šio seifo.</translation>
    </message>
</context>
<context>
    <name>coffer::BusinessDetailsGroup</name>
    <message>
        <source>Your business in letters</source>
        <translation>Jūsų įmonė laiškuose</translation>
    </message>
    <message>
        <source>The name letters are signed with</source>
        <translation>Pavadinimas, kuriuo pasirašomi laiškai</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Gatvė, miestas, pašto kodas</translation>
    </message>
    <message>
        <source>Who answers for privacy, if not the address above</source>
        <translation>Kas atsako už privatumą, jei ne pirmiau nurodytas adresas</translation>
    </message>
    <message>
        <source>Choose, or type the name and address of your authority</source>
        <translation>Pasirinkite arba įrašykite savo institucijos pavadinimą ir adresą</translation>
    </message>
    <message>
        <source>For instance: to carry out our contracts with you (GDPR Art. 6(1)(b)); to keep the accounts the law requires (Art. 6(1)(c))</source>
        <translation>Pavyzdžiui: sutartims su jumis vykdyti (BDAR 6 straipsnio 1 dalies b punktas); įstatymo reikalaujamai apskaitai tvarkyti (6 straipsnio 1 dalies c punktas)</translation>
    </message>
    <message>
        <source>For instance: our accountant; our email provider. Leave empty if nobody outside receives the data.</source>
        <translation>Pavyzdžiui: mūsų buhalteris; mūsų el. pašto paslaugų teikėjas. Palikite tuščią, jei duomenų negauna niekas už įmonės ribų.</translation>
    </message>
    <message>
        <source>For instance: as long as you are our client, then five years for the accounts</source>
        <translation>Pavyzdžiui: kol esate mūsų klientas, po to penkerius metus apskaitai</translation>
    </message>
    <message>
        <source>Where data comes from when not from the person themselves, if ever</source>
        <translation>Iš kur gaunami duomenys, jei ne iš paties asmens (jei taip būna)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresas:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;El. paštas:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefonas:</translation>
    </message>
    <message>
        <source>Privacy &amp;contact:</source>
        <translation>&amp;Kontaktas privatumo klausimais:</translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation>Priežiūros &amp;institucija:</translation>
    </message>
    <message>
        <source>P&amp;urposes and legal bases:</source>
        <translation>T&amp;ikslai ir teisiniai pagrindai:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Gavėjai:</translation>
    </message>
    <message>
        <source>How long data is &amp;kept:</source>
        <translation>Kiek laiko duomenys &amp;saugomi:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>Ša&amp;ltiniai:</translation>
    </message>
    <message>
        <source>The letter that goes with an access pack, and the replies to requests, are signed with these details and say what they say here. Coffer fills in the rest from the client&apos;s record; it does not give legal advice.</source>
        <translation>Prieigos paketo lydraštis ir atsakymai į prašymus pasirašomi šiais duomenimis ir juose rašoma tai, kas nurodyta čia. Kita Coffer užpildo iš kliento įrašo; teisinių konsultacijų jis neteikia.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Details</source>
        <translation>Iš&amp;saugoti duomenis</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Dar neišsaugota.</translation>
    </message>
    <message>
        <source>Fill in at least the name and an email or postal address: a letter without them cannot be answered.</source>
        <translation>Užpildykite bent pavadinimą ir el. pašto arba pašto adresą: į laišką be jų negalima atsakyti.</translation>
    </message>
    <message>
        <source>Not filled in yet; administrators and the owner fill these in.</source>
        <translation>Dar neužpildyta; šiuos duomenis pildo administratoriai ir savininkas.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Išsaugota.</translation>
    </message>
    <message>
        <source>Administrators and the owner change these details.</source>
        <translation>Šiuos duomenis keičia administratoriai ir savininkas.</translation>
    </message>
</context>
<context>
    <name>coffer::CancelAccountDialog</name>
    <message>
        <source>Cancel Account</source>
        <translation>Paskyros panaikinimas</translation>
    </message>
    <message>
        <source>Delete the vault “%1” and all its backups for good?</source>
        <translation>Negrįžtamai ištrinti seifą „%1“ ir visas jo atsargines kopijas?</translation>
    </message>
    <message>
        <source>Every key that opens the vault is destroyed. From that moment its data cannot be read by anyone, wherever a copy of the encrypted files may be.</source>
        <translation>Sunaikinamas kiekvienas raktas, atveriantis seifą. Nuo tos akimirkos jo duomenų niekas nebegali perskaityti, kad ir kur būtų šifruotų failų kopija.</translation>
    </message>
    <message>
        <source>Every file of the vault, and every backup of it in %1 (there are %2 now), is overwritten with random data, checked and removed.</source>
        <translation>Kiekvienas seifo failas ir kiekviena jo atsarginė kopija aplanke %1 (dabar jų yra %2) perrašomi atsitiktiniais duomenimis, patikrinami ir pašalinami.</translation>
    </message>
    <message>
        <source>A deletion certificate records what was deleted, how, and the checks that followed. It is saved outside the vault, where you choose below.</source>
        <translation>Ištrynimo sertifikate užfiksuojama, kas ištrinta, kaip, ir po to atliktos patikros. Jis įrašomas už seifo ribų, jūsų žemiau pasirinktoje vietoje.</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Kas vyks:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Every user of this vault loses it. Exports and copies saved elsewhere are not touched: delete them yourself if they must go too.</source>
        <translation>&lt;b&gt;To anuliuoti negalima.&lt;/b&gt; Šį seifą praranda visi jo naudotojai. Kitur išsaugoti eksportai ir kopijos neliečiami: jei jų irgi nebereikia, ištrinkite juos patys.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pasi&amp;rinkti…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Jūsų &amp;slaptažodis:</translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Patvirtindami įveskite „%1“:</translation>
    </message>
    <message>
        <source>Save the &amp;certificate in:</source>
        <translation>Sertifi&amp;katą įrašyti į:</translation>
    </message>
    <message>
        <source>Keep My Vault</source>
        <translation>Palikti seifą</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>Ištrinti viską</translation>
    </message>
    <message>
        <source>%1 deletion certificate</source>
        <extracomment>The file name of the deletion certificate, before its time stamp; %1 is the vault&apos;s name.</extracomment>
        <translation>%1 ištrynimo sertifikatas</translation>
    </message>
    <message>
        <source>Where should the certificate go?</source>
        <translation>Kur dėti sertifikatą?</translation>
    </message>
    <message>
        <source>The folder for the certificate does not exist. Choose another one.</source>
        <translation>Sertifikato aplanko nėra. Pasirinkite kitą.</translation>
    </message>
    <message>
        <source>Coffer may not write in the folder for the certificate. Choose another one.</source>
        <translation>Coffer negali rašyti į sertifikato aplanką. Pasirinkite kitą.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored copies kept as separate vaults.&lt;/b&gt; These were restored from this vault&apos;s backups and still open with the passwords of their backup&apos;s day:</source>
        <translation>&lt;b&gt;Atkurtos kopijos, paliktos kaip atskiri seifai.&lt;/b&gt; Jos atkurtos iš šio seifo atsarginių kopijų ir vis dar atsidaro su savo atsarginės kopijos dienos slaptažodžiais:</translation>
    </message>
    <message>
        <source>They stay as they are unless you tick the box below; the certificate then names them as kept.</source>
        <translation>Jos liks tokios, kokios yra, nebent pažymėsite langelį žemiau; tada sertifikate jos bus nurodytos kaip paliktos.</translation>
    </message>
    <message>
        <source>&amp;Also destroy these restored copies</source>
        <translation>&amp;Taip pat sunaikinti šias atkurtas kopijas</translation>
    </message>
</context>
<context>
    <name>coffer::ChangePasswordDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Pasirinkite slaptažodį</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Sveiki, %1</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now; the one-time password will stop working.</source>
        <translation>Prisijungėte su vienkartiniu slaptažodžiu. Dabar pasirinkite savo slaptažodį; vienkartinis slaptažodis nebegalios.</translation>
    </message>
    <message>
        <source>&amp;Save Password</source>
        <translation>Į&amp;rašyti slaptažodį</translation>
    </message>
    <message>
        <source>Lock the vault again without changing the password</source>
        <translation>Vėl užrakinti seifą nekeičiant slaptažodžio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Slaptažodžio keitimas</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Naudotojo %1 slaptažodžio keitimas</translation>
    </message>
    <message>
        <source>The new password replaces your current one at once; other users&apos; passwords do not change. Backups made before today still open with the current one.</source>
        <translation>Naujas slaptažodis iš karto pakeičia dabartinį; kitų naudotojų slaptažodžiai nesikeičia. Atsarginės kopijos, padarytos iki šiandien, vis dar atveriamos dabartiniu slaptažodžiu.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Dabartinis slaptažodis:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Naujas slaptažodis:</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>Palikti dabartinį slaptažodį</translation>
    </message>
    <message>
        <source>The current password is not right; your password was not changed.</source>
        <translation>Dabartinis slaptažodis neteisingas; jūsų slaptažodis nepakeistas.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListModel</name>
    <message>
        <source>Processing restricted: keep this client&apos;s data, but do not use it.</source>
        <translation>Tvarkymas apribotas: šio kliento duomenis laikykite, bet jų nenaudokite.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atnaujinta</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListPanel</name>
    <message>
        <source>Search clients</source>
        <translation>Ieškoti klientų</translation>
    </message>
    <message>
        <source>Search by name, email, phone, tag or note…</source>
        <translation>Ieškokite pagal vardą, el. paštą, telefoną, žymę ar pastabą…</translation>
    </message>
    <message>
        <source>Show only clients with this tag</source>
        <translation>Rodyti tik klientus su šia žyme</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Naujas klientas</translation>
    </message>
    <message>
        <source>Add a client (%1)</source>
        <translation>Pridėti klientą (%1)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Visos žymės</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Rastas %n klientas</numerusform>
            <numerusform>Rasti %n klientai</numerusform>
            <numerusform>Rasta %n klientų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klientas</numerusform>
            <numerusform>%n klientai</numerusform>
            <numerusform>%n klientų</numerusform>
        </translation>
    </message>
    <message>
        <source>No client tagged “%1” matches “%2”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Nė vienas klientas su žyme „%1“ neatitinka „%2“.
Patikrinkite rašybą arba išvalykite paiešką klavišu Esc.</translation>
    </message>
    <message>
        <source>No client matches “%1”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Nė vienas klientas neatitinka „%1“.
Patikrinkite rašybą arba išvalykite paiešką klavišu Esc.</translation>
    </message>
    <message>
        <source>No client has the tag “%1”.</source>
        <translation>Nė vienas klientas neturi žymės „%1“.</translation>
    </message>
    <message>
        <source>No clients yet. Someone who may edit this vault can add them.</source>
        <translation>Klientų dar nėra. Juos gali pridėti tas, kam leidžiama redaguoti šį seifą.</translation>
    </message>
    <message>
        <source>No clients yet — add your first with New client (%1),
or bring them in from a CSV file or an export with Import… in the toolbar.</source>
        <translation>Klientų dar nėra — pirmąjį pridėkite mygtuku „Naujas klientas“ (%1)
arba perkelkite juos iš CSV failo ar eksporto mygtuku „Importuoti…“ įrankių juostoje.</translation>
    </message>
    <message>
        <source>Show only restricted clients, or those who may be contacted for a purpose</source>
        <translation>Rodyti tik klientus, kurių tvarkymas apribotas, arba tuos, su kuriais galima susisiekti tam tikru tikslu</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Visi klientai</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tvarkymas apribotas</translation>
    </message>
    <message>
        <source>Clients whose processing is restricted: their data is kept but not used.</source>
        <translation>Klientai, kurių duomenų tvarkymas apribotas: duomenys saugomi, bet nenaudojami.</translation>
    </message>
    <message>
        <source>May be contacted for “%1”</source>
        <translation>Galima susisiekti: „%1“</translation>
    </message>
    <message>
        <source>Their latest consent for “%1” is granted, with no objection or withdrawal since, and their processing is not restricted.</source>
        <translation>Naujausias jų sutikimas tikslui „%1“ duotas, nuo tada nėra prieštaravimo ar atšaukimo, o tvarkymas neapribotas.</translation>
    </message>
    <message>
        <source>No client that matches this view has restricted processing.</source>
        <translation>Nė vieno šio rodinio kliento tvarkymas neapribotas.</translation>
    </message>
    <message>
        <source>No client that matches this view may be contacted for “%1”.
They need a granted consent for it, with no objection or withdrawal since, and no restriction.</source>
        <translation>Su nė vienu šio rodinio klientu negalima susisiekti tikslu „%1“.
Reikia duoto sutikimo, po kurio nebuvo prieštaravimo ar atšaukimo, ir jokio apribojimo.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientProfileForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Asmuo</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganizacija</translation>
    </message>
    <message>
        <source>The client is a person</source>
        <translation>Klientas yra asmuo</translation>
    </message>
    <message>
        <source>The client is an organisation</source>
        <translation>Klientas yra organizacija</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <source>Leave empty to use the name above</source>
        <translation>Palikite tuščią, jei norite naudoti aukščiau nurodytą vardą</translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Pavardė:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Rodomas vardas:</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>El. paštas %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vardas@example.com</translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation>Kopijuoti el. paštą %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>Pašalinti el. paštą %1</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Pridėti el. paštą</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefonas %1</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+370 600 00000</translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation>Kopijuoti telefoną %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Pašalinti telefoną %1</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Pridėti telefoną</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>El. pašto adresai:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefonai:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>El. pašto adresai</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonai</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresas:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. supplier, vip</source>
        <translation>Žymes atskirkite kableliais, pvz., tiekėjas, vip</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ž&amp;ymės:</translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation>Pasirinktinio lauko %1 pavadinimas</translation>
    </message>
    <message>
        <source>Value of custom field %1</source>
        <translation>Pasirinktinio lauko %1 reikšmė</translation>
    </message>
    <message>
        <source>Name, e.g. VAT number</source>
        <translation>Pavadinimas, pvz., PVM mokėtojo kodas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Pašalinti pasirinktinį lauką %1</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Pridėti pasirinktinį lauką</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pasirinktiniai laukai</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Pasirinktiniai laukai:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>Sa&amp;ugojimas:</translation>
    </message>
    <message>
        <source>W&amp;orks at:</source>
        <translation>D&amp;irba:</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Organizacijos pavadinimas:</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Dirba</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organizacijos pavadinimas</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Pridėta %1 · paskutinį kartą keista %2</translation>
    </message>
    <message>
        <source>A retention rule&apos;s name; empty: the rules of the client&apos;s purposes</source>
        <translation>Saugojimo taisyklės pavadinimas; tuščia – kliento tikslų taisyklės</translation>
    </message>
</context>
<context>
    <name>coffer::ClientView</name>
    <message>
        <source>Parts of the client&apos;s record</source>
        <translation>Kliento įrašo dalys</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Sutikimai</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tvarkymas apribotas</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18).</source>
        <translation>Šio kliento duomenis laikykite, bet jų nenaudokite (BDAR 18 straipsnis).</translation>
    </message>
    <message>
        <source>E&amp;xport this client…</source>
        <translation>E&amp;ksportuoti šį klientą…</translation>
    </message>
    <message>
        <source>Export this client</source>
        <translation>Eksportuoti šį klientą</translation>
    </message>
    <message>
        <source>Save everything about this client to a file, e.g. to answer a request for access or to move their data elsewhere.</source>
        <translation>Įrašyti viską apie šį klientą į failą, pvz., atsakant į prašymą susipažinti su duomenimis arba norint perkelti jo duomenis kitur.</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Ištrinti šį klientą…</translation>
    </message>
    <message>
        <source>Erase this client</source>
        <translation>Ištrinti šį klientą</translation>
    </message>
    <message>
        <source>Delete everything about this client for good, and get a report that proves it.</source>
        <translation>Negrįžtamai ištrinti viską apie šį klientą ir gauti tai įrodančią ataskaitą.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>Revert: undo the changes not yet saved</source>
        <translation>Grąžinti: atšaukti dar neįrašytus pakeitimus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Į&amp;rašyti</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Įrašyti profilį</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>Įrašyti profilį (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Naujas klientas</translation>
    </message>
    <message>
        <source>%1 · works at %2</source>
        <translation>%1 · dirba %2</translation>
    </message>
    <message>
        <source>Fill in the profile and press Save.</source>
        <translation>Užpildykite profilį ir spustelėkite „Įrašyti“.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neįrašyti pakeitimai</translation>
    </message>
    <message>
        <source>The new client is not saved yet. Save it?</source>
        <translation>Naujas klientas dar neįrašytas. Įrašyti?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved. Save them?</source>
        <translation>Kliento %1 profilyje yra neįrašytų pakeitimų. Įrašyti juos?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Atmesti pakeitimus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>A value is not right yet: it says what is wrong beside it, in red.</source>
        <translation>Kuri nors reikšmė dar neteisinga: šalia jos raudonai parašyta, kas negerai.</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Rodyti &amp;istoriją</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Rodyti istoriją</translation>
    </message>
    <message>
        <source>Open the audit log at this client&apos;s entries: who changed them, and when.</source>
        <translation>Atidaryti audito žurnalą ties šio kliento įrašais: kas jį keitė ir kada.</translation>
    </message>
    <message>
        <source>Only the owner and admins can see the audit log of who changed this client.</source>
        <translation>Audito žurnalą apie tai, kas keitė šį klientą, gali matyti tik savininkas ir administratoriai.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18). Reason: %1</source>
        <translation>Saugokite šio kliento duomenis, bet jų nenaudokite (BDAR 18 straipsnis). Priežastis: %1</translation>
    </message>
    <message>
        <source>Processing of this client is restricted: their data is kept, not changed. Lift the restriction first.</source>
        <translation>Šio kliento duomenų tvarkymas apribotas: duomenys saugomi, o ne keičiami. Pirmiausia panaikinkite apribojimą.</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation>&amp;Panaikinti apribojimą…</translation>
    </message>
    <message>
        <source>&amp;Restrict Processing…</source>
        <translation>&amp;Apriboti tvarkymą…</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Panaikinti tvarkymo apribojimą</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Apriboti tvarkymą</translation>
    </message>
    <message>
        <source>Allow changes to this client again. Tell the person before you lift it.</source>
        <translation>Vėl leisti keisti šį klientą. Prieš panaikindami praneškite asmeniui.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data but stop using or changing it, e.g. while they contest its accuracy (GDPR Article 18).</source>
        <translation>Saugoti šio kliento duomenis, bet nustoti juos naudoti ar keisti, pvz., kol asmuo ginčija jų tikslumą (BDAR 18 straipsnis).</translation>
    </message>
    <message>
        <source>Lift the Restriction</source>
        <translation>Panaikinti apribojimą</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Apriboti tvarkymą</translation>
    </message>
    <message>
        <source>Why may this client&apos;s data be used again? (For instance: the accuracy is confirmed.) Tell the person before you lift the restriction.</source>
        <translation>Kodėl šio kliento duomenis vėl galima naudoti? (Pavyzdžiui: tikslumas patvirtintas.) Prieš panaikindami apribojimą praneškite asmeniui.</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.) While it is restricted, the data is kept but cannot be changed.</source>
        <translation>Kodėl tvarkymas apribojamas? (Pavyzdžiui: asmuo ginčija savo duomenų tikslumą.) Kol jis apribotas, duomenys saugomi, bet jų keisti negalima.</translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation>Panaikinti apribojimą</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Apriboti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
</context>
<context>
    <name>coffer::ClientsPage</name>
    <message>
        <source>Choose a client in the list to see and change their details, notes, files and consents — or add a new one with New client.</source>
        <translation>Pasirinkite klientą sąraše, kad matytumėte ir keistumėte jo duomenis, pastabas, failus ir sutikimus, arba pridėkite naują mygtuku „Naujas klientas“.</translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, notes, files and consents.</source>
        <translation>Pasirinkite klientą sąraše, kad matytumėte jo duomenis, pastabas, failus ir sutikimus.</translation>
    </message>
    <message>
        <source>Cannot show the clients</source>
        <translation>Nepavyksta parodyti klientų</translation>
    </message>
</context>
<context>
    <name>coffer::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation>Sutikimo keitimas</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Kaip jis duotas</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikos versija</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tikslas:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Būsena:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ša&amp;ltinis:</translation>
    </message>
    <message>
        <source>Policy &amp;version:</source>
        <translation>Politikos &amp;versija:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Užregistruoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Date the client gave, refused or withdrew it</source>
        <translation>Data, kai klientas jį davė, atsisakė ar atšaukė</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Give the day the client said so, if that was not today. Consents are never overwritten: this is added to the client&apos;s consent history.</source>
        <translation>Nurodykite dieną, kai klientas tai pasakė, jei tai buvo ne šiandien. Sutikimai niekada neperrašomi: šis įrašomas į kliento sutikimų istoriją.</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>&amp;Baigiasi</translation>
    </message>
    <message>
        <source>No purposes defined yet</source>
        <translation>Tikslų dar nenustatyta</translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation>Pasirinkite tikslą</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1 (galioja nuo %2)</translation>
    </message>
    <message>
        <source>The day the consent ends</source>
        <translation>Diena, kai sutikimas baigiasi</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <source>Attach the file that shows the consent</source>
        <translation>Pridėti failą, kuris įrodo sutikimą</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Įrodymas:</translation>
    </message>
    <message>
        <source>Consents are recorded for the purposes of processing your business has defined. An administrator defines them, with their lawful basis, on the Purposes &amp; Policies page.</source>
        <translation>Sutikimai registruojami jūsų įmonės nustatytiems tvarkymo tikslams. Administratorius juos nustato kartu su teisiniu pagrindu puslapyje „Tikslai ir politikos“.</translation>
    </message>
    <message>
        <source>None archived</source>
        <translation>Archyve nėra nė vienos</translation>
    </message>
    <message>
        <source>None was in force on that day</source>
        <translation>Tą dieną nė viena negaliojo</translation>
    </message>
    <message>
        <source>The one in force on that day: %1</source>
        <translation>Tą dieną galiojusi: %1</translation>
    </message>
    <message>
        <source>None (a signed form, say)</source>
        <translation>Nėra (pavyzdžiui, pasirašyta forma)</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentsPanel</name>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Keisti sutikimą…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Keisti sutikimą</translation>
    </message>
    <message>
        <source>Record that the client granted, refused or withdrew consent for a purpose.</source>
        <translation>Užregistruoti, kad klientas davė, atsisakė duoti ar atšaukė sutikimą tam tikram tikslui.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikos versija</translation>
    </message>
    <message>
        <source>Consents now, one per purpose</source>
        <translation>Dabartiniai sutikimai, po vieną kiekvienam tikslui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation>Sutikimų istorija, naujausi pirmiausia</translation>
    </message>
    <message>
        <source>No consents recorded. When the client agrees to (or refuses) something, such as a newsletter, record it with Change consent…</source>
        <translation>Sutikimų neužregistruota. Kai klientas kam nors pritaria (ar atsisako), pvz., naujienlaiškiui, užregistruokite tai mygtuku „Keisti sutikimą…“</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Sutikimų neužregistruota.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Dabar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
</context>
<context>
    <name>coffer::CountryCombo</name>
    <message>
        <source>— none —</source>
        <translation>— nenurodyta —</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizard</name>
    <message>
        <source>Create a Vault</source>
        <translation>Seifo kūrimas</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Toliau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atgal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Sukurti seifą</translation>
    </message>
    <message>
        <source>&amp;Open Vault</source>
        <translation>&amp;Atverti seifą</translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation>Uždaryti be atkūrimo rakto?</translation>
    </message>
    <message>
        <source>The vault has been created. If you close this window without storing the recovery key, a forgotten owner password cannot be recovered. Close anyway?</source>
        <translation>Seifas sukurtas. Jei uždarysite šį langą neišsaugoję atkūrimo rakto, pamiršto savininko slaptažodžio nebus galima atkurti. Vis tiek uždaryti?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Vis tiek uždaryti</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Grįžti</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardLocationPage</name>
    <message>
        <source>Name and place</source>
        <translation>Pavadinimas ir vieta</translation>
    </message>
    <message>
        <source>A vault is one folder that holds all of your clients&apos; data, encrypted. Choose a name you will recognise, and where to keep it.</source>
        <translation>Seifas – tai vienas aplankas, kuriame užšifruoti laikomi visi jūsų klientų duomenys. Pasirinkite atpažįstamą pavadinimą ir vietą, kur jį laikyti.</translation>
    </message>
    <message>
        <source>for example: Clients</source>
        <translation>pavyzdžiui: Klientai</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>Seifo &amp;pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Keep it in:</source>
        <translation>&amp;Laikyti aplanke:</translation>
    </message>
    <message>
        <source>Type a name for the vault.</source>
        <translation>Įveskite seifo pavadinimą.</translation>
    </message>
    <message>
        <source>A vault name cannot contain any of these characters: %1</source>
        <translation>Seifo pavadinime negali būti šių simbolių: %1</translation>
    </message>
    <message>
        <source>A vault name cannot begin with a dot.</source>
        <translation>Seifo pavadinimas negali prasidėti tašku.</translation>
    </message>
    <message>
        <source>The folder to keep it in does not exist.</source>
        <translation>Nurodyto aplanko nėra.</translation>
    </message>
    <message>
        <source>There is already a vault called &quot;%1&quot; in this folder. Choose another name.</source>
        <translation>Šiame aplanke jau yra seifas „%1“. Pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <source>Keep the Vault In</source>
        <translation>Seifo aplankas</translation>
    </message>
    <message>
        <source>The vault will be the folder:
%1</source>
        <translation>Seifas bus šis aplankas:
%1</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardOwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation>Jūs – savininkas</translation>
    </message>
    <message>
        <source>You will sign in with this name and password. Later you can add the people who work with you, each with their own password.</source>
        <translation>Šiuo vardu ir slaptažodžiu prisijungsite. Vėliau galėsite pridėti su jumis dirbančius žmones, kiekvieną su savo slaptažodžiu.</translation>
    </message>
    <message>
        <source>for example: Anna Ozola</source>
        <translation>pavyzdžiui: Ona Kazlauskienė</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Jūsų &amp;vardas:</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Nepavyko sukurti seifo: %1</translation>
    </message>
    <message>
        <source>Creating the vault and its encryption keys. This takes a few seconds…</source>
        <translation>Kuriamas seifas ir jo šifravimo raktai. Tai užtrunka kelias sekundes…</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardRecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Jūsų atkūrimo raktas</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Seifas paruoštas. Jei kada nors pamiršite slaptažodį, šis raktas bus vienintelis būdas vėl patekti į seifą. Niekas kitas negali jo atkurti už jus, net Coffer kūrėjai.</translation>
    </message>
</context>
<context>
    <name>coffer::DesktopSession</name>
    <message>
        <source>Sample Data</source>
        <translation>Pavyzdiniai duomenys</translation>
    </message>
    <message>
        <source>The demo vault could not be made. %1</source>
        <translation>Nepavyko sukurti demonstracinio seifo. %1</translation>
    </message>
</context>
<context>
    <name>coffer::EraseClientDialog</name>
    <message>
        <source>Erase Client</source>
        <translation>Kliento ištrynimas</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Negrįžtamai ištrinti klientą %1?</translation>
    </message>
    <message>
        <source>the profile: names, emails, phones, address, tags and custom fields</source>
        <translation>profilis: vardai, el. pašto adresai, telefonai, adresas, žymės ir pasirinktiniai laukai</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>pastabos: %1</translation>
    </message>
    <message>
        <source>attached files: %1</source>
        <translation>pridėti failai: %1</translation>
    </message>
    <message>
        <source>consent records, with their history: %1</source>
        <translation>sutikimų įrašai su jų istorija: %1</translation>
    </message>
    <message>
        <source>Everything this vault holds about &lt;b&gt;%1&lt;/b&gt; is deleted:</source>
        <translation>Ištrinama viskas, ką šis seifas saugo apie klientą &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Coffer then checks that nothing of theirs is left anywhere in the vault file and shows you the result. Requests they made keep only an anonymous number, and the audit log records that a client was erased without naming them.</source>
        <translation>Tada Coffer patikrina, ar seifo faile niekur neliko nieko iš šio kliento duomenų, ir parodo jums rezultatą. Jo pateiktuose prašymuose lieka tik anoniminis numeris, o audito žurnale užfiksuojama, kad klientas ištrintas, jo neįvardijant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Backups made before now still hold them; if one is ever restored, Coffer erases them again.</source>
        <translation>&lt;b&gt;To anuliuoti negalima.&lt;/b&gt; Iki šiol padarytose atsarginėse kopijose šio kliento duomenys dar yra; jei kada nors kuri nors iš jų bus atkurta, Coffer juos ištrins dar kartą.</translation>
    </message>
    <message>
        <source>I understand that %1&apos;s data will be deleted and cannot be brought back.</source>
        <translation>Suprantu, kad kliento %1 duomenys bus ištrinti ir jų nebus galima atkurti.</translation>
    </message>
    <message>
        <source>Keep Client</source>
        <translation>Palikti klientą</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Ištrinti klientą %1</translation>
    </message>
</context>
<context>
    <name>coffer::ErasureReportDocument</name>
    <message>
        <source>Backup of %1</source>
        <translation>Atsarginė kopija, %1</translation>
    </message>
    <message>
        <source>Export of %1 (%2)</source>
        <translation>Eksportas, %1 (%2)</translation>
    </message>
    <message>
        <source>Where it was saved is not recorded.</source>
        <translation>Kur jis įrašytas, neužfiksuota.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Įrašyta: %1</translation>
    </message>
    <message>
        <source>Backup folder not reachable</source>
        <translation>Atsarginių kopijų aplankas nepasiekiamas</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Ištrynimo ataskaita</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Seifas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <source>%1 (pseudonym %2)</source>
        <translation>%1 (pseudonimas %2)</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Ištrinta</translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation>Ištrynė</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Ištrinta įrašų</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Visos patikros sėkmingos</translation>
    </message>
    <message>
        <source>A check failed</source>
        <translation>Viena patikra nepavyko</translation>
    </message>
    <message>
        <source>The person is named by a pseudonym: the audit log and the vault&apos;s record of this erasure use the same one, and it cannot be turned back into their name.</source>
        <translation>Asmuo nurodytas pseudonimu: audito žurnalas ir seifo įrašas apie šį ištrynimą naudoja tą patį, ir jo negalima paversti atgal asmens vardu.</translation>
    </message>
    <message>
        <source>What Coffer checked after deleting</source>
        <translation>Ką Coffer patikrino po ištrynimo</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Coffer padarytos kopijos, kuriose asmuo dar gali būti</translation>
    </message>
    <message>
        <source>SHA-256 of this report as kept in the vault: %1</source>
        <translation>Šios ataskaitos SHA-256, kaip ji saugoma seife: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Ataskaitos nepavyko įrašyti: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstiniai failai (*.txt)</translation>
    </message>
    <message>
        <source>Save the Erasure Report</source>
        <translation>Ištrynimo ataskaitos įrašymas</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Ataskaitos nepavyko įrašyti</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Pasirinkite kitą aplanką ar pavadinimą ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Print the Erasure Report</source>
        <translation>Ištrynimo ataskaitos spausdinimas</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>asmenį</translation>
    </message>
    <message>
        <source>Nothing of %1 is left in this vault: their records are deleted, and a search of the whole vault file found no trace of them.</source>
        <translation>Šiame seife nieko neliko apie %1: įrašai ištrinti, o viso seifo failo paieška nerado jokių pėdsakų.</translation>
    </message>
    <message>
        <source>The erasure of %1 is not complete: their records are deleted, but a check afterwards failed, so traces of them may remain in the vault file.</source>
        <translation>Ištrynimas (%1) nebaigtas: įrašai ištrinti, bet vėlesnis patikrinimas nepavyko, todėl seifo faile gali būti likę pėdsakų.</translation>
    </message>
    <message>
        <source>Copies made before the erasure may still hold them; they are listed below.</source>
        <translation>Kopijose, padarytose prieš ištrynimą, jie dar gali būti; jos išvardytos žemiau.</translation>
    </message>
    <message>
        <source>Restored copy kept as a separate vault</source>
        <translation>Atkurta kopija, palikta kaip atskiras seifas</translation>
    </message>
</context>
<context>
    <name>coffer::ExportChoiceForm</name>
    <message>
        <source>Make the CSV tables open correctly in Excel (adds a byte-order mark)</source>
        <translation>Užtikrinti, kad CSV lentelės tinkamai atsivertų programoje „Excel“ (pridedama baitų tvarkos žymė)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pasi&amp;rinkti…</translation>
    </message>
    <message>
        <source>One &amp;zip file (recommended)</source>
        <translation>Vienas &amp;zip failas (rekomenduojama)</translation>
    </message>
    <message>
        <source>Everything in one file: JSON and CSV tables, the attached files, and a list of checksums.</source>
        <translation>Viskas viename faile: JSON ir CSV lentelės, pridėti failai ir kontrolinių sumų sąrašas.</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>&amp;Aplankas</translation>
    </message>
    <message>
        <source>The same files as the zip, unpacked into a new folder.</source>
        <translation>Tie patys failai kaip ir zip faile, išpakuoti į naują aplanką.</translation>
    </message>
    <message>
        <source>One &amp;JSON file</source>
        <translation>Vienas &amp;JSON failas</translation>
    </message>
    <message>
        <source>Everything in a single file, attachments included: for other programs and for importing.</source>
        <translation>Viskas viename faile, įskaitant pridėtus failus: kitoms programoms ir importavimui.</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet tables (CSV)</source>
        <translation>&amp;Skaičiuoklės lentelės (CSV)</translation>
    </message>
    <message>
        <source>A folder of tables for Excel, LibreOffice or Numbers, with the attached files.</source>
        <translation>Lentelių aplankas, skirtas Excel, LibreOffice ar Numbers, su pridėtais failais.</translation>
    </message>
    <message>
        <source>Excel shows accented letters (ā, č, ė) wrongly in CSV files without this mark. Other programs do not need it.</source>
        <translation>Be šios žymės Excel CSV failuose neteisingai rodo raides su diakritiniais ženklais (ą, č, ė). Kitoms programoms jos nereikia.</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Eksporto aplankas</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formatas:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Įraš&amp;yti į:</translation>
    </message>
    <message>
        <source>Choose a folder for the export.</source>
        <translation>Pasirinkite eksporto aplanką.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation>Aplanko %1 nėra. Pasirinkite kitą.</translation>
    </message>
    <message>
        <source>Coffer may not write in %1. Choose another folder.</source>
        <translation>Coffer negali rašyti į %1. Pasirinkite kitą aplanką.</translation>
    </message>
    <message>
        <source>Where should the export go?</source>
        <translation>Kur dėti eksportą?</translation>
    </message>
    <message>
        <source>The export is readable only with the password you choose. Coffer can import it, and coffer-cli decrypt turns it back into a plain file.</source>
        <translation>Eksportą galima perskaityti tik jūsų pasirinktu slaptažodžiu. Coffer gali jį importuoti, o komanda coffer-cli decrypt paverčia jį atgal įprastu failu.</translation>
    </message>
    <message>
        <source>A folder cannot be encrypted. Choose a zip or a JSON file to encrypt.</source>
        <translation>Aplanko šifruoti negalima. Šifravimui pasirinkite zip arba JSON failą.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (recommended)</source>
        <translation>&amp;Šifruoti slaptažodžiu (rekomenduojama)</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Apsauga:</translation>
    </message>
    <message>
        <source>Only someone who knows the password can open the export.</source>
        <translation>Eksportą gali atidaryti tik tas, kas žino slaptažodį.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportDialog</name>
    <message>
        <source>Password for the export</source>
        <translation>Eksporto slaptažodis</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>Anyone with this password can open the export. Coffer does not keep it: if it is lost, the export cannot be opened by anyone.</source>
        <translation>Kiekvienas, turintis šį slaptažodį, gali atverti eksportą. Coffer jo nesaugo: jei jį prarasite, eksporto niekas nebegalės atverti.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>It will be saved as “%1”.</source>
        <translation>Jis bus įrašytas kaip „%1“.</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Be šifravimo</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of an export that is not encrypted can read every client in it.</source>
        <translation>Kiekvienas, gavęs nešifruoto eksporto kopiją, gali perskaityti kiekvieną jame esantį klientą.</translation>
    </message>
    <message>
        <source>To save it without encryption, type your own password, the one you sign in with.</source>
        <translation>Norėdami jį išsaugoti be šifravimo, įveskite savo slaptažodį – tą, kuriuo prisijungiate.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Jūsų &amp;slaptažodis:</translation>
    </message>
    <message>
        <source>That is not your password, so nothing was exported. Type it again, or choose to encrypt the export.</source>
        <translation>Tai ne jūsų slaptažodis, todėl niekas nebuvo eksportuota. Įveskite jį dar kartą arba pasirinkite eksportą šifruoti.</translation>
    </message>
    <message>
        <source>Their processing is restricted (GDPR Article 18): their data is only kept, so an export of everything leaves them out unless you include them.</source>
        <translation>Jų duomenų tvarkymas apribotas (BDAR 18 straipsnis): duomenys tik saugomi, todėl viso seifo eksportas jų neapima, nebent juos įtrauktumėte.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %n client(s) whose processing is restricted</source>
        <translation>
            <numerusform>&amp;Įtraukti %n klientą, kurio duomenų tvarkymas apribotas</numerusform>
            <numerusform>&amp;Įtraukti %n klientus, kurių duomenų tvarkymas apribotas</numerusform>
            <numerusform>&amp;Įtraukti %n klientų, kurių duomenų tvarkymas apribotas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryDialog</name>
    <message>
        <source>Export History</source>
        <translation>Eksporto istorija</translation>
    </message>
    <message>
        <source>Exports made from “%1”</source>
        <translation>Eksportai iš „%1“</translation>
    </message>
    <message>
        <source>Coffer notes every export, but an export is a file of its own: it stays where it was saved until someone deletes it, and Coffer cannot reach it. When a client is erased, the report names the exports that may still hold them.</source>
        <translation>Coffer užfiksuoja kiekvieną eksportą, tačiau eksportas yra atskiras failas: jis lieka ten, kur įrašytas, kol kas nors jį ištrina, ir Coffer jo nepasiekia. Ištrynus klientą, ataskaitoje nurodomi eksportai, kuriuose jis dar gali būti.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Eksportai</translation>
    </message>
    <message>
        <source>No export has been made from this vault yet.</source>
        <translation>Iš šio seifo dar neatlikta nė vieno eksporto.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryModel</name>
    <message>
        <source>Zip file</source>
        <translation>Zip failas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON failas</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV lentelės</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>buvęs naudotojas</translation>
    </message>
    <message>
        <source>All clients (%1)</source>
        <translation>Visi klientai (%1)</translation>
    </message>
    <message>
        <source>One client</source>
        <translation>Vienas klientas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Path removed at the client&apos;s erasure</source>
        <translation>Kelias pašalintas ištrinant klientą</translation>
    </message>
    <message>
        <source>SHA-256 of the export&apos;s manifest: %1</source>
        <translation>Eksporto manifesto SHA-256: %1</translation>
    </message>
    <message>
        <source>The file name of a one-client export often names the person, so Coffer forgot it when the client was erased.</source>
        <translation>Vieno kliento eksporto failo pavadinime dažnai yra asmens vardas, todėl Coffer jį pamiršo, kai klientas buvo ištrintas.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatas</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Šifruotas</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Įrašyta</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifesto SHA-256</translation>
    </message>
</context>
<context>
    <name>coffer::FilesPanel</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Pridėti failą…</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Pridėti failą</translation>
    </message>
    <message>
        <source>Add a file to this client. You can also drop files onto the client&apos;s page.</source>
        <translation>Pridėti failą šiam klientui. Failus taip pat galite nutempti į kliento puslapį.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Įrašyti &amp;kaip…</translation>
    </message>
    <message>
        <source>Save the chosen file as</source>
        <translation>Įrašyti pasirinktą failą kaip</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file to a folder you pick; you can open it from there.</source>
        <translation>Įrašyti pasirinkto failo kopiją į jūsų pasirinktą aplanką; iš ten galėsite jį atverti.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <source>No files yet. Add contracts, scans or letters with Add file…, or drop them here. They are stored encrypted inside the vault.</source>
        <translation>Failų dar nėra. Pridėkite sutartis, skenuotus dokumentus ar laiškus mygtuku „Pridėti failą…“ arba nutempkite juos čia. Jie saugomi šifruoti seifo viduje.</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Failų dar nėra.</translation>
    </message>
    <message>
        <source>Add files to this client</source>
        <translation>Failų pridėjimas šiam klientui</translation>
    </message>
    <message>
        <source>Adding a file</source>
        <translation>Failo pridėjimas</translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation>Failas „%1“ pridedamas į seifą…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Failo kopijos įrašymas</translation>
    </message>
    <message>
        <source>Saving a file</source>
        <translation>Failo įrašymas</translation>
    </message>
    <message>
        <source>Saving a copy of the file…</source>
        <translation>Įrašoma failo kopija…</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Įrašyta į %1. &lt;a href=&quot;%2&quot;&gt;Atverti&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Pašalinti…</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Pašalinti pasirinktą failą</translation>
    </message>
    <message>
        <source>Delete the chosen file from the vault (%1)</source>
        <translation>Ištrinti pasirinktą failą iš seifo (%1)</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Pašalinti failą</translation>
    </message>
    <message>
        <source>Remove the file “%1”?</source>
        <translation>Pašalinti failą „%1“?</translation>
    </message>
</context>
<context>
    <name>coffer::ImportDialog</name>
    <message>
        <source>Do not import</source>
        <translation>Neimportuoti</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Asmuo ar organizacija</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Pasirinktinis laukas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Choose a file or a folder</source>
        <translation>Pasirinkite failą arba aplanką</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importuojamas failas</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Pasirinkti &amp;failą…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Pasirinkti &amp;aplanką…</translation>
    </message>
    <message>
        <source>For an export that was saved as a folder.</source>
        <translation>Eksportui, kuris buvo įrašytas kaip aplankas.</translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation>Eksporto slaptažodis</translation>
    </message>
    <message>
        <source>&amp;Password of the export:</source>
        <translation>Eksporto &amp;slaptažodis:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Failo stulpeliai</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stulpelis faile</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Pirmoji eilutė</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Perkeliama į</translation>
    </message>
    <message>
        <source>Coffer recognised the columns it could. Check where each one goes; a column kept as a custom field keeps its heading as the field&apos;s name.</source>
        <translation>Coffer atpažino tuos stulpelius, kuriuos galėjo. Patikrinkite, kur perkeliamas kiekvienas jų; stulpelio, paliekamo kaip pasirinktinis laukas, antraštė tampa lauko pavadinimu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Klientų importavimas</translation>
    </message>
    <message>
        <source>From a Coffer export (a ZIP, JSON or folder export, encrypted or not) or from a CSV file that a spreadsheet, an address book or another program saved. Nothing already in this vault is changed: records it has already are kept as they are.</source>
        <translation>Iš Coffer eksporto (ZIP, JSON ar aplanko, šifruoto ar ne) arba iš CSV failo, kurį įrašė skaičiuoklė, adresų knyga ar kita programa. Niekas, kas jau yra šiame seife, nekeičiama: jame jau esantys įrašai paliekami tokie, kokie yra.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Pasirinkite importuojamą failą</translation>
    </message>
    <message>
        <source>Coffer exports and CSV files (*.zip *.json *.encrypted *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Coffer eksportai ir CSV failai (*.zip *.json *.encrypted *.csv *.tsv *.txt);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Choose the Exported Folder</source>
        <translation>Pasirinkite eksportuotą aplanką</translation>
    </message>
    <message>
        <source>An encrypted Coffer export. It opens with the password that was chosen when it was made.</source>
        <translation>Šifruotas Coffer eksportas. Jis atveriamas slaptažodžiu, kuris buvo pasirinktas jį kuriant.</translation>
    </message>
    <message>
        <source>A Coffer export: its clients, notes, files and consents are imported. Users and the audit log are not: this vault keeps its own.</source>
        <translation>Coffer eksportas: importuojami jo klientai, pastabos, failai ir sutikimai. Naudotojai ir audito žurnalas neimportuojami: šis seifas turi savus.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Failo nepavyksta nuskaityti: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Failas tuščias.</translation>
    </message>
    <message>
        <source>The file has a heading row and no clients.</source>
        <translation>Faile yra tik antraščių eilutė, klientų nėra.</translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation>Kur perkeliamas stulpelis „%1“</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file with %n column(s).</source>
        <translation>
            <numerusform>CSV failas su %n stulpeliu.</numerusform>
            <numerusform>CSV failas su %n stulpeliais.</numerusform>
            <numerusform>CSV failas su %n stulpelių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Stulpelis %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the clients&apos; names (or an organisation column together with “Person or organisation”).</source>
        <translation>Pasirinkite stulpelį, kuriame yra klientų vardai (arba organizacijos stulpelį kartu su „Asmuo ar organizacija“).</translation>
    </message>
    <message>
        <source>Character set of the file</source>
        <translation>Failo koduotė</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Koduotė:</translation>
    </message>
    <message>
        <source>The file is not UTF-8. If the names below look wrong, choose the character set it was saved in.</source>
        <translation>Failas nėra UTF-8 koduotės. Jei vardai žemiau atrodo neteisingai, pasirinkite koduotę, kuria jis buvo įrašytas.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 su baitų tvarkos žyma (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltijos)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation>Įrašyti iššifruotą &amp;kopiją…</translation>
    </message>
    <message>
        <source>Instead of importing: the export&apos;s plain ZIP or JSON file, for another program. Anyone who can read that copy can read the data in it.</source>
        <translation>Vietoj importavimo: nešifruotas eksporto ZIP arba JSON failas kitai programai. Kas gali perskaityti šią kopiją, gali perskaityti ir joje esančius duomenis.</translation>
    </message>
</context>
<context>
    <name>coffer::ImportTask</name>
    <message>
        <source>semicolons</source>
        <translation>kabliataškiais</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuliacijos ženklais</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>kableliais</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Failo nepavyksta nuskaityti: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Importing clients from “%1”…</source>
        <translation>Importuojami klientai iš „%1“…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importuojama: „%1“…</translation>
    </message>
    <message>
        <source>“%1” is imported</source>
        <translation>Importuota: „%1“</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klientai: %1 · Pastabos: %2 · Failai: %3 · Sutikimai: %4</translation>
    </message>
    <message>
        <source>Already in this vault, and kept as they are here (%1):</source>
        <translation>Įrašai, jau esantys šiame seife ir palikti tokie, kokie yra (%1):</translation>
    </message>
    <message>
        <source>Clients added: %1 · Notes: %2</source>
        <translation>Pridėta klientų: %1 · Pastabų: %2</translation>
    </message>
    <message>
        <source>Read as %1, with values separated by %2.</source>
        <translation>Nuskaityta kaip %1, reikšmės atskirtos %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 eilutė: %2</translation>
    </message>
    <message>
        <source>Rows not imported — put them right in the file and import those rows again:</source>
        <translation>Neimportuotos eilutės — ištaisykite jas faile ir importuokite šias eilutes dar kartą:</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Neimportuoti stulpeliai: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of the export were not imported: an export holds no passwords. Add them on the Users page.</source>
        <translation>
            <numerusform>%n eksporto naudotojas neimportuotas: eksporte nėra slaptažodžių. Pridėkite jį puslapyje „Naudotojai“.</numerusform>
            <numerusform>%n eksporto naudotojai neimportuoti: eksporte nėra slaptažodžių. Pridėkite juos puslapyje „Naudotojai“.</numerusform>
            <numerusform>%n eksporto naudotojų neimportuota: eksporte nėra slaptažodžių. Pridėkite juos puslapyje „Naudotojai“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) were not imported: this vault keeps its own log.</source>
        <translation>
            <numerusform>%n audito žurnalo įrašas neimportuotas: šis seifas turi savo žurnalą.</numerusform>
            <numerusform>%n audito žurnalo įrašai neimportuoti: šis seifas turi savo žurnalą.</numerusform>
            <numerusform>%n audito žurnalo įrašų neimportuota: šis seifas turi savo žurnalą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n row(s)</source>
        <translation>
            <numerusform>„%1“ importuotas, išskyrus %n eilutę</numerusform>
            <numerusform>„%1“ importuotas, išskyrus %n eilutes</numerusform>
            <numerusform>„%1“ importuotas, išskyrus %n eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Decrypted Copy As</source>
        <translation>Įrašyti iššifruotą kopiją kaip</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Iššifravimas</translation>
    </message>
    <message>
        <source>Decrypting “%1”…</source>
        <translation>Iššifruojama „%1“…</translation>
    </message>
    <message>
        <source>The decrypted copy is saved</source>
        <translation>Iššifruota kopija įrašyta</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Įrašyta kaip:</translation>
    </message>
    <message>
        <source>This copy is not encrypted: anyone who can read the file can read the data in it. Delete it when it is no longer needed.</source>
        <translation>Ši kopija nešifruota: kas gali perskaityti failą, gali perskaityti ir jame esančius duomenis. Ištrinkite ją, kai jos nebereikės.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n client(s)</source>
        <translation>
            <numerusform>„%1“ importuotas, išskyrus %n klientą</numerusform>
            <numerusform>„%1“ importuotas, išskyrus %n klientus</numerusform>
            <numerusform>„%1“ importuotas, išskyrus %n klientų</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, with their notes, files and consents:</source>
        <translation>Praleisti kartu su jų pastabomis, failais ir sutikimais:</translation>
    </message>
    <message>
        <source>Each has a value that Coffer does not store, such as an email address with a comma where a dot should be. Put it right where the export came from, export again and import that: what is already here is kept as it is.</source>
        <translation>Kiekvienas turi reikšmę, kurios Coffer nesaugo, pavyzdžiui, el. pašto adresą su kableliu vietoj taško. Pataisykite ją ten, iš kur kilo eksportas, eksportuokite dar kartą ir importuokite: tai, kas jau yra čia, lieka nepakitę.</translation>
    </message>
</context>
<context>
    <name>coffer::MainWindow</name>
    <message>
        <source>%1 — Coffer</source>
        <extracomment>The main window&apos;s title: the vault&apos;s name, an em dash, the program&apos;s name.</extracomment>
        <translation>%1 — Coffer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pagrindinė</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <source>Lock the vault (%1). Its keys are wiped from memory; the password is needed to open it again.</source>
        <translation>Užrakinti seifą (%1). Jo raktai ištrinami iš atminties; norint vėl jį atverti, reikės slaptažodžio.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seifas: %1</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Naudotojas:</translation>
    </message>
    <message>
        <source>Your role in this vault decides what you may do.</source>
        <translation>Jūsų vaidmuo šiame seife nustato, ką galite daryti.</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Eksportuoti viską…</translation>
    </message>
    <message>
        <source>Export everything in this vault to a file you keep: a complete copy in standard formats (JSON and CSV).</source>
        <translation>Eksportuoti viską, kas yra šiame seife, į failą, kurį pasiliksite: visa kopija standartiniais formatais (JSON ir CSV).</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Kurti atsarginę kopiją</translation>
    </message>
    <message>
        <source>Make an encrypted backup of this vault in its backup folder.</source>
        <translation>Sukurti šifruotą šio seifo atsarginę kopiją jo atsarginių kopijų aplanke.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Naudotojai</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Rasti klientą</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Naujas klientas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo vault.&lt;/b&gt; The clients in it are made up. It is deleted when you lock it or quit Coffer, so nothing you do here is kept.</source>
        <translation>&lt;b&gt;Tai demonstracinis seifas.&lt;/b&gt; Jame esantys klientai išgalvoti. Jis ištrinamas, kai jį užrakinate arba išeinate iš Coffer, todėl niekas, ką čia darote, neišsaugoma.</translation>
    </message>
    <message>
        <source>Create &amp;Your Own Vault…</source>
        <translation>Sukurti &amp;savo seifą…</translation>
    </message>
    <message>
        <source>Close the demo (it is deleted) and create a vault for your real clients.</source>
        <translation>Uždaryti demonstracinį seifą (jis ištrinamas) ir sukurti seifą tikriems savo klientams.</translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation>Pranešimas apie demonstracinį seifą</translation>
    </message>
    <message>
        <source>Demo vault in a temporary folder: %1</source>
        <translation>Demonstracinis seifas laikinajame aplanke: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuoti…</translation>
    </message>
    <message>
        <source>Bring clients in from a Coffer export or from a CSV file that another program saved.</source>
        <translation>Importuoti klientus iš Coffer eksporto arba iš CSV failo, kurį įrašė kita programa.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifo pakeitimas</translation>
    </message>
    <message>
        <source>The sample vault cannot be replaced. Restore the backup as a separate vault instead.</source>
        <translation>Demonstracinio seifo pakeisti negalima. Vietoj to atkurkite atsarginę kopiją kaip atskirą seifą.</translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation>Palaukite, kol bus baigtas vykdomas darbas, tada bandykite dar kartą.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Seifas užrakintas po %n minutės nenaudojimo.</numerusform>
            <numerusform>Seifas užrakintas po %n minučių nenaudojimo.</numerusform>
            <numerusform>Seifas užrakintas po %n minučių nenaudojimo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Seifas užrakintas, nes kurį laiką nebuvo naudojamas.</translation>
    </message>
    <message>
        <source>Your account: change your password</source>
        <translation>Jūsų paskyra: pakeisti slaptažodį</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Keisti savo slap&amp;tažodį…</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Slaptažodžio keitimas</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you unlock the vault.</source>
        <translation>Jūsų slaptažodis pakeistas. Kitą kartą atrakindami seifą naudokite naująjį.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a restored copy&lt;/b&gt;, made from the backup of %1. It is a separate vault: what you change here does not reach the vault it was restored from, and clients added there since are not here.</source>
        <translation>&lt;b&gt;Tai atkurta kopija&lt;/b&gt;, padaryta iš atsarginės kopijos (%1). Tai atskiras seifas: tai, ką keičiate čia, nepasiekia seifo, iš kurio ji atkurta, o nuo tada ten pridėtų klientų čia nėra.</translation>
    </message>
    <message>
        <source>Restored copy notice</source>
        <translation>Pranešimas apie atkurtą kopiją</translation>
    </message>
    <message>
        <source>Choose Another Dis&amp;k…</source>
        <translation>Pasirinkti kitą dis&amp;ką…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Pasirinkite atsarginėms kopijoms aplanką USB diske arba kitame diske.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this vault go to the same disk as the vault.&lt;/b&gt; Coffer makes one each time you lock it after a change, but if this disk dies, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Šio seifo atsarginės kopijos saugomos tame pačiame diske kaip seifas.&lt;/b&gt; Coffer padaro kopiją kiekvieną kartą, kai po pakeitimų jį užrakinate, bet jei šis diskas sugestų, seifas ir jo atsarginės kopijos būtų prarasti kartu. Laikykite jas USB diske arba kitame diske.</translation>
    </message>
    <message>
        <source>Backups on the same disk notice</source>
        <translation>Pranešimas apie atsargines kopijas tame pačiame diske</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Prašymai (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Requests, %n due within a week</source>
        <translation>
            <numerusform>Prašymai, %n terminas per savaitę</numerusform>
            <numerusform>Prašymai, %n terminai per savaitę</numerusform>
            <numerusform>Prašymai, %n terminų per savaitę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) due within 7 days or overdue</source>
        <translation>
            <numerusform>%n atviras prašymas, kurio terminas per 7 dienas arba praleistas</numerusform>
            <numerusform>%n atviri prašymai, kurių terminas per 7 dienas arba praleistas</numerusform>
            <numerusform>%n atvirų prašymų, kurių terminas per 7 dienas arba praleistas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault may have been rolled back.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Šis seifas galbūt grąžintas į senesnę būseną.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rolled-back vault warning</source>
        <translation>Įspėjimas apie grąžintą seifą</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key</source>
        <translation>Pakeisti &amp;duomenų raktą</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access was taken away, but the data key has not changed since.&lt;/b&gt; A copy of the vault&apos;s files made before, with a removed user&apos;s old password, still opens everything saved now.</source>
        <translation>&lt;b&gt;Prieiga buvo atimta, tačiau duomenų raktas nuo to laiko nepakeistas.&lt;/b&gt; Anksčiau padaryta seifo failų kopija su pašalinto naudotojo senuoju slaptažodžiu vis dar atveria viską, kas išsaugota dabar.</translation>
    </message>
    <message>
        <source>Data key not changed warning</source>
        <translation>Įspėjimas apie nepakeistą duomenų raktą</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Duomenų rakto keitimas</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Sukurti &amp;atkūrimo raktą…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault has no recovery key.&lt;/b&gt; The previous owner&apos;s key went with the ownership. If you forget your password, nobody can open the vault: make a recovery key of your own and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Šis seifas neturi atkūrimo rakto.&lt;/b&gt; Ankstesnio savininko raktas neteko galios kartu su savininko teisių perdavimu. Jei pamiršite slaptažodį, niekas negalės atverti seifo: susikurkite savo atkūrimo raktą ir laikykite jį saugioje vietoje.</translation>
    </message>
    <message>
        <source>No recovery key warning</source>
        <translation>Įspėjimas apie trūkstamą atkūrimo raktą</translation>
    </message>
    <message>
        <source>Make a Recovery Key</source>
        <translation>Atkūrimo rakto sukūrimas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was changed outside Coffer.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Šis seifas buvo pakeistas ne per Coffer.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Outside change warning</source>
        <translation>Įspėjimas apie pakeitimus ne per Coffer</translation>
    </message>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Tikslai ir politikos</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Peržiūrėti…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n client(s) are past their retention period.&lt;/b&gt; Their data is kept until you run retention.</source>
        <translation>
            <numerusform>&lt;b&gt;%n kliento saugojimo terminas pasibaigė.&lt;/b&gt; Duomenys saugomi, kol įvykdysite saugojimą.</numerusform>
            <numerusform>&lt;b&gt;%n klientų saugojimo terminas pasibaigė.&lt;/b&gt; Duomenys saugomi, kol įvykdysite saugojimą.</numerusform>
            <numerusform>&lt;b&gt;%n klientų saugojimo terminas pasibaigė.&lt;/b&gt; Duomenys saugomi, kol įvykdysite saugojimą.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Priminimas apie saugojimą</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Saugojimas</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Privatumo patikra</translation>
    </message>
</context>
<context>
    <name>coffer::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Pakartokite slaptažodį:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Naudokite bent %1 simbolių. Kelis nesusijusius žodžius lengva įsiminti ir sunku atspėti.</translation>
    </message>
    <message>
        <source>Type the password again to make sure there is no typo.</source>
        <translation>Įveskite slaptažodį dar kartą, kad neliktų rašybos klaidų.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Slaptažodžiai nesutampa.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Slaptažodžiai sutampa.</translation>
    </message>
</context>
<context>
    <name>coffer::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation>Naujas prašymas</translation>
    </message>
    <message>
        <source>Name and how to reach them, as they gave it</source>
        <translation>Vardas ir kaip susisiekti, kaip asmuo nurodė</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Kas prašė:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klientas:</translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation>Prašo:</translation>
    </message>
    <message>
        <source>It &amp;arrived by:</source>
        <translation>&amp;Gautas per:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Gavimo &amp;data:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Atsakyti iki:</translation>
    </message>
    <message>
        <source>%1 — one month from receipt, even while identity is being checked; it can be extended by up to two months, telling the person why within the first month.</source>
        <translation>%1 — mėnuo nuo gavimo, net kol tikrinama tapatybė; terminą galima pratęsti iki dviejų mėnesių, per pirmąjį mėnesį pranešus asmeniui priežastį.</translation>
    </message>
    <message>
        <source>&amp;Record Request</source>
        <translation>&amp;Užregistruoti prašymą</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kas prašė</translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation>Ko prašo</translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation>Kaip gautas</translation>
    </message>
    <message>
        <source>Day it was received</source>
        <translation>Gavimo diena</translation>
    </message>
</context>
<context>
    <name>coffer::NotesPanel</name>
    <message>
        <source>Kind of note</source>
        <translation>Pastabos tipas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Pastabos tekstas</translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation>Kas buvo pasakyta ar sutarta…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Pridėti &amp;pastabą</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Pridėti pastabą</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Pastabos, naujausios pirmiausia</translation>
    </message>
    <message>
        <source>No notes yet. Write what was said or agreed above and press Add note.</source>
        <translation>Pastabų dar nėra. Viršuje parašykite, kas buvo pasakyta ar sutarta, ir spustelėkite „Pridėti pastabą“.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pastabų dar nėra.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add the note (%1)</source>
        <translation>Pridėti pastabą (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove note…</source>
        <translation>&amp;Pašalinti pastabą…</translation>
    </message>
    <message>
        <source>Remove the chosen note</source>
        <translation>Pašalinti pasirinktą pastabą</translation>
    </message>
    <message>
        <source>Delete the chosen note (%1)</source>
        <translation>Ištrinti pasirinktą pastabą (%1)</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Pašalinti pastabą</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>Pašalinti šią pastabą?</translation>
    </message>
</context>
<context>
    <name>coffer::OldKeyBackupsDialog</name>
    <message>
        <source>Out of Coffer&apos;s reach</source>
        <translation>Už Coffer pasiekiamumo ribų</translation>
    </message>
    <message>
        <source>Older Backups</source>
        <translation>Senesnės atsarginės kopijos</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this vault were taken before the data key changed. They still open with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</source>
        <translation>
            <numerusform>%n šio seifo atsarginė kopija padaryta prieš pakeičiant duomenų raktą. Ji vis dar atsiveria senuoju raktu ir slaptažodžiais, kuriuos žmonės turėjo tuo metu, – taip pat ir tų, kuriems prieiga ką tik buvo atimta.</numerusform>
            <numerusform>%n šio seifo atsarginės kopijos padarytos prieš pakeičiant duomenų raktą. Jos vis dar atsiveria senuoju raktu ir slaptažodžiais, kuriuos žmonės turėjo tuo metu, – taip pat ir tų, kuriems prieiga ką tik buvo atimta.</numerusform>
            <numerusform>%n šio seifo atsarginių kopijų padaryta prieš pakeičiant duomenų raktą. Jos vis dar atsiveria senuoju raktu ir slaptažodžiais, kuriuos žmonės turėjo tuo metu, – taip pat ir tų, kuriems prieiga ką tik buvo atimta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer can destroy their key slots, as a cancellation does: it first checks that a backup under the new key opens, then overwrites the old backups&apos; keys so that nothing opens them, and removes the files. They cannot be restored afterwards.</source>
        <translation>Coffer gali sunaikinti jų rakto lizdus, kaip tai daroma panaikinant paskyrą: pirmiausia patikrina, ar atsiveria atsarginė kopija su naujuoju raktu, tada perrašo senųjų atsarginių kopijų raktus, kad niekas jų nebeatvertų, ir pašalina failus. Vėliau jų atkurti nebus galima.</translation>
    </message>
    <message>
        <source>&amp;Destroy Their Key Slots</source>
        <translation>&amp;Sunaikinti jų rakto lizdus</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Palikti jas</translation>
    </message>
    <message>
        <source>Nothing was destroyed: %1</source>
        <translation>Niekas nesunaikinta: %1</translation>
    </message>
    <message>
        <source>The backup at %1 was checked first.</source>
        <translation>Pirmiausia patikrinta atsarginė kopija %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed.</source>
        <translation>
            <numerusform>Sunaikinta %n senesnė atsarginė kopija.</numerusform>
            <numerusform>Sunaikintos %n senesnės atsarginės kopijos.</numerusform>
            <numerusform>Sunaikinta %n senesnių atsarginių kopijų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed, %1 not:</source>
        <translation>
            <numerusform>Sunaikinta %n senesnė atsarginė kopija, %1 nepavyko sunaikinti:</numerusform>
            <numerusform>Sunaikintos %n senesnės atsarginės kopijos, %1 nepavyko sunaikinti:</numerusform>
            <numerusform>Sunaikinta %n senesnių atsarginių kopijų, %1 nepavyko sunaikinti:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
</context>
<context>
    <name>coffer::OneTimePasswordDialog</name>
    <message>
        <source>One-Time Password for %1</source>
        <translation>Vienkartinis slaptažodis: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been added. Here is their one-time password.</source>
        <translation>Naudotojas &lt;b&gt;%1&lt;/b&gt; pridėtas. Štai jo vienkartinis slaptažodis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s password has been reset. Here is their new one-time password; the old password no longer works.</source>
        <translation>Naudotojo &lt;b&gt;%1&lt;/b&gt; slaptažodis nustatytas iš naujo. Štai naujas jo vienkartinis slaptažodis; senasis slaptažodis nebegalioja.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Vienkartinis slaptažodis</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Kopijuoti vienkartinį slaptažodį</translation>
    </message>
    <message>
        <source>Give it to %1 in person or by phone rather than by email. At their first sign-in Coffer asks them to choose their own password, and this one stops working.&lt;br&gt;&lt;br&gt;&lt;b&gt;This is the only time it is shown.&lt;/b&gt; If it is lost, reset the password again.</source>
        <translation>Perduokite jį naudotojui %1 asmeniškai arba telefonu, o ne el. paštu. Pirmą kartą jam prisijungus, Coffer paprašys pasirinkti savo slaptažodį, ir šis nustos galioti.&lt;br&gt;&lt;br&gt;&lt;b&gt;Jis rodomas tik šį vienintelį kartą.&lt;/b&gt; Jei jį prarasite, dar kartą nustatykite slaptažodį iš naujo.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Nukopijuota. Iškarpinė bus išvalyta po %n sekundės.</numerusform>
            <numerusform>Nukopijuota. Iškarpinė bus išvalyta po %n sekundžių.</numerusform>
            <numerusform>Nukopijuota. Iškarpinė bus išvalyta po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Nukopijuota.</translation>
    </message>
</context>
<context>
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Stiprumas: %1</translation>
    </message>
</context>
<context>
    <name>coffer::PolicyDialog</name>
    <message>
        <source>As &amp;text</source>
        <translation>Kaip &amp;tekstas</translation>
    </message>
    <message>
        <source>As a &amp;file (the PDF you published, say)</source>
        <translation>Kaip &amp;failas (pavyzdžiui, paskelbtas PDF)</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Pridėti politikos versiją</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>pvz., %1</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>The policy&apos;s text</source>
        <translation>Politikos tekstas</translation>
    </message>
    <message>
        <source>Paste the policy as published</source>
        <translation>Įklijuokite politiką taip, kaip ji paskelbta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;asirinkti…</translation>
    </message>
    <message>
        <source>The policy as published</source>
        <translation>Politika, kaip ji paskelbta</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Galioja &amp;nuo:</translation>
    </message>
    <message>
        <source>A version is kept as it is, with its SHA-256, and is never changed: a changed policy is a new version. Consents given under an earlier one are listed to ask again.</source>
        <translation>Versija saugoma tokia, kokia yra, su savo SHA-256, ir niekada nekeičiama: pakeista politika yra nauja versija. Pagal ankstesnę versiją duoti sutikimai išvardijami, kad būtų galima paklausti dar kartą.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridėti</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Failas nepasirinktas</translation>
    </message>
</context>
<context>
    <name>coffer::PrivacyCheckPage</name>
    <message>
        <source>Authority told %1</source>
        <translation>Institucija informuota %1</translation>
    </message>
    <message>
        <source>Not notified: %1</source>
        <translation>Nepranešta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n valanda vėluojama</numerusform>
            <numerusform>%n valandos vėluojama</numerusform>
            <numerusform>%n valandų vėluojama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to tell the authority</source>
        <translation>
            <numerusform>liko %n valanda informuoti instituciją</numerusform>
            <numerusform>liko %n valandos informuoti instituciją</numerusform>
            <numerusform>liko %n valandų informuoti instituciją</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ką daryti</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Nustatyta</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Laikrodis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kas įvyko</translation>
    </message>
    <message>
        <source>Breach log</source>
        <translation>Pažeidimų žurnalas</translation>
    </message>
    <message>
        <source>Save Record of &amp;Processing…</source>
        <translation>Išsaugoti tvarkymo &amp;įrašus…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Article 30) as a PDF.</source>
        <translation>Duomenų tvarkymo veiklos įrašai (BDAR 30 straipsnis) PDF formatu.</translation>
    </message>
    <message>
        <source>&amp;Log Breach…</source>
        <translation>&amp;Užregistruoti pažeidimą…</translation>
    </message>
    <message>
        <source>Record &amp;Notification…</source>
        <translation>Užregistruoti &amp;pranešimą…</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Privatumo patikra</translation>
    </message>
    <message>
        <source>What needs your action now: requests to answer, data past its retention, consents to ask again, breaches to notify within 72 hours (GDPR Article 33), backups and the audit log.</source>
        <translation>Kas dabar reikalauja jūsų veiksmų: prašymai, į kuriuos reikia atsakyti, duomenys, kurių saugojimo terminas baigėsi, sutikimai, kurių reikia paklausti dar kartą, pažeidimai, apie kuriuos reikia pranešti per 72 valandas (BDAR 33 straipsnis), atsarginės kopijos ir audito žurnalas.</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Reikia veiksmų</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Tvarkoje</translation>
    </message>
    <message>
        <source>Nothing needs your action.</source>
        <translation>Niekas nereikalauja jūsų veiksmų.</translation>
    </message>
    <message>
        <source>Some things need your action; each line says what to do.</source>
        <translation>Kai kas reikalauja jūsų veiksmų; kiekvienoje eilutėje parašyta, ką daryti.</translation>
    </message>
    <message>
        <source>Log Breach</source>
        <translation>Užregistruoti pažeidimą</translation>
    </message>
    <message>
        <source>What happened, in general words (no client&apos;s data)</source>
        <translation>Kas įvyko, bendrais žodžiais (be klientų duomenų)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Nustatyta:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Kas įvyko:</translation>
    </message>
    <message>
        <source>&amp;People, about:</source>
        <translation>&amp;Asmenų, apytiksliai:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Taikytos priemonės:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Užregistruoti</translation>
    </message>
    <message>
        <source>The breach was not logged</source>
        <translation>Pažeidimas neužregistruotas</translation>
    </message>
    <message>
        <source>Record Notification</source>
        <translation>Užregistruoti pranešimą</translation>
    </message>
    <message>
        <source>Or: why the authority is not told (no risk to people, because …)</source>
        <translation>Arba: kodėl institucija neinformuojama (nėra pavojaus asmenims, nes …)</translation>
    </message>
    <message>
        <source>&amp;Authority told on:</source>
        <translation>&amp;Institucija informuota:</translation>
    </message>
    <message>
        <source>&amp;Or not told, because:</source>
        <translation>&amp;Arba neinformuota, nes:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Užregistruoti</translation>
    </message>
    <message>
        <source>The notification was not recorded</source>
        <translation>Pranešimas neužregistruotas</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Tvarkymo veiklos įrašai</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Išsaugoti tvarkymo veiklos įrašus</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Record of Processing</source>
        <translation>Išsaugoti tvarkymo įrašus</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Įrašai neišsaugoti</translation>
    </message>
</context>
<context>
    <name>coffer::PurposeDialog</name>
    <message>
        <source>Edit Purpose</source>
        <translation>Taisyti tikslą</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Pridėti tikslą</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>pvz., Naujienlaiškis</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>What the data is used for, in the words your clients read</source>
        <translation>Kam naudojami duomenys – žodžiais, kuriuos skaito jūsų klientai</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tikslas:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>Teisinis &amp;pagrindas:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Aprašymas:</translation>
    </message>
    <message>
        <source>For consent, a client may be contacted for the purpose while their consent is granted. For any other basis, every client may be, unless they objected.</source>
        <translation>Kai pagrindas yra sutikimas, su klientu šiuo tikslu galima susisiekti, kol jo sutikimas galioja. Esant bet kuriam kitam pagrindui – su kiekvienu klientu, nebent jis nesutiko.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridėti</translation>
    </message>
</context>
<context>
    <name>coffer::PurposesPage</name>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Tikslai ir politikos</translation>
    </message>
    <message>
        <source>What your business processes personal data for, and on which lawful basis (GDPR Article 6); the versions of your privacy policy. Consents are recorded against these purposes.</source>
        <translation>Kokiais tikslais jūsų įmonė tvarko asmens duomenis ir kokiu teisiniu pagrindu (BDAR 6 straipsnis); jūsų privatumo politikos versijos. Sutikimai registruojami šiems tikslams.</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Tvarkymo tikslai</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>&amp;Add Purpose…</source>
        <translation>&amp;Pridėti tikslą…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Taisyti…</translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation>Privatumo politikos versijos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Saugoma kaip</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Išsaugoti kopiją…</translation>
    </message>
    <message>
        <source>Add &amp;Version…</source>
        <translation>Pridėti &amp;versiją…</translation>
    </message>
    <message>
        <source>Consents to ask for again</source>
        <translation>Sutikimai, kurių paklausti dar kartą</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Duotas</translation>
    </message>
    <message>
        <source>Under version</source>
        <translation>Pagal versiją</translation>
    </message>
    <message>
        <source>Consents given under an earlier policy</source>
        <translation>Pagal ankstesnę politiką duoti sutikimai</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Tikslas:</translation>
    </message>
    <message>
        <source>Clients whose consent was given under a policy version other than the one in force today. Open one to record their answer when you have asked again.</source>
        <translation>Klientai, kurių sutikimas duotas pagal kitą politikos versiją nei šiandien galiojanti. Atidarykite klientą, kad užregistruotumėte atsakymą, kai paklausite dar kartą.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (galioja)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>No policy version is archived yet: add the one in force, and Coffer lists here who consented under an earlier one once you add the next.</source>
        <translation>Archyve dar nėra nė vienos politikos versijos: pridėkite galiojančią, o kai pridėsite kitą, Coffer čia išvardys, kas sutiko pagal ankstesnę.</translation>
    </message>
    <message>
        <source>No purpose rests on consent.</source>
        <translation>Nė vienas tikslas negrindžiamas sutikimu.</translation>
    </message>
    <message>
        <source>Nobody: every granted consent for this purpose was given under the version in force.</source>
        <translation>Niekas: visi šio tikslo sutikimai duoti pagal galiojančią versiją.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>neužregistruota</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Pridėti tikslą</translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation>Taisyti tikslą</translation>
    </message>
    <message>
        <source>The file is larger than a policy may be (%1 MiB).</source>
        <translation>Failas didesnis, nei gali būti politika (%1 MiB).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Failo perskaityti nepavyko: %1</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Pridėti politikos versiją</translation>
    </message>
    <message>
        <source>Privacy policy %1</source>
        <translation>Privatumo politika %1</translation>
    </message>
    <message>
        <source>Save a copy of the policy</source>
        <translation>Išsaugoti politikos kopiją</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Išsaugoti kopiją</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Record of &amp;Processing…</source>
        <translation>Tvarkymo &amp;įrašai…</translation>
    </message>
    <message>
        <source>What the record of processing activities (GDPR Article 30) says of this purpose.</source>
        <translation>Ką duomenų tvarkymo veiklos įrašai (BDAR 30 straipsnis) sako apie šį tikslą.</translation>
    </message>
    <message>
        <source>Record of Processing</source>
        <translation>Tvarkymo veiklos įrašai</translation>
    </message>
    <message>
        <source>Record of Processing: %1</source>
        <translation>Tvarkymo veiklos įrašai: %1</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Asmenys:</translation>
    </message>
    <message>
        <source>e.g. clients and their contact persons</source>
        <translation>pvz., klientai ir jų kontaktiniai asmenys</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Duomenys:</translation>
    </message>
    <message>
        <source>e.g. names, emails, phone numbers, contracts</source>
        <translation>pvz., vardai, el. paštai, telefonai, sutartys</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Gavėjai:</translation>
    </message>
    <message>
        <source>e.g. our accountant; nobody</source>
        <translation>pvz., mūsų buhalteris; niekas</translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation>&amp;Perdavimas už EEE ribų:</translation>
    </message>
    <message>
        <source>none, or where to and with which safeguards</source>
        <translation>nėra, arba kur ir su kokiomis garantijomis</translation>
    </message>
    <message>
        <source>The lawful basis, the retention rule, your business&apos;s details and the security measures come from where they are kept.</source>
        <translation>Teisinis pagrindas, saugojimo taisyklė, jūsų įmonės duomenys ir saugumo priemonės imami iš ten, kur jie saugomi.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation>Naujas atkūrimo raktas</translation>
    </message>
    <message>
        <source>&lt;b&gt;The recovery key was replaced.&lt;/b&gt; The old one no longer opens this vault; this new one does, when you forget your password. It is shown only this once.</source>
        <translation>&lt;b&gt;Atkūrimo raktas pakeistas.&lt;/b&gt; Senasis šio seifo nebeatveria; šis naujasis jį atveria, jei pamirštate slaptažodį. Jis rodomas tik šį vienintelį kartą.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are the owner of this vault now: here is your own recovery key.&lt;/b&gt; The previous owner&apos;s key was destroyed with the hand-over. If you forget your password, this key is the only way back in. It is shown only this once.</source>
        <translation>&lt;b&gt;Dabar jūs esate šio seifo savininkas: štai jūsų atkūrimo raktas.&lt;/b&gt; Ankstesnio savininko raktas sunaikintas perduodant savininko teises. Jei pamiršite slaptažodį, šis raktas bus vienintelis būdas vėl patekti į seifą. Jis rodomas tik šį vienintelį kartą.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Baigti</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPanel</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Atkūrimo raktą išsaugojau saugioje vietoje</translation>
    </message>
    <message>
        <source>Write it down, or save it in another password manager, and keep it somewhere safe, away from this computer. To use it, choose “Forgot your password?” when you unlock the vault. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Užsirašykite jį arba įrašykite į kitą slaptažodžių tvarkyklę ir laikykite saugioje vietoje, toliau nuo šio kompiuterio. Norėdami jį panaudoti, atrakindami seifą pasirinkite „Pamiršote slaptažodį?“. Kiekvienas, turintis šį raktą ir seifo kopiją, gali jį atverti.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopijuoti atkūrimo raktą</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Į&amp;rašyti kaip…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it where you keep it safe; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Nukopijuota. Įklijuokite ten, kur saugiai laikote; iškarpinė bus išvalyta po %n sekundės.</numerusform>
            <numerusform>Nukopijuota. Įklijuokite ten, kur saugiai laikote; iškarpinė bus išvalyta po %n sekundžių.</numerusform>
            <numerusform>Nukopijuota. Įklijuokite ten, kur saugiai laikote; iškarpinė bus išvalyta po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else over it.</source>
        <translation>Nukopijuota. Įklijuokite ten, kur saugiai laikote, tada nukopijuokite ką nors kita, kad jį pakeistumėte.</translation>
    </message>
    <message>
        <source>%1 recovery key.txt</source>
        <translation>%1 atkūrimo raktas.txt</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Įrašyti atkūrimo raktą</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstiniai failai (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, away from this computer.</source>
        <translation>Įrašyta į %1. Perkelkite jį į saugią vietą, toliau nuo šio kompiuterio.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neįrašyta: %1</translation>
    </message>
    <message>
        <source>Coffer recovery key

Vault: %1
Folder: %2
Created: %3

Recovery key: %4

With this key the owner can choose a new password when the old one is forgotten.
Keep it somewhere safe, away from the computer that holds the vault: anyone who has
this key and a copy of the vault can open it.
</source>
        <translation>Coffer atkūrimo raktas

Seifas: %1
Aplankas: %2
Sukurta: %3

Atkūrimo raktas: %4

Su šiuo raktu savininkas gali pasirinkti naują slaptažodį, jei senasis pamirštas.
Laikykite jį saugioje vietoje, toliau nuo kompiuterio, kuriame yra seifas: kiekvienas,
turintis šį raktą ir seifo kopiją, gali jį atverti.
</translation>
    </message>
</context>
<context>
    <name>coffer::RemovalQuestion</name>
    <message>
        <source>It is deleted from the vault for good. Backups made before now still hold it; to remove everything about a person, erase the client instead.</source>
        <translation>Ji visam laikui ištrinama iš seifo. Anksčiau padarytose atsarginėse kopijose ji vis dar yra; norėdami pašalinti viską apie asmenį, ištrinkite klientą.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>coffer::ReplyLetter</name>
    <message>
        <source>The deadline of this request is not extended: extend it first, with its reason.</source>
        <translation>Šio prašymo terminas nepratęstas: pirmiausia pratęskite jį nurodydami priežastį.</translation>
    </message>
    <message>
        <source>This request is not closed as done yet.</source>
        <translation>Šis prašymas dar neuždarytas kaip įvykdytas.</translation>
    </message>
    <message>
        <source>This request is not refused: close it as refused first, with its legal ground.</source>
        <translation>Šio prašymo nebuvo atsisakyta: pirmiausia uždarykite jį kaip atmestą nurodydami teisinį pagrindą.</translation>
    </message>
    <message>
        <source>Your request of %1: %2</source>
        <translation>Jūsų %1 prašymas: %2</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Gerbiamieji,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Gerb. %1,</translation>
    </message>
    <message>
        <source>If you have any question about your request, contact us: %1.</source>
        <translation>Jei turite klausimų dėl savo prašymo, susisiekite su mumis: %1.</translation>
    </message>
    <message>
        <source>We received your request (%1) on %2. We will answer it without undue delay and by %3 at the latest, as Article 12(3) of the General Data Protection Regulation (GDPR) requires.</source>
        <translation>%2 gavome jūsų prašymą (%1). Atsakysime į jį nepagrįstai nedelsdami ir ne vėliau kaip iki %3, kaip reikalauja Bendrojo duomenų apsaugos reglamento (BDAR) 12 straipsnio 3 dalis.</translation>
    </message>
    <message>
        <source>Before we give you any personal data or change it, we need to be sure that the request comes from you. We may ask you for information to confirm who you are.</source>
        <translation>Prieš pateikdami ar keisdami jūsų asmens duomenis turime įsitikinti, kad prašymą pateikėte jūs. Galime paprašyti informacijos jūsų tapatybei patvirtinti.</translation>
    </message>
    <message numerus="yes">
        <source>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n month(s), to %3.</source>
        <translation>
            <numerusform>%1 gavome jūsų prašymą. Jam įvykdyti reikia daugiau nei vieno mėnesio: %2. Kaip leidžia BDAR 12 straipsnio 3 dalis, pratęsiame atsakymo terminą %n mėnesiu, iki %3.</numerusform>
            <numerusform>%1 gavome jūsų prašymą. Jam įvykdyti reikia daugiau nei vieno mėnesio: %2. Kaip leidžia BDAR 12 straipsnio 3 dalis, pratęsiame atsakymo terminą %n mėnesiais, iki %3.</numerusform>
            <numerusform>%1 gavome jūsų prašymą. Jam įvykdyti reikia daugiau nei vieno mėnesio: %2. Kaip leidžia BDAR 12 straipsnio 3 dalis, pratęsiame atsakymo terminą %n mėnesių, iki %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>We have carried out your request of %1.</source>
        <translation>Įvykdėme jūsų %1 prašymą.</translation>
    </message>
    <message>
        <source>We cannot carry out your request of %1, for this reason: %2.</source>
        <translation>Negalime įvykdyti jūsų %1 prašymo dėl šios priežasties: %2.</translation>
    </message>
    <message>
        <source>You may complain to the data protection supervisory authority of your country, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Galite pateikti skundą savo šalies duomenų apsaugos priežiūros institucijai ir kreiptis į teismą (BDAR 12 straipsnio 4 dalis).</translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority, %1, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Galite pateikti skundą priežiūros institucijai (%1) ir kreiptis į teismą (BDAR 12 straipsnio 4 dalis).</translation>
    </message>
    <message>
        <source>A copy of the personal data we hold about you is enclosed, with a letter that explains it.</source>
        <translation>Pridedame jūsų asmens duomenų, kuriuos turime, kopiją ir ją paaiškinantį laišką.</translation>
    </message>
    <message>
        <source>Your data has been corrected as you asked.</source>
        <translation>Jūsų duomenys ištaisyti, kaip prašėte.</translation>
    </message>
    <message>
        <source>Your personal data has been erased from our records. We keep only a note that your request was handled, which does not name you.</source>
        <translation>Jūsų asmens duomenys ištrinti iš mūsų įrašų. Saugome tik žymą, kad jūsų prašymas įvykdytas, kurioje jūs neįvardijamas.</translation>
    </message>
    <message>
        <source>The processing of your data is restricted: we only store it, and we will tell you before the restriction is lifted.</source>
        <translation>Jūsų duomenų tvarkymas apribotas: juos tik saugome ir pranešime jums prieš panaikindami apribojimą.</translation>
    </message>
    <message>
        <source>Your data is enclosed in structured, machine-readable formats (JSON and CSV).</source>
        <translation>Pridedame jūsų duomenis struktūrizuotais, kompiuterio skaitomais formatais (JSON ir CSV).</translation>
    </message>
    <message>
        <source>We will no longer use your data for the purpose you objected to.</source>
        <translation>Nebenaudosime jūsų duomenų tikslu, kuriam prieštaravote.</translation>
    </message>
    <message>
        <source>We have recorded the withdrawal of your consent and no longer use your data for that purpose.</source>
        <translation>Užregistravome jūsų sutikimo atšaukimą ir nebenaudojame jūsų duomenų tuo tikslu.</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Laiško įrašyti nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ReportDialog</name>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Kelias</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Sėkminga</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nesėkminga</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Rodyti a&amp;planke</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Išsamiau</translation>
    </message>
    <message>
        <source>What Coffer checked, in technical terms</source>
        <translation>Ką Coffer patikrino, techniniais žodžiais</translation>
    </message>
</context>
<context>
    <name>coffer::RequestDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Įrodymas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Išsamiau</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Identity Checked…</source>
        <translation>&amp;Tapatybė patikrinta…</translation>
    </message>
    <message>
        <source>Record how you confirmed that the request comes from the person themselves.</source>
        <translation>Įrašykite, kaip įsitikinote, kad prašymą pateikė pats asmuo.</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pra&amp;tęsti…</translation>
    </message>
    <message>
        <source>Give yourself one or two more months, with the reason; tell the person within the first month.</source>
        <translation>Pratęskite terminą vienu ar dviem mėnesiais nurodydami priežastį; praneškite asmeniui per pirmąjį mėnesį.</translation>
    </message>
    <message>
        <source>Open &amp;Client</source>
        <translation>Atidaryti &amp;klientą</translation>
    </message>
    <message>
        <source>Close &amp;Request…</source>
        <translation>Uždaryti &amp;prašymą…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Baigta</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Atsakyti iki:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Gauta:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Tapatybė:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Pratęsimas:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Būsena:</translation>
    </message>
    <message>
        <source>Evidence linked to it:</source>
        <translation>Susieti įrodymai:</translation>
    </message>
    <message>
        <source>an erased client</source>
        <translation>ištrintas klientas</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (dar nenustatytas)</translation>
    </message>
    <message>
        <source>someone not yet identified</source>
        <translation>dar nenustatytas asmuo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>vėluojama %n dieną</numerusform>
            <numerusform>vėluojama %n dienas</numerusform>
            <numerusform>vėluojama %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>atsakyti šiandien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>liko %n diena</numerusform>
            <numerusform>liko %n dienos</numerusform>
            <numerusform>liko %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked on %1: %2</source>
        <translation>Patikrinta %1: %2</translation>
    </message>
    <message>
        <source>Waiting for proof of identity; the month still runs from receipt.</source>
        <translation>Laukiama tapatybės įrodymo; mėnuo vis tiek skaičiuojamas nuo gavimo.</translation>
    </message>
    <message>
        <source>Not checked yet; the month runs from receipt all the same.</source>
        <translation>Dar nepatikrinta; mėnuo vis tiek skaičiuojamas nuo gavimo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nėra</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s): %1 (told on %2)</source>
        <translation>
            <numerusform>dar %n mėnuo: %1 (pranešta %2)</numerusform>
            <numerusform>dar %n mėnesiai: %1 (pranešta %2)</numerusform>
            <numerusform>dar %n mėnesių: %1 (pranešta %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers see requests; editors and above handle them.</source>
        <translation>Žiūrėtojai mato prašymus; juos tvarko redaktoriai ir aukštesni vaidmenys.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Šis prašymas uždarytas.</translation>
    </message>
    <message>
        <source>The deadline is already extended by the two months the law allows.</source>
        <translation>Terminas jau pratęstas dviem mėnesiais, kiek leidžia įstatymas.</translation>
    </message>
    <message>
        <source>Prepare &amp;Access Pack…</source>
        <translation>Parengti &amp;prieigos paketą…</translation>
    </message>
    <message>
        <source>Prepare &amp;Export…</source>
        <translation>Parengti &amp;eksportą…</translation>
    </message>
    <message>
        <source>Prepare the access pack: a folder with the client&apos;s data (a zip of JSON, CSV and their files) and a cover letter to send them. It becomes this request&apos;s evidence.</source>
        <translation>Parenkite prieigos paketą: aplanką su kliento duomenimis (zip su JSON, CSV ir jo failais) ir lydraščiu, kurį išsiųsite. Jis tampa šio prašymo įrodymu.</translation>
    </message>
    <message>
        <source>Prepare the export: the client&apos;s data in machine-readable formats (a zip of JSON, CSV and their files). It becomes this request&apos;s evidence.</source>
        <translation>Parenkite eksportą: kliento duomenis kompiuterio skaitomais formatais (zip su JSON, CSV ir jo failais). Jis tampa šio prašymo įrodymu.</translation>
    </message>
    <message>
        <source>&amp;Erase Client…</source>
        <translation>&amp;Ištrinti klientą…</translation>
    </message>
    <message>
        <source>Erase the client: the verified erasure runs and its report becomes this request&apos;s evidence. The request then names them by a pseudonym only.</source>
        <translation>Ištrinkite klientą: atliekamas patikrintas ištrynimas, o jo ataskaita tampa šio prašymo įrodymu. Po to prašyme klientas nurodomas tik pseudonimu.</translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation>Ap&amp;riboti tvarkymą…</translation>
    </message>
    <message>
        <source>Restrict processing of the client: their data is then kept but not changed until you lift it.</source>
        <translation>Apribokite kliento duomenų tvarkymą: duomenys saugomi, bet nekeičiami, kol apribojimo nepanaikinsite.</translation>
    </message>
    <message>
        <source>The request is not linked to a client.</source>
        <translation>Prašymas nesusietas su klientu.</translation>
    </message>
    <message>
        <source>This step was not recorded</source>
        <translation>Šis veiksmas neįrašytas</translation>
    </message>
    <message>
        <source>Nothing was changed. Put right what the message says and try again.</source>
        <translation>Niekas nepakeista. Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Identity Checked</source>
        <translation>Tapatybė patikrinta</translation>
    </message>
    <message>
        <source>How did you confirm that the request comes from the person themselves?</source>
        <translation>Kaip įsitikinote, kad prašymą pateikė pats asmuo?</translation>
    </message>
    <message>
        <source>Extend the Deadline</source>
        <translation>Termino pratęsimas</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>dar %n mėnuo</numerusform>
            <numerusform>dar %n mėnesiai</numerusform>
            <numerusform>dar %n mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <source>For instance: records in several archives must be searched</source>
        <translation>Pavyzdžiui: reikia ieškoti įrašų keliuose archyvuose</translation>
    </message>
    <message>
        <source>The law allows two more months where a request is complex or there are many; tell the person, with this reason, within the first month.</source>
        <translation>Įstatymas leidžia dar du mėnesius, jei prašymas sudėtingas arba prašymų daug; praneškite asmeniui šią priežastį per pirmąjį mėnesį.</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>Pratęsti:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Priežastis:</translation>
    </message>
    <message>
        <source>Access pack %1</source>
        <translation>Prieigos paketas %1</translation>
    </message>
    <message>
        <source>Where to Make the Access Pack</source>
        <translation>Kur sukurti prieigos paketą</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Naujas aplankas:</translation>
    </message>
    <message>
        <source>Prepare Access Pack</source>
        <translation>Prieigos paketo rengimas</translation>
    </message>
    <message>
        <source>Exporting the data of %1 and writing the letter…</source>
        <translation>Eksportuojami %1 duomenys ir rašomas laiškas…</translation>
    </message>
    <message>
        <source>No access pack was made</source>
        <translation>Prieigos paketas nesukurtas</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Niekas neįrašyta. Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The access pack is ready in %1.</source>
        <translation>Prieigos paketas paruoštas: %1.</translation>
    </message>
    <message>
        <source>It is linked to this request as its evidence. Send it to the person in a safe way (it is not encrypted), then close the request as done.</source>
        <translation>Jis susietas su šiuo prašymu kaip įrodymas. Išsiųskite jį asmeniui saugiu būdu (jis nešifruotas), tada uždarykite prašymą kaip įvykdytą.</translation>
    </message>
    <message>
        <source>The person&apos;s identity is not recorded as checked: check it before you send them their data.</source>
        <translation>Asmens tapatybė nepažymėta kaip patikrinta: patikrinkite ją prieš siųsdami duomenis.</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Rodyti &amp;aplanką</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Tvarkymo apribojimas</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.)</source>
        <translation>Kodėl tvarkymas apribojamas? (Pavyzdžiui: asmuo ginčija savo duomenų tikslumą.)</translation>
    </message>
    <message>
        <source>Close the Request</source>
        <translation>Prašymo uždarymas</translation>
    </message>
    <message>
        <source>&amp;Done: the request was carried out</source>
        <translation>&amp;Įvykdyta: prašymas įvykdytas</translation>
    </message>
    <message>
        <source>&amp;Refused, on a legal ground</source>
        <translation>&amp;Atsisakyta teisiniu pagrindu</translation>
    </message>
    <message>
        <source>Only administrators and the owner refuse a request.</source>
        <translation>Atsisakyti vykdyti prašymą gali tik administratoriai ir savininkas.</translation>
    </message>
    <message>
        <source>Required: the legal ground, which you tell the person</source>
        <translation>Privaloma: teisinis pagrindas, apie kurį pranešate asmeniui</translation>
    </message>
    <message>
        <source>Optional: the evidence above shows what was done</source>
        <translation>Neprivaloma: pirmiau nurodyti įrodymai rodo, kas atlikta</translation>
    </message>
    <message>
        <source>Required without evidence: what was done</source>
        <translation>Privaloma, jei nėra įrodymų: kas atlikta</translation>
    </message>
    <message>
        <source>Record &amp;Objection…</source>
        <translation>Įrašyti &amp;prieštaravimą…</translation>
    </message>
    <message>
        <source>Record &amp;Withdrawal…</source>
        <translation>Įrašyti &amp;atšaukimą…</translation>
    </message>
    <message>
        <source>Mark the client not to be contacted for the purpose they object to or withdrew from (direct marketing, a newsletter, …). The mark shows on their Consents tab and keeps them off the list of who may be contacted for it; it becomes this request&apos;s evidence.</source>
        <translation>Pažymėkite, kad į klientą negalima kreiptis tikslu, kuriam jis prieštarauja arba kuriam atšaukė sutikimą (tiesioginė rinkodara, naujienlaiškis, …). Žymė matoma jo kortelėje Sutikimai ir neleidžia jo įtraukti į sąrašą asmenų, į kuriuos galima kreiptis šiuo tikslu; ji tampa šio prašymo įrodymu.</translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation>Prieštaravimo įrašymas</translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation>Atšaukimo įrašymas</translation>
    </message>
    <message>
        <source>What do they object to? They will not be contacted for it.</source>
        <translation>Kam asmuo prieštarauja? Šiuo tikslu į jį nebebus kreipiamasi.</translation>
    </message>
    <message>
        <source>Which consent do they withdraw? They will not be contacted for it.</source>
        <translation>Kurį sutikimą asmuo atšaukia? Šiuo tikslu į jį nebebus kreipiamasi.</translation>
    </message>
    <message>
        <source>Write &amp;Letter</source>
        <translation>Rašyti &amp;laišką</translation>
    </message>
    <message>
        <source>The letter that answers the person, filled from this request: as PDF or text.</source>
        <translation>Laiškas, atsakantis asmeniui, užpildytas pagal šį prašymą: PDF arba tekstu.</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement…</source>
        <translation>&amp;Patvirtinimas…</translation>
    </message>
    <message>
        <source>&amp;Extension Notice…</source>
        <translation>&amp;Pranešimas apie pratęsimą…</translation>
    </message>
    <message>
        <source>&amp;Completion…</source>
        <translation>Į&amp;vykdymo pranešimas…</translation>
    </message>
    <message>
        <source>&amp;Refusal…</source>
        <translation>&amp;Atsisakymas…</translation>
    </message>
    <message>
        <source>Write Letter</source>
        <translation>Laiško rašymas</translation>
    </message>
    <message>
        <source>This letter does not fit the request yet</source>
        <translation>Šis laiškas dar netinka prašymui</translation>
    </message>
    <message>
        <source>Carry the step out first, then write the letter.</source>
        <translation>Pirmiausia atlikite šį veiksmą, tada rašykite laišką.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstiniai failai (*.txt)</translation>
    </message>
    <message>
        <source>Save the Letter</source>
        <translation>Laiško išsaugojimas</translation>
    </message>
    <message>
        <source>The letter could not be saved</source>
        <translation>Laiško išsaugoti nepavyko</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Pasirinkite kitą aplanką ar pavadinimą ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>&amp;Link Corrections</source>
        <translation>&amp;Susieti pataisymus</translation>
    </message>
    <message>
        <source>Correct the record on the client&apos;s page (profile, notes, consents), then link the corrections: Coffer records which fields changed since the request arrived, never their values.</source>
        <translation>Ištaisykite įrašą kliento puslapyje (profilis, pastabos, sutikimai), tada susiekite pataisymus: Coffer įrašo, kurie laukai pakeisti nuo prašymo gavimo, niekada jų reikšmių.</translation>
    </message>
    <message>
        <source>&amp;Link to Client…</source>
        <translation>&amp;Susieti su klientu…</translation>
    </message>
    <message>
        <source>Once you know who asked, link the request to their client record.</source>
        <translation>Kai žinosite, kas prašė, susiekite prašymą su jo kliento įrašu.</translation>
    </message>
    <message>
        <source>Who asked is not linked to a client yet: once you know, link the request to their record with Link to Client.</source>
        <translation>Prašytojas dar nesusietas su klientu: kai žinosite, kas tai, susiekite prašymą su jo įrašu mygtuku „Susieti su klientu“.</translation>
    </message>
    <message>
        <source>Link to Client</source>
        <translation>Susiejimas su klientu</translation>
    </message>
    <message>
        <source>Find the client: type a name, an email or a phone number.</source>
        <translation>Raskite klientą: įrašykite vardą, el. paštą arba telefono numerį.</translation>
    </message>
    <message>
        <source>The clients could not be searched</source>
        <translation>Klientų ieškoti nepavyko</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>No client matches “%1”</source>
        <translation>Joks klientas neatitinka „%1“</translation>
    </message>
    <message>
        <source>Try another spelling, or add them as a client first.</source>
        <translation>Pabandykite kitaip parašyti arba pirmiausia pridėkite jį kaip klientą.</translation>
    </message>
    <message>
        <source>Which client asked?</source>
        <translation>Kuris klientas prašė?</translation>
    </message>
    <message>
        <source>The purposes could not be read</source>
        <translation>Tikslų perskaityti nepavyko</translation>
    </message>
    <message>
        <source>There are no purposes of processing yet</source>
        <translation>Tvarkymo tikslų dar nėra</translation>
    </message>
    <message>
        <source>An objection or a withdrawal is recorded against a purpose of the catalogue.</source>
        <translation>Prieštaravimas ar atšaukimas registruojamas katalogo tikslui.</translation>
    </message>
    <message>
        <source>An administrator defines the purposes on the Purposes &amp; Policies page.</source>
        <translation>Administratorius nustato tikslus puslapyje „Tikslai ir politikos“.</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPage</name>
    <message>
        <source>Show requests of this type</source>
        <translation>Rodyti šio tipo prašymus</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <source>Show requests in this state</source>
        <translation>Rodyti šios būsenos prašymus</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Atviri prašymai</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Visi prašymai</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Būsena:</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Naujas prašymas…</translation>
    </message>
    <message>
        <source>Record a request from someone who is not (yet) a client. For a client, use New Request on their page.</source>
        <translation>Užregistruoti prašymą iš asmens, kuris (dar) nėra klientas. Klientui naudokite „Naujas prašymas“ jo puslapyje.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Atsakyti iki</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Liko laiko</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gautas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct, move or erase their data, or objects to its use, record it with New Request: Coffer counts the month you have to answer.</source>
        <translation>Prašymų nėra. Kai kas nors prašo peržiūrėti, ištaisyti, perkelti ar ištrinti savo duomenis arba prieštarauja jų naudojimui, užregistruokite tai „Naujas prašymas“: Coffer skaičiuoja mėnesį, kurį turite atsakyti.</translation>
    </message>
    <message>
        <source>What people asked about their data, and by when you must answer: one month from receipt (GDPR Article 12), overdue ones first. Coffer keeps the dates; it does not give legal advice.</source>
        <translation>Ko asmenys prašė dėl savo duomenų ir iki kada turite atsakyti: mėnuo nuo gavimo (BDAR 12 straipsnis), pavėluoti pirmiausia. Coffer saugo datas; jis neteikia teisinių konsultacijų.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uždarytas</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Vėluoja %n dieną</numerusform>
            <numerusform>Vėluoja %n dienas</numerusform>
            <numerusform>Vėluoja %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Terminas šiandien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienos</numerusform>
            <numerusform>%n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>An erased client</source>
        <translation>Ištrintas klientas</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>Dar nenustatytas</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (dar nenustatytas)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n prašymas</numerusform>
            <numerusform>%n prašymai</numerusform>
            <numerusform>%n prašymų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Naujas prašymas</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPanel</name>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Naujas prašymas…</translation>
    </message>
    <message>
        <source>New request from this client</source>
        <translation>Naujas šio kliento prašymas</translation>
    </message>
    <message>
        <source>Record what this client asked about their data; Coffer counts the month to answer.</source>
        <translation>Užregistruokite, ko šis klientas prašė dėl savo duomenų; Coffer skaičiuoja mėnesį atsakymui.</translation>
    </message>
    <message>
        <source>No requests from this client. When they ask to see, correct, move or erase their data, or object to its use, record it here.</source>
        <translation>Šis klientas prašymų nepateikė. Kai jis prašo peržiūrėti, ištaisyti, perkelti ar ištrinti savo duomenis arba prieštarauja jų naudojimui, užregistruokite tai čia.</translation>
    </message>
</context>
<context>
    <name>coffer::RetentionPage</name>
    <message>
        <source>Anonymise</source>
        <translation>Nuasmeninti</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>nuo tapimo klientu</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>nuo paskutinio pakeitimo</translation>
    </message>
    <message>
        <source>from the last note</source>
        <translation>nuo paskutinės pastabos</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>nuo datos lauke „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienos</numerusform>
            <numerusform>%n dienų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mėnuo</numerusform>
            <numerusform>%n mėnesiai</numerusform>
            <numerusform>%n mėnesių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n metai</numerusform>
            <numerusform>%n metai</numerusform>
            <numerusform>%n metų</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Retention Rule</source>
        <translation>Pridėti saugojimo taisyklę</translation>
    </message>
    <message>
        <source>None: my own rule</source>
        <translation>Nėra: mano taisyklė</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dienos</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mėnesiai</translation>
    </message>
    <message>
        <source>years</source>
        <translation>metai</translation>
    </message>
    <message>
        <source>from the date in a custom field</source>
        <translation>nuo datos pasirinktiniame lauke</translation>
    </message>
    <message>
        <source>The custom field, e.g. Contract end</source>
        <translation>Pasirinktinis laukas, pvz., Sutarties pabaiga</translation>
    </message>
    <message>
        <source>Erase the client (verified erasure)</source>
        <translation>Ištrinti klientą (patikrintas ištrynimas)</translation>
    </message>
    <message>
        <source>Anonymise: keep only a count for statistics</source>
        <translation>Nuasmeninti: palikti tik skaičių statistikai</translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation>&amp;Pavyzdys:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>P&amp;avadinimas:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Saugoti:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Skaičiuojama:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Laukas:</translation>
    </message>
    <message>
        <source>&amp;At the end:</source>
        <translation>Pa&amp;baigoje:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Kodėl:</translation>
    </message>
    <message>
        <source>Examples are periods that laws commonly set; they are not legal advice. Confirm the period for your business before you add it.</source>
        <translation>Pavyzdžiai – tai terminai, kuriuos dažnai nustato įstatymai; tai ne teisinė konsultacija. Prieš pridėdami patikrinkite terminą savo įmonei.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridėti</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Saugojimas</translation>
    </message>
    <message>
        <source>How long client data is kept, and who is due to be erased or anonymised. Nothing is deleted until you run retention; a legal hold pauses it.</source>
        <translation>Kiek laiko saugomi klientų duomenys ir kam suėjo laikas ištrinti ar nuasmeninti. Niekas netrinama, kol neįvykdysite saugojimo; teisinis sulaikymas jį sustabdo.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Taisyklės</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Taisyklė</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Saugoti</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Skaičiuojama</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Pabaigoje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Saugojimo taisyklės</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Pridėti taisyklę…</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Kam suėjo terminas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Clients due under their retention rule</source>
        <translation>Klientai, kuriems suėjo saugojimo taisyklės terminas</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Sulaikyti…</translation>
    </message>
    <message>
        <source>A legal hold: keep the client&apos;s data until a day you choose, with the reason.</source>
        <translation>Teisinis sulaikymas: saugoti kliento duomenis iki jūsų pasirinktos dienos, nurodžius priežastį.</translation>
    </message>
    <message>
        <source>&amp;Release Hold</source>
        <translation>&amp;Atšaukti sulaikymą</translation>
    </message>
    <message>
        <source>&amp;Run Retention…</source>
        <translation>&amp;Vykdyti saugojimą…</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Terminas suėjo</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Per 30 dienų</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Sulaikyta iki %1</translation>
    </message>
    <message>
        <source>No rules yet. Add one for each period your business keeps data for — or give purposes their rule on the Purposes &amp; Policies page.</source>
        <translation>Taisyklių dar nėra. Pridėkite po vieną kiekvienam terminui, kiek jūsų įmonė saugo duomenis, – arba priskirkite tikslams taisyklę puslapyje „Tikslai ir politikos“.</translation>
    </message>
    <message>
        <source>%1 due now, %2 within 30 days, %3 held.</source>
        <translation>Terminas suėjo: %1, per 30 dienų: %2, sulaikyta: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have a retention category that names no rule, and are kept.</source>
        <translation>
            <numerusform>%n kliento saugojimo kategorija nenurodo taisyklės, todėl jis saugomas.</numerusform>
            <numerusform>%n klientų saugojimo kategorija nenurodo taisyklės, todėl jie saugomi.</numerusform>
            <numerusform>%n klientų saugojimo kategorija nenurodo taisyklės, todėl jie saugomi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) lack the date their rule counts from, and are kept.</source>
        <translation>
            <numerusform>%n klientui trūksta datos, nuo kurios skaičiuojama taisyklė, todėl jis saugomas.</numerusform>
            <numerusform>%n klientams trūksta datos, nuo kurios skaičiuojama taisyklė, todėl jie saugomi.</numerusform>
            <numerusform>%n klientų trūksta datos, nuo kurios skaičiuojama taisyklė, todėl jie saugomi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule was not added</source>
        <translation>Taisyklė nepridėta</translation>
    </message>
    <message>
        <source>Run Retention</source>
        <translation>Vykdyti saugojimą</translation>
    </message>
    <message>
        <source>%1 client(s) will be erased and %2 anonymised, with every note, file and consent, and each erasure verified. This cannot be undone. Clients under a legal hold are left as they are.</source>
        <translation>Bus ištrinta klientų: %1, nuasmeninta: %2, su visomis pastabomis, failais ir sutikimais, o kiekvienas ištrynimas patikrintas. To atšaukti negalima. Sulaikyti klientai paliekami, kokie yra.</translation>
    </message>
    <message>
        <source>Erase and Anonymise</source>
        <translation>Ištrinti ir nuasmeninti</translation>
    </message>
    <message>
        <source>Erasing the clients due…</source>
        <translation>Trinami klientai, kurių terminas suėjo…</translation>
    </message>
    <message>
        <source>Stop after this client</source>
        <translation>Sustabdyti po šio kliento</translation>
    </message>
    <message>
        <source>Retention did not run</source>
        <translation>Saugojimas neįvykdytas</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased or anonymised, each erasure verified</source>
        <translation>
            <numerusform>%n klientas ištrintas arba nuasmenintas, ištrynimas patikrintas</numerusform>
            <numerusform>%n klientai ištrinti arba nuasmeninti, kiekvienas ištrynimas patikrintas</numerusform>
            <numerusform>%n klientų ištrinta arba nuasmeninta, kiekvienas ištrynimas patikrintas</numerusform>
        </translation>
    </message>
    <message>
        <source>Some erasures did not pass every check</source>
        <translation>Kai kurie ištrynimai neišlaikė visų patikrinimų</translation>
    </message>
    <message>
        <source>%1 under “%2”, due %3</source>
        <translation>%1 pagal „%2“, terminas %3</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <source>The report is kept in the vault; its SHA-256 is %1.</source>
        <translation>Ataskaita saugoma seife; jos SHA-256 yra %1.</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Teisinis sulaikymas</translation>
    </message>
    <message>
        <source>A court case, a tax audit, …</source>
        <translation>Teismo byla, mokesčių patikrinimas, …</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Sulaikyti</translation>
    </message>
    <message>
        <source>The hold was not set</source>
        <translation>Sulaikymas nenustatytas</translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation>Atšaukti sulaikymą</translation>
    </message>
    <message>
        <source>The hold was not released</source>
        <translation>Sulaikymas neatšauktas</translation>
    </message>
</context>
<context>
    <name>coffer::SecurityGroup</name>
    <message>
        <source>Security</source>
        <translation>Saugumas</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key…</source>
        <translation>Pakeisti &amp;duomenų raktą…</translation>
    </message>
    <message>
        <source>Destroy &amp;Older Backups…</source>
        <translation>Sunaikinti &amp;senesnes atsargines kopijas…</translation>
    </message>
    <message>
        <source>A new random key for everything in the vault; every member keeps their password.</source>
        <translation>Naujas atsitiktinis raktas visam seifo turiniui; kiekvienas naudotojas pasilieka savo slaptažodį.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault was last changed on %1.</source>
        <translation>Duomenų raktas, kuriuo šifruojamas visas šio seifo turinys, paskutinį kartą pakeistas %1.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault has not changed since it was created.</source>
        <translation>Duomenų raktas, kuriuo šifruojamas visas šio seifo turinys, nuo sukūrimo nebuvo keistas.</translation>
    </message>
    <message>
        <source>Coffer changes it by itself when someone&apos;s access is taken away, so that a copy of the vault&apos;s files made before opens nothing saved after.</source>
        <translation>Coffer jį pakeičia pats, kai kam nors atimama prieiga, kad anksčiau padaryta seifo failų kopija neatvertų nieko, kas išsaugota vėliau.</translation>
    </message>
    <message>
        <source>Access was taken away since, without a change of the key: change it now.</source>
        <translation>Nuo to laiko kažkam buvo atimta prieiga, bet raktas nepakeistas: pakeiskite jį dabar.</translation>
    </message>
    <message>
        <source>Replace the &amp;Recovery Key…</source>
        <translation>Pakeisti &amp;atkūrimo raktą…</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Sukurti &amp;atkūrimo raktą…</translation>
    </message>
    <message>
        <source>The recovery key lets you choose a new password when you forget yours. Replace it when someone may have seen it: the old one stops working at once.</source>
        <translation>Atkūrimo raktu galite pasirinkti naują slaptažodį, jei savąjį pamiršote. Pakeiskite jį, jei kas nors galėjo jį matyti: senasis iškart nustoja veikti.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if you forget your password, nobody can open it. Make one and keep it somewhere safe.</source>
        <translation>Šis seifas neturi atkūrimo rakto: jei pamiršite slaptažodį, niekas negalės jo atverti. Sukurkite jį ir laikykite saugioje vietoje.</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Duomenų rakto keitimas</translation>
    </message>
    <message>
        <source>Change the key that encrypts everything in this vault?

Everyone keeps their password. The vault is re-encrypted, which takes a moment for a large vault, and then a backup under the new key is made.</source>
        <translation>Pakeisti raktą, kuriuo šifruojamas visas šio seifo turinys?

Visi pasilieka savo slaptažodžius. Seifas iš naujo užšifruojamas (dideliam seifui tai šiek tiek užtrunka), o tada sukuriama atsarginė kopija su naujuoju raktu.</translation>
    </message>
    <message>
        <source>Change the Key</source>
        <translation>Pakeisti raktą</translation>
    </message>
    <message>
        <source>Replace the Recovery Key</source>
        <translation>Atkūrimo rakto pakeitimas</translation>
    </message>
    <message>
        <source>Make a new recovery key?

The old one stops working at once. The new one is shown only once, so have somewhere ready to keep it.</source>
        <translation>Sukurti naują atkūrimo raktą?

Senasis iškart nustos veikti. Naujasis bus parodytas tik vieną kartą, todėl iš anksto pasiruoškite, kur jį laikysite.</translation>
    </message>
    <message>
        <source>Replace the Key</source>
        <translation>Pakeisti raktą</translation>
    </message>
</context>
<context>
    <name>coffer::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Užrakinimas ir iškarpinė</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Užrakinti po tiek minučių nenaudojimo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niekada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Išvalyti iškarpinę po tiek sekundžių</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after:</source>
        <translation>&amp;Užrakinti seifą po:</translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse movement in Coffer. Locking wipes the keys from memory; your password opens the vault again. 0 means never (not advised on a shared computer).</source>
        <translation>Minutės be klavišo paspaudimo ar pelės judesio Coffer lange. Užrakinus raktai ištrinami iš atminties; seifą vėl atveria jūsų slaptažodis. 0 reiškia niekada (nepatartina bendrai naudojamame kompiuteryje).</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>&amp;Išvalyti nukopijuotas reikšmes po:</translation>
    </message>
    <message>
        <source>Seconds before something copied in Coffer (an email address, a one-time password) is removed from the clipboard, unless you have copied something else since. 0 means never.</source>
        <translation>Sekundės, po kurių Coffer nukopijuota reikšmė (el. pašto adresas, vienkartinis slaptažodis) pašalinama iš iškarpinės, nebent nuo to laiko nukopijavote ką nors kita. 0 reiškia niekada.</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Numatytosios eksporto nuostatos</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Pavojinga zona</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancel the account&lt;/b&gt; — delete this vault for good. Coffer first destroys every key that opens it, so the data cannot be read from that moment, then overwrites and removes the vault and its backups, checks that nothing is left, and gives you a deletion certificate. This cannot be undone: export what you want to keep first.</source>
        <translation>&lt;b&gt;Panaikinti paskyrą&lt;/b&gt; — negrįžtamai ištrinti šį seifą. Coffer pirmiausia sunaikina kiekvieną jį atveriantį raktą, todėl nuo tos akimirkos duomenų perskaityti nebeįmanoma, tada perrašo ir pašalina seifą bei jo atsargines kopijas, patikrina, ar nieko neliko, ir išduoda jums ištrynimo sertifikatą. To anuliuoti negalima: pirmiausia eksportuokite tai, ką norite pasilikti.</translation>
    </message>
    <message>
        <source>Cancel &amp;Account…</source>
        <translation>Panaikinti &amp;paskyrą…</translation>
    </message>
    <message>
        <source>Cancel account</source>
        <translation>Panaikinti paskyrą</translation>
    </message>
    <message>
        <source>Asks for your password and the vault&apos;s name before anything is deleted.</source>
        <translation>Prieš ką nors ištrinant, paprašoma jūsų slaptažodžio ir seifo pavadinimo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Language of Coffer</source>
        <translation>Coffer kalba</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Kompiuterio kalba</translation>
    </message>
    <message>
        <source>English, Latvian, Lithuanian or Czech. A new choice applies the next time Coffer starts.</source>
        <translation>Anglų, latvių, lietuvių arba čekų. Naujas pasirinkimas įsigalios kitą kartą paleidus Coffer.</translation>
    </message>
    <message>
        <source>What &quot;Export all…&quot; in the toolbar makes. It asks for a password each time when encryption is on; the password is never saved.</source>
        <translation>Ką sukuria įrankių juostos mygtukas „Eksportuoti viską…“. Kai šifravimas įjungtas, slaptažodžio prašoma kaskart; slaptažodis niekada neįrašomas.</translation>
    </message>
    <message>
        <source>Coffer s&amp;peaks:</source>
        <translation>Coffer &amp;kalba:</translation>
    </message>
    <message>
        <source>Saved. The new choice applies the next time Coffer starts.</source>
        <translation>Įrašyta. Naujas pasirinkimas įsigalios kitą kartą paleidus Coffer.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Jūsų paskyra</translation>
    </message>
    <message>
        <source>You are signed in as %1. Your password opens this vault; nobody else can see it or change it for you, though an admin can give you a one-time password.</source>
        <translation>Prisijungėte kaip %1. Jūsų slaptažodis atveria šį seifą; niekas kitas negali jo matyti ar pakeisti už jus, tačiau administratorius gali jums suteikti vienkartinį slaptažodį.</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Keisti savo slap&amp;tažodį…</translation>
    </message>
    <message>
        <source>Erasing clients</source>
        <translation>Klientų ištrynimas</translation>
    </message>
    <message>
        <source>Who may erase clients</source>
        <translation>Kas gali ištrinti klientus</translation>
    </message>
    <message>
        <source>&amp;Who may erase clients:</source>
        <translation>&amp;Kas gali ištrinti klientus:</translation>
    </message>
    <message>
        <source>Erasing a client deletes everything about them for good; it cannot be undone. Where an editor is a temporary helper, keep erasing to administrators and the owner.</source>
        <translation>Ištrynus klientą, viskas apie jį ištrinama visam laikui; to atšaukti negalima. Jei redaktorius yra laikinas pagalbininkas, palikite ištrynimą administratoriams ir savininkui.</translation>
    </message>
    <message>
        <source>Only the owner can change who may erase clients.</source>
        <translation>Tik savininkas gali pakeisti, kas gali ištrinti klientus.</translation>
    </message>
    <message>
        <source>A change applies at once and is recorded in the audit log.</source>
        <translation>Pakeitimas įsigalioja iš karto ir įrašomas į audito žurnalą.</translation>
    </message>
    <message>
        <source>Preferences of Coffer on this computer, and this vault&apos;s backups, who may erase its clients and the business details its letters are signed with.</source>
        <translation>Coffer nuostatos šiame kompiuteryje, šio seifo atsarginės kopijos, kas gali ištrinti jo klientus, ir įmonės duomenys, kuriais pasirašomi jo laiškai.</translation>
    </message>
</context>
<context>
    <name>coffer::StartWindow</name>
    <message>
        <source>&lt;b&gt;Recent vaults&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neseniai atverti seifai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No vaults yet.

Create a new vault for your clients&apos; data, or open one that you already have.</source>
        <translation>Seifų dar nėra.

Sukurkite naują seifą savo klientų duomenims arba atverkite jau turimą.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atrakinti</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>A&amp;tverti seifą…</translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.coffer) that is not in the list</source>
        <translation>Atverti seifo aplanką (PAVADINIMAS.coffer), kurio nėra sąraše</translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation>&amp;Sukurti seifą…</translation>
    </message>
    <message>
        <source>Your clients&apos; data, encrypted on this computer. Nothing leaves it.</source>
        <translation>Jūsų klientų duomenys, užšifruoti šiame kompiuteryje. Niekas iš jo neišeina.</translation>
    </message>
    <message>
        <source>Open Vault Folder</source>
        <translation>Atverti seifo aplanką</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Pašalinti iš sąrašo</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Neseniai atverti seifai</translation>
    </message>
    <message>
        <source>An account cancellation was interrupted</source>
        <translation>Paskyros panaikinimas buvo nutrauktas</translation>
    </message>
    <message>
        <source>Finishing the cancellation. Please do not switch the computer off.</source>
        <translation>Užbaigiamas panaikinimas. Prašome neišjungti kompiuterio.</translation>
    </message>
    <message>
        <source>A cancellation of “%1” was interrupted</source>
        <translation>Seifo „%1“ panaikinimas buvo nutrauktas</translation>
    </message>
    <message>
        <source>Some of its files, or of its backups, are still on this computer or on a backup drive. Connect the drives its backups went to, then finish the cancellation: Coffer deletes what is left and writes the deletion certificate.</source>
        <translation>Kai kurie jo failai ar atsarginės kopijos vis dar yra šiame kompiuteryje arba atsarginių kopijų diske. Prijunkite diskus, į kuriuos buvo daromos jo atsarginės kopijos, ir užbaikite panaikinimą: Coffer ištrins, kas liko, ir parašys ištrynimo sertifikatą.</translation>
    </message>
    <message>
        <source>&amp;Finish Cancelling</source>
        <translation>&amp;Užbaigti panaikinimą</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Paskyros panaikinimas</translation>
    </message>
    <message>
        <source>Finishing the cancellation of “%1”. Please do not switch the computer off.</source>
        <translation>Užbaigiamas seifo „%1“ panaikinimas. Prašome neišjungti kompiuterio.</translation>
    </message>
    <message>
        <source>Restored copy · %1</source>
        <translation>Atkurta kopija · %1</translation>
    </message>
</context>
<context>
    <name>coffer::TaskDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Atšaukta.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Eiga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Stopping… Nothing is left half-done.</source>
        <translation>Stabdoma… Niekas nepaliekama pusiau atlikta.</translation>
    </message>
</context>
<context>
    <name>coffer::TaskReports</name>
    <message>
        <source>Save the Deletion Certificate As</source>
        <translation>Įrašyti ištrynimo sertifikatą kaip</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstiniai failai (*.txt)</translation>
    </message>
    <message>
        <source>Save the Deletion Certificate</source>
        <translation>Įrašyti ištrynimo sertifikatą</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Nepavyko įrašyti kopijos</translation>
    </message>
    <message>
        <source>Coffer could not write %1.</source>
        <translation>Coffer nepavyko įrašyti %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write in. The certificate is still at %1.</source>
        <translation>Pasirinkite aplanką, į kurį galite rašyti. Sertifikatas vis dar yra čia: %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>The export is ready</source>
        <translation>Eksportas paruoštas</translation>
    </message>
    <message>
        <source>The export of %1 is ready</source>
        <translation>Kliento %1 eksportas paruoštas</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Įrašyta kaip:</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klientai: %1 · Pastabos: %2 · Failai: %3 · Sutikimai: %4</translation>
    </message>
    <message>
        <source>It is encrypted. Keep the password somewhere safe: without it nobody can open the export, Coffer&apos;s makers included.</source>
        <translation>Jis šifruotas. Slaptažodį laikykite saugioje vietoje: be jo niekas negalės atverti eksporto, net Coffer kūrėjai.</translation>
    </message>
    <message>
        <source>Next time, Export all saves the same way in one click. To change how, go to Settings.</source>
        <translation>Kitą kartą „Eksportuoti viską“ vienu spustelėjimu įrašys tokiu pačiu būdu. Norėdami tai pakeisti, eikite į nuostatas.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Atsarginės kopijos kūrimas</translation>
    </message>
    <message>
        <source>The backup is made</source>
        <translation>Atsarginė kopija sukurta</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault as it is now (%1) is in:</source>
        <translation>Šifruota dabartinės seifo būsenos kopija (%1) yra čia:</translation>
    </message>
    <message>
        <source>Coffer keeps the newest backups — how many is set on the Backups page (now %1) — and removes older ones.</source>
        <translation>Coffer laiko naujausias atsargines kopijas (kiek jų – nustatoma puslapyje „Atsarginės kopijos“, dabar %1) ir pašalina senesnes.</translation>
    </message>
    <message>
        <source>Automatic backups are off, so Coffer removes none.</source>
        <translation>Automatinės atsarginės kopijos išjungtos, todėl Coffer nieko nepašalina.</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Atsarginės kopijos patikrinimas</translation>
    </message>
    <message>
        <source>The backup is whole and opens</source>
        <translation>Atsarginė kopija vientisa ir atsiveria</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Kas patikrinta</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Atsarginės kopijos atkūrimas</translation>
    </message>
    <message>
        <source>The backup is restored as a new vault</source>
        <translation>Atsarginė kopija atkurta kaip naujas seifas</translation>
    </message>
    <message>
        <source>The backup of %1 is now the vault:</source>
        <translation>Atsarginė kopija (%1) dabar yra seifas:</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back in the new vault, and erase them again if they are.</source>
        <translation>Coffer nerado šio seifo ištrynimų įrašų. Jei klientą ištrynėte vėliau nei %1, patikrinkite, ar jis nesugrįžo į naująjį seifą, ir, jei sugrįžo, ištrinkite jį dar kartą.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again in the new vault, so they do not come back (%1 in all).</source>
        <translation>Klientai, ištrinti po atsarginės kopijos sukūrimo, naujajame seife ištrinti dar kartą, kad nesugrįžtų (iš viso: %1).</translation>
    </message>
    <message>
        <source>No client was erased after the backup was made, so nothing had to be erased again.</source>
        <translation>Po atsarginės kopijos sukūrimo nė vienas klientas nebuvo ištrintas, todėl nieko nereikėjo ištrinti dar kartą.</translation>
    </message>
    <message>
        <source>This vault is unchanged. To open the new one, lock this vault: it is in the list on the start window, and it opens with the passwords of the backup&apos;s day.</source>
        <translation>Šis seifas nepakeistas. Norėdami atverti naująjį, užrakinkite šį seifą: naujasis yra pradžios lango sąraše ir atsiveria slaptažodžiais, galiojusiais atsarginės kopijos sukūrimo dieną.</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Kliento ištrynimas</translation>
    </message>
    <message>
        <source>%1 is erased</source>
        <translation>Klientas %1 ištrintas</translation>
    </message>
    <message>
        <source>%1 is erased, but a check failed</source>
        <translation>Klientas %1 ištrintas, tačiau viena patikra nepavyko</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Paskyros panaikinimas</translation>
    </message>
    <message>
        <source>The vault “%1” is deleted</source>
        <translation>Seifas „%1“ ištrintas</translation>
    </message>
    <message>
        <source>Its keys were destroyed first. Then every file of it — %1 in all, backups included — was overwritten with random data, read back and removed.</source>
        <translation>Pirmiausia sunaikinti jo raktai. Tada kiekvienas jo failas — iš viso %1, įskaitant atsargines kopijas — perrašytas atsitiktiniais duomenimis, pakartotinai nuskaitytas ir pašalintas.</translation>
    </message>
    <message>
        <source>Checks afterwards</source>
        <translation>Vėlesnės patikros</translation>
    </message>
    <message>
        <source>The deletion certificate:</source>
        <translation>Ištrynimo sertifikatas:</translation>
    </message>
    <message>
        <source>Keep the certificate: it records what was deleted, when and how. The JSON file beside it says the same for other programs.</source>
        <translation>Išsaugokite sertifikatą: jame užfiksuota, kas, kada ir kaip ištrinta. Šalia esančiame JSON faile ta pati informacija pateikta kitoms programoms.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atverti</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Į&amp;rašyti kaip…</translation>
    </message>
    <message>
        <source>The cancellation did not finish</source>
        <translation>Panaikinimas nebaigtas</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ištrintas</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>neištrintas</translation>
    </message>
    <message>
        <source>The files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>The export could not be made</source>
        <translation>Nepavyko sukurti eksporto</translation>
    </message>
    <message>
        <source>Nothing was written. Check that the folder exists, that you may write there and that the disk has room, then try again.</source>
        <translation>Niekas neįrašyta. Patikrinkite, ar aplankas yra, ar galite į jį rašyti ir ar diske yra vietos, tada bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Nepavyko sukurti atsarginės kopijos</translation>
    </message>
    <message>
        <source>Nothing was written and your earlier backups are unchanged. Check the backup folder on the Backups page and that its disk has room, then try again.</source>
        <translation>Niekas neįrašyta, ankstesnės atsarginės kopijos nepakeistos. Patikrinkite atsarginių kopijų aplanką puslapyje „Atsarginės kopijos“ ir ar jo diske yra vietos, tada bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>Nepavyko patikrinti atsarginės kopijos</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Nepavyko atkurti atsarginės kopijos</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one.</source>
        <translation>Atsarginė kopija atsiveria naudotojų vardais ir slaptažodžiais, galiojusiais jos sukūrimo dieną. Jei nuo to laiko pakeitėte slaptažodį, pabandykite senąjį.</translation>
    </message>
    <message>
        <source>Do not rely on this backup. Make a new one now with Back up now, and try an older backup if you need to restore.</source>
        <translation>Nepasikliaukite šia atsargine kopija. Dabar sukurkite naują mygtuku „Kurti atsarginę kopiją“, o jei reikia ką nors atkurti, bandykite senesnę atsarginę kopiją.</translation>
    </message>
    <message>
        <source>Nothing was created. Put right what the message says and try again.</source>
        <translation>Niekas nesukurta. Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Put right what the message says and try again.</source>
        <translation>Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The client could not be erased</source>
        <translation>Nepavyko ištrinti kliento</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault is as it was. Try again in a moment.</source>
        <translation>Niekas neištrinta: seifas toks, koks buvo. Po akimirkos bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Neteisingas slaptažodis</translation>
    </message>
    <message>
        <source>The account was not cancelled</source>
        <translation>Paskyra nepanaikinta</translation>
    </message>
    <message>
        <source>Nothing was deleted, and the vault is still open.</source>
        <translation>Niekas neištrinta, seifas vis dar atvertas.</translation>
    </message>
    <message>
        <source>The password is not the owner&apos;s password of this vault.</source>
        <translation>Šis slaptažodis nėra šio seifo savininko slaptažodis.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Niekas neimportuota</translation>
    </message>
    <message>
        <source>Type the password that was chosen when the export was made, and try again.</source>
        <translation>Įveskite slaptažodį, kuris buvo pasirinktas kuriant eksportą, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The vault is unchanged. Put right what the message says, or choose another file, and try again.</source>
        <translation>Seifas nepakeistas. Ištaisykite tai, kas nurodyta pranešime, arba pasirinkite kitą failą ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Iššifravimas</translation>
    </message>
    <message>
        <source>The export could not be decrypted</source>
        <translation>Eksporto nepavyko iššifruoti</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Nieko neįrašyta. Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Copies made earlier that may still hold them</source>
        <translation>Anksčiau padarytos kopijos, kuriose klientas dar gali būti</translation>
    </message>
    <message>
        <source>&amp;Name %1 in the saved or printed report</source>
        <translation>Saugomoje ar spausdinamoje ataskaitoje &amp;nurodyti %1</translation>
    </message>
    <message>
        <source>Without it, the report names them only by the pseudonym %1, as the audit log does. Tick it for a report you hand to the person themselves.</source>
        <translation>Be jo ataskaitoje asmuo nurodomas tik pseudonimu %1, kaip ir audito žurnale. Pažymėkite, jei ataskaitą perduodate pačiam asmeniui.</translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation>Iš&amp;valyti atsargines kopijas…</translation>
    </message>
    <message>
        <source>Destroy the backups made before this erasure, once a newer backup is checked.</source>
        <translation>Sunaikinti iki šio ištrynimo padarytas atsargines kopijas, kai tik patikrinta naujesnė.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;pausdinti…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Į&amp;rašyti ataskaitą…</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Atsarginių kopijų valymas</translation>
    </message>
    <message>
        <source>No backup had to be destroyed</source>
        <translation>Nereikėjo sunaikinti nė vienos atsarginės kopijos</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed</source>
        <translation>
            <numerusform>Sunaikinta %n senesnė atsarginė kopija</numerusform>
            <numerusform>Sunaikintos %n senesnės atsarginės kopijos</numerusform>
            <numerusform>Sunaikinta %n senesnių atsarginių kopijų</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer first made a new backup and checked that it is whole and opens:</source>
        <translation>Coffer pirmiausia padarė naują atsarginę kopiją ir patikrino, kad ji sveika ir atsidaro:</translation>
    </message>
    <message>
        <source>Coffer first checked that the newest backup is whole and opens:</source>
        <translation>Coffer pirmiausia patikrino, kad naujausia atsarginė kopija sveika ir atsidaro:</translation>
    </message>
    <message>
        <source>Overwritten and deleted, since they held erased clients:</source>
        <translation>Perrašytos ir ištrintos, nes jose buvo ištrintų klientų:</translation>
    </message>
    <message>
        <source>Could not be destroyed:</source>
        <translation>Nepavyko sunaikinti:</translation>
    </message>
    <message>
        <source>These backups still hold erased clients. Put right what is said above, then prune again.</source>
        <translation>Šiose atsarginėse kopijose vis dar yra ištrintų klientų. Ištaisykite, kas nurodyta aukščiau, ir išvalykite dar kartą.</translation>
    </message>
    <message>
        <source>Backup folders that could not be searched:</source>
        <translation>Atsarginių kopijų aplankai, kuriuose nepavyko ieškoti:</translation>
    </message>
    <message>
        <source>Connect the drives they are on and prune again: backups there may still hold erased clients.</source>
        <translation>Prijunkite diskus, kuriuose jie yra, ir išvalykite dar kartą: ten esančiose atsarginėse kopijose dar gali būti ištrintų klientų.</translation>
    </message>
    <message>
        <source>Backups made after the latest erasure are kept.</source>
        <translation>Po paskutinio ištrynimo padarytos atsarginės kopijos paliekamos.</translation>
    </message>
    <message>
        <source>Restored copies destroyed with it:</source>
        <translation>Kartu su juo sunaikintos atkurtos kopijos:</translation>
    </message>
    <message>
        <source>Restored copies kept, as you chose:</source>
        <translation>Atkurtos kopijos, paliktos, kaip pasirinkote:</translation>
    </message>
    <message>
        <source>They still open with the passwords of their backup&apos;s day. The certificate names them as kept.</source>
        <translation>Jos vis dar atsidaro su savo atsarginės kopijos dienos slaptažodžiais. Sertifikate jos nurodytos kaip paliktos.</translation>
    </message>
    <message>
        <source>Backup folders that could not be reached, so nothing in them was deleted:</source>
        <translation>Atsarginių kopijų aplankai, kurie buvo nepasiekiami, todėl juose nieko neištrinta:</translation>
    </message>
    <message>
        <source>Restored copies to be destroyed:</source>
        <translation>Sunaikintinos atkurtos kopijos:</translation>
    </message>
    <message>
        <source>No backup was destroyed</source>
        <translation>Nesunaikinta nė viena atsarginė kopija</translation>
    </message>
    <message>
        <source>The newest backup did not pass its check, so the older ones are kept. Make a new backup with Back up now, then prune again.</source>
        <translation>Naujausia atsarginė kopija nepraėjo patikros, todėl senesnės paliekamos. Padarykite naują su „Kurti atsarginę kopiją“, tada išvalykite dar kartą.</translation>
    </message>
    <message>
        <source>The cancellation could not be finished</source>
        <translation>Panaikinimo nepavyko užbaigti</translation>
    </message>
    <message>
        <source>Nothing more was deleted. Put right what the message says and try again.</source>
        <translation>Daugiau nieko neištrinta. Ištaisykite, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifo pakeitimas</translation>
    </message>
    <message>
        <source>The vault is replaced by the backup</source>
        <translation>Seifas pakeistas atsargine kopija</translation>
    </message>
    <message>
        <source>The replacement that was interrupted is finished: the restored backup is now the vault, and what was left of the previous one is destroyed.</source>
        <translation>Nutrauktas pakeitimas užbaigtas: atkurta atsarginė kopija dabar yra seifas, o tai, kas liko iš ankstesniojo, sunaikinta.</translation>
    </message>
    <message>
        <source>The backup of %1 passed every check and is now the vault; the previous one is destroyed.</source>
        <translation>Atsarginė kopija (%1) praėjo visas patikras ir dabar yra seifas; ankstesnysis sunaikintas.</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back, and erase them again if they are.</source>
        <translation>Coffer nerado šio seifo ištrynimų įrašų. Jei klientą ištrynėte vėliau nei %1, patikrinkite, ar jis nesugrįžo, ir, jei sugrįžo, ištrinkite jį dar kartą.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again, so they do not come back (%1 in all).</source>
        <translation>Klientai, ištrinti po atsarginės kopijos sukūrimo, ištrinti dar kartą, kad nesugrįžtų (iš viso: %1).</translation>
    </message>
    <message>
        <source>Sign in again with a user name and password of the backup&apos;s day.</source>
        <translation>Vėl prisijunkite naudotojo vardu ir slaptažodžiu, galiojusiais atsarginės kopijos sukūrimo dieną.</translation>
    </message>
    <message>
        <source>Backup folders never reached, which you declared lost:</source>
        <translation>Nepasiekti atsarginių kopijų aplankai, kuriuos paskelbėte dingusiais:</translation>
    </message>
    <message>
        <source>Nothing in them was deleted. Any backup still in them opens with the passwords of its day; the certificate names each of these folders as not sanitised.</source>
        <translation>Juose nieko neištrinta. Bet kuri juose dar esanti atsarginė kopija atsiveria savo dienos slaptažodžiais; sertifikate kiekvienas iš šių aplankų nurodytas kaip neišvalytas.</translation>
    </message>
    <message>
        <source>Finish &amp;Without These Folders…</source>
        <translation>Užbaigti &amp;be šių aplankų…</translation>
    </message>
    <message>
        <source>Finish the cancellation without these folders?</source>
        <translation>Užbaigti panaikinimą be šių aplankų?</translation>
    </message>
    <message>
        <source>Do this only if the drives are lost or broken, or the folders were deleted some other way. Coffer cannot delete the backups in them: any that still exist open with the passwords of their day. The certificate names each folder as not reached and not sanitised:

%1</source>
        <translation>Tai darykite tik tada, jei diskai pamesti ar sugedę arba aplankai ištrinti kitu būdu. Coffer negali ištrinti juose esančių atsarginių kopijų: visos, kurios dar yra, atsiveria savo dienos slaptažodžiais. Sertifikate kiekvienas aplankas bus nurodytas kaip nepasiektas ir neišvalytas:

%1</translation>
    </message>
    <message>
        <source>Finish Without Them</source>
        <translation>Užbaigti be jų</translation>
    </message>
    <message>
        <source>The vault was not replaced</source>
        <translation>Seifas nepakeistas</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one. This vault is as it was.</source>
        <translation>Atsarginė kopija atsiveria naudotojų vardais ir slaptažodžiais, galiojusiais jos sukūrimo dieną. Jei nuo to laiko pakeitėte slaptažodį, pabandykite senąjį. Šis seifas toks, koks buvo.</translation>
    </message>
    <message>
        <source>This vault is as it was. Put right what the message says and try again.</source>
        <translation>Šis seifas toks, koks buvo. Ištaisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The replacement could not be finished</source>
        <translation>Pakeitimo nepavyko užbaigti</translation>
    </message>
    <message>
        <source>The restored backup is still whole beside the vault. Put right what the message says and open the vault again to finish.</source>
        <translation>Atkurta atsarginė kopija vis dar sveika ir yra šalia seifo. Ištaisykite tai, kas nurodyta pranešime, ir vėl atverkite seifą, kad pakeitimas būtų užbaigtas.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read every client.</source>
        <translation>Šis eksportas nešifruotas: kiekvienas, gavęs jo kopiją, gali perskaityti kiekvieną klientą.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read everything in it about %1.</source>
        <translation>Šis eksportas nešifruotas: kiekvienas, gavęs jo kopiją, gali perskaityti viską, kas jame yra apie %1.</translation>
    </message>
    <message>
        <source>The backup was not checked</source>
        <translation>Atsarginė kopija nepatikrinta</translation>
    </message>
    <message>
        <source>The backup of %1 is complete and opens with your password: it can bring back the vault as it was then. Clients in it: %2.</source>
        <translation>Atsarginė kopija (%1) yra pilna ir atsiveria jūsų slaptažodžiu: ja galima atkurti seifą tokį, koks jis buvo tada. Klientų joje: %2.</translation>
    </message>
    <message>
        <source>Do not rely on the backup of %1 until it has been checked. Try again.</source>
        <translation>Nepasikliaukite atsargine kopija (%1), kol ji nepatikrinta. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Keep this report, do not restore older backups for now, and ask whoever supports your computer to look at it with you.</source>
        <translation>Išsaugokite šią ataskaitą, kol kas neatkurkite senesnių atsarginių kopijų ir paprašykite to, kas jums padeda su kompiuteriu, ją peržiūrėti kartu su jumis.</translation>
    </message>
    <message>
        <source>Records deleted: %1. Then Coffer searched the whole vault file for anything left of them:</source>
        <translation>Ištrinta įrašų: %1. Tada Coffer ieškojo visame seifo faile, ar iš jų kas nors neliko:</translation>
    </message>
    <message>
        <source>The vault “%1” and all its backups are gone for good: nobody can open them any more, with any password.</source>
        <translation>Seifas „%1“ ir visos jo atsarginės kopijos sunaikinti visam laikui: niekas jų nebegali atidaryti jokiu slaptažodžiu.</translation>
    </message>
    <message>
        <source>The vault “%1” and the backups Coffer could reach are gone for good. The copies listed below were not deleted: any of them that still exists opens with the passwords of its day.</source>
        <translation>Seifas „%1“ ir atsarginės kopijos, kurias Coffer galėjo pasiekti, sunaikinti visam laikui. Žemiau išvardytos kopijos nebuvo ištrintos: bet kuri iš jų, jei dar yra, atsiveria tos dienos slaptažodžiais.</translation>
    </message>
    <message>
        <source>Nobody can open the vault “%1” any more: its keys are destroyed. But the cancellation did not finish, so files of it may still be on the disk.</source>
        <translation>Niekas nebegali atidaryti seifo „%1“: jo raktai sunaikinti. Tačiau uždarymas nebaigtas, todėl jo failų dar gali būti diske.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault “%1” is as it was.</source>
        <translation>Niekas nebuvo ištrinta: seifas „%1“ toks, koks buvo.</translation>
    </message>
    <message>
        <source>Coffer has noted where it stopped: the next time it starts, it offers to finish the cancellation, deleting what is left and writing the certificate. Connect the drives named above first.</source>
        <translation>Coffer pasižymėjo, kur sustojo: kitą kartą paleistas, jis pasiūlys užbaigti uždarymą, ištrinti, kas liko, ir parašyti pažymėjimą. Pirmiausia prijunkite aukščiau nurodytus diskus.</translation>
    </message>
    <message>
        <source>Delete the files marked ✗ yourself; no certificate was written.</source>
        <translation>Ištrinkite ✗ pažymėtus failus patys; pažymėjimas nebuvo parašytas.</translation>
    </message>
    <message>
        <source>The vault was closed. Open it again, put right what the message says, and try once more.</source>
        <translation>Seifas buvo uždarytas. Atidarykite jį dar kartą, pataisykite tai, kas nurodyta pranešime, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>This backup cannot be trusted to bring back your vault: a part of it is damaged, or was changed after it was made.</source>
        <translation>Šia atsargine kopija negalima pasitikėti atkuriant seifą: dalis jos sugadinta arba pakeista po sukūrimo.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n client(s) whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</source>
        <translation>
            <numerusform>Neįtrauktas %n klientas, kurio duomenų tvarkymas apribotas, su jo įrašais. Norėdami eksportuoti ir jį, lange Eksportuoti viską pažymėkite „Įtraukti…“.</numerusform>
            <numerusform>Neįtraukti %n klientai, kurių duomenų tvarkymas apribotas, su jų įrašais. Norėdami eksportuoti ir juos, lange Eksportuoti viską pažymėkite „Įtraukti…“.</numerusform>
            <numerusform>Neįtraukta %n klientų, kurių duomenų tvarkymas apribotas, su jų įrašais. Norėdami eksportuoti ir juos, lange Eksportuoti viską pažymėkite „Įtraukti…“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::TrySampleBox</name>
    <message>
        <source>&amp;Try with Sample Data</source>
        <translation>&amp;Išbandyti su pavyzdiniais duomenimis</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Išbandyti su pavyzdiniais duomenimis</translation>
    </message>
    <message>
        <source>Open a demo vault with a few hundred made-up clients, to look around first.</source>
        <translation>Atverti demonstracinį seifą su keliais šimtais išgalvotų klientų, kad pirmiausia apsidairytumėte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Coffer?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pirmą kartą naudojate Coffer?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Look around in a demo vault with a few hundred made-up clients, their notes and consents. It is kept in a temporary folder and deleted when you lock it or quit Coffer, so nothing you try there stays.</source>
        <translation>Apsidairykite demonstraciniame seife su keliais šimtais išgalvotų klientų, jų pastabomis ir sutikimais. Jis laikomas laikinajame aplanke ir ištrinamas, kai jį užrakinate arba išeinate iš Coffer, todėl niekas, ką ten išbandysite, neišlieka.</translation>
    </message>
    <message>
        <source>Preparing the demo vault</source>
        <translation>Ruošiamas demonstracinis seifas</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Ruošiama…</translation>
    </message>
</context>
<context>
    <name>coffer::UnlockDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Atrakinti: %1</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Palikite tuščią, jei esate savininkas</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Naudotojo vardas:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atrakinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Pa&amp;miršote slaptažodį?</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or saved when the vault was created: 8 groups of 4 letters and digits. Spaces, dashes and small letters are fine. Then choose a new password.</source>
        <translation>Įveskite atkūrimo raktą, kurį užsirašėte arba įrašėte kurdami seifą: 8 grupės po 4 raides ir skaitmenis. Tarpai, brūkšneliai ir mažosios raidės netrukdo. Tada pasirinkite naują slaptažodį.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Atkūrimo &amp;raktas:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nau&amp;jas slaptažodis:</translation>
    </message>
    <message>
        <source>&amp;Reset Password and Unlock</source>
        <translation>&amp;Iš naujo nustatyti slaptažodį ir atrakinti</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atgal</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 iš %2 simbolių</translation>
    </message>
    <message>
        <source>%1 characters: a recovery key has %2. Check for a character typed twice.</source>
        <translation>Simbolių: %1, o atkūrimo raktą sudaro %2. Patikrinkite, ar kuris nors simbolis neįvestas du kartus.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key. Nothing was changed.</source>
        <translation>Neteisingas naudotojo vardas arba atkūrimo raktas. Niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>coffer::UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (jūs)</translation>
    </message>
    <message>
        <source>One-time, to be changed</source>
        <translation>Vienkartinis, reikia pakeisti</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Nuosavas</translation>
    </message>
    <message>
        <source>%1 still has a one-time password and must choose their own at the next sign-in.</source>
        <translation>Naudotojas %1 vis dar turi vienkartinį slaptažodį ir kitą kartą prisijungdamas turės pasirinkti savo.</translation>
    </message>
    <message>
        <source>%1 has chosen their own password.</source>
        <translation>Naudotojas %1 pasirinko savo slaptažodį.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėtas</translation>
    </message>
</context>
<context>
    <name>coffer::UsersPage</name>
    <message>
        <source>Users of this vault</source>
        <translation>Šio seifo naudotojai</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Naudotojai</translation>
    </message>
    <message>
        <source>The people who may open this vault, each with their own password and role. Nobody can read another&apos;s password, and you cannot either.</source>
        <translation>Žmonės, kuriems leidžiama atverti šį seifą, kiekvienas su savo slaptažodžiu ir vaidmeniu. Niekas negali perskaityti kito naudotojo slaptažodžio, net ir jūs.</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Pridėti naudotoją…</translation>
    </message>
    <message>
        <source>Add a person who may open this vault; you give them a one-time password.</source>
        <translation>Pridėti asmenį, kuriam leidžiama atverti šį seifą; jūs jam perduodate vienkartinį slaptažodį.</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Keisti &amp;vaidmenį</translation>
    </message>
    <message>
        <source>Give the selected user another role.</source>
        <translation>Suteikti pasirinktam naudotojui kitą vaidmenį.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Nustatyti &amp;slaptažodį iš naujo…</translation>
    </message>
    <message>
        <source>Give the selected user a new one-time password, for when they have lost theirs.</source>
        <translation>Suteikti pasirinktam naudotojui naują vienkartinį slaptažodį, jei jis prarado savąjį.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Paša&amp;linti…</translation>
    </message>
    <message>
        <source>Remove the selected user: they can no longer open this vault.</source>
        <translation>Pašalinti pasirinktą naudotoją: jis nebegalės atverti šio seifo.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Ką gali kiekvienas vaidmuo</translation>
    </message>
    <message>
        <source>%1 (hand ownership over)…</source>
        <translation>%1 (perduoti savininko teises)…</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Naudotojas %1 pridėtas, vaidmuo: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Naudotojo %1 vaidmuo dabar: %2.</translation>
    </message>
    <message>
        <source>Hand Ownership Over</source>
        <translation>Savininko teisių perdavimas</translation>
    </message>
    <message>
        <source>Make %1 the owner of this vault?

A vault has one owner. You become an administrator, and only %1 can then cancel the account or hand ownership back.</source>
        <translation>Padaryti naudotoją %1 šio seifo savininku?

Seifas turi vieną savininką. Jūs tapsite administratoriumi, ir tik %1 tada galės panaikinti paskyrą arba grąžinti savininko teises.</translation>
    </message>
    <message>
        <source>Make %1 the Owner</source>
        <translation>Padaryti naudotoją %1 savininku</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Slaptažodžio nustatymas iš naujo</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?

Their current password stops working at once. You will see the new one-time password once, to give to them.</source>
        <translation>Suteikti naudotojui %1 naują vienkartinį slaptažodį?

Dabartinis jo slaptažodis iš karto nustos galioti. Naują vienkartinį slaptažodį pamatysite vieną kartą, kad galėtumėte jį perduoti.</translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation>Naudotojo %1 slaptažodis nustatytas iš naujo.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Naudotojo pašalinimas</translation>
    </message>
    <message>
        <source>Remove %1 from this vault?

They will no longer be able to open it. Client data and the audit log stay as they are.</source>
        <translation>Pašalinti naudotoją %1 iš šio seifo?

Jis nebegalės jo atverti. Klientų duomenys ir audito žurnalas liks nepakeisti.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Pašalinti naudotoją %1</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Naudotojas %1 pašalintas.</translation>
    </message>
    <message>
        <source>%1 is now the owner and makes a new recovery key; you are an administrator from now on.</source>
        <translation>%1 dabar yra savininkas ir sukuria naują atkūrimo raktą; nuo šiol jūs esate administratorius.</translation>
    </message>
</context>
<context>
    <name>coffer::VaultTasks</name>
    <message>
        <source>%1 export</source>
        <extracomment>The name of an export file, before its time stamp; %1 is the vault&apos;s or the client&apos;s name.</extracomment>
        <translation>%1 eksportas</translation>
    </message>
    <message>
        <source>A complete copy of this vault — every client, note, file and consent, and the audit log — in standard formats (JSON and CSV) that other programs can read. The vault itself does not change.</source>
        <translation>Visa šio seifo kopija — kiekvienas klientas, pastaba, failas ir sutikimas, taip pat audito žurnalas — standartiniais formatais (JSON ir CSV), kuriuos gali skaityti kitos programos. Pats seifas nesikeičia.</translation>
    </message>
    <message>
        <source>Export everything in “%1”</source>
        <translation>Eksportuoti viską iš „%1“</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Eksportuoti kliento %1 duomenis</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Eksportuojama į „%1“…</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Atsarginės kopijos kūrimas</translation>
    </message>
    <message>
        <source>Making an encrypted backup of “%1”…</source>
        <translation>Kuriama šifruota seifo „%1“ atsarginė kopija…</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Atsarginės kopijos patikrinimas</translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation>Tikrinama atsarginė kopija: %1…</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Atsarginės kopijos atkūrimas</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 into a new vault…</source>
        <translation>Atsarginė kopija (%1) atkuriama kaip naujas seifas…</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Kliento ištrynimas</translation>
    </message>
    <message>
        <source>Erasing %1 and checking that nothing of theirs is left…</source>
        <translation>Ištrinamas klientas %1 ir tikrinama, ar neliko jokių jo duomenų…</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Paskyros panaikinimas</translation>
    </message>
    <message>
        <source>Deleting the vault “%1” and its backups. Please do not switch the computer off.</source>
        <translation>Ištrinamas seifas „%1“ ir jo atsarginės kopijos. Neišjunkite kompiuterio.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file cannot be read, so the password cannot be checked.</source>
        <translation>Nepavyksta nuskaityti seifo antraštės failo, todėl slaptažodžio patikrinti negalima.</translation>
    </message>
    <message>
        <source>Everything this vault holds about %1 — profile, notes, files and consents — for an access or portability request. The vault itself does not change.</source>
        <translation>Viskas, ką šis seifas saugo apie klientą %1 — profilis, pastabos, failai ir sutikimai — atsakymui į prašymą susipažinti su duomenimis arba perkelti duomenis. Pats seifas nesikeičia.</translation>
    </message>
    <message>
        <source>Coffer cannot find this vault&apos;s record of erasures</source>
        <translation>Coffer neranda šio seifo ištrynimų įrašų</translation>
    </message>
    <message>
        <source>It looked in %1. If a client was erased after %2, they would come back in the restored vault. Restore anyway only if you are sure no client was erased since, or if the backup folder&apos;s drive is not connected, connect it first.</source>
        <translation>Ieškota: %1. Jei klientas buvo ištrintas po %2, atkurtame seife jis vėl atsirastų. Vis tiek atkurkite tik tada, jei esate tikri, kad nuo tada joks klientas nebuvo ištrintas; jei atsarginių kopijų aplanko diskas neprijungtas, pirmiausia jį prijunkite.</translation>
    </message>
    <message>
        <source>Restore Anyway</source>
        <translation>Vis tiek atkurti</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Atsarginių kopijų valymas</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n backup(s) made before the latest erasure?</source>
        <translation>
            <numerusform>Sunaikinti %n atsarginę kopiją, padarytą iki paskutinio ištrynimo?</numerusform>
            <numerusform>Sunaikinti %n atsargines kopijas, padarytas iki paskutinio ištrynimo?</numerusform>
            <numerusform>Sunaikinti %n atsarginių kopijų, padarytų iki paskutinio ištrynimo?</numerusform>
        </translation>
    </message>
    <message>
        <source>They were made while an erased client was still in the vault, so they still hold that client. Coffer first makes sure a newer backup exists and opens, then overwrites these and deletes them. This cannot be undone.</source>
        <translation>Jos buvo padarytos, kai ištrintas klientas dar buvo seife, todėl jose tas klientas vis dar yra. Coffer pirmiausia įsitikina, kad yra naujesnė atsarginė kopija ir kad ji atsidaro, tada šias perrašo ir ištrina. To atšaukti negalima.</translation>
    </message>
    <message>
        <source>&amp;Destroy Them</source>
        <translation>&amp;Sunaikinti</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Palikti</translation>
    </message>
    <message>
        <source>Checking a newer backup, then destroying the backups made before the latest erasure…</source>
        <translation>Tikrinama naujesnė atsarginė kopija, tada naikinamos iki paskutinio ištrynimo padarytos…</translation>
    </message>
    <message>
        <source>&amp;Restore as a Separate Vault</source>
        <translation>&amp;Atkurti kaip atskirą seifą</translation>
    </message>
    <message>
        <source>How should the backup of %1 be restored?</source>
        <translation>Kaip atkurti atsarginę kopiją (%1)?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As a separate vault:&lt;/b&gt; the backup becomes a second vault beside this one, with the clients and the passwords of the backup&apos;s day. This vault is not changed. Coffer lists the new vault as a copy of this one: cancelling the account covers it too, and asks you then whether to destroy it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In place of this vault:&lt;/b&gt; once the restored backup has passed every check, this vault is destroyed and the backup takes its place. Everything added or changed since %1 is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kaip atskirą seifą:&lt;/b&gt; atsarginė kopija tampa antru seifu šalia šio, su atsarginės kopijos dienos klientais ir slaptažodžiais. Šis seifas nekeičiamas. Coffer laiko naująjį seifą šio seifo kopija: paskyros panaikinimas apima ir jį, ir tada jūsų paklaus, ar jį sunaikinti.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vietoj šio seifo:&lt;/b&gt; kai atkurta atsarginė kopija praeina visas patikras, šis seifas sunaikinamas, o jo vietą užima atsarginė kopija. Viskas, kas pridėta ar pakeista po %1, prarandama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;place This Vault…</source>
        <translation>&amp;Pakeisti šį seifą…</translation>
    </message>
</context>
</TS>
