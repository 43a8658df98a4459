<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AccessPack</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis pieprasījums ir slēgts: slēgtu pieprasījumu nevar mainīt.</translation>
    </message>
    <message>
        <source>An access pack answers a request for access or for portability; this request asks for something else.</source>
        <translation>Piekļuves pakete ir atbilde uz piekļuves vai datu pārnesamības pieprasījumu; šajā pieprasījumā lūgts kas cits.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns before preparing their data.</source>
        <translation>Pirms datu sagatavošanas sasaistiet pieprasījumu ar klientu, uz kuru tas attiecas.</translation>
    </message>
    <message>
        <source>An answer to a request for access needs its cover letter.</source>
        <translation>Atbildei uz piekļuves pieprasījumu vajadzīga pavadvēstule.</translation>
    </message>
    <message>
        <source>Cannot write the access pack: %1</source>
        <translation>Piekļuves paketi nevar ierakstīt: %1</translation>
    </message>
</context>
<context>
    <name>AccountCancellation</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>Nothing was deleted. %1</source>
        <translation>Nekas netika izdzēsts. %1</translation>
    </message>
    <message>
        <source>The name typed does not match this vault&apos;s name; nothing was deleted.</source>
        <translation>Ierakstītais nosaukums nesakrīt ar šī seifa nosaukumu; nekas netika izdzēsts.</translation>
    </message>
    <message>
        <source>The folder for the certificate, %1, does not exist.</source>
        <translation>Sertifikāta mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>The key slots could not be destroyed; no file was deleted, though the header may be partly overwritten. %1</source>
        <translation>Atslēgas slotus neizdevās iznīcināt; neviens fails netika izdzēsts, taču galvene var būt daļēji pārrakstīta. %1</translation>
    </message>
    <message>
        <source>overwritten, read back equal, deleted</source>
        <translation>pārrakstīts, atpakaļ nolasītais sakrīt, izdzēsts</translation>
    </message>
    <message>
        <source>Every file was deleted, but: %1</source>
        <translation>Visi faili tika izdzēsti, taču: %1</translation>
    </message>
    <message>
        <source>Everything was deleted and verified, but the certificate could not be written: %1</source>
        <translation>Viss tika izdzēsts un pārbaudīts, taču sertifikātu neizdevās ierakstīt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the header is not in the expected format</source>
        <translation>galvene nav gaidītajā formātā</translation>
    </message>
    <message>
        <source>the key slots read back differ from what was written</source>
        <translation>atpakaļ nolasītie atslēgas sloti atšķiras no ierakstītajiem</translation>
    </message>
    <message>
        <source>it opened</source>
        <translation>tas atvērās</translation>
    </message>
    <message>
        <source>No settings entry names the vault</source>
        <translation>Neviens iestatījumu ieraksts nenosauc šo seifu</translation>
    </message>
    <message>
        <source>%1 entries name it</source>
        <translation>ierakstu, kas to nosauc: %1</translation>
    </message>
    <message>
        <source>The vault folder %1 could not be removed.</source>
        <translation>Seifa mapi %1 neizdevās noņemt.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be removed.</source>
        <translation>Rezerves kopiju mapi %1 neizdevās noņemt.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Iestatījumu failā %1 neizdevās ierakstīt.</translation>
    </message>
    <message>
        <source>None of the files exists any more</source>
        <translation>Neviens no failiem vairs neeksistē</translation>
    </message>
    <message>
        <source>%1 of %2 files left</source>
        <translation>palikuši %1 no %2 failiem</translation>
    </message>
    <message>
        <source>The vault folder is gone</source>
        <translation>Seifa mapes vairs nav</translation>
    </message>
    <message>
        <source>A check afterwards failed (%1).</source>
        <translation>Kāda pēc tam veiktā pārbaude neizdevās (%1).</translation>
    </message>
    <message>
        <source>The vault path no longer opens (“not a vault”)</source>
        <translation>Seifa ceļš vairs neatveras („nav seifs”)</translation>
    </message>
    <message>
        <source>The header of %1 is missing.</source>
        <translation>Mapē %1 trūkst seifa galvenes.</translation>
    </message>
    <message>
        <source>The cancellation journal cannot be read.</source>
        <translation>Konta slēgšanas žurnālu nevar nolasīt.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the cancellation journal could not be written. %1</source>
        <translation>Nekas netika izdzēsts: konta slēgšanas žurnālu neizdevās ierakstīt. %1</translation>
    </message>
    <message>
        <source>The cancellation journal %1 cannot be read: %2</source>
        <translation>Konta slēgšanas žurnālu %1 nevar nolasīt: %2</translation>
    </message>
    <message>
        <source>The cancellation had not destroyed anything yet; the vault still opens. Start it again.</source>
        <translation>Konta slēgšana vēl nebija neko iznīcinājusi; seifs joprojām atveras. Sāciet to no jauna.</translation>
    </message>
    <message>
        <source>not this vault&apos;s any more; left alone</source>
        <translation>vairs nepieder šim seifam; atstāts neskarts</translation>
    </message>
    <message>
        <source>Not every copy&apos;s key slots could be destroyed: %1</source>
        <translation>Ne visu kopiju atslēgas slotus izdevās iznīcināt: %1</translation>
    </message>
    <message>
        <source>deleted (before an interruption)</source>
        <translation>izdzēsts (pirms pārtraukuma)</translation>
    </message>
    <message>
        <source>No file of the vault remains in its backup folders</source>
        <translation>Rezerves kopiju mapēs nav palicis neviens šī seifa fails</translation>
    </message>
    <message>
        <source>%1 folder(s) removed, %2 kept: %3 file(s) of this vault, %4 other file(s)</source>
        <translation>noņemtas mapes — %1, saglabātas — %2: šī seifa faili — %3, citi faili — %4</translation>
    </message>
    <message>
        <source>The restored copies are gone</source>
        <translation>Atjaunoto kopiju vairs nav</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) destroyed</source>
        <translation>
            <numerusform>iznīcināta %n kopija</numerusform>
            <numerusform>iznīcinātas %n kopijas</numerusform>
            <numerusform>iznīcināts %n kopiju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept at the user&apos;s request</source>
        <translation>
            <numerusform>; %n saglabāta pēc lietotāja lūguma</numerusform>
            <numerusform>; %n saglabātas pēc lietotāja lūguma</numerusform>
            <numerusform>; %n saglabātu pēc lietotāja lūguma</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate must be written outside the vault, its copies and their backup folders.</source>
        <translation>Sertifikāts jāsaglabā ārpus seifa, tā kopijām un to rezerves kopiju mapēm.</translation>
    </message>
    <message>
        <source>Not finished: these backup folders could not be reached and were not sanitised: %1. Connect them and resume the cancellation (or, if one is gone for good, resume and say so: it is then named in the certificate as not reached).</source>
        <translation>Nav pabeigts: šīs rezerves kopiju mapes nebija pieejamas, un to dati netika iznīcināti: %1. Pievienojiet tās un turpiniet konta slēgšanu (vai, ja kāda no tām ir zudusi pavisam, turpiniet un norādiet to: sertifikātā tā tad tiks nosaukta kā nesasniegta).</translation>
    </message>
    <message>
        <source>%1 folder(s) not reached, declared lost</source>
        <translation>nesasniegtas mapes, atzītas par zudušām — %1</translation>
    </message>
    <message>
        <source>No file of the vault remains in the backup folders it could reach</source>
        <translation>Rezerves kopiju mapēs, kuras izdevās sasniegt, nav palicis neviens šī seifa fails</translation>
    </message>
</context>
<context>
    <name>Argon2Kdf</name>
    <message>
        <source>Key derivation parameters are invalid.</source>
        <translation>Atslēgas atvasināšanas parametri nav derīgi.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Nepietiek atmiņas atslēgas atvasināšanai (vajag %1 MiB).</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Created the vault</source>
        <translation>Izveidoja seifu</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Pierakstījās</translation>
    </message>
    <message>
        <source>Failed sign-in attempt</source>
        <translation>Neveiksmīgs pierakstīšanās mēģinājums</translation>
    </message>
    <message>
        <source>Locked the vault</source>
        <translation>Bloķēja seifu</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Pievienoja lietotāju</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Noņēma lietotāju</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Mainīja lietotāja lomu</translation>
    </message>
    <message>
        <source>Reset a user&apos;s password</source>
        <translation>Atiestatīja lietotāja paroli</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Nomainīja savu paroli</translation>
    </message>
    <message>
        <source>Regained access with the recovery key</source>
        <translation>Atguva piekļuvi ar atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>Created a client</source>
        <translation>Izveidoja klientu</translation>
    </message>
    <message>
        <source>Changed a client</source>
        <translation>Mainīja klientu</translation>
    </message>
    <message>
        <source>Erased a client</source>
        <translation>Izdzēsa klientu</translation>
    </message>
    <message>
        <source>Checked a client&apos;s erasure</source>
        <translation>Pārbaudīja klienta dzēšanu</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>Pievienoja piezīmi</translation>
    </message>
    <message>
        <source>Added a file</source>
        <translation>Pievienoja failu</translation>
    </message>
    <message>
        <source>Opened or saved a file</source>
        <translation>Atvēra vai saglabāja failu</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Reģistrēja piekrišanu</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Eksportēja datus</translation>
    </message>
    <message>
        <source>Imported data</source>
        <translation>Importēja datus</translation>
    </message>
    <message>
        <source>Imported clients from a spreadsheet (CSV)</source>
        <translation>Importēja klientus no izklājlapas (CSV)</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Izveidoja rezerves kopiju</translation>
    </message>
    <message>
        <source>A backup failed</source>
        <translation>Rezerves kopijas izveide neizdevās</translation>
    </message>
    <message>
        <source>Checked a backup</source>
        <translation>Pārbaudīja rezerves kopiju</translation>
    </message>
    <message>
        <source>Changed the backup settings</source>
        <translation>Mainīja rezerves kopiju iestatījumus</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Atjaunoja no rezerves kopijas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Lietotājs</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Seifs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Piekrišana</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifrēts</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klients</numerusform>
            <numerusform>%n klienti</numerusform>
            <numerusform>%n klientu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n piezīme</numerusform>
            <numerusform>%n piezīmes</numerusform>
            <numerusform>%n piezīmju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fails</numerusform>
            <numerusform>%n faili</numerusform>
            <numerusform>%n failu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n piekrišana</numerusform>
            <numerusform>%n piekrišanas</numerusform>
            <numerusform>%n piekrišanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n izlaists</numerusform>
            <numerusform>%n izlaisti</numerusform>
            <numerusform>%n izlaistu</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Sniegta</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atteikta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Attempted %1</source>
        <translation>Mēģinājums: %1</translation>
    </message>
    <message>
        <source>Automatic, on lock</source>
        <translation>Automātiski, bloķējot</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Glabājamo rezerves kopiju skaits</translation>
    </message>
    <message>
        <source>Changed who may erase clients</source>
        <translation>Mainīja, kas drīkst izdzēst klientus</translation>
    </message>
    <message>
        <source>Removed a note</source>
        <translation>Noņēma piezīmi</translation>
    </message>
    <message>
        <source>Removed a file</source>
        <translation>Noņēma failu</translation>
    </message>
    <message>
        <source>Imported erased clients again</source>
        <translation>Atkārtoti importēja izdzēstus klientus</translation>
    </message>
    <message>
        <source>Moved the backups to another folder</source>
        <translation>Pārvietoja rezerves kopijas uz citu mapi</translation>
    </message>
    <message>
        <source>Sign-ins and locks</source>
        <translation>Pieteikšanās un bloķēšana</translation>
    </message>
    <message>
        <source>Client changes, notes, files, consents</source>
        <translation>Klientu izmaiņas, piezīmes, faili, piekrišanas</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Eksporti un importi</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Rezerves kopijas un atjaunošana</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Dzēšanas</translation>
    </message>
    <message>
        <source>Users, roles and passwords</source>
        <translation>Lietotāji, lomas un paroles</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Viss pārējais</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) destroyed</source>
        <translation>
            <numerusform>Iznīcināta %n rezerves kopija</numerusform>
            <numerusform>Iznīcinātas %n rezerves kopijas</numerusform>
            <numerusform>Iznīcinātas %n rezerves kopijas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) imported again</source>
        <translation>
            <numerusform>Atkārtoti importēts %n izdzēsts klients</numerusform>
            <numerusform>Atkārtoti importēti %n izdzēsti klienti</numerusform>
            <numerusform>Atkārtoti importēti %n izdzēsti klienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased client(s) kept out</source>
        <translation>
            <numerusform>Neielaists %n izdzēsts klients</numerusform>
            <numerusform>Neielaisti %n izdzēsti klienti</numerusform>
            <numerusform>Neielaisti %n izdzēsti klienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out for an invalid value</source>
        <translation>
            <numerusform>%n izlaists nederīgas vērtības dēļ</numerusform>
            <numerusform>%n izlaisti nederīgas vērtības dēļ</numerusform>
            <numerusform>%n izlaisti nederīgas vērtības dēļ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be destroyed</source>
        <translation>
            <numerusform>%n nevarēja iznīcināt</numerusform>
            <numerusform>%n nevarēja iznīcināt</numerusform>
            <numerusform>%n nevarēja iznīcināt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>Izdzēsts %n ieraksts</numerusform>
            <numerusform>Izdzēsti %n ieraksti</numerusform>
            <numerusform>Izdzēsti %n ieraksti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>Pārvietots %n fails</numerusform>
            <numerusform>Pārvietoti %n faili</numerusform>
            <numerusform>Pārvietoti %n faili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation>
            <numerusform>Izdevās %1 no %n pārbaudes</numerusform>
            <numerusform>Izdevās %1 no %n pārbaudēm</numerusform>
            <numerusform>Izdevās %1 no %n pārbaudēm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded erasure(s) applied again</source>
        <translation>
            <numerusform>Atkārtoti piemērota %1 no %n reģistrētās dzēšanas</numerusform>
            <numerusform>Atkārtoti piemērotas %1 no %n reģistrētajām dzēšanām</numerusform>
            <numerusform>Atkārtoti piemērotas %1 no %n reģistrētajām dzēšanām</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Visas pārbaudes izdevās</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>Rezerves kopija ir bojāta</translation>
    </message>
    <message>
        <source>Backup folder kept despite a warning</source>
        <translation>Rezerves kopiju mape paturēta, neskatoties uz brīdinājumu</translation>
    </message>
    <message>
        <source>Restricted processing of a client</source>
        <translation>Ierobežoja klienta datu apstrādi</translation>
    </message>
    <message>
        <source>Lifted a client&apos;s restriction</source>
        <translation>Atcēla klienta ierobežojumu</translation>
    </message>
    <message>
        <source>Recorded a request</source>
        <translation>Reģistrēja pieprasījumu</translation>
    </message>
    <message>
        <source>Linked a request to its client</source>
        <translation>Sasaistīja pieprasījumu ar klientu</translation>
    </message>
    <message>
        <source>Recorded an identity check</source>
        <translation>Reģistrēja identitātes pārbaudi</translation>
    </message>
    <message>
        <source>Extended a request&apos;s deadline</source>
        <translation>Pagarināja pieprasījuma termiņu</translation>
    </message>
    <message>
        <source>Linked evidence to a request</source>
        <translation>Pievienoja pieprasījumam pierādījumu</translation>
    </message>
    <message>
        <source>Closed a request</source>
        <translation>Slēdza pieprasījumu</translation>
    </message>
    <message>
        <source>Deleted a request</source>
        <translation>Dzēsa pieprasījumu</translation>
    </message>
    <message>
        <source>Corrected a note</source>
        <translation>Laboja piezīmi</translation>
    </message>
    <message>
        <source>Requests and restrictions</source>
        <translation>Pieprasījumi un ierobežojumi</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identitāte apstiprināta</translation>
    </message>
    <message numerus="yes">
        <source>By %n month(s) in all</source>
        <translation>
            <numerusform>Kopā par %n mēnesi</numerusform>
            <numerusform>Kopā par %n mēnešiem</numerusform>
            <numerusform>Kopā par %n mēnešiem</numerusform>
        </translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>persona vai organizācija</translation>
    </message>
    <message>
        <source>name</source>
        <translation>parādāmais vārds</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>uzvārds</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizācija</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>e-pasta adreses</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>tālruņa numuri</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adrese</translation>
    </message>
    <message>
        <source>country</source>
        <translation>valsts</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>birkas</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>papildu lauki</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>glabāšanas ilgums</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Mainīts: %1</translation>
    </message>
    <message>
        <source>Moved the vault&apos;s keys to the new format</source>
        <translation>Pārcēla seifa atslēgas uz jauno formātu</translation>
    </message>
    <message>
        <source>Upgraded a key to the new format</source>
        <translation>Atjaunināja atslēgu uz jauno formātu</translation>
    </message>
    <message>
        <source>Found the vault&apos;s files out of step (rolled back?)</source>
        <translation>Atrada seifa failus nesaskaņotus (atjaunoti vecāki?)</translation>
    </message>
    <message>
        <source>Finished an interrupted change of the keys</source>
        <translation>Pabeidza pārtrauktu atslēgu maiņu</translation>
    </message>
    <message>
        <source>Automatic, before the keys&apos; format changed</source>
        <translation>Automātiski, pirms atslēgu formāta maiņas</translation>
    </message>
    <message>
        <source>Header at change %1, database at change %2</source>
        <translation>Galvene pie izmaiņas %1, datubāze pie izmaiņas %2</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>Atkopšanas atslēga</translation>
    </message>
    <message>
        <source>Changed the data key</source>
        <translation>Nomainīja datu atslēgu</translation>
    </message>
    <message>
        <source>Could not change the data key</source>
        <translation>Neizdevās nomainīt datu atslēgu</translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation>Nomainīja atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>Finished after an interruption</source>
        <translation>Pabeigts pēc pārtraukuma</translation>
    </message>
    <message numerus="yes">
        <source>Given to %n key(s)</source>
        <translation>
            <numerusform>Nodota %n atslēgai</numerusform>
            <numerusform>Nodota %n atslēgām</numerusform>
            <numerusform>Nodota %n atslēgām</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed attempt with a recovery key</source>
        <translation>Neveiksmīgs mēģinājums ar atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>Destroyed older backups</source>
        <translation>Iznīcināja vecākas rezerves kopijas</translation>
    </message>
    <message>
        <source>Under an older data key: %1</source>
        <translation>Ar vecāku datu atslēgu: %1</translation>
    </message>
    <message>
        <source>Held erased clients: %1</source>
        <translation>Tajās bija izdzēsti klienti: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the vault&apos;s changes was edited; the files are at change %1</source>
        <translation>Šī datora ieraksts par seifa izmaiņām tika labots; faili ir pie izmaiņas %1</translation>
    </message>
    <message>
        <source>This computer had seen change %1; the files are at change %2</source>
        <translation>Šis dators bija redzējis izmaiņu %1; faili ir pie izmaiņas %2</translation>
    </message>
    <message>
        <source>Made the key that seals the users and the log</source>
        <translation>Izveidoja atslēgu, kas aizzīmogo lietotājus un žurnālu</translation>
    </message>
    <message>
        <source>Took their copy of the key that seals the users and the log</source>
        <translation>Paņēma savu kopiju atslēgai, kas aizzīmogo lietotājus un žurnālu</translation>
    </message>
    <message>
        <source>Changed the key that seals the users and the log</source>
        <translation>Nomainīja atslēgu, kas aizzīmogo lietotājus un žurnālu</translation>
    </message>
    <message>
        <source>Found the users or their roles changed outside Coffer</source>
        <translation>Atrada lietotājus vai viņu lomas mainītas ārpus Coffer</translation>
    </message>
    <message>
        <source>Found the audit log changed outside Coffer</source>
        <translation>Atrada audita žurnālu mainītu ārpus Coffer</translation>
    </message>
    <message>
        <source>Found the key that seals the users and the log removed</source>
        <translation>Atrada, ka atslēga, kas aizzīmogo lietotājus un žurnālu, ir noņemta</translation>
    </message>
    <message>
        <source>Found their copy of the sealing key replaced outside Coffer</source>
        <translation>Atrada savu zīmogošanas atslēgas kopiju aizstātu ārpus Coffer</translation>
    </message>
    <message>
        <source>Added a purpose of processing</source>
        <translation>Pievienots apstrādes nolūks</translation>
    </message>
    <message>
        <source>Changed a purpose of processing</source>
        <translation>Mainīts apstrādes nolūks</translation>
    </message>
    <message>
        <source>Added a privacy policy version</source>
        <translation>Pievienota privātuma politikas versija</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privātuma politika</translation>
    </message>
    <message>
        <source>Added a retention rule</source>
        <translation>Pievienots glabāšanas noteikums</translation>
    </message>
    <message>
        <source>Ran retention: erased or anonymised the clients due</source>
        <translation>Izpildīta glabāšana: dzēsti vai anonimizēti klienti, kuriem pienācis termiņš</translation>
    </message>
    <message>
        <source>Put a client under a legal hold</source>
        <translation>Klientam noteikta juridiskā aizture</translation>
    </message>
    <message>
        <source>Released a client&apos;s legal hold</source>
        <translation>Atcelta klienta juridiskā aizture</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Glabāšanas noteikums</translation>
    </message>
    <message>
        <source>Logged a personal-data breach</source>
        <translation>Reģistrēts personas datu aizsardzības pārkāpums</translation>
    </message>
    <message>
        <source>Described a breach further</source>
        <translation>Papildināts pārkāpuma apraksts</translation>
    </message>
    <message>
        <source>Recorded a breach&apos;s notification</source>
        <translation>Reģistrēts paziņojums par pārkāpumu</translation>
    </message>
    <message>
        <source>Changed the record of processing</source>
        <translation>Mainīts apstrādes darbību reģistrs</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Pārkāpums</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>Rezerves kopija ir bojāta: %1</translation>
    </message>
    <message>
        <source>it is not a Coffer backup.</source>
        <translation>tā nav Coffer rezerves kopija.</translation>
    </message>
    <message>
        <source>it has container format %1, this version reads %2.</source>
        <translation>tās konteinera formāts ir %1, bet šī versija lasa %2.</translation>
    </message>
    <message>
        <source>its manifest is malformed.</source>
        <translation>tās manifests ir nepareizi veidots.</translation>
    </message>
    <message>
        <source>it is truncated.</source>
        <translation>tā ir nepilnīga (nogriezta).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes).</source>
        <translation>tā ir nepilnīga (%1 no %2 baitiem).</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its manifest names.</source>
        <translation>tajā ir par %1 baitiem vairāk, nekā norādīts manifestā.</translation>
    </message>
    <message>
        <source>its header cannot be read.</source>
        <translation>tās galveni nevar nolasīt.</translation>
    </message>
    <message>
        <source>the vault header does not match its SHA-256 sum.</source>
        <translation>seifa galvene neatbilst tās SHA-256 summai.</translation>
    </message>
    <message>
        <source>its snapshot cannot be read.</source>
        <translation>tās momentuzņēmumu nevar nolasīt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>the database snapshot does not match its SHA-256 sum.</source>
        <translation>datubāzes momentuzņēmums neatbilst tā SHA-256 summai.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup is damaged: the database fails its integrity check (%1).</source>
        <translation>Rezerves kopija ir bojāta: datubāze neiztur integritātes pārbaudi (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged: its manifest was altered.</source>
        <translation>Rezerves kopija ir bojāta: tās manifests ir mainīts.</translation>
    </message>
    <message>
        <source>password opens the header; header and manifest are authentic</source>
        <translation>parole atver galveni; galvene un manifests ir autentiski</translation>
    </message>
    <message>
        <source>database opens and passes SQLite&apos;s integrity check</source>
        <translation>datubāze atveras un iztur SQLite integritātes pārbaudi</translation>
    </message>
    <message>
        <source>%1 pages, schema %2</source>
        <translation>lapas: %1, shēma %2</translation>
    </message>
    <message>
        <source>container format %1, manifest whole</source>
        <translation>konteinera formāts %1, manifests vesels</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Nevar izveidot pagaidu mapi: %1</translation>
    </message>
    <message>
        <source>SHA-256 sums of header and snapshot match</source>
        <translation>galvenes un momentuzņēmuma SHA-256 summas sakrīt</translation>
    </message>
    <message>
        <source>%1 + %2 bytes</source>
        <translation>%1 + %2 baiti</translation>
    </message>
    <message>
        <source>The backup is damaged: its header or manifest does not authenticate.</source>
        <translation>Rezerves kopija ir bojāta: tās galvenes vai manifesta autentiskumu nevar apstiprināt.</translation>
    </message>
    <message>
        <source>header and manifest are authentic</source>
        <translation>galvene un manifests ir autentiski</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Nevar ierakstīt rezerves kopiju %1: %2</translation>
    </message>
    <message>
        <source>The vault is in the middle of a change; back up after it.</source>
        <translation>Seifā pašlaik notiek izmaiņas; izveidojiet rezerves kopiju pēc tam, kad tās būs pabeigtas.</translation>
    </message>
    <message>
        <source>The vault header cannot be read.</source>
        <translation>Seifa galveni nevar nolasīt.</translation>
    </message>
    <message>
        <source>Cannot copy the vault database: %1</source>
        <translation>Nevar nokopēt seifa datubāzi: %1</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>A breach&apos;s description is at most %1 characters in each field.</source>
        <translation>Pārkāpuma apraksts katrā laukā ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>The numbers of people and records are zero or more.</source>
        <translation>Personu un ierakstu skaits ir nulle vai vairāk.</translation>
    </message>
    <message>
        <source>A notification cannot come before the breach was detected.</source>
        <translation>Paziņojums nevar būt agrāks par pārkāpuma atklāšanu.</translation>
    </message>
    <message>
        <source>A notification is recorded once it was made, not before.</source>
        <translation>Paziņojumu reģistrē, kad tas ir izdarīts, ne agrāk.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Norādiet, kas notika.</translation>
    </message>
    <message>
        <source>Say when the breach was detected.</source>
        <translation>Norādiet, kad pārkāpums tika atklāts.</translation>
    </message>
    <message>
        <source>A breach cannot be detected in the future.</source>
        <translation>Pārkāpumu nevar atklāt nākotnē.</translation>
    </message>
    <message>
        <source>A breach detected before 2000? Check the year.</source>
        <translation>Pārkāpums atklāts pirms 2000. gada? Pārbaudiet gadu.</translation>
    </message>
    <message>
        <source>Say when the authority or the people were told.</source>
        <translation>Norādiet, kad tika informēta iestāde vai personas.</translation>
    </message>
    <message>
        <source>Say why the authority is not told (the breach is unlikely to result in a risk to people, because …).</source>
        <translation>Norādiet, kāpēc iestāde netiek informēta (pārkāpums, visticamāk, nerada risku personām, jo …).</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation>Iemesls ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>There is no breach with the id %1.</source>
        <translation>Pārkāpuma ar id %1 nav.</translation>
    </message>
</context>
<context>
    <name>ClientEraser</name>
    <message>
        <source>The write-ahead log could not be emptied (the database is busy).</source>
        <translation>Pirmsieraksta žurnālu (WAL) neizdevās iztukšot (datubāze ir aizņemta).</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indeksi un fails tika pārbūvēti</translation>
    </message>
    <message>
        <source>A tombstone is kept for restores</source>
        <translation>Atjaunošanai tiek saglabāta dzēšanas atzīme</translation>
    </message>
    <message numerus="yes">
        <source>in vault.db and in %n backup folder(s)</source>
        <translation>
            <numerusform>failā vault.db un %n rezerves kopiju mapē</numerusform>
            <numerusform>failā vault.db un %n rezerves kopiju mapēs</numerusform>
            <numerusform>failā vault.db un %n rezerves kopiju mapēs</numerusform>
        </translation>
    </message>
    <message>
        <source>; not reached: %1</source>
        <translation>; nebija pieejamas: %1</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tikšanās</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Sniegta</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atteikta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Jaunumu vēstule</translation>
    </message>
    <message>
        <source>Marketing calls</source>
        <translation>Mārketinga zvani</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotogrāfijas</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Nodošana partneriem</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>parakstīta veidlapa</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>tīmekļa veidlapa</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-pasts</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>tālruņa zvans</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>klātienē</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>There is no client with the id %1.</source>
        <translation>Nav klienta ar identifikatoru %1.</translation>
    </message>
    <message>
        <source>A client has no valid id.</source>
        <translation>Klientam nav derīga identifikatora.</translation>
    </message>
    <message>
        <source>Processing of this client is restricted (GDPR Article 18): their data is kept but not changed. Lift the restriction first, with its reason.</source>
        <translation>Šī klienta datu apstrāde ir ierobežota (VDAR 18. pants): dati tiek glabāti, bet netiek mainīti. Vispirms atceliet ierobežojumu, norādot iemeslu.</translation>
    </message>
    <message>
        <source>Processing is restricted with its reason, not by editing the client.</source>
        <translation>Apstrādi ierobežo, norādot iemeslu, nevis rediģējot klientu.</translation>
    </message>
</context>
<context>
    <name>ClientValidation</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 pārsniedz %2 rakstzīmes.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organizācijai vajadzīgs nosaukums.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Personai vajadzīgs vārds.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Parādāmais vārds</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-pasta adrese %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tālrunis %1</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>A tag may not contain control characters.</source>
        <translation>Birkā nedrīkst būt vadības rakstzīmes.</translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation>Pielāgotajam laukam nav nosaukuma.</translation>
    </message>
    <message>
        <source>A custom field&apos;s name</source>
        <translation>Pielāgotā lauka nosaukums</translation>
    </message>
    <message>
        <source>A custom field&apos;s value</source>
        <translation>Pielāgotā lauka vērtība</translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation>Tas ir garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>Email %1: %2</source>
        <translation>E-pasts %1: %2</translation>
    </message>
    <message>
        <source>Phone %1: %2</source>
        <translation>Tālrunis %1: %2</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Valsts: %1</translation>
    </message>
    <message>
        <source>The part after the @ is not a domain such as example.com.</source>
        <translation>Daļa aiz @ nav domēns, piemēram, example.com.</translation>
    </message>
    <message>
        <source>Give the address alone, without a name or &lt; &gt;.</source>
        <translation>Ierakstiet tikai adresi, bez vārda un &lt; &gt;.</translation>
    </message>
    <message>
        <source>This holds more than one email address; add each one separately.</source>
        <translation>Šeit ir vairāk nekā viena e-pasta adrese; pievienojiet katru atsevišķi.</translation>
    </message>
    <message>
        <source>This email address has a space in it.</source>
        <translation>Šajā e-pasta adresē ir atstarpe.</translation>
    </message>
    <message>
        <source>This email address has no @ sign.</source>
        <translation>Šajā e-pasta adresē nav @ zīmes.</translation>
    </message>
    <message>
        <source>This email address has more than one @ sign.</source>
        <translation>Šajā e-pasta adresē ir vairāk nekā viena @ zīme.</translation>
    </message>
    <message>
        <source>This email address has nothing before the @ sign.</source>
        <translation>Šajā e-pasta adresē pirms @ zīmes nekā nav.</translation>
    </message>
    <message>
        <source>This email address has nothing after the @ sign.</source>
        <translation>Šajā e-pasta adresē aiz @ zīmes nekā nav.</translation>
    </message>
    <message>
        <source>This email address has a comma where a dot should be.</source>
        <translation>Šajā e-pasta adresē ir komats, kur jābūt punktam.</translation>
    </message>
    <message>
        <source>This email address has two dots in a row.</source>
        <translation>Šajā e-pasta adresē ir divi punkti pēc kārtas.</translation>
    </message>
    <message>
        <source>The part before the @ cannot begin or end with a dot.</source>
        <translation>Daļa pirms @ nedrīkst sākties vai beigties ar punktu.</translation>
    </message>
    <message>
        <source>The part before the @ cannot contain “%1”.</source>
        <translation>Daļā pirms @ nedrīkst būt „%1”.</translation>
    </message>
    <message>
        <source>The part before the @ has an invisible character in it.</source>
        <translation>Daļā pirms @ ir neredzama rakstzīme.</translation>
    </message>
    <message>
        <source>This phone number has letters in it.</source>
        <translation>Šajā tālruņa numurā ir burti.</translation>
    </message>
    <message>
        <source>This phone number has a + that is not at its start.</source>
        <translation>Šajā tālruņa numurā ir +, kas nav tā sākumā.</translation>
    </message>
    <message>
        <source>This phone number has brackets that do not pair up.</source>
        <translation>Šajā tālruņa numurā iekavas neveido pārus.</translation>
    </message>
    <message>
        <source>This phone number cannot contain “%1”: use digits, spaces and + - ( ) . / only.</source>
        <translation>Tālruņa numurā nedrīkst būt „%1”: lietojiet tikai ciparus, atstarpes un + - ( ) . /.</translation>
    </message>
    <message>
        <source>This phone number has an invisible character in it.</source>
        <translation>Šajā tālruņa numurā ir neredzama rakstzīme.</translation>
    </message>
    <message>
        <source>This phone number is too short: it needs at least %1 digits.</source>
        <translation>Šis tālruņa numurs ir par īsu: tajā jābūt vismaz %1 cipariem.</translation>
    </message>
    <message>
        <source>This phone number is too long: it can have at most %1 digits.</source>
        <translation>Šis tālruņa numurs ir par garu: tajā var būt ne vairāk kā %1 cipari.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; the United Kingdom&apos;s is GB.</source>
        <translation>Coffer šādu valsts kodu nezina; Apvienotās Karalistes kods ir GB.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows; Greece&apos;s is GR.</source>
        <translation>Coffer šādu valsts kodu nezina; Grieķijas kods ir GR.</translation>
    </message>
    <message>
        <source>This is not a country code Coffer knows.</source>
        <translation>Coffer šādu valsts kodu nezina.</translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation>Norādiet, kam piekrišana paredzēta (tās mērķi).</translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation>Mērķa, avota vai politikas versijas teksts ir pārāk garš.</translation>
    </message>
    <message>
        <source>A consent has no id, purpose or time.</source>
        <translation>Piekrišanai nav identifikatora, mērķa vai laika.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be in the future.</source>
        <translation>Piekrišanas datums nevar būt nākotnē.</translation>
    </message>
    <message>
        <source>The date of a consent cannot be before 1900; check the year.</source>
        <translation>Piekrišanas datums nevar būt pirms 1900. gada; pārbaudiet gadu.</translation>
    </message>
    <message>
        <source>The evidence of a consent must be one of the client&apos;s own files.</source>
        <translation>Piekrišanas pierādījumam jābūt vienam no paša klienta failiem.</translation>
    </message>
    <message>
        <source>Only a consent that is granted can expire.</source>
        <translation>Beigties var tikai dotai piekrišanai.</translation>
    </message>
    <message>
        <source>A consent&apos;s expiry must fall after the day it was given.</source>
        <translation>Piekrišanas beigām jābūt pēc dienas, kad tā dota.</translation>
    </message>
    <message>
        <source>The privacy policy version %1 is not in the archive; an administrator adds it first.</source>
        <translation>Privātuma politikas versijas %1 arhīvā nav; vispirms to pievieno administrators.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The business&apos;s details are too long: at most %1 characters in each field.</source>
        <translation>Uzņēmuma dati ir par garu: katrā laukā ne vairāk kā %1 rakstzīmes.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The kind is neither person nor organisation.</source>
        <translation>Veids nav ne persona, ne organizācija.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Rindai nav vārda.</translation>
    </message>
    <message>
        <source>The country is neither an ISO 3166 code nor a country name Coffer knows.</source>
        <translation>Valsts nav ne ISO 3166 kods, ne Coffer zināms valsts nosaukums.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Piezīme ir garāka par miljonu rakstzīmju.</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(%1. kolonna)</translation>
    </message>
    <message>
        <source>The file has no column named &quot;%1&quot;.</source>
        <translation>Failā nav kolonnas ar nosaukumu „%1”.</translation>
    </message>
    <message>
        <source>No column holds a name (such as Name, First name or Last name); map one to name, given or family.</source>
        <translation>Nevienā kolonnā nav vārda (piemēram, Name, First name vai Last name); piesaistiet kādu kolonnu laukam name, given vai family.</translation>
    </message>
    <message>
        <source>A map is COLUMN=FIELD, such as &quot;Mobile=phone&quot;.</source>
        <translation>Piesaiste ir KOLONNA=LAUKS, piemēram, „Mobile=phone”.</translation>
    </message>
    <message>
        <source>A custom field needs a name: field:KEY.</source>
        <translation>Pielāgotajam laukam vajadzīgs nosaukums: field:KEY.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; use name, given, family, email, phone, org, address, country, tags, kind, note, field:KEY or ignore.</source>
        <translation>Nezināms lauks „%1”; izmantojiet name, given, family, email, phone, org, address, country, tags, kind, note, field:KEY vai ignore.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fails ir tukšs.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Imports tika atcelts; nekas netika saglabāts.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Fails ir UTF-16 teksts. Saglabājiet to kā „CSV UTF-8” un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 MiB.</source>
        <translation>%1. rinda: ieraksts ir garāks par %2 MiB.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file ends inside it.</source>
        <translation>%1. rinda: pēdiņās ievietots lauks netiek aizvērts; fails beidzas tā vidū.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full.</source>
        <translation>Disks ir pilns.</translation>
    </message>
    <message>
        <source>The vault database is damaged.</source>
        <translation>Seifa datubāze ir bojāta.</translation>
    </message>
    <message>
        <source>The vault database cannot be written: %1</source>
        <translation>Seifa datubāzē nevar ierakstīt: %1</translation>
    </message>
    <message>
        <source>Cannot open the vault database: %1</source>
        <translation>Nevar atvērt seifa datubāzi: %1</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this header.</source>
        <translation>Seifa datubāze ir bojāta vai nepieder šai galvenei.</translation>
    </message>
    <message>
        <source>A part of this change failed; nothing was saved.</source>
        <translation>Daļa šīs izmaiņas neizdevās; nekas netika saglabāts.</translation>
    </message>
</context>
<context>
    <name>DeletionCertificate</name>
    <message>
        <source>Full: every file was read back from the device after the overwrite and compared with what was written; then each path was checked to be gone, the folders searched for any file of the vault, the vault path opened as a vault (it must fail as &quot;not a vault&quot;), and the settings searched for any entry naming it.</source>
        <translation>Pilna: pēc pārrakstīšanas katrs fails tika nolasīts atpakaļ no ierīces un salīdzināts ar ierakstīto; pēc tam tika pārbaudīts, ka neviena ceļa vairs nav, mapēs tika meklēts jebkurš seifa fails, seifa ceļš tika atvērts kā seifs (tam jābeidzas ar kļūdu „nav seifs”) un iestatījumos tika meklēts jebkurš ieraksts, kas to nosauc.</translation>
    </message>
    <message>
        <source>Purge (NIST SP 800-88 Rev. 1) by cryptographic erase, then a one-pass random overwrite. First every key slot in the vault header was overwritten in place with random bytes and synced to the disk, and the data key was wiped from memory. Then every file of the vault and of its managed backups was overwritten once with random data, synced, read back from the device and compared, truncated, renamed to a random name and unlinked, and its folder synced and removed.</source>
        <translation>Purge jeb attīrīšana (NIST SP 800-88 Rev. 1) ar kriptogrāfisku dzēšanu, pēc tam vienreizēja pārrakstīšana ar nejaušiem datiem. Vispirms katrs seifa galvenes atslēgas slots tika uz vietas pārrakstīts ar nejaušiem baitiem un sinhronizēts ar disku, un datu atslēga tika izdzēsta no atmiņas. Pēc tam katrs seifa un tā pārvaldīto rezerves kopiju fails tika vienreiz pārrakstīts ar nejaušiem datiem, sinhronizēts, nolasīts atpakaļ no ierīces un salīdzināts, saīsināts, pārdēvēts nejaušā vārdā un atsaistīts, un tā mape tika sinhronizēta un noņemta.</translation>
    </message>
    <message>
        <source>What overwriting cannot promise: on SSDs, flash memory, and thin-provisioned or virtual disks the drive may write new data to other physical blocks and keep the old ones until it reuses them; on copy-on-write file systems (btrfs, ZFS, APFS) and where snapshots exist, an overwrite goes to new blocks and the old ones remain in snapshots or until the space is reused. On such storage the old bytes may still be on the device.</source>
        <translation>Ko pārrakstīšana nevar garantēt: SSD, zibatmiņā un plāni nodrošinātos (thin-provisioned) vai virtuālos diskos ierīce var ierakstīt jaunos datus citos fiziskajos blokos un paturēt vecos, līdz tos izmanto atkārtoti; failu sistēmās ar kopēšanu rakstot (copy-on-write: btrfs, ZFS, APFS) un tur, kur ir momentuzņēmumi, pārrakstītais nonāk jaunos blokos, bet vecie paliek momentuzņēmumos vai līdz vieta tiek izmantota atkārtoti. Šādā krātuvē vecie baiti var joprojām atrasties ierīcē.</translation>
    </message>
    <message>
        <source>Why the cryptographic erase still holds there: the database, its log and every backup were only ever written encrypted under the vault&apos;s data key, and the data key was only ever stored sealed inside key slots. The slots were destroyed, so whatever encrypted copies survive on the device cannot be decrypted.</source>
        <translation>Kāpēc kriptogrāfiskā dzēšana tur tomēr darbojas: datubāze, tās žurnāls un katra rezerves kopija vienmēr tika ierakstīta tikai šifrētā veidā ar seifa datu atslēgu, un datu atslēga vienmēr tika glabāta tikai aizzīmogota atslēgas slotos. Sloti tika iznīcināti, tāpēc jebkuras ierīcē saglabājušās šifrētās kopijas nav iespējams atšifrēt.</translation>
    </message>
    <message>
        <source>Exports the user made (zip, folder, JSON or CSV, encrypted or not, of the whole vault or of one client) and files saved out of the vault.</source>
        <translation>Lietotāja veiktie eksporti (zip, mape, JSON vai CSV, šifrēti vai nešifrēti, visa seifa vai viena klienta) un no seifa ārā saglabātie faili.</translation>
    </message>
    <message>
        <source>Copies of the vault or of its backups made outside Coffer: file copies, sync services, system backups and file-system snapshots, and backups moved out of the backup folder.</source>
        <translation>Seifa vai tā rezerves kopiju kopijas, kas izveidotas ārpus Coffer: failu kopijas, sinhronizācijas pakalpojumi, sistēmas rezerves kopijas un failu sistēmas momentuzņēmumi, kā arī rezerves kopijas, kas pārvietotas ārpus rezerves kopiju mapes.</translation>
    </message>
    <message>
        <source>Recovery keys and passwords written down or saved elsewhere.</source>
        <translation>Citur pierakstītas vai saglabātas atkopšanas atslēgas un paroles.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF DELETION — Coffer vault &quot;%1&quot;</source>
        <translation>DZĒŠANAS SERTIFIKĀTS — Coffer seifs „%1”</translation>
    </message>
    <message>
        <source>Fields after NIST SP 800-88 Rev. 1, Appendix G. Result: completed and verified.</source>
        <translation>Lauki atbilstoši NIST SP 800-88 Rev. 1, G pielikumam. Rezultāts: pabeigts un pārbaudīts.</translation>
    </message>
    <message>
        <source>Person performing sanitisation</source>
        <translation>Persona, kas veica datu iznīcināšanu</translation>
    </message>
    <message>
        <source>Vault user: %1 (%2)</source>
        <translation>Seifa lietotājs: %1 (%2)</translation>
    </message>
    <message>
        <source>Operating-system account: %1 on %2</source>
        <translation>Operētājsistēmas konts: %1 datorā %2</translation>
    </message>
    <message>
        <source>What was sanitised</source>
        <translation>Kas tika iznīcināts</translation>
    </message>
    <message>
        <source>Vault: %1, id %2</source>
        <translation>Seifs: %1, identifikators %2</translation>
    </message>
    <message>
        <source>Vault folder: %1 (file system: %2)</source>
        <translation>Seifa mape: %1 (failu sistēma: %2)</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Rezerves kopiju mape: %1</translation>
    </message>
    <message>
        <source>Managed backups: %1</source>
        <translation>Pārvaldītās rezerves kopijas: %1</translation>
    </message>
    <message>
        <source>Files (size in bytes, SHA-256 before the overwrite):</source>
        <translation>Faili (izmērs baitos, SHA-256 pirms pārrakstīšanas):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Type: Purge. Used: cryptographic erase, then a one-pass random overwrite.</source>
        <translation>Veids: Purge (attīrīšana). Izmantots: kriptogrāfiska dzēšana, pēc tam vienreizēja pārrakstīšana ar nejaušiem datiem.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Rīks</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>izturēta</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NEIZDEVĀS</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datums un laiks</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Sākts: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Pabeigts: %1</translation>
    </message>
    <message>
        <source>Limits of the method</source>
        <translation>Metodes ierobežojumi</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Neaptver</translation>
    </message>
    <message>
        <source>What it does not reach: earlier versions of the header (from before a password change, a new user or a reset) were written as new files, and their old blocks may survive in the same way; each held key slots that open only with a password or recovery key that was valid at that time. Each managed backup held its own copy of the key slots, destroyed by the overwrite of the backup file with the limits above.</source>
        <translation>Ko tā neaptver: iepriekšējās galvenes versijas (no laika pirms paroles maiņas, jauna lietotāja vai atiestatīšanas) tika ierakstītas kā jauni faili, un to vecie bloki var saglabāties tādā pašā veidā; katrā no tām bija atslēgas sloti, kurus var atvērt tikai ar tajā laikā derīgu paroli vai atkopšanas atslēgu. Katrā pārvaldītajā rezerves kopijā bija sava atslēgas slotu kopija, kas tika iznīcināta, pārrakstot rezerves kopijas failu, ar iepriekš minētajiem ierobežojumiem.</translation>
    </message>
    <message>
        <source>Backup folder searched: %1</source>
        <translation>Pārmeklētā rezerves kopiju mape: %1</translation>
    </message>
    <message>
        <source>Restored copy destroyed: %1</source>
        <translation>Iznīcinātā atjaunotā kopija: %1</translation>
    </message>
    <message>
        <source>Restored copy KEPT at the user&apos;s request, not sanitised (it still opens with the passwords it had when its backup was taken): %1</source>
        <translation>Atjaunotā kopija SAGLABĀTA pēc lietotāja lūguma, tās dati nav iznīcināti (tā joprojām atveras ar parolēm, kas bija spēkā, kad tika izveidota tās rezerves kopija): %1</translation>
    </message>
    <message>
        <source>Backup folder NOT reached, declared gone for good by the user; whatever it held was not sanitised: %1</source>
        <translation>Rezerves kopiju mape NAV sasniegta, lietotājs to atzinis par neatgriezeniski zudušu; tās saturs netika iznīcināts: %1</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>There is no room for the demo vault in the temporary folder (%1). Free some disk space and try again.</source>
        <translation>Pagaidu mapē (%1) nav vietas demonstrācijas seifam. Atbrīvojiet vietu diskā un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Demonstrācijas seifs</translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message numerus="yes">
        <source>%n backup(s) made before the erasure still hold the person. A restore of any of them erases the person again before the restored vault opens; &quot;Prune backups&quot; destroys them once a newer backup is verified.</source>
        <translation>
            <numerusform>%n rezerves kopijā, kas izveidota pirms dzēšanas, joprojām ir šīs personas dati. Atjaunojot jebkuru no tām, persona tiek izdzēsta vēlreiz, pirms atjaunotais seifs tiek atvērts; „Retināt rezerves kopijas” tās iznīcina, tiklīdz ir pārbaudīta jaunāka rezerves kopija.</numerusform>
            <numerusform>%n rezerves kopijās, kas izveidotas pirms dzēšanas, joprojām ir šīs personas dati. Atjaunojot jebkuru no tām, persona tiek izdzēsta vēlreiz, pirms atjaunotais seifs tiek atvērts; „Retināt rezerves kopijas” tās iznīcina, tiklīdz ir pārbaudīta jaunāka rezerves kopija.</numerusform>
            <numerusform>%n rezerves kopijās, kas izveidotas pirms dzēšanas, joprojām ir šīs personas dati. Atjaunojot jebkuru no tām, persona tiek izdzēsta vēlreiz, pirms atjaunotais seifs tiek atvērts; „Retināt rezerves kopijas” tās iznīcina, tiklīdz ir pārbaudīta jaunāka rezerves kopija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) made while the person was in the vault may hold their data. Coffer cannot reach them: delete them, or ask whoever received them to. An import of them will not bring the person back.</source>
        <translation>
            <numerusform>%n eksportā, kas izveidots, kamēr persona bija seifā, var būt tās dati. Coffer tiem nevar piekļūt: izdzēsiet tos vai palūdziet to izdarīt tiem, kas tos saņēma. To importēšana personu neatgriezīs.</numerusform>
            <numerusform>%n eksportos, kas izveidoti, kamēr persona bija seifā, var būt tās dati. Coffer tiem nevar piekļūt: izdzēsiet tos vai palūdziet to izdarīt tiem, kas tos saņēma. To importēšana personu neatgriezīs.</numerusform>
            <numerusform>%n eksportos, kas izveidoti, kamēr persona bija seifā, var būt tās dati. Coffer tiem nevar piekļūt: izdzēsiet tos vai palūdziet to izdarīt tiem, kas tos saņēma. To importēšana personu neatgriezīs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup folder(s) could not be searched (a drive not connected?). Connect them and look again: backups there may hold the person.</source>
        <translation>
            <numerusform>%n rezerves kopiju mapi neizdevās pārmeklēt (vai disks nav pievienots?). Pievienojiet to un pārbaudiet vēlreiz: tajā esošajās rezerves kopijās var būt šīs personas dati.</numerusform>
            <numerusform>%n rezerves kopiju mapes neizdevās pārmeklēt (vai disks nav pievienots?). Pievienojiet tās un pārbaudiet vēlreiz: tajās esošajās rezerves kopijās var būt šīs personas dati.</numerusform>
            <numerusform>%n rezerves kopiju mapju neizdevās pārmeklēt (vai disks nav pievienots?). Pievienojiet tās un pārbaudiet vēlreiz: tajās esošajās rezerves kopijās var būt šīs personas dati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup or export that Coffer made holds the person.</source>
        <translation>Nevienā Coffer izveidotajā rezerves kopijā vai eksportā nav šīs personas datu.</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Dzēšanas pārskats</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seifs: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Erased: %1 by %2</source>
        <translation>Izdzēsts: %1, izdzēsa: %2</translation>
    </message>
    <message>
        <source>Records removed: %1</source>
        <translation>Noņemtie ieraksti: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>izturēta</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NEIZDEVĀS</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Coffer izveidotās kopijas, kurās joprojām var būt šīs personas dati</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>backup of %1: %2</source>
        <translation>rezerves kopija (%1): %2</translation>
    </message>
    <message>
        <source>export of %1 (%2): %3</source>
        <translation>eksports (%1, %2): %3</translation>
    </message>
    <message>
        <source>backup folder not reachable: %1</source>
        <translation>rezerves kopiju mape nav pieejama: %1</translation>
    </message>
    <message>
        <source>Report SHA-256 (kept in the vault): %1</source>
        <translation>Pārskata SHA-256 (glabājas seifā): %1</translation>
    </message>
    <message>
        <source>restored copy kept as a separate vault: %1</source>
        <translation>atjaunota kopija, paturēta kā atsevišķs seifs: %1</translation>
    </message>
