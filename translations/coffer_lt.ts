<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
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
        <translation type="unfinished"></translation>
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
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
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
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Coffer (schema %1); this version understands up to %2.</source>
        <translation>Šį seifą sukūrė naujesnė Coffer versija (schema %1); ši versija supranta iki %2.</translation>
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
    <name>coffer</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished">Neteisingas naudotojo vardas arba slaptažodis.</translation>
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
        <source>Your vault is ready</source>
        <translation>Jūsų seifas paruoštas</translation>
    </message>
    <message>
        <source>Your clients, their notes, files and consents will be kept here. This part of Coffer arrives in the next version.

Everything in this vault is encrypted on this computer; nothing is sent anywhere. Press Lock when you step away.</source>
        <translation>Čia bus saugomi jūsų klientai, jų pastabos, failai ir sutikimai. Ši Coffer dalis atsiras kitoje versijoje.

Viskas šiame seife šifruojama šiame kompiuteryje; niekas niekur nesiunčiama. Pasitraukdami nuo kompiuterio spustelėkite „Užrakinti“.</translation>
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
        <source>This password is easy to guess. Add another word or two.</source>
        <translation>Šį slaptažodį lengva atspėti. Pridėkite dar vieną ar du žodžius.</translation>
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
    <name>coffer::OwnerPage</name>
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
    <name>coffer::PasswordStrengthMeter</name>
    <message>
        <source>Strength: %1</source>
        <translation>Stiprumas: %1</translation>
    </message>
</context>
<context>
    <name>coffer::RecoveryKeyPage</name>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Atkūrimo raktą išsaugojau saugioje vietoje</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Jūsų atkūrimo raktas</translation>
    </message>
    <message>
        <source>The vault is ready. If you ever forget your password, this key is the only way back in. Nobody else can reset it for you, not even the makers of Coffer.</source>
        <translation>Seifas paruoštas. Jei kada nors pamiršite slaptažodį, šis raktas bus vienintelis būdas vėl patekti į seifą. Niekas kitas negali jo atkurti už jus, net Coffer kūrėjai.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe, away from this computer, or save it in another password manager. Anyone who has this key and a copy of the vault can open it.</source>
        <translation>Atspausdinkite arba užsirašykite jį ir laikykite saugioje vietoje, toliau nuo šio kompiuterio, arba išsaugokite kitoje slaptažodžių tvarkyklėje. Kiekvienas, turintis šį raktą ir seifo kopiją, gali jį atverti.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Į&amp;rašyti kaip…</translation>
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
</TS>
