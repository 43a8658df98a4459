<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
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
    <name>ConsentStore</name>
    <message>
        <source>Say what the consent is for (its purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose, source or policy version is too long.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>The file&apos;s part %1 of %2 is missing; nothing from that part on was written. Restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s part %1 of %2 is damaged; nothing from that part on was written. Restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than a million characters.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Šo seifu izveidoja jaunāka Coffer versija (shēma %1); šī versija saprot līdz %2.</translation>
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
    <name>coffer</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished">Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>%1 is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name may not contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file with the id %1.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>coffer::ClientStore</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 has no @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1 is not a phone number (digits, spaces, + - ( ) . / only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code, such as LV, LT or CZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with the id %1.</source>
        <translation type="unfinished"></translation>
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
    <name>coffer::FileStore</name>
    <message>
        <source>Cannot read the file: it is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its contents do not match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output file: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Your vault is ready</source>
        <translation>Jūsu seifs ir gatavs</translation>
    </message>
    <message>
        <source>Your clients, their notes, files and consents will be kept here. This part of Coffer arrives in the next version.

Everything in this vault is encrypted on this computer; nothing is sent anywhere. Press Lock when you step away.</source>
        <translation>Šeit glabāsies jūsu klienti, viņu piezīmes, faili un piekrišanas. Šī Coffer daļa būs pieejama nākamajā versijā.

Viss šajā seifā ir šifrēts šajā datorā; nekas netiek nekur sūtīts. Kad dodaties prom, nospiediet „Bloķēt”.</translation>
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
        <source>This password is easy to guess. Add another word or two.</source>
        <translation>Šo paroli ir viegli uzminēt. Pievienojiet vēl vienu vai divus vārdus.</translation>
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
    <name>coffer::OwnerPage</name>
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
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Stiprums: %1</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPage</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Atkopšanas atslēga ir saglabāta drošā vietā</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Jūsu atkopšanas atslēga</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Seifs ir gatavs. Ja kādreiz aizmirsīsiet paroli, šī atslēga ir vienīgais veids, kā tikt atpakaļ. Neviens cits to jums nevar atjaunot, pat ne Coffer veidotāji.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe, away from this computer, or save it in another password manager. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Izdrukājiet vai pierakstiet to un glabājiet drošā vietā, ne pie šī datora, vai saglabājiet citā paroļu pārvaldniekā. Ikviens, kam ir šī atslēga un seifa kopija, var to atvērt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Saglabāt kā…</translation>
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
</context>
<context>
    <name>coffer::Vault</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (no recovery slot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (it does not match its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: its database file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (your key slot is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault has one owner; hand ownership over with a role change instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault cannot hold more users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator or the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can remove an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over, by giving another user the owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change an administrator&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can hand ownership over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s password cannot be reset; the owner uses the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can reset an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (a key slot is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::VaultHeader</name>
    <message>
        <source>This is not a Coffer vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has format version %1; this Coffer reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::VaultLocationPage</name>
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
</TS>