</context>
<context>
    <name>ErasureVerifier</name>
    <message>
        <source>No row refers to the client</source>
        <translation>Neviena rinda neatsaucas uz klientu</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) searched, no row holds the id</source>
        <translation>
            <numerusform>pārmeklēta %n tabula, nevienā rindā nav identifikatora</numerusform>
            <numerusform>pārmeklētas %n tabulas, nevienā rindā nav identifikatora</numerusform>
            <numerusform>pārmeklēts %n tabulu, nevienā rindā nav identifikatora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still hold the id, in: %1</source>
        <translation>
            <numerusform>identifikators joprojām ir %n rindā, tabulās: %1</numerusform>
            <numerusform>identifikators joprojām ir %n rindās, tabulās: %1</numerusform>
            <numerusform>identifikators joprojām ir %n rindās, tabulās: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 tables</source>
        <translation>
            <numerusform>%n virkne meklēta %1 tabulās</numerusform>
            <numerusform>%n virknes meklētas %1 tabulās</numerusform>
            <numerusform>%n virkņu meklēts %1 tabulās</numerusform>
        </translation>
    </message>
    <message>
        <source>: none found</source>
        <translation>: nekas nav atrasts</translation>
    </message>
    <message numerus="yes">
        <source>: found in %n row(s), in: %1</source>
        <translation>
            <numerusform>: atrasts %n rindā, tabulās: %1</numerusform>
            <numerusform>: atrasts %n rindās, tabulās: %1</numerusform>
            <numerusform>: atrasts %n rindās, tabulās: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n also belong(s) to another client and stay with them</source>
        <translation>
            <numerusform>; %n pieder arī citam klientam un paliek pie tā</numerusform>
            <numerusform>; %n pieder arī citam klientam un paliek pie tā</numerusform>
            <numerusform>; %n pieder arī citam klientam un paliek pie tā</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too short to search</source>
        <translation>
            <numerusform>; %n ir par īsu meklēšanai</numerusform>
            <numerusform>; %n ir par īsu meklēšanai</numerusform>
            <numerusform>; %n ir par īsu meklēšanai</numerusform>
        </translation>
    </message>
    <message>
        <source>The search indexes hold none of their words</source>
        <translation>Meklēšanas indeksos nav neviena viņa vārda</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) only they had</source>
        <translation>
            <numerusform>%n vārds, kas bija tikai šim klientam</numerusform>
            <numerusform>%n vārdi, kas bija tikai šim klientam</numerusform>
            <numerusform>%n vārdu, kas bija tikai šim klientam</numerusform>
        </translation>
    </message>
    <message>
        <source>, none left in the indexes</source>
        <translation>, indeksos nav palicis neviens</translation>
    </message>
    <message numerus="yes">
        <source>, %n still indexed, in: %1</source>
        <translation>
            <numerusform>, %n joprojām ir indeksos: %1</numerusform>
            <numerusform>, %n joprojām ir indeksos: %1</numerusform>
            <numerusform>, %n joprojām ir indeksos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No free page is left that could hold old content</source>
        <translation>Nav palikusi neviena brīvā lapa, kurā varētu būt vecs saturs</translation>
    </message>
    <message numerus="yes">
        <source>%n free page(s)</source>
        <translation>
            <numerusform>%n brīvā lapa</numerusform>
            <numerusform>%n brīvās lapas</numerusform>
            <numerusform>%n brīvo lapu</numerusform>
        </translation>
    </message>
    <message>
        <source>The write-ahead log is empty</source>
        <translation>Pirmsieraksta žurnāls (WAL) ir tukšs</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n baits</numerusform>
            <numerusform>%n baiti</numerusform>
            <numerusform>%n baitu</numerusform>
        </translation>
    </message>
    <message>
        <source>no log file</source>
        <translation>žurnāla faila nav</translation>
    </message>
    <message>
        <source>None of their data is in the file&apos;s decrypted pages or its log</source>
        <translation>Neviens viņa datu fragments nav faila atšifrētajās lapās vai tā žurnālā</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>failu neizdevās nolasīt</translation>
    </message>
    <message numerus="yes">
        <source>%n string(s) searched in %1 decrypted page(s), free ones included</source>
        <translation>
            <numerusform>%n virkne meklēta %1 atšifrētajās lapās, ieskaitot brīvās</numerusform>
            <numerusform>%n virknes meklētas %1 atšifrētajās lapās, ieskaitot brīvās</numerusform>
            <numerusform>%n virkņu meklēts %1 atšifrētajās lapās, ieskaitot brīvās</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: found in %n page(s)</source>
        <translation>
            <numerusform>: atrasts %n lapā</numerusform>
            <numerusform>: atrasts %n lapās</numerusform>
            <numerusform>: atrasts %n lapās</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing that identified them (names, emails, phones, address, organisation, tags, custom fields, note and file names) is in any table</source>
        <translation>Nevienā tabulā nav nekā, kas viņu identificēja (vārdi, e-pasta adreses, tālruņi, adrese, organizācija, birkas, pielāgotie lauki, piezīmju un failu nosaukumi)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nepietiek atmiņas.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and Coffer stopped this step. Try again; if it happens again, restart Coffer.</source>
        <translation>Notika kaut kas negaidīts, un Coffer apturēja šo soli. Mēģiniet vēlreiz; ja tas atkārtojas, restartējiet Coffer.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksports tika atcelts; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Nevar ierakstīt eksportu: %1</translation>
    </message>
    <message>
        <source>An encrypted export is one file: use the zip or json format.</source>
        <translation>Šifrēts eksports ir viens fails: izmantojiet zip vai json formātu.</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Nevar izveidot mapi %1: %2</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>tā nav mape</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file&apos;s part %1 of %2 is missing; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Trūkst faila daļas %1 no %2; nekas, sākot ar šo daļu, netika ierakstīts. Atjaunojiet failu no rezerves kopijas.</translation>
    </message>
    <message>
        <source>The file&apos;s part %1 of %2 is damaged; nothing from that part on was written. Restore the file from a backup.</source>
        <translation>Faila daļa %1 no %2 ir bojāta; nekas, sākot ar šo daļu, netika ierakstīts. Atjaunojiet failu no rezerves kopijas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Failam vajadzīgs nosaukums.</translation>
    </message>
    <message>
        <source>A file name may have at most 255 characters.</source>
        <translation>Faila nosaukumā var būt ne vairāk kā 255 rakstzīmes.</translation>
    </message>
    <message>
        <source>A file name may not contain slashes or control characters.</source>
        <translation>Faila nosaukumā nedrīkst būt slīpsvītras vai vadības rakstzīmes.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Nevar nolasīt failu: %1</translation>
    </message>
    <message>
        <source>There is no file with the id %1.</source>
        <translation>Nav faila ar identifikatoru %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation>Nevar nolasīt failu: tas nav atvērts lasīšanai.</translation>
    </message>
    <message>
        <source>An imported file does not match its recorded size and SHA-256.</source>
        <translation>Importētais fails neatbilst tā reģistrētajam izmēram un SHA-256.</translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation>Nevar nolasīt failu: tā ir mape.</translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation>Faila ieraksts ir bojāts.</translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation>Nevar ierakstīt izvades failu: %1</translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation>Fails ir bojāts: tā saturs neatbilst SHA-256 summai.</translation>
    </message>
    <message>
        <source>This file is the evidence of a consent and is kept with the consent&apos;s history.</source>
        <translation>Šis fails ir piekrišanas pierādījums un tiek glabāts kopā ar piekrišanas vēsturi.</translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <source>on a network file system (%1)</source>
        <translation>tīkla failu sistēmā (%1)</translation>
    </message>
    <message>
        <source>in a folder that %1 synchronises (%2)</source>
        <translation>mapē, ko sinhronizē %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). A vault must be on a disk of this computer: file locks and SQLite&apos;s write-ahead log do not hold on a network file system, so two computers could change the vault at once and damage it. Move the vault folder to a local disk.</source>
        <translation>%1 atrodas tīkla failu sistēmā (%2). Seifam jāatrodas šī datora diskā: tīkla failu sistēmā nedarbojas ne failu bloķēšana, ne SQLite izmaiņu žurnāls (write-ahead log), tāpēc divi datori varētu mainīt seifu vienlaikus un to sabojāt. Pārvietojiet seifa mapi uz vietējo disku.</translation>
    </message>
    <message>
        <source>The backup folder %1 is on a network file system (%2). File locks and SQLite&apos;s write-ahead log do not hold there, so a backup written there may be damaged. Choose a folder on a local disk, or, as the owner, accept the risk for this folder.</source>
        <translation>Rezerves kopiju mape %1 atrodas tīkla failu sistēmā (%2). Tur nedarbojas ne failu bloķēšana, ne SQLite izmaiņu žurnāls (write-ahead log), tāpēc tur ierakstīta rezerves kopija var tikt sabojāta. Izvēlieties mapi vietējā diskā vai arī, ja esat īpašnieks, uzņemieties šīs mapes risku.</translation>
    </message>
    <message>
        <source>%1 is inside a folder that %2 synchronises (it keeps %3). A vault must stay outside the folders a sync client manages: the vault&apos;s lock does not hold across computers, and the client copies the database while it changes, which can damage it or bring erased data back. Move the vault folder out of it.</source>
        <translation>%1 atrodas mapē, ko sinhronizē %2 (tajā ir %3). Seifam jāatrodas ārpus mapēm, kuras pārvalda sinhronizācijas programma: seifa bloķēšana nedarbojas starp datoriem, un programma kopē datubāzi, kamēr tā mainās, kas var to sabojāt vai atgriezt dzēstus datus. Pārvietojiet seifa mapi ārpus tās.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside a folder that %2 synchronises (it keeps %3). The client copies backups while they are written and keeps versions of its own that Coffer cannot erase. Choose a folder that no sync client manages, or, as the owner, accept the risk for this folder.</source>
        <translation>Rezerves kopiju mape %1 atrodas mapē, ko sinhronizē %2 (tajā ir %3). Programma kopē rezerves kopijas, kamēr tās tiek rakstītas, un glabā savas versijas, kuras Coffer nevar izdzēst. Izvēlieties mapi, ko nepārvalda neviena sinhronizācijas programma, vai arī, ja esat īpašnieks, uzņemieties šīs mapes risku.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The export is malformed (%1); nothing was imported.</source>
        <translation>Eksports ir nepareizi veidots (%1); nekas netika importēts.</translation>
    </message>
    <message>
        <source>The export is damaged: %1 does not match the SHA-256 in its manifest; nothing was imported.</source>
        <translation>Eksports ir bojāts: %1 neatbilst manifestā norādītajai SHA-256 summai; nekas netika importēts.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 neeksistē.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>This export is encrypted: enter its password.</source>
        <translation>Šis eksports ir šifrēts: ievadiet tā paroli.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Changing the data key, so that copies of the vault&apos;s header made before open nothing written from now on…</source>
        <translation>Maina datu atslēgu, lai agrāk izveidotas seifa galvenes kopijas neatvērtu neko, kas ierakstīts no šī brīža…</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Datu atslēgas maiņa</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Datu atslēgu nevarēja nomainīt: %1</translation>
    </message>
    <message>
        <source>But the data key could not be changed, so a copy of the vault&apos;s header made before still opens it: %1</source>
        <translation>Taču datu atslēgu nevarēja nomainīt, tāpēc agrāk izveidota seifa galvenes kopija to joprojām atver: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s data key was changed, so an old copy of the vault&apos;s files cannot open anything saved from now on.</source>
        <translation>Seifa datu atslēga tika nomainīta, tāpēc veca seifa failu kopija nevar atvērt neko, kas saglabāts no šī brīža.</translation>
    </message>
    <message>
        <source>No backup under the new key could be made; back up now.</source>
        <translation>Rezerves kopiju ar jauno atslēgu neizdevās izveidot; izveidojiet to tagad.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation>Datu atslēgu neizdevās aizzīmogot.</translation>
    </message>
    <message>
        <source>This key slot has no key pair yet: it cannot be given a new data key.</source>
        <translation>Šai atslēgas vietai vēl nav atslēgu pāra: tai nevar dot jaunu datu atslēgu.</translation>
    </message>
</context>
<context>
    <name>ManagedBackups</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>Keep between 0 and %1 backups.</source>
        <translation>Glabājiet no 0 līdz %1 rezerves kopijām.</translation>
    </message>
    <message>
        <source>The backup folder cannot be inside the vault folder: backups must outlive the loss of the vault&apos;s folder.</source>
        <translation>Rezerves kopiju mape nevar atrasties seifa mapē: rezerves kopijām jāpārdzīvo seifa mapes zudums.</translation>
    </message>
    <message>
        <source>Only the owner may accept the risk of a backup folder on a network file system or in a synchronised folder.</source>
        <translation>Tikai īpašnieks var uzņemties risku, ko rada rezerves kopiju mape tīkla failu sistēmā vai sinhronizētā mapē.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Nevar pārvietot %1 uz %2: %3</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>kopiju neizdevās ierakstīt</translation>
    </message>
    <message>
        <source>the copy differs from the original</source>
        <translation>kopija atšķiras no oriģināla</translation>
    </message>
    <message>
        <source>the original could not be removed</source>
        <translation>oriģinālu neizdevās noņemt</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ir fails, nevis mape.</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>The vault holds more notes than its search index can hold.</source>
        <translation>Seifā ir vairāk piezīmju, nekā tā meklēšanas indekss spēj ietvert.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>Piezīme ir tukša.</translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation>Piezīme ir garāka par miljonu rakstzīmju.</translation>
    </message>
    <message>
        <source>A note has no id, text or time.</source>
        <translation>Piezīmei nav identifikatora, teksta vai laika.</translation>
    </message>
    <message>
        <source>There is no such note; it may have been removed already.</source>
        <translation>Šādas piezīmes nav; iespējams, tā jau ir noņemta.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>The output would be inside the vault folder %1. Nothing Coffer writes for you goes there: choose a place outside the vault.</source>
        <translation>Rezultāts nonāktu seifa mapē %1. Nekas, ko Coffer raksta jūsu vajadzībām, tur netiek likts: izvēlieties vietu ārpus seifa.</translation>
    </message>
    <message>
        <source>Cannot write the output file: its folder does not exist.</source>
        <translation>Nevar ierakstīt izvades failu: tā mape neeksistē.</translation>
    </message>
    <message>
        <source>The output is a symbolic link. Coffer never writes through a link, not even when it may replace a file: choose another name.</source>
        <translation>Izvades vieta ir simboliskā saite. Coffer nekad neraksta caur saiti, pat ja drīkst aizstāt failu: izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>The output is a folder. Choose a file name.</source>
        <translation>Izvades vieta ir mape. Izvēlieties faila nosaukumu.</translation>
    </message>
    <message>
        <source>The output already exists. Coffer never replaces a folder: choose a new name.</source>
        <translation>Izvades vieta jau eksistē. Coffer nekad neaizstāj mapi: izvēlieties jaunu nosaukumu.</translation>
    </message>
    <message>
        <source>The output is not a regular file. Choose another name.</source>
        <translation>Izvades vieta nav parasts fails. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>The output file already exists. Choose a new name, or allow Coffer to replace it (--force).</source>
        <translation>Izvades fails jau eksistē. Izvēlieties jaunu nosaukumu vai atļaujiet Coffer to aizstāt (--force).</translation>
    </message>
    <message>
        <source>The output cannot be checked: %1</source>
        <translation>Izvades vietu nevar pārbaudīt: %1</translation>
    </message>
    <message>
        <source>The output would be inside the backup folder %1, which holds only the vault&apos;s own backups. Choose another place.</source>
        <translation>Rezultāts nonāktu rezerves kopiju mapē %1, kurā glabājas tikai paša seifa rezerves kopijas. Izvēlieties citu vietu.</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>fails nav atvērts</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile, and it was not replaced</source>
        <translation>pa to laiku parādījās fails ar šādu nosaukumu, un tas netika aizstāts</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Failu neizdevās ierakstīt: %1</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too short</source>
        <translation>Par īsu</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Vāja</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Vidēja</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stipra</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Ļoti stipra</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Parolē jābūt vismaz %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: common passwords such as “password1”, names with a year and keyboard patterns are the first ones tried. Add another word or two, or use three or four unrelated words.</source>
        <translation>Šo paroli ir pārāk viegli uzminēt: vispirms tiek izmēģinātas izplatītas paroles, piemēram, „parole1”, vārdi ar gadskaitli un tastatūras taustiņu secības. Pievienojiet vēl vienu vai divus vārdus vai izmantojiet trīs vai četrus nesaistītus vārdus.</translation>
    </message>
</context>
<context>
    <name>PolicyArchive</name>
    <message>
        <source>A policy version needs a name, such as 2026-01.</source>
        <translation>Politikas versijai vajag nosaukumu, piemēram, 2026-01.</translation>
    </message>
    <message>
        <source>A policy version&apos;s name is at most %1 characters.</source>
        <translation>Politikas versijas nosaukums ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>Say the day the policy took effect.</source>
        <translation>Norādiet dienu, kad politika stājās spēkā.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect in the future: add it on the day it takes effect.</source>
        <translation>Politikas versija nevar stāties spēkā nākotnē: pievienojiet to dienā, kad tā stājas spēkā.</translation>
    </message>
    <message>
        <source>A policy version cannot take effect before 1990; check the year.</source>
        <translation>Politikas versija nevar stāties spēkā pirms 1990. gada; pārbaudiet gadu.</translation>
    </message>
    <message>
        <source>Give the policy either as text or as a file, one of them.</source>
        <translation>Norādiet politiku vai nu kā tekstu, vai kā failu — vienu no tiem.</translation>
    </message>
    <message>
        <source>A policy&apos;s file needs its name.</source>
        <translation>Politikas failam vajag nosaukumu.</translation>
    </message>
    <message>
        <source>A policy is at most %1 MiB.</source>
        <translation>Politika ir ne lielāka par %1 MiB.</translation>
    </message>
    <message>
        <source>The archive already has the policy version %1; a changed policy is a new version.</source>
        <translation>Arhīvā jau ir politikas versija %1; mainīta politika ir jauna versija.</translation>
    </message>
    <message>
        <source>A policy version has no name, day, text or file, or a file name that is not a plain name.</source>
        <translation>Politikas versijai nav nosaukuma, dienas, teksta vai faila, vai arī faila nosaukums nav vienkāršs nosaukums.</translation>
    </message>
    <message>
        <source>The policy version %1 does not match its SHA-256.</source>
        <translation>Politikas versija %1 neatbilst savai SHA-256 summai.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message numerus="yes">
        <source>%n request(s) past the day to answer by.</source>
        <translation>
            <numerusform>%n pieprasījumam nokavēta atbildes diena.</numerusform>
            <numerusform>%n pieprasījumiem nokavēta atbildes diena.</numerusform>
            <numerusform>%n pieprasījumiem nokavēta atbildes diena.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request is past the day to answer by.</source>
        <translation>Nevienam pieprasījumam atbildes diena nav nokavēta.</translation>
    </message>
    <message>
        <source>Answer them now, or record the extension: request list --overdue.</source>
        <translation>Atbildiet tagad vai reģistrējiet pagarinājumu: request list --overdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) past their retention period.</source>
        <translation>
            <numerusform>%n klientam beidzies glabāšanas termiņš.</numerusform>
            <numerusform>%n klientiem beidzies glabāšanas termiņš.</numerusform>
            <numerusform>%n klientiem beidzies glabāšanas termiņš.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past their retention period.</source>
        <translation>Nevienam klientam glabāšanas termiņš nav beidzies.</translation>
    </message>
    <message>
        <source>Review them and run retention: retention run --dry-run, then retention run.</source>
        <translation>Pārskatiet tos un izpildiet glabāšanu: retention run --dry-run, tad retention run.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) granted under a policy version since superseded.</source>
        <translation>
            <numerusform>%n piekrišana dota saskaņā ar jau aizstātu politikas versiju.</numerusform>
            <numerusform>%n piekrišanas dotas saskaņā ar jau aizstātu politikas versiju.</numerusform>
            <numerusform>%n piekrišanu dotas saskaņā ar jau aizstātu politikas versiju.</numerusform>
        </translation>
    </message>
    <message>
        <source>No consent rests on a superseded policy version.</source>
        <translation>Neviena piekrišana nebalstās uz aizstātu politikas versiju.</translation>
    </message>
    <message>
        <source>Ask those clients again: consent list --purpose P --superseded.</source>
        <translation>Pajautājiet šiem klientiem vēlreiz: consent list --purpose P --superseded.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted client(s) changed after their restriction.</source>
        <translation>
            <numerusform>%n ierobežots klients mainīts pēc ierobežošanas.</numerusform>
            <numerusform>%n ierobežoti klienti mainīti pēc ierobežošanas.</numerusform>
            <numerusform>%n ierobežotu klientu mainīti pēc ierobežošanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No restricted client was changed.</source>
        <translation>Neviens ierobežots klients nav mainīts.</translation>
    </message>
    <message>
        <source>See who changed them in the audit log, and whether the change was allowed.</source>
        <translation>Audita žurnālā skatiet, kas tos mainīja un vai izmaiņas bija atļautas.</translation>
    </message>
    <message>
        <source>The last backup verified: %1.</source>
        <translation>Pēdējā pārbaudītā rezerves kopija: %1.</translation>
    </message>
    <message>
        <source>No backup of this vault has been verified.</source>
        <translation>Neviena šī seifa rezerves kopija nav pārbaudīta.</translation>
    </message>
    <message>
        <source>Verify a recent backup (backup verify FILE): one every %1 days at least.</source>
        <translation>Pārbaudiet nesenu rezerves kopiju (backup verify FILE): vismaz vienu ik %1 dienas.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are whole.</source>
        <translation>
            <numerusform>Audita žurnāla %n ieraksts ir vesels.</numerusform>
            <numerusform>Audita žurnāla %n ieraksti ir veseli.</numerusform>
            <numerusform>Audita žurnāla %n ierakstu ir veseli.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log shows a change made outside Coffer.</source>
        <translation>Audita žurnāls rāda izmaiņas, kas veiktas ārpus Coffer.</translation>
    </message>
    <message>
        <source>Run audit --verify for what was found, and restore a backup if needed.</source>
        <translation>Palaidiet audit --verify, lai redzētu atrasto, un vajadzības gadījumā atjaunojiet rezerves kopiju.</translation>
    </message>
    <message>
        <source>Every breach logged was notified, or why not is recorded.</source>
        <translation>Par katru reģistrēto pārkāpumu ir paziņots, vai ir reģistrēts, kāpēc ne.</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified, %1 past the 72 hours.</source>
        <translation>
            <numerusform>Par %n pārkāpumu nav paziņots, %1 pēc 72 stundām.</numerusform>
            <numerusform>Par %n pārkāpumiem nav paziņots, %1 pēc 72 stundām.</numerusform>
            <numerusform>Par %n pārkāpumiem nav paziņots, %1 pēc 72 stundām.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) not notified yet; the 72 hours run.</source>
        <translation>
            <numerusform>Par %n pārkāpumu vēl nav paziņots; 72 stundas rit.</numerusform>
            <numerusform>Par %n pārkāpumiem vēl nav paziņots; 72 stundas rit.</numerusform>
            <numerusform>Par %n pārkāpumiem vēl nav paziņots; 72 stundas rit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the supervisory authority (breach notify ID --authority DATETIME), or record why not.</source>
        <translation>Informējiet uzraudzības iestādi (breach notify ID --authority DATETIME) vai reģistrējiet, kāpēc ne.</translation>
    </message>
</context>
<context>
    <name>ProcessingDocument</name>
    <message>
        <source>Record of processing activities</source>
        <translation>Apstrādes darbību reģistrs</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>vēl nav aizpildīts</translation>
    </message>
    <message>
        <source>GDPR Article 30(1). Made on %1 by Coffer from the vault&apos;s records.</source>
        <translation>VDAR 30. panta 1. punkts. Sagatavots %1 ar Coffer no seifa ierakstiem.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Pārzinis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktinformācija</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Datu aizsardzības kontaktpersona</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Datu subjektu kategorijas</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Personas datu kategorijas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Saņēmēji</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Nosūtīšana ārpus EEZ</translation>
    </message>
    <message>
        <source>Time limit for erasure</source>
        <translation>Dzēšanas termiņš</translation>
    </message>
    <message>
        <source>No purposes of processing are defined yet.</source>
        <translation>Apstrādes nolūki vēl nav noteikti.</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Tehniskie un organizatoriskie drošības pasākumi</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>No retention rule: kept until erased by hand or on request.</source>
        <translation>Nav glabāšanas noteikuma: glabā, līdz dzēš manuāli vai pēc pieprasījuma.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienas</numerusform>
            <numerusform>%n dienu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mēnesis</numerusform>
            <numerusform>%n mēneši</numerusform>
            <numerusform>%n mēnešu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n gads</numerusform>
            <numerusform>%n gadi</numerusform>
            <numerusform>%n gadu</numerusform>
        </translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>no kļūšanas par klientu</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>no pēdējām izmaiņām</translation>
    </message>
    <message>
        <source>from the last contact</source>
        <translation>no pēdējā kontakta</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>no datuma laukā „%1”</translation>
    </message>
    <message>
        <source>%1 %2, then anonymised (rule “%3”).</source>
        <translation>%1 %2, pēc tam anonimizē (noteikums „%3”).</translation>
    </message>
    <message>
        <source>%1 %2, then erased (rule “%3”).</source>
        <translation>%1 %2, pēc tam dzēš (noteikums „%3”).</translation>
    </message>
    <message numerus="yes">
        <source>The data is kept on the business&apos;s own computer in one database encrypted with AES-256 (SQLCipher) under a random key; each of the %n user(s) unlocks it with their own password (Argon2id), and a recovery key kept on paper replaces a lost one. Roles (owner, administrator, editor, viewer) decide who may read, change, export and erase. Every action is recorded in an audit log chained by SHA-256 and sealed with a key only administrators hold; the log holds no client data. Backups are encrypted and verified; exports can be encrypted; an erasure is verified on every page of the database. No data leaves the computer over a network.</source>
        <translation>
            <numerusform>Dati tiek glabāti paša uzņēmuma datorā vienā datubāzē, kas šifrēta ar AES-256 (SQLCipher) ar nejaušu atslēgu; %n lietotājs to atslēdz ar savu paroli (Argon2id), un uz papīra glabāta atkopšanas atslēga aizstāj pazaudētu. Lomas (īpašnieks, administrators, redaktors, skatītājs) nosaka, kas drīkst lasīt, mainīt, eksportēt un dzēst. Katra darbība tiek reģistrēta audita žurnālā, kas saķēdēts ar SHA-256 un aizzīmogots ar atslēgu, kas ir tikai administratoriem; žurnālā nav klientu datu. Rezerves kopijas ir šifrētas un pārbaudītas; eksportus var šifrēt; dzēšana tiek pārbaudīta katrā datubāzes lappusē. Dati neatstāj datoru pa tīklu.</numerusform>
            <numerusform>Dati tiek glabāti paša uzņēmuma datorā vienā datubāzē, kas šifrēta ar AES-256 (SQLCipher) ar nejaušu atslēgu; katrs no %n lietotājiem to atslēdz ar savu paroli (Argon2id), un uz papīra glabāta atkopšanas atslēga aizstāj pazaudētu. Lomas (īpašnieks, administrators, redaktors, skatītājs) nosaka, kas drīkst lasīt, mainīt, eksportēt un dzēst. Katra darbība tiek reģistrēta audita žurnālā, kas saķēdēts ar SHA-256 un aizzīmogots ar atslēgu, kas ir tikai administratoriem; žurnālā nav klientu datu. Rezerves kopijas ir šifrētas un pārbaudītas; eksportus var šifrēt; dzēšana tiek pārbaudīta katrā datubāzes lappusē. Dati neatstāj datoru pa tīklu.</numerusform>
            <numerusform>Dati tiek glabāti paša uzņēmuma datorā vienā datubāzē, kas šifrēta ar AES-256 (SQLCipher) ar nejaušu atslēgu; katrs no %n lietotājiem to atslēdz ar savu paroli (Argon2id), un uz papīra glabāta atkopšanas atslēga aizstāj pazaudētu. Lomas (īpašnieks, administrators, redaktors, skatītājs) nosaka, kas drīkst lasīt, mainīt, eksportēt un dzēst. Katra darbība tiek reģistrēta audita žurnālā, kas saķēdēts ar SHA-256 un aizzīmogots ar atslēgu, kas ir tikai administratoriem; žurnālā nav klientu datu. Rezerves kopijas ir šifrētas un pārbaudītas; eksportus var šifrēt; dzēšana tiek pārbaudīta katrā datubāzes lappusē. Dati neatstāj datoru pa tīklu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part of the record is at most %1 characters.</source>
        <translation>Katra reģistra daļa ir ne garāka par %1 rakstzīmēm.</translation>
    </message>
</context>
<context>
    <name>PurposeCatalogue</name>
    <message>
        <source>A purpose needs a name.</source>
        <translation>Nolūkam vajag nosaukumu.</translation>
    </message>
    <message>
        <source>A purpose&apos;s name is at most %1 characters.</source>
        <translation>Nolūka nosaukums ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>A purpose&apos;s description is at most %1 characters.</source>
        <translation>Nolūka apraksts ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Piekrišana</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Līgums</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Juridisks pienākums</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitālas intereses</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Sabiedrības interešu uzdevums</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Leģitīmās intereses</translation>
    </message>
    <message>
        <source>The catalogue already has the purpose &quot;%1&quot;.</source>
        <translation>Katalogā jau ir nolūks „%1”.</translation>
    </message>
    <message>
        <source>Say which purpose.</source>
        <translation>Norādiet nolūku.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is not in the catalogue of purposes; an administrator adds it, with its lawful basis.</source>
        <translation>Nolūka „%1” nolūku katalogā nav; administrators to pievieno kopā ar tā tiesisko pamatu.</translation>
    </message>
    <message>
        <source>A purpose has no name, or a name or description too long.</source>
        <translation>Nolūkam nav nosaukuma, vai arī nosaukums vai apraksts ir pārāk garš.</translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis pieprasījums ir slēgts: slēgtu pieprasījumu nevar mainīt.</translation>
    </message>
    <message>
        <source>This request does not ask for a correction.</source>
        <translation>Šajā pieprasījumā nav lūgts labojums.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Vispirms sasaistiet pieprasījumu ar klientu, uz kuru tas attiecas.</translation>
    </message>
    <message>
        <source>Nothing in the client&apos;s record was corrected since the request was received. Correct it on the client&apos;s page first.</source>
        <translation>Kopš pieprasījuma saņemšanas klienta ierakstā nekas nav labots. Vispirms labojiet to klienta lapā.</translation>
    </message>
</context>
<context>
    <name>RemainingCopies</name>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, šifrēts</translation>
    </message>
    <message>
        <source>%1: its key slots were destroyed, but the file could not be removed: %2</source>
        <translation>%1: atslēgas sloti tika iznīcināti, taču failu neizdevās noņemt: %2</translation>
    </message>
    <message>
        <source>The export of %1 (%2): where it was saved is not recorded; it is not encrypted with the data key, so whoever has it can read it.</source>
        <translation>Eksports (%1, %2): nav reģistrēts, kur tas saglabāts; tas nav šifrēts ar datu atslēgu, tāpēc ikviens, kam tas ir, var to izlasīt.</translation>
    </message>
    <message>
        <source>The export of %1 (%2) at %3: not encrypted with the data key, so whoever has it can read it; delete it if nobody needs it.</source>
        <translation>Eksports (%1, %2) — %3: nav šifrēts ar datu atslēgu, tāpēc ikviens, kam tas ir, var to izlasīt; izdzēsiet to, ja tas nevienam nav vajadzīgs.</translation>
    </message>
    <message>
        <source>The vault restored from a backup at %1: it still opens with the old key and the passwords of that time; cancel it (coffer-cli cancel-account in that vault) if nobody needs it.</source>
        <translation>Seifs %1, atjaunots no rezerves kopijas: tas joprojām atveras ar veco atslēgu un tā laika parolēm; ja tas nevienam nav vajadzīgs, slēdziet to (tajā seifā izpildiet coffer-cli cancel-account).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached now: its backups were not searched; run this again when it is back.</source>
        <translation>Rezerves kopiju mape %1 pašlaik nav pieejama: tajā esošās rezerves kopijas netika pārmeklētas; atkārtojiet šo darbību, kad mape atkal būs pieejama.</translation>
    </message>
    <message>
        <source>The backup at %1.</source>
        <translation>Rezerves kopija: %1.</translation>
    </message>
    <message>
        <source>Copies made outside Coffer, such as a copied vault folder or a backup file copied elsewhere, are unknown to it and still open with the old key and the passwords of their time.</source>
        <translation>Kopijas, kas izveidotas ārpus Coffer, piemēram, nokopēta seifa mape vai citur nokopēts rezerves kopijas fails, Coffer nav zināmas, un tās joprojām atveras ar veco atslēgu un sava laika parolēm.</translation>
    </message>
</context>
<context>
    <name>RequestErasure</name>
    <message>
        <source>This request is closed: a closed request cannot change.</source>
        <translation>Šis pieprasījums ir slēgts: slēgtu pieprasījumu nevar mainīt.</translation>
    </message>
    <message>
        <source>This request does not ask for erasure.</source>
        <translation>Šajā pieprasījumā nav lūgta dzēšana.</translation>
    </message>
    <message>
        <source>Link the request to the client it concerns first.</source>
        <translation>Vispirms sasaistiet pieprasījumu ar klientu, uz kuru tas attiecas.</translation>
    </message>
    <message>
        <source>This request is about another client.</source>
        <translation>Šis pieprasījums attiecas uz citu klientu.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Access to their data</source>
        <translation>Piekļuve saviem datiem</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Labošana</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Apstrādes ierobežošana</translation>
    </message>
    <message>
        <source>Copy to take elsewhere (portability)</source>
        <translation>Kopija pārnešanai citur (pārnesamība)</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Iebildums</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Piekrišanas atsaukšana</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Klātienē</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Gaida identitātes apliecinājumu</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Pagarināts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Noraidīts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Dzēšanas pārskats</translation>
    </message>
    <message>
        <source>What was corrected</source>
        <translation>Kas tika labots</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ierobežojums</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>Iebildums reģistrēts</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip) and the cover letter</source>
        <translation>Klienta dati (zip) un pavadvēstule</translation>
    </message>
    <message>
        <source>The client&apos;s data (zip)</source>
        <translation>Klienta dati (zip)</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Apstrāde ierobežota</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ierobežojums atcelts</translation>
    </message>
    <message>
        <source>Every check passed (%1)</source>
        <translation>Visas pārbaudes izturētas (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>Izturētas %1 no %2 pārbaudēm</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (objection)</source>
        <translation>Nesazināties nolūkā %1 (iebildums)</translation>
    </message>
    <message>
        <source>Not to be contacted for %1 (consent withdrawn)</source>
        <translation>Nesazināties nolūkā %1 (piekrišana atsaukta)</translation>
    </message>
</context>
<context>
    <name>RequestRegister</name>
    <message>
        <source>There is no request with the id %1.</source>
        <translation>Nav pieprasījuma ar identifikatoru %1.</translation>
    </message>
    <message>
        <source>This request already concerns a client.</source>
        <translation>Šis pieprasījums jau ir saistīts ar klientu.</translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked.</source>
        <translation>Norādiet, kā tika pārbaudīta personas identitāte.</translation>
    </message>
    <message>
        <source>A deadline is extended by one or two months.</source>
        <translation>Termiņu pagarina par vienu vai diviem mēnešiem.</translation>
    </message>
    <message>
        <source>Say why the request needs more time; the person must be told the reason.</source>
        <translation>Norādiet, kāpēc pieprasījumam vajag vairāk laika; personai jāpaziņo iemesls.</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already extended by %n month(s); in all it can be extended by two months, to three months from receipt (%1).</source>
        <translation>
            <numerusform>Termiņš jau pagarināts par %n mēnesi; kopā to var pagarināt par diviem mēnešiem, līdz trim mēnešiem no saņemšanas (%1).</numerusform>
            <numerusform>Termiņš jau pagarināts par %n mēnešiem; kopā to var pagarināt par diviem mēnešiem, līdz trim mēnešiem no saņemšanas (%1).</numerusform>
            <numerusform>Termiņš jau pagarināts par %n mēnešiem; kopā to var pagarināt par diviem mēnešiem, līdz trim mēnešiem no saņemšanas (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be told to the person within the first month, by %1; that day has passed.</source>
        <translation>Par pagarinājumu personai jāpaziņo pirmā mēneša laikā, līdz %1; šī diena ir pagājusi.</translation>
    </message>
    <message>
        <source>Evidence of an export or an erasure is its SHA-256, 64 hex digits.</source>
        <translation>Eksporta vai dzēšanas pierādījums ir tā SHA-256 — 64 heksadecimālie cipari.</translation>
    </message>
    <message>
        <source>A request is closed as done or refused.</source>
        <translation>Pieprasījumu slēdz kā izpildītu vai noraidītu.</translation>
    </message>
    <message>
        <source>Say why the request is refused (its legal ground); the person must be told the reasons and their right to complain.</source>
        <translation>Norādiet, kāpēc pieprasījums noraidīts (tiesisko pamatu); personai jāpaziņo iemesli un tiesības iesniegt sūdzību.</translation>
    </message>
    <message>
        <source>A request is closed with its evidence (an export, an erasure report, what changed) or a stated reason; it has neither.</source>
        <translation>Pieprasījumu slēdz ar pierādījumu (eksportu, dzēšanas pārskatu, izmaiņām) vai norādītu iemeslu; šim nav neviena no tiem.</translation>
    </message>
    <message>
        <source>%1: too long (at most %2 characters).</source>
        <translation>%1: pārāk garš (ne vairāk kā %2 rakstzīmes).</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1: nederīgs datums.</translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: datums nevar būt nākotnē.</translation>
    </message>
    <message>
        <source>%1: the date is before 1900; check the year.</source>
        <translation>%1: datums ir pirms 1900. gada; pārbaudiet gadu.</translation>
    </message>
    <message>
        <source>%1: the date cannot be before the request was received (%2).</source>
        <translation>%1: datums nevar būt agrāks par pieprasījuma saņemšanu (%2).</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Saņemšanas datums</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kas pieprasīja</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitātes pārbaude</translation>
    </message>
    <message>
        <source>Date of the identity check</source>
        <translation>Identitātes pārbaudes datums</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Pagarinājuma iemesls</translation>
    </message>
    <message>
        <source>Date the person was told</source>
        <translation>Datums, kad personai paziņots</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pierādījums</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>This request is closed; it can no longer be changed.</source>
        <translation>Šis pieprasījums ir slēgts; to vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>A request has no id, date of receipt, due date or creation time.</source>
        <translation>Pieprasījumam nav identifikatora, saņemšanas datuma, termiņa vai izveides laika.</translation>
    </message>
    <message>
        <source>A request&apos;s due date cannot be before the day it was received.</source>
        <translation>Pieprasījuma termiņš nevar būt agrāk par dienu, kad tas saņemts.</translation>
    </message>
    <message>
        <source>A request&apos;s deadline can be extended by two months at most, three months from receipt in all.</source>
        <translation>Pieprasījuma termiņu var pagarināt ne vairāk kā par diviem mēnešiem — kopā trīs mēneši no saņemšanas.</translation>
    </message>
    <message>
        <source>A request cannot have been received in the future.</source>
        <translation>Pieprasījums nevar būt saņemts nākotnē.</translation>
    </message>
    <message>
        <source>A closed request has no time it was closed.</source>
        <translation>Slēgtam pieprasījumam nav norādīts slēgšanas laiks.</translation>
    </message>
    <message>
        <source>Text of a request</source>
        <translation>Pieprasījuma teksts</translation>
    </message>
    <message>
        <source>A request&apos;s evidence has no time, or too long a text.</source>
        <translation>Pieprasījuma pierādījumam nav laika vai tā teksts ir par garu.</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>%1 already exists and is not empty; a restore never writes over a vault.</source>
        <translation>%1 jau eksistē un nav tukšs; atjaunošana nekad nepārraksta seifu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>The tombstone file %1 does not exist.</source>
        <translation>Dzēšanas atzīmju fails %1 neeksistē.</translation>
    </message>
    <message>
        <source>No erasure tombstone file of this vault was found (looked in %1), so erasures made after %2 cannot be re-applied. Name the file (--tombstones FILE), or restore without (--no-tombstones) if you are sure no client was erased since.</source>
        <translation>Šī seifa dzēšanas atzīmju fails netika atrasts (meklēts: %1), tāpēc pēc %2 veiktās dzēšanas nevar atkārtot. Norādiet failu (--tombstones FILE) vai atjaunojiet bez tā (--no-tombstones), ja esat pārliecināts, ka kopš tā laika neviens klients nav izdzēsts.</translation>
    </message>
    <message>
        <source>The indexes and the file were rebuilt</source>
        <translation>Indeksi un fails tika pārbūvēti</translation>
    </message>
</context>
<context>
    <name>Restriction</name>
    <message>
        <source>Say why processing is restricted (for instance: the person contests the accuracy of their data).</source>
        <translation>Norādiet, kāpēc apstrāde ierobežota (piemēram: persona apstrīd savu datu precizitāti).</translation>
    </message>
    <message>
        <source>Say why the restriction is lifted; the person must be told before it is.</source>
        <translation>Norādiet, kāpēc ierobežojums tiek atcelts; personai tas jāpaziņo iepriekš.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Iemesls ir pārāk garš.</translation>
    </message>
    <message>
        <source>Processing of this client is already restricted.</source>
        <translation>Šī klienta datu apstrāde jau ir ierobežota.</translation>
    </message>
    <message>
        <source>Processing of this client is not restricted.</source>
        <translation>Šī klienta datu apstrāde nav ierobežota.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>A retention rule needs a name of at most %1 characters.</source>
        <translation>Glabāšanas noteikumam vajag nosaukumu, ne garāku par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>A retention period is more than zero and at most %1 years.</source>
        <translation>Glabāšanas termiņš ir lielāks par nulli un ne garāks par %1 gadiem.</translation>
    </message>
    <message>
        <source>A retention period runs from created, updated, last-note or field:KEY (a custom field that holds a date).</source>
        <translation>Glabāšanas termiņu skaita no created, updated, last-note vai field:KEY (pielāgots lauks ar datumu).</translation>
    </message>
    <message>
        <source>A rule&apos;s description is at most %1 characters.</source>
        <translation>Noteikuma apraksts ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>There is a retention rule named &quot;%1&quot; already.</source>
        <translation>Glabāšanas noteikums ar nosaukumu „%1” jau ir.</translation>
    </message>
    <message>
        <source>Accounting documents (Latvia, example)</source>
        <translation>Grāmatvedības dokumenti (Latvija, piemērs)</translation>
    </message>
    <message>
        <source>Example: the Latvian accounting law keeps source documents for five years. Confirm the period for your business before you use it.</source>
        <translation>Piemērs: Latvijas grāmatvedības likums attaisnojuma dokumentus liek glabāt piecus gadus. Pirms izmantošanas pārbaudiet termiņu savam uzņēmumam.</translation>
    </message>
    <message>
        <source>Accounting documents (Lithuania, example)</source>
        <translation>Grāmatvedības dokumenti (Lietuva, piemērs)</translation>
    </message>
    <message>
        <source>Example: the Lithuanian accounting law keeps accounting documents for ten years. Confirm the period for your business before you use it.</source>
        <translation>Piemērs: Lietuvas grāmatvedības likums grāmatvedības dokumentus liek glabāt desmit gadus. Pirms izmantošanas pārbaudiet termiņu savam uzņēmumam.</translation>
    </message>
    <message>
        <source>Accounting documents (Czech Republic, example)</source>
        <translation>Grāmatvedības dokumenti (Čehija, piemērs)</translation>
    </message>
    <message>
        <source>Example: the Czech accounting and VAT laws keep accounting documents for up to ten years. Confirm the period for your business before you use it.</source>
        <translation>Piemērs: Čehijas grāmatvedības un PVN likumi grāmatvedības dokumentus liek glabāt līdz desmit gadiem. Pirms izmantošanas pārbaudiet termiņu savam uzņēmumam.</translation>
    </message>
    <message>
        <source>Marketing contacts (example)</source>
        <translation>Mārketinga kontakti (piemērs)</translation>
    </message>
    <message>
        <source>Example: contacts kept for marketing, two years after the last change. Confirm the period for your business before you use it.</source>
        <translation>Piemērs: mārketingam glabāti kontakti, divus gadus pēc pēdējām izmaiņām. Pirms izmantošanas pārbaudiet termiņu savam uzņēmumam.</translation>
    </message>
    <message>
        <source>Say why the client&apos;s data is held (a court case, a tax audit, …).</source>
        <translation>Norādiet, kāpēc klienta dati tiek aizturēti (tiesas lieta, nodokļu revīzija, …).</translation>
    </message>
    <message>
        <source>The reason for a hold is at most %1 characters.</source>
        <translation>Aiztures iemesls ir ne garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>A hold lasts until today or a later day.</source>
        <translation>Aizture ilgst līdz šodienai vai vēlākai dienai.</translation>
    </message>
    <message>
        <source>This client is not held.</source>
        <translation>Šim klientam aiztures nav.</translation>
    </message>
    <message>
        <source>There is no retention rule named &quot;%1&quot;; an administrator adds it.</source>
        <translation>Glabāšanas noteikuma ar nosaukumu „%1” nav; to pievieno administrators.</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Retention run of %1 by %2: %n client(s) acted on.</source>
        <translation>
            <numerusform>Glabāšanas izpilde %1, izpildīja %2: apstrādāts %n klients.</numerusform>
            <numerusform>Glabāšanas izpilde %1, izpildīja %2: apstrādāti %n klienti.</numerusform>
            <numerusform>Glabāšanas izpilde %1, izpildīja %2: apstrādāti %n klientu.</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonimizēts</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>visas pārbaudes izturētas</translation>
    </message>
    <message>
        <source>checks failed: %1</source>
        <translation>pārbaudes neizdevās: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due but under a legal hold: left as they are.</source>
        <translation>
            <numerusform>%n klientam pienācis termiņš, bet ir juridiskā aizture: atstāts, kā ir.</numerusform>
            <numerusform>%n klientiem pienācis termiņš, bet ir juridiskā aizture: atstāti, kā ir.</numerusform>
            <numerusform>%n klientiem pienācis termiņš, bet ir juridiskā aizture: atstāti, kā ir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end: the clients not listed are still due.</source>
        <translation>Apturēts pirms beigām: neuzskaitītajiem klientiem termiņš joprojām ir pienācis.</translation>
    </message>
    <message>
        <source>Report SHA-256: %1</source>
        <translation>Pārskata SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktors</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Skatītājs</translation>
    </message>
    <message>
        <source>Editors, administrators and the owner</source>
        <translation>Redaktori, administratori un īpašnieks</translation>
    </message>
    <message>
        <source>Administrators and the owner only</source>
        <translation>Tikai administratori un īpašnieks</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Customer no.</source>
        <translation>Klienta nr.</translation>
    </message>
    <message>
        <source>Asked for a quote for the spring order.</source>
        <translation>Lūdza cenu piedāvājumu pavasara pasūtījumam.</translation>
    </message>
    <message>
        <source>Called back about the invoice; paid the same day.</source>
        <translation>Atzvanīja par rēķinu; samaksāja tajā pašā dienā.</translation>
    </message>
    <message>
        <source>Prefers email to phone calls.</source>
        <translation>Dod priekšroku e-pastam, nevis tālruņa zvaniem.</translation>
    </message>
    <message>
        <source>Met at the trade fair; interested in the wholesale price list.</source>
        <translation>Iepazināmies izstādē; interesējas par vairumtirdzniecības cenrādi.</translation>
    </message>
    <message>
        <source>Sent the updated price list.</source>
        <translation>Nosūtīts atjaunināts cenrādis.</translation>
    </message>
    <message>
        <source>Talked about renewing the service contract next quarter.</source>
        <translation>Runājām par pakalpojumu līguma pagarināšanu nākamajā ceturksnī.</translation>
    </message>
    <message>
        <source>Delivery was two days late; offered 10% off the next order.</source>
        <translation>Piegāde kavējās divas dienas; piedāvājām 10% atlaidi nākamajam pasūtījumam.</translation>
    </message>
    <message>
        <source>Would like a reminder in September.</source>
        <translation>Vēlas atgādinājumu septembrī.</translation>
    </message>
    <message>
        <source>Service agreement — summary

Monthly bookkeeping and one annual report.
Documents are handed over by the 5th of each month.
Either side may end the agreement with one month&apos;s notice.
</source>
        <translation>Pakalpojumu līgums — kopsavilkums

Ikmēneša grāmatvedība un viens gada pārskats.
Dokumenti tiek nodoti līdz katra mēneša 5. datumam.
Jebkura puse var izbeigt līgumu, brīdinot par to vienu mēnesi iepriekš.
</translation>
    </message>
    <message>
        <source>Service agreement summary.txt</source>
        <translation>Pakalpojumu līguma kopsavilkums.txt</translation>
    </message>
    <message>
        <source>News and offers by email, about once a month.</source>
        <translation>Jaunumi un piedāvājumi e-pastā, aptuveni reizi mēnesī.</translation>
    </message>
    <message>
        <source>Calls about new products and seasonal offers.</source>
        <translation>Zvani par jauniem produktiem un sezonas piedāvājumiem.</translation>
    </message>
    <message>
        <source>A sample privacy policy: what we keep about our clients, why, for how long, and how to ask us about it.</source>
        <translation>Parauga privātuma politika: ko mēs glabājam par saviem klientiem, kāpēc, cik ilgi un kā par to mums jautāt.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Šo seifu izveidoja jaunāka Coffer versija (shēma %1); šī versija saprot līdz %2.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to this version of Coffer.</source>
        <translation>Seifu neizdevās atjaunināt šai Coffer versijai.</translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>This is not an encrypted Coffer export, or it is cut short.</source>
        <translation>Šis nav šifrēts Coffer eksports, vai arī tas ir nepilnīgs.</translation>
    </message>
    <message>
        <source>This encrypted export has a format version this Coffer does not read.</source>
        <translation>Šim šifrētajam eksportam ir formāta versija, ko šī Coffer versija nelasa.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (key derivation parameters).</source>
        <translation>Šifrētais eksports ir bojāts (atslēgas atvasināšanas parametri).</translation>
    </message>
    <message>
        <source>The encrypted export is cut short: its end is missing.</source>
        <translation>Šifrētais eksports ir nepilnīgs: trūkst tā beigu.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged (a chunk has an impossible length).</source>
        <translation>Šifrētais eksports ir bojāts (kādam blokam ir neiespējams garums).</translation>
    </message>
    <message>
        <source>Wrong password, or the encrypted export is damaged at its start.</source>
        <translation>Nepareiza parole, vai arī šifrētais eksports ir bojāts tā sākumā.</translation>
    </message>
    <message>
        <source>The encrypted export is damaged: a part of it was altered.</source>
        <translation>Šifrētais eksports ir bojāts: kāda tā daļa ir mainīta.</translation>
    </message>
    <message>
        <source>The encrypted export has data after its end.</source>
        <translation>Šifrētajā eksportā pēc tā beigām ir dati.</translation>
    </message>
</context>
<context>
    <name>SecureOverwrite</name>
    <message>
        <source>syncing</source>
        <translation>sinhronizēšana</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lasīšana</translation>
    </message>
    <message>
        <source>overwriting</source>
        <translation>pārrakstīšana</translation>
    </message>
    <message>
        <source>reading back</source>
        <translation>nolasīšana atpakaļ</translation>
    </message>
    <message>
        <source>%1: the bytes read back from the device differ from those written, from byte %2 on.</source>
        <translation>%1: no ierīces atpakaļ nolasītie baiti atšķiras no ierakstītajiem, sākot ar baitu %2.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 neizdevās: %3</translation>
    </message>
    <message>
        <source>finding the file</source>
        <translation>faila atrašana</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nav parasts fails.</translation>
    </message>
    <message>
        <source>opening for writing</source>
        <translation>atvēršana rakstīšanai</translation>
    </message>
    <message>
        <source>reading the size</source>
        <translation>izmēra nolasīšana</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>saīsināšana</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>pārdēvēšana</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>atsaistīšana</translation>
    </message>
    <message>
        <source>syncing the folder</source>
        <translation>mapes sinhronizēšana</translation>
    </message>
    <message>
        <source>removing files from the folder</source>
        <translation>failu noņemšana no mapes</translation>
    </message>
</context>
<context>
    <name>Tombstones</name>
    <message>
        <source>The erasure tombstone file is damaged or was altered.</source>
        <translation>Dzēšanas atzīmju fails ir bojāts vai ir ticis mainīts.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>The erasure tombstone file belongs to another vault.</source>
        <translation>Dzēšanas atzīmju fails pieder citam seifam.</translation>
    </message>
    <message>
        <source>A client&apos;s pseudonym has the wrong length.</source>
        <translation>Klienta pseidonīmam ir nepareizs garums.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation>%1 nav Coffer seifs.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Lietotājvārds ir tukšs.</translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation>Lietotājvārds ir garāks par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>The user name contains control characters.</source>
        <translation>Lietotājvārdā ir vadības rakstzīmes.</translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Atslēgas atvasināšanas parametri ir ārpus pieļaujamā diapazona.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 jau eksistē un nav tukšs.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key.</source>
        <translation>Nepareizs lietotājvārds vai atkopšanas atslēga.</translation>
    </message>
    <message>
        <source>The vault header is damaged (it does not match its checksum).</source>
        <translation>Seifa galvene ir bojāta (tā neatbilst kontrolsummai).</translation>
    </message>
    <message>
        <source>The vault is damaged: its database file is missing.</source>
        <translation>Seifs ir bojāts: trūkst tā datubāzes faila.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Seifs ir bloķēts.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>Jūs pierakstījāties ar vienreizējo paroli: vispirms izvēlieties savu paroli.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Jūsu loma (%1) to neatļauj.</translation>
    </message>
    <message>
        <source>The vault header is damaged (your key slot is missing).</source>
        <translation>Seifa galvene ir bojāta (trūkst jūsu atslēgas slota).</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Nav lietotāja ar vārdu „%1”.</translation>
    </message>
    <message>
        <source>A vault has one owner; hand ownership over with a role change instead.</source>
        <translation>Seifam ir viens īpašnieks; īpašumtiesības nododiet, mainot lomu.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Lietotājs ar vārdu „%1” jau eksistē.</translation>
    </message>
    <message>
        <source>This vault cannot hold more users.</source>
        <translation>Šajā seifā nevar būt vairāk lietotāju.</translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation>Īpašnieku nevar noņemt.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or the owner.</source>
        <translation>Jūs nevarat noņemt pats sevi; palūdziet to citam administratoram vai īpašniekam.</translation>
    </message>
    <message>
        <source>Only the owner can remove an administrator.</source>
        <translation>Tikai īpašnieks var noņemt administratoru.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Jūs nevarat mainīt savu lomu.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over, by giving another user the owner role.</source>
        <translation>Tikai īpašnieks var nodot īpašumtiesības, piešķirot citam lietotājam īpašnieka lomu.</translation>
    </message>
    <message>
        <source>Only the owner can change an administrator&apos;s role.</source>
        <translation>Tikai īpašnieks var mainīt administratora lomu.</translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over.</source>
        <translation>Tikai īpašnieks var nodot īpašumtiesības.</translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation>Tikai īpašnieks var atiestatīt administratora paroli.</translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation>Seifa galvene ir bojāta (trūkst atslēgas slota).</translation>
    </message>
    <message>
        <source>Change your own password instead: the menu under your name, or Settings.</source>
        <translation>Tā vietā nomainiet savu paroli: izvēlnē zem sava vārda vai iestatījumos.</translation>
    </message>
    <message>
        <source>Nobody can reset the owner&apos;s password. An owner who has forgotten it locks the vault and chooses “Forgot your password?” to use the recovery key.</source>
        <translation>Neviens nevar atiestatīt īpašnieka paroli. Īpašnieks, kas to ir aizmirsis, bloķē seifu un izvēlas „Aizmirsāt paroli?”, lai izmantotu atkopšanas atslēgu.</translation>
    </message>
    <message>
        <source>In this vault only administrators and the owner may erase clients (the owner&apos;s choice, in Settings). Ask one of them.</source>
        <translation>Šajā seifā klientus drīkst izdzēst tikai administratori un īpašnieks (īpašnieka izvēle iestatījumos). Lūdziet kādu no viņiem.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow erasing clients.</source>
        <translation>Jūsu loma (%1) neļauj izdzēst klientus.</translation>
    </message>
    <message>
        <source>This vault&apos;s database (vault.db) is older than its header: the header is at change %1, the database at change %2.</source>
        <translation>Šīs seifa datubāze (vault.db) ir vecāka par tās galveni: galvene ir pie izmaiņas %1, datubāze pie izmaiņas %2.</translation>
    </message>
    <message>
        <source>This vault&apos;s header is older than its database: the header is at change %1, the database at change %2.</source>
        <translation>Šīs seifa galvene ir vecāka par tās datubāzi: galvene ir pie izmaiņas %1, datubāze pie izmaiņas %2.</translation>
    </message>
    <message>
        <source>Someone may have put back an older copy of one of its files, which would undo removals of users, password changes or erasures. If you did not restore it yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>Kāds, iespējams, ir atlicis vecāku kāda tās faila kopiju, un tas atceltu lietotāju noņemšanu, paroļu maiņu vai dzēšanu. Ja jūs to neatjaunojāt paši, uzskatiet, ka seifā ir iejaukušies, un pārbaudiet audita žurnālu.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Nevar noņemt %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Nevar novietot %1 vietā: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Nevar ierakstīt %1 diskā.</translation>
    </message>
    <message>
        <source>The vault&apos;s rekey journal (%1) is damaged; the vault was left as it is.</source>
        <translation>Seifa atslēgas maiņas žurnāls (%1) ir bojāts; seifs atstāts, kāds tas ir.</translation>
    </message>
    <message>
        <source>%1 has not signed in since the vault moved to the new key format: ask them to sign in once, or reset their password.</source>
        <translation>%1 nav pierakstījies kopš seifa pāriešanas uz jauno atslēgu formātu: palūdziet viņam vienreiz pierakstīties vai atiestatiet viņa paroli.</translation>
    </message>
    <message>
        <source>The data key was not changed, and nothing else either.</source>
        <translation>Datu atslēga netika nomainīta, un arī nekas cits.</translation>
    </message>
    <message>
        <source>The data key could not be changed: %1</source>
        <translation>Datu atslēgu nevarēja nomainīt: %1</translation>
    </message>
    <message>
        <source>The recovery key has not been used since the vault moved to the new key format: the owner replaces it first (coffer-cli recovery-key rotate).</source>
        <translation>Atkopšanas atslēga nav lietota kopš seifa pāriešanas uz jauno atslēgu formātu: īpašnieks vispirms to nomaina (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This vault has no recovery key at the moment: its owner makes a new one (coffer-cli recovery-key rotate).</source>
        <translation>Šim seifam pašlaik nav atkopšanas atslēgas: tā īpašnieks izveido jaunu (coffer-cli recovery-key rotate).</translation>
    </message>
    <message>
        <source>This computer has seen this vault at change %1, and its files are now at change %2: both the header and the database were put back from an older copy.</source>
        <translation>Šis dators ir redzējis šo seifu pie izmaiņas %1, bet tā faili tagad ir pie izmaiņas %2: gan galvene, gan datubāze tika atliktas no vecākas kopijas.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of how far this vault has changed does not verify: it was edited outside Coffer.</source>
        <translation>Šī datora ieraksts par to, cik tālu šis seifs ir mainījies, neiztur pārbaudi: tas tika labots ārpus Coffer.</translation>
    </message>
    <message>
        <source>That would undo removals of users, password changes or erasures. If you did not put them back yourself, treat the vault as tampered with and check the audit log.</source>
        <translation>Tas atceltu lietotāju noņemšanu, paroļu maiņu vai dzēšanu. Ja jūs tos neatlikāt paši, uzskatiet, ka seifā ir iejaukušies, un pārbaudiet audita žurnālu.</translation>
    </message>
    <message>
        <source>You cannot manage users yet: the list of users is sealed with a key that the owner and the administrators hold, and you have not been given your copy. It is given when the owner or another administrator next signs in.</source>
        <translation>Jūs vēl nevarat pārvaldīt lietotājus: lietotāju saraksts ir aizzīmogots ar atslēgu, kas ir īpašniekam un administratoriem, un jūsu kopija jums vēl nav iedota. To iedod, kad īpašnieks vai cits administrators nākamreiz pierakstās.</translation>
    </message>
    <message>
        <source>Your copy of the vault&apos;s integrity key was replaced outside Coffer.</source>
        <translation>Jūsu seifa integritātes atslēgas kopija tika aizstāta ārpus Coffer.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer.</source>
        <translation>Seifa integritātes atslēga tika noņemta ārpus Coffer.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Coffer since the owner or an administrator last signed in. Verify it on the Audit log page to see from where.</source>
        <translation>Audita žurnāls ir mainīts ārpus Coffer, kopš īpašnieks vai administrators pēdējo reizi pierakstījās. Pārbaudiet to lapā Audita žurnāls, lai redzētu, no kuras vietas.</translation>
    </message>
    <message>
        <source>The list of users was changed outside Coffer since the owner or an administrator last changed it: a user or the recovery key was removed or replaced.</source>
        <translation>Lietotāju saraksts ir mainīts ārpus Coffer, kopš īpašnieks vai administrators to pēdējo reizi mainīja: kāds lietotājs vai atkopšanas atslēga ir noņemta vai aizstāta.</translation>
    </message>
    <message>
        <source>The list of users and their roles was changed outside Coffer since the owner or an administrator last changed it: check %1 on the Users page.</source>
        <translation>Lietotāju saraksts un viņu lomas ir mainītas ārpus Coffer, kopš īpašnieks vai administrators tos pēdējo reizi mainīja: pārbaudiet %1 lapā Lietotāji.</translation>
    </message>
    <message>
        <source>Changes made before now cannot be told apart from Coffer&apos;s own; Coffer has made a new key, which seals the vault as it is now, and gave it to you alone: give it to each administrator again by choosing their role again on the Users page.</source>
        <translation>Līdz šim veiktās izmaiņas nevar atšķirt no pašas Coffer veiktajām; Coffer izveidoja jaunu atslēgu, kas aizzīmogo seifu tādu, kāds tas ir tagad, un iedeva to tikai jums: iedodiet to katram administratoram vēlreiz, lapā Lietotāji vēlreiz izvēloties viņa lomu.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key was removed outside Coffer. The owner&apos;s next sign-in makes a new one.</source>
        <translation>Seifa integritātes atslēga tika noņemta ārpus Coffer. Īpašnieks nākamajā pierakstīšanās reizē izveidos jaunu.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation>Seifa galvene ir bojāta (%1).</translation>
    </message>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation>Šis nav Coffer seifs.</translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation>Seifa galvenes formāta versija ir %1; šī Coffer versija lasa versiju %2.</translation>
    </message>
    <message>
        <source>The vault header cannot be written in format %1.</source>
        <translation>Seifa galveni nevar ierakstīt formātā %1.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>Cannot open the vault&apos;s lock file: %1</source>
        <translation>Nevar atvērt seifa bloķēšanas failu: %1</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Seifu pašlaik izmanto cita programma.</translation>
    </message>
    <message>
        <source>The vault is in use by another program (process %1).</source>
        <translation>Seifu pašlaik izmanto cita programma (process %1).</translation>
    </message>
</context>
<context>
    <name>VaultReplacement</name>
    <message>
        <source>The backup is not a backup of this vault; nothing was changed.</source>
        <translation>Šī rezerves kopija nav šī seifa rezerves kopija; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The restored vault is whole in %1, but it could not take the place of %2.</source>
        <translation>Atjaunotais seifs ir pilnīgs mapē %1, taču tas nevarēja stāties %2 vietā.</translation>
    </message>
    <message>
        <source>The folder %1 could not be removed.</source>
        <translation>Mapi %1 neizdevās noņemt.</translation>
    </message>
    <message>
        <source>The restored vault did not pass every check (%1), so it was discarded and the current vault was not changed.</source>
        <translation>Atjaunotais seifs neizturēja visas pārbaudes (%1), tāpēc tas tika atmests, un pašreizējais seifs netika mainīts.</translation>
    </message>
    <message>
        <source>An earlier replacement of this vault was interrupted; finish it first (the app offers it when the vault is opened, or restore --finish-replace).</source>
        <translation>Iepriekšēja šī seifa aizstāšana tika pārtraukta; vispirms pabeidziet to (lietotne to piedāvā, kad seifs tiek atvērts, vai izmantojiet restore --finish-replace).</translation>
    </message>
    <message>
        <source>%1 is not an interrupted replacement of this vault; it cannot replace it.</source>
        <translation>Mape %1 nav šī seifa pārtrauktā aizstāšana; ar to nevar aizstāt šo seifu.</translation>
    </message>
    <message>
        <source>%1 is not a restore of this vault; nothing was changed.</source>
        <translation>Mape %1 nav šī seifa atjaunota kopija; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>%1 was already taking the vault&apos;s place; it can only be finished.</source>
        <translation>Mape %1 jau stājās seifa vietā; šo aizstāšanu var tikai pabeigt.</translation>
    </message>
</context>
<context>
    <name>VaultReplacementTasks</name>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifa aizstāšana</translation>
    </message>
    <message>
        <source>Finishing with what the interrupted replacement of “%1” left. Please do not switch the computer off.</source>
        <translation>Tiek sakārtots tas, kas palika pēc seifa „%1” pārtrauktās aizstāšanas. Lūdzu, neizslēdziet datoru.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 and checking it; then “%2” is replaced. Please do not switch the computer off.</source>
        <translation>Tiek atjaunota un pārbaudīta rezerves kopija (%1); pēc tam seifs „%2” tiks aizstāts. Lūdzu, neizslēdziet datoru.</translation>
    </message>
    <message>
        <source>Coffer was replacing “%1” with a backup when it stopped</source>
        <translation>Coffer aizstāja seifu „%1” ar rezerves kopiju, kad darbs apstājās</translation>
    </message>
    <message>
        <source>The restored backup had passed every check, and the previous vault was being destroyed. Finish the replacement to open the vault again; you then sign in with a password of the backup&apos;s day.</source>
        <translation>Atjaunotā rezerves kopija bija izturējusi visas pārbaudes, un iepriekšējais seifs tika iznīcināts. Pabeidziet aizstāšanu, lai seifu atkal atvērtu; pēc tam pierakstieties ar paroli, kas bija derīga rezerves kopijas izveides dienā.</translation>
    </message>
    <message>
        <source>&amp;Finish Replacing</source>
        <translation>&amp;Pabeigt aizstāšanu</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ne tagad</translation>
    </message>
    <message>
        <source>A replacement of “%1” stopped before it changed the vault</source>
        <translation>Seifa „%1” aizstāšana apstājās, pirms seifs tika mainīts</translation>
    </message>
    <message>
        <source>The vault is as it was. The backup restored for the replacement is still beside it, in %1, and is not needed: delete it, or keep it for now and decide later.</source>
        <translation>Seifs ir tāds pats kā iepriekš. Aizstāšanai atjaunotā rezerves kopija joprojām atrodas blakus tam, mapē %1, un nav vajadzīga: izdzēsiet to vai pagaidām paturiet un izlemiet vēlāk.</translation>
    </message>
    <message>
        <source>&amp;Delete the Restored Copy</source>
        <translation>&amp;Dzēst atjaunoto kopiju</translation>
    </message>
    <message>
        <source>&amp;Keep It for Now</source>
        <translation>&amp;Pagaidām paturēt</translation>
    </message>
</context>
<context>
    <name>coffer::AccessLetter</name>
    <message>
        <source>Your personal data held by %1</source>
        <translation>Jūsu personas dati, kas ir %1 rīcībā</translation>
    </message>
    <message>
        <source>us</source>
        <translation>mūsu</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Vēstuli nevarēja ierakstīt: %1</translation>
    </message>
    <message>
        <source>On %1 you asked us (%2) which personal data about you we hold. This letter answers your request under Article 15 of the General Data Protection Regulation (GDPR).</source>
        <translation>%1 jūs jautājāt mums (%2), kādi jūsu personas dati ir mūsu rīcībā. Šī vēstule ir atbilde uz jūsu pieprasījumu saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu.</translation>
    </message>
    <message>
        <source>A complete copy of your data is enclosed as the file %1: a zip archive in standard formats (JSON and CSV, with your files as they were given to us) that any computer can open.</source>
        <translation>Pilna jūsu datu kopija pievienota kā fails %1: zip arhīvs standarta formātos (JSON un CSV, ar jūsu failiem tādus, kādus tos saņēmām), ko var atvērt jebkurš dators.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the copy&apos;s contents list (manifest.json): %1</source>
        <translation>Kopijas satura saraksta (manifest.json) SHA-256 nospiedums: %1</translation>
    </message>
    <message>
        <source>The data we hold about you</source>
        <translation>Jūsu dati, kas ir mūsu rīcībā</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Jūsu ieraksts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Retention category</source>
        <translation>Glabāšanas kategorija</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Ieraksts izveidots</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējoreiz mainīts</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Apstrāde</translation>
    </message>
    <message>
        <source>Restricted: your data is only stored, not otherwise used.</source>
        <translation>Ierobežota: jūsu dati tiek tikai glabāti, citādi netiek izmantoti.</translation>
    </message>
    <message numerus="yes">
        <source>Notes about you (%n)</source>
        <translation>
            <numerusform>Piezīmes par jums (%n)</numerusform>
            <numerusform>Piezīmes par jums (%n)</numerusform>
            <numerusform>Piezīmes par jums (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no notes about you.</source>
        <translation>Mums nav piezīmju par jums.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n)</source>
        <translation>
            <numerusform>Faili (%n)</numerusform>
            <numerusform>Faili (%n)</numerusform>
            <numerusform>Faili (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We hold no files about you.</source>
        <translation>Mums nav failu par jums.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pievienots</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>The files themselves are in the enclosed copy.</source>
        <translation>Paši faili ir pievienotajā kopijā.</translation>
    </message>
    <message numerus="yes">
        <source>Your consents (%n)</source>
        <translation>
            <numerusform>Jūsu piekrišanas (%n)</numerusform>
            <numerusform>Jūsu piekrišanas (%n)</numerusform>
            <numerusform>Jūsu piekrišanas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>We have recorded no consent from you.</source>
        <translation>Mēs neesam reģistrējuši nevienu jūsu piekrišanu.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsu atbilde</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Kā tā sniegta</translation>
    </message>
    <message>
        <source>Why we hold your data and on what legal basis</source>
        <translation>Kāpēc mums ir jūsu dati un uz kāda tiesiskā pamata</translation>
    </message>
    <message>
        <source>On the basis of your consent (GDPR Art. 6(1)(a)), which you may withdraw at any time: %1.</source>
        <translation>Pamatojoties uz jūsu piekrišanu (VDAR 6. panta 1. punkta a) apakšpunkts), ko varat jebkurā laikā atsaukt: %1.</translation>
    </message>
    <message>
        <source>Our register records no purpose for your data beyond keeping your client record.</source>
        <translation>Mūsu reģistrā nav norādīts neviens jūsu datu nolūks, izņemot jūsu klienta ieraksta uzturēšanu.</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Kas saņem jūsu datus</translation>
    </message>
    <message>
        <source>Our register records no one outside our business who receives your data.</source>
        <translation>Mūsu reģistrā nav norādīts neviens ārpus mūsu uzņēmuma, kas saņem jūsu datus.</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Cik ilgi mēs tos glabājam</translation>
    </message>
    <message>
        <source>Our register records no retention period; we keep your data no longer than necessary for the purposes above.</source>
        <translation>Mūsu reģistrā nav norādīts glabāšanas laiks; mēs glabājam jūsu datus ne ilgāk, kā nepieciešams iepriekš minētajiem nolūkiem.</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>No kurienes tie iegūti</translation>
    </message>
    <message>
        <source>Our register records no source other than you.</source>
        <translation>Mūsu reģistrā nav norādīts cits avots kā jūs.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Jūsu tiesības</translation>
    </message>
    <message>
        <source>You may ask us to correct your data (GDPR Art. 16), to erase it (Art. 17), to restrict its processing (Art. 18) and to give it to you in a machine-readable form (Art. 20), and you may object to its processing, and always to its use for direct marketing (Art. 21).</source>
        <translation>Jūs varat lūgt mūs labot jūsu datus (VDAR 16. pants), tos dzēst (17. pants), ierobežot to apstrādi (18. pants) un izsniegt tos jums mašīnlasāmā formā (20. pants), un jūs varat iebilst pret to apstrādi un vienmēr pret to izmantošanu tiešajai tirgvedībai (21. pants).</translation>
    </message>
    <message>
        <source>You may also complain to the data protection supervisory authority of your country.</source>
        <translation>Jūs varat arī iesniegt sūdzību savas valsts datu aizsardzības uzraudzības iestādei.</translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority: %1.</source>
        <translation>Jūs varat arī iesniegt sūdzību uzraudzības iestādei: %1.</translation>
    </message>
    <message>
        <source>Who accessed or changed your record</source>
        <translation>Kas piekļuva jūsu ierakstam vai to mainīja</translation>
    </message>
    <message>
        <source>Our records log lists each change to your record, each export of it and each opening of your files, newest first. People are named by their role only; looking at the record on screen is not logged.</source>
        <translation>Mūsu žurnālā ir katra jūsu ieraksta maiņa, katra tā eksportēšana un katra jūsu failu atvēršana, jaunākās vispirms. Cilvēki norādīti tikai ar viņu lomu; ieraksta skatīšana ekrānā netiek reģistrēta.</translation>
    </message>
    <message>
        <source>The log holds no entry about your record.</source>
        <translation>Žurnālā nav neviena ieraksta par jūsu ierakstu.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <source>Older entries are left out of this letter; ask us for them.</source>
        <translation>Vecāki ieraksti šajā vēstulē nav iekļauti; lūdziet tos mums.</translation>
    </message>
    <message>
        <source>If anything in this letter is unclear, or you want to use one of your rights, contact us: %1.</source>
        <translation>Ja kaut kas šajā vēstulē nav skaidrs vai vēlaties izmantot kādas no savām tiesībām, sazinieties ar mums: %1.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Ar cieņu</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Ieraksts mainīts</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Apstrāde ierobežota</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ierobežojums atcelts</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Pievienota piezīme</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Mainīta piezīme</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Pievienots fails</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Atvērts fails</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Reģistrēta piekrišana</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Dati eksportēti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>Bijušais lietotājs</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Dzēsta piezīme</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Dzēsts fails</translation>
    </message>
</context>
<context>
    <name>coffer::AddUserDialog</name>
    <message>
        <source>Adds, changes and erases client data, and exports one client&apos;s data.</source>
        <translation>Pievieno, maina un dzēš klientu datus, kā arī eksportē viena klienta datus.</translation>
    </message>
    <message>
        <source>Reads client data; changes nothing.</source>
        <translation>Lasa klientu datus; neko nemaina.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Lietotāja pievienošana</translation>
    </message>
    <message>
        <source>Coffer makes a one-time password for the new user. You give it to them; at their first sign-in they choose their own.</source>
        <translation>Coffer izveido jaunajam lietotājam vienreizējo paroli. Jūs to viņam nododat; pirmajā pierakstīšanās reizē viņš izvēlas savu paroli.</translation>
    </message>
    <message>
        <source>The name they will sign in with</source>
        <translation>Vārds, ar kuru lietotājs pierakstīsies</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Pievienot lietotāju</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Everything an administrator may do, choosing who may erase clients, and cancelling the account.</source>
        <translation>Viss, ko drīkst administrators, kā arī izvēle, kas drīkst izdzēst klientus, un konta slēgšana.</translation>
    </message>
    <message>
        <source>Works with client data and erases clients, manages users, exports everything, makes and restores backups and reads the audit log.</source>
        <translation>Strādā ar klientu datiem un izdzēš klientus, pārvalda lietotājus, eksportē visu, veido un atjauno rezerves kopijas un lasa audita žurnālu.</translation>
    </message>
    <message>
        <source>Adds and changes client data and exports one client&apos;s data; in this vault only administrators and the owner may erase clients.</source>
        <translation>Pievieno un maina klientu datus un eksportē viena klienta datus; šajā seifā klientus drīkst izdzēst tikai administratori un īpašnieks.</translation>
    </message>
</context>
<context>
    <name>coffer::AuditFilterBar</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Notīrīt filtrus</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Rādīt ierakstus, kuru autors ir</translation>
    </message>
    <message>
        <source>Show the actions of kind</source>
        <translation>Rādīt šāda veida darbības</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Visas darbības</translation>
    </message>
    <message>
        <source>Show the entries of the days</source>
        <translation>Rādīt šo dienu ierakstus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jebkurā laikā</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šogad</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Starp datumiem</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>No dienas</translation>
    </message>
    <message>
        <source>To the day, included</source>
        <translation>Līdz dienai ieskaitot</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>Show every entry of the log again.</source>
        <translation>Atkal rādīt visus žurnāla ierakstus.</translation>
    </message>
    <message>
        <source>Show the entries about every client</source>
        <translation>Rādīt ierakstus par visiem klientiem</translation>
    </message>
    <message>
        <source>Remove the client filter</source>
        <translation>Noņemt klienta filtru</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Darbība:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kad:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Visi lietotāji</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>The chip above the audit log when it shows one client&apos;s entries; %1 is the client&apos;s current name.</extracomment>
        <translation>Vēsture: %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(neviens nav pierakstījies)</translation>
    </message>
    <message>
        <source>(removed user)</source>
        <translation>(noņemts lietotājs)</translation>
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
        <translation>Ķēde ir pārrauta, sākot ar ierakstu %1: šis ieraksts varētu būt mainīts, ievietots vai pārvietots.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Lietotājs</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Sīkāka informācija</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) by %1</source>
        <translation>
            <numerusform>%1: %n pieteikšanās</numerusform>
            <numerusform>%1: %n pieteikšanās</numerusform>
            <numerusform>%1: %n pieteikšanās</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>No %1 līdz %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed in and locked the vault %n time(s) in a row, with nothing else between. Open the row to see each time.</source>
        <translation>
            <numerusform>%1 pieteicās un bloķēja seifu %n reizi pēc kārtas, bez citām darbībām starpā. Atveriet rindu, lai redzētu katru reizi.</numerusform>
            <numerusform>%1 pieteicās un bloķēja seifu %n reizes pēc kārtas, bez citām darbībām starpā. Atveriet rindu, lai redzētu katru reizi.</numerusform>
            <numerusform>%1 pieteicās un bloķēja seifu %n reizes pēc kārtas, bez citām darbībām starpā. Atveriet rindu, lai redzētu katru reizi.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Piederēja — %1</translation>
    </message>
</context>
<context>
    <name>coffer::AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Audita žurnāla ieraksti</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Pārbaudīt ķēdi</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Pārbaudīt ķēdi</translation>
    </message>
    <message>
        <source>Check that no entry of the log has been changed, inserted or deleted.</source>
        <translation>Pārbaudīt, vai neviens žurnāla ieraksts nav mainīts, ievietots vai dzēsts.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atsvaidzināt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atsvaidzināt</translation>
    </message>
    <message>
        <source>Show the entries written since the list was opened.</source>
        <translation>Rādīt ierakstus, kas ierakstīti kopš saraksta atvēršanas.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln ieraksts</numerusform>
            <numerusform>%Ln ieraksti</numerusform>
            <numerusform>%Ln ierakstu</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Ķēdes pārbaude</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Tiek pārbaudīts katrs audita žurnāla ieraksts…</translation>
    </message>
    <message>
        <source>The audit log is intact: all %L1 entries are linked as they were written. No entry has been changed, inserted or deleted since.</source>
        <translation>Audita žurnāls ir neskarts: visi %L1 ieraksti ir sasaistīti tā, kā tie tika ierakstīti. Kopš tā laika neviens ieraksts nav mainīts, ievietots vai dzēsts.</translation>
    </message>
    <message>
        <source>The audit log has been altered. The chain is first broken at entry %L1: that entry, or one just before it, was changed, inserted or deleted outside Coffer. Entries from %L1 on cannot be trusted. Keep this vault as it is and compare with a backup made before that time.</source>
        <translation>Audita žurnāls ir mainīts. Ķēde pirmo reizi ir pārrauta pie ieraksta %L1: šis ieraksts vai kāds tieši pirms tā ir mainīts, ievietots vai dzēsts ārpus Coffer. Ierakstiem, sākot ar %L1, nevar uzticēties. Atstājiet šo seifu, kāds tas ir, un salīdziniet ar rezerves kopiju, kas izveidota pirms tā laika.</translation>
    </message>
    <message>
        <source>The newest %L1 entries are shown; scroll down for older ones</source>
        <translation>Parādīti jaunākie ieraksti: %L1; ritiniet uz leju, lai redzētu vecākus</translation>
    </message>
    <message>
        <source>Who did what in this vault, and when, newest first. The log itself names no client, only a code that this vault alone can match to them; while the client exists, their name is shown here. “Show history” on a client&apos;s page opens their entries. Each entry is linked to the one before, so a change to the log shows when the chain is verified.</source>
        <translation>Kas šajā seifā ko darīja un kad, jaunākais vispirms. Žurnālā nav neviena klienta vārda, tikai kods, ko ar klientu var saistīt vienīgi šis seifs; kamēr klients pastāv, šeit tiek rādīts viņa vārds. „Rādīt vēsturi” klienta lapā atver viņa ierakstus. Katrs ieraksts ir saistīts ar iepriekšējo, tāpēc, pārbaudot ķēdi, ir redzamas jebkuras žurnāla izmaiņas.</translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation>Noņemtie lietotāji</translation>
    </message>
    <message>
        <source>Nobody signed in (failed sign-ins)</source>
        <translation>Neviens nav pieteicies (neizdevušās pieteikšanās)</translation>
    </message>
    <message>
        <source>No entry matches these filters</source>
        <translation>Šiem filtriem neatbilst neviens ieraksts</translation>
    </message>
    <message>
        <source>The newest %L1 matching entries are shown; scroll down for older ones</source>
        <translation>Rādīti jaunākie %L1 atbilstošie ieraksti; ritiniet uz leju, lai redzētu vecākus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln atbilstošs ieraksts</numerusform>
            <numerusform>%Ln atbilstoši ieraksti</numerusform>
            <numerusform>%Ln atbilstošu ierakstu</numerusform>
        </translation>
    </message>
    <message>
        <source>The users and the log&apos;s seals were not checked: you have not been given the vault&apos;s integrity key yet. It is given when the owner or another administrator next signs in.</source>
        <translation>Lietotāji un žurnāla zīmogi netika pārbaudīti: jums vēl nav iedota seifa integritātes atslēga. To iedod, kad īpašnieks vai cits administrators nākamreiz pierakstās.</translation>
    </message>
    <message>
        <source>The vault&apos;s integrity key is missing: it was removed outside Coffer.</source>
        <translation>Seifa integritātes atslēgas nav: tā tika noņemta ārpus Coffer.</translation>
    </message>
    <message>
        <source>This vault has no integrity key yet: the owner or an administrator makes it at their next sign-in.</source>
        <translation>Šim seifam vēl nav integritātes atslēgas: īpašnieks vai administrators to izveido nākamajā pierakstīšanās reizē.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them. Check every user&apos;s role on the Users page.</source>
        <translation>Lietotāji vai viņu lomas ir mainītas ārpus Coffer, kopš īpašnieks vai administrators tos pēdējo reizi mainīja. Pārbaudiet katra lietotāja lomu lapā Lietotāji.</translation>
    </message>
    <message>
        <source>The log&apos;s seals (checkpoints) were removed outside Coffer.</source>
        <translation>Žurnāla zīmogi (kontrolpunkti) tika noņemti ārpus Coffer.</translation>
    </message>
    <message>
        <source>The seal at entry %L1 does not hold: the log was changed outside Coffer at or before that entry, by someone who rewrote its links to hide it.</source>
        <translation>Zīmogs pie ieraksta %L1 neatbilst: žurnāls tika mainīts ārpus Coffer šajā ierakstā vai pirms tā, un kāds pārrakstīja tā saites, lai to noslēptu.</translation>
    </message>
    <message numerus="yes">
        <source>Changes outside Coffer were found before, %Ln time(s): see the entries named “integrity” in the log.</source>
        <translation>
            <numerusform>Izmaiņas ārpus Coffer jau ir atrastas %Ln reizi: skatiet žurnāla ierakstus ar nosaukumu “integrity”.</numerusform>
            <numerusform>Izmaiņas ārpus Coffer jau ir atrastas %Ln reizes: skatiet žurnāla ierakstus ar nosaukumu “integrity”.</numerusform>
            <numerusform>Izmaiņas ārpus Coffer jau ir atrastas %Ln reižu: skatiet žurnāla ierakstus ar nosaukumu “integrity”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through entry %L1; the %Ln entries after it are covered by their links alone.</source>
        <translation>
            <numerusform>Lietotāji un viņu lomas ir tādi, kādus tos atstāja īpašnieks vai administrators, un žurnāls ir aizzīmogots līdz ierakstam %L1; %Ln ierakstu pēc tā sargā tikai tā saites.</numerusform>
            <numerusform>Lietotāji un viņu lomas ir tādi, kādus tos atstāja īpašnieks vai administrators, un žurnāls ir aizzīmogots līdz ierakstam %L1; %Ln ierakstus pēc tā sargā tikai to saites.</numerusform>
            <numerusform>Lietotāji un viņu lomas ir tādi, kādus tos atstāja īpašnieks vai administrators, un žurnāls ir aizzīmogots līdz ierakstam %L1; pēc tā ierakstu nav.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was changed outside Coffer.</source>
        <translation>Seifs tika mainīts ārpus Coffer.</translation>
    </message>
    <message>
        <source>The users or their roles were changed outside Coffer since the owner or an administrator last changed them: check %1 on the Users page.</source>
        <translation>Lietotāji vai viņu lomas ir mainītas ārpus Coffer, kopš īpašnieks vai administrators tos pēdējo reizi mainīja: pārbaudiet %1 lapā Lietotāji.</translation>
    </message>
    <message>
        <source>The users and their roles are as the owner or an administrator left them, and the log is sealed through its newest entry.</source>
        <translation>Lietotāji un viņu lomas ir tādi, kādus tos atstāja īpašnieks vai administrators, un žurnāls ir aizzīmogots līdz pat jaunākajam ierakstam.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupAccessDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Rezerves kopijas atjaunošana</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Rezerves kopijas pārbaude</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Atjaunot rezerves kopiju (%1)</translation>
    </message>
    <message>
        <source>Verify the backup of %1</source>
        <translation>Pārbaudīt rezerves kopiju (%1)</translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a new folder; this vault is not changed. Clients erased after the backup was made are erased again in the new vault, so they do not come back.</source>
        <translation>Rezerves kopija kļūst par jaunu seifu jaunā mapē; šis seifs netiek mainīts. Klienti, kas izdzēsti pēc rezerves kopijas izveides, jaunajā seifā tiek izdzēsti vēlreiz, lai tie neatgrieztos.</translation>
    </message>
    <message>
        <source>Coffer opens the backup with your password in a private temporary folder and checks every part of it. Nothing is changed.</source>
        <translation>Coffer atver rezerves kopiju ar jūsu paroli privātā pagaidu mapē un pārbauda katru tās daļu. Nekas netiek mainīts.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>New vault &amp;name:</source>
        <translation>Jaunā seifa &amp;nosaukums:</translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation>&amp;Mapē:</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Atstājiet tukšu, ja esat īpašnieks</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>The password that was valid when the backup was made.</source>
        <translation>Parole, kas bija derīga rezerves kopijas izveides brīdī.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atjaunot</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Pār&amp;baudīt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation>Kur novietot atjaunoto seifu?</translation>
    </message>
    <message>
        <source>Give the new vault a name.</source>
        <translation>Ievadiet jaunā seifa nosaukumu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a restore never writes over anything.</source>
        <translation>%1 jau eksistē. Izvēlieties citu nosaukumu: atjaunošana nekad neko nepārraksta.</translation>
    </message>
    <message>
        <source>It will be created as %1</source>
        <translation>Tas tiks izveidots kā %1</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifa aizstāšana</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup of %2</source>
        <translation>Aizstāt seifu „%1” ar rezerves kopiju (%2)</translation>
    </message>
    <message>
        <source>Coffer restores the backup beside this vault and checks it. Only when every check has passed is this vault destroyed, its keys first, and the backup takes its place. Everything added or changed since %1 is lost; clients erased since are erased again. The vault locks for this, and you sign in again afterwards with a password of the backup&apos;s day.</source>
        <translation>Coffer atjauno rezerves kopiju blakus šim seifam un to pārbauda. Tikai tad, kad visas pārbaudes ir izturētas, šis seifs tiek iznīcināts — vispirms tā atslēgas — un rezerves kopija stājas tā vietā. Viss, kas pievienots vai mainīts kopš %1, tiek zaudēts; kopš tā laika izdzēstie klienti tiek izdzēsti vēlreiz. Šim nolūkam seifs tiek bloķēts, un pēc tam jūs atkal pierakstāties ar paroli, kas bija derīga rezerves kopijas izveides dienā.</translation>
    </message>
    <message>
        <source>&amp;Replace This Vault</source>
        <translation>&amp;Aizstāt šo seifu</translation>
    </message>
    <message>
        <source>%1 — restored copy of %2</source>
        <extracomment>The default name of a vault restored from a backup: the vault&apos;s name and the backup&apos;s day, e.g. &quot;Salons Līga — restored copy of 1 Dec 2026&quot;.</extracomment>
        <translation>%1 — atjaunota kopija (%2)</translation>
    </message>
</context>
<context>
    <name>coffer::BackupFolderModel</name>
    <message>
        <source>In use, but not reachable</source>
        <translation>Tiek lietota, bet nav pieejama</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nav pieejama</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Tiek lietota tagad</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Lietota agrāk</translation>
    </message>
    <message>
        <source>Coffer cannot open this folder now (a drive not connected?). Backups there still count as copies of the vault: connect it so that erasures and a cancellation reach them.</source>
        <translation>Coffer šobrīd nevar atvērt šo mapi (vai disks nav pievienots?). Tajā esošās rezerves kopijas joprojām skaitās seifa kopijas: pievienojiet to, lai dzēšana un konta slēgšana tās sasniegtu.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mape</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Pirmoreiz lietota</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Pēdējoreiz lietota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
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
        <translation>Šī faila sākumu nevar nolasīt: tas var būt bojāts. Lai to noskaidrotu, pārbaudiet to.</translation>
    </message>
    <message>
        <source>Unknown (unreadable)</source>
        <translation>Nezināms (nav nolasāms)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
</context>
<context>
    <name>coffer::BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automātiskās rezerves kopijas</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Izmantot &amp;noklusējumu</translation>
    </message>
    <message>
        <source>A folder named after the vault, beside it: %1</source>
        <translation>Mape ar seifa nosaukumu, blakus seifam: %1</translation>
    </message>
    <message>
        <source>None — automatic backups off</source>
        <translation>Nav — automātiskās rezerves kopijas izslēgtas</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> jaunākās rezerves kopijas</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Cik rezerves kopiju glabāt</translation>
    </message>
    <message>
        <source>Each time the vault is locked after a change, Coffer makes an encrypted backup of it in this folder and keeps only the newest ones. A backup opens with the same passwords as the vault.</source>
        <translation>Katru reizi, kad seifs pēc izmaiņām tiek bloķēts, Coffer šajā mapē izveido tā šifrētu rezerves kopiju un glabā tikai jaunākās. Rezerves kopija atveras ar tām pašām parolēm kā seifs.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mape:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Glabāt:</translation>
    </message>
    <message>
        <source>Only the owner and admins can change these settings.</source>
        <translation>Šos iestatījumus var mainīt tikai īpašnieks un administratori.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Kur glabāt rezerves kopijas?</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>N&amp;omainīt…</translation>
    </message>
    <message>
        <source>Risk accepted by the owner: the folder is %1.</source>
        <translation>Īpašnieks ir uzņēmies risku: mape atrodas %1.</translation>
    </message>
    <message>
        <source>Use a Risky Backup Folder?</source>
        <translation>Izmantot riskantu rezerves kopiju mapi?</translation>
    </message>
    <message>
        <source>&amp;Use This Folder Anyway</source>
        <translation>&amp;Tomēr izmantot šo mapi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Move the Backups?</source>
        <translation>Pārvietot rezerves kopijas?</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n backup(s) already made to the new folder?</source>
        <translation>
            <numerusform>Pārvietot jau izveidoto %n rezerves kopiju uz jauno mapi?</numerusform>
            <numerusform>Pārvietot jau izveidotās %n rezerves kopijas uz jauno mapi?</numerusform>
            <numerusform>Pārvietot jau izveidoto %n rezerves kopiju uz jauno mapi?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave them, they stay where they are, and Coffer still counts them as copies of the vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Ja tās atstāsiet, tās paliks, kur ir, un Coffer tās joprojām uzskatīs par seifa kopijām: atjaunošana nolasa tur glabātās dzēšanas atzīmes, un konta slēgšana iznīcina arī tās.</translation>
    </message>
    <message>
        <source>&amp;Move Them</source>
        <translation>&amp;Pārvietot tās</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Atstāt tās</translation>
    </message>
    <message>
        <source>&lt;b&gt;These backups are on the same disk as the vault.&lt;/b&gt; If that disk dies or the computer is stolen, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Šīs rezerves kopijas ir tajā pašā diskā, kur seifs.&lt;/b&gt; Ja disks sabojājas vai dators tiek nozagts, seifs un tā rezerves kopijas tiek zaudētas kopā. Glabājiet tās USB diskā vai citā diskā.</translation>
    </message>
    <message>
        <source>An administrator or the owner can choose one.</source>
        <translation>To var izvēlēties administrators vai īpašnieks.</translation>
    </message>
    <message>
        <source>Choose Another Di&amp;sk…</source>
        <translation>Izvēlēties citu di&amp;sku…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Izvēlieties rezerves kopijām mapi USB diskā vai citā diskā.</translation>
    </message>
</context>
<context>
    <name>coffer::BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Izveidot rezerves kopiju</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Pārbaudīt…</translation>
    </message>
    <message>
        <source>Check that the chosen backup is whole and opens with your password.</source>
        <translation>Pārbaudīt, vai izvēlētā rezerves kopija ir vesela un atveras ar jūsu paroli.</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Rādīt &amp;mapi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Vēl nav rezerves kopiju</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault in one file. If this computer breaks or the vault is damaged, a backup brings everything back.

Coffer makes one automatically each time you lock the vault after changing something.</source>
        <translation>Rezerves kopija ir visa seifa šifrēta kopija vienā failā. Ja šis dators saplīst vai seifs tiek bojāts, rezerves kopija atgūst visu.

Coffer to izveido automātiski katru reizi, kad jūs pēc izmaiņām bloķējat seifu.</translation>
    </message>
    <message>
        <source>To make the first one now, click Back up now.</source>
        <translation>Lai izveidotu pirmo tūlīt, noklikšķiniet uz „Izveidot rezerves kopiju”.</translation>
    </message>
    <message>
        <source>In %1, the newest first.</source>
        <translation>Mapē %1, jaunākās vispirms.</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Rezerves kopijas tiek saglabātas mapē %1.</translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation>Eksportu &amp;vēsture…</translation>
    </message>
    <message>
        <source>The exports made from this vault: when, what, where to.</source>
        <translation>No šī seifa veiktie eksporti: kad, kas, uz kurieni.</translation>
    </message>
    <message>
        <source>Backup folders this vault has used</source>
        <translation>Mapes, ko šī seifa rezerves kopijas ir izmantojušas</translation>
    </message>
    <message>
        <source>Backup folders</source>
        <translation>Rezerves kopiju mapes</translation>
    </message>
    <message>
        <source>Backups left in any of them still count as copies of this vault: a restore reads the erasures kept there, and cancelling the account destroys them too.</source>
        <translation>Jebkurā no tām atstātās rezerves kopijas joprojām skaitās šī seifa kopijas: atjaunošana nolasa tur glabātās dzēšanas, un konta slēgšana iznīcina arī tās.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Atjaunot…</translation>
    </message>
    <message>
        <source>Restore the chosen backup as a separate vault, or in place of this one.</source>
        <translation>Atjaunot izvēlēto rezerves kopiju kā atsevišķu seifu vai šī seifa vietā.</translation>
    </message>
</context>
<context>
    <name>coffer::BusinessDetailsGroup</name>
    <message>
        <source>Your business in letters</source>
        <translation>Jūsu uzņēmums vēstulēs</translation>
    </message>
    <message>
        <source>The name letters are signed with</source>
        <translation>Nosaukums, ar kuru vēstules parakstītas</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Iela, pilsēta, pasta indekss</translation>
    </message>
    <message>
        <source>Who answers for privacy, if not the address above</source>
        <translation>Kas atbild par privātumu, ja ne iepriekš norādītā adrese</translation>
    </message>
    <message>
        <source>Choose, or type the name and address of your authority</source>
        <translation>Izvēlieties vai ierakstiet savas iestādes nosaukumu un adresi</translation>
    </message>
    <message>
        <source>For instance: to carry out our contracts with you (GDPR Art. 6(1)(b)); to keep the accounts the law requires (Art. 6(1)(c))</source>
        <translation>Piemēram: lai izpildītu mūsu līgumus ar jums (VDAR 6. panta 1. punkta b) apakšpunkts); lai kārtotu likumā prasīto grāmatvedību (6. panta 1. punkta c) apakšpunkts)</translation>
    </message>
    <message>
        <source>For instance: our accountant; our email provider. Leave empty if nobody outside receives the data.</source>
        <translation>Piemēram: mūsu grāmatvedis; mūsu e-pasta pakalpojumu sniedzējs. Atstājiet tukšu, ja datus nesaņem neviens ārpus uzņēmuma.</translation>
    </message>
    <message>
        <source>For instance: as long as you are our client, then five years for the accounts</source>
        <translation>Piemēram: kamēr esat mūsu klients, pēc tam piecus gadus grāmatvedībai</translation>
    </message>
    <message>
        <source>Where data comes from when not from the person themselves, if ever</source>
        <translation>No kurienes dati iegūti, ja ne no pašas personas (ja tā gadās)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>Privacy &amp;contact:</source>
        <translation>&amp;Kontakts privātuma jautājumos:</translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation>&amp;Uzraudzības iestāde:</translation>
    </message>
    <message>
        <source>P&amp;urposes and legal bases:</source>
        <translation>N&amp;olūki un tiesiskie pamati:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Saņēmēji:</translation>
    </message>
    <message>
        <source>How long data is &amp;kept:</source>
        <translation>Cik ilgi dati tiek &amp;glabāti:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>A&amp;vati:</translation>
    </message>
    <message>
        <source>The letter that goes with an access pack, and the replies to requests, are signed with these details and say what they say here. Coffer fills in the rest from the client&apos;s record; it does not give legal advice.</source>
        <translation>Piekļuves paketes pavadvēstule un atbildes uz pieprasījumiem tiek parakstītas ar šiem datiem un saka to, kas norādīts šeit. Pārējo Coffer aizpilda no klienta ieraksta; tas nesniedz juridiskas konsultācijas.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Details</source>
        <translation>Sa&amp;glabāt datus</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Vēl nav saglabāts.</translation>
    </message>
    <message>
        <source>Fill in at least the name and an email or postal address: a letter without them cannot be answered.</source>
        <translation>Aizpildiet vismaz nosaukumu un e-pasta vai pasta adresi: uz vēstuli bez tiem nevar atbildēt.</translation>
    </message>
    <message>
        <source>Not filled in yet; administrators and the owner fill these in.</source>
        <translation>Vēl nav aizpildīts; šos datus aizpilda administratori un īpašnieks.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <source>Administrators and the owner change these details.</source>
        <translation>Šos datus maina administratori un īpašnieks.</translation>
    </message>
</context>
<context>
    <name>coffer::CancelAccountDialog</name>
    <message>
        <source>Cancel Account</source>
        <translation>Konta slēgšana</translation>
    </message>
    <message>
        <source>Delete the vault “%1” and all its backups for good?</source>
        <translation>Neatgriezeniski dzēst seifu „%1” un visas tā rezerves kopijas?</translation>
    </message>
    <message>
        <source>Every key that opens the vault is destroyed. From that moment its data cannot be read by anyone, wherever a copy of the encrypted files may be.</source>
        <translation>Tiek iznīcināta katra atslēga, kas atver seifu. No šī brīža tā datus neviens nevar nolasīt, lai kur arī atrastos šifrēto failu kopijas.</translation>
    </message>
    <message>
        <source>Every file of the vault, and every backup of it in %1 (there are %2 now), is overwritten with random data, checked and removed.</source>
        <translation>Katrs seifa fails un katra tā rezerves kopija mapē %1 (pašlaik to ir %2) tiek pārrakstīta ar nejaušiem datiem, pārbaudīta un noņemta.</translation>
    </message>
    <message>
        <source>A deletion certificate records what was deleted, how, and the checks that followed. It is saved outside the vault, where you choose below.</source>
        <translation>Dzēšanas sertifikāts reģistrē, kas tika izdzēsts, kā, un pēc tam veiktās pārbaudes. Tas tiek saglabāts ārpus seifa, tur, kur izvēlēsieties zemāk.</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Kas notiks:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Every user of this vault loses it. Exports and copies saved elsewhere are not touched: delete them yourself if they must go too.</source>
        <translation>&lt;b&gt;To nevar atsaukt.&lt;/b&gt; Visi šī seifa lietotāji to zaudē. Citur saglabātie eksporti un kopijas netiek skartas: izdzēsiet tās paši, ja arī tām jāpazūd.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Jūsu &amp;parole:</translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Lai apstiprinātu, ierakstiet „%1”:</translation>
    </message>
    <message>
        <source>Save the &amp;certificate in:</source>
        <translation>Saglabāt &amp;sertifikātu mapē:</translation>
    </message>
    <message>
        <source>Keep My Vault</source>
        <translation>Paturēt manu seifu</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>Dzēst visu</translation>
    </message>
    <message>
        <source>%1 deletion certificate</source>
        <extracomment>The file name of the deletion certificate, before its time stamp; %1 is the vault&apos;s name.</extracomment>
        <translation>%1 dzēšanas sertifikāts</translation>
    </message>
    <message>
        <source>Where should the certificate go?</source>
        <translation>Kur saglabāt sertifikātu?</translation>
    </message>
    <message>
        <source>The folder for the certificate does not exist. Choose another one.</source>
        <translation>Sertifikāta mape neeksistē. Izvēlieties citu.</translation>
    </message>
    <message>
        <source>Coffer may not write in the folder for the certificate. Choose another one.</source>
        <translation>Coffer nedrīkst rakstīt sertifikāta mapē. Izvēlieties citu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored copies kept as separate vaults.&lt;/b&gt; These were restored from this vault&apos;s backups and still open with the passwords of their backup&apos;s day:</source>
        <translation>&lt;b&gt;Atjaunotās kopijas, kas paturētas kā atsevišķi seifi.&lt;/b&gt; Tās ir atjaunotas no šī seifa rezerves kopijām un joprojām atveras ar savas rezerves kopijas dienas parolēm:</translation>
    </message>
    <message>
        <source>They stay as they are unless you tick the box below; the certificate then names them as kept.</source>
        <translation>Tās paliks, kā ir, ja vien neatzīmēsiet izvēles rūtiņu zemāk; sertifikāts tad tās nosauks kā paturētas.</translation>
    </message>
    <message>
        <source>&amp;Also destroy these restored copies</source>
        <translation>&amp;Iznīcināt arī šīs atjaunotās kopijas</translation>
    </message>
</context>
<context>
    <name>coffer::ChangePasswordDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>Izvēlieties savu paroli</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Laipni lūdzam, %1</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now; the one-time password will stop working.</source>
        <translation>Jūs pierakstījāties ar vienreizējo paroli. Tagad izvēlieties savu paroli; vienreizējā parole vairs nedarbosies.</translation>
    </message>
    <message>
        <source>&amp;Save Password</source>
        <translation>&amp;Saglabāt paroli</translation>
    </message>
    <message>
        <source>Lock the vault again without changing the password</source>
        <translation>Atkal bloķēt seifu, nemainot paroli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Mainīt savu paroli</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>Lietotāja %1 paroles maiņa</translation>
    </message>
    <message>
        <source>The new password replaces your current one at once; other users&apos; passwords do not change. Backups made before today still open with the current one.</source>
        <translation>Jaunā parole uzreiz aizstāj pašreizējo; citu lietotāju paroles nemainās. Rezerves kopijas, kas izveidotas pirms šodienas, joprojām atveras ar pašreizējo paroli.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Pašreizējā parole:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Jaunā parole:</translation>
    </message>
    <message>
        <source>Keep the current password</source>
        <translation>Paturēt pašreizējo paroli</translation>
    </message>
    <message>
        <source>The current password is not right; your password was not changed.</source>
        <translation>Pašreizējā parole nav pareiza; jūsu parole netika mainīta.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListModel</name>
    <message>
        <source>Processing restricted: keep this client&apos;s data, but do not use it.</source>
        <translation>Apstrāde ierobežota: šī klienta dati jāglabā, bet nav jāizmanto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
</context>
<context>
    <name>coffer::ClientListPanel</name>
    <message>
        <source>Search clients</source>
        <translation>Meklēt klientus</translation>
    </message>
    <message>
        <source>Search by name, email, phone, tag or note…</source>
        <translation>Meklēt pēc vārda, e-pasta, tālruņa, birkas vai piezīmes…</translation>
    </message>
    <message>
        <source>Show only clients with this tag</source>
        <translation>Rādīt tikai klientus ar šo birku</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Jauns klients</translation>
    </message>
    <message>
        <source>Add a client (%1)</source>
        <translation>Pievienot klientu (%1)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Visas birkas</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>atrasts %n klients</numerusform>
            <numerusform>atrasti %n klienti</numerusform>
            <numerusform>atrasts %n klientu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klients</numerusform>
            <numerusform>%n klienti</numerusform>
            <numerusform>%n klientu</numerusform>
        </translation>
    </message>
    <message>
        <source>No client tagged “%1” matches “%2”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Neviens klients ar birku „%1” neatbilst „%2”.
Pārbaudiet rakstību vai notīriet meklēšanu ar Esc.</translation>
    </message>
    <message>
        <source>No client matches “%1”.
Check the spelling, or clear the search with Esc.</source>
        <translation>Neviens klients neatbilst „%1”.
Pārbaudiet rakstību vai notīriet meklēšanu ar Esc.</translation>
    </message>
    <message>
        <source>No client has the tag “%1”.</source>
        <translation>Nevienam klientam nav birkas „%1”.</translation>
    </message>
    <message>
        <source>No clients yet. Someone who may edit this vault can add them.</source>
        <translation>Vēl nav neviena klienta. Tos var pievienot kāds, kam ir tiesības rediģēt šo seifu.</translation>
    </message>
    <message>
        <source>No clients yet — add your first with New client (%1),
or bring them in from a CSV file or an export with Import… in the toolbar.</source>
        <translation>Vēl nav neviena klienta — pievienojiet pirmo ar „Jauns klients” (%1)
vai ievietojiet klientus no CSV faila vai eksporta ar rīkjoslas pogu „Importēt…”.</translation>
    </message>
    <message>
        <source>Show only restricted clients, or those who may be contacted for a purpose</source>
        <translation>Rādīt tikai klientus ar ierobežotu apstrādi vai tos, ar kuriem drīkst sazināties kādam nolūkam</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Visi klienti</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Apstrāde ierobežota</translation>
    </message>
    <message>
        <source>Clients whose processing is restricted: their data is kept but not used.</source>
        <translation>Klienti, kuru datu apstrāde ir ierobežota: dati tiek glabāti, bet netiek izmantoti.</translation>
    </message>
    <message>
        <source>May be contacted for “%1”</source>
        <translation>Drīkst sazināties: “%1”</translation>
    </message>
    <message>
        <source>Their latest consent for “%1” is granted, with no objection or withdrawal since, and their processing is not restricted.</source>
        <translation>Viņu jaunākā piekrišana nolūkam “%1” ir dota, kopš tā laika nav iebildumu vai atsaukuma, un apstrāde nav ierobežota.</translation>
    </message>
    <message>
        <source>No client that matches this view has restricted processing.</source>
        <translation>Nevienam klientam šajā skatā apstrāde nav ierobežota.</translation>
    </message>
    <message>
        <source>No client that matches this view may be contacted for “%1”.
They need a granted consent for it, with no objection or withdrawal since, and no restriction.</source>
        <translation>Ar nevienu klientu šajā skatā nedrīkst sazināties nolūkam “%1”.
Vajadzīga dota piekrišana bez vēlākiem iebildumiem vai atsaukuma un bez ierobežojuma.</translation>
    </message>
</context>
<context>
    <name>coffer::ClientProfileForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Organi&amp;zācija</translation>
    </message>
    <message>
        <source>The client is a person</source>
        <translation>Klients ir persona</translation>
    </message>
    <message>
        <source>The client is an organisation</source>
        <translation>Klients ir organizācija</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>Leave empty to use the name above</source>
        <translation>Atstājiet tukšu, lai izmantotu augstāk norādīto vārdu</translation>
    </message>
    <message>
        <source>Gi&amp;ven name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizācija:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Parādā&amp;mais vārds:</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-pasts %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vards@example.com</translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation>Kopēt e-pastu %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>Noņemt e-pastu %1</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Pievienot e-pastu</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tālrunis %1</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation>Kopēt tālruni %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Noņemt tālruni %1</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Pievienot tālruni</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-pasti:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Tālruņi:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-pasti</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Tālruņi</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Va&amp;lsts:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. supplier, vip</source>
        <translation>Atdaliet birkas ar komatiem, piem., piegādātājs, vip</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Birkas:</translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation>%1. pielāgotā lauka nosaukums</translation>
    </message>
    <message>
        <source>Value of custom field %1</source>
        <translation>%1. pielāgotā lauka vērtība</translation>
    </message>
    <message>
        <source>Name, e.g. VAT number</source>
        <translation>Nosaukums, piem., PVN numurs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Remove custom field %1</source>
        <translation>Noņemt %1. pielāgoto lauku</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Pievienot pielāgotu lauku</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Pielāgotie lauki:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Glabāšana:</translation>
    </message>
    <message>
        <source>W&amp;orks at:</source>
        <translation>&amp;Darbavieta:</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Organizācijas &amp;nosaukums:</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Darbavieta</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organizācijas nosaukums</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Pievienots %1 · pēdējoreiz mainīts %2</translation>
    </message>
    <message>
        <source>A retention rule&apos;s name; empty: the rules of the client&apos;s purposes</source>
        <translation>Glabāšanas noteikuma nosaukums; tukšs: klienta nolūku noteikumi</translation>
    </message>
</context>
<context>
    <name>coffer::ClientView</name>
    <message>
        <source>Parts of the client&apos;s record</source>
        <translation>Klienta ieraksta daļas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Piekrišanas</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Apstrāde ierobežota</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18).</source>
        <translation>Šī klienta dati jāglabā, bet nav jāizmanto (VDAR 18. pants).</translation>
    </message>
    <message>
        <source>E&amp;xport this client…</source>
        <translation>E&amp;ksportēt šo klientu…</translation>
    </message>
    <message>
        <source>Export this client</source>
        <translation>Eksportēt šo klientu</translation>
    </message>
    <message>
        <source>Save everything about this client to a file, e.g. to answer a request for access or to move their data elsewhere.</source>
        <translation>Saglabāt visu par šo klientu failā, piemēram, lai atbildētu uz piekļuves pieprasījumu vai pārnestu viņa datus citur.</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Izdzēst šo klientu…</translation>
    </message>
    <message>
        <source>Erase this client</source>
        <translation>Izdzēst šo klientu</translation>
    </message>
    <message>
        <source>Delete everything about this client for good, and get a report that proves it.</source>
        <translation>Neatgriezeniski dzēst visu par šo klientu un saņemt pārskatu, kas to pierāda.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;tgriezt</translation>
    </message>
    <message>
        <source>Revert: undo the changes not yet saved</source>
        <translation>Atgriezt: atsaukt vēl nesaglabātās izmaiņas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Saglabāt profilu</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>Saglabāt profilu (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Jauns klients</translation>
    </message>
    <message>
        <source>%1 · works at %2</source>
        <translation>%1 · strādā: %2</translation>
    </message>
    <message>
        <source>Fill in the profile and press Save.</source>
        <translation>Aizpildiet profilu un nospiediet „Saglabāt”.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>The new client is not saved yet. Save it?</source>
        <translation>Jaunais klients vēl nav saglabāts. Saglabāt to?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved. Save them?</source>
        <translation>Klienta „%1” profilā ir nesaglabātas izmaiņas. Saglabāt tās?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Atmest izmaiņas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>A value is not right yet: it says what is wrong beside it, in red.</source>
        <translation>Kāda vērtība vēl nav pareiza: blakus tai sarkanā krāsā rakstīts, kas nav kārtībā.</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Rādīt &amp;vēsturi</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Rādīt vēsturi</translation>
    </message>
    <message>
        <source>Open the audit log at this client&apos;s entries: who changed them, and when.</source>
        <translation>Atvērt audita žurnālu pie šī klienta ierakstiem: kas viņu mainīja un kad.</translation>
    </message>
    <message>
        <source>Only the owner and admins can see the audit log of who changed this client.</source>
        <translation>Audita žurnālu par to, kas mainīja šo klientu, var redzēt tikai īpašnieks un administratori.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data, but do not use it (GDPR Article 18). Reason: %1</source>
        <translation>Glabājiet šī klienta datus, bet neizmantojiet tos (VDAR 18. pants). Iemesls: %1</translation>
    </message>
    <message>
        <source>Processing of this client is restricted: their data is kept, not changed. Lift the restriction first.</source>
        <translation>Šī klienta datu apstrāde ir ierobežota: dati tiek glabāti, nevis mainīti. Vispirms atceliet ierobežojumu.</translation>
    </message>
    <message>
        <source>&amp;Lift Restriction…</source>
        <translation>&amp;Atcelt ierobežojumu…</translation>
    </message>
    <message>
        <source>&amp;Restrict Processing…</source>
        <translation>&amp;Ierobežot apstrādi…</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Atcelt apstrādes ierobežojumu</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ierobežot apstrādi</translation>
    </message>
    <message>
        <source>Allow changes to this client again. Tell the person before you lift it.</source>
        <translation>Atkal atļaut šī klienta izmaiņas. Pirms atcelšanas paziņojiet to personai.</translation>
    </message>
    <message>
        <source>Keep this client&apos;s data but stop using or changing it, e.g. while they contest its accuracy (GDPR Article 18).</source>
        <translation>Glabāt šī klienta datus, bet pārtraukt to izmantošanu un mainīšanu, piemēram, kamēr persona apstrīd to precizitāti (VDAR 18. pants).</translation>
    </message>
    <message>
        <source>Lift the Restriction</source>
        <translation>Atcelt ierobežojumu</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Ierobežot apstrādi</translation>
    </message>
    <message>
        <source>Why may this client&apos;s data be used again? (For instance: the accuracy is confirmed.) Tell the person before you lift the restriction.</source>
        <translation>Kāpēc šī klienta datus atkal drīkst izmantot? (Piemēram: precizitāte apstiprināta.) Pirms ierobežojuma atcelšanas paziņojiet to personai.</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.) While it is restricted, the data is kept but cannot be changed.</source>
        <translation>Kāpēc apstrāde tiek ierobežota? (Piemēram: persona apstrīd savu datu precizitāti.) Kamēr tā ierobežota, dati tiek glabāti, bet tos nevar mainīt.</translation>
    </message>
    <message>
        <source>Lift Restriction</source>
        <translation>Atcelt ierobežojumu</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Ierobežot</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pieprasījumi</translation>
    </message>
</context>
<context>
    <name>coffer::ClientsPage</name>
    <message>
        <source>Choose a client in the list to see and change their details, notes, files and consents — or add a new one with New client.</source>
        <translation>Izvēlieties klientu sarakstā, lai skatītu un mainītu viņa datus, piezīmes, failus un piekrišanas, — vai pievienojiet jaunu ar „Jauns klients”.</translation>
    </message>
    <message>
        <source>Choose a client in the list to see their details, notes, files and consents.</source>
        <translation>Izvēlieties klientu sarakstā, lai skatītu viņa datus, piezīmes, failus un piekrišanas.</translation>
    </message>
    <message>
        <source>Cannot show the clients</source>
        <translation>Nevar parādīt klientus</translation>
    </message>
</context>
<context>
    <name>coffer::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation>Mainīt piekrišanu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Kā tā tika sniegta</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikas versija</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mērķis:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Avots:</translation>
    </message>
    <message>
        <source>Policy &amp;version:</source>
        <translation>Politikas &amp;versija:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Reģistrēt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Date the client gave, refused or withdrew it</source>
        <translation>Datums, kad klients to deva, atteica vai atsauca</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <source>Give the day the client said so, if that was not today. Consents are never overwritten: this is added to the client&apos;s consent history.</source>
        <translation>Norādiet dienu, kad klients to pateica, ja tā nebija šodien. Piekrišanas nekad netiek pārrakstītas: šī tiek pievienota klienta piekrišanu vēsturei.</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>&amp;Beidzas</translation>
    </message>
    <message>
        <source>No purposes defined yet</source>
        <translation>Nolūki vēl nav noteikti</translation>
    </message>
    <message>
        <source>Choose a purpose</source>
        <translation>Izvēlieties nolūku</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1 (spēkā no %2)</translation>
    </message>
    <message>
        <source>The day the consent ends</source>
        <translation>Diena, kad piekrišana beidzas</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>Attach the file that shows the consent</source>
        <translation>Pievienot failu, kas apliecina piekrišanu</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pierādījums:</translation>
    </message>
    <message>
        <source>Consents are recorded for the purposes of processing your business has defined. An administrator defines them, with their lawful basis, on the Purposes &amp; Policies page.</source>
        <translation>Piekrišanas reģistrē jūsu uzņēmuma noteiktajiem apstrādes nolūkiem. Administrators tos nosaka kopā ar tiesisko pamatu lapā „Nolūki un politikas”.</translation>
    </message>
    <message>
        <source>None archived</source>
        <translation>Arhīvā nav nevienas</translation>
    </message>
    <message>
        <source>None was in force on that day</source>
        <translation>Tajā dienā neviena nebija spēkā</translation>
    </message>
    <message>
        <source>The one in force on that day: %1</source>
        <translation>Tajā dienā spēkā esošā: %1</translation>
    </message>
    <message>
        <source>None (a signed form, say)</source>
        <translation>Nav (piemēram, parakstīta veidlapa)</translation>
    </message>
</context>
<context>
    <name>coffer::ConsentsPanel</name>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Mainīt piekrišanu…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Mainīt piekrišanu</translation>
    </message>
    <message>
        <source>Record that the client granted, refused or withdrew consent for a purpose.</source>
        <translation>Reģistrēt, ka klients kādam mērķim ir sniedzis, atteicis vai atsaucis piekrišanu.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kopš</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikas versija</translation>
    </message>
    <message>
        <source>Consents now, one per purpose</source>
        <translation>Pašreizējās piekrišanas, pa vienai katram mērķim</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Consent history, newest first</source>
        <translation>Piekrišanu vēsture, jaunākās vispirms</translation>
    </message>
    <message>
        <source>No consents recorded. When the client agrees to (or refuses) something, such as a newsletter, record it with Change consent…</source>
        <translation>Nav reģistrētu piekrišanu. Kad klients kaut kam piekrīt (vai atsakās), piemēram, jaunumu vēstulei, reģistrējiet to ar „Mainīt piekrišanu…”</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Nav reģistrētu piekrišanu.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Pašlaik</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
</context>
<context>
    <name>coffer::CountryCombo</name>
    <message>
        <source>— none —</source>
        <translation>— nav —</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizard</name>
    <message>
        <source>Create a Vault</source>
        <translation>Seifa izveide</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tālāk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atpakaļ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Izveidot seifu</translation>
    </message>
    <message>
        <source>&amp;Open Vault</source>
        <translation>&amp;Atvērt seifu</translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation>Aizvērt bez atkopšanas atslēgas?</translation>
    </message>
    <message>
        <source>The vault has been created. If you close this window without storing the recovery key, a forgotten owner password cannot be recovered. Close anyway?</source>
        <translation>Seifs ir izveidots. Ja aizvērsiet šo logu, nesaglabājot atkopšanas atslēgu, aizmirstu īpašnieka paroli nevarēs atjaunot. Tomēr aizvērt?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Tomēr aizvērt</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Atgriezties</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardLocationPage</name>
    <message>
        <source>Name and place</source>
        <translation>Nosaukums un vieta</translation>
    </message>
    <message>
        <source>A vault is one folder that holds all of your clients&apos; data, encrypted. Choose a name you will recognise, and where to keep it.</source>
        <translation>Seifs ir viena mape, kurā šifrētā veidā glabājas visi jūsu klientu dati. Izvēlieties atpazīstamu nosaukumu un vietu, kur to glabāt.</translation>
    </message>
    <message>
        <source>for example: Clients</source>
        <translation>piemēram: Klienti</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>Seifa &amp;nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Keep it in:</source>
        <translation>&amp;Glabāt mapē:</translation>
    </message>
    <message>
        <source>Type a name for the vault.</source>
        <translation>Ierakstiet seifa nosaukumu.</translation>
    </message>
    <message>
        <source>A vault name cannot contain any of these characters: %1</source>
        <translation>Seifa nosaukumā nedrīkst būt šīs rakstzīmes: %1</translation>
    </message>
    <message>
        <source>A vault name cannot begin with a dot.</source>
        <translation>Seifa nosaukums nedrīkst sākties ar punktu.</translation>
    </message>
    <message>
        <source>The folder to keep it in does not exist.</source>
        <translation>Norādītā mape neeksistē.</translation>
    </message>
    <message>
        <source>There is already a vault called &quot;%1&quot; in this folder. Choose another name.</source>
        <translation>Šajā mapē jau ir seifs „%1”. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <source>Keep the Vault In</source>
        <translation>Seifa glabāšanas mape</translation>
    </message>
    <message>
        <source>The vault will be the folder:
%1</source>
        <translation>Seifs būs mape:
%1</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardOwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation>Jūs — īpašnieks</translation>
    </message>
    <message>
        <source>You will sign in with this name and password. Later you can add the people who work with you, each with their own password.</source>
        <translation>Ar šo vārdu un paroli jūs pierakstīsieties. Vēlāk varēsiet pievienot cilvēkus, kas strādā kopā ar jums, katru ar savu paroli.</translation>
    </message>
    <message>
        <source>for example: Anna Ozola</source>
        <translation>piemēram: Anna Ozola</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Jūsu &amp;vārds:</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Seifu neizdevās izveidot: %1</translation>
    </message>
    <message>
        <source>Creating the vault and its encryption keys. This takes a few seconds…</source>
        <translation>Tiek veidots seifs un tā šifrēšanas atslēgas. Tas aizņem dažas sekundes…</translation>
    </message>
</context>
<context>
    <name>coffer::CreateVaultWizardRecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Jūsu atkopšanas atslēga</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Seifs ir gatavs. Ja kādreiz aizmirsīsiet paroli, šī atslēga ir vienīgais veids, kā tikt atpakaļ. Neviens cits to jums nevar atjaunot, pat ne Coffer veidotāji.</translation>
    </message>
</context>
<context>
    <name>coffer::DesktopSession</name>
    <message>
        <source>Sample Data</source>
        <translation>Parauga dati</translation>
    </message>
    <message>
        <source>The demo vault could not be made. %1</source>
        <translation>Demonstrācijas seifu neizdevās izveidot. %1</translation>
    </message>
</context>
<context>
    <name>coffer::EraseClientDialog</name>
    <message>
        <source>Erase Client</source>
        <translation>Klienta dzēšana</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Neatgriezeniski izdzēst klientu „%1”?</translation>
    </message>
    <message>
        <source>the profile: names, emails, phones, address, tags and custom fields</source>
        <translation>profils: vārdi, e-pasta adreses, tālruņi, adrese, birkas un pielāgotie lauki</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>piezīmes: %1</translation>
    </message>
    <message>
        <source>attached files: %1</source>
        <translation>pievienotie faili: %1</translation>
    </message>
    <message>
        <source>consent records, with their history: %1</source>
        <translation>piekrišanu ieraksti ar to vēsturi: %1</translation>
    </message>
    <message>
        <source>Everything this vault holds about &lt;b&gt;%1&lt;/b&gt; is deleted:</source>
        <translation>Tiek izdzēsts viss, kas šajā seifā glabājas par klientu &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Coffer then checks that nothing of theirs is left anywhere in the vault file and shows you the result. Requests they made keep only an anonymous number, and the audit log records that a client was erased without naming them.</source>
        <translation>Pēc tam Coffer pārbauda, vai seifa failā nekur nav palicis nekas no klienta datiem, un parāda jums rezultātu. Klienta iesniegtajiem pieprasījumiem paliek tikai anonīms numurs, un audita žurnālā tiek ierakstīts, ka klients ir izdzēsts, viņu nenosaucot.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Backups made before now still hold them; if one is ever restored, Coffer erases them again.</source>
        <translation>&lt;b&gt;To nevar atsaukt.&lt;/b&gt; Rezerves kopijās, kas izveidotas pirms šī brīža, klienta dati joprojām ir; ja kāda no tām kādreiz tiks atjaunota, Coffer klientu izdzēsīs vēlreiz.</translation>
    </message>
    <message>
        <source>I understand that %1&apos;s data will be deleted and cannot be brought back.</source>
        <translation>Es saprotu, ka klienta „%1” dati tiks izdzēsti un tos nevarēs atgūt.</translation>
    </message>
    <message>
        <source>Keep Client</source>
        <translation>Paturēt klientu</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Izdzēst „%1”</translation>
    </message>
</context>
<context>
    <name>coffer::ErasureReportDocument</name>
    <message>
        <source>Backup of %1</source>
        <translation>Rezerves kopija: %1</translation>
    </message>
    <message>
        <source>Export of %1 (%2)</source>
        <translation>Eksports: %1 (%2)</translation>
    </message>
    <message>
        <source>Where it was saved is not recorded.</source>
        <translation>Kur tas saglabāts, nav pierakstīts.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saglabāts: %1</translation>
    </message>
    <message>
        <source>Backup folder not reachable</source>
        <translation>Rezerves kopiju mape nav pieejama</translation>
    </message>
    <message>
        <source>Erasure report</source>
        <translation>Dzēšanas atskaite</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Seifs</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1 (pseudonym %2)</source>
        <translation>%1 (pseidonīms %2)</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>Erased by</source>
        <translation>Dzēsa</translation>
    </message>
    <message>
        <source>Records deleted</source>
        <translation>Izdzēsti ieraksti</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Visas pārbaudes izturētas</translation>
    </message>
    <message>
        <source>A check failed</source>
        <translation>Kāda pārbaude neizdevās</translation>
    </message>
    <message>
        <source>The person is named by a pseudonym: the audit log and the vault&apos;s record of this erasure use the same one, and it cannot be turned back into their name.</source>
        <translation>Persona ir nosaukta ar pseidonīmu: audita žurnāls un seifa ieraksts par šo dzēšanu lieto to pašu, un to nevar pārvērst atpakaļ viņas vārdā.</translation>
    </message>
    <message>
        <source>What Coffer checked after deleting</source>
        <translation>Ko Coffer pārbaudīja pēc dzēšanas</translation>
    </message>
    <message>
        <source>Copies Coffer made that may still hold the person</source>
        <translation>Coffer veiktās kopijas, kurās persona vēl var būt</translation>
    </message>
    <message>
        <source>SHA-256 of this report as kept in the vault: %1</source>
        <translation>Šīs atskaites SHA-256, kā tā glabājas seifā: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Atskaiti nevarēja saglabāt: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Teksta faili (*.txt)</translation>
    </message>
    <message>
        <source>Save the Erasure Report</source>
        <translation>Dzēšanas atskaites saglabāšana</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>Atskaiti nevarēja saglabāt</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Izvēlieties citu mapi vai nosaukumu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Print the Erasure Report</source>
        <translation>Dzēšanas atskaites drukāšana</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>personu</translation>
    </message>
    <message>
        <source>Nothing of %1 is left in this vault: their records are deleted, and a search of the whole vault file found no trace of them.</source>
        <translation>Šajā seifā par %1 nekas nav palicis: ieraksti ir izdzēsti, un visa seifa faila pārmeklēšana neatrada nekādas pēdas.</translation>
    </message>
    <message>
        <source>The erasure of %1 is not complete: their records are deleted, but a check afterwards failed, so traces of them may remain in the vault file.</source>
        <translation>Dzēšana (%1) nav pabeigta: ieraksti ir izdzēsti, bet pēc tam kāda pārbaude neizdevās, tāpēc seifa failā var būt palikušas pēdas.</translation>
    </message>
    <message>
        <source>Copies made before the erasure may still hold them; they are listed below.</source>
        <translation>Kopijās, kas izveidotas pirms dzēšanas, tie joprojām var būt; tās ir uzskaitītas zemāk.</translation>
    </message>
    <message>
        <source>Restored copy kept as a separate vault</source>
        <translation>Atjaunota kopija, paturēta kā atsevišķs seifs</translation>
    </message>
</context>
<context>
    <name>coffer::ExportChoiceForm</name>
    <message>
        <source>Make the CSV tables open correctly in Excel (adds a byte-order mark)</source>
        <translation>Nodrošināt, ka CSV tabulas pareizi atveras programmā Excel (pievieno baitu secības zīmi)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Iz&amp;vēlēties…</translation>
    </message>
    <message>
        <source>One &amp;zip file (recommended)</source>
        <translation>Viens &amp;zip fails (ieteicams)</translation>
    </message>
    <message>
        <source>Everything in one file: JSON and CSV tables, the attached files, and a list of checksums.</source>
        <translation>Viss vienā failā: JSON un CSV tabulas, pievienotie faili un kontrolsummu saraksts.</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>Map&amp;e</translation>
    </message>
    <message>
        <source>The same files as the zip, unpacked into a new folder.</source>
        <translation>Tie paši faili, kas zip failā, izpakoti jaunā mapē.</translation>
    </message>
    <message>
        <source>One &amp;JSON file</source>
        <translation>Viens &amp;JSON fails</translation>
    </message>
    <message>
        <source>Everything in a single file, attachments included: for other programs and for importing.</source>
        <translation>Viss vienā failā, ieskaitot pielikumus: citām programmām un importēšanai.</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet tables (CSV)</source>
        <translation>&amp;Izklājlapu tabulas (CSV)</translation>
    </message>
    <message>
        <source>A folder of tables for Excel, LibreOffice or Numbers, with the attached files.</source>
        <translation>Tabulu mape programmām Excel, LibreOffice vai Numbers, kopā ar pievienotajiem failiem.</translation>
    </message>
    <message>
        <source>Excel shows accented letters (ā, č, ė) wrongly in CSV files without this mark. Other programs do not need it.</source>
        <translation>Bez šīs zīmes Excel CSV failos nepareizi rāda burtus ar diakritiskajām zīmēm (ā, č, ē). Citām programmām tā nav vajadzīga.</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Eksporta mape</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formāts:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Saglabāt mapē:</translation>
    </message>
    <message>
        <source>Choose a folder for the export.</source>
        <translation>Izvēlieties eksporta mapi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one.</source>
        <translation>Mape %1 neeksistē. Izvēlieties citu.</translation>
    </message>
    <message>
        <source>Coffer may not write in %1. Choose another folder.</source>
        <translation>Coffer nedrīkst rakstīt mapē %1. Izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>Where should the export go?</source>
        <translation>Kur saglabāt eksportu?</translation>
    </message>
    <message>
        <source>The export is readable only with the password you choose. Coffer can import it, and coffer-cli decrypt turns it back into a plain file.</source>
        <translation>Eksportu var nolasīt tikai ar jūsu izvēlēto paroli. Coffer to var importēt, un coffer-cli decrypt to pārvērš atpakaļ parastā failā.</translation>
    </message>
    <message>
        <source>A folder cannot be encrypted. Choose a zip or a JSON file to encrypt.</source>
        <translation>Mapi nevar šifrēt. Lai šifrētu, izvēlieties zip vai JSON failu.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (recommended)</source>
        <translation>&amp;Šifrēt ar paroli (ieteicams)</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Aizsardzība:</translation>
    </message>
    <message>
        <source>Only someone who knows the password can open the export.</source>
        <translation>Eksportu var atvērt tikai tas, kurš zina paroli.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportDialog</name>
    <message>
        <source>Password for the export</source>
        <translation>Eksporta parole</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>Anyone with this password can open the export. Coffer does not keep it: if it is lost, the export cannot be opened by anyone.</source>
        <translation>Ikviens, kam ir šī parole, var atvērt eksportu. Coffer to neglabā: ja tā tiek pazaudēta, eksportu nevarēs atvērt neviens.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>It will be saved as “%1”.</source>
        <translation>Tas tiks saglabāts kā „%1”.</translation>
    </message>
    <message>
        <source>Without encryption</source>
        <translation>Bez šifrēšanas</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of an export that is not encrypted can read every client in it.</source>
        <translation>Ikviens, kurš iegūst nešifrēta eksporta kopiju, var izlasīt katru tajā esošo klientu.</translation>
    </message>
    <message>
        <source>To save it without encryption, type your own password, the one you sign in with.</source>
        <translation>Lai saglabātu to bez šifrēšanas, ierakstiet savu paroli — to, ar kuru piesakāties.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Jūsu &amp;parole:</translation>
    </message>
    <message>
        <source>That is not your password, so nothing was exported. Type it again, or choose to encrypt the export.</source>
        <translation>Tā nav jūsu parole, tāpēc nekas netika eksportēts. Ierakstiet to vēlreiz vai izvēlieties eksportu šifrēt.</translation>
    </message>
    <message>
        <source>Their processing is restricted (GDPR Article 18): their data is only kept, so an export of everything leaves them out unless you include them.</source>
        <translation>Viņu datu apstrāde ir ierobežota (VDAR 18. pants): dati tiek tikai glabāti, tāpēc visa eksports tos neiekļauj, ja vien jūs tos neiekļaujat.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include the %n client(s) whose processing is restricted</source>
        <translation>
            <numerusform>&amp;Iekļaut %n klientu, kura datu apstrāde ir ierobežota</numerusform>
            <numerusform>&amp;Iekļaut %n klientus, kuru datu apstrāde ir ierobežota</numerusform>
            <numerusform>&amp;Iekļaut %n klientus, kuru datu apstrāde ir ierobežota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryDialog</name>
    <message>
        <source>Export History</source>
        <translation>Eksportu vēsture</translation>
    </message>
    <message>
        <source>Exports made from “%1”</source>
        <translation>Eksporti no “%1”</translation>
    </message>
    <message>
        <source>Coffer notes every export, but an export is a file of its own: it stays where it was saved until someone deletes it, and Coffer cannot reach it. When a client is erased, the report names the exports that may still hold them.</source>
        <translation>Coffer pieraksta katru eksportu, taču eksports ir atsevišķs fails: tas paliek, kur saglabāts, līdz kāds to izdzēš, un Coffer to nevar sasniegt. Kad klients tiek dzēsts, atskaite nosauc eksportus, kuros viņš vēl var būt.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>No export has been made from this vault yet.</source>
        <translation>No šī seifa vēl nav veikts neviens eksports.</translation>
    </message>
</context>
<context>
    <name>coffer::ExportHistoryModel</name>
    <message>
        <source>Zip file</source>
        <translation>Zip fails</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mape</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON fails</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV tabulas</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>bijušais lietotājs</translation>
    </message>
    <message>
        <source>All clients (%1)</source>
        <translation>Visi klienti (%1)</translation>
    </message>
    <message>
        <source>One client</source>
        <translation>Viens klients</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Path removed at the client&apos;s erasure</source>
        <translation>Ceļš izņemts, dzēšot klientu</translation>
    </message>
    <message>
        <source>SHA-256 of the export&apos;s manifest: %1</source>
        <translation>Eksporta manifesta SHA-256: %1</translation>
    </message>
    <message>
        <source>The file name of a one-client export often names the person, so Coffer forgot it when the client was erased.</source>
        <translation>Viena klienta eksporta faila nosaukumā bieži ir personas vārds, tāpēc Coffer to aizmirsa, kad klients tika dzēsts.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Šifrēts</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saglabāts</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifesta SHA-256</translation>
    </message>
</context>
<context>
    <name>coffer::FilesPanel</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Pievienot failu…</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Pievienot failu</translation>
    </message>
    <message>
        <source>Add a file to this client. You can also drop files onto the client&apos;s page.</source>
        <translation>Pievienot šim klientam failu. Failus var arī nomest klienta lapā.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message>
        <source>Save the chosen file as</source>
        <translation>Saglabāt izvēlēto failu kā</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file to a folder you pick; you can open it from there.</source>
        <translation>Saglabāt izvēlētā faila kopiju jūsu izvēlētā mapē; no turienes to var atvērt.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pievienots</translation>
    </message>
    <message>
        <source>No files yet. Add contracts, scans or letters with Add file…, or drop them here. They are stored encrypted inside the vault.</source>
        <translation>Vēl nav failu. Pievienojiet līgumus, skenējumus vai vēstules ar „Pievienot failu…” vai nometiet tos šeit. Tie tiek glabāti šifrēti seifā.</translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>Vēl nav failu.</translation>
    </message>
    <message>
        <source>Add files to this client</source>
        <translation>Pievienot failus šim klientam</translation>
    </message>
    <message>
        <source>Adding a file</source>
        <translation>Faila pievienošana</translation>
    </message>
    <message>
        <source>Adding “%1” to the vault…</source>
        <translation>„%1” tiek pievienots seifam…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Saglabāt faila kopiju</translation>
    </message>
    <message>
        <source>Saving a file</source>
        <translation>Faila saglabāšana</translation>
    </message>
    <message>
        <source>Saving a copy of the file…</source>
        <translation>Tiek saglabāta faila kopija…</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Saglabāts: %1. &lt;a href=&quot;%2&quot;&gt;Atvērt&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Noņemt…</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Noņemt izvēlēto failu</translation>
    </message>
    <message>
        <source>Delete the chosen file from the vault (%1)</source>
        <translation>Izdzēst izvēlēto failu no seifa (%1)</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Noņemt failu</translation>
    </message>
    <message>
        <source>Remove the file “%1”?</source>
        <translation>Noņemt failu „%1”?</translation>
    </message>
</context>
<context>
    <name>coffer::ImportDialog</name>
    <message>
        <source>Do not import</source>
        <translation>Neimportēt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vārds un uzvārds</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persona vai organizācija</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Pielāgots lauks</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Choose a file or a folder</source>
        <translation>Izvēlieties failu vai mapi</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Importējamais fails</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Izvēlēties &amp;failu…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Izvēlēties &amp;mapi…</translation>
    </message>
    <message>
        <source>For an export that was saved as a folder.</source>
        <translation>Eksportam, kas saglabāts kā mape.</translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation>Eksporta parole</translation>
    </message>
    <message>
        <source>&amp;Password of the export:</source>
        <translation>Eksporta &amp;parole:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Faila kolonnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonna failā</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Pirmā rinda</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Kur ievietot</translation>
    </message>
    <message>
        <source>Coffer recognised the columns it could. Check where each one goes; a column kept as a custom field keeps its heading as the field&apos;s name.</source>
        <translation>Coffer atpazina tās kolonnas, kuras spēja. Pārbaudiet, kur tiek ievietota katra no tām; kolonnai, kas paliek kā pielāgots lauks, tās virsraksts kļūst par lauka nosaukumu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importēt klientus</translation>
    </message>
    <message>
        <source>From a Coffer export (a ZIP, JSON or folder export, encrypted or not) or from a CSV file that a spreadsheet, an address book or another program saved. Nothing already in this vault is changed: records it has already are kept as they are.</source>
        <translation>No Coffer eksporta (ZIP, JSON vai mapes eksporta, šifrēta vai nešifrēta) vai no CSV faila, ko saglabājusi izklājlapu programma, adrešu grāmata vai cita programma. Nekas no tā, kas jau ir šajā seifā, netiek mainīts: ieraksti, kas tajā jau ir, paliek tādi, kādi ir.</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Izvēlēties importējamo failu</translation>
    </message>
    <message>
        <source>Coffer exports and CSV files (*.zip *.json *.encrypted *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Coffer eksporti un CSV faili (*.zip *.json *.encrypted *.csv *.tsv *.txt);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Choose the Exported Folder</source>
        <translation>Izvēlēties eksportēto mapi</translation>
    </message>
    <message>
        <source>An encrypted Coffer export. It opens with the password that was chosen when it was made.</source>
        <translation>Šifrēts Coffer eksports. Tas atveras ar paroli, kas tika izvēlēta tā izveides laikā.</translation>
    </message>
    <message>
        <source>A Coffer export: its clients, notes, files and consents are imported. Users and the audit log are not: this vault keeps its own.</source>
        <translation>Coffer eksports: tiks importēti tā klienti, piezīmes, faili un piekrišanas. Lietotāji un audita žurnāls netiks importēti: šim seifam ir savējie.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Failu nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fails ir tukšs.</translation>
    </message>
    <message>
        <source>The file has a heading row and no clients.</source>
        <translation>Failā ir virsrakstu rinda, bet nav neviena klienta.</translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation>Kur ievietot „%1”</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file with %n column(s).</source>
        <translation>
            <numerusform>CSV fails ar %n kolonnu.</numerusform>
            <numerusform>CSV fails ar %n kolonnām.</numerusform>
            <numerusform>CSV fails ar %n kolonnām.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolonna %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the clients&apos; names (or an organisation column together with “Person or organisation”).</source>
        <translation>Izvēlieties kolonnu, kurā ir klientu vārdi (vai organizācijas kolonnu kopā ar „Persona vai organizācija”).</translation>
    </message>
    <message>
        <source>Character set of the file</source>
        <translation>Faila kodējums</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Kodējums:</translation>
    </message>
    <message>
        <source>The file is not UTF-8. If the names below look wrong, choose the character set it was saved in.</source>
        <translation>Fails nav UTF-8 kodējumā. Ja vārdi zemāk izskatās nepareizi, izvēlieties kodējumu, kurā tas tika saglabāts.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 ar baitu secības zīmi (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Rietumeiropas)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Centrāleiropas)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltijas)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation>Saglabāt &amp;atšifrētu kopiju…</translation>
    </message>
    <message>
        <source>Instead of importing: the export&apos;s plain ZIP or JSON file, for another program. Anyone who can read that copy can read the data in it.</source>
        <translation>Importēšanas vietā: eksporta nešifrēts ZIP vai JSON fails citai programmai. Ikviens, kas var nolasīt šo kopiju, var nolasīt tajā esošos datus.</translation>
    </message>
</context>
<context>
    <name>coffer::ImportTask</name>
    <message>
        <source>semicolons</source>
        <translation>semikoliem</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulācijas zīmēm</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komatiem</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Failu nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Importing clients from “%1”…</source>
        <translation>Notiek klientu importēšana no „%1”…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Notiek „%1” importēšana…</translation>
    </message>
    <message>
        <source>“%1” is imported</source>
        <translation>„%1” ir importēts</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klienti: %1 · Piezīmes: %2 · Faili: %3 · Piekrišanas: %4</translation>
    </message>
    <message>
        <source>Already in this vault, and kept as they are here (%1):</source>
        <translation>Jau ir šajā seifā un paliek tādi, kādi ir šeit (%1):</translation>
    </message>
    <message>
        <source>Clients added: %1 · Notes: %2</source>
        <translation>Pievienotie klienti: %1 · Piezīmes: %2</translation>
    </message>
    <message>
        <source>Read as %1, with values separated by %2.</source>
        <translation>Nolasīts kodējumā %1, vērtības atdalītas ar %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>Rows not imported — put them right in the file and import those rows again:</source>
        <translation>Neimportētās rindas — izlabojiet tās failā un importējiet šīs rindas vēlreiz:</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Neimportētās kolonnas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of the export were not imported: an export holds no passwords. Add them on the Users page.</source>
        <translation>
            <numerusform>%n eksporta lietotājs netika importēts: eksportā nav paroļu. Pievienojiet to lapā „Lietotāji”.</numerusform>
            <numerusform>%n eksporta lietotāji netika importēti: eksportā nav paroļu. Pievienojiet tos lapā „Lietotāji”.</numerusform>
            <numerusform>%n eksporta lietotāju netika importēts: eksportā nav paroļu. Pievienojiet tos lapā „Lietotāji”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) were not imported: this vault keeps its own log.</source>
        <translation>
            <numerusform>%n audita žurnāla ieraksts netika importēts: šis seifs glabā savu žurnālu.</numerusform>
            <numerusform>%n audita žurnāla ieraksti netika importēti: šis seifs glabā savu žurnālu.</numerusform>
            <numerusform>%n audita žurnāla ierakstu netika importēts: šis seifs glabā savu žurnālu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n row(s)</source>
        <translation>
            <numerusform>„%1” ir importēts, izņemot %n rindu</numerusform>
            <numerusform>„%1” ir importēts, izņemot %n rindas</numerusform>
            <numerusform>„%1” ir importēts, izņemot %n rindu</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Decrypted Copy As</source>
        <translation>Saglabāt atšifrēto kopiju kā</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Atšifrēšana</translation>
    </message>
    <message>
        <source>Decrypting “%1”…</source>
        <translation>Atšifrē „%1”…</translation>
    </message>
    <message>
        <source>The decrypted copy is saved</source>
        <translation>Atšifrētā kopija ir saglabāta</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Saglabāts kā:</translation>
    </message>
    <message>
        <source>This copy is not encrypted: anyone who can read the file can read the data in it. Delete it when it is no longer needed.</source>
        <translation>Šī kopija nav šifrēta: ikviens, kas var nolasīt failu, var nolasīt tajā esošos datus. Izdzēsiet to, kad tā vairs nav vajadzīga.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported, except %n client(s)</source>
        <translation>
            <numerusform>„%1” ir importēts, izņemot %n klientu</numerusform>
            <numerusform>„%1” ir importēts, izņemot %n klientus</numerusform>
            <numerusform>„%1” ir importēts, izņemot %n klientu</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, with their notes, files and consents:</source>
        <translation>Izlaisti kopā ar viņu piezīmēm, failiem un piekrišanām:</translation>
    </message>
    <message>
        <source>Each has a value that Coffer does not store, such as an email address with a comma where a dot should be. Put it right where the export came from, export again and import that: what is already here is kept as it is.</source>
        <translation>Katram ir vērtība, ko Coffer neglabā, piemēram, e-pasta adrese ar komatu, kur jābūt punktam. Izlabojiet to tur, no kurienes nāk eksports, eksportējiet vēlreiz un importējiet to: tas, kas jau ir šeit, paliek nemainīts.</translation>
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
        <translation>Galvenā</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloķēt</translation>
    </message>
    <message>
        <source>Lock the vault (%1). Its keys are wiped from memory; the password is needed to open it again.</source>
        <translation>Bloķēt seifu (%1). Tā atslēgas tiek izdzēstas no atmiņas; lai to atkal atvērtu, būs vajadzīga parole.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seifs: %1</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Lietotājs:</translation>
    </message>
    <message>
        <source>Your role in this vault decides what you may do.</source>
        <translation>Jūsu loma šajā seifā nosaka, ko jūs drīkstat darīt.</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Eksportēt visu…</translation>
    </message>
    <message>
        <source>Export everything in this vault to a file you keep: a complete copy in standard formats (JSON and CSV).</source>
        <translation>Eksportēt visu šī seifa saturu failā, kuru glabājat pats: pilnu kopiju standarta formātos (JSON un CSV).</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Izveidot &amp;rezerves kopiju</translation>
    </message>
    <message>
        <source>Make an encrypted backup of this vault in its backup folder.</source>
        <translation>Izveidot šī seifa šifrētu rezerves kopiju tā rezerves kopiju mapē.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sadaļas</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Atrast klientu</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Jauns klients</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo vault.&lt;/b&gt; The clients in it are made up. It is deleted when you lock it or quit Coffer, so nothing you do here is kept.</source>
        <translation>&lt;b&gt;Šis ir demonstrācijas seifs.&lt;/b&gt; Tajā esošie klienti ir izdomāti. Tas tiek izdzēsts, kad to bloķējat vai aizverat Coffer, tāpēc nekas, ko šeit darāt, netiek saglabāts.</translation>
    </message>
    <message>
        <source>Create &amp;Your Own Vault…</source>
        <translation>Izveidot &amp;savu seifu…</translation>
    </message>
    <message>
        <source>Close the demo (it is deleted) and create a vault for your real clients.</source>
        <translation>Aizvērt demonstrāciju (tā tiek izdzēsta) un izveidot seifu saviem īstajiem klientiem.</translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation>Paziņojums par demonstrācijas seifu</translation>
    </message>
    <message>
        <source>Demo vault in a temporary folder: %1</source>
        <translation>Demonstrācijas seifs pagaidu mapē: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importēt…</translation>
    </message>
    <message>
        <source>Bring clients in from a Coffer export or from a CSV file that another program saved.</source>
        <translation>Importēt klientus no Coffer eksporta vai no CSV faila, ko saglabājusi kāda cita programma.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifa aizstāšana</translation>
    </message>
    <message>
        <source>The sample vault cannot be replaced. Restore the backup as a separate vault instead.</source>
        <translation>Demonstrācijas seifu nevar aizstāt. Tā vietā atjaunojiet rezerves kopiju kā atsevišķu seifu.</translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then try again.</source>
        <translation>Pagaidiet, līdz pašreizējais darbs ir pabeigts, tad mēģiniet vēlreiz.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Seifs tika bloķēts pēc %n minūtes bez lietošanas.</numerusform>
            <numerusform>Seifs tika bloķēts pēc %n minūtēm bez lietošanas.</numerusform>
            <numerusform>Seifs tika bloķēts pēc %n minūtēm bez lietošanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Seifs tika bloķēts pēc kāda laika bez lietošanas.</translation>
    </message>
    <message>
        <source>Your account: change your password</source>
        <translation>Jūsu konts: mainīt savu paroli</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>&amp;Mainīt savu paroli…</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Mainīt savu paroli</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one the next time you unlock the vault.</source>
        <translation>Jūsu parole ir nomainīta. Nākamreiz, atbloķējot seifu, izmantojiet jauno paroli.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a restored copy&lt;/b&gt;, made from the backup of %1. It is a separate vault: what you change here does not reach the vault it was restored from, and clients added there since are not here.</source>
        <translation>&lt;b&gt;Šī ir atjaunota kopija&lt;/b&gt;, izveidota no rezerves kopijas (%1). Tas ir atsevišķs seifs: tas, ko maināt šeit, nenonāk seifā, no kura tā atjaunota, un klientu, kas tur pievienoti kopš tā laika, šeit nav.</translation>
    </message>
    <message>
        <source>Restored copy notice</source>
        <translation>Paziņojums par atjaunotu kopiju</translation>
    </message>
    <message>
        <source>Choose Another Dis&amp;k…</source>
        <translation>Izvēlēties citu dis&amp;ku…</translation>
    </message>
    <message>
        <source>Choose a folder on a USB drive or another disk for the backups.</source>
        <translation>Izvēlieties rezerves kopijām mapi USB diskā vai citā diskā.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this vault go to the same disk as the vault.&lt;/b&gt; Coffer makes one each time you lock it after a change, but if this disk dies, the vault and its backups are lost together. Keep them on a USB drive or another disk.</source>
        <translation>&lt;b&gt;Šī seifa rezerves kopijas tiek saglabātas tajā pašā diskā, kur seifs.&lt;/b&gt; Coffer izveido kopiju katru reizi, kad pēc izmaiņām to bloķējat, bet, ja šis disks sabojājas, seifs un tā rezerves kopijas tiek zaudētas kopā. Glabājiet tās USB diskā vai citā diskā.</translation>
    </message>
    <message>
        <source>Backups on the same disk notice</source>
        <translation>Paziņojums par rezerves kopijām tajā pašā diskā</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Pieprasījumi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Requests, %n due within a week</source>
        <translation>
            <numerusform>Pieprasījumi, %n ar termiņu nedēļas laikā</numerusform>
            <numerusform>Pieprasījumi, %n ar termiņu nedēļas laikā</numerusform>
            <numerusform>Pieprasījumi, %n ar termiņu nedēļas laikā</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) due within 7 days or overdue</source>
        <translation>
            <numerusform>%n atvērts pieprasījums ar termiņu 7 dienu laikā vai nokavētu</numerusform>
            <numerusform>%n atvērti pieprasījumi ar termiņu 7 dienu laikā vai nokavētu</numerusform>
            <numerusform>%n atvērtu pieprasījumu ar termiņu 7 dienu laikā vai nokavētu</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault may have been rolled back.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Šis seifs, iespējams, ir atgriezts vecākā stāvoklī.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rolled-back vault warning</source>
        <translation>Brīdinājums par atgrieztu seifu</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key</source>
        <translation>Mainīt &amp;datu atslēgu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access was taken away, but the data key has not changed since.&lt;/b&gt; A copy of the vault&apos;s files made before, with a removed user&apos;s old password, still opens everything saved now.</source>
        <translation>&lt;b&gt;Piekļuve tika atņemta, taču datu atslēga kopš tā laika nav mainīta.&lt;/b&gt; Agrāk izveidota seifa failu kopija ar noņemta lietotāja veco paroli joprojām atver visu, kas saglabāts tagad.</translation>
    </message>
    <message>
        <source>Data key not changed warning</source>
        <translation>Brīdinājums par nenomainītu datu atslēgu</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Datu atslēgas maiņa</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Izveidot &amp;atkopšanas atslēgu…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault has no recovery key.&lt;/b&gt; The previous owner&apos;s key went with the ownership. If you forget your password, nobody can open the vault: make a recovery key of your own and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Šim seifam nav atkopšanas atslēgas.&lt;/b&gt; Iepriekšējā īpašnieka atslēga zaudēja spēku līdz ar īpašumtiesību nodošanu. Ja aizmirsīsiet paroli, neviens nevarēs atvērt seifu: izveidojiet savu atkopšanas atslēgu un glabājiet to drošā vietā.</translation>
    </message>
    <message>
        <source>No recovery key warning</source>
        <translation>Brīdinājums par atkopšanas atslēgas trūkumu</translation>
    </message>
    <message>
        <source>Make a Recovery Key</source>
        <translation>Atkopšanas atslēgas izveide</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was changed outside Coffer.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Šis seifs tika mainīts ārpus Coffer.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Outside change warning</source>
        <translation>Brīdinājums par izmaiņām ārpus Coffer</translation>
    </message>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Nolūki un politikas</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Pārskatīt…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n client(s) are past their retention period.&lt;/b&gt; Their data is kept until you run retention.</source>
        <translation>
            <numerusform>&lt;b&gt;%n klientam beidzies glabāšanas termiņš.&lt;/b&gt; Dati tiek glabāti, līdz izpildīsiet glabāšanu.</numerusform>
            <numerusform>&lt;b&gt;%n klientiem beidzies glabāšanas termiņš.&lt;/b&gt; Dati tiek glabāti, līdz izpildīsiet glabāšanu.</numerusform>
            <numerusform>&lt;b&gt;%n klientiem beidzies glabāšanas termiņš.&lt;/b&gt; Dati tiek glabāti, līdz izpildīsiet glabāšanu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Atgādinājums par glabāšanu</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Glabāšana</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Privātuma pārbaude</translation>
    </message>
</context>
<context>
    <name>coffer::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Pa&amp;role vēlreiz:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Izmantojiet vismaz %1 rakstzīmes. Dažus nesaistītus vārdus ir viegli atcerēties un grūti uzminēt.</translation>
    </message>
    <message>
        <source>Type the password again to make sure there is no typo.</source>
        <translation>Ierakstiet paroli vēlreiz, lai pārliecinātos, ka nav drukas kļūdu.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Abas paroles nesakrīt.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Paroles sakrīt.</translation>
    </message>
</context>
<context>
    <name>coffer::NewRequestDialog</name>
    <message>
        <source>New Request</source>
        <translation>Jauns pieprasījums</translation>
    </message>
    <message>
        <source>Name and how to reach them, as they gave it</source>
        <translation>Vārds un kā ar personu sazināties, kā tā norādīja</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Kas pieprasīja:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation>Pieprasa:</translation>
    </message>
    <message>
        <source>It &amp;arrived by:</source>
        <translation>&amp;Saņemts pa:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Saņemšanas &amp;datums:</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Atbildēt līdz:</translation>
    </message>
    <message>
        <source>%1 — one month from receipt, even while identity is being checked; it can be extended by up to two months, telling the person why within the first month.</source>
        <translation>%1 — mēnesis no saņemšanas, arī kamēr pārbauda identitāti; termiņu var pagarināt līdz diviem mēnešiem, pirmā mēneša laikā paziņojot personai iemeslu.</translation>
    </message>
    <message>
        <source>&amp;Record Request</source>
        <translation>&amp;Reģistrēt pieprasījumu</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Kas pieprasīja</translation>
    </message>
    <message>
        <source>What they ask for</source>
        <translation>Ko pieprasa</translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation>Kā saņemts</translation>
    </message>
    <message>
        <source>Day it was received</source>
        <translation>Saņemšanas diena</translation>
    </message>
</context>
<context>
    <name>coffer::NotesPanel</name>
    <message>
        <source>Kind of note</source>
        <translation>Piezīmes veids</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Piezīmes teksts</translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation>Kas tika pārrunāts vai norunāts…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Pievienot &amp;piezīmi</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Piezīmes, jaunākās vispirms</translation>
    </message>
    <message>
        <source>No notes yet. Write what was said or agreed above and press Add note.</source>
        <translation>Vēl nav piezīmju. Augstāk ierakstiet, kas tika pārrunāts vai norunāts, un nospiediet „Pievienot piezīmi”.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Vēl nav piezīmju.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add the note (%1)</source>
        <translation>Pievienot piezīmi (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove note…</source>
        <translation>&amp;Noņemt piezīmi…</translation>
    </message>
    <message>
        <source>Remove the chosen note</source>
        <translation>Noņemt izvēlēto piezīmi</translation>
    </message>
    <message>
        <source>Delete the chosen note (%1)</source>
        <translation>Izdzēst izvēlēto piezīmi (%1)</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Noņemt piezīmi</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>Noņemt šo piezīmi?</translation>
    </message>
</context>
<context>
    <name>coffer::OldKeyBackupsDialog</name>
    <message>
        <source>Out of Coffer&apos;s reach</source>
        <translation>Ārpus Coffer piekļuves</translation>
    </message>
    <message>
        <source>Older Backups</source>
        <translation>Vecākas rezerves kopijas</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this vault were taken before the data key changed. They still open with the old key, and with the passwords people had then — also of anyone whose access was just taken away.</source>
        <translation>
            <numerusform>%n šī seifa rezerves kopija tika izveidota pirms datu atslēgas nomaiņas. Tā joprojām atveras ar veco atslēgu un ar parolēm, kas cilvēkiem bija toreiz, — arī ar to cilvēku parolēm, kuriem piekļuve tikko tika atņemta.</numerusform>
            <numerusform>%n šī seifa rezerves kopijas tika izveidotas pirms datu atslēgas nomaiņas. Tās joprojām atveras ar veco atslēgu un ar parolēm, kas cilvēkiem bija toreiz, — arī ar to cilvēku parolēm, kuriem piekļuve tikko tika atņemta.</numerusform>
            <numerusform>%n šī seifa rezerves kopijas tika izveidotas pirms datu atslēgas nomaiņas. Tās joprojām atveras ar veco atslēgu un ar parolēm, kas cilvēkiem bija toreiz, — arī ar to cilvēku parolēm, kuriem piekļuve tikko tika atņemta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer can destroy their key slots, as a cancellation does: it first checks that a backup under the new key opens, then overwrites the old backups&apos; keys so that nothing opens them, and removes the files. They cannot be restored afterwards.</source>
        <translation>Coffer var iznīcināt to atslēgas slotus tāpat kā konta slēgšanas laikā: vispirms tas pārbauda, vai atveras rezerves kopija ar jauno atslēgu, tad pārraksta veco rezerves kopiju atslēgas, lai tās nekas vairs neatvērtu, un noņem failus. Pēc tam tās vairs nevar atjaunot.</translation>
    </message>
    <message>
        <source>&amp;Destroy Their Key Slots</source>
        <translation>&amp;Iznīcināt to atslēgas slotus</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Paturēt tās</translation>
    </message>
    <message>
        <source>Nothing was destroyed: %1</source>
        <translation>Nekas netika iznīcināts: %1</translation>
    </message>
    <message>
        <source>The backup at %1 was checked first.</source>
        <translation>Vispirms tika pārbaudīta rezerves kopija %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed.</source>
        <translation>
            <numerusform>Iznīcināta %n vecāka rezerves kopija.</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas.</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed, %1 not:</source>
        <translation>
            <numerusform>Iznīcināta %n vecāka rezerves kopija, %1 neizdevās iznīcināt:</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas, %1 neizdevās iznīcināt:</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas, %1 neizdevās iznīcināt:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Aizvērt</translation>
    </message>
</context>
<context>
    <name>coffer::OneTimePasswordDialog</name>
    <message>
        <source>One-Time Password for %1</source>
        <translation>Vienreizējā parole lietotājam %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has been added. Here is their one-time password.</source>
        <translation>Lietotājs &lt;b&gt;%1&lt;/b&gt; ir pievienots. Šeit ir viņa vienreizējā parole.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s password has been reset. Here is their new one-time password; the old password no longer works.</source>
        <translation>Lietotāja &lt;b&gt;%1&lt;/b&gt; parole ir atiestatīta. Šeit ir viņa jaunā vienreizējā parole; vecā parole vairs nedarbojas.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Vienreizējā parole</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Kopēt vienreizējo paroli</translation>
    </message>
    <message>
        <source>Give it to %1 in person or by phone rather than by email. At their first sign-in Coffer asks them to choose their own password, and this one stops working.&lt;br&gt;&lt;br&gt;&lt;b&gt;This is the only time it is shown.&lt;/b&gt; If it is lost, reset the password again.</source>
        <translation>Nododiet to lietotājam %1 klātienē vai pa tālruni, nevis e-pastā. Pirmajā pierakstīšanās reizē Coffer lūgs izvēlēties savu paroli, un šī vairs nedarbosies.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tā tiek parādīta tikai šo vienu reizi.&lt;/b&gt; Ja tā tiek pazaudēta, atiestatiet paroli vēlreiz.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gatavs</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Nokopēts. Starpliktuve tiks notīrīta pēc %n sekundes.</numerusform>
            <numerusform>Nokopēts. Starpliktuve tiks notīrīta pēc %n sekundēm.</numerusform>
            <numerusform>Nokopēts. Starpliktuve tiks notīrīta pēc %n sekundēm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Nokopēts.</translation>
    </message>
</context>
<context>
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Stiprums: %1</translation>
    </message>
</context>
<context>
    <name>coffer::PolicyDialog</name>
    <message>
        <source>As &amp;text</source>
        <translation>Kā &amp;teksts</translation>
    </message>
    <message>
        <source>As a &amp;file (the PDF you published, say)</source>
        <translation>Kā &amp;fails (piemēram, publicētais PDF)</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Pievienot politikas versiju</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>piem., %1</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Spēkā no</translation>
    </message>
    <message>
        <source>The policy&apos;s text</source>
        <translation>Politikas teksts</translation>
    </message>
    <message>
        <source>Paste the policy as published</source>
        <translation>Ielīmējiet politiku, kā tā publicēta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>The policy as published</source>
        <translation>Politika, kā tā publicēta</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Spēkā &amp;no:</translation>
    </message>
    <message>
        <source>A version is kept as it is, with its SHA-256, and is never changed: a changed policy is a new version. Consents given under an earlier one are listed to ask again.</source>
        <translation>Versija tiek glabāta tāda, kāda tā ir, ar savu SHA-256, un nekad netiek mainīta: mainīta politika ir jauna versija. Saskaņā ar agrāku versiju dotās piekrišanas tiek uzskaitītas, lai jautātu atkārtoti.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Fails nav izvēlēts</translation>
    </message>
</context>
<context>
    <name>coffer::PrivacyCheckPage</name>
    <message>
        <source>Authority told %1</source>
        <translation>Iestāde informēta %1</translation>
    </message>
    <message>
        <source>Not notified: %1</source>
        <translation>Nav paziņots: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n stundu nokavēts</numerusform>
            <numerusform>%n stundas nokavēts</numerusform>
            <numerusform>%n stundu nokavēts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to tell the authority</source>
        <translation>
            <numerusform>atlikusi %n stunda, lai informētu iestādi</numerusform>
            <numerusform>atlikušas %n stundas, lai informētu iestādi</numerusform>
            <numerusform>atlikušas %n stundas, lai informētu iestādi</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kas jādara</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Atklāts</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Pulkstenis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kas notika</translation>
    </message>
    <message>
        <source>Breach log</source>
        <translation>Pārkāpumu žurnāls</translation>
    </message>
    <message>
        <source>Save Record of &amp;Processing…</source>
        <translation>Saglabāt apstrādes &amp;reģistru…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Article 30) as a PDF.</source>
        <translation>Apstrādes darbību reģistrs (VDAR 30. pants) kā PDF.</translation>
    </message>
    <message>
        <source>&amp;Log Breach…</source>
        <translation>&amp;Reģistrēt pārkāpumu…</translation>
    </message>
    <message>
        <source>Record &amp;Notification…</source>
        <translation>Reģistrēt &amp;paziņojumu…</translation>
    </message>
    <message>
        <source>Privacy Check</source>
        <translation>Privātuma pārbaude</translation>
    </message>
    <message>
        <source>What needs your action now: requests to answer, data past its retention, consents to ask again, breaches to notify within 72 hours (GDPR Article 33), backups and the audit log.</source>
        <translation>Kas tagad prasa jūsu rīcību: pieprasījumi, uz kuriem jāatbild, dati ar beigušos glabāšanas termiņu, piekrišanas, par kurām jājautā vēlreiz, pārkāpumi, par kuriem jāpaziņo 72 stundu laikā (VDAR 33. pants), rezerves kopijas un audita žurnāls.</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Jārīkojas</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Kārtībā</translation>
    </message>
    <message>
        <source>Nothing needs your action.</source>
        <translation>Nekas neprasa jūsu rīcību.</translation>
    </message>
    <message>
        <source>Some things need your action; each line says what to do.</source>
        <translation>Dažas lietas prasa jūsu rīcību; katrā rindā teikts, kas jādara.</translation>
    </message>
    <message>
        <source>Log Breach</source>
        <translation>Reģistrēt pārkāpumu</translation>
    </message>
    <message>
        <source>What happened, in general words (no client&apos;s data)</source>
        <translation>Kas notika, vispārīgos vārdos (bez klientu datiem)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nezināms</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Atklāts:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Kas notika:</translation>
    </message>
    <message>
        <source>&amp;People, about:</source>
        <translation>&amp;Personas, aptuveni:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Veiktie pasākumi:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Reģistrēt</translation>
    </message>
    <message>
        <source>The breach was not logged</source>
        <translation>Pārkāpums netika reģistrēts</translation>
    </message>
    <message>
        <source>Record Notification</source>
        <translation>Reģistrēt paziņojumu</translation>
    </message>
    <message>
        <source>Or: why the authority is not told (no risk to people, because …)</source>
        <translation>Vai: kāpēc iestāde netiek informēta (nav riska personām, jo …)</translation>
    </message>
    <message>
        <source>&amp;Authority told on:</source>
        <translation>&amp;Iestāde informēta:</translation>
    </message>
    <message>
        <source>&amp;Or not told, because:</source>
        <translation>&amp;Vai nav informēta, jo:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Reģistrēt</translation>
    </message>
    <message>
        <source>The notification was not recorded</source>
        <translation>Paziņojums netika reģistrēts</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Apstrādes reģistrs</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Saglabāt apstrādes reģistru</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Record of Processing</source>
        <translation>Saglabāt apstrādes reģistru</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>Reģistrs netika saglabāts</translation>
    </message>
</context>
<context>
    <name>coffer::PurposeDialog</name>
    <message>
        <source>Edit Purpose</source>
        <translation>Labot nolūku</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Pievienot nolūku</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>e.g. Newsletter</source>
        <translation>piem., Jaunumu vēstule</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>What the data is used for, in the words your clients read</source>
        <translation>Kam dati tiek izmantoti — vārdos, ko lasa jūsu klienti</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Nolūks:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>Tiesiskais &amp;pamats:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Apraksts:</translation>
    </message>
    <message>
        <source>For consent, a client may be contacted for the purpose while their consent is granted. For any other basis, every client may be, unless they objected.</source>
        <translation>Ja pamats ir piekrišana, klientu šim nolūkam drīkst uzrunāt, kamēr viņa piekrišana ir spēkā. Ar jebkuru citu pamatu drīkst uzrunāt ikvienu klientu, ja vien viņš nav iebildis.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
</context>
<context>
    <name>coffer::PurposesPage</name>
    <message>
        <source>Purposes &amp; Policies</source>
        <translation>Nolūki un politikas</translation>
    </message>
    <message>
        <source>What your business processes personal data for, and on which lawful basis (GDPR Article 6); the versions of your privacy policy. Consents are recorded against these purposes.</source>
        <translation>Kādiem nolūkiem jūsu uzņēmums apstrādā personas datus un uz kāda tiesiskā pamata (VDAR 6. pants); jūsu privātuma politikas versijas. Piekrišanas tiek reģistrētas šiem nolūkiem.</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Apstrādes nolūki</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>&amp;Add Purpose…</source>
        <translation>&amp;Pievienot nolūku…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Labot…</translation>
    </message>
    <message>
        <source>Privacy policy versions</source>
        <translation>Privātuma politikas versijas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Spēkā no</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Glabāta kā</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Saglabāt kopiju…</translation>
    </message>
    <message>
        <source>Add &amp;Version…</source>
        <translation>Pievienot &amp;versiju…</translation>
    </message>
    <message>
        <source>Consents to ask for again</source>
        <translation>Piekrišanas, par kurām jautāt vēlreiz</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dota</translation>
    </message>
    <message>
        <source>Under version</source>
        <translation>Saskaņā ar versiju</translation>
    </message>
    <message>
        <source>Consents given under an earlier policy</source>
        <translation>Saskaņā ar agrāku politiku dotās piekrišanas</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Nolūks:</translation>
    </message>
    <message>
        <source>Clients whose consent was given under a policy version other than the one in force today. Open one to record their answer when you have asked again.</source>
        <translation>Klienti, kuru piekrišana dota saskaņā ar citu politikas versiju, nevis šodien spēkā esošo. Atveriet klientu, lai reģistrētu atbildi, kad būsiet pajautājuši vēlreiz.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (spēkā)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>No policy version is archived yet: add the one in force, and Coffer lists here who consented under an earlier one once you add the next.</source>
        <translation>Arhīvā vēl nav nevienas politikas versijas: pievienojiet spēkā esošo, un, kad pievienosiet nākamo, Coffer šeit uzskaitīs, kas piekrita saskaņā ar agrāko.</translation>
    </message>
    <message>
        <source>No purpose rests on consent.</source>
        <translation>Neviens nolūks nebalstās uz piekrišanu.</translation>
    </message>
    <message>
        <source>Nobody: every granted consent for this purpose was given under the version in force.</source>
        <translation>Neviens: visas šī nolūka piekrišanas dotas saskaņā ar spēkā esošo versiju.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nav reģistrēta</translation>
    </message>
    <message>
        <source>Add Purpose</source>
        <translation>Pievienot nolūku</translation>
    </message>
    <message>
        <source>Edit Purpose</source>
        <translation>Labot nolūku</translation>
    </message>
    <message>
        <source>The file is larger than a policy may be (%1 MiB).</source>
        <translation>Fails ir lielāks, nekā drīkst būt politika (%1 MiB).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Failu neizdevās nolasīt: %1</translation>
    </message>
    <message>
        <source>Add Policy Version</source>
        <translation>Pievienot politikas versiju</translation>
    </message>
    <message>
        <source>Privacy policy %1</source>
        <translation>Privātuma politika %1</translation>
    </message>
    <message>
        <source>Save a copy of the policy</source>
        <translation>Saglabāt politikas kopiju</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Saglabāt kopiju</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Tas neizdevās</translation>
    </message>
    <message>
        <source>Record of &amp;Processing…</source>
        <translation>Apstrādes &amp;reģistrs…</translation>
    </message>
    <message>
        <source>What the record of processing activities (GDPR Article 30) says of this purpose.</source>
        <translation>Ko apstrādes darbību reģistrs (VDAR 30. pants) saka par šo nolūku.</translation>
    </message>
    <message>
        <source>Record of Processing</source>
        <translation>Apstrādes reģistrs</translation>
    </message>
    <message>
        <source>Record of Processing: %1</source>
        <translation>Apstrādes reģistrs: %1</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>e.g. clients and their contact persons</source>
        <translation>piem., klienti un viņu kontaktpersonas</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Dati:</translation>
    </message>
    <message>
        <source>e.g. names, emails, phone numbers, contracts</source>
        <translation>piem., vārdi, e-pasti, tālruņi, līgumi</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Saņēmēji:</translation>
    </message>
    <message>
        <source>e.g. our accountant; nobody</source>
        <translation>piem., mūsu grāmatvedis; neviens</translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation>&amp;Nosūtīšana ārpus EEZ:</translation>
    </message>
    <message>
        <source>none, or where to and with which safeguards</source>
        <translation>nav, vai uz kurieni un ar kādām garantijām</translation>
    </message>
    <message>
        <source>The lawful basis, the retention rule, your business&apos;s details and the security measures come from where they are kept.</source>
        <translation>Tiesiskais pamats, glabāšanas noteikums, jūsu uzņēmuma dati un drošības pasākumi tiek ņemti no vietas, kur tie glabājas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation>Jauna atkopšanas atslēga</translation>
    </message>
    <message>
        <source>&lt;b&gt;The recovery key was replaced.&lt;/b&gt; The old one no longer opens this vault; this new one does, when you forget your password. It is shown only this once.</source>
        <translation>&lt;b&gt;Atkopšanas atslēga tika nomainīta.&lt;/b&gt; Vecā vairs neatver šo seifu; šī jaunā to atver, ja aizmirstat paroli. Tā tiek parādīta tikai šo vienu reizi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are the owner of this vault now: here is your own recovery key.&lt;/b&gt; The previous owner&apos;s key was destroyed with the hand-over. If you forget your password, this key is the only way back in. It is shown only this once.</source>
        <translation>&lt;b&gt;Tagad jūs esat šī seifa īpašnieks: šeit ir jūsu atkopšanas atslēga.&lt;/b&gt; Iepriekšējā īpašnieka atslēga tika iznīcināta, nododot īpašumtiesības. Ja aizmirsīsiet paroli, šī atslēga būs vienīgais veids, kā atkal piekļūt seifam. Tā tiek parādīta tikai šo vienu reizi.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gatavs</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPanel</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Atkopšanas atslēga ir saglabāta drošā vietā</translation>
    </message>
    <message>
        <source>Write it down, or save it in another password manager, and keep it somewhere safe, away from this computer. To use it, choose “Forgot your password?” when you unlock the vault. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Pierakstiet to vai saglabājiet citā paroļu pārvaldniekā un glabājiet drošā vietā, prom no šī datora. Lai to izmantotu, seifa atbloķēšanas logā izvēlieties „Aizmirsāt paroli?”. Ikviens, kam ir šī atslēga un seifa kopija, var to atvērt.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Atkopšanas atslēga</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopēt atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste it where you keep it safe; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Nokopēts. Ielīmējiet to drošā vietā; starpliktuve tiks notīrīta pēc %n sekundes.</numerusform>
            <numerusform>Nokopēts. Ielīmējiet to drošā vietā; starpliktuve tiks notīrīta pēc %n sekundēm.</numerusform>
            <numerusform>Nokopēts. Ielīmējiet to drošā vietā; starpliktuve tiks notīrīta pēc %n sekundēm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then copy something else over it.</source>
        <translation>Nokopēts. Ielīmējiet to drošā vietā un pēc tam nokopējiet kaut ko citu, lai to aizstātu.</translation>
    </message>
    <message>
        <source>%1 recovery key.txt</source>
        <translation>%1 atkopšanas atslēga.txt</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Saglabāt atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Teksta faili (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it somewhere safe, away from this computer.</source>
        <translation>Saglabāts: %1. Pārvietojiet to drošā vietā, prom no šī datora.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nav saglabāts: %1</translation>
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
        <translation>Coffer atkopšanas atslēga

Seifs: %1
Mape: %2
Izveidots: %3

Atkopšanas atslēga: %4

Ar šo atslēgu īpašnieks var izvēlēties jaunu paroli, ja vecā ir aizmirsta.
Glabājiet to drošā vietā, prom no datora, kurā ir seifs: ikviens, kam ir
šī atslēga un seifa kopija, var to atvērt.
</translation>
    </message>
</context>
<context>
    <name>coffer::RemovalQuestion</name>
    <message>
        <source>It is deleted from the vault for good. Backups made before now still hold it; to remove everything about a person, erase the client instead.</source>
        <translation>Tā tiek neatgriezeniski izdzēsta no seifa. Rezerves kopijās, kas izveidotas pirms tam, tā joprojām ir; lai noņemtu visu par kādu personu, izdzēsiet klientu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
</context>
<context>
    <name>coffer::ReplyLetter</name>
    <message>
        <source>The deadline of this request is not extended: extend it first, with its reason.</source>
        <translation>Šī pieprasījuma termiņš nav pagarināts: vispirms pagariniet to, norādot iemeslu.</translation>
    </message>
    <message>
        <source>This request is not closed as done yet.</source>
        <translation>Šis pieprasījums vēl nav slēgts kā izpildīts.</translation>
    </message>
    <message>
        <source>This request is not refused: close it as refused first, with its legal ground.</source>
        <translation>Šis pieprasījums nav atteikts: vispirms slēdziet to kā atteiktu, norādot tiesisko pamatu.</translation>
    </message>
    <message>
        <source>Your request of %1: %2</source>
        <translation>Jūsu %1 pieprasījums: %2</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Labdien!</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Labdien, %1!</translation>
    </message>
    <message>
        <source>If you have any question about your request, contact us: %1.</source>
        <translation>Ja jums ir jautājumi par savu pieprasījumu, sazinieties ar mums: %1.</translation>
    </message>
    <message>
        <source>We received your request (%1) on %2. We will answer it without undue delay and by %3 at the latest, as Article 12(3) of the General Data Protection Regulation (GDPR) requires.</source>
        <translation>Mēs saņēmām jūsu pieprasījumu (%1) %2. Mēs uz to atbildēsim bez nepamatotas kavēšanās un ne vēlāk kā līdz %3, kā to prasa Vispārīgās datu aizsardzības regulas (VDAR) 12. panta 3. punkts.</translation>
    </message>
    <message>
        <source>Before we give you any personal data or change it, we need to be sure that the request comes from you. We may ask you for information to confirm who you are.</source>
        <translation>Pirms izsniedzam vai mainām jūsu personas datus, mums jāpārliecinās, ka pieprasījums ir no jums. Mēs varam lūgt informāciju, kas apliecina jūsu identitāti.</translation>
    </message>
    <message numerus="yes">
        <source>We received your request on %1. It needs more time than one month: %2. As Article 12(3) of the GDPR allows, we extend the period to answer by %n month(s), to %3.</source>
        <translation>
            <numerusform>Mēs saņēmām jūsu pieprasījumu %1. Tā izpildei vajadzīgs vairāk nekā viens mēnesis: %2. Kā pieļauj VDAR 12. panta 3. punkts, mēs pagarinām atbildes termiņu par %n mēnesi, līdz %3.</numerusform>
            <numerusform>Mēs saņēmām jūsu pieprasījumu %1. Tā izpildei vajadzīgs vairāk nekā viens mēnesis: %2. Kā pieļauj VDAR 12. panta 3. punkts, mēs pagarinām atbildes termiņu par %n mēnešiem, līdz %3.</numerusform>
            <numerusform>Mēs saņēmām jūsu pieprasījumu %1. Tā izpildei vajadzīgs vairāk nekā viens mēnesis: %2. Kā pieļauj VDAR 12. panta 3. punkts, mēs pagarinām atbildes termiņu par %n mēnešiem, līdz %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>We have carried out your request of %1.</source>
        <translation>Mēs esam izpildījuši jūsu %1 pieprasījumu.</translation>
    </message>
    <message>
        <source>We cannot carry out your request of %1, for this reason: %2.</source>
        <translation>Mēs nevaram izpildīt jūsu %1 pieprasījumu šāda iemesla dēļ: %2.</translation>
    </message>
    <message>
        <source>You may complain to the data protection supervisory authority of your country, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Jūs varat iesniegt sūdzību savas valsts datu aizsardzības uzraudzības iestādei un vērsties tiesā (VDAR 12. panta 4. punkts).</translation>
    </message>
    <message>
        <source>You may complain to the supervisory authority, %1, and seek a judicial remedy (GDPR Art. 12(4)).</source>
        <translation>Jūs varat iesniegt sūdzību uzraudzības iestādei (%1) un vērsties tiesā (VDAR 12. panta 4. punkts).</translation>
    </message>
    <message>
        <source>A copy of the personal data we hold about you is enclosed, with a letter that explains it.</source>
        <translation>Pielikumā ir jūsu personas datu kopija, kas ir mūsu rīcībā, un vēstule, kas to izskaidro.</translation>
    </message>
    <message>
        <source>Your data has been corrected as you asked.</source>
        <translation>Jūsu dati ir laboti, kā lūdzāt.</translation>
    </message>
    <message>
        <source>Your personal data has been erased from our records. We keep only a note that your request was handled, which does not name you.</source>
        <translation>Jūsu personas dati ir dzēsti no mūsu ierakstiem. Mēs glabājam tikai atzīmi, ka jūsu pieprasījums ir izpildīts, un tajā jūs neesat nosaukts.</translation>
    </message>
    <message>
        <source>The processing of your data is restricted: we only store it, and we will tell you before the restriction is lifted.</source>
        <translation>Jūsu datu apstrāde ir ierobežota: mēs tos tikai glabājam un paziņosim jums, pirms ierobežojums tiks atcelts.</translation>
    </message>
    <message>
        <source>Your data is enclosed in structured, machine-readable formats (JSON and CSV).</source>
        <translation>Pielikumā ir jūsu dati strukturētos, mašīnlasāmos formātos (JSON un CSV).</translation>
    </message>
    <message>
        <source>We will no longer use your data for the purpose you objected to.</source>
        <translation>Mēs vairs neizmantosim jūsu datus nolūkā, pret kuru jūs iebildāt.</translation>
    </message>
    <message>
        <source>We have recorded the withdrawal of your consent and no longer use your data for that purpose.</source>
        <translation>Mēs esam reģistrējuši jūsu piekrišanas atsaukumu un vairs neizmantojam jūsu datus šim nolūkam.</translation>
    </message>
    <message>
        <source>The letter could not be written: %1</source>
        <translation>Vēstuli nevarēja ierakstīt: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ReportDialog</name>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ceļš</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Izturēta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neizdevās</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Rādīt &amp;mapē</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Sīkāk</translation>
    </message>
    <message>
        <source>What Coffer checked, in technical terms</source>
        <translation>Ko Coffer pārbaudīja, tehniskos vārdos</translation>
    </message>
</context>
<context>
    <name>coffer::RequestDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Pierādījums</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Sīkāk</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Identity Checked…</source>
        <translation>&amp;Identitāte pārbaudīta…</translation>
    </message>
    <message>
        <source>Record how you confirmed that the request comes from the person themselves.</source>
        <translation>Ierakstiet, kā pārliecinājāties, ka pieprasījums ir no pašas personas.</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pa&amp;garināt…</translation>
    </message>
    <message>
        <source>Give yourself one or two more months, with the reason; tell the person within the first month.</source>
        <translation>Pagariniet termiņu par vienu vai diviem mēnešiem, norādot iemeslu; paziņojiet personai pirmā mēneša laikā.</translation>
    </message>
    <message>
        <source>Open &amp;Client</source>
        <translation>Atvērt &amp;klientu</translation>
    </message>
    <message>
        <source>Close &amp;Request…</source>
        <translation>Slēgt &amp;pieprasījumu…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Atbildēt līdz:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Saņemts:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitāte:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Pagarinājums:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stāvoklis:</translation>
    </message>
    <message>
        <source>Evidence linked to it:</source>
        <translation>Piesaistītie pierādījumi:</translation>
    </message>
    <message>
        <source>an erased client</source>
        <translation>dzēsts klients</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (vēl nav identificēts)</translation>
    </message>
    <message>
        <source>someone not yet identified</source>
        <translation>kāds vēl neidentificēts</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>nokavēts %n dienu</numerusform>
            <numerusform>nokavēts %n dienas</numerusform>
            <numerusform>nokavēts %n dienu</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jāatbild šodien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>atlikusi %n diena</numerusform>
            <numerusform>atlikušas %n dienas</numerusform>
            <numerusform>atlikušas %n dienas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked on %1: %2</source>
        <translation>Pārbaudīta %1: %2</translation>
    </message>
    <message>
        <source>Waiting for proof of identity; the month still runs from receipt.</source>
        <translation>Gaida identitātes apliecinājumu; mēnesis joprojām tiek skaitīts no saņemšanas.</translation>
    </message>
    <message>
        <source>Not checked yet; the month runs from receipt all the same.</source>
        <translation>Vēl nav pārbaudīta; mēnesis tik un tā tiek skaitīts no saņemšanas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s): %1 (told on %2)</source>
        <translation>
            <numerusform>vēl %n mēnesis: %1 (paziņots %2)</numerusform>
            <numerusform>vēl %n mēneši: %1 (paziņots %2)</numerusform>
            <numerusform>vēl %n mēnešu: %1 (paziņots %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers see requests; editors and above handle them.</source>
        <translation>Skatītāji redz pieprasījumus; tos apstrādā redaktori un augstākas lomas.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Šis pieprasījums ir slēgts.</translation>
    </message>
    <message>
        <source>The deadline is already extended by the two months the law allows.</source>
        <translation>Termiņš jau ir pagarināts par diviem mēnešiem, ko pieļauj likums.</translation>
    </message>
    <message>
        <source>Prepare &amp;Access Pack…</source>
        <translation>Sagatavot &amp;piekļuves paketi…</translation>
    </message>
    <message>
        <source>Prepare &amp;Export…</source>
        <translation>Sagatavot &amp;eksportu…</translation>
    </message>
    <message>
        <source>Prepare the access pack: a folder with the client&apos;s data (a zip of JSON, CSV and their files) and a cover letter to send them. It becomes this request&apos;s evidence.</source>
        <translation>Sagatavojiet piekļuves paketi: mapi ar klienta datiem (zip ar JSON, CSV un viņa failiem) un pavadvēstuli, ko nosūtīt. Tā kļūst par šī pieprasījuma pierādījumu.</translation>
    </message>
    <message>
        <source>Prepare the export: the client&apos;s data in machine-readable formats (a zip of JSON, CSV and their files). It becomes this request&apos;s evidence.</source>
        <translation>Sagatavojiet eksportu: klienta datus mašīnlasāmos formātos (zip ar JSON, CSV un viņa failiem). Tas kļūst par šī pieprasījuma pierādījumu.</translation>
    </message>
    <message>
        <source>&amp;Erase Client…</source>
        <translation>&amp;Dzēst klientu…</translation>
    </message>
    <message>
        <source>Erase the client: the verified erasure runs and its report becomes this request&apos;s evidence. The request then names them by a pseudonym only.</source>
        <translation>Dzēsiet klientu: tiek veikta pārbaudīta dzēšana, un tās pārskats kļūst par šī pieprasījuma pierādījumu. Pēc tam pieprasījumā klients minēts tikai ar pseidonīmu.</translation>
    </message>
    <message>
        <source>Re&amp;strict Processing…</source>
        <translation>Ie&amp;robežot apstrādi…</translation>
    </message>
    <message>
        <source>Restrict processing of the client: their data is then kept but not changed until you lift it.</source>
        <translation>Ierobežojiet klienta datu apstrādi: dati tiek glabāti, bet nemainīti, līdz ierobežojumu atceļat.</translation>
    </message>
    <message>
        <source>The request is not linked to a client.</source>
        <translation>Pieprasījums nav sasaistīts ar klientu.</translation>
    </message>
    <message>
        <source>This step was not recorded</source>
        <translation>Šis solis netika ierakstīts</translation>
    </message>
    <message>
        <source>Nothing was changed. Put right what the message says and try again.</source>
        <translation>Nekas netika mainīts. Novērsiet ziņojumā minēto un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Identity Checked</source>
        <translation>Identitāte pārbaudīta</translation>
    </message>
    <message>
        <source>How did you confirm that the request comes from the person themselves?</source>
        <translation>Kā pārliecinājāties, ka pieprasījums ir no pašas personas?</translation>
    </message>
    <message>
        <source>Extend the Deadline</source>
        <translation>Termiņa pagarināšana</translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>vēl %n mēnesis</numerusform>
            <numerusform>vēl %n mēneši</numerusform>
            <numerusform>vēl %n mēnešu</numerusform>
        </translation>
    </message>
    <message>
        <source>For instance: records in several archives must be searched</source>
        <translation>Piemēram: jāpārmeklē ieraksti vairākos arhīvos</translation>
    </message>
    <message>
        <source>The law allows two more months where a request is complex or there are many; tell the person, with this reason, within the first month.</source>
        <translation>Likums pieļauj vēl divus mēnešus, ja pieprasījums ir sarežģīts vai pieprasījumu ir daudz; paziņojiet personai šo iemeslu pirmā mēneša laikā.</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>Pagarināt par:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Iemesls:</translation>
    </message>
    <message>
        <source>Access pack %1</source>
        <translation>Piekļuves pakete %1</translation>
    </message>
    <message>
        <source>Where to Make the Access Pack</source>
        <translation>Kur izveidot piekļuves paketi</translation>
    </message>
    <message>
        <source>New folder:</source>
        <translation>Jaunā mape:</translation>
    </message>
    <message>
        <source>Prepare Access Pack</source>
        <translation>Piekļuves paketes sagatavošana</translation>
    </message>
    <message>
        <source>Exporting the data of %1 and writing the letter…</source>
        <translation>Eksportē %1 datus un raksta vēstuli…</translation>
    </message>
    <message>
        <source>No access pack was made</source>
        <translation>Piekļuves pakete netika izveidota</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Nekas netika ierakstīts. Novērsiet ziņojumā minēto un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The access pack is ready in %1.</source>
        <translation>Piekļuves pakete ir gatava: %1.</translation>
    </message>
    <message>
        <source>It is linked to this request as its evidence. Send it to the person in a safe way (it is not encrypted), then close the request as done.</source>
        <translation>Tā ir piesaistīta šim pieprasījumam kā pierādījums. Nosūtiet to personai drošā veidā (tā nav šifrēta), tad slēdziet pieprasījumu kā izpildītu.</translation>
    </message>
    <message>
        <source>The person&apos;s identity is not recorded as checked: check it before you send them their data.</source>
        <translation>Personas identitāte nav atzīmēta kā pārbaudīta: pārbaudiet to, pirms sūtāt datus.</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Rādīt &amp;mapi</translation>
    </message>
    <message>
        <source>Restrict Processing</source>
        <translation>Apstrādes ierobežošana</translation>
    </message>
    <message>
        <source>Why is processing restricted? (For instance: the person contests the accuracy of their data.)</source>
        <translation>Kāpēc apstrāde tiek ierobežota? (Piemēram: persona apstrīd savu datu precizitāti.)</translation>
    </message>
    <message>
        <source>Close the Request</source>
        <translation>Pieprasījuma slēgšana</translation>
    </message>
    <message>
        <source>&amp;Done: the request was carried out</source>
        <translation>&amp;Izpildīts: pieprasījums ir izpildīts</translation>
    </message>
    <message>
        <source>&amp;Refused, on a legal ground</source>
        <translation>&amp;Atteikts uz tiesiska pamata</translation>
    </message>
    <message>
        <source>Only administrators and the owner refuse a request.</source>
        <translation>Pieprasījumu atteikt var tikai administratori un īpašnieks.</translation>
    </message>
    <message>
        <source>Required: the legal ground, which you tell the person</source>
        <translation>Obligāti: tiesiskais pamats, ko paziņojat personai</translation>
    </message>
    <message>
        <source>Optional: the evidence above shows what was done</source>
        <translation>Nav obligāti: iepriekš minētie pierādījumi rāda, kas izdarīts</translation>
    </message>
    <message>
        <source>Required without evidence: what was done</source>
        <translation>Obligāti, ja nav pierādījumu: kas izdarīts</translation>
    </message>
    <message>
        <source>Record &amp;Objection…</source>
        <translation>Reģistrēt &amp;iebildumu…</translation>
    </message>
    <message>
        <source>Record &amp;Withdrawal…</source>
        <translation>Reģistrēt &amp;atsaukumu…</translation>
    </message>
    <message>
        <source>Mark the client not to be contacted for the purpose they object to or withdrew from (direct marketing, a newsletter, …). The mark shows on their Consents tab and keeps them off the list of who may be contacted for it; it becomes this request&apos;s evidence.</source>
        <translation>Atzīmējiet, ka ar klientu nedrīkst sazināties nolūkā, pret kuru viņš iebilst vai kuram atsauca piekrišanu (tiešā tirgvedība, jaunumu vēstule, …). Atzīme redzama viņa cilnē Piekrišanas un neļauj viņu iekļaut to sarakstā, ar kuriem drīkst sazināties šajā nolūkā; tā kļūst par šī pieprasījuma pierādījumu.</translation>
    </message>
    <message>
        <source>Record Objection</source>
        <translation>Iebilduma reģistrēšana</translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation>Atsaukuma reģistrēšana</translation>
    </message>
    <message>
        <source>What do they object to? They will not be contacted for it.</source>
        <translation>Pret ko persona iebilst? Šajā nolūkā ar viņu vairs nesazināsies.</translation>
    </message>
    <message>
        <source>Which consent do they withdraw? They will not be contacted for it.</source>
        <translation>Kuru piekrišanu persona atsauc? Šajā nolūkā ar viņu vairs nesazināsies.</translation>
    </message>
    <message>
        <source>Write &amp;Letter</source>
        <translation>Rakstīt &amp;vēstuli</translation>
    </message>
    <message>
        <source>The letter that answers the person, filled from this request: as PDF or text.</source>
        <translation>Vēstule, kas atbild personai, aizpildīta no šī pieprasījuma: PDF vai teksta formā.</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement…</source>
        <translation>&amp;Apstiprinājums…</translation>
    </message>
    <message>
        <source>&amp;Extension Notice…</source>
        <translation>&amp;Paziņojums par pagarinājumu…</translation>
    </message>
    <message>
        <source>&amp;Completion…</source>
        <translation>&amp;Izpildes paziņojums…</translation>
    </message>
    <message>
        <source>&amp;Refusal…</source>
        <translation>A&amp;tteikums…</translation>
    </message>
    <message>
        <source>Write Letter</source>
        <translation>Vēstules rakstīšana</translation>
    </message>
    <message>
        <source>This letter does not fit the request yet</source>
        <translation>Šī vēstule vēl neatbilst pieprasījumam</translation>
    </message>
    <message>
        <source>Carry the step out first, then write the letter.</source>
        <translation>Vispirms izpildiet šo soli, tad rakstiet vēstuli.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Teksta faili (*.txt)</translation>
    </message>
    <message>
        <source>Save the Letter</source>
        <translation>Vēstules saglabāšana</translation>
    </message>
    <message>
        <source>The letter could not be saved</source>
        <translation>Vēstuli nevarēja saglabāt</translation>
    </message>
    <message>
        <source>Choose another folder or name, and try again.</source>
        <translation>Izvēlieties citu mapi vai nosaukumu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>&amp;Link Corrections</source>
        <translation>&amp;Piesaistīt labojumus</translation>
    </message>
    <message>
        <source>Correct the record on the client&apos;s page (profile, notes, consents), then link the corrections: Coffer records which fields changed since the request arrived, never their values.</source>
        <translation>Labojiet ierakstu klienta lapā (profils, piezīmes, piekrišanas), tad piesaistiet labojumus: Coffer ieraksta, kuri lauki mainīti kopš pieprasījuma saņemšanas, nekad to vērtības.</translation>
    </message>
    <message>
        <source>&amp;Link to Client…</source>
        <translation>&amp;Sasaistīt ar klientu…</translation>
    </message>
    <message>
        <source>Once you know who asked, link the request to their client record.</source>
        <translation>Kad zināt, kas to lūdza, sasaistiet pieprasījumu ar viņa klienta ierakstu.</translation>
    </message>
    <message>
        <source>Who asked is not linked to a client yet: once you know, link the request to their record with Link to Client.</source>
        <translation>Pieprasītājs vēl nav sasaistīts ar klientu: kad zināt, kas tas ir, sasaistiet pieprasījumu ar viņa ierakstu, izmantojot “Sasaistīt ar klientu”.</translation>
    </message>
    <message>
        <source>Link to Client</source>
        <translation>Sasaistīšana ar klientu</translation>
    </message>
    <message>
        <source>Find the client: type a name, an email or a phone number.</source>
        <translation>Atrodiet klientu: ierakstiet vārdu, e-pastu vai tālruņa numuru.</translation>
    </message>
    <message>
        <source>The clients could not be searched</source>
        <translation>Klientus nevarēja pārmeklēt</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>No client matches “%1”</source>
        <translation>Neviens klients neatbilst “%1”</translation>
    </message>
    <message>
        <source>Try another spelling, or add them as a client first.</source>
        <translation>Mēģiniet citu rakstību vai vispirms pievienojiet viņu kā klientu.</translation>
    </message>
    <message>
        <source>Which client asked?</source>
        <translation>Kurš klients to lūdza?</translation>
    </message>
    <message>
        <source>The purposes could not be read</source>
        <translation>Nolūkus neizdevās nolasīt</translation>
    </message>
    <message>
        <source>There are no purposes of processing yet</source>
        <translation>Apstrādes nolūku vēl nav</translation>
    </message>
    <message>
        <source>An objection or a withdrawal is recorded against a purpose of the catalogue.</source>
        <translation>Iebildumu vai atsaukumu reģistrē kataloga nolūkam.</translation>
    </message>
    <message>
        <source>An administrator defines the purposes on the Purposes &amp; Policies page.</source>
        <translation>Administrators nosaka nolūkus lapā „Nolūki un politikas”.</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPage</name>
    <message>
        <source>Show requests of this type</source>
        <translation>Rādīt šāda veida pieprasījumus</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Show requests in this state</source>
        <translation>Rādīt pieprasījumus šajā stāvoklī</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Atvērtie pieprasījumi</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Visi pieprasījumi</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stāvoklis:</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <source>Record a request from someone who is not (yet) a client. For a client, use New Request on their page.</source>
        <translation>Reģistrēt pieprasījumu no kāda, kas (vēl) nav klients. Klientam izmantojiet „Jauns pieprasījums” viņa lapā.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Atbildēt līdz</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Atlikušais laiks</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>No requests here. When someone asks to see, correct, move or erase their data, or objects to its use, record it with New Request: Coffer counts the month you have to answer.</source>
        <translation>Šeit nav pieprasījumu. Kad kāds lūdz apskatīt, labot, pārnest vai dzēst savus datus vai iebilst pret to izmantošanu, reģistrējiet to ar „Jauns pieprasījums”: Coffer skaita mēnesi, kas jums ir atbildei.</translation>
    </message>
    <message>
        <source>What people asked about their data, and by when you must answer: one month from receipt (GDPR Article 12), overdue ones first. Coffer keeps the dates; it does not give legal advice.</source>
        <translation>Ko personas lūgušas par saviem datiem un līdz kuram datumam jāatbild: mēnesis no saņemšanas (VDAR 12. pants), nokavētie vispirms. Coffer glabā datumus; tas nesniedz juridiskas konsultācijas.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Nokavēts par %n dienu</numerusform>
            <numerusform>Nokavēts par %n dienām</numerusform>
            <numerusform>Nokavēts par %n dienām</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termiņš šodien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienas</numerusform>
            <numerusform>%n dienu</numerusform>
        </translation>
    </message>
    <message>
        <source>An erased client</source>
        <translation>Izdzēsts klients</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>Vēl nav identificēts</translation>
    </message>
    <message>
        <source>%1 (not yet identified)</source>
        <translation>%1 (vēl nav identificēts)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pieprasījums</numerusform>
            <numerusform>%n pieprasījumi</numerusform>
            <numerusform>%n pieprasījumu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Jauns pieprasījums</translation>
    </message>
</context>
<context>
    <name>coffer::RequestsPanel</name>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <source>New request from this client</source>
        <translation>Jauns šī klienta pieprasījums</translation>
    </message>
    <message>
        <source>Record what this client asked about their data; Coffer counts the month to answer.</source>
        <translation>Reģistrējiet, ko šis klients lūdza par saviem datiem; Coffer skaita mēnesi atbildei.</translation>
    </message>
    <message>
        <source>No requests from this client. When they ask to see, correct, move or erase their data, or object to its use, record it here.</source>
        <translation>Šim klientam nav pieprasījumu. Kad viņš lūdz apskatīt, labot, pārnest vai dzēst savus datus vai iebilst pret to izmantošanu, reģistrējiet to šeit.</translation>
    </message>
</context>
<context>
    <name>coffer::RetentionPage</name>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizēt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>from becoming a client</source>
        <translation>no kļūšanas par klientu</translation>
    </message>
    <message>
        <source>from the last change</source>
        <translation>no pēdējām izmaiņām</translation>
    </message>
    <message>
        <source>from the last note</source>
        <translation>no pēdējās piezīmes</translation>
    </message>
    <message>
        <source>from the date in “%1”</source>
        <translation>no datuma laukā „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienas</numerusform>
            <numerusform>%n dienu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mēnesis</numerusform>
            <numerusform>%n mēneši</numerusform>
            <numerusform>%n mēnešu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n gads</numerusform>
            <numerusform>%n gadi</numerusform>
            <numerusform>%n gadu</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Retention Rule</source>
        <translation>Pievienot glabāšanas noteikumu</translation>
    </message>
    <message>
        <source>None: my own rule</source>
        <translation>Nav: mans noteikums</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dienas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mēneši</translation>
    </message>
    <message>
        <source>years</source>
        <translation>gadi</translation>
    </message>
    <message>
        <source>from the date in a custom field</source>
        <translation>no datuma pielāgotā laukā</translation>
    </message>
    <message>
        <source>The custom field, e.g. Contract end</source>
        <translation>Pielāgotais lauks, piem., Līguma beigas</translation>
    </message>
    <message>
        <source>Erase the client (verified erasure)</source>
        <translation>Dzēst klientu (pārbaudīta dzēšana)</translation>
    </message>
    <message>
        <source>Anonymise: keep only a count for statistics</source>
        <translation>Anonimizēt: paturēt tikai skaitu statistikai</translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation>&amp;Piemērs:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Glabāt:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Skaita:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lauks:</translation>
    </message>
    <message>
        <source>&amp;At the end:</source>
        <translation>&amp;Beigās:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Kāpēc:</translation>
    </message>
    <message>
        <source>Examples are periods that laws commonly set; they are not legal advice. Confirm the period for your business before you add it.</source>
        <translation>Piemēri ir termiņi, ko bieži nosaka likumi; tie nav juridiska konsultācija. Pirms pievienošanas pārbaudiet termiņu savam uzņēmumam.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pievienot</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Glabāšana</translation>
    </message>
    <message>
        <source>How long client data is kept, and who is due to be erased or anonymised. Nothing is deleted until you run retention; a legal hold pauses it.</source>
        <translation>Cik ilgi tiek glabāti klientu dati un kam pienācis laiks dzēšanai vai anonimizēšanai. Nekas netiek dzēsts, kamēr neizpildīsiet glabāšanu; juridiskā aizture to aptur.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Glabāt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Skaita</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Beigās</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Glabāšanas noteikumi</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Pievienot noteikumu…</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Kam pienācis termiņš</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Clients due under their retention rule</source>
        <translation>Klienti, kuriem pienācis glabāšanas noteikuma termiņš</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Aizturēt…</translation>
    </message>
    <message>
        <source>A legal hold: keep the client&apos;s data until a day you choose, with the reason.</source>
        <translation>Juridiskā aizture: glabāt klienta datus līdz jūsu izvēlētai dienai, ar iemeslu.</translation>
    </message>
    <message>
        <source>&amp;Release Hold</source>
        <translation>&amp;Atcelt aizturi</translation>
    </message>
    <message>
        <source>&amp;Run Retention…</source>
        <translation>&amp;Izpildīt glabāšanu…</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Termiņš pienācis</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 dienu laikā</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Aizturēts līdz %1</translation>
    </message>
    <message>
        <source>No rules yet. Add one for each period your business keeps data for — or give purposes their rule on the Purposes &amp; Policies page.</source>
        <translation>Noteikumu vēl nav. Pievienojiet pa vienam katram termiņam, cik ilgi jūsu uzņēmums glabā datus, — vai piešķiriet nolūkiem noteikumu lapā „Nolūki un politikas”.</translation>
    </message>
    <message>
        <source>%1 due now, %2 within 30 days, %3 held.</source>
        <translation>Termiņš pienācis: %1, 30 dienu laikā: %2, aizturēti: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have a retention category that names no rule, and are kept.</source>
        <translation>
            <numerusform>%n klienta glabāšanas kategorija nenorāda noteikumu, un viņš tiek glabāts.</numerusform>
            <numerusform>%n klientu glabāšanas kategorija nenorāda noteikumu, un viņi tiek glabāti.</numerusform>
            <numerusform>%n klientu glabāšanas kategorija nenorāda noteikumu, un viņi tiek glabāti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) lack the date their rule counts from, and are kept.</source>
        <translation>
            <numerusform>%n klientam trūkst datuma, no kura skaita noteikumu, un viņš tiek glabāts.</numerusform>
            <numerusform>%n klientiem trūkst datuma, no kura skaita noteikumu, un viņi tiek glabāti.</numerusform>
            <numerusform>%n klientiem trūkst datuma, no kura skaita noteikumu, un viņi tiek glabāti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule was not added</source>
        <translation>Noteikums netika pievienots</translation>
    </message>
    <message>
        <source>Run Retention</source>
        <translation>Izpildīt glabāšanu</translation>
    </message>
    <message>
        <source>%1 client(s) will be erased and %2 anonymised, with every note, file and consent, and each erasure verified. This cannot be undone. Clients under a legal hold are left as they are.</source>
        <translation>Tiks dzēsti %1 klienti un anonimizēti %2, ar visām piezīmēm, failiem un piekrišanām, un katra dzēšana tiks pārbaudīta. To nevar atsaukt. Aizturētie klienti paliek, kā ir.</translation>
    </message>
    <message>
        <source>Erase and Anonymise</source>
        <translation>Dzēst un anonimizēt</translation>
    </message>
    <message>
        <source>Erasing the clients due…</source>
        <translation>Dzēš klientus, kuriem pienācis termiņš…</translation>
    </message>
    <message>
        <source>Stop after this client</source>
        <translation>Apturēt pēc šī klienta</translation>
    </message>
    <message>
        <source>Retention did not run</source>
        <translation>Glabāšana netika izpildīta</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased or anonymised, each erasure verified</source>
        <translation>
            <numerusform>%n klients dzēsts vai anonimizēts, dzēšana pārbaudīta</numerusform>
            <numerusform>%n klienti dzēsti vai anonimizēti, katra dzēšana pārbaudīta</numerusform>
            <numerusform>%n klientu dzēsti vai anonimizēti, katra dzēšana pārbaudīta</numerusform>
        </translation>
    </message>
    <message>
        <source>Some erasures did not pass every check</source>
        <translation>Dažas dzēšanas neizturēja visas pārbaudes</translation>
    </message>
    <message>
        <source>%1 under “%2”, due %3</source>
        <translation>%1 pēc „%2”, termiņš %3</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>The report is kept in the vault; its SHA-256 is %1.</source>
        <translation>Pārskats tiek glabāts seifā; tā SHA-256 ir %1.</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Juridiskā aizture</translation>
    </message>
    <message>
        <source>A court case, a tax audit, …</source>
        <translation>Tiesas lieta, nodokļu revīzija, …</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Līdz:</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Aizturēt</translation>
    </message>
    <message>
        <source>The hold was not set</source>
        <translation>Aizture netika noteikta</translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation>Atcelt aizturi</translation>
    </message>
    <message>
        <source>The hold was not released</source>
        <translation>Aizture netika atcelta</translation>
    </message>
</context>
<context>
    <name>coffer::SecurityGroup</name>
    <message>
        <source>Security</source>
        <translation>Drošība</translation>
    </message>
    <message>
        <source>Change the &amp;Data Key…</source>
        <translation>Mainīt &amp;datu atslēgu…</translation>
    </message>
    <message>
        <source>Destroy &amp;Older Backups…</source>
        <translation>Iznīcināt &amp;vecākas rezerves kopijas…</translation>
    </message>
    <message>
        <source>A new random key for everything in the vault; every member keeps their password.</source>
        <translation>Jauna nejauša atslēga visam seifa saturam; katrs lietotājs patur savu paroli.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault was last changed on %1.</source>
        <translation>Datu atslēga, ar kuru šifrēts viss šī seifa saturs, pēdējoreiz tika nomainīta %1.</translation>
    </message>
    <message>
        <source>The data key that encrypts everything in this vault has not changed since it was created.</source>
        <translation>Datu atslēga, ar kuru šifrēts viss šī seifa saturs, kopš tās izveides nav mainīta.</translation>
    </message>
    <message>
        <source>Coffer changes it by itself when someone&apos;s access is taken away, so that a copy of the vault&apos;s files made before opens nothing saved after.</source>
        <translation>Coffer to nomaina automātiski, kad kādam tiek atņemta piekļuve, lai agrāk izveidota seifa failu kopija neatvērtu neko, kas saglabāts pēc tam.</translation>
    </message>
    <message>
        <source>Access was taken away since, without a change of the key: change it now.</source>
        <translation>Kopš tā laika kādam tika atņemta piekļuve, bet atslēga netika nomainīta: nomainiet to tagad.</translation>
    </message>
    <message>
        <source>Replace the &amp;Recovery Key…</source>
        <translation>Nomainīt &amp;atkopšanas atslēgu…</translation>
    </message>
    <message>
        <source>Make a &amp;Recovery Key…</source>
        <translation>Izveidot &amp;atkopšanas atslēgu…</translation>
    </message>
    <message>
        <source>The recovery key lets you choose a new password when you forget yours. Replace it when someone may have seen it: the old one stops working at once.</source>
        <translation>Ar atkopšanas atslēgu varat izvēlēties jaunu paroli, ja savējo esat aizmirsis. Nomainiet to, ja kāds to varētu būt redzējis: vecā uzreiz pārstāj darboties.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if you forget your password, nobody can open it. Make one and keep it somewhere safe.</source>
        <translation>Šim seifam nav atkopšanas atslēgas: ja aizmirsīsiet paroli, neviens to nevarēs atvērt. Izveidojiet to un glabājiet drošā vietā.</translation>
    </message>
    <message>
        <source>Change the Data Key</source>
        <translation>Datu atslēgas maiņa</translation>
    </message>
    <message>
        <source>Change the key that encrypts everything in this vault?

Everyone keeps their password. The vault is re-encrypted, which takes a moment for a large vault, and then a backup under the new key is made.</source>
        <translation>Mainīt atslēgu, ar kuru šifrēts viss šī seifa saturs?

Visi patur savas paroles. Seifs tiek šifrēts no jauna (lielam seifam tas aizņem kādu brīdi), un pēc tam tiek izveidota rezerves kopija ar jauno atslēgu.</translation>
    </message>
    <message>
        <source>Change the Key</source>
        <translation>Mainīt atslēgu</translation>
    </message>
    <message>
        <source>Replace the Recovery Key</source>
        <translation>Atkopšanas atslēgas nomaiņa</translation>
    </message>
    <message>
        <source>Make a new recovery key?

The old one stops working at once. The new one is shown only once, so have somewhere ready to keep it.</source>
        <translation>Izveidot jaunu atkopšanas atslēgu?

Vecā uzreiz pārstās darboties. Jaunā tiks parādīta tikai vienreiz, tāpēc iepriekš sagatavojiet vietu, kur to glabāt.</translation>
    </message>
    <message>
        <source>Replace the Key</source>
        <translation>Nomainīt atslēgu</translation>
    </message>
</context>
<context>
    <name>coffer::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Bloķēšana un starpliktuve</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Bloķēt pēc norādītā minūšu skaita bez lietošanas</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nekad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Notīrīt starpliktuvi pēc norādītā sekunžu skaita</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after:</source>
        <translation>&amp;Bloķēt seifu pēc:</translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse movement in Coffer. Locking wipes the keys from memory; your password opens the vault again. 0 means never (not advised on a shared computer).</source>
        <translation>Minūtes bez taustiņa nospiešanas vai peles kustības programmā Coffer. Bloķēšana izdzēš atslēgas no atmiņas; seifu atkal atver jūsu parole. 0 nozīmē nekad (nav ieteicams koplietojamā datorā).</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>No&amp;tīrīt nokopētās vērtības pēc:</translation>
    </message>
    <message>
        <source>Seconds before something copied in Coffer (an email address, a one-time password) is removed from the clipboard, unless you have copied something else since. 0 means never.</source>
        <translation>Sekundes, pēc kurām programmā Coffer nokopētais (e-pasta adrese, vienreizējā parole) tiek izņemts no starpliktuves, ja vien pa to laiku neesat nokopējis kaut ko citu. 0 nozīmē nekad.</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Eksporta noklusējumi</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Bīstamā zona</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancel the account&lt;/b&gt; — delete this vault for good. Coffer first destroys every key that opens it, so the data cannot be read from that moment, then overwrites and removes the vault and its backups, checks that nothing is left, and gives you a deletion certificate. This cannot be undone: export what you want to keep first.</source>
        <translation>&lt;b&gt;Slēgt kontu&lt;/b&gt; — neatgriezeniski dzēst šo seifu. Vispirms Coffer iznīcina katru atslēgu, kas to atver, tāpēc no šī brīža datus nevar nolasīt; pēc tam pārraksta un noņem seifu un tā rezerves kopijas, pārbauda, ka nekas nav palicis, un izsniedz jums dzēšanas sertifikātu. To nevar atsaukt: vispirms eksportējiet to, ko vēlaties paturēt.</translation>
    </message>
    <message>
        <source>Cancel &amp;Account…</source>
        <translation>Slēgt &amp;kontu…</translation>
    </message>
    <message>
        <source>Cancel account</source>
        <translation>Slēgt kontu</translation>
    </message>
    <message>
        <source>Asks for your password and the vault&apos;s name before anything is deleted.</source>
        <translation>Pirms jebkādas dzēšanas tiek prasīta jūsu parole un seifa nosaukums.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Language of Coffer</source>
        <translation>Coffer valoda</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Datora valoda</translation>
    </message>
    <message>
        <source>English, Latvian, Lithuanian or Czech. A new choice applies the next time Coffer starts.</source>
        <translation>Angļu, latviešu, lietuviešu vai čehu. Jaunā izvēle stāsies spēkā nākamajā Coffer palaišanas reizē.</translation>
    </message>
    <message>
        <source>What &quot;Export all…&quot; in the toolbar makes. It asks for a password each time when encryption is on; the password is never saved.</source>
        <translation>Ko izveido rīkjoslas poga „Eksportēt visu…”. Ja šifrēšana ir ieslēgta, tā katru reizi prasa paroli; parole nekad netiek saglabāta.</translation>
    </message>
    <message>
        <source>Coffer s&amp;peaks:</source>
        <translation>Coffer va&amp;loda:</translation>
    </message>
    <message>
        <source>Saved. The new choice applies the next time Coffer starts.</source>
        <translation>Saglabāts. Jaunā izvēle stāsies spēkā nākamreiz, kad palaidīsiet Coffer.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Jūsu konts</translation>
    </message>
    <message>
        <source>You are signed in as %1. Your password opens this vault; nobody else can see it or change it for you, though an admin can give you a one-time password.</source>
        <translation>Jūs esat pierakstījies kā %1. Jūsu parole atver šo seifu; neviens cits to nevar redzēt vai nomainīt jūsu vietā, taču administrators var jums piešķirt vienreizējo paroli.</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>&amp;Mainīt savu paroli…</translation>
    </message>
    <message>
        <source>Erasing clients</source>
        <translation>Klientu dzēšana</translation>
    </message>
    <message>
        <source>Who may erase clients</source>
        <translation>Kas drīkst izdzēst klientus</translation>
    </message>
    <message>
        <source>&amp;Who may erase clients:</source>
        <translation>&amp;Kas drīkst izdzēst klientus:</translation>
    </message>
    <message>
        <source>Erasing a client deletes everything about them for good; it cannot be undone. Where an editor is a temporary helper, keep erasing to administrators and the owner.</source>
        <translation>Klienta dzēšana neatgriezeniski izdzēš visu par viņu; to nevar atsaukt. Ja redaktors ir pagaidu palīgs, atstājiet dzēšanu administratoriem un īpašniekam.</translation>
    </message>
    <message>
        <source>Only the owner can change who may erase clients.</source>
        <translation>Tikai īpašnieks var mainīt, kas drīkst izdzēst klientus.</translation>
    </message>
    <message>
        <source>A change applies at once and is recorded in the audit log.</source>
        <translation>Izmaiņas stājas spēkā uzreiz un tiek ierakstītas audita žurnālā.</translation>
    </message>
    <message>
        <source>Preferences of Coffer on this computer, and this vault&apos;s backups, who may erase its clients and the business details its letters are signed with.</source>
        <translation>Coffer iestatījumi šajā datorā, šī seifa rezerves kopijas, kas drīkst dzēst tā klientus, un uzņēmuma dati, ar kuriem parakstītas tā vēstules.</translation>
    </message>
</context>
<context>
    <name>coffer::StartWindow</name>
    <message>
        <source>&lt;b&gt;Recent vaults&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nesen atvērtie seifi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No vaults yet.

Create a new vault for your clients&apos; data, or open one that you already have.</source>
        <translation>Vēl nav neviena seifa.

Izveidojiet jaunu seifu savu klientu datiem vai atveriet jau esošu.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atbloķēt</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>A&amp;tvērt seifu…</translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.coffer) that is not in the list</source>
        <translation>Atvērt seifa mapi (NOSAUKUMS.coffer), kuras nav sarakstā</translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation>&amp;Izveidot seifu…</translation>
    </message>
    <message>
        <source>Your clients&apos; data, encrypted on this computer. Nothing leaves it.</source>
        <translation>Jūsu klientu dati, šifrēti šajā datorā. Nekas to nepamet.</translation>
    </message>
    <message>
        <source>Open Vault Folder</source>
        <translation>Atvērt seifa mapi</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Noņemt no saraksta</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Nesen atvērtie seifi</translation>
    </message>
    <message>
        <source>An account cancellation was interrupted</source>
        <translation>Konta slēgšana tika pārtraukta</translation>
    </message>
    <message>
        <source>Finishing the cancellation. Please do not switch the computer off.</source>
        <translation>Tiek pabeigta slēgšana. Lūdzu, neizslēdziet datoru.</translation>
    </message>
    <message>
        <source>A cancellation of “%1” was interrupted</source>
        <translation>Seifa “%1” slēgšana tika pārtraukta</translation>
    </message>
    <message>
        <source>Some of its files, or of its backups, are still on this computer or on a backup drive. Connect the drives its backups went to, then finish the cancellation: Coffer deletes what is left and writes the deletion certificate.</source>
        <translation>Daži tā faili vai rezerves kopijas joprojām ir šajā datorā vai rezerves kopiju diskā. Pievienojiet diskus, uz kuriem gāja tā rezerves kopijas, un pabeidziet slēgšanu: Coffer izdzēsīs atlikušo un uzrakstīs dzēšanas sertifikātu.</translation>
    </message>
    <message>
        <source>&amp;Finish Cancelling</source>
        <translation>&amp;Pabeigt slēgšanu</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Konta slēgšana</translation>
    </message>
    <message>
        <source>Finishing the cancellation of “%1”. Please do not switch the computer off.</source>
        <translation>Tiek pabeigta seifa “%1” slēgšana. Lūdzu, neizslēdziet datoru.</translation>
    </message>
    <message>
        <source>Restored copy · %1</source>
        <translation>Atjaunota kopija · %1</translation>
    </message>
</context>
<context>
    <name>coffer::TaskDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Norise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Stopping… Nothing is left half-done.</source>
        <translation>Tiek apturēts… Nekas netiks atstāts nepabeigts.</translation>
    </message>
</context>
<context>
    <name>coffer::TaskReports</name>
    <message>
        <source>Save the Deletion Certificate As</source>
        <translation>Saglabāt dzēšanas sertifikātu kā</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Teksta faili (*.txt)</translation>
    </message>
    <message>
        <source>Save the Deletion Certificate</source>
        <translation>Dzēšanas sertifikāta saglabāšana</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopiju neizdevās saglabāt</translation>
    </message>
    <message>
        <source>Coffer could not write %1.</source>
        <translation>Coffer nevarēja ierakstīt %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write in. The certificate is still at %1.</source>
        <translation>Izvēlieties mapi, kurā drīkstat rakstīt. Sertifikāts joprojām atrodas šeit: %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>The export is ready</source>
        <translation>Eksports ir gatavs</translation>
    </message>
    <message>
        <source>The export of %1 is ready</source>
        <translation>Klienta „%1” eksports ir gatavs</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Saglabāts kā:</translation>
    </message>
    <message>
        <source>Clients: %1 · Notes: %2 · Files: %3 · Consents: %4</source>
        <translation>Klienti: %1 · Piezīmes: %2 · Faili: %3 · Piekrišanas: %4</translation>
    </message>
    <message>
        <source>It is encrypted. Keep the password somewhere safe: without it nobody can open the export, Coffer&apos;s makers included.</source>
        <translation>Tas ir šifrēts. Glabājiet paroli drošā vietā: bez tās eksportu nevar atvērt neviens, arī Coffer veidotāji ne.</translation>
    </message>
    <message>
        <source>Next time, Export all saves the same way in one click. To change how, go to Settings.</source>
        <translation>Nākamreiz „Eksportēt visu” ar vienu klikšķi saglabās tādā pašā veidā. Lai to mainītu, atveriet „Iestatījumi”.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Rezerves kopija</translation>
    </message>
    <message>
        <source>The backup is made</source>
        <translation>Rezerves kopija ir izveidota</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault as it is now (%1) is in:</source>
        <translation>Seifa pašreizējā stāvokļa šifrēta kopija (%1) atrodas šeit:</translation>
    </message>
    <message>
        <source>Coffer keeps the newest backups — how many is set on the Backups page (now %1) — and removes older ones.</source>
        <translation>Coffer glabā jaunākās rezerves kopijas — cik, ir iestatīts lapā „Rezerves kopijas” (pašlaik %1) — un noņem vecākās.</translation>
    </message>
    <message>
        <source>Automatic backups are off, so Coffer removes none.</source>
        <translation>Automātiskās rezerves kopijas ir izslēgtas, tāpēc Coffer nevienu nenoņem.</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Rezerves kopijas pārbaude</translation>
    </message>
    <message>
        <source>The backup is whole and opens</source>
        <translation>Rezerves kopija ir vesela un atveras</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Kas tika pārbaudīts</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Rezerves kopijas atjaunošana</translation>
    </message>
    <message>
        <source>The backup is restored as a new vault</source>
        <translation>Rezerves kopija ir atjaunota kā jauns seifs</translation>
    </message>
    <message>
        <source>The backup of %1 is now the vault:</source>
        <translation>Rezerves kopija (%1) tagad ir seifs:</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back in the new vault, and erase them again if they are.</source>
        <translation>Coffer neatrada šī seifa dzēšanu uzskaiti. Ja pēc rezerves kopijas izveides (%1) izdzēsāt kādu klientu, pārbaudiet, vai viņš nav atgriezies jaunajā seifā, un, ja ir, izdzēsiet viņu vēlreiz.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again in the new vault, so they do not come back (%1 in all).</source>
        <translation>Klienti, kas izdzēsti pēc rezerves kopijas izveides, jaunajā seifā ir izdzēsti vēlreiz, lai tie neatgrieztos (pavisam: %1).</translation>
    </message>
    <message>
        <source>No client was erased after the backup was made, so nothing had to be erased again.</source>
        <translation>Pēc rezerves kopijas izveides neviens klients netika izdzēsts, tāpēc nekas nebija jādzēš vēlreiz.</translation>
    </message>
    <message>
        <source>This vault is unchanged. To open the new one, lock this vault: it is in the list on the start window, and it opens with the passwords of the backup&apos;s day.</source>
        <translation>Šis seifs nav mainīts. Lai atvērtu jauno, bloķējiet šo seifu: jaunais ir sarakstā sākuma logā un atveras ar parolēm, kas bija derīgas rezerves kopijas izveides dienā.</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Klienta dzēšana</translation>
    </message>
    <message>
        <source>%1 is erased</source>
        <translation>Klients „%1” ir izdzēsts</translation>
    </message>
    <message>
        <source>%1 is erased, but a check failed</source>
        <translation>Klients „%1” ir izdzēsts, taču kāda pārbaude neizdevās</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Konta slēgšana</translation>
    </message>
    <message>
        <source>The vault “%1” is deleted</source>
        <translation>Seifs „%1” ir izdzēsts</translation>
    </message>
    <message>
        <source>Its keys were destroyed first. Then every file of it — %1 in all, backups included — was overwritten with random data, read back and removed.</source>
        <translation>Vispirms tika iznīcinātas tā atslēgas. Pēc tam katrs tā fails — pavisam %1, ieskaitot rezerves kopijas — tika pārrakstīts ar nejaušiem datiem, nolasīts atpakaļ un noņemts.</translation>
    </message>
    <message>
        <source>Checks afterwards</source>
        <translation>Pēc tam veiktās pārbaudes</translation>
    </message>
    <message>
        <source>The deletion certificate:</source>
        <translation>Dzēšanas sertifikāts:</translation>
    </message>
    <message>
        <source>Keep the certificate: it records what was deleted, when and how. The JSON file beside it says the same for other programs.</source>
        <translation>Saglabājiet sertifikātu: tajā ir reģistrēts, kas, kad un kā tika izdzēsts. Blakus esošais JSON fails to pašu pasaka citām programmām.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Saglabāt kā…</translation>
    </message>
    <message>
        <source>The cancellation did not finish</source>
        <translation>Konta slēgšana netika pabeigta</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>izdzēsts</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nav izdzēsts</translation>
    </message>
    <message>
        <source>The files</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>The export could not be made</source>
        <translation>Eksportu neizdevās izveidot</translation>
    </message>
    <message>
        <source>Nothing was written. Check that the folder exists, that you may write there and that the disk has room, then try again.</source>
        <translation>Nekas netika ierakstīts. Pārbaudiet, vai mape eksistē, vai jūs tajā drīkstat rakstīt un vai diskā ir vieta, tad mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Rezerves kopiju neizdevās izveidot</translation>
    </message>
    <message>
        <source>Nothing was written and your earlier backups are unchanged. Check the backup folder on the Backups page and that its disk has room, then try again.</source>
        <translation>Nekas netika ierakstīts, un jūsu iepriekšējās rezerves kopijas nav mainītas. Pārbaudiet rezerves kopiju mapi lapā „Rezerves kopijas” un vai tās diskā ir vieta, tad mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>Rezerves kopiju neizdevās pārbaudīt</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Rezerves kopiju neizdevās atjaunot</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one.</source>
        <translation>Rezerves kopija atveras ar lietotājvārdiem un parolēm, kas bija derīgas tās izveides dienā. Ja kopš tā laika esat mainījis paroli, mēģiniet veco.</translation>
    </message>
    <message>
        <source>Do not rely on this backup. Make a new one now with Back up now, and try an older backup if you need to restore.</source>
        <translation>Nepaļaujieties uz šo rezerves kopiju. Izveidojiet tūlīt jaunu ar „Izveidot rezerves kopiju” un, ja nepieciešams atjaunot, mēģiniet kādu vecāku rezerves kopiju.</translation>
    </message>
    <message>
        <source>Nothing was created. Put right what the message says and try again.</source>
        <translation>Nekas netika izveidots. Novērsiet ziņojumā minēto problēmu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Put right what the message says and try again.</source>
        <translation>Novērsiet ziņojumā minēto problēmu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The client could not be erased</source>
        <translation>Klientu neizdevās izdzēst</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault is as it was. Try again in a moment.</source>
        <translation>Nekas netika izdzēsts: seifs ir tāds pats kā iepriekš. Pēc brīža mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Nepareiza parole</translation>
    </message>
    <message>
        <source>The account was not cancelled</source>
        <translation>Konts netika slēgts</translation>
    </message>
    <message>
        <source>Nothing was deleted, and the vault is still open.</source>
        <translation>Nekas netika izdzēsts, un seifs joprojām ir atvērts.</translation>
    </message>
    <message>
        <source>The password is not the owner&apos;s password of this vault.</source>
        <translation>Šī parole nav šī seifa īpašnieka parole.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nekas netika importēts</translation>
    </message>
    <message>
        <source>Type the password that was chosen when the export was made, and try again.</source>
        <translation>Ierakstiet paroli, kas tika izvēlēta eksporta izveides laikā, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The vault is unchanged. Put right what the message says, or choose another file, and try again.</source>
        <translation>Seifs nav mainīts. Novērsiet ziņojumā minēto problēmu vai izvēlieties citu failu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Atšifrēšana</translation>
    </message>
    <message>
        <source>The export could not be decrypted</source>
        <translation>Eksportu neizdevās atšifrēt</translation>
    </message>
    <message>
        <source>Nothing was written. Put right what the message says and try again.</source>
        <translation>Nekas netika ierakstīts. Novērsiet ziņojumā minēto un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Copies made earlier that may still hold them</source>
        <translation>Agrāk veiktas kopijas, kurās klients vēl var būt</translation>
    </message>
    <message>
        <source>&amp;Name %1 in the saved or printed report</source>
        <translation>&amp;Nosaukt %1 saglabātajā vai izdrukātajā atskaitē</translation>
    </message>
    <message>
        <source>Without it, the report names them only by the pseudonym %1, as the audit log does. Tick it for a report you hand to the person themselves.</source>
        <translation>Bez tā atskaite viņus nosauc tikai ar pseidonīmu %1, kā to dara audita žurnāls. Atzīmējiet to atskaitei, ko nododat pašai personai.</translation>
    </message>
    <message>
        <source>&amp;Prune Backups…</source>
        <translation>&amp;Iztīrīt rezerves kopijas…</translation>
    </message>
    <message>
        <source>Destroy the backups made before this erasure, once a newer backup is checked.</source>
        <translation>Iznīcināt pirms šīs dzēšanas veiktās rezerves kopijas, tiklīdz ir pārbaudīta jaunāka.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Saglabāt atskaiti…</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Rezerves kopiju tīrīšana</translation>
    </message>
    <message>
        <source>No backup had to be destroyed</source>
        <translation>Nevienu rezerves kopiju nevajadzēja iznīcināt</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) destroyed</source>
        <translation>
            <numerusform>Iznīcināta %n vecāka rezerves kopija</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas</numerusform>
            <numerusform>Iznīcinātas %n vecākas rezerves kopijas</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffer first made a new backup and checked that it is whole and opens:</source>
        <translation>Coffer vispirms izveidoja jaunu rezerves kopiju un pārbaudīja, ka tā ir vesela un atveras:</translation>
    </message>
    <message>
        <source>Coffer first checked that the newest backup is whole and opens:</source>
        <translation>Coffer vispirms pārbaudīja, ka jaunākā rezerves kopija ir vesela un atveras:</translation>
    </message>
    <message>
        <source>Overwritten and deleted, since they held erased clients:</source>
        <translation>Pārrakstītas un izdzēstas, jo tajās bija dzēsti klienti:</translation>
    </message>
    <message>
        <source>Could not be destroyed:</source>
        <translation>Nevarēja iznīcināt:</translation>
    </message>
    <message>
        <source>These backups still hold erased clients. Put right what is said above, then prune again.</source>
        <translation>Šajās rezerves kopijās joprojām ir dzēsti klienti. Novērsiet augstāk minēto un iztīriet vēlreiz.</translation>
    </message>
    <message>
        <source>Backup folders that could not be searched:</source>
        <translation>Rezerves kopiju mapes, kurās nevarēja meklēt:</translation>
    </message>
    <message>
        <source>Connect the drives they are on and prune again: backups there may still hold erased clients.</source>
        <translation>Pievienojiet diskus, kuros tās atrodas, un iztīriet vēlreiz: tur esošajās rezerves kopijās vēl var būt dzēsti klienti.</translation>
    </message>
    <message>
        <source>Backups made after the latest erasure are kept.</source>
        <translation>Rezerves kopijas, kas veiktas pēc pēdējās dzēšanas, tiek paturētas.</translation>
    </message>
    <message>
        <source>Restored copies destroyed with it:</source>
        <translation>Kopā ar to iznīcinātās atjaunotās kopijas:</translation>
    </message>
    <message>
        <source>Restored copies kept, as you chose:</source>
        <translation>Atjaunotās kopijas, kas paturētas pēc jūsu izvēles:</translation>
    </message>
    <message>
        <source>They still open with the passwords of their backup&apos;s day. The certificate names them as kept.</source>
        <translation>Tās joprojām atveras ar savas rezerves kopijas dienas parolēm. Sertifikāts tās nosauc kā paturētas.</translation>
    </message>
    <message>
        <source>Backup folders that could not be reached, so nothing in them was deleted:</source>
        <translation>Rezerves kopiju mapes, kas nebija pieejamas, tāpēc tajās nekas netika izdzēsts:</translation>
    </message>
    <message>
        <source>Restored copies to be destroyed:</source>
        <translation>Iznīcināmās atjaunotās kopijas:</translation>
    </message>
    <message>
        <source>No backup was destroyed</source>
        <translation>Neviena rezerves kopija netika iznīcināta</translation>
    </message>
    <message>
        <source>The newest backup did not pass its check, so the older ones are kept. Make a new backup with Back up now, then prune again.</source>
        <translation>Jaunākā rezerves kopija neizturēja pārbaudi, tāpēc vecākās tiek paturētas. Izveidojiet jaunu ar “Izveidot rezerves kopiju” un tad iztīriet vēlreiz.</translation>
    </message>
    <message>
        <source>The cancellation could not be finished</source>
        <translation>Slēgšanu nevarēja pabeigt</translation>
    </message>
    <message>
        <source>Nothing more was deleted. Put right what the message says and try again.</source>
        <translation>Nekas vairāk netika izdzēsts. Novērsiet ziņojumā minēto un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Replace This Vault</source>
        <translation>Seifa aizstāšana</translation>
    </message>
    <message>
        <source>The vault is replaced by the backup</source>
        <translation>Seifs ir aizstāts ar rezerves kopiju</translation>
    </message>
    <message>
        <source>The replacement that was interrupted is finished: the restored backup is now the vault, and what was left of the previous one is destroyed.</source>
        <translation>Pārtrauktā aizstāšana ir pabeigta: atjaunotā rezerves kopija tagad ir seifs, un tas, kas bija palicis no iepriekšējā, ir iznīcināts.</translation>
    </message>
    <message>
        <source>The backup of %1 passed every check and is now the vault; the previous one is destroyed.</source>
        <translation>Rezerves kopija (%1) izturēja visas pārbaudes un tagad ir seifs; iepriekšējais ir iznīcināts.</translation>
    </message>
    <message>
        <source>Coffer found no record of erasures for this vault. If you erased a client after %1, check that they are not back, and erase them again if they are.</source>
        <translation>Coffer neatrada šī seifa dzēšanu uzskaiti. Ja pēc rezerves kopijas izveides (%1) izdzēsāt kādu klientu, pārbaudiet, vai viņš nav atgriezies, un, ja ir, izdzēsiet viņu vēlreiz.</translation>
    </message>
    <message>
        <source>Clients erased after the backup was made were erased again, so they do not come back (%1 in all).</source>
        <translation>Klienti, kas izdzēsti pēc rezerves kopijas izveides, ir izdzēsti vēlreiz, lai tie neatgrieztos (pavisam: %1).</translation>
    </message>
    <message>
        <source>Sign in again with a user name and password of the backup&apos;s day.</source>
        <translation>Pierakstieties vēlreiz ar lietotājvārdu un paroli, kas bija derīgi rezerves kopijas izveides dienā.</translation>
    </message>
    <message>
        <source>Backup folders never reached, which you declared lost:</source>
        <translation>Nesasniegtās rezerves kopiju mapes, kuras atzināt par zudušām:</translation>
    </message>
    <message>
        <source>Nothing in them was deleted. Any backup still in them opens with the passwords of its day; the certificate names each of these folders as not sanitised.</source>
        <translation>Tajās nekas netika izdzēsts. Jebkura tajās vēl esošā rezerves kopija atveras ar savas dienas parolēm; sertifikātā par katru no šīm mapēm ir norādīts, ka tās saturs nav iznīcināts.</translation>
    </message>
    <message>
        <source>Finish &amp;Without These Folders…</source>
        <translation>Pabeigt &amp;bez šīm mapēm…</translation>
    </message>
    <message>
        <source>Finish the cancellation without these folders?</source>
        <translation>Pabeigt slēgšanu bez šīm mapēm?</translation>
    </message>
    <message>
        <source>Do this only if the drives are lost or broken, or the folders were deleted some other way. Coffer cannot delete the backups in them: any that still exist open with the passwords of their day. The certificate names each folder as not reached and not sanitised:

%1</source>
        <translation>Dariet to tikai tad, ja diski ir pazuduši vai bojāti vai mapes ir izdzēstas kādā citā veidā. Coffer nevar izdzēst tajās esošās rezerves kopijas: visas, kas vēl eksistē, atveras ar savas dienas parolēm. Sertifikātā par katru mapi būs norādīts, ka tā nav sasniegta un tās saturs nav iznīcināts:

%1</translation>
    </message>
    <message>
        <source>Finish Without Them</source>
        <translation>Pabeigt bez tām</translation>
    </message>
    <message>
        <source>The vault was not replaced</source>
        <translation>Seifs netika aizstāts</translation>
    </message>
    <message>
        <source>A backup opens with the user names and passwords of the day it was made. If you have changed your password since, try the old one. This vault is as it was.</source>
        <translation>Rezerves kopija atveras ar lietotājvārdiem un parolēm, kas bija derīgas tās izveides dienā. Ja kopš tā laika esat mainījis paroli, mēģiniet veco. Šis seifs ir tāds pats kā iepriekš.</translation>
    </message>
    <message>
        <source>This vault is as it was. Put right what the message says and try again.</source>
        <translation>Šis seifs ir tāds pats kā iepriekš. Novērsiet ziņojumā minēto problēmu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The replacement could not be finished</source>
        <translation>Aizstāšanu neizdevās pabeigt</translation>
    </message>
    <message>
        <source>The restored backup is still whole beside the vault. Put right what the message says and open the vault again to finish.</source>
        <translation>Atjaunotā rezerves kopija joprojām ir pilnīga un atrodas blakus seifam. Novērsiet ziņojumā minēto problēmu un atveriet seifu vēlreiz, lai aizstāšanu pabeigtu.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read every client.</source>
        <translation>Šis eksports nav šifrēts: ikviens, kurš iegūst tā kopiju, var izlasīt katru klientu.</translation>
    </message>
    <message>
        <source>This export is not encrypted: anyone who gets a copy of it can read everything in it about %1.</source>
        <translation>Šis eksports nav šifrēts: ikviens, kurš iegūst tā kopiju, var izlasīt visu, kas tajā ir par %1.</translation>
    </message>
    <message>
        <source>The backup was not checked</source>
        <translation>Rezerves kopija netika pārbaudīta</translation>
    </message>
    <message>
        <source>The backup of %1 is complete and opens with your password: it can bring back the vault as it was then. Clients in it: %2.</source>
        <translation>Rezerves kopija (%1) ir pilnīga un atveras ar jūsu paroli: ar to var atgūt seifu tādu, kāds tas bija tobrīd. Klientu tajā: %2.</translation>
    </message>
    <message>
        <source>Do not rely on the backup of %1 until it has been checked. Try again.</source>
        <translation>Nepaļaujieties uz rezerves kopiju (%1), kamēr tā nav pārbaudīta. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Keep this report, do not restore older backups for now, and ask whoever supports your computer to look at it with you.</source>
        <translation>Saglabājiet šo atskaiti, pagaidām neatjaunojiet vecākas rezerves kopijas un lūdziet to, kurš jums palīdz ar datoru, to apskatīt kopā ar jums.</translation>
    </message>
    <message>
        <source>Records deleted: %1. Then Coffer searched the whole vault file for anything left of them:</source>
        <translation>Izdzēsti ieraksti: %1. Pēc tam Coffer pārmeklēja visu seifa failu, vai no tiem kaut kas nav palicis:</translation>
    </message>
    <message>
        <source>The vault “%1” and all its backups are gone for good: nobody can open them any more, with any password.</source>
        <translation>Seifs „%1” un visas tā rezerves kopijas ir neatgriezeniski iznīcinātas: neviens tās vairs nevar atvērt ne ar kādu paroli.</translation>
    </message>
    <message>
        <source>The vault “%1” and the backups Coffer could reach are gone for good. The copies listed below were not deleted: any of them that still exists opens with the passwords of its day.</source>
        <translation>Seifs „%1” un rezerves kopijas, ko Coffer varēja sasniegt, ir neatgriezeniski iznīcinātas. Zemāk uzskaitītās kopijas netika izdzēstas: jebkura no tām, kas vēl pastāv, atveras ar tās dienas parolēm.</translation>
    </message>
    <message>
        <source>Nobody can open the vault “%1” any more: its keys are destroyed. But the cancellation did not finish, so files of it may still be on the disk.</source>
        <translation>Neviens vairs nevar atvērt seifu „%1”: tā atslēgas ir iznīcinātas. Taču slēgšana netika pabeigta, tāpēc tā faili vēl var būt diskā.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the vault “%1” is as it was.</source>
        <translation>Nekas netika izdzēsts: seifs „%1” ir tāds, kāds bija.</translation>
    </message>
    <message>
        <source>Coffer has noted where it stopped: the next time it starts, it offers to finish the cancellation, deleting what is left and writing the certificate. Connect the drives named above first.</source>
        <translation>Coffer ir atzīmējis, kur apstājās: nākamreiz, kad tas tiks palaists, tas piedāvās pabeigt slēgšanu, izdzēšot atlikušo un izveidojot apliecinājumu. Vispirms pievienojiet augstāk nosauktos diskus.</translation>
    </message>
    <message>
        <source>Delete the files marked ✗ yourself; no certificate was written.</source>
        <translation>Izdzēsiet ar ✗ atzīmētos failus paši; apliecinājums netika izveidots.</translation>
    </message>
    <message>
        <source>The vault was closed. Open it again, put right what the message says, and try once more.</source>
        <translation>Seifs tika aizvērts. Atveriet to vēlreiz, izlabojiet to, par ko teikts ziņojumā, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>This backup cannot be trusted to bring back your vault: a part of it is damaged, or was changed after it was made.</source>
        <translation>Uz šo rezerves kopiju nevar paļauties, lai atgūtu seifu: kāda tās daļa ir bojāta vai mainīta pēc izveides.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n client(s) whose processing is restricted, with their records. To export them too, tick “Include…” in Export all.</source>
        <translation>
            <numerusform>Neiekļauts: %n klients, kura datu apstrāde ir ierobežota, ar viņa ierakstiem. Lai eksportētu arī to, sadaļā Eksportēt visu atzīmējiet “Iekļaut…”.</numerusform>
            <numerusform>Neiekļauti: %n klienti, kuru datu apstrāde ir ierobežota, ar viņu ierakstiem. Lai eksportētu arī tos, sadaļā Eksportēt visu atzīmējiet “Iekļaut…”.</numerusform>
            <numerusform>Neiekļauti: %n klienti, kuru datu apstrāde ir ierobežota, ar viņu ierakstiem. Lai eksportētu arī tos, sadaļā Eksportēt visu atzīmējiet “Iekļaut…”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coffer::TrySampleBox</name>
    <message>
        <source>&amp;Try with Sample Data</source>
        <translation>&amp;Izmēģināt ar parauga datiem</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Izmēģināt ar parauga datiem</translation>
    </message>
    <message>
        <source>Open a demo vault with a few hundred made-up clients, to look around first.</source>
        <translation>Atvērt demonstrācijas seifu ar dažiem simtiem izdomātu klientu, lai vispirms paskatītos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New to Coffer?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pirmo reizi lietojat Coffer?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Look around in a demo vault with a few hundred made-up clients, their notes and consents. It is kept in a temporary folder and deleted when you lock it or quit Coffer, so nothing you try there stays.</source>
        <translation>Apskatieties demonstrācijas seifā ar dažiem simtiem izdomātu klientu, viņu piezīmēm un piekrišanām. Tas tiek glabāts pagaidu mapē un tiek izdzēsts, kad to bloķējat vai aizverat Coffer, tāpēc nekas, ko tur izmēģināt, nepaliek.</translation>
    </message>
    <message>
        <source>Preparing the demo vault</source>
        <translation>Demonstrācijas seifa sagatavošana</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Notiek sagatavošana…</translation>
    </message>
</context>
<context>
    <name>coffer::UnlockDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Atbloķēt: %1</translation>
    </message>
    <message>
        <source>Leave empty if you are the owner</source>
        <translation>Atstājiet tukšu, ja esat īpašnieks</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atbloķēt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Ai&amp;zmirsāt paroli?</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or saved when the vault was created: 8 groups of 4 letters and digits. Spaces, dashes and small letters are fine. Then choose a new password.</source>
        <translation>Ierakstiet atkopšanas atslēgu, ko pierakstījāt vai saglabājāt, kad tika izveidots seifs: 8 grupas pa 4 burtiem un cipariem. Atstarpes, defises un mazie burti netraucē. Pēc tam izvēlieties jaunu paroli.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>At&amp;kopšanas atslēga:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Jaunā parole:</translation>
    </message>
    <message>
        <source>&amp;Reset Password and Unlock</source>
        <translation>A&amp;tiestatīt paroli un atbloķēt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atpakaļ</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 no %2 rakstzīmēm</translation>
    </message>
    <message>
        <source>%1 characters: a recovery key has %2. Check for a character typed twice.</source>
        <translation>Rakstzīmju skaits: %1, bet atkopšanas atslēgā to ir %2. Pārbaudiet, vai kāda rakstzīme nav ievadīta divreiz.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery key. Nothing was changed.</source>
        <translation>Nepareizs lietotājvārds vai atkopšanas atslēga. Nekas netika mainīts.</translation>
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
        <translation>Vienreizējā, jāmaina</translation>
    </message>
    <message>
        <source>Their own</source>
        <translation>Paša izvēlēta</translation>
    </message>
    <message>
        <source>%1 still has a one-time password and must choose their own at the next sign-in.</source>
        <translation>Lietotājam %1 joprojām ir vienreizējā parole, un nākamajā pierakstīšanās reizē viņam jāizvēlas sava.</translation>
    </message>
    <message>
        <source>%1 has chosen their own password.</source>
        <translation>Lietotājs %1 ir izvēlējies savu paroli.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pievienots</translation>
    </message>
</context>
<context>
    <name>coffer::UsersPage</name>
    <message>
        <source>Users of this vault</source>
        <translation>Šī seifa lietotāji</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <source>The people who may open this vault, each with their own password and role. Nobody can read another&apos;s password, and you cannot either.</source>
        <translation>Cilvēki, kas drīkst atvērt šo seifu, katrs ar savu paroli un lomu. Neviens nevar nolasīt cita paroli, arī jūs ne.</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Pievienot lietotāju…</translation>
    </message>
    <message>
        <source>Add a person who may open this vault; you give them a one-time password.</source>
        <translation>Pievienot cilvēku, kas drīkst atvērt šo seifu; jūs viņam iedodat vienreizējo paroli.</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>Mainīt &amp;lomu</translation>
    </message>
    <message>
        <source>Give the selected user another role.</source>
        <translation>Piešķirt izvēlētajam lietotājam citu lomu.</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Atiestatīt pa&amp;roli…</translation>
    </message>
    <message>
        <source>Give the selected user a new one-time password, for when they have lost theirs.</source>
        <translation>Piešķirt izvēlētajam lietotājam jaunu vienreizējo paroli, ja viņš savējo ir pazaudējis.</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Noņemt…</translation>
    </message>
    <message>
        <source>Remove the selected user: they can no longer open this vault.</source>
        <translation>Noņemt izvēlēto lietotāju: viņš vairs nevarēs atvērt šo seifu.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Ko drīkst katra loma</translation>
    </message>
    <message>
        <source>%1 (hand ownership over)…</source>
        <translation>%1 (nodot īpašumtiesības)…</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Lietotājs %1 pievienots ar lomu „%2”.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Lietotāja %1 loma tagad ir „%2”.</translation>
    </message>
    <message>
        <source>Hand Ownership Over</source>
        <translation>Nodot īpašumtiesības</translation>
    </message>
    <message>
        <source>Make %1 the owner of this vault?

A vault has one owner. You become an administrator, and only %1 can then cancel the account or hand ownership back.</source>
        <translation>Padarīt lietotāju %1 par šī seifa īpašnieku?

Seifam ir viens īpašnieks. Jūs kļūsiet par administratoru, un pēc tam tikai %1 varēs slēgt kontu vai nodot īpašumtiesības atpakaļ.</translation>
    </message>
    <message>
        <source>Make %1 the Owner</source>
        <translation>Padarīt %1 par īpašnieku</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Atiestatīt paroli</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password?

Their current password stops working at once. You will see the new one-time password once, to give to them.</source>
        <translation>Piešķirt lietotājam %1 jaunu vienreizējo paroli?

Viņa pašreizējā parole uzreiz pārstās darboties. Jaunā vienreizējā parole jums tiks parādīta vienu reizi, lai jūs to viņam nodotu.</translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation>Lietotāja %1 parole tika atiestatīta.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Noņemt lietotāju</translation>
    </message>
    <message>
        <source>Remove %1 from this vault?

They will no longer be able to open it. Client data and the audit log stay as they are.</source>
        <translation>Noņemt lietotāju %1 no šī seifa?

Viņš vairs nevarēs to atvērt. Klientu dati un audita žurnāls paliek nemainīti.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Noņemt %1</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Lietotājs %1 tika noņemts.</translation>
    </message>
    <message>
        <source>%1 is now the owner and makes a new recovery key; you are an administrator from now on.</source>
        <translation>%1 tagad ir īpašnieks un izveido jaunu atkopšanas atslēgu; jūs no šī brīža esat administrators.</translation>
    </message>
</context>
<context>
    <name>coffer::VaultTasks</name>
    <message>
        <source>%1 export</source>
        <extracomment>The name of an export file, before its time stamp; %1 is the vault&apos;s or the client&apos;s name.</extracomment>
        <translation>%1 eksports</translation>
    </message>
    <message>
        <source>A complete copy of this vault — every client, note, file and consent, and the audit log — in standard formats (JSON and CSV) that other programs can read. The vault itself does not change.</source>
        <translation>Pilna šī seifa kopija — visi klienti, piezīmes, faili un piekrišanas, kā arī audita žurnāls — standarta formātos (JSON un CSV), ko var nolasīt citas programmas. Pats seifs netiek mainīts.</translation>
    </message>
    <message>
        <source>Export everything in “%1”</source>
        <translation>Eksportēt visu no seifa „%1”</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Eksportēt klienta „%1” datus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksports</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Notiek eksportēšana uz „%1”…</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Rezerves kopija</translation>
    </message>
    <message>
        <source>Making an encrypted backup of “%1”…</source>
        <translation>Tiek veidota seifa „%1” šifrēta rezerves kopija…</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Rezerves kopijas pārbaude</translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation>Tiek pārbaudīta rezerves kopija (%1)…</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Rezerves kopijas atjaunošana</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 into a new vault…</source>
        <translation>Rezerves kopija (%1) tiek atjaunota jaunā seifā…</translation>
    </message>
    <message>
        <source>Erase Client</source>
        <translation>Klienta dzēšana</translation>
    </message>
    <message>
        <source>Erasing %1 and checking that nothing of theirs is left…</source>
        <translation>Tiek dzēsts klients „%1” un pārbaudīts, vai no viņa nekas nav palicis…</translation>
    </message>
    <message>
        <source>Cancel Account</source>
        <translation>Konta slēgšana</translation>
    </message>
    <message>
        <source>Deleting the vault “%1” and its backups. Please do not switch the computer off.</source>
        <translation>Tiek dzēsts seifs „%1” un tā rezerves kopijas. Lūdzu, neizslēdziet datoru.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file cannot be read, so the password cannot be checked.</source>
        <translation>Seifa galvenes failu nevar nolasīt, tāpēc paroli nevar pārbaudīt.</translation>
    </message>
    <message>
        <source>Everything this vault holds about %1 — profile, notes, files and consents — for an access or portability request. The vault itself does not change.</source>
        <translation>Viss, kas šajā seifā glabājas par klientu %1, — profils, piezīmes, faili un piekrišanas — piekļuves vai datu pārnesamības pieprasījumam. Pats seifs netiek mainīts.</translation>
    </message>
    <message>
        <source>Coffer cannot find this vault&apos;s record of erasures</source>
        <translation>Coffer nevar atrast šī seifa dzēšanu uzskaiti</translation>
    </message>
    <message>
        <source>It looked in %1. If a client was erased after %2, they would come back in the restored vault. Restore anyway only if you are sure no client was erased since, or if the backup folder&apos;s drive is not connected, connect it first.</source>
        <translation>Tika meklēts šeit: %1. Ja kāds klients tika izdzēsts pēc %2, atjaunotajā seifā viņš atgrieztos. Tomēr atjaunojiet tikai tad, ja esat pārliecināts, ka kopš tā laika neviens klients nav izdzēsts; ja rezerves kopiju mapes disks nav pievienots, vispirms pievienojiet to.</translation>
    </message>
    <message>
        <source>Restore Anyway</source>
        <translation>Tomēr atjaunot</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Rezerves kopiju tīrīšana</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the %n backup(s) made before the latest erasure?</source>
        <translation>
            <numerusform>Iznīcināt %n rezerves kopiju, kas veikta pirms pēdējās dzēšanas?</numerusform>
            <numerusform>Iznīcināt %n rezerves kopijas, kas veiktas pirms pēdējās dzēšanas?</numerusform>
            <numerusform>Iznīcināt %n rezerves kopijas, kas veiktas pirms pēdējās dzēšanas?</numerusform>
        </translation>
    </message>
    <message>
        <source>They were made while an erased client was still in the vault, so they still hold that client. Coffer first makes sure a newer backup exists and opens, then overwrites these and deletes them. This cannot be undone.</source>
        <translation>Tās tika veiktas, kamēr dzēstais klients vēl bija seifā, tāpēc šis klients tajās joprojām ir. Coffer vispirms pārliecinās, ka ir jaunāka rezerves kopija un ka tā atveras, tad šīs pārraksta un izdzēš. To nevar atsaukt.</translation>
    </message>
    <message>
        <source>&amp;Destroy Them</source>
        <translation>&amp;Iznīcināt</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Paturēt</translation>
    </message>
    <message>
        <source>Checking a newer backup, then destroying the backups made before the latest erasure…</source>
        <translation>Tiek pārbaudīta jaunāka rezerves kopija, tad iznīcinātas pirms pēdējās dzēšanas veiktās…</translation>
    </message>
    <message>
        <source>&amp;Restore as a Separate Vault</source>
        <translation>&amp;Atjaunot kā atsevišķu seifu</translation>
    </message>
    <message>
        <source>How should the backup of %1 be restored?</source>
        <translation>Kā atjaunot rezerves kopiju (%1)?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;As a separate vault:&lt;/b&gt; the backup becomes a second vault beside this one, with the clients and the passwords of the backup&apos;s day. This vault is not changed. Coffer lists the new vault as a copy of this one: cancelling the account covers it too, and asks you then whether to destroy it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;In place of this vault:&lt;/b&gt; once the restored backup has passed every check, this vault is destroyed and the backup takes its place. Everything added or changed since %1 is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kā atsevišķu seifu:&lt;/b&gt; rezerves kopija kļūst par otru seifu blakus šim, ar rezerves kopijas dienas klientiem un parolēm. Šis seifs netiek mainīts. Coffer uzskaita jauno seifu kā šī seifa kopiju: konta slēgšana aptver arī to un tad jums pajautās, vai to iznīcināt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Šī seifa vietā:&lt;/b&gt; kad atjaunotā rezerves kopija ir izturējusi visas pārbaudes, šis seifs tiek iznīcināts un rezerves kopija stājas tā vietā. Viss, kas pievienots vai mainīts kopš %1, tiek zaudēts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;place This Vault…</source>
        <translation>Ai&amp;zstāt šo seifu…</translation>
    </message>
</context>
</TS>
