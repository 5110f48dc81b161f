<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Audit</name>
    <message>
        <source>Instance added</source>
        <translation>Instanz hinzugefügt</translation>
    </message>
    <message>
        <source>Instance edited</source>
        <translation>Instanz geändert</translation>
    </message>
    <message>
        <source>Instance removed</source>
        <translation>Instanz entfernt</translation>
    </message>
    <message>
        <source>Instance imported</source>
        <translation>Instanz importiert</translation>
    </message>
    <message>
        <source>Client secret replaced</source>
        <translation>Client Secret ersetzt</translation>
    </message>
    <message>
        <source>Price set by hand</source>
        <translation>Preis von Hand gesetzt</translation>
    </message>
    <message>
        <source>Product renamed</source>
        <translation>Produkt umbenannt</translation>
    </message>
    <message>
        <source>Discount set</source>
        <translation>Rabatt gesetzt</translation>
    </message>
    <message>
        <source>Discount cleared</source>
        <translation>Rabatt entfernt</translation>
    </message>
    <message>
        <source>Contract tier set</source>
        <translation>Vertragsstufe gesetzt</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <translation>Get Services Definition</translation>
    </message>
    <message>
        <source>Catalogue copied</source>
        <translation>Katalog kopiert</translation>
    </message>
    <message>
        <source>Provider operations</source>
        <translation>Provider-Vorgänge</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>system name</source>
        <translation>Systemname</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Distributor Discount</source>
        <translation>Distributor-Rabatt</translation>
    </message>
    <message>
        <source>primary currency</source>
        <translation>Primärwährung</translation>
    </message>
    <message>
        <source>product names</source>
        <translation>Produktnamen</translation>
    </message>
    <message>
        <source>keep the names of the first run</source>
        <translation>Namen des ersten Laufs behalten</translation>
    </message>
    <message>
        <source>continuously update names</source>
        <translation>Namen laufend aktualisieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linked the Acronis account %1 (%2).</source>
        <translation>Acronis-Konto %1 verknüpft (%2).</translation>
    </message>
    <message>
        <source>Removed the instance %1 with its products and its client secret.</source>
        <translation>Instanz %1 mit ihren Produkten und ihrem Client-Secret entfernt.</translation>
    </message>
    <message>
        <source>Imported the settings of %1 from a configuration file.</source>
        <translation>Einstellungen von %1 aus einer Konfigurationsdatei importiert.</translation>
    </message>
    <message>
        <source>Changed the %1 of %2 from %3 to %4.</source>
        <translation>%1 von %2 geändert: von %3 auf %4.</translation>
    </message>
    <message>
        <source>Set the sell price of %1 by hand to %2.</source>
        <translation>Verkaufspreis von %1 von Hand auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Changed the sell price of %1 by hand from %2 to %3.</source>
        <translation>Verkaufspreis von %1 von Hand von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>the application %1</source>
        <translation>die Anwendung %1</translation>
    </message>
    <message>
        <source>the product %1</source>
        <translation>das Produkt %1</translation>
    </message>
    <message>
        <source>Removed the discount of %1 (it was %2); the Distributor Discount applies to it again.</source>
        <translation>Rabatt für %1 entfernt (er betrug %2); es gilt wieder der Distributor-Rabatt.</translation>
    </message>
    <message>
        <source>Set a discount of %1 for %2.</source>
        <translation>Rabatt von %1 für %2 festgelegt.</translation>
    </message>
    <message>
        <source>Changed the discount of %1 from %2 to %3.</source>
        <translation>Rabatt für %1 von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>Added the contract tier %1 (at Acronis: %2) with a minimum commitment of %3 a month.</source>
        <translation>Vertragsstufe %1 hinzugefügt (bei Acronis: %2) mit einer Mindestabnahme von %3 im Monat.</translation>
    </message>
    <message>
        <source>minimum commitment from %1 to %2</source>
        <translation>Mindestabnahme von %1 auf %2</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>at Acronis from %1 to %2</source>
        <translation>bei Acronis von %1 auf %2</translation>
    </message>
    <message>
        <source>now a promotion</source>
        <translation>jetzt eine Aktion</translation>
    </message>
    <message>
        <source>no longer a promotion</source>
        <translation>keine Aktion mehr</translation>
    </message>
    <message>
        <source>Changed the contract tier %1: %2.</source>
        <translation>Vertragsstufe %1 geändert: %2.</translation>
    </message>
    <message>
        <source>%1 added, %2 renamed, %3 updated, %4 retired</source>
        <translation>%1 hinzugefügt, %2 umbenannt, %3 aktualisiert, %4 ausgemustert</translation>
    </message>
    <message>
        <source>cancelled, nothing changed</source>
        <translation>abgebrochen, nichts geändert</translation>
    </message>
    <message>
        <source>failed, nothing changed (%1)</source>
        <translation>fehlgeschlagen, nichts geändert (%1)</translation>
    </message>
    <message>
        <source>Get Services Definition: %1.</source>
        <translation>Get Services Definition: %1.</translation>
    </message>
    <message>
        <source>Get Services Definition, started from %1: %2.</source>
        <translation>Get Services Definition, gestartet über %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Service provider %1: %2.</source>
        <translation>Service-Provider %1: %2.</translation>
    </message>
    <message>
        <source>Service provider %1: %2. %3</source>
        <translation>Service-Provider %1: %2. %3</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>Stufe geändert</translation>
    </message>
    <message>
        <source>Products changed</source>
        <translation>Produkte geändert</translation>
    </message>
    <message>
        <source>Products read</source>
        <translation>Produkte gelesen</translation>
    </message>
    <message>
        <source>Replaced the client secret of %1 (a secret&apos;s value is never recorded).</source>
        <translation>Client-Secret von %1 ersetzt (der Wert eines Secrets wird nie aufgezeichnet).</translation>
    </message>
    <message>
        <source>Renamed the product %1 to %2.</source>
        <translation>Produkt %1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Copied the catalogue from %1 to %2.</source>
        <translation>Katalog von %1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3; after: %4)</source>
        <translation>%1: %2 (vorher: %3; nachher: %4)</translation>
    </message>
    <message>
        <source>Customer id set</source>
        <translation>Kundennummer gesetzt</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>I&amp;nstanz:</translation>
    </message>
    <message>
        <source>Only the changes of this instance</source>
        <translation>Nur die Änderungen dieser Instanz</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Nur diese Art von Änderung</translation>
    </message>
    <message>
        <source>Only changes from the chosen day on</source>
        <translation>Nur Änderungen ab dem gewählten Tag</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>A&amp;b</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>The first day whose changes are shown</source>
        <translation>Der erste Tag, dessen Änderungen gezeigt werden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Shows only the changes that contain this text</source>
        <translation>Zeigt nur die Änderungen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Search who, what and values</source>
        <translation>Wer, was und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Every change, newest first: when, who, what, and the value before and after</source>
        <translation>Jede Änderung, neueste zuerst: wann, wer, was und der Wert vorher und nachher</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>recording the change in the audit trail</source>
        <translation>beim Eintragen der Änderung ins Änderungsprotokoll</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>beim Lesen des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <source>writing %1 rows into %2</source>
        <translation>%1 Zeilen in %2 schreiben</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The gateway serves prices in %1, but the primary currency of &quot;%2&quot; is %3; those prices were kept in %1, not converted.</source>
        <translation>Das Gateway liefert Preise in %1, die Primärwährung von „%2“ ist aber %3; diese Preise bleiben in %1 und werden nicht umgerechnet.</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Stück</translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item(s)</source>
        <translation>
            <numerusform>Stück</numerusform>
            <numerusform>Stück</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Get Services Definition: bring the instance&apos;s products up to date with what the distributor may sell to service providers.</source>
        <translation>Dienstdefinition abrufen: die Produkte der Instanz mit dem abgleichen, was der Distributor an Service-Provider verkaufen darf.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Compute and print the changes; write nothing.</source>
        <translation>Die Änderungen berechnen und ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Dry run of Get Services Definition for &quot;%1&quot; (nothing was written): %2 added, %3 updated, %4 renamed, %5 retired, %6 unchanged.</source>
        <translation>Probelauf „Dienstdefinition abrufen“ für „%1“ (nichts geschrieben): %2 hinzugefügt, %3 aktualisiert, %4 umbenannt, %5 ausgemustert, %6 unverändert.</translation>
    </message>
    <message>
        <source>Get Services Definition for &quot;%1&quot;: %2 added, %3 updated, %4 renamed, %5 retired, %6 unchanged.</source>
        <translation>Dienstdefinition abrufen für „%1“: %2 hinzugefügt, %3 aktualisiert, %4 umbenannt, %5 ausgemustert, %6 unverändert.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ausgemustert)</translation>
    </message>
    <message>
        <source>List the products of every instance, or of one.</source>
        <translation>Die Produkte aller Instanzen oder einer Instanz auflisten.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s products.</source>
        <translation>Nur die Produkte dieser Instanz.</translation>
    </message>
    <message>
        <source>Only products whose name, offering item or storage contains TEXT.</source>
        <translation>Nur Produkte, deren Name, Angebotsposition oder Speicher TEXT enthält.</translation>
    </message>
    <message>
        <source>Also list products Acronis no longer serves.</source>
        <translation>Auch Produkte auflisten, die Acronis nicht mehr anbietet.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8).</source>
        <translation>CSV ausgeben (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json und --csv schließen einander aus.</translation>
    </message>
    <message>
        <source>No products. Run &apos;acronis-csp sync NAME&apos; to get the services definition.</source>
        <translation>Keine Produkte. &apos;acronis-csp sync NAME&apos; ruft die Dienstdefinition ab.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VERKAUF</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>EINKAUF</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>List the Get Services Definition runs, newest first.</source>
        <translation>Die Läufe von „Dienstdefinition abrufen“ auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s runs.</source>
        <translation>Nur die Läufe dieser Instanz.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Set a sell price by hand for an item whose price the gateway does not serve.</source>
        <translation>Einen Verkaufspreis von Hand setzen für eine Position, deren Preis das Gateway nicht liefert.</translation>
    </message>
    <message>
        <source>The offering item, e.g. pw_base_servers.</source>
        <translation>Die Angebotsposition, z. B. pw_base_servers.</translation>
    </message>
    <message>
        <source>The sell price in the instance&apos;s primary currency, e.g. 12.50.</source>
        <translation>Der Verkaufspreis in der Primärwährung der Instanz, z. B. 12.50.</translation>
    </message>
    <message>
        <source>The item&apos;s edition, where several match.</source>
        <translation>Die Edition der Position, wenn mehrere passen.</translation>
    </message>
    <message>
        <source>The item&apos;s storage, where several match.</source>
        <translation>Der Speicher der Position, wenn mehrere passen.</translation>
    </message>
    <message>
        <source>expected &apos;price set NAME OFFERING_ITEM PRICE&apos;.</source>
        <translation>erwartet: &apos;price set NAME OFFERING_ITEM PRICE&apos;.</translation>
    </message>
    <message>
        <source>Set the sell price of &quot;%1&quot; to %2 %3 (cost %4 %3 with the %5 % discount).</source>
        <translation>Verkaufspreis von „%1“ auf %2 %3 gesetzt (Einkauf %4 %3 bei %5 % Rabatt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (run &apos;acronis-csp products --instance &quot;%1&quot;&apos;).</source>
        <translation>„%1“: %2 (siehe &apos;acronis-csp products --instance &quot;%1&quot;&apos;).</translation>
    </message>
    <message>
        <source>Every instance, one after the other; the exit code is that of the first (by name) that failed.</source>
        <translation>Jede Instanz, eine nach der anderen; der Exit-Code ist der der ersten (nach Namen), die fehlschlug.</translation>
    </message>
    <message>
        <source>give either an instance&apos;s NAME or --all.</source>
        <translation>geben Sie entweder den NAMEN einer Instanz oder --all an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;acronis-csp instance add&apos;.</source>
        <translation>Keine Instanzen. Fügen Sie eine mit &apos;acronis-csp instance add&apos; hinzu.</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>%1: the usage estimate for the month-end reconciliation was not recorded: %2</source>
        <translation>%1: Die Nutzungsschätzung für den Monatsabgleich wurde nicht festgehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Usage of %n service provider(s) recorded as the month&apos;s estimate.</source>
        <translation>
            <numerusform>Nutzung von %n Service-Provider als Schätzung des Monats festgehalten.</numerusform>
            <numerusform>Nutzung von %n Service-Providern als Schätzung des Monats festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Distributor Discount could not be checked against Acronis&apos; price list: %1</source>
        <translation>Der Distributor-Rabatt konnte nicht mit der Preisliste von Acronis abgeglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueCopy</name>
    <message>
        <source>counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>continuing the operation numbers</source>
        <translation>Fortsetzen der Vorgangsnummern</translation>
    </message>
    <message>
        <source>The two catalogues have different schema versions (%1 and %2).</source>
        <translation>Die beiden Kataloge haben verschiedene Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>Beginnen der Kopie</translation>
    </message>
    <message>
        <source>%1 already holds a catalogue (%2 instances); nothing was copied. Copy into an empty database.</source>
        <translation>%1 enthält bereits einen Katalog (%2 Instanzen); nichts wurde kopiert. Kopieren Sie in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows, the source %3; nothing was copied.</source>
        <translation>Die Kopie von %1 enthält %2 Zeilen, die Quelle %3; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>committing the copy</source>
        <translation>Festschreiben der Kopie</translation>
    </message>
    <message>
        <source>The copy does not know the table %1; nothing was copied.</source>
        <translation>Die Kopie kennt die Tabelle %1 nicht; nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>CatalogueDatabase</name>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>%1, schema %2: %3, %4, %5.</source>
        <translation>%1, Schema %2: %3, %4, %5.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s)</source>
        <translation>
            <numerusform>%n Dienstanbieter</numerusform>
            <numerusform>%n Dienstanbieter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeItemsDialog</name>
    <message>
        <source>Change Products</source>
        <translation>Produkte ändern</translation>
    </message>
</context>
<context>
    <name>ChangeTierDialog</name>
    <message>
        <source>Change Tier</source>
        <translation>Vertragsstufe ändern</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;acronis-csp --help&apos;.</source>
        <translation>Siehe &apos;acronis-csp --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try &apos;acronis-csp --help&apos;.</source>
        <translation>unbekannter Befehl „%1“. Siehe &apos;acronis-csp --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp [--data-dir DIR] [--database URL] [--ca-file FILE] COMMAND ...

Links a cloud distributor&apos;s billing system to Acronis Cyber Cloud: the same
catalogue and settings as the acronis-csp-setup window, without a window.

Commands:
  instance          Add, edit, list, show and remove linked Acronis accounts
  test-connection   Check an instance&apos;s gateway, client id and secret
  check-api         Check, read-only, every endpoint this program depends on
  sync              Get Services Definition: update an instance&apos;s products
  products          List the products (also as JSON or CSV)
  history           List the sync runs
  price set         Set a sell price by hand where the gateway serves none
  prices            Check the discount against Acronis&apos; effective price list
  provider          Provision, list, suspend, resume and cancel service providers
  usage             Service providers&apos; usage, priced at sell and cost
  tier              List and set the CSP contract tiers and their commitments
  invoice           Each service provider&apos;s invoice for a closed month
  reconcile         A closed month&apos;s report beside its estimates, with flags
  discount          Discounts of applications and products
  audit             Who changed what, and when
  database          Where the catalogue lives: status, copy, login, logout

Global options:
  --ca-file FILE   Trust the certificate authorities in FILE (PEM) besides the
                   system&apos;s, for a TLS-inspecting proxy (also $ACRONIS_CSP_CA_FILE)
  --data-dir DIR   Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)
  --database URL   Use the catalogue at URL: sqlite:PATH or
                   postgresql://[USER@]HOST[:PORT]/DBNAME (also
                   $ACRONIS_CSP_DATABASE); never a password in it
  --allow-unencrypted-database
                   Allow an unencrypted connection to a database server on
                   another machine
  --help           Show this help; &apos;acronis-csp COMMAND --help&apos; for a command
  --verbose        Each request to Acronis on stderr: method, path, status, ms
  --version        Show the version

Exit codes: 0 done, 1 failed, 2 bad arguments or input, 3 authentication failed,
4 gateway or database server unreachable, 5 OS keychain unavailable, 6 conflict,
130/143 stopped by Ctrl+C or SIGTERM (the run is rolled back and recorded as
cancelled).
</source>
        <translation>Aufruf: acronis-csp [--data-dir VERZ] [--database URL] [--ca-file DATEI] BEFEHL ...

Verbindet das Abrechnungssystem eines Cloud-Distributors mit Acronis Cyber Cloud:
derselbe Katalog und dieselben Einstellungen wie im Fenster acronis-csp-setup.

Befehle:
  instance          Verknüpfte Acronis-Konten hinzufügen, ändern, auflisten, anzeigen, entfernen
  test-connection   Gateway, Client-ID und Secret einer Instanz prüfen
  check-api         Jeden Endpunkt, den dieses Programm braucht, nur lesend prüfen
  sync              Dienstdefinition abrufen: die Produkte einer Instanz aktualisieren
  products          Die Produkte auflisten (auch als JSON oder CSV)
  history           Die Synchronisierungsläufe auflisten
  price set         Einen Verkaufspreis von Hand setzen, wo das Gateway keinen liefert
  prices            Den Rabatt mit der effektiven Preisliste von Acronis abgleichen
  provider          Service-Provider bereitstellen, auflisten, sperren, fortsetzen, kündigen
  usage             Nutzung der Service-Provider, zu Verkaufs- und Einkaufspreisen bewertet
  tier              Die Abnahmestufen der CSP-Verträge und ihre Mindestabnahmen
  invoice           Die Rechnung jedes Service-Providers für einen abgeschlossenen Monat
  reconcile         Bericht eines abgeschlossenen Monats neben seinen Schätzungen, mit Hinweisen
  discount          Rabatte von Anwendungen und Produkten
  audit             Wer hat was wann geändert
  database          Wo der Katalog liegt: Status, Kopie, Anmelden, Abmelden

Allgemeine Optionen:
  --ca-file DATEI  Den Zertifizierungsstellen in DATEI (PEM) neben denen des Systems
                   vertrauen, für einen TLS-prüfenden Proxy (auch $ACRONIS_CSP_CA_FILE)
  --data-dir VERZ  Den Katalog in VERZ verwenden (auch $ACRONIS_CSP_DATA_DIR)
  --database URL   Den Katalog unter URL verwenden: sqlite:PFAD oder
                   postgresql://[BENUTZER@]HOST[:PORT]/DBNAME (auch
                   $ACRONIS_CSP_DATABASE); nie ein Passwort darin
  --allow-unencrypted-database
                   Eine unverschlüsselte Verbindung zu einem Datenbankserver auf
                   einem anderen Rechner erlauben
  --help           Diese Hilfe; &apos;acronis-csp BEFEHL --help&apos; für einen Befehl
  --verbose        Jede Anfrage an Acronis auf stderr: Methode, Pfad, Status, ms
  --version        Die Version anzeigen

Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falsche Argumente oder Eingaben,
3 Anmeldung abgelehnt, 4 Gateway oder Datenbankserver nicht erreichbar,
5 Schlüsselbund nicht verfügbar, 6 Konflikt, 130/143 durch Strg+C oder SIGTERM
angehalten (der Lauf wird zurückgerollt und als abgebrochen vermerkt).
</translation>
    </message>
</context>
<context>
    <name>CompatibilityDialog</name>
    <message>
        <source>Compatibility with Acronis</source>
        <translation>Kompatibilität mit Acronis</translation>
    </message>
    <message>
        <source>Calls every endpoint this program depends on, read-only: nothing is created, changed or deleted at Acronis.</source>
        <translation>Ruft jeden Endpunkt auf, den dieses Programm braucht, nur lesend: bei Acronis wird nichts angelegt, geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Endpoints checked</source>
        <translation>Geprüfte Endpunkte</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>Antworten &amp;speichern…</translation>
    </message>
    <message>
        <source>Save each answer in a folder, with names, e-mail addresses, logins, phone numbers and addresses replaced, to send to support.</source>
        <translation>Jede Antwort in einem Ordner speichern, mit ersetzten Namen, E-Mail-Adressen, Anmeldenamen, Telefonnummern und Adressen, zum Senden an den Support.</translation>
    </message>
</context>
<context>
    <name>ConfigurationCommands</name>
    <message>
        <source>Print the configuration of instances as one JSON document: their settings, name policies, discounts, contract tiers and the products priced or named by hand. Never a secret.</source>
        <translation>Die Konfiguration von Instanzen als ein JSON-Dokument ausgeben: Einstellungen, Namensregeln, Rabatte, Vertragsstufen und die von Hand bepreisten oder benannten Produkte. Nie ein Secret.</translation>
    </message>
    <message>
        <source>An instance&apos;s system name; all without.</source>
        <translation>Der Systemname einer Instanz; ohne: alle.</translation>
    </message>
    <message>
        <source>Add the instances of a file that &apos;instance export&apos; wrote, with their discounts, tiers and products priced or named by hand. Client secrets are not in it: add them afterwards.</source>
        <translation>Die Instanzen einer Datei von &apos;instance export&apos; hinzufügen, mit Rabatten, Stufen und von Hand bepreisten oder benannten Produkten. Client Secrets sind nicht darin: danach hinzufügen.</translation>
    </message>
    <message>
        <source>The exported JSON file.</source>
        <translation>Die exportierte JSON-Datei.</translation>
    </message>
    <message>
        <source>Say what would change; change nothing.</source>
        <translation>Sagen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Replace the settings of instances that exist already (else: exit 6).</source>
        <translation>Die Einstellungen schon vorhandener Instanzen ersetzen (sonst: Exit 6).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Would: %1</source>
        <translation>Würde: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no client secret on this machine yet: add it with &apos;acronis-csp instance edit &quot;%1&quot; --client-secret-stdin&apos;.</source>
        <translation>„%1“ hat auf diesem Rechner noch kein Client Secret: mit &apos;acronis-csp instance edit &quot;%1&quot; --client-secret-stdin&apos; hinzufügen.</translation>
    </message>
</context>
<context>
    <name>ConfigurationService</name>
    <message>
        <source>must be a text that is not empty</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of at least 0</source>
        <translation>„%1“ ist kein Betrag von mindestens 0</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>%1.%2: %3.</source>
        <translation>%1.%2: %3.</translation>
    </message>
    <message>
        <source>must be &quot;application&quot; or &quot;offering_item&quot;</source>
        <translation>muss &quot;application&quot; oder &quot;offering_item&quot; sein</translation>
    </message>
    <message>
        <source>at most 16 characters</source>
        <translation>höchstens 16 Zeichen</translation>
    </message>
    <message>
        <source>at most 256 characters</source>
        <translation>höchstens 256 Zeichen</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>Die Datei ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program reads (1).</source>
        <translation>version: %1 ist keine Version, die dieses Programm liest (1).</translation>
    </message>
    <message>
        <source>instances[%1].system_name: &quot;%2&quot; is in the file twice.</source>
        <translation>instances[%1].system_name: „%2“ steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; nothing was imported. Give --replace to replace its settings with the file&apos;s.</source>
        <translation>„%1“ gibt es schon; nichts wurde importiert. Mit --replace werden seine Einstellungen durch die der Datei ersetzt.</translation>
    </message>
    <message>
        <source>Replace the settings of &quot;%1&quot;: %2.</source>
        <translation>Die Einstellungen von „%1“ ersetzen: %2.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;: %2.</source>
        <translation>„%1“ hinzufügen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n discount(s) of applications or products,</source>
        <translation>
            <numerusform>„%1“: %n Rabatt einer Anwendung oder eines Produkts,</numerusform>
            <numerusform>„%1“: %n Rabatte von Anwendungen oder Produkten,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract tier(s),</source>
        <translation>
            <numerusform>%n Vertragsstufe,</numerusform>
            <numerusform>%n Vertragsstufen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) priced or named by hand.</source>
        <translation>
            <numerusform>%n von Hand bepreistes oder benanntes Produkt.</numerusform>
            <numerusform>%n von Hand bepreiste oder benannte Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>instances: the file holds no instance.</source>
        <translation>instances: Die Datei enthält keine Instanz.</translation>
    </message>
    <message>
        <source>importing the configuration</source>
        <translation>beim Importieren der Konfiguration</translation>
    </message>
    <message>
        <source>format: the file is not an instance configuration that this program exported (&quot;format&quot;: &quot;%1&quot;).</source>
        <translation>format: Die Datei ist keine von diesem Programm exportierte Instanzkonfiguration („format“: „%1“).</translation>
    </message>
</context>
<context>
    <name>ConfirmCancelDialog</name>
    <message>
        <source>Cancel Service Provider</source>
        <translation>Service-Provider kündigen</translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>Obtain a token and find the distributor tenant of an instance&apos;s API client.</source>
        <translation>Ein Token holen und den Distributor-Tenant des API-Clients einer Instanz ermitteln.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Connected to %1: tenant &quot;%2&quot; (%3, id %4).</source>
        <translation>Verbunden mit %1: Tenant „%2“ (%3, ID %4).</translation>
    </message>
    <message>
        <source>Check, read-only, that an instance&apos;s gateway offers every endpoint this program depends on, in the shape it needs.</source>
        <translation>Nur lesend prüfen, ob das Gateway einer Instanz jeden Endpunkt, den dieses Programm braucht, in der nötigen Form anbietet.</translation>
    </message>
    <message>
        <source>Save each answer in DIR, with names, e-mail addresses, logins, phone numbers and addresses replaced (ids, prices and structure kept).</source>
        <translation>Jede Antwort in VERZ speichern, mit ersetzten Namen, E-Mail-Adressen, Anmeldenamen, Telefonnummern und Adressen (IDs, Preise und Aufbau bleiben).</translation>
    </message>
    <message>
        <source>--capture: the folder &quot;%1&quot; cannot be made.</source>
        <translation>--capture: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>%n Antwort in %1 gespeichert, persönliche Daten ersetzt.</numerusform>
            <numerusform>%n Antworten in %1 gespeichert, persönliche Daten ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2:</source>
        <translation>%1 bei %2:</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Davon hängt ab: %1</translation>
    </message>
    <message>
        <source>  not checked  %1: %2</source>
        <translation>  nicht geprüft  %1: %2</translation>
    </message>
    <message>
        <source>Every endpoint checked works as this program needs.</source>
        <translation>Jeder geprüfte Endpunkt funktioniert so, wie dieses Programm es braucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 endpoints do not work as this program needs.</source>
        <translation>
            <numerusform>%n von %1 Endpunkten funktioniert nicht so, wie dieses Programm es braucht.</numerusform>
            <numerusform>%n von %1 Endpunkten funktionieren nicht so, wie dieses Programm es braucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kann %1 nicht schreiben: %2.</translation>
    </message>
</context>
<context>
    <name>ContractCommands</name>
    <message>
        <source>tier: unknown command &quot;%1&quot;. Try &apos;acronis-csp tier --help&apos;.</source>
        <translation>tier: unbekannter Befehl „%1“. Siehe &apos;acronis-csp tier --help&apos;.</translation>
    </message>
    <message>
        <source>List the instance&apos;s contract tiers and their commitments.</source>
        <translation>Die Abnahmestufen der Instanz und ihre Mindestabnahmen auflisten.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>promo</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LEVEL VALUE</source>
        <translation>LEVEL VALUE</translation>
    </message>
    <message>
        <source>MINIMUM COMMITMENT</source>
        <translation>MINDESTABNAHME</translation>
    </message>
    <message>
        <source>Add a contract tier or change one: its minimum monthly commitment (from the distributor&apos;s agreement), name, tier_level_value and whether it is a promo.</source>
        <translation>Eine Abnahmestufe hinzufügen oder ändern: ihre monatliche Mindestabnahme (aus dem Vertrag des Distributors), ihren Namen, tier_level_value und ob sie eine Aktion ist.</translation>
    </message>
    <message>
        <source>The tier: none, 1 to 5, or a new one.</source>
        <translation>Die Stufe: none, 1 bis 5 oder eine neue.</translation>
    </message>
    <message>
        <source>The minimum commitment a month, in the primary currency, e.g. 500.</source>
        <translation>Die Mindestabnahme pro Monat in der Primärwährung, z. B. 500.</translation>
    </message>
    <message>
        <source>What the tier is called.</source>
        <translation>Wie die Stufe heißt.</translation>
    </message>
    <message>
        <source>The value Acronis keeps for the tier (−1 none, 0 Tier 1 … 4 Tier 5).</source>
        <translation>Der Wert, den Acronis für die Stufe führt (−1 keine, 0 Stufe 1 … 4 Stufe 5).</translation>
    </message>
    <message>
        <source>The tier is a promo contract.</source>
        <translation>Die Stufe ist ein Aktionsvertrag.</translation>
    </message>
    <message>
        <source>missing --commitment.</source>
        <translation>--commitment fehlt.</translation>
    </message>
    <message>
        <source>--tier-level-value: &quot;%1&quot; is not a whole number.</source>
        <translation>--tier-level-value: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;: a minimum commitment of %3 %4 a month (tier_level_value %5).</source>
        <translation>%1 von „%2“: eine Mindestabnahme von %3 %4 pro Monat (tier_level_value %5).</translation>
    </message>
    <message>
        <source>Usage: acronis-csp tier list|set ...

The CSP contract tiers of an instance: what &apos;provider create --tier&apos; takes, the
tier_level_value Acronis keeps, and each tier&apos;s minimum monthly commitment.

  list INSTANCE [--month YYYY-MM] [--json]
  set INSTANCE TIER --commitment AMOUNT [--from YYYY-MM] [--name TEXT] [--tier-level-value N] [--promo]
</source>
        <translation>Aufruf: acronis-csp tier list|set ...

Die CSP-Vertragsstufen einer Instanz: was &apos;provider create --tier&apos; annimmt, der
tier_level_value, den Acronis speichert, und die monatliche Mindestabnahme jeder Stufe.

  list INSTANZ [--month JJJJ-MM] [--json]
  set INSTANZ STUFE --commitment BETRAG [--from JJJJ-MM] [--name TEXT] [--tier-level-value N] [--promo]
</translation>
    </message>
    <message>
        <source>The commitments in effect in this month (default: now).</source>
        <translation>Die Mindestabnahmen, die in diesem Monat galten (Standard: jetzt).</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--month: „%1“ ist kein Monat wie 2026-10.</translation>
    </message>
    <message>
        <source>The first month of the commitment (default: the current one); earlier months keep theirs.</source>
        <translation>Der erste Monat der Mindestabnahme (Standard: der aktuelle); frühere Monate behalten ihre.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--from: „%1“ ist kein Monat wie 2026-10.</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>setting up the contract tiers</source>
        <translation>beim Anlegen der Abnahmestufen</translation>
    </message>
    <message>
        <source>reading the contract tiers</source>
        <translation>beim Lesen der Abnahmestufen</translation>
    </message>
    <message>
        <source>saving the tier &quot;%1&quot;</source>
        <translation>beim Speichern der Stufe „%1“</translation>
    </message>
    <message>
        <source>reading the commitment history</source>
        <translation>beim Lesen der früheren Mindestabnahmen</translation>
    </message>
    <message>
        <source>reading the provider&apos;s tiers</source>
        <translation>beim Lesen der Stufen des Providers</translation>
    </message>
    <message>
        <source>recording the provider&apos;s tier</source>
        <translation>beim Vermerken der Stufe des Providers</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>No commitment</source>
        <translation>Keine Mindestabnahme</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Tier: &quot;%1&quot; is not a tier name of 1 to 16 lower-case letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Stufe: „%1“ ist kein Stufenname aus 1 bis 16 Kleinbuchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Minimum commitment</source>
        <translation>Mindestabnahme</translation>
    </message>
    <message>
        <source>Minimum commitment: &quot;%1&quot; is negative; it is at least 0.</source>
        <translation>Mindestabnahme: „%1“ ist negativ; sie ist mindestens 0.</translation>
    </message>
    <message>
        <source>Ramp-up: %1 is not 0 to %2 months.</source>
        <translation>Anlaufphase: %1 ist nicht 0 bis %2 Monate.</translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>erlassen (Anlaufphase)</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>keine Mindestabnahme</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Usage against the minimum commitment: &quot;312.40 of 500.00 EUR&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 – at least %2 a month</source>
        <translation>%1 – mindestens %2 im Monat</translation>
    </message>
    <message>
        <source>Acronis level %1</source>
        <translation>Acronis-Stufe %1</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Tier level value: %1 is not −2 to 7, the values Acronis knows.</source>
        <translation>Tier level value: %1 liegt nicht zwischen −2 und 7, den Werten, die Acronis kennt.</translation>
    </message>
    <message>
        <source>Name: at most 64 characters (got %1).</source>
        <translation>Name: höchstens 64 Zeichen (erhalten: %1).</translation>
    </message>
    <message>
        <source>saving the tier</source>
        <translation>beim Speichern der Stufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Minimum commitment: a new tier needs one.</source>
        <translation>Mindestabnahme: eine neue Stufe braucht eine.</translation>
    </message>
    <message>
        <source>Tier level value: a new tier needs the value Acronis keeps for it (−2 to 7).</source>
        <translation>Tier level value: eine neue Stufe braucht den Wert, den Acronis für sie führt (−2 bis 7).</translation>
    </message>
</context>
<context>
    <name>CredentialsSecretStore</name>
    <message>
        <source>There is no credential %1, and %2</source>
        <translation>Es gibt keine Zugangsdatei %1, und %2</translation>
    </message>
    <message>
        <source>Cannot read the credential %1: %2.</source>
        <translation>Kann die Zugangsdatei %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The credential %1 is empty.</source>
        <translation>Die Zugangsdatei %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>Zeile %1: ein Anführungszeichen mitten in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>record %1 has %2 fields, the header %3</source>
        <translation>Datensatz %1 hat %2 Felder, die Kopfzeile %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The catalogue database %1 is not writable; check its permissions.</source>
        <translation>Die Katalogdatenbank %1 ist nicht beschreibbar; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>The catalogue database %1 is locked by another program (%2); try again when it has finished.</source>
        <translation>Die Katalogdatenbank %1 ist von einem anderen Programm gesperrt (%2); versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not a usable catalogue database (%2: %3). It was left unchanged; move it away or restore a backup.</source>
        <translation>%1 ist keine brauchbare Katalogdatenbank (%2: %3). Sie wurde nicht verändert; verschieben Sie sie oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation>Datenbankfehler %1: %2 (%3).</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>beim Umschalten auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>beim Beginn der Schema-Aktualisierung</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schema-Version</translation>
    </message>
    <message>
        <source>The catalogue database %1 has schema version %2, but this program knows only up to version %3: it was written by a newer version of the program. It was left unchanged; update the program.</source>
        <translation>Die Katalogdatenbank %1 hat die Schema-Version %2, dieses Programm kennt aber nur bis Version %3: sie wurde von einer neueren Programmversion geschrieben. Sie wurde nicht verändert; aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>beim Anlegen der Schema-Versionstabelle</translation>
    </message>
    <message>
        <source>applying migration %1 (%2)</source>
        <translation>beim Anwenden der Migration %1 (%2)</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>beim Abschließen der Schema-Aktualisierung</translation>
    </message>
    <message>
        <source>converting the discounts to exact decimals</source>
        <translation>beim Umwandeln der Rabatte in exakte Dezimalzahlen</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>beim Lesen des Abgleichverlaufs</translation>
    </message>
    <message>
        <source>reading the product history</source>
        <translation>beim Lesen des Produktverlaufs</translation>
    </message>
    <message>
        <source>converting the prices to exact decimals</source>
        <translation>beim Umwandeln der Preise in exakte Dezimalzahlen</translation>
    </message>
    <message>
        <source>setting up the contract tiers</source>
        <translation>beim Anlegen der Abnahmestufen</translation>
    </message>
    <message>
        <source>The data directory %1 is on a network file system (%2). SQLite&apos;s locks and write-ahead log are not safe there: two programs using the catalogue at once would damage it. Choose a data directory on this machine (--data-dir); a catalogue shared by a team belongs on a PostgreSQL server (see &quot;Sharing one catalogue&quot; in the user guide).</source>
        <translation>Das Datenverzeichnis %1 liegt auf einem Netzwerk-Dateisystem (%2). Die Sperren und das Write-Ahead-Log von SQLite sind dort nicht sicher: zwei Programme, die den Katalog gleichzeitig nutzen, würden ihn beschädigen. Wählen Sie ein Datenverzeichnis auf diesem Rechner (--data-dir); ein Katalog, den ein Team teilt, gehört auf einen PostgreSQL-Server (siehe „Einen Katalog teilen“ im Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>Cannot write the catalogue database %1 (%2: %3); check the permissions and free space of its directory or server.</source>
        <translation>Die Katalogdatenbank %1 kann nicht geschrieben werden (%2: %3); prüfen Sie Berechtigungen und freien Platz ihres Verzeichnisses oder Servers.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of %1 (%2: %3).</source>
        <translation>Der Datenbankserver von %1 ist nicht erreichbar (%2: %3).</translation>
    </message>
    <message>
        <source>The database role may not do this in %1 (%2: %3); see &quot;Sharing one catalogue&quot; in the user guide for the privileges it needs.</source>
        <translation>Die Datenbankrolle darf das in %1 nicht (%2: %3); welche Rechte sie braucht, steht unter „Einen Katalog teilen“ im Benutzerhandbuch.</translation>
    </message>
    <message>
        <source>The database server has no database %1 (%2: %3); create it first (see &quot;Sharing one catalogue&quot; in the user guide).</source>
        <translation>Der Datenbankserver hat keine Datenbank %1 (%2: %3); legen Sie sie zuerst an (siehe „Einen Katalog teilen“ im Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a catalogue. It was left unchanged; choose another database.</source>
        <translation>%1 enthält die Tabellen eines anderen Programms, keinen Katalog. Sie wurde nicht verändert; wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>adding the sort and search keys</source>
        <translation>Hinzufügen der Sortier- und Suchschlüssel</translation>
    </message>
    <message>
        <source>announcing changes to open windows</source>
        <translation>Änderungen an geöffnete Fenster melden</translation>
    </message>
    <message>
        <source>protecting the audit trail</source>
        <translation>beim Schützen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>The database server refused the login to %1 (%2: %3). Store the password of this database in the OS keychain, or give it to libpq (~/.pgpass).</source>
        <translation>Der Datenbankserver hat die Anmeldung bei %1 abgelehnt (%2: %3). Speichern Sie das Passwort dieser Datenbank im Schlüsselbund des Betriebssystems oder geben Sie es libpq (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>The catalogue is the SQLite file %1, which needs no login; name a server with --database postgresql://USER@HOST/DBNAME.</source>
        <translation>Der Katalog ist die SQLite-Datei %1, die keine Anmeldung braucht; nennen Sie einen Server mit --database postgresql://BENUTZER@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>Show where the catalogue is and what it holds.</source>
        <translation>Anzeigen, wo der Katalog liegt und was er enthält.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Backend:         %1</source>
        <translation>Backend:         %1</translation>
    </message>
    <message>
        <source>Location:        %1</source>
        <translation>Ort:             %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Schemaversion:   %1</translation>
    </message>
    <message>
        <source>Instances:       %1</source>
        <translation>Instanzen:       %1</translation>
    </message>
    <message>
        <source>Products:        %1</source>
        <translation>Produkte:        %1</translation>
    </message>
    <message>
        <source>Providers:       %1</source>
        <translation>Service-Provider: %1</translation>
    </message>
    <message>
        <source>Copy the whole catalogue into an empty database, in one transaction; the client secrets stay in the keychain.</source>
        <translation>Den ganzen Katalog in einer Transaktion in eine leere Datenbank kopieren; die Client-Secrets bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The database to copy into.</source>
        <translation>Die Datenbank, in die kopiert wird.</translation>
    </message>
    <message>
        <source>--to URL is required.</source>
        <translation>--to URL ist erforderlich.</translation>
    </message>
    <message>
        <source>The catalogue cannot be copied onto itself (%1).</source>
        <translation>Der Katalog kann nicht auf sich selbst kopiert werden (%1).</translation>
    </message>
    <message>
        <source>Copied the catalogue from %1 to %2:</source>
        <translation>Katalog von %1 nach %2 kopiert:</translation>
    </message>
    <message>
        <source>Each admin adds the client secrets on their own machine: acronis-csp --database URL instance edit NAME --client-secret-stdin</source>
        <translation>Jeder Admin legt die Client-Secrets auf seinem eigenen Rechner ab: acronis-csp --database URL instance edit NAME --client-secret-stdin</translation>
    </message>
    <message>
        <source>Check the database password and keep it in the OS keychain.</source>
        <translation>Das Datenbankpasswort prüfen und im Schlüsselbund des Systems ablegen.</translation>
    </message>
    <message>
        <source>Read the password from standard input (else it is asked for).</source>
        <translation>Das Passwort von der Standardeingabe lesen (sonst wird danach gefragt).</translation>
    </message>
    <message>
        <source>reading the database password from the terminal (input hidden); end with Enter</source>
        <translation>Datenbankpasswort wird vom Terminal gelesen (Eingabe verborgen); mit Enter abschließen</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The password for %1 is in the OS keychain.</source>
        <translation>Das Passwort für %1 liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Remove the database password from the OS keychain.</source>
        <translation>Das Datenbankpasswort aus dem Schlüsselbund des Systems entfernen.</translation>
    </message>
    <message>
        <source>The OS keychain held no password for %1.</source>
        <translation>Der Schlüsselbund des Systems enthielt kein Passwort für %1.</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the OS keychain.</source>
        <translation>Das Passwort für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp database COMMAND [options]

Where the catalogue lives: an SQLite file on this machine, or a
PostgreSQL database shared by a team (--database URL).

Commands:
  status   Show the backend, the location and what it holds
  copy     Copy the whole catalogue into an empty database (--to URL)
  login    Keep the database password in the OS keychain
  logout   Remove it

Run &apos;acronis-csp database COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: acronis-csp database BEFEHL [Optionen]

Wo der Katalog liegt: eine SQLite-Datei auf diesem Rechner oder eine
PostgreSQL-Datenbank, die ein Team teilt (--database URL).

Befehle:
  status   Backend, Ort und Inhalt anzeigen
  copy     Den ganzen Katalog in eine leere Datenbank kopieren (--to URL)
  login    Das Datenbankpasswort im Schlüsselbund des Systems ablegen
  logout   Es entfernen

&apos;acronis-csp database BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>database: unknown command &quot;%1&quot;. Try &apos;acronis-csp database --help&apos;.</source>
        <translation>database: unbekannter Befehl „%1“. Siehe &apos;acronis-csp database --help&apos;.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Catalogue Database</source>
        <translation>Katalog-Datenbank</translation>
    </message>
    <message>
        <source>One admin keeps the catalogue on this computer. A team shares one on a PostgreSQL server: each admin chooses it here, and every window shows what the others change. Client secrets never go there: each admin&apos;s OS keychain keeps its own.</source>
        <translation>Ein einzelner Administrator hält den Katalog auf diesem Computer. Ein Team teilt einen auf einem PostgreSQL-Server: Jeder Administrator wählt ihn hier, und jedes Fenster zeigt, was die anderen ändern. Client-Geheimnisse gelangen nie dorthin: Der Schlüsselbund jedes Administrators hält seine eigenen.</translation>
    </message>
    <message>
        <source>&amp;This computer (an SQLite file)</source>
        <translation>&amp;Dieser Computer (eine SQLite-Datei)</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>A &amp;shared database server (PostgreSQL)</source>
        <translation>Ein &amp;gemeinsamer Datenbankserver (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>libpq&apos;s URI: postgresql://USER@HOST[:PORT]/DBNAME, any connection parameter after ?, never a password.</source>
        <translation>URI von libpq: postgresql://BENUTZER@HOST[:PORT]/DBNAME, beliebige Verbindungsparameter nach ?, nie ein Passwort.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Unchanged: the OS keychain&apos;s, or libpq&apos;s own (~/.pgpass)</source>
        <translation>Unverändert: das des Schlüsselbunds oder libpqs eigenes (~/.pgpass)</translation>
    </message>
    <message>
        <source>Allow an u&amp;nencrypted connection to another machine</source>
        <translation>U&amp;nverschlüsselte Verbindung zu einem anderen Rechner erlauben</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location &quot;%1&quot; is not usable: %2</source>
        <translation>Der Datenbankort „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>sqlite: must be followed by the path of the file.</source>
        <translation>auf sqlite: muss der Pfad der Datei folgen.</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME.</source>
        <translation>erwartet wird sqlite:PFAD oder postgresql://[BENUTZER@]HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>the URL names no database (postgresql://HOST/DBNAME).</source>
        <translation>die URL nennt keine Datenbank (postgresql://HOST/DBNAME).</translation>
    </message>
    <message>
        <source>sslmode=%1 may send the catalogue and the password unencrypted to %2. Use sslmode=verify-full (the default), or pass --allow-unencrypted-database if this network is trusted.</source>
        <translation>sslmode=%1 kann den Katalog und das Passwort unverschlüsselt an %2 senden. Verwenden Sie sslmode=verify-full (die Vorgabe) oder geben Sie --allow-unencrypted-database an, wenn dieses Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>a password in the URL would be kept in the command line, the environment and the shell history. Store it in the OS keychain or in ~/.pgpass instead.</source>
        <translation>Ein Passwort in der URL bliebe in der Befehlszeile, der Umgebung und dem Shell-Verlauf stehen. Speichern Sie es stattdessen im Schlüsselbund des Betriebssystems oder in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>taking the lock %1</source>
        <translation>Nehmen der Sperre %1</translation>
    </message>
    <message>
        <source>recording who holds the lock %1</source>
        <translation>Vermerken, wer die Sperre %1 hält</translation>
    </message>
</context>
<context>
    <name>DiscountService</name>
    <message>
        <source>saving the discount</source>
        <translation>beim Speichern des Rabatts</translation>
    </message>
    <message>
        <source>No product of &quot;%1&quot; belongs to the application &quot;%2&quot;; the product list of &quot;%1&quot; names each product&apos;s application.</source>
        <translation>Kein Produkt von „%1“ gehört zur Anwendung „%2“; die Produktliste von „%1“ nennt die Anwendung jedes Produkts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no product with the offering item &quot;%2&quot;; the product list of &quot;%1&quot; names each product&apos;s offering item.</source>
        <translation>„%1“ hat kein Produkt mit dem Angebotselement „%2“; die Produktliste von „%1“ nennt das Angebotselement jedes Produkts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no discount of its own for &quot;%2&quot;; the discounts of &quot;%1&quot; list the ones it has.</source>
        <translation>„%1“ hat keinen eigenen Rabatt für „%2“; die Rabatte von „%1“ zeigen, welche es gibt.</translation>
    </message>
</context>
<context>
    <name>DiscountsDialog</name>
    <message>
        <source>Discounts of applications and products</source>
        <translation>Rabatte von Anwendungen und Produkten</translation>
    </message>
    <message>
        <source>Each override of the Distributor Discount and since when it applies</source>
        <translation>Jede Abweichung vom Distributor-Rabatt und seit wann sie gilt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Whether the discount is an application&apos;s or a product&apos;s</source>
        <translation>Ob der Rabatt einer Anwendung oder einem Produkt gilt</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>The application or product the discount is for</source>
        <translation>Die Anwendung oder das Produkt, für das der Rabatt gilt</translation>
    </message>
    <message>
        <source>&amp;Discount (%):</source>
        <translation>Ra&amp;batt (%):</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Rabatt (%)</translation>
    </message>
    <message>
        <source>The discount in percent, 0 to 100, at most two decimals</source>
        <translation>Der Rabatt in Prozent, 0 bis 100, höchstens zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>Give the chosen application or product this discount from now on</source>
        <translation>Der gewählten Anwendung oder dem Produkt ab jetzt diesen Rabatt geben</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>Remove the selected discount from now on; its products take the next less specific one</source>
        <translation>Den gewählten Rabatt ab jetzt entfernen; seine Produkte erhalten den nächst allgemeineren</translation>
    </message>
    <message>
        <source>&amp;Clear Selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>The instance&apos;s name (1-64 characters, unique); it names the product type.</source>
        <translation>Der Name der Instanz (1–64 Zeichen, eindeutig); er benennt den Produkttyp.</translation>
    </message>
    <message>
        <source>The Acronis data-centre URL, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>Die URL des Acronis-Rechenzentrums, z. B. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>The API client&apos;s id (Acronis portal: Settings &gt; API clients).</source>
        <translation>Die ID des API-Clients (Acronis-Portal: Einstellungen &gt; API-Clients).</translation>
    </message>
    <message>
        <source>Distributor discount in percent, 0-100, at most 2 decimals (&apos;.&apos; separator).</source>
        <translation>Distributor-Rabatt in Prozent, 0–100, höchstens 2 Nachkommastellen (Trennzeichen &apos;.&apos;).</translation>
    </message>
    <message>
        <source>Primary currency, an ISO 4217 code such as EUR.</source>
        <translation>Primärwährung, ein ISO-4217-Code wie EUR.</translation>
    </message>
    <message>
        <source>update: continuously update product names (default); keep: keep the names of the first run.</source>
        <translation>update: Produktnamen laufend aktualisieren (Standard); keep: die Namen des ersten Laufs behalten.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input; it is stored in the OS keychain only.</source>
        <translation>Das Client-Secret von der Standardeingabe lesen; es wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Link an Acronis account: store its settings, and its client secret in the OS keychain.</source>
        <translation>Ein Acronis-Konto verknüpfen: seine Einstellungen speichern und sein Client-Secret im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: the client secret is read from standard input, never from the command line.</source>
        <translation>--client-secret-stdin ist erforderlich: das Client-Secret wird von der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Added instance &quot;%1&quot; (product type &quot;%2&quot;); the client secret is in the OS keychain.</source>
        <translation>Instanz „%1“ hinzugefügt (Produkttyp „%2“); das Client-Secret liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Change an instance&apos;s settings; with --client-secret-stdin also its secret.</source>
        <translation>Die Einstellungen einer Instanz ändern; mit --client-secret-stdin auch ihr Secret.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Saved instance &quot;%1&quot;.</source>
        <translation>Instanz „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Show one instance&apos;s settings.</source>
        <translation>Die Einstellungen einer Instanz anzeigen.</translation>
    </message>
    <message>
        <source>List the linked Acronis instances.</source>
        <translation>Die verknüpften Acronis-Instanzen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> (OS keychain)</source>
        <translation> (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>continuously update names</source>
        <translation>Namen laufend aktualisieren</translation>
    </message>
    <message>
        <source>keep the names of the first run</source>
        <translation>Namen des ersten Laufs behalten</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Distributor tenant</source>
        <translation>Distributor-Tenant</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>No instances yet. Add one with: acronis-csp instance add --help</source>
        <translation>Noch keine Instanzen. Eine hinzufügen mit: acronis-csp instance add --help</translation>
    </message>
    <message>
        <source>SYSTEM NAME</source>
        <translation>SYSTEMNAME</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>GATEWAY</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation>RABATT</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NAMEN</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNCHRONISIERUNG</translation>
    </message>
    <message>
        <source>Remove an instance: its settings, its keychain entry, its products and its history.</source>
        <translation>Eine Instanz entfernen: ihre Einstellungen, ihren Schlüsselbund-Eintrag, ihre Produkte und ihren Verlauf.</translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation>Das Entfernen bestätigen.</translation>
    </message>
    <message>
        <source>removing an instance deletes its settings, secret and products; add --yes to confirm.</source>
        <translation>das Entfernen einer Instanz löscht ihre Einstellungen, ihr Secret und ihre Produkte; zum Bestätigen --yes angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n product(s).</source>
        <translation>
            <numerusform>Instanz „%1“ entfernt: ihre Einstellungen, ihr Client-Secret im Schlüsselbund des Systems und %n Produkt.</numerusform>
            <numerusform>Instanz „%1“ entfernt: ihre Einstellungen, ihr Client-Secret im Schlüsselbund des Systems und %n Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>instance: unknown command &quot;%1&quot;. Try &apos;acronis-csp instance --help&apos;.</source>
        <translation>instance: unbekannter Befehl „%1“. Siehe &apos;acronis-csp instance --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp instance COMMAND [options]

Manage the linked Acronis accounts (the Applications Setup form).

Commands:
  add      Link an Acronis account (secret from standard input)
  edit     Change an instance&apos;s settings or secret
  list     List the instances
  show     Show one instance
  remove   Remove an instance, its secret and its products
  export   Print instances&apos; configuration as JSON (never a secret)
  import   Add the instances of an exported file

Run &apos;acronis-csp instance COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: acronis-csp instance BEFEHL [Optionen]

Die verknüpften Acronis-Konten verwalten (das Formular der Anwendungseinrichtung).

Befehle:
  add      Ein Acronis-Konto verknüpfen (Secret von der Standardeingabe)
  edit     Einstellungen oder Secret einer Instanz ändern
  list     Die Instanzen auflisten
  show     Eine Instanz anzeigen
  remove   Eine Instanz, ihr Secret und ihre Produkte entfernen
  export   Die Konfiguration von Instanzen als JSON ausgeben (nie ein Secret)
  import   Die Instanzen einer exportierten Datei hinzufügen

&apos;acronis-csp instance BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>InstanceForm</name>
    <message>
        <source>Applications Setup</source>
        <translation>Anwendungseinrichtung</translation>
    </message>
    <message>
        <source>&amp;System Name:</source>
        <translation>&amp;Systemname:</translation>
    </message>
    <message>
        <source>Your name for this Acronis account. It also names the product type this instance generates.</source>
        <translation>Ihr Name für dieses Acronis-Konto. Er benennt auch den Produkttyp, den diese Instanz erzeugt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;System Name&lt;/b&gt; is your own name for this linked Acronis account, 1 to 64 characters, unique among your instances (regardless of case).&lt;/p&gt;&lt;p&gt;It names the product type the instance generates, for example &amp;quot;Acronis Cyber Cloud – EU&amp;quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Systemname&lt;/b&gt; ist Ihr eigener Name für dieses verknüpfte Acronis-Konto, 1 bis 64 Zeichen, eindeutig unter Ihren Instanzen (ohne Beachtung der Groß-/Kleinschreibung).&lt;/p&gt;&lt;p&gt;Er benennt den Produkttyp, den die Instanz erzeugt, zum Beispiel „Acronis Cyber Cloud – EU“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. EU</source>
        <translation>z. B. EU</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>The Acronis data-centre URL of the distributor&apos;s account, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>Die URL des Acronis-Rechenzentrums, in dem das Konto des Distributors liegt, z. B. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gateway&lt;/b&gt; is the URL of the Acronis data centre that hosts the distributor&apos;s account. The Acronis portal shows it next to the client id and secret when you create the API client; it is also the host you see in the browser after logging in.&lt;/p&gt;&lt;p&gt;It must be an https:// address with no user name, query or fragment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gateway&lt;/b&gt; ist die URL des Acronis-Rechenzentrums, in dem das Konto des Distributors liegt. Das Acronis-Portal zeigt sie beim Anlegen des API-Clients neben Client-ID und Secret; es ist auch der Host, den Sie nach der Anmeldung im Browser sehen.&lt;/p&gt;&lt;p&gt;Sie muss eine https://-Adresse ohne Benutzername, Query oder Fragment sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Client &amp;Id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>The id of the distributor&apos;s API client (Acronis portal: Settings &gt; API clients).</source>
        <translation>Die ID des API-Clients des Distributors (Acronis-Portal: Einstellungen &gt; API-Clients).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client Id&lt;/b&gt; identifies the API client created in the Acronis management portal under &lt;i&gt;Settings &amp;gt; API clients &amp;gt; Create API client&lt;/i&gt;. Acronis issues it as a UUID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die &lt;b&gt;Client-ID&lt;/b&gt; bezeichnet den API-Client, der im Acronis-Verwaltungsportal unter &lt;i&gt;Einstellungen &amp;gt; API-Clients &amp;gt; API-Client erstellen&lt;/i&gt; angelegt wurde. Acronis vergibt sie als UUID.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56</source>
        <translation>z. B. 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56</translation>
    </message>
    <message>
        <source>Client Se&amp;cret:</source>
        <translation>Client-Se&amp;cret:</translation>
    </message>
    <message>
        <source>The API client&apos;s secret. It is kept in the OS keychain only.</source>
        <translation>Das Secret des API-Clients. Es wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client Secret&lt;/b&gt; is shown once by the Acronis portal when the API client is created (it can be reset there, not read back).&lt;/p&gt;&lt;p&gt;This program keeps it in the OS keychain only, never in its database, settings or logs. For a saved instance the field stays empty: type a new secret only to replace the stored one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das &lt;b&gt;Client-Secret&lt;/b&gt; zeigt das Acronis-Portal einmal beim Anlegen des API-Clients (es lässt sich dort zurücksetzen, nicht wieder anzeigen).&lt;/p&gt;&lt;p&gt;Dieses Programm bewahrt es nur im Schlüsselbund des Systems auf, nie in seiner Datenbank, seinen Einstellungen oder Protokollen. Bei einer gespeicherten Instanz bleibt das Feld leer: geben Sie nur dann ein neues Secret ein, wenn es das gespeicherte ersetzen soll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the typed secret</source>
        <translation>Das eingegebene Secret zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Distributor &amp;Discount (%):</source>
        <translation>Distributor-&amp;Rabatt (%):</translation>
    </message>
    <message>
        <source>Deducted from the sell price to give the cost price: 100 − 18 % = 82.</source>
        <translation>Wird vom Verkaufspreis abgezogen und ergibt den Einkaufspreis: 100 − 18 % = 82.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distributor Discount (%)&lt;/b&gt; is your discount from Acronis, from 0 to 100 with at most two decimals. It is deducted from the sell price to give the cost price: with 18 %, a sell price of 100 gives a cost price of 100 − 18 % = 82.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der &lt;b&gt;Distributor-Rabatt (%)&lt;/b&gt; ist Ihr Rabatt bei Acronis, von 0 bis 100 mit höchstens zwei Nachkommastellen. Er wird vom Verkaufspreis abgezogen und ergibt den Einkaufspreis: bei 18 % ergibt ein Verkaufspreis von 100 einen Einkaufspreis von 100 − 18 % = 82.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. 18</source>
        <translation>z. B. 18</translation>
    </message>
    <message>
        <source>Primary C&amp;urrency:</source>
        <translation>Primär&amp;währung:</translation>
    </message>
    <message>
        <source>The currency the distributor is billed in by Acronis (ISO 4217). Type a code or a name to search.</source>
        <translation>Die Währung, in der Acronis dem Distributor Rechnungen stellt (ISO 4217). Zum Suchen einen Code oder Namen eingeben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Primary Currency&lt;/b&gt; is the ISO 4217 currency in which Acronis bills the distributor. Prices served in another currency are reported as a warning, never converted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die &lt;b&gt;Primärwährung&lt;/b&gt; ist die ISO-4217-Währung, in der Acronis dem Distributor Rechnungen stellt. In einer anderen Währung gelieferte Preise werden als Warnung gemeldet, nie umgerechnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Update Product &amp;Names:</source>
        <translation>Produkt&amp;namen aktualisieren:</translation>
    </message>
    <message>
        <source>What Get Services Definition does with product names. Continuous updates are recommended.</source>
        <translation>Was „Get Services Definition“ mit Produktnamen macht. Laufende Aktualisierung wird empfohlen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Update Product Names&lt;/b&gt; decides what Get Services Definition does with the names of existing products.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Continuously update names&lt;/i&gt; (recommended) renames products whenever Acronis renames what they sell. &lt;i&gt;Keep the names of the first run&lt;/i&gt; never renames a product once created; the name Acronis uses is still shown beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Produktnamen aktualisieren&lt;/b&gt; legt fest, was „Get Services Definition“ mit den Namen bestehender Produkte macht.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Namen laufend aktualisieren&lt;/i&gt; (empfohlen) benennt Produkte um, sobald Acronis das Verkaufte umbenennt. &lt;i&gt;Namen des ersten Laufs behalten&lt;/i&gt; benennt ein einmal angelegtes Produkt nie um; der Name bei Acronis wird trotzdem daneben angezeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continuously update names (recommended)</source>
        <translation>Namen laufend aktualisieren (empfohlen)</translation>
    </message>
    <message>
        <source>Keep the names of the first run</source>
        <translation>Namen des ersten Laufs behalten</translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation>Produkttyp:</translation>
    </message>
    <message>
        <source>The product type this instance generates in the billing platform.</source>
        <translation>Der Produkttyp, den diese Instanz in der Abrechnungsplattform erzeugt.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Put back what was saved (asks first)</source>
        <translation>Den gespeicherten Stand zurückholen (fragt vorher)</translation>
    </message>
    <message>
        <source>Save the settings; the secret goes to the OS keychain (Ctrl+S)</source>
        <translation>Die Einstellungen speichern; das Geheimnis kommt in den Schlüsselbund des Systems (Strg+S)</translation>
    </message>
    <message>
        <source>Discounts p&amp;er Product…</source>
        <translation>Rabatte &amp;je Produkt…</translation>
    </message>
    <message>
        <source>Discounts of applications or products that differ from the Distributor Discount</source>
        <translation>Rabatte von Anwendungen oder Produkten, die vom Distributor-Rabatt abweichen</translation>
    </message>
    <message>
        <source>Check Compatibility…</source>
        <translation>Kompatibilität prüfen…</translation>
    </message>
    <message>
        <source>Before the first real Get Services Definition: call every endpoint this program depends on, read-only, and see what works, what answers differently and what the API client may not read.</source>
        <translation>Vor dem ersten echten Abruf der Dienstdefinition: jeden Endpunkt, den dieses Programm braucht, nur lesend aufrufen und sehen, was funktioniert, was anders antwortet und was der API-Client nicht lesen darf.</translation>
    </message>
    <message>
        <source>Check against Acronis&apos; price list…</source>
        <translation>Mit Acronis-Preisliste abgleichen…</translation>
    </message>
    <message>
        <source>Puts the discount each SKU of Acronis&apos; effective price list implies beside the discount this program applies (read-only)</source>
        <translation>Stellt den Rabatt, den jede SKU der effektiven Preisliste von Acronis ergibt, neben den Rabatt, den dieses Programm anwendet (nur lesend)</translation>
    </message>
    <message>
        <source>Sign in to Acronis with these settings and find the distributor account they belong to.</source>
        <translation>Mit diesen Einstellungen bei Acronis anmelden und das Distributor-Konto finden, zu dem sie gehören.</translation>
    </message>
</context>
<context>
    <name>InstanceRepository</name>
    <message>
        <source>reading instances</source>
        <translation>beim Lesen der Instanzen</translation>
    </message>
    <message>
        <source>There is no instance named &quot;%1&quot;.</source>
        <translation>Es gibt keine Instanz namens „%1“.</translation>
    </message>
    <message>
        <source>There is no instance with id %1.</source>
        <translation>Es gibt keine Instanz mit der ID %1.</translation>
    </message>
    <message>
        <source>System Name &quot;%1&quot; is already used by the instance &quot;%2&quot; (names are compared without regard to case).</source>
        <translation>Der Systemname „%1“ wird schon von der Instanz „%2“ verwendet (Namen werden ohne Beachtung der Groß-/Kleinschreibung verglichen).</translation>
    </message>
    <message>
        <source>saving the instance &quot;%1&quot;</source>
        <translation>beim Speichern der Instanz „%1“</translation>
    </message>
    <message>
        <source>recording the stored secret</source>
        <translation>beim Vermerken des gespeicherten Secrets</translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation>beim Entfernen der Instanz</translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <translation>Die Instanz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>counting products</source>
        <translation>beim Zählen der Produkte</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>beim Lesen des Synchronisierungsverlaufs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3, after this edit began; nothing was saved. Reload it to see the change, then make yours again.</source>
        <translation>„%1“ wurde von %2 um %3 geändert, nachdem diese Bearbeitung begonnen hatte; nichts wurde gespeichert. Laden Sie die Instanz neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>recording the distributor tenant</source>
        <translation>Vermerken des Distributor-Mandanten</translation>
    </message>
</context>
<context>
    <name>InstanceRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>System Name</source>
        <translation>Systemname</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Client Id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Distributor Discount (%)</source>
        <translation>Distributor-Rabatt (%)</translation>
    </message>
    <message>
        <source>Primary Currency</source>
        <translation>Primärwährung</translation>
    </message>
    <message>
        <source>Update Product Names</source>
        <translation>Produktnamen aktualisieren</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long (it has %3).</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein (es sind %3).</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks or control characters.</source>
        <translation>%1 darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URL with a host, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>%1 muss eine absolute https://-URL mit Host sein, z. B. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>%1 must use https:// (got %2://).</source>
        <translation>%1 muss https:// verwenden (angegeben: %2://).</translation>
    </message>
    <message>
        <source>%1 must use https://; plain http:// is allowed only for localhost, 127.0.0.0/8 and ::1.</source>
        <translation>%1 muss https:// verwenden; einfaches http:// ist nur für localhost, 127.0.0.0/8 und ::1 erlaubt.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; put the credentials in Client Id and Client Secret.</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; die Zugangsdaten gehören in Client-ID und Client-Secret.</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…).</source>
        <translation>%1 darf keine Query (?…) enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain a fragment (#…).</source>
        <translation>%1 darf kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a UUID; Acronis issues client ids as UUIDs, so check that it was copied whole.</source>
        <translation>%1 „%2“ ist keine UUID; Acronis vergibt Client-IDs als UUIDs, prüfen Sie also, ob sie vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>%1 may have at most 2 decimal places.</source>
        <translation>%1 darf höchstens 2 Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>%1 must be a number such as %2 (decimal separator &quot;%3&quot;).</source>
        <translation>%1 muss eine Zahl wie %2 sein (Dezimaltrennzeichen „%3“).</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 4217 code of three capital letters, e.g. EUR (got &quot;%2&quot;).</source>
        <translation>%1 muss ein ISO-4217-Code aus drei Großbuchstaben sein, z. B. EUR (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 4217 currency code.</source>
        <translation>%1 „%2“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>%1 must be &quot;update&quot; (continuously update names) or &quot;keep&quot; (keep the names of the first run).</source>
        <translation>%1 muss „update“ (Namen laufend aktualisieren) oder „keep“ (Namen des ersten Laufs behalten) sein.</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>%1 line(s) of %2 are priced in %3 and are not set against the commitment in %4: sell %5 %3, cost %6 %3.</source>
        <translation>%1 Position(en) von %2 sind in %3 bewertet und werden nicht gegen die Mindestabnahme in %4 gerechnet: Verkauf %5 %3, Einkauf %6 %3.</translation>
    </message>
    <message>
        <source>The shortfall of %1</source>
        <translation>Der Fehlbetrag von %1</translation>
    </message>
    <message>
        <source>The total of %1</source>
        <translation>Die Summe von %1</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>Each service provider&apos;s invoice for a closed month: its usage priced as of that month, its tier&apos;s minimum commitment and the shortfall, ready for a billing import. An issued month is printed as it was issued.

Also: invoice issue|numbering|diff|correct (each with --help).</source>
        <translation>Die Rechnung jedes Service-Providers für einen abgeschlossenen Monat: seine Nutzung zu den Preisen dieses Monats, die Mindestabnahme seiner Stufe und der Fehlbetrag, bereit für den Import in die Abrechnung. Ein ausgestellter Monat wird so ausgegeben, wie er ausgestellt wurde.

Außerdem: invoice issue|numbering|diff|correct (jeweils mit --help).</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Only this service provider.</source>
        <translation>Nur dieser Service-Provider.</translation>
    </message>
    <message>
        <source>Print CSV: one row per invoice line.</source>
        <translation>CSV ausgeben: eine Zeile je Rechnungsposition.</translation>
    </message>
    <message>
        <source>Priced with the price list of the Get Services Definition of %1.</source>
        <translation>Bewertet mit der Preisliste aus „Dienstdefinition abrufen“ vom %1.</translation>
    </message>
    <message>
        <source>No invoice: %1 [%2]</source>
        <translation>Keine Rechnung: %1 [%2]</translation>
    </message>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2, as issued (%n document(s)).</source>
        <translation>
            <numerusform>Rechnungen von „%1“ für %2, wie ausgestellt (%n Beleg).</numerusform>
            <numerusform>Rechnungen von „%1“ für %2, wie ausgestellt (%n Belege).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2 (%n service provider(s)).</source>
        <translation>
            <numerusform>Rechnungen von „%1“ für %2 (%n Service-Provider).</numerusform>
            <numerusform>Rechnungen von „%1“ für %2 (%n Service-Provider).</numerusform>
        </translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>erlassen (Anlaufphase)</translation>
    </message>
    <message>
        <source>No contract had started by the end of the month.</source>
        <translation>Bis zum Monatsende hatte kein Vertrag begonnen.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CORRECTS</source>
        <translation>KORRIGIERT</translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation>KUNDENNUMMER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>COMMITMENT</source>
        <translation>MINDESTABNAHME</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>NUTZUNG</translation>
    </message>
    <message>
        <source>SHORTFALL</source>
        <translation>FEHLBETRAG</translation>
    </message>
    <message>
        <source>TOTAL SELL</source>
        <translation>SUMME VERKAUF</translation>
    </message>
    <message>
        <source>TOTAL COST</source>
        <translation>SUMME EINKAUF</translation>
    </message>
    <message>
        <source>Number and freeze a closed month&apos;s invoices: from then on the month is printed as issued, and corrected only by credit notes.</source>
        <translation>Die Rechnungen eines abgeschlossenen Monats nummerieren und festschreiben: danach wird der Monat wie ausgestellt ausgegeben und nur noch durch Gutschriften korrigiert.</translation>
    </message>
    <message>
        <source>The closed month, e.g. 2026-10, or &quot;last&quot; for the previous one (UTC).</source>
        <translation>Der abgeschlossene Monat, z. B. 2026-10, oder &quot;last&quot; für den vorigen (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 Nothing was issued.</source>
        <translation>%1 Es wurde nichts ausgestellt.</translation>
    </message>
    <message>
        <source>%1 is issued: no contract had started by its end, so it has no invoice.</source>
        <translation>%1 ist ausgestellt: bis zu seinem Ende hatte kein Vertrag begonnen, daher gibt es keine Rechnung.</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) of %1: %2 to %3.</source>
        <translation>
            <numerusform>%n Rechnung für %1 ausgestellt: %2 bis %3.</numerusform>
            <numerusform>%n Rechnungen für %1 ausgestellt: %2 bis %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the instance&apos;s invoice numbers: a prefix and the next number, given without gaps.</source>
        <translation>Die Rechnungsnummern der Instanz anzeigen oder festlegen: ein Präfix und die nächste Nummer, lückenlos vergeben.</translation>
    </message>
    <message>
        <source>Text before each number, e.g. INV-.</source>
        <translation>Text vor jeder Nummer, z. B. INV-.</translation>
    </message>
    <message>
        <source>The next number (above every number issued).</source>
        <translation>Die nächste Nummer (über jeder ausgestellten).</translation>
    </message>
    <message>
        <source>The next invoice of &quot;%1&quot; is %2.</source>
        <translation>Die nächste Rechnung von „%1“ ist %2.</translation>
    </message>
    <message>
        <source>The issued month, e.g. 2026-10.</source>
        <translation>Der ausgestellte Monat, z. B. 2026-10.</translation>
    </message>
    <message>
        <source>What a recomputation would change in an issued month, per provider and line. Exit 0: nothing; 1: something.</source>
        <translation>Was eine Neuberechnung an einem ausgestellten Monat ändern würde, je Provider und Position. Exit 0: nichts; 1: etwas.</translation>
    </message>
    <message>
        <source>A recomputation of %1 gives the issued figures.</source>
        <translation>Eine Neuberechnung von %1 ergibt die ausgestellten Beträge.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>AUSGESTELLT</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>For each provider whose issued figures differ from a recomputation: a credit note of its invoice and a replacement, both numbered, recorded in the audit trail with the reason.</source>
        <translation>Für jeden Provider, dessen ausgestellte Beträge von einer Neuberechnung abweichen: eine Gutschrift seiner Rechnung und eine Ersatzrechnung, beide nummeriert und mit dem Grund im Änderungsprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Why the month is corrected.</source>
        <translation>Warum der Monat korrigiert wird.</translation>
    </message>
    <message>
        <source>missing --reason.</source>
        <translation>--reason fehlt.</translation>
    </message>
    <message>
        <source>A recomputation of %1 gives the issued figures; nothing to correct.</source>
        <translation>Eine Neuberechnung von %1 ergibt die ausgestellten Beträge; nichts zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>InvoiceEligibility</name>
    <message>
        <source>%1 (no customer id)</source>
        <translation>%1 (keine Kundennummer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: its contract had not started by the month&apos;s end.</source>
        <translation>%1: sein Vertrag hatte bis zum Monatsende nicht begonnen.</translation>
    </message>
    <message>
        <source>%1: its contract started on %2, after the month.</source>
        <translation>%1: sein Vertrag begann am %2, nach dem Monat.</translation>
    </message>
    <message>
        <source>%1: it is cancelled.</source>
        <translation>%1: er ist gekündigt.</translation>
    </message>
    <message>
        <source>%1: it was cancelled on %2.</source>
        <translation>%1: er wurde am %2 gekündigt.</translation>
    </message>
    <message>
        <source>%1: it was imported without the billing system&apos;s customer id; give it one before the month is issued.</source>
        <translation>%1: er wurde ohne die Kundennummer des Abrechnungssystems importiert; geben Sie ihm eine, bevor der Monat ausgestellt wird.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Prefix: &quot;%1&quot; is not at most 16 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;/&quot; or &quot;.&quot;.</source>
        <translation>Präfix: „%1“ besteht nicht aus höchstens 16 Buchstaben, Ziffern, „-“, „_“, „/“ oder „.“.</translation>
    </message>
    <message>
        <source>Acronis&apos; usage report for %1 is not final yet (Acronis builds the usage history early each morning); nothing was issued. Try again after %2 UTC.</source>
        <translation>Der Nutzungsbericht von Acronis für %1 ist noch nicht endgültig (Acronis erstellt die Nutzungshistorie jeden Morgen früh); es wurde nichts ausgestellt. Versuchen Sie es nach %2 UTC erneut.</translation>
    </message>
</context>
<context>
    <name>InvoiceStatement</name>
    <message>
        <source>Statement for %1</source>
        <translation>Aufstellung für %1</translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation>Kunden-ID: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Monat: %1</translation>
    </message>
    <message>
        <source>Contract: %1 (%2), minimum commitment %3 a month</source>
        <translation>Vertrag: %1 (%2), Mindestabnahme %3 pro Monat</translation>
    </message>
    <message>
        <source>Credit note %1, issued %2; it credits invoice %3.</source>
        <translation>Gutschrift %1, ausgestellt am %2; sie schreibt die Rechnung %3 gut.</translation>
    </message>
    <message>
        <source>Invoice %1, issued %2.</source>
        <translation>Rechnung %1, ausgestellt am %2.</translation>
    </message>
    <message>
        <source>It replaces invoice %1.</source>
        <translation>Sie ersetzt die Rechnung %1.</translation>
    </message>
    <message>
        <source>Credited: a credit note takes it back.</source>
        <translation>Gutgeschrieben: eine Gutschrift nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Minimum commitment shortfall (waived: ramp-up month)</source>
        <translation>Fehlbetrag zur Mindestabnahme (erlassen: Anlaufmonat)</translation>
    </message>
    <message>
        <source>Minimum commitment shortfall</source>
        <translation>Fehlbetrag zur Mindestabnahme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without a price are listed but not charged.</source>
        <translation>
            <numerusform>%n Position ohne Preis ist aufgeführt, wird aber nicht berechnet.</numerusform>
            <numerusform>%n Positionen ohne Preis sind aufgeführt, werden aber nicht berechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>The instance whose service providers are invoiced</source>
        <translation>Die Instanz, deren Service-Provider abgerechnet werden</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Mona&amp;t:</translation>
    </message>
    <message>
        <source>The closed month to invoice (its usage report and its prices)</source>
        <translation>Der abgeschlossene Monat, der abgerechnet wird (sein Nutzungsbericht und seine Preise)</translation>
    </message>
    <message>
        <source>Read the month&apos;s usage report and price each provider&apos;s invoice</source>
        <translation>Den Nutzungsbericht des Monats lesen und die Rechnung jedes Providers berechnen</translation>
    </message>
    <message>
        <source>&amp;Read Invoices</source>
        <translation>Rechnungen &amp;lesen</translation>
    </message>
    <message>
        <source>The instance&apos;s commitment tiers and their minimum commitments</source>
        <translation>Die Vertragsstufen der Instanz und ihre Mindestumsätze</translation>
    </message>
    <message>
        <source>Contract &amp;Tiers…</source>
        <translation>&amp;Vertragsstufen…</translation>
    </message>
    <message>
        <source>Save the chosen provider&apos;s statement as a PDF</source>
        <translation>Die Aufstellung des gewählten Providers als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Statement (PDF)…</source>
        <translation>Auf&amp;stellung (PDF)…</translation>
    </message>
    <message>
        <source>Save the invoices as a CSV file for the billing system</source>
        <translation>Die Rechnungen als CSV-Datei für das Abrechnungssystem speichern</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>One invoice per service provider: usage, commitment shortfall and totals</source>
        <translation>Eine Rechnung je Service-Provider: Nutzung, Fehlbetrag zum Mindestumsatz und Summen</translation>
    </message>
    <message>
        <source>Open: computed afresh from the current usage and prices. Issued: numbered and frozen. Corrected: credited and issued again.</source>
        <translation>Offen: neu berechnet aus der aktuellen Nutzung und den aktuellen Preisen. Ausgestellt: nummeriert und festgeschrieben. Korrigiert: gutgeschrieben und neu ausgestellt.</translation>
    </message>
    <message>
        <source>Number and freeze the month&apos;s invoices; afterwards they are shown as issued and corrected only by credit notes</source>
        <translation>Die Rechnungen des Monats nummerieren und festschreiben; danach werden sie wie ausgestellt gezeigt und nur durch Gutschriften korrigiert</translation>
    </message>
    <message>
        <source>&amp;Issue Month…</source>
        <translation>Monat ausst&amp;ellen…</translation>
    </message>
    <message>
        <source>Credit the issued invoices whose figures differ now and issue replacements</source>
        <translation>Die ausgestellten Rechnungen, deren Zahlen jetzt abweichen, gutschreiben und Ersatzrechnungen ausstellen</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
</context>
<context>
    <name>IssuedInvoiceRepository</name>
    <message>
        <source>reading the invoice numbers</source>
        <translation>beim Lesen der Rechnungsnummern</translation>
    </message>
    <message>
        <source>setting the invoice numbers</source>
        <translation>beim Festlegen der Rechnungsnummern</translation>
    </message>
    <message>
        <source>Next number: %1 is not above %2, the last number issued; numbers are never given twice.</source>
        <translation>Nächste Nummer: %1 liegt nicht über %2, der zuletzt ausgestellten Nummer; Nummern werden nie zweimal vergeben.</translation>
    </message>
    <message>
        <source>taking the next invoice number</source>
        <translation>beim Vergeben der nächsten Rechnungsnummer</translation>
    </message>
    <message>
        <source>issuing the invoices of %1</source>
        <translation>beim Ausstellen der Rechnungen für %1</translation>
    </message>
    <message>
        <source>The invoices of %1 were issued already (%2 on %3); a mistake is put right with &apos;correct&apos;.</source>
        <translation>Die Rechnungen für %1 wurden bereits ausgestellt (%2 am %3); ein Fehler wird mit &apos;correct&apos; berichtigt.</translation>
    </message>
    <message>
        <source>An invoice of %1 was credited meanwhile; nothing was issued.</source>
        <translation>Eine Rechnung für %1 wurde inzwischen gutgeschrieben; es wurde nichts ausgestellt.</translation>
    </message>
    <message>
        <source>storing the invoice %1</source>
        <translation>beim Speichern der Rechnung %1</translation>
    </message>
    <message>
        <source>storing the lines of invoice %1</source>
        <translation>beim Speichern der Positionen der Rechnung %1</translation>
    </message>
    <message>
        <source>reading an issued invoice&apos;s lines</source>
        <translation>beim Lesen der Positionen einer ausgestellten Rechnung</translation>
    </message>
    <message>
        <source>reading the issued invoices</source>
        <translation>beim Lesen der ausgestellten Rechnungen</translation>
    </message>
</context>
<context>
    <name>IssuedInvoiceService</name>
    <message>
        <source>Next number: &quot;%1&quot; is not a whole number of at least 1.</source>
        <translation>Nächste Nummer: „%1“ ist keine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>The invoices of %1 were issued already (%2 at %3); a mistake is put right with a correction.</source>
        <translation>Die Rechnungen für %1 wurden bereits ausgestellt (%2 am %3); ein Fehler wird mit einer Korrektur berichtigt.</translation>
    </message>
    <message>
        <source>%1 has not been issued; there is nothing to compare or correct.</source>
        <translation>%1 wurde nicht ausgestellt; es gibt nichts zu vergleichen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (Tenant %2)</translation>
    </message>
    <message>
        <source>Customer id: %1 has no customer id of the billing system (its tenant id stands in); give it one before the month is issued. Nothing was issued.</source>
        <translation>Kundennummer: %1 hat keine Kundennummer des Abrechnungssystems (seine Tenant-ID steht dafür); vergeben Sie eine, bevor der Monat ausgestellt wird. Es wurde nichts ausgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: empty; a correction says why it was made.</source>
        <translation>Grund: leer; eine Korrektur sagt, warum sie gemacht wurde.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>something other than a JSON object</source>
        <translation>etwas anderes als ein JSON-Objekt</translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned a response whose field &quot;%2&quot; %3.</source>
        <translation>Der Server hat etwas Unerwartetes geantwortet: %1 lieferte eine Antwort, deren Feld „%2“ %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>nicht %1 ist</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned %2.</source>
        <translation>Der Server hat etwas Unerwartetes geantwortet: %1 lieferte %2.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>leer ist</translation>
    </message>
    <message>
        <source>is not &quot;bearer&quot;</source>
        <translation>nicht „bearer“ ist</translation>
    </message>
    <message>
        <source>is missing (and so is &quot;expires_in&quot;)</source>
        <translation>fehlt (ebenso „expires_in“)</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>mehr als %1 Seiten</translation>
    </message>
    <message>
        <source>is missing for an infra item</source>
        <translation>bei einer Infra-Position fehlt</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>CSV that cannot be read (%1)</source>
        <translation>CSV, das sich nicht lesen lässt (%1)</translation>
    </message>
    <message>
        <source>a CSV report without the column &quot;%1&quot;</source>
        <translation>einen CSV-Bericht ohne die Spalte „%1“</translation>
    </message>
    <message>
        <source>a CSV report whose line %1 has %2 in &quot;%3&quot;</source>
        <translation>einen CSV-Bericht, dessen Zeile %1 %2 in „%3“ hat</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, not a number</source>
        <translation>„%1“, keine Zahl,</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>only part of the list (a page with a cursor, which the API document gives no way to follow); nothing was changed</source>
        <translation>nur einen Teil der Liste (eine Seite mit einem Cursor, dem das API-Dokument nicht folgen lässt); nichts wurde geändert</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>a gzip file that cannot be unpacked (damaged, cut short, or larger than %1 MB unpacked)</source>
        <translation>eine gzip-Datei, die sich nicht entpacken lässt (beschädigt, abgeschnitten oder entpackt größer als %1 MB)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No client secret is stored in the OS keychain for this instance.</source>
        <translation>Für diese Instanz ist kein Client-Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access (%1). Unlock it, for example by logging in to the desktop session, and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie ihn, etwa durch Anmelden an der Desktop-Sitzung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Start and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The OS keychain could not complete the request (%1).</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht ausführen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Check that its service is running and unlocked.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie, ob sein Dienst läuft und entsperrt ist.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie, ob sein Dienst läuft und entsperrt ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>App&amp;lications Setup</source>
        <translation>&amp;Anwendungseinrichtung</translation>
    </message>
    <message>
        <source>Lin&amp;ked Acronis instances</source>
        <translation>Ver&amp;knüpfte Acronis-Instanzen</translation>
    </message>
    <message>
        <source>Linked Acronis instances</source>
        <translation>Verknüpfte Acronis-Instanzen</translation>
    </message>
    <message>
        <source>The Acronis accounts this program is linked to; the chosen one is shown in the form beside the list.</source>
        <translation>Die Acronis-Konten, mit denen dieses Programm verknüpft ist; das gewählte steht im Formular neben der Liste.</translation>
    </message>
    <message>
        <source>Link another Acronis account (Ctrl+N)</source>
        <translation>Ein weiteres Acronis-Konto verknüpfen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove the chosen instance, its products and its keychain entry (asks first; nothing changes at Acronis)</source>
        <translation>Die gewählte Instanz, ihre Produkte und ihren Schlüsselbund-Eintrag entfernen (fragt vorher; bei Acronis ändert sich nichts)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet.

Link one with the client id and secret of an API client created in the Acronis portal (Settings &gt; API clients).</source>
        <translation>Noch ist kein Acronis-Konto verknüpft.

Verknüpfen Sie eines mit Client-ID und Secret eines API-Clients, der im Acronis-Portal angelegt wurde (Einstellungen &gt; API-Clients).</translation>
    </message>
    <message>
        <source>Link an Acro&amp;nis Account</source>
        <translation>Acronis-Konto &amp;verknüpfen</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 is too large to compute exactly (the limit is %2); nothing was rounded or cut off, the result was refused.</source>
        <translation>%1 ist zu groß, um exakt gerechnet zu werden (die Grenze ist %2); nichts wurde gerundet oder abgeschnitten, das Ergebnis wurde verworfen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; can be read in two ways (&quot;%3&quot; separates groups of three digits here, &quot;%4&quot; the decimals); write it without group separators, e.g. %5.</source>
        <translation>%1: „%2“ lässt sich auf zwei Arten lesen („%3“ trennt hier Dreiergruppen von Ziffern, „%4“ die Nachkommastellen); schreiben Sie es ohne Tausendertrennzeichen, z. B. %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1: „%2“ hat mehr als %n Nachkommastelle.</numerusform>
            <numerusform>%1: „%2“ hat mehr als %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large (at most %3).</source>
        <translation>%1: „%2“ ist zu groß (höchstens %3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>MonthChoice</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet: link one on the Applications Setup page first.</source>
        <translation>Noch ist kein Acronis-Konto verknüpft: Verknüpfen Sie zuerst eines auf der Seite Anwendungseinrichtung.</translation>
    </message>
    <message>
        <source>Choose a closed month.</source>
        <translation>Wählen Sie einen abgeschlossenen Monat.</translation>
    </message>
</context>
<context>
    <name>MonthEndCommands</name>
    <message>
        <source>An application&apos;s products (its id, as &apos;products --json&apos; shows application_id).</source>
        <translation>Die Produkte einer Anwendung (ihre ID, wie &apos;products --json&apos; application_id zeigt).</translation>
    </message>
    <message>
        <source>One product&apos;s offering item (in every edition and storage).</source>
        <translation>Das Angebotselement eines Produkts (in jeder Edition und jedem Speicher).</translation>
    </message>
    <message>
        <source>Usage: acronis-csp discount set|list|clear ...

Discounts of the agreement with Acronis that differ by application or product.
The most specific one prices a product&apos;s cost: its offering item&apos;s, else its
application&apos;s, else the instance&apos;s Distributor Discount. Each is kept with its
time, so that a closed month is priced with the discounts of its month.

  set INSTANCE PERCENT [--application ID|--offering-item ITEM]
  list INSTANCE [--json]
  clear INSTANCE --application ID|--offering-item ITEM
</source>
        <translation>Aufruf: acronis-csp discount set|list|clear ...

Rabatte der Vereinbarung mit Acronis, die je Anwendung oder Produkt abweichen.
Der genaueste bestimmt die Kosten eines Produkts: der seines Angebotselements,
sonst der seiner Anwendung, sonst der Distributor-Rabatt der Instanz. Jeder wird
mit seiner Zeit aufbewahrt: ein abgeschlossener Monat gilt mit seinen Rabatten.

  set INSTANZ PROZENT [--application ID|--offering-item ELEMENT]
  list INSTANZ [--json]
  clear INSTANZ --application ID|--offering-item ELEMENT
</translation>
    </message>
    <message>
        <source>discount: unknown command &quot;%1&quot;. Try &apos;acronis-csp discount --help&apos;.</source>
        <translation>discount: unbekannter Befehl „%1“. Siehe &apos;acronis-csp discount --help&apos;.</translation>
    </message>
    <message>
        <source>Set the discount of an application or a product, overriding the instance&apos;s Distributor Discount from now on; without either option, the Distributor Discount itself.</source>
        <translation>Den Rabatt einer Anwendung oder eines Produkts festlegen, der ab jetzt den Distributor-Rabatt der Instanz ersetzt; ohne Option den Distributor-Rabatt selbst.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>The discount, 0 to 100, e.g. 22.5.</source>
        <translation>Der Rabatt, 0 bis 100, z. B. 22.5.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>give --application or --offering-item, not both.</source>
        <translation>--application oder --offering-item angeben, nicht beide.</translation>
    </message>
    <message>
        <source>the Distributor Discount is a setting of the instance: &apos;acronis-csp instance edit &quot;%1&quot; --discount %2&apos;.</source>
        <translation>der Distributor-Rabatt ist eine Einstellung der Instanz: &apos;acronis-csp instance edit &quot;%1&quot; --discount %2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 % for %3 (%n product(s)), from %4 on.</source>
        <translation>
            <numerusform>„%1“: %2 % für %3 (%n Produkt), ab %4.</numerusform>
            <numerusform>„%1“: %2 % für %3 (%n Produkte), ab %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the instance&apos;s Distributor Discount and the discounts of applications and products that override it.</source>
        <translation>Den Distributor-Rabatt der Instanz und die Rabatte von Anwendungen und Produkten auflisten, die ihn ersetzen.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation>RABATT</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>Remove the discount of an application or a product from now on: its products are priced with the next less specific one.</source>
        <translation>Den Rabatt einer Anwendung oder eines Produkts ab jetzt entfernen: seine Produkte gelten mit dem nächst allgemeineren.</translation>
    </message>
    <message>
        <source>give --application or --offering-item.</source>
        <translation>--application oder --offering-item angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the discount of %2 was cleared.</source>
        <translation>„%1“: Der Rabatt von %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>Every change, newest first: who (user@host), when, what, and the value before and after. A secret is only ever &quot;replaced&quot;.</source>
        <translation>Jede Änderung, neueste zuerst: wer (user@host), wann, was und der Wert vorher und nachher. Ein Secret ist höchstens &quot;replaced&quot;.</translation>
    </message>
    <message>
        <source>Only the changes of this instance.</source>
        <translation>Nur die Änderungen dieser Instanz.</translation>
    </message>
    <message>
        <source>Only changes from this day (UTC, e.g. 2026-11-01) or instant on.</source>
        <translation>Nur Änderungen ab diesem Tag (UTC, z. B. 2026-11-01) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date such as 2026-11-01 or an instant such as 2026-11-01T08:00:00Z.</source>
        <translation>--since: „%1“ ist kein Datum wie 2026-11-01 und kein Zeitpunkt wie 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>GEGENSTAND</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>NACHHER</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation of &quot;%1&quot; for %2: %n line(s).</source>
        <translation>
            <numerusform>Abgleich von „%1“ für %2: %n Posten.</numerusform>
            <numerusform>Abgleich von „%1“ für %2: %n Posten.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>ESTIMATE</source>
        <translation>SCHÄTZUNG</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BERICHT</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>DIFFERENZ</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Kein Hinweis.</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s):</source>
        <translation>
            <numerusform>%n Hinweis:</numerusform>
            <numerusform>%n Hinweise:</numerusform>
        </translation>
    </message>
    <message>
        <source>A closed month&apos;s usage report beside the last estimate recorded in the month, per service provider and product (storage per location), with what needs a look before invoicing. Exit 0 when nothing is flagged, 1 when something is.</source>
        <translation>Der Nutzungsbericht eines abgeschlossenen Monats neben der letzten im Monat festgehaltenen Schätzung, je Service-Provider und Produkt (Speicher je Standort), mit dem, was vor der Rechnung zu prüfen ist. Exit 0 ohne Hinweis, 1 mit Hinweisen.</translation>
    </message>
    <message>
        <source>Flag a counter more than this many percent above the month before (default 50).</source>
        <translation>Einen Zähler melden, der so viele Prozent über dem Vormonat liegt (Standard 50).</translation>
    </message>
    <message>
        <source>Print CSV: one row per line.</source>
        <translation>CSV ausgeben: eine Zeile je Posten.</translation>
    </message>
    <message>
        <source>--jump-percent: &quot;%1&quot; is not a percentage from 0 to %2.</source>
        <translation>--jump-percent: „%1“ ist kein Prozentsatz von 0 bis %2.</translation>
    </message>
</context>
<context>
    <name>NightlyTimer</name>
    <message>
        <source>The systemd user manager refused %1: %2</source>
        <translation>Der systemd-Benutzerdienst hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>NotInvoicedNotice</name>
    <message>
        <source>With usage in %1 but no invoice for it:</source>
        <translation>Mit Nutzung in %1, aber ohne Rechnung dafür:</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <source>Check against Acronis&apos; price list</source>
        <translation>Mit der Preisliste von Acronis abgleichen</translation>
    </message>
    <message>
        <source>Reads, read-only, the prices Acronis charges the distributor for a month (its Pricelist API) and puts each SKU&apos;s implied discount (1 − effective ÷ list) beside the discount this program applies: the Distributor Discount, or a product&apos;s own where the SKU&apos;s product is known. A difference of more than 0.005 percentage points, or a price in another currency, is flagged.</source>
        <translation>Liest, nur lesend, die Preise, die Acronis dem Distributor für einen Monat berechnet (seine Pricelist API), und stellt den Rabatt jeder SKU (1 − effektiv ÷ Liste) neben den Rabatt, den dieses Programm anwendet: den Distributor-Rabatt, oder den eigenen eines Produkts, wo das Produkt der SKU bekannt ist. Eine Abweichung von mehr als 0,005 Prozentpunkten oder ein Preis in einer anderen Währung wird markiert.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Mona&amp;t:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>SKUs of the price list</source>
        <translation>SKUs der Preisliste</translation>
    </message>
</context>
<context>
    <name>PriceCheckRepository</name>
    <message>
        <source>reading the last price check</source>
        <translation>beim Lesen der letzten Preisprüfung</translation>
    </message>
    <message>
        <source>recording the price check</source>
        <translation>beim Speichern der Preisprüfung</translation>
    </message>
</context>
<context>
    <name>PriceCommands</name>
    <message>
        <source>%1, %2: price list %3 in %4, commitment %5 (the distributor&apos;s own commitment to Acronis).</source>
        <translation>%1, %2: Preisliste %3 in %4, Mindestabnahme %5 (die eigene Mindestabnahme des Distributors gegenüber Acronis).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <source>Implied %</source>
        <translation>Ergibt %</translation>
    </message>
    <message>
        <source>Ours %</source>
        <translation>Unser %</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>Usage: acronis-csp prices check NAME [--month YYYY-MM|current|last] [--json|--csv]

  check   The distributor&apos;s effective price list for a month from Acronis&apos;
          Pricelist API beside the discount this program applies
</source>
        <translation>Aufruf: acronis-csp prices check NAME [--month JJJJ-MM|current|last] [--json|--csv]

  check   Die effektive Preisliste des Distributors für einen Monat aus der
          Pricelist API von Acronis neben dem Rabatt, den dieses Programm anwendet
</translation>
    </message>
    <message>
        <source>prices: unknown subcommand &quot;%1&quot;. Try &apos;acronis-csp prices --help&apos;.</source>
        <translation>prices: unbekannter Unterbefehl „%1“. Siehe &apos;acronis-csp prices --help&apos;.</translation>
    </message>
    <message>
        <source>The distributor&apos;s effective price list for a month from Acronis&apos; Pricelist API beside the discount this program applies: each SKU&apos;s implied discount (1 - effective / list) beside the instance&apos;s, or a product&apos;s own where the SKU&apos;s product is known. A SKU whose discounts differ by more than 0.005 percentage points, or that is priced in another currency, is flagged. Exit 0 when none is, 1 when one is or when the price list cannot be read.</source>
        <translation>Die effektive Preisliste des Distributors für einen Monat aus der Pricelist API von Acronis neben dem Rabatt, den dieses Programm anwendet: der Rabatt jeder SKU (1 - effektiv / Liste) neben dem der Instanz, oder dem eigenen eines Produkts, wo das Produkt der SKU bekannt ist. Eine SKU, deren Rabatte um mehr als 0,005 Prozentpunkte abweichen oder die in einer anderen Währung bepreist ist, wird markiert. Exit 0, wenn keine markiert ist, 1, wenn eine markiert ist oder die Preisliste nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>The month, e.g. 2026-10, &quot;current&quot; (the default) or &quot;last&quot; (UTC).</source>
        <translation>Der Monat, z. B. 2026-10, „current“ (Standard) oder „last“ (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV, one row per SKU.</source>
        <translation>CSV ausgeben, eine Zeile je SKU.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json und --csv schließen einander aus.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10, &quot;current&quot; or &quot;last&quot;.</source>
        <translation>--month: „%1“ ist kein Monat wie 2026-10, „current“ oder „last“.</translation>
    </message>
    <message>
        <source>Acronis lists no price list for %1 of &quot;%2&quot;: nothing to check.</source>
        <translation>Acronis führt keine Preisliste für %1 von „%2“: nichts zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 SKU(s) differ from the discount this program applies.</source>
        <translation>
            <numerusform>%n von %1 SKU weicht von dem Rabatt ab, den dieses Programm anwendet.</numerusform>
            <numerusform>%n von %1 SKUs weichen von dem Rabatt ab, den dieses Programm anwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SKU agrees with the discount this program applies.</source>
        <translation>Jede SKU stimmt mit dem Rabatt überein, den dieses Programm anwendet.</translation>
    </message>
    <message>
        <source>To enter an API client that has the scope: acronis-csp instance edit &quot;%1&quot; --client-id ID --client-secret-stdin</source>
        <translation>Um einen API-Client einzutragen, der den Bereich hat: acronis-csp instance edit &quot;%1&quot; --client-id ID --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>PriceHistoryRepository</name>
    <message>
        <source>recording the discount</source>
        <translation>beim Speichern des Rabatts</translation>
    </message>
    <message>
        <source>reading the price history</source>
        <translation>beim Lesen des Preisverlaufs</translation>
    </message>
    <message>
        <source>reading the discount history</source>
        <translation>beim Lesen des Rabattverlaufs</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>beim Lesen des Abgleichverlaufs</translation>
    </message>
</context>
<context>
    <name>PriceListApi</name>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>„%1“ ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The gateway %1 does not offer Acronis&apos; Pricelist API (%2 answered HTTP 404). Ask Acronis whether your data centre offers it; until then the Distributor Discount cannot be checked there. Nothing else changes.</source>
        <translation>Das Gateway %1 bietet die Pricelist API von Acronis nicht an (%2 antwortete HTTP 404). Fragen Sie Acronis, ob Ihr Rechenzentrum sie anbietet; bis dahin lässt sich der Distributor-Rabatt dort nicht prüfen. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>The API client may not read price lists: it lacks the scope %1 (%2). An administrator can give the API client that scope in the Acronis management portal, or create an API client that has it and enter its client id and secret in the instance&apos;s settings. Nothing else changes.</source>
        <translation>Der API-Client darf keine Preislisten lesen: Ihm fehlt der Bereich %1 (%2). Ein Administrator kann dem API-Client diesen Bereich im Acronis-Verwaltungsportal geben oder einen API-Client anlegen, der ihn hat, und dessen Client-ID und Secret in den Einstellungen der Instanz eintragen. Sonst ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>No Get Services Definition of &quot;%1&quot; succeeded before %2 ended; it was priced with the oldest price list known, that of the run of %3.</source>
        <translation>Vor dem Ende von %2 war kein Lauf „Dienstdefinition abrufen“ von „%1“ erfolgreich; der Monat wurde mit der ältesten bekannten Preisliste berechnet, der des Laufs vom %3.</translation>
    </message>
    <message>
        <source>No Get Services Definition of &quot;%1&quot; has succeeded yet; %2 was priced with the prices set by hand only.</source>
        <translation>Noch kein Lauf „Dienstdefinition abrufen“ von „%1“ war erfolgreich; %2 wurde nur mit den von Hand gesetzten Preisen berechnet.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>reading products</source>
        <translation>beim Lesen der Produkte</translation>
    </message>
    <message>
        <source>renaming the product &quot;%1&quot;</source>
        <translation>beim Umbenennen des Produkts „%1“</translation>
    </message>
    <message>
        <source>reading the product&apos;s history</source>
        <translation>beim Lesen des Produktverlaufs</translation>
    </message>
    <message>
        <source>setting the price of &quot;%1&quot;</source>
        <translation>beim Setzen des Preises von „%1“</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; no longer exists.</source>
        <translation>Das Produkt „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>reading the catalogue&apos;s revision</source>
        <translation>beim Lesen des Katalogstands</translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <translation>Die Instanz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>recording the catalogue&apos;s revision</source>
        <translation>beim Speichern des Katalogstands</translation>
    </message>
    <message>
        <source>its name is now &quot;%1&quot;</source>
        <translation>der Name ist jetzt „%1“</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>its sell price is now %1</source>
        <translation>der Verkaufspreis ist jetzt %1</translation>
    </message>
    <message>
        <source>it is retired</source>
        <translation>es ist ausgemustert</translation>
    </message>
    <message>
        <source>it is active again</source>
        <translation>es ist wieder aktiv</translation>
    </message>
    <message>
        <source>its details changed</source>
        <translation>seine Angaben haben sich geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after this edit began (%4); nothing was saved. Reload to see the change, then make yours again.</source>
        <translation>„%1“ wurde von %2 am %3 geändert, nachdem diese Bearbeitung begann (%4); nichts wurde gespeichert. Laden Sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>reading what the run changed</source>
        <translation>beim Lesen, was der Lauf geändert hat</translation>
    </message>
    <message>
        <source>reading the instance&apos;s storages</source>
        <translation>beim Lesen der Speicher der Instanz</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>Das Produkt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The product name must not be empty.</source>
        <translation>Der Produktname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The product name must be at most 256 characters, without line breaks or control characters.</source>
        <translation>Der Produktname darf höchstens 256 Zeichen lang sein, ohne Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; continuously updates product names, so the next Get Services Definition will rename this product back to &quot;%2&quot;. Choose &quot;Keep the names of the first run&quot; in its setup to keep your name.</source>
        <translation>„%1“ aktualisiert Produktnamen laufend, daher benennt der nächste Lauf „Dienstdefinition abrufen“ dieses Produkt wieder in „%2“ um. Wählen Sie in der Einrichtung „Namen des ersten Laufs behalten“, um Ihren Namen zu behalten.</translation>
    </message>
    <message>
        <source>Acronis serves the price of &quot;%1&quot; (%2 %3); a price set by hand would be replaced at the next Get Services Definition.</source>
        <translation>Acronis liefert den Preis von „%1“ (%2 %3); ein von Hand gesetzter Preis würde beim nächsten Lauf „Dienstdefinition abrufen“ ersetzt.</translation>
    </message>
    <message>
        <source>There is no product with the offering item &quot;%1&quot;%2.</source>
        <translation>Es gibt kein Produkt mit dem Angebotselement „%1“%2.</translation>
    </message>
    <message>
        <source> with that edition and storage</source>
        <translation> mit dieser Edition und diesem Speicher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 products; name one with %3.</source>
        <translation>„%1“ passt zu %2 Produkten; nennen Sie eines mit %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative; a price is at least 0.</source>
        <translation>%1: „%2“ ist negativ; ein Preis ist mindestens 0.</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Verkaufspreis</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Show the products of one product type (instance) only</source>
        <translation>Nur die Produkte eines Produkttyps (einer Instanz) zeigen</translation>
    </message>
    <message>
        <source>Show the products of one application only</source>
        <translation>Nur die Produkte einer Anwendung zeigen</translation>
    </message>
    <message>
        <source>Show the products of one edition of the chosen application only</source>
        <translation>Nur die Produkte einer Edition der gewählten Anwendung zeigen</translation>
    </message>
    <message>
        <source>Also show products Acronis no longer serves</source>
        <translation>Auch Produkte zeigen, die Acronis nicht mehr anbietet</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>Ausgemusterte &amp;zeigen</translation>
    </message>
    <message>
        <source>Finds products by name, offering item or storage (Ctrl+F)</source>
        <translation>Findet Produkte nach Name, Angebotsposition oder Speicher (Strg+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <source>Search names, offering items, storage</source>
        <translation>Namen, Angebotspositionen, Speicher durchsuchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>One row per product with its prices; double-click a name or a price without one from Acronis to change it</source>
        <translation>Eine Zeile je Produkt mit seinen Preisen; ein Doppelklick auf einen Namen oder einen Preis, den Acronis nicht liefert, ändert ihn</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <source>Every field of the chosen product and its history</source>
        <translation>Alle Felder des gewählten Produkts und sein Verlauf</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <extracomment>no mnemonic: it writes</extracomment>
        <translation>Dienstdefinition abrufen</translation>
    </message>
    <message>
        <source>Copy the selected rows for a spreadsheet (Ctrl+C)</source>
        <translation>Die gewählten Zeilen für eine Tabellenkalkulation kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Save the products shown as a CSV file, prices exact</source>
        <translation>Die gezeigten Produkte als CSV-Datei speichern, Preise genau</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>provider: unknown command &quot;%1&quot;. Try &apos;acronis-csp provider --help&apos;.</source>
        <translation>provider: unbekannter Befehl „%1“. Siehe &apos;acronis-csp provider --help&apos;.</translation>
    </message>
    <message>
        <source>Provision a service provider: a partner tenant under the distributor, its offering items, tier and first admin. Running it again continues where it stopped and never makes a second tenant.</source>
        <translation>Einen Service-Provider bereitstellen: ein Partner-Mandant unter dem Distributor, seine Angebotselemente, seine Stufe und sein erster Administrator. Ein erneuter Aufruf macht dort weiter, wo er aufhörte, und legt nie einen zweiten Mandanten an.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>The tenant&apos;s name.</source>
        <translation>Der Name des Mandanten.</translation>
    </message>
    <message>
        <source>The billing system&apos;s account id.</source>
        <translation>Die Kontonummer im Abrechnungssystem.</translation>
    </message>
    <message>
        <source>The first admin&apos;s login.</source>
        <translation>Der Login des ersten Administrators.</translation>
    </message>
    <message>
        <source>Where the activation e-mail goes.</source>
        <translation>Wohin die Aktivierungs-E-Mail geht.</translation>
    </message>
    <message>
        <source>Tenant and admin language (default en).</source>
        <translation>Sprache von Mandant und Administrator (Vorgabe en).</translation>
    </message>
    <message>
        <source>Offering items to enable (default: the instance&apos;s active products).</source>
        <translation>Zu aktivierende Angebotselemente (Vorgabe: die aktiven Produkte der Instanz).</translation>
    </message>
    <message>
        <source>Enable every item available to service providers.</source>
        <translation>Jedes Element aktivieren, das Service-Providern zur Verfügung steht.</translation>
    </message>
    <message>
        <source>Check everything and print the calls it would make; change nothing.</source>
        <translation>Alles prüfen und die Aufrufe ausgeben, die gemacht würden; nichts ändern.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Plan (nothing was changed):</source>
        <translation>Plan (nichts wurde geändert):</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>do  </source>
        <translation>tun </translation>
    </message>
    <message>
        <source>Record every partner tenant under the distributor as a service provider (its customer id, or its tenant id where it has none).</source>
        <translation>Jeden Partner-Mandanten unter dem Distributor als Service-Provider erfassen (mit seiner Kundennummer, oder seiner Mandanten-ID, wo er keine hat).</translation>
    </message>
    <message>
        <source>Show one service provider and the operations done to it.</source>
        <translation>Einen Service-Provider und die mit ihm ausgeführten Vorgänge anzeigen.</translation>
    </message>
    <message>
        <source>List the service providers.</source>
        <translation>Die Service-Provider auflisten.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s providers.</source>
        <translation>Nur die Service-Provider dieser Instanz.</translation>
    </message>
    <message>
        <source>There is no service provider with customer id &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>In „%2“ gibt es keinen Service-Provider mit der Kundennummer „%1“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not completely: run create again</source>
        <translation>nicht vollständig: create erneut ausführen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Pricing mode</source>
        <translation>Preismodus</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Admin-Login</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>No service providers yet: &apos;acronis-csp provider create&apos; or &apos;provider import&apos;.</source>
        <translation>Noch keine Service-Provider: &apos;acronis-csp provider create&apos; oder &apos;provider import&apos;.</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation>KUNDENNUMMER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>Suspend a service provider: disable its tenant. Acronis keeps billing its usage while it is disabled.</source>
        <translation>Einen Service-Provider sperren: seinen Mandanten deaktivieren. Acronis berechnet seine Nutzung weiter, solange er deaktiviert ist.</translation>
    </message>
    <message>
        <source>Resume a suspended service provider: enable its tenant.</source>
        <translation>Einen gesperrten Service-Provider fortsetzen: seinen Mandanten aktivieren.</translation>
    </message>
    <message>
        <source>Cancel a service provider: disable its tenant, then delete it at Acronis with all its data. This cannot be undone.</source>
        <translation>Einen Service-Provider kündigen: seinen Mandanten deaktivieren und dann bei Acronis mit allen Daten löschen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Confirm that the tenant and its data are to be deleted.</source>
        <translation>Bestätigen, dass der Mandant und seine Daten gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>cancel deletes the tenant and its data at Acronis; add --yes to confirm.</source>
        <translation>cancel löscht den Mandanten und seine Daten bei Acronis; zum Bestätigen --yes angeben.</translation>
    </message>
    <message>
        <source>Commitment tier: none, 1 to 5, or one added with &apos;tier set&apos;.</source>
        <translation>Abnahmestufe: none, 1 bis 5 oder eine mit &apos;tier set&apos; hinzugefügte.</translation>
    </message>
    <message>
        <source>Months from the contract&apos;s start that pay no minimum commitment (0 to 3, default 0).</source>
        <translation>Monate ab Vertragsbeginn ohne Mindestabnahme (0 bis 3, Standard 0).</translation>
    </message>
    <message>
        <source>--ramp-up-months: &quot;%1&quot; is not a whole number.</source>
        <translation>--ramp-up-months: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Contract since</source>
        <translation>Vertrag seit</translation>
    </message>
    <message>
        <source>Ramp-up months</source>
        <translation>Anlaufmonate</translation>
    </message>
    <message>
        <source>Change a service provider&apos;s commitment tier at Acronis and in its contract, in effect from a month on.</source>
        <translation>Die Abnahmestufe eines Service-Providers bei Acronis und in seinem Vertrag ändern, gültig ab einem Monat.</translation>
    </message>
    <message>
        <source>The tier: none, 1 to 5, or one added.</source>
        <translation>Die Stufe: none, 1 bis 5 oder eine hinzugefügte.</translation>
    </message>
    <message>
        <source>The first month of the new tier (default: the current one).</source>
        <translation>Der erste Monat der neuen Stufe (Standard: der laufende).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--from: „%1“ ist kein Monat wie 2026-10.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp provider COMMAND [options]

Service providers: partner tenants under the distributor.

Commands:
  create    Provision a service provider (idempotent; --dry-run checks)
  import    Record the partner tenants already under the distributor
  list      List the service providers
  show      Show one service provider and what was done to it
  suspend   Disable a service provider&apos;s tenant
  resume    Enable it again
  cancel    Disable and delete the tenant at Acronis (needs --yes)
  set-tier  Change the commitment tier, at Acronis and in the contract
  edit      Give a provider the billing system&apos;s customer id

Run &apos;acronis-csp provider COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: acronis-csp provider BEFEHL [Optionen]

Service-Provider: Partner-Tenants unter dem Distributor.

Befehle:
  create    Einen Service-Provider einrichten (idempotent; --dry-run prüft)
  import    Die Partner-Tenants erfassen, die schon unter dem Distributor stehen
  list      Die Service-Provider auflisten
  show      Einen Service-Provider zeigen und was mit ihm geschah
  suspend   Den Tenant eines Service-Providers deaktivieren
  resume    Ihn wieder aktivieren
  cancel    Den Tenant deaktivieren und bei Acronis löschen (braucht --yes)
  set-tier  Die Abnahmestufe ändern, bei Acronis und im Vertrag
  edit      Einem Provider die Kundennummer des Abrechnungssystems geben

&apos;acronis-csp provider BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Give a service provider imported without a customer id (its tenant id stood in) the billing system&apos;s customer id; written to the tenant at Acronis too.</source>
        <translation>Einem ohne Kundennummer importierten Service-Provider (seine Tenant-ID stand dafür) die Kundennummer des Abrechnungssystems geben; sie wird auch in den Tenant bei Acronis geschrieben.</translation>
    </message>
    <message>
        <source>The provider&apos;s customer id now (its tenant id, if it has none).</source>
        <translation>Die jetzige Kundennummer des Providers (seine Tenant-ID, wenn er keine hat).</translation>
    </message>
    <message>
        <source>Say the new customer id with --customer-id NEW.</source>
        <translation>Nennen Sie die neue Kundennummer mit --customer-id NEU.</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>saving the service provider &quot;%1&quot;</source>
        <translation>beim Speichern des Service-Providers „%1“</translation>
    </message>
    <message>
        <source>reading the service providers</source>
        <translation>beim Lesen der Service-Provider</translation>
    </message>
    <message>
        <source>recording the operation</source>
        <translation>beim Aufzeichnen des Vorgangs</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>beim Lesen der Vorgänge</translation>
    </message>
</context>
<context>
    <name>ProviderRules</name>
    <message>
        <source>Name: must be 1 to %1 characters long.</source>
        <translation>Name: muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Customer id: must not be empty (it is the billing system&apos;s account id).</source>
        <translation>Kundennummer: darf nicht leer sein (die Kontonummer im Abrechnungssystem).</translation>
    </message>
    <message>
        <source>Admin login: 1 to 255 letters, digits or . _ @ + - (no spaces).</source>
        <translation>Admin-Login: 1 bis 255 Buchstaben, Ziffern oder . _ @ + - (keine Leerzeichen).</translation>
    </message>
    <message>
        <source>Admin e-mail: &quot;%1&quot; is not an e-mail address like name@example.com.</source>
        <translation>Admin-E-Mail: „%1“ ist keine E-Mail-Adresse wie name@example.com.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not one Acronis knows (for example en, de, fr, pt-BR).</source>
        <translation>Sprache: „%1“ kennt Acronis nicht (zum Beispiel en, de, fr, pt-BR).</translation>
    </message>
    <message>
        <source>Items: name items or ask for all of them, not both.</source>
        <translation>Elemente: Elemente nennen oder alle anfordern, nicht beides.</translation>
    </message>
    <message>
        <source>Items: an item name is empty.</source>
        <translation>Elemente: ein Elementname ist leer.</translation>
    </message>
    <message>
        <source>Items: choose products, name items or ask for all of them; only one of these.</source>
        <translation>Elemente: Produkte wählen, Elemente nennen oder alle verlangen – nur eines davon.</translation>
    </message>
    <message>
        <source>Customer id: &quot;%1&quot; starts or ends with a space.</source>
        <translation>Kundennummer: „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Customer id: the tenant id is Acronis&apos; id, not the billing system&apos;s account id.</source>
        <translation>Kundennummer: die Tenant-ID ist die Kennung von Acronis, nicht das Konto des Abrechnungssystems.</translation>
    </message>
</context>
<context>
    <name>ProviderWizardAdmin</name>
    <message>
        <source>First administrator</source>
        <translation>Erster Administrator</translation>
    </message>
    <message>
        <source>A partner administrator of the new tenant; Acronis sends the activation e-mail.</source>
        <translation>Ein Partner-Administrator des neuen Mandanten; Acronis sendet die Aktivierungs-E-Mail.</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>ProviderWizardDetails</name>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>The tenant is created under the distributor of the instance. The customer id is the billing system&apos;s account id: it makes running this again safe.</source>
        <translation>Der Mandant wird unter dem Distributor der Instanz angelegt. Die Kundennummer ist die Kontonummer im Abrechnungssystem: mit ihr ist ein erneuter Lauf sicher.</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ProviderWizardItems</name>
    <message>
        <source>Products and tier</source>
        <translation>Produkte und Stufe</translation>
    </message>
    <message>
        <source>The offering items enabled on the tenant, and its commitment tier.</source>
        <translation>Die im Mandanten aktivierten Angebotselemente und seine Verpflichtungsstufe.</translation>
    </message>
    <message>
        <source>&amp;Every item the distributor may give to service providers</source>
        <translation>&amp;Jedes Element, das der Distributor an Service-Provider geben darf</translation>
    </message>
    <message>
        <source>Only the items &amp;checked below:</source>
        <translation>Nur die unten an&amp;gehakten Elemente:</translation>
    </message>
    <message>
        <source>Commitment &amp;tier:</source>
        <translation>Verpflichtungs&amp;stufe:</translation>
    </message>
    <message>
        <source>&amp;Ramp-up months:</source>
        <translation>&amp;Anlaufmonate:</translation>
    </message>
    <message>
        <source>The first months of the contract, counted from the month the tenant is created, in which no minimum commitment is charged</source>
        <translation>Die ersten Monate des Vertrags, ab dem Monat gezählt, in dem der Tenant angelegt wird, in denen keine Mindestverpflichtung berechnet wird</translation>
    </message>
    <message>
        <source>Ramp-up months</source>
        <translation>Anlaufmonate</translation>
    </message>
</context>
<context>
    <name>ProviderWizardReview</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Every check that changes nothing, and the calls that provisioning will make.</source>
        <translation>Jede Prüfung, die nichts ändert, und die Aufrufe, die die Bereitstellung machen wird.</translation>
    </message>
</context>
<context>
    <name>ProviderWizardRun</name>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Each step is recorded as it is done; if one fails, running New Service Provider again with the same customer id continues from there.</source>
        <translation>Jeder Schritt wird aufgezeichnet, sobald er erledigt ist; schlägt einer fehl, macht „Neuer Service-Provider“ mit derselben Kundennummer dort weiter.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Ins&amp;tance:</source>
        <translation>Ins&amp;tanz:</translation>
    </message>
    <message>
        <source>Show the service providers of one instance only</source>
        <translation>Nur die Service-Provider einer Instanz zeigen</translation>
    </message>
    <message>
        <source>Show active, suspended or cancelled service providers only</source>
        <translation>Nur aktive, gesperrte oder gekündigte Service-Provider zeigen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Search name, customer id, admin, tenant id</source>
        <translation>Name, Kundennummer, Admin, Mandanten-ID suchen</translation>
    </message>
    <message>
        <source>Create a partner tenant under the distributor, step by step</source>
        <translation>Einen Partner-Tenant unter dem Distributor anlegen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;New Service Provider…</source>
        <translation>&amp;Neuer Service-Provider…</translation>
    </message>
    <message>
        <source>Records the partner tenants already under the distributor of the instance chosen above.</source>
        <translation>Erfasst die Partner-Mandanten, die schon unter dem Distributor der oben gewählten Instanz sind.</translation>
    </message>
    <message>
        <source>&amp;Import from Acronis</source>
        <translation>Aus Acronis &amp;importieren</translation>
    </message>
    <message>
        <source>Choose the products enabled on the chosen provider&apos;s tenant</source>
        <translation>Die auf dem Tenant des gewählten Providers aktivierten Produkte wählen</translation>
    </message>
    <message>
        <source>Pro&amp;ducts…</source>
        <translation>&amp;Produkte…</translation>
    </message>
    <message>
        <source>Move the chosen provider to another commitment tier</source>
        <translation>Den gewählten Provider in eine andere Vertragsstufe setzen</translation>
    </message>
    <message>
        <source>Ti&amp;er…</source>
        <translation>&amp;Vertragsstufe…</translation>
    </message>
    <message>
        <source>Disable the chosen provider&apos;s tenant (asks first)</source>
        <translation>Den Tenant des gewählten Providers deaktivieren (fragt vorher)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>Enable the chosen provider&apos;s tenant again</source>
        <translation>Den Tenant des gewählten Providers wieder aktivieren</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Delete the chosen provider&apos;s tenant and its data at Acronis (asks for its name)</source>
        <translation>Den Tenant des gewählten Providers samt Daten bei Acronis löschen (fragt nach seinem Namen)</translation>
    </message>
    <message>
        <source>&amp;Cancel Provider…</source>
        <translation>Provider &amp;kündigen…</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Service-Provider</translation>
    </message>
    <message>
        <source>The partner tenants under the distributor, with status and tier; choose one to act on it</source>
        <translation>Die Partner-Tenants unter dem Distributor mit Status und Stufe; einen wählen, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Every operation on the chosen provider, newest first, with its outcome</source>
        <translation>Jeder Vorgang am gewählten Provider, der neueste zuerst, mit seinem Ergebnis</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Stop the import; nothing is recorded</source>
        <translation>Den Import anhalten; nichts wird erfasst</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet. Service providers are created and imported under a linked account: add an instance on the Applications Setup page first.</source>
        <translation>Noch ist kein Acronis-Konto verknüpft. Service-Provider werden unter einem verknüpften Konto angelegt und importiert: Fügen Sie zuerst auf der Seite Anwendungseinrichtung eine Instanz hinzu.</translation>
    </message>
    <message>
        <source>Open the Applications Setup page to link an Acronis account</source>
        <translation>Die Seite Anwendungseinrichtung öffnen, um ein Acronis-Konto zu verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Go to Applications Setup</source>
        <translation>Zur Anwendungseinrichtung &amp;wechseln</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>I&amp;nstanz:</translation>
    </message>
    <message>
        <source>The instance whose month is reconciled</source>
        <translation>Die Instanz, deren Monat abgeglichen wird</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Mona&amp;t:</translation>
    </message>
    <message>
        <source>The closed month to reconcile</source>
        <translation>Der abzugleichende abgeschlossene Monat</translation>
    </message>
    <message>
        <source>&amp;Jump above:</source>
        <translation>&amp;Sprung ab:</translation>
    </message>
    <message>
        <source>Usage jump above</source>
        <translation>Nutzungssprung ab</translation>
    </message>
    <message>
        <source>A counter more than this many percent above the month before is flagged</source>
        <translation>Ein Zähler, der mehr als so viele Prozent über dem Vormonat liegt, wird gemeldet</translation>
    </message>
    <message>
        <source>Read the month&apos;s usage report and compare it with the estimates recorded during the month</source>
        <translation>Den Nutzungsbericht des Monats lesen und mit den im Monat festgehaltenen Schätzungen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>A&amp;bgleichen</translation>
    </message>
    <message>
        <source>Save the comparison as a CSV file</source>
        <translation>Den Vergleich als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>What needs a look before the invoices go out</source>
        <translation>Was vor dem Rechnungsversand zu prüfen ist</translation>
    </message>
    <message>
        <source>Estimate and report</source>
        <translation>Schätzung und Bericht</translation>
    </message>
    <message>
        <source>Per service provider and product: the month&apos;s last estimate beside its report</source>
        <translation>Je Service-Provider und Produkt: die letzte Schätzung des Monats neben seinem Bericht</translation>
    </message>
    <message>
        <source>Flag a usage counter that rose by more than this percentage over the month before. With 50 %, a provider with 10 workstations last month is flagged at 16 or more.</source>
        <translation>Einen Nutzungszähler markieren, der um mehr als diesen Prozentsatz über dem Vormonat liegt. Bei 50 % wird ein Provider mit 10 Workstations im Vormonat ab 16 markiert.</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>%1 %2 reported, without a price (%3).</source>
        <translation>%1 %2 gemeldet, ohne Preis (%3).</translation>
    </message>
    <message>
        <source>%1 from %2 the month before to %3 (more than %4 % up).</source>
        <translation>%1 von %2 im Vormonat auf %3 (mehr als %4 % mehr).</translation>
    </message>
    <message>
        <source>%1 is used for the first time: %2 at %3 %4.</source>
        <translation>%1 wird zum ersten Mal genutzt: %2 zu %3 %4.</translation>
    </message>
    <message>
        <source>Usage jump</source>
        <translation>Nutzungssprung</translation>
    </message>
    <message>
        <source>First paid use</source>
        <translation>Erste bezahlte Nutzung</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>Usage while suspended or cancelled</source>
        <translation>Nutzung trotz Sperre oder Kündigung</translation>
    </message>
    <message>
        <source>Tenant without a provider record</source>
        <translation>Tenant ohne Provider-Eintrag</translation>
    </message>
    <message>
        <source>Provider whose tenant is gone</source>
        <translation>Provider ohne Tenant</translation>
    </message>
    <message>
        <source>Its tenant %1 is no longer under the distributor at Acronis.</source>
        <translation>Sein Tenant %1 liegt bei Acronis nicht mehr unter dem Distributor.</translation>
    </message>
    <message>
        <source>A partner tenant at Acronis with usage and no provider record: its usage is billed to no one.</source>
        <translation>Ein Partner-Tenant bei Acronis mit Nutzung und ohne Provider-Eintrag: seine Nutzung wird niemandem berechnet.</translation>
    </message>
    <message>
        <source>A partner tenant at Acronis with no provider record.</source>
        <translation>Ein Partner-Tenant bei Acronis ohne Provider-Eintrag.</translation>
    </message>
    <message>
        <source>Usage was reported for %1 although it is suspended.</source>
        <translation>Für %1 wurde Nutzung gemeldet, obwohl er gesperrt ist.</translation>
    </message>
    <message>
        <source>Usage was reported for %1 although it is cancelled.</source>
        <translation>Für %1 wurde Nutzung gemeldet, obwohl er gekündigt ist.</translation>
    </message>
    <message>
        <source>%1 is used for the first time: %2 at %3 %4 per %5.</source>
        <translation>%1 wird zum ersten Mal genutzt: %2 zu %3 %4 je %5.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>reading the usage reports</source>
        <translation>beim Lesen der Nutzungsberichte</translation>
    </message>
    <message>
        <source>recording the usage report</source>
        <translation>beim Speichern des Nutzungsberichts</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The catalogue is not open as a SQLite database.</source>
        <translation>Der Katalog ist nicht als SQLite-Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot bind its values</source>
        <translation>Ihre Werte können nicht gebunden werden</translation>
    </message>
    <message>
        <source>Cannot run the statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation>Aufstellung</translation>
    </message>
    <message>
        <source>The chosen service provider&apos;s statement for the month</source>
        <translation>Die Aufstellung des gewählten Service-Providers für den Monat</translation>
    </message>
    <message>
        <source>Save this statement as a PDF</source>
        <translation>Diese Aufstellung als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Get Services Definition history</source>
        <translation>Verlauf von „Dienstdefinition abrufen“</translation>
    </message>
    <message>
        <source>Products the selected run changed</source>
        <translation>Vom gewählten Lauf geänderte Produkte</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Get Services Definition</source>
        <translation>Dienstdefinition abrufen</translation>
    </message>
    <message>
        <source>Read what the distributor may sell to service providers and bring this instance&apos;s products up to date.</source>
        <translation>Lesen, was der Distributor an Service-Provider verkaufen darf, und die Produkte dieser Instanz abgleichen.</translation>
    </message>
    <message>
        <source>Show what would change, with the prices, and apply it only when you agree</source>
        <translation>Zeigen, was sich ändern würde, mit den Preisen, und es erst nach Ihrer Zustimmung übernehmen</translation>
    </message>
    <message>
        <source>Preview the changes first</source>
        <translation>Änderungen zuerst ansehen</translation>
    </message>
    <message>
        <source>Every run of this instance and the products each one changed</source>
        <translation>Jeder Lauf dieser Instanz und die Produkte, die er geändert hat</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SyncResultDialog</name>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>usage name</source>
        <translation>Nutzungsname</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Acronis name</source>
        <translation>Acronis-Name</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>price source</source>
        <translation>Preisquelle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>the desktop window</source>
        <translation>das Programmfenster</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>the nightly schedule</source>
        <translation>den nächtlichen Zeitplan</translation>
    </message>
</context>
<context>
    <name>SyncRunRepository</name>
    <message>
        <source>recording the sync run</source>
        <translation>beim Vermerken des Synchronisierungslaufs</translation>
    </message>
    <message>
        <source>recording the end of the sync run</source>
        <translation>beim Vermerken des Endes des Synchronisierungslaufs</translation>
    </message>
    <message>
        <source>closing interrupted sync runs</source>
        <translation>beim Abschließen unterbrochener Läufe</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>beim Lesen des Synchronisierungsverlaufs</translation>
    </message>
    <message>
        <source>The run was interrupted (the program ended, or lost the database, before it finished); the catalogue was left as it was.</source>
        <translation>Der Lauf wurde unterbrochen (das Programm endete oder verlor die Datenbank, bevor er fertig war); der Katalog blieb, wie er war.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted Certificate Authorities</source>
        <translation>Vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Where a TLS-inspecting proxy stands between this computer and the gateway, trust its certificate authority here. The certificates in the file are trusted besides the system&apos;s, with the same checks; leave the field empty to trust the system&apos;s alone. The command line and the nightly runs use the same file.</source>
        <translation>Steht zwischen diesem Rechner und dem Gateway ein Proxy, der TLS prüft, vertrauen Sie hier seiner Zertifizierungsstelle. Den Zertifikaten in der Datei wird neben denen des Systems vertraut, mit denselben Prüfungen; lassen Sie das Feld leer, um nur denen des Systems zu vertrauen. Die Befehlszeile und die nächtlichen Läufe verwenden dieselbe Datei.</translation>
    </message>
    <message>
        <source>Certificate &amp;file (PEM):</source>
        <translation>Zertifikatsdatei (&amp;PEM):</translation>
    </message>
    <message>
        <source>Certificate file (PEM)</source>
        <translation>Zertifikatsdatei (PEM)</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die Zertifikatsdatei %1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is a known compromised one.</source>
        <translation>Das Zertifikat „%1“ in %2 ist als kompromittiert bekannt.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 expired on %3.</source>
        <translation>Das Zertifikat „%1“ in %2 ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is valid only from %3.</source>
        <translation>Das Zertifikat „%1“ in %2 gilt erst ab %3.</translation>
    </message>
    <message>
        <source>The setting could not be written to %1.</source>
        <translation>Die Einstellung konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>The total of %1 in %2</source>
        <translation>Die Summe von %1 in %2</translation>
    </message>
</context>
<context>
    <name>UsageCommands</name>
    <message>
        <source>The usage of the instance&apos;s service providers, priced at sell and cost for invoicing. Without --month: Acronis&apos; current counters, estimates refreshed every few hours. With --month: the usage report of a closed month, which is what invoices should use.</source>
        <translation>Die Nutzung der Service-Provider der Instanz, zu Verkaufs- und Einkaufspreisen bewertet, für die Rechnungsstellung. Ohne --month: die aktuellen Zähler von Acronis, Schätzungen, die alle paar Stunden aktualisiert werden. Mit --month: der Nutzungsbericht eines abgeschlossenen Monats, nach dem Rechnungen gestellt werden sollten.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Der Systemname der Instanz.</translation>
    </message>
    <message>
        <source>Only this service provider.</source>
        <translation>Nur dieser Service-Provider.</translation>
    </message>
    <message>
        <source>Tenants per usage request (default 50).</source>
        <translation>Mandanten pro Nutzungsabfrage (Vorgabe 50).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8).</source>
        <translation>CSV ausgeben (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json und --csv schließen einander aus.</translation>
    </message>
    <message>
        <source>--batch-size: &quot;%1&quot; is not a whole number.</source>
        <translation>--batch-size: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Current usage of &quot;%1&quot; (estimates: Acronis refreshes these counters every few hours; invoice from the monthly report, --month).</source>
        <translation>Aktuelle Nutzung von „%1“ (Schätzungen: Acronis aktualisiert diese Zähler alle paar Stunden; Rechnungen nach dem Monatsbericht, --month).</translation>
    </message>
    <message>
        <source>Usage of &quot;%1&quot; in %2, from Acronis&apos; usage report.</source>
        <translation>Nutzung von „%1“ im %2, aus dem Nutzungsbericht von Acronis.</translation>
    </message>
    <message>
        <source>Tenants that are not recorded providers</source>
        <translation>Mandanten, die keine erfassten Service-Provider sind</translation>
    </message>
    <message>
        <source>  no usage</source>
        <translation>  keine Nutzung</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>SELL PRICE</source>
        <translation>VERKAUFSPREIS</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VERKAUF</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>EINKAUF</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>sell %1, cost %2, margin %3</source>
        <translation>Verkauf %1, Einkauf %2, Marge %3</translation>
    </message>
    <message>
        <source>A closed month from Acronis&apos; usage report, e.g. 2026-10, or &quot;last&quot; for the previous calendar month (UTC).</source>
        <translation>Ein abgeschlossener Monat aus dem Nutzungsbericht von Acronis, z. B. 2026-10, oder „last“ für den vorigen Kalendermonat (UTC).</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10 or &quot;last&quot;.</source>
        <translation>--month: „%1“ ist kein Monat wie 2026-10 oder „last“.</translation>
    </message>
    <message>
        <source>Priced with today&apos;s prices (last Get Services Definition: %1, run %2).</source>
        <translation>Mit den heutigen Preisen berechnet (letzter Lauf „Dienstdefinition abrufen“: %1, Lauf %2).</translation>
    </message>
    <message>
        <source>Priced with the prices and discount in effect when the month ended: the price list of the Get Services Definition of %1 (run %2).</source>
        <translation>Mit den Preisen und dem Rabatt berechnet, die am Monatsende galten: der Preisliste des Laufs „Dienstdefinition abrufen“ vom %1 (Lauf %2).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>in %1, not %2</source>
        <translation>in %1, nicht %2</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>Total: %1; %2 line(s) priced, %3 without a product or price (not included).</source>
        <translation>Summe: %1; %2 Zeile(n) berechnet, %3 ohne Produkt oder Preis (nicht enthalten).</translation>
    </message>
    <message>
        <source>The totals are per currency: amounts in different currencies are never added together.</source>
        <translation>Die Summen gelten je Währung: Beträge in verschiedenen Währungen werden nie addiert.</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Ins&amp;tance:</source>
        <translation>Ins&amp;tanz:</translation>
    </message>
    <message>
        <source>The instance whose service providers&apos; usage is read</source>
        <translation>Die Instanz, deren Service-Provider-Nutzung gelesen wird</translation>
    </message>
    <message>
        <source>Today&apos;s counters (estimates) or a closed month&apos;s report (to invoice from)</source>
        <translation>Die heutigen Zähler (Schätzungen) oder der Bericht eines abgeschlossenen Monats (zum Abrechnen)</translation>
    </message>
    <message>
        <source>Usage source</source>
        <translation>Nutzungsquelle</translation>
    </message>
    <message>
        <source>The closed month whose usage report is read</source>
        <translation>Der abgeschlossene Monat, dessen Nutzungsbericht gelesen wird</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Read the usage from Acronis and price it</source>
        <translation>Die Nutzung bei Acronis lesen und bepreisen</translation>
    </message>
    <message>
        <source>&amp;Read Usage</source>
        <translation>Nutzung &amp;lesen</translation>
    </message>
    <message>
        <source>Save every usage line read as a CSV file, amounts exact</source>
        <translation>Jede gelesene Nutzungszeile als CSV-Datei speichern, Beträge genau</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Usage per service provider</source>
        <translation>Nutzung je Service-Provider</translation>
    </message>
    <message>
        <source>Sell, cost and margin of each service provider; choose one to see its lines</source>
        <translation>Verkauf, Einkauf und Marge jedes Service-Providers; einen wählen, um seine Zeilen zu sehen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>What the chart compares: service providers or applications</source>
        <translation>Was das Diagramm vergleicht: Service-Provider oder Anwendungen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Nutzungszeilen</translation>
    </message>
    <message>
        <source>The chosen service provider&apos;s usage, line by line</source>
        <translation>Die Nutzung des gewählten Service-Providers, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Choose an instance and read its service providers&apos; usage.</source>
        <translation>Wählen Sie eine Instanz und lesen Sie die Nutzung ihrer Service-Provider.</translation>
    </message>
</context>
<context>
    <name>UsageSnapshotRepository</name>
    <message>
        <source>recording the usage estimate</source>
        <translation>beim Festhalten der Nutzungsschätzung</translation>
    </message>
    <message>
        <source>recording the usage report</source>
        <translation>beim Festhalten des Nutzungsberichts</translation>
    </message>
    <message>
        <source>reading the recorded usage</source>
        <translation>beim Lesen der festgehaltenen Nutzung</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Im Handbuch suchen (Eingabe für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation>Den Katalog in DIR verwenden (auch $ACRONIS_CSP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Try &apos;acronis-csp %1 --help&apos;.</source>
        <translation>Siehe &apos;acronis-csp %1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing argument.</source>
        <translation>Argument fehlt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>reading the client secret from the terminal (input hidden); end with Enter</source>
        <translation>das Client-Secret wird vom Terminal gelesen (Eingabe verborgen); mit Enter abschließen</translation>
    </message>
    <message>
        <source>Write to FILE (whole or not at all) instead of standard output.</source>
        <translation>In DATEI schreiben (ganz oder gar nicht) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Use the catalogue at URL: sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME (also $ACRONIS_CSP_DATABASE).</source>
        <translation>Den Katalog unter URL verwenden: sqlite:PFAD oder postgresql://[BENUTZER@]HOST[:PORT]/DBNAME (auch $ACRONIS_CSP_DATABASE).</translation>
    </message>
    <message>
        <source>Allow sslmode=disable, allow or prefer to a database server on another machine.</source>
        <translation>sslmode=disable, allow oder prefer zu einem Datenbankserver auf einem anderen Rechner erlauben.</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input.</source>
        <translation>das Geheimnis kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The closed month, e.g. 2026-10, or &quot;last&quot; for the previous one (UTC).</source>
        <translation>Der abgeschlossene Monat, z. B. 2026-10, oder &quot;last&quot; für den vorigen (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json und --csv schließen einander aus.</translation>
    </message>
    <message>
        <source>missing --month.</source>
        <translation>--month fehlt.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10 or &quot;last&quot;.</source>
        <translation>--month: „%1“ ist kein Monat wie 2026-10 oder &quot;last&quot;.</translation>
    </message>
</context>
<context>
    <name>csp::AuditPage</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Die neueste Änderung wird gezeigt; für ältere die Filter einengen.</numerusform>
            <numerusform>Die neuesten %n Änderungen werden gezeigt; für ältere die Filter einengen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>%1

Recorded: %2 | %3 → %4</source>
        <translation>%1

Aufgezeichnet: %2 | %3 → %4</translation>
    </message>
</context>
<context>
    <name>csp::ChangeItemsDialog</name>
    <message>
        <source>The products &quot;%1&quot; may use. Checked ones are enabled on its tenant at Acronis; unchecked ones are disabled there.</source>
        <translation>Die Produkte, die „%1“ nutzen darf. Angehakte werden auf seinem Tenant bei Acronis aktiviert, nicht angehakte dort deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;Change Products</source>
        <translation>Produkte &amp;ändern</translation>
    </message>
</context>
<context>
    <name>csp::ChangeTierDialog</name>
    <message>
        <source>The commitment tier of &quot;%1&quot; is set at Acronis and kept here for its invoices from the month chosen on.</source>
        <translation>Die Vertragsstufe von „%1“ wird bei Acronis gesetzt und hier für seine Rechnungen ab dem gewählten Monat vermerkt.</translation>
    </message>
    <message>
        <source>%1 (this month)</source>
        <translation>%1 (dieser Monat)</translation>
    </message>
    <message>
        <source>&amp;Change Tier</source>
        <translation>Stufe &amp;ändern</translation>
    </message>
</context>
<context>
    <name>csp::CompatibilityCheck</name>
    <message>
        <source>Everything: every call needs a token.</source>
        <translation>Alles: jeder Aufruf braucht ein Token.</translation>
    </message>
    <message>
        <source>Finding the distributor tenant of the API client (Test Connection and the first run of every feature).</source>
        <translation>Das Finden des Distributor-Mandanten des API-Clients (Verbindung testen und der erste Lauf jeder Funktion).</translation>
    </message>
    <message>
        <source>Test Connection names the distributor tenant; provisioning reads tenants back.</source>
        <translation>„Verbindung testen“ nennt den Distributor-Mandanten; die Bereitstellung liest Mandanten zurück.</translation>
    </message>
    <message>
        <source>Get Services Definition names each product&apos;s application.</source>
        <translation>„Dienstdefinition abrufen“ benennt die Anwendung jedes Produkts.</translation>
    </message>
    <message>
        <source>Get Services Definition: the catalogue itself; without it there are no products.</source>
        <translation>„Dienstdefinition abrufen“: der Katalog selbst; ohne ihn gibt es keine Produkte.</translation>
    </message>
    <message>
        <source>Storage products are named by their storage&apos;s name instead of its id.</source>
        <translation>Speicherprodukte werden mit dem Namen ihres Speichers benannt statt mit seiner ID.</translation>
    </message>
    <message>
        <source>Sell prices: without them every price is set by hand.</source>
        <translation>Verkaufspreise: ohne sie wird jeder Preis von Hand gesetzt.</translation>
    </message>
    <message>
        <source>The currency of the served prices; without it they are taken to be in the primary currency.</source>
        <translation>Die Währung der gelieferten Preise; ohne sie gelten sie als in der Primärwährung.</translation>
    </message>
    <message>
        <source>Importing the existing service providers and the month-end reconciliation.</source>
        <translation>Das Importieren der vorhandenen Service-Provider und der Monatsabgleich.</translation>
    </message>
    <message>
        <source>A service provider&apos;s products (changing which ones it may use).</source>
        <translation>Die Produkte eines Service-Providers (ändern, welche er nutzen darf).</translation>
    </message>
    <message>
        <source>Commitment tiers at Acronis; without it tiers are kept only in this program.</source>
        <translation>Vertragsstufen bei Acronis; ohne ihn werden Stufen nur in diesem Programm geführt.</translation>
    </message>
    <message>
        <source>Current usage estimates and the nightly estimate.</source>
        <translation>Aktuelle Nutzungsschätzungen und die nächtliche Schätzung.</translation>
    </message>
    <message>
        <source>Resuming a provisioning finds the administrator it made.</source>
        <translation>Eine fortgesetzte Bereitstellung findet den Administrator, den sie angelegt hat.</translation>
    </message>
    <message>
        <source>A new service provider&apos;s administrator login is checked before anything is made.</source>
        <translation>Der Anmeldename des Administrators eines neuen Service-Providers wird geprüft, bevor etwas angelegt wird.</translation>
    </message>
    <message>
        <source>This gateway does not offer it (HTTP 404).</source>
        <translation>Dieses Gateway bietet ihn nicht an (HTTP 404).</translation>
    </message>
    <message>
        <source>Refused (HTTP %1: %2). The API client needs the role or scope %3; create it in the management portal with an administrator who has it.</source>
        <translation>Abgelehnt (HTTP %1: %2). Der API-Client braucht die Rolle oder den Scope %3; legen Sie ihn im Verwaltungsportal mit einem Administrator an, der sie hat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The catalogue names no storage to look up.</source>
        <translation>Der Katalog nennt keinen Speicher, der nachzuschlagen wäre.</translation>
    </message>
    <message>
        <source>There is no service provider (partner tenant) under the distributor to read yet.</source>
        <translation>Unter dem Distributor gibt es noch keinen Service-Provider (Partner-Mandanten) zum Lesen.</translation>
    </message>
    <message>
        <source>The compatibility check was cancelled.</source>
        <translation>Die Kompatibilitätsprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Invoices, closed months and the month end need usage reports, which this check does not create (a write). Reading a closed month&apos;s usage tries them.</source>
        <translation>Rechnungen, abgeschlossene Monate und der Monatsabschluss brauchen Nutzungsberichte, die diese Prüfung nicht anlegt (ein Schreibvorgang). Das Lesen der Nutzung eines abgeschlossenen Monats probiert sie aus.</translation>
    </message>
    <message>
        <source>Checking the Distributor Discount against the prices Acronis charges (prices check, the nightly run); nothing else needs it.</source>
        <translation>Der Abgleich des Distributor-Rabatts mit den Preisen, die Acronis berechnet (prices check, der nächtliche Lauf); sonst braucht ihn nichts.</translation>
    </message>
</context>
<context>
    <name>csp::CompatibilityDialog</name>
    <message>
        <source>Compatibility with Acronis – %1</source>
        <translation>Kompatibilität mit Acronis – %1</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Answers differently</source>
        <translation>Antwortet anders</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking %1 at %2…</source>
        <translation>%1 bei %2 wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint checked works as this program needs (%n endpoint(s)).</source>
        <translation>
            <numerusform>Jeder geprüfte Endpunkt funktioniert so, wie dieses Programm es braucht (%n Endpunkt).</numerusform>
            <numerusform>Jeder geprüfte Endpunkt funktioniert so, wie dieses Programm es braucht (%n Endpunkte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) do not work as this program needs; select one to read why.</source>
        <translation>
            <numerusform>%n Endpunkt funktioniert nicht so, wie dieses Programm es braucht; wählen Sie ihn, um den Grund zu lesen.</numerusform>
            <numerusform>%n Endpunkte funktionieren nicht so, wie dieses Programm es braucht; wählen Sie einen, um den Grund zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Save the answers in</source>
        <translation>Antworten speichern in</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Antworten nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>%n Antwort in %1 gespeichert, persönliche Daten ersetzt.</numerusform>
            <numerusform>%n Antworten in %1 gespeichert, persönliche Daten ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>What it affects</source>
        <translation>Was davon abhängt</translation>
    </message>
</context>
<context>
    <name>csp::ConnectionTest</name>
    <message>
        <source>Reading the client secret from the OS keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Obtaining a token from %1…</source>
        <translation>Token wird von %1 geholt…</translation>
    </message>
    <message>
        <source>Finding the API client&apos;s tenant…</source>
        <translation>Tenant des API-Clients wird ermittelt…</translation>
    </message>
    <message>
        <source>Reading the distributor tenant…</source>
        <translation>Distributor-Tenant wird gelesen…</translation>
    </message>
</context>
<context>
    <name>csp::DatabaseDialog</name>
    <message>
        <source>This window was started with %1, which comes before the choice made here; the choice applies when it is started without.</source>
        <translation>Dieses Fenster wurde mit %1 gestartet, das Vorrang vor der hier getroffenen Wahl hat; die Wahl gilt, wenn es ohne gestartet wird.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Catalogue File</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Catalogues (*.sqlite);;All files (*)</source>
        <translation>Kataloge (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Server URL: enter the server&apos;s postgresql:// URL.</source>
        <translation>Server-URL: Geben Sie die postgresql://-URL des Servers ein.</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2</source>
        <translation>✔ Verbunden mit %1: %2</translation>
    </message>
    <message>
        <source>The database server refused the login to %1. Check the user in the URL and type its password above: OK keeps it in your OS keychain.</source>
        <translation>Der Datenbankserver hat die Anmeldung bei %1 abgelehnt. Prüfen Sie den Benutzer in der URL und geben Sie oben sein Passwort ein: OK legt es in Ihrem Schlüsselbund ab.</translation>
    </message>
</context>
<context>
    <name>csp::DiscountsDialog</name>
    <message>
        <source>Discounts of “%1”</source>
        <translation>Rabatte von „%1“</translation>
    </message>
    <message>
        <source>The Distributor Discount (%1 %) prices every product, except where its application or the product itself has a discount of its own: the most specific one applies. A change takes effect now; closed months keep the discounts of their month.</source>
        <translation>Der Distributor-Rabatt (%1 %) gilt für jedes Produkt, außer wo seine Anwendung oder das Produkt selbst einen eigenen Rabatt hat: Der genaueste gilt. Eine Änderung gilt ab jetzt; abgeschlossene Monate behalten die Rabatte ihres Monats.</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>An application&apos;s products</source>
        <translation>Die Produkte einer Anwendung</translation>
    </message>
    <message>
        <source>One product (every edition and location)</source>
        <translation>Ein Produkt (jede Edition und jeder Standort)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>“%1” has no products yet: run Get Services Definition first.</source>
        <translation>„%1“ hat noch keine Produkte: zuerst „Dienstdefinition abrufen“ ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Application (%n product(s))</source>
        <translation>
            <numerusform>Anwendung (%n Produkt)</numerusform>
            <numerusform>Anwendung (%n Produkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Product (%n edition(s) or location(s))</source>
        <translation>
            <numerusform>Produkt (%n Edition oder Standort)</numerusform>
            <numerusform>Produkt (%n Editionen oder Standorte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::InstanceApi</name>
    <message>
        <source>Reading the client secret from the OS keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>This machine&apos;s OS keychain holds no client secret for &quot;%1&quot;. Enter the client secret in the instance&apos;s settings on this machine.</source>
        <translation>Der Schlüsselbund dieses Rechners enthält kein Client-Secret für „%1“. Geben Sie das Client-Secret auf diesem Rechner in den Einstellungen der Instanz ein.</translation>
    </message>
</context>
<context>
    <name>csp::InstanceForm</name>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Applications Setup – %1</source>
        <translation>Anwendungseinrichtung – %1</translation>
    </message>
    <message>
        <source>Applications Setup – new Acronis instance</source>
        <translation>Anwendungseinrichtung – neue Acronis-Instanz</translation>
    </message>
    <message>
        <source>The OS keychain is not available: a secret cannot be saved or read until it is.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: bis dahin kann kein Secret gespeichert oder gelesen werden.</translation>
    </message>
    <message>
        <source>Kept in the OS keychain only.</source>
        <translation>Wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>A secret is stored in the OS keychain; type a new one only to replace it.</source>
        <translation>Ein Secret ist im Schlüsselbund des Systems gespeichert; geben Sie nur zum Ersetzen ein neues ein.</translation>
    </message>
    <message>
        <source>No secret is stored yet; type the client secret.</source>
        <translation>Noch kein Secret gespeichert; geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>(stored in the OS keychain)</source>
        <translation>(im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sell %1 %3 → cost %2 %3</source>
        <translation>Verkauf %1 %3 → Einkauf %2 %3</translation>
    </message>
    <message>
        <source>Discard the new instance you started?</source>
        <translation>Die begonnene neue Instanz verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to &quot;%1&quot; and show it as saved?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen und den gespeicherten Stand zeigen?</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Overridden for %n application(s) or product(s): %1.</source>
        <translation>
            <numerusform>Abweichend für %n Anwendung oder Produkt: %1.</numerusform>
            <numerusform>Abweichend für %n Anwendungen oder Produkte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked against Acronis&apos; price list on %1 (%2): it could not be read. %3</source>
        <translation>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen (%2): sie konnte nicht gelesen werden. %3</translation>
    </message>
    <message>
        <source>Last checked against Acronis&apos; price list on %1: Acronis listed no price list for %2.</source>
        <translation>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen: Acronis führte keine Preisliste für %2.</translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: all %n SKU(s) of %2 agree.</source>
        <translation>
            <numerusform>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen: die %n SKU von %2 stimmt überein.</numerusform>
            <numerusform>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen: alle %n SKUs von %2 stimmen überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: %n SKU(s) of %2 differ from the discount this program applies.</source>
        <translation>
            <numerusform>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen: %n SKU von %2 weicht von dem Rabatt ab, den dieses Programm anwendet.</numerusform>
            <numerusform>Zuletzt am %1 mit der Preisliste von Acronis abgeglichen: %n SKUs von %2 weichen von dem Rabatt ab, den dieses Programm anwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements with Acronis that differ by product: the most specific discount prices a product&apos;s cost. Set them with Discounts per Product…</source>
        <translation>Vereinbarungen mit Acronis, die je Produkt abweichen: Der spezifischste Rabatt bestimmt die Kosten eines Produkts. Legen Sie sie mit „Rabatte pro Produkt…“ fest.</translation>
    </message>
</context>
<context>
    <name>csp::InstanceLock</name>
    <message>
        <source>(process %1 on %2); try again when it has finished.</source>
        <translation>(Prozess %1 auf %2); versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>eben</translation>
    </message>
    <message>
        <source>(%1, since %2); try again when it has finished.</source>
        <translation>(%1, seit %2); versuchen Sie es erneut, wenn der Lauf fertig ist.</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>csp::InstanceService</name>
    <message numerus="yes">
        <source>The instance was not saved: %n field(s) are invalid.</source>
        <translation>
            <numerusform>Die Instanz wurde nicht gespeichert: %n Feld ist ungültig.</numerusform>
            <numerusform>Die Instanz wurde nicht gespeichert: %n Felder sind ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the instance</source>
        <translation>beim Speichern der Instanz</translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation>beim Entfernen der Instanz</translation>
    </message>
</context>
<context>
    <name>csp::InvoiceService</name>
    <message>
        <source>%1 (%2) has no known commitment tier; it is invoiced without a minimum commitment until its tier is set.</source>
        <translation>%1 (%2) hat keine bekannte Vertragsstufe; bis die Stufe gesetzt ist, wird ohne Mindestabnahme abgerechnet.</translation>
    </message>
    <message>
        <source>%1 (%2): no minimum commitment was ever set for %3 in %4; the first one set later, %5 %6, is used.</source>
        <translation>%1 (%2): für %3 wurde für %4 nie eine Mindestabnahme festgelegt; die erste später festgelegte, %5 %6, wird verwendet.</translation>
    </message>
</context>
<context>
    <name>csp::InvoicesPage</name>
    <message>
        <source>Service provider</source>
        <translation>Service-Provider</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Minimum commitment</source>
        <translation>Mindestabnahme</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Total sell</source>
        <translation>Summe Verkauf</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Summe Einkauf</translation>
    </message>
    <message>
        <source>Priced with the prices and discount in effect when %1 ended (Get Services Definition of %2).</source>
        <translation>Bewertet mit den Preisen und dem Rabatt, die am Ende von %1 galten („Dienstdefinition abrufen“ vom %2).</translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>erlassen (Anlaufphase)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) for %1.</source>
        <translation>
            <numerusform>%n Rechnung für %1.</numerusform>
            <numerusform>%n Rechnungen für %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Aufstellung für %1</translation>
    </message>
    <message>
        <source>Choose a service provider first.</source>
        <translation>Wählen Sie zuerst einen Service-Provider.</translation>
    </message>
    <message>
        <source>Export Invoices</source>
        <translation>Rechnungen exportieren</translation>
    </message>
    <message>
        <source>invoices-%1-%2.csv</source>
        <translation>rechnungen-%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung nach %1 exportiert.</numerusform>
            <numerusform>%n Rechnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Aufstellung speichern</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>aufstellung-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the statement of %1 to %2.</source>
        <translation>Die Aufstellung von %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Read Invoices prices the invoices of %1 for each service provider of %2.</source>
        <translation>„Rechnungen lesen“ berechnet die Rechnungen für %1 für jeden Service-Provider von %2.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is issued: the invoices are shown as they were issued; a later change of prices, tiers or usage does not alter them.</source>
        <translation>%1 ist ausgestellt: die Rechnungen werden so gezeigt, wie sie ausgestellt wurden; spätere Änderungen an Preisen, Stufen oder Nutzung ändern sie nicht.</translation>
    </message>
    <message>
        <source>credit note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>gutgeschrieben</translation>
    </message>
    <message>
        <source>issued, replaces %1</source>
        <translation>ausgestellt, ersetzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) issued for %1.</source>
        <translation>
            <numerusform>%n Beleg für %1 ausgestellt.</numerusform>
            <numerusform>%n Belege für %1 ausgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the month&apos;s invoices first.</source>
        <translation>Lesen Sie zuerst die Rechnungen des Monats.</translation>
    </message>
    <message>
        <source>Nothing differs from the issued invoices of %1; nothing was corrected.</source>
        <translation>Nichts weicht von den ausgestellten Rechnungen für %1 ab; nichts wurde korrigiert.</translation>
    </message>
    <message numerus="yes">
        <source>Corrected %1: %n invoice(s) credited and replaced.</source>
        <translation>
            <numerusform>%1 korrigiert: %n Rechnung gutgeschrieben und ersetzt.</numerusform>
            <numerusform>%1 korrigiert: %n Rechnungen gutgeschrieben und ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct Month</source>
        <translation>Monat korrigieren</translation>
    </message>
    <message>
        <source>Recompute %1 and, where figures differ, credit the issued invoice and issue a replacement. The reason, for the audit trail:</source>
        <translation>%1 neu berechnen und, wo Zahlen abweichen, die ausgestellte Rechnung gutschreiben und eine Ersatzrechnung ausstellen. Der Grund, für das Änderungsprotokoll:</translation>
    </message>
    <message>
        <source>Reason: empty; a correction says why it was made.</source>
        <translation>Grund: leer; eine Korrektur sagt, warum sie gemacht wurde.</translation>
    </message>
    <message>
        <source>Issue Month</source>
        <translation>Monat ausstellen</translation>
    </message>
    <message numerus="yes">
        <source>Number and freeze the %n invoice(s) of %1? Afterwards the month is corrected only by credit notes.</source>
        <translation>
            <numerusform>Die %n Rechnung für %1 nummerieren und festschreiben? Danach wird der Monat nur noch durch Gutschriften korrigiert.</numerusform>
            <numerusform>Die %n Rechnungen für %1 nummerieren und festschreiben? Danach wird der Monat nur noch durch Gutschriften korrigiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::MainWindow</name>
    <message>
        <source>✖ Test failed at %1: %2</source>
        <translation>✖ Test um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Instance</source>
        <translation>&amp;Neue Instanz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Re&amp;move Instance…</source>
        <translation>Instanz &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>About Acronis CSP Setup</source>
        <translation>Über Acronis CSP Setup</translation>
    </message>
    <message>
        <source>Acronis CSP Setup %1
Links a cloud distributor&apos;s billing system to Acronis Cyber Cloud.</source>
        <translation>Acronis CSP Setup %1
Verbindet das Abrechnungssystem eines Cloud-Distributors mit Acronis Cyber Cloud.</translation>
    </message>
    <message>
        <source>Cannot read the instances</source>
        <translation>Die Instanzen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Cannot read the instance</source>
        <translation>Die Instanz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the new instance</source>
        <translation>der neuen Instanz</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Save them?</source>
        <translation>Die Einstellungen %1 haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Instanz entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the instance &quot;%1&quot;?

This deletes its settings, its client secret in the OS keychain and its %n product(s) with their history. Nothing changes at Acronis. This cannot be undone.</source>
        <translation>
            <numerusform>Die Instanz „%1“ entfernen?

Das löscht ihre Einstellungen, ihr Client-Secret im Schlüsselbund des Systems und ihr %n Produkt samt Verlauf. Bei Acronis ändert sich nichts. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die Instanz „%1“ entfernen?

Das löscht ihre Einstellungen, ihr Client-Secret im Schlüsselbund des Systems und ihre %n Produkte samt Verlauf. Bei Acronis ändert sich nichts. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was not removed. %2</source>
        <translation>Die Instanz „%1“ wurde nicht entfernt. %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Type the client secret to test the connection.</source>
        <translation>Geben Sie das Client-Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>%1
You can still browse and edit the settings; saving a new secret and testing the connection need the keychain.</source>
        <translation>%1
Sie können die Einstellungen weiter ansehen und ändern; ein neues Secret speichern und die Verbindung testen geht nur mit dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>Prod&amp;ukte</translation>
    </message>
    <message>
        <source>Service Pr&amp;oviders</source>
        <translation>Service-Pr&amp;ovider</translation>
    </message>
    <message>
        <source>Usage for &amp;Billing</source>
        <translation>Nutzung f&amp;ür die Abrechnung</translation>
    </message>
    <message numerus="yes">
        <source>It also deletes the records of %n service provider(s); their tenants at Acronis stay.</source>
        <translation>
            <numerusform>Außerdem wird der Eintrag von %n Service-Provider gelöscht; sein Mandant bei Acronis bleibt.</numerusform>
            <numerusform>Außerdem werden die Einträge von %n Service-Providern gelöscht; ihre Mandanten bei Acronis bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Monatsrechnungen</translation>
    </message>
    <message>
        <source>Nightly Runs</source>
        <translation>Nächtliche Läufe</translation>
    </message>
    <message>
        <source>There is no systemd user manager in this session, so the program cannot set up the nightly run itself. Add this line to your crontab (crontab -e):

%1</source>
        <translation>In dieser Sitzung gibt es keinen systemd-Benutzerdienst, daher kann das Programm den nächtlichen Lauf nicht selbst einrichten. Fügen Sie diese Zeile Ihrer crontab hinzu (crontab -e):

%1</translation>
    </message>
    <message>
        <source>Run Get Services Definition for All Instances Every Ni&amp;ght</source>
        <translation>Dienstdefinition für alle Instanzen jede Nacht &amp;abrufen</translation>
    </message>
    <message>
        <source>Trusted &amp;Certificate Authorities…</source>
        <translation>&amp;Zertifizierungsstellen vertrauen…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload the instance? Your unsaved changes are discarded.</source>
        <translation>Die Instanz neu laden? Ihre nicht gespeicherten Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>Where the catalogue lives (File &gt; Catalogue Database)</source>
        <translation>Wo der Katalog liegt (Datei &gt; Katalog-Datenbank)</translation>
    </message>
    <message>
        <source>Catalogue &amp;Database…</source>
        <translation>Katalog-&amp;Datenbank…</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes, and some are not valid. Discard them?</source>
        <translation>Die Einstellungen von %1 haben ungespeicherte Änderungen, und einige sind ungültig. Verwerfen?</translation>
    </message>
    <message>
        <source>Not saved: some fields are not valid.</source>
        <translation>Nicht gespeichert: Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <source>Discard the new instance</source>
        <translation>Neue Instanz verwerfen</translation>
    </message>
    <message>
        <source>Discard the new instance? What you typed is lost; nothing was saved yet.</source>
        <translation>Die neue Instanz verwerfen? Was Sie eingegeben haben, geht verloren; noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Month End</source>
        <translation>Monatsabschluss</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Check Compati&amp;bility…</source>
        <translation>Kompati&amp;bilität prüfen…</translation>
    </message>
    <message>
        <source>✔ Connected at %1. The API client belongs to &quot;%2&quot;, the distributor account at Acronis under which your service providers are created.</source>
        <translation>✔ Verbunden um %1. Der API-Client gehört zu „%2“, dem Distributor-Konto bei Acronis, unter dem Ihre Service-Provider angelegt werden.</translation>
    </message>
    <message>
        <source>✔ Connected at %1. The API client belongs to &quot;%2&quot;, which Acronis keeps as a %3 account, not a distributor&apos;s: service providers cannot be created under it.</source>
        <translation>✔ Verbunden um %1. Der API-Client gehört zu „%2“, das Acronis als Konto der Art „%3“ führt, nicht als Distributor-Konto: Darunter können keine Service-Provider angelegt werden.</translation>
    </message>
</context>
<context>
    <name>csp::PriceCheck</name>
    <message>
        <source>%1 (priced in %2)</source>
        <translation>%1 (in %2 bepreist)</translation>
    </message>
    <message>
        <source>%1 (implied %2 %, this program %3 %)</source>
        <translation>%1 (ergibt %2 %, dieses Programm %3 %)</translation>
    </message>
    <message>
        <source>Reading Acronis&apos; price list for %1…</source>
        <translation>Die Preisliste von Acronis für %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The price check was cancelled.</source>
        <translation>Die Preisprüfung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Acronis&apos; price list for %1 differs from the discount this program applies on %n of %2 SKU(s): %3. Check the Distributor Discount of &quot;%4&quot; against it.</source>
        <translation>
            <numerusform>Die Preisliste von Acronis für %1 weicht bei %n von %2 SKU von dem Rabatt ab, den dieses Programm anwendet: %3. Prüfen Sie den Distributor-Rabatt von „%4“ daran.</numerusform>
            <numerusform>Die Preisliste von Acronis für %1 weicht bei %n von %2 SKUs von dem Rabatt ab, den dieses Programm anwendet: %3. Prüfen Sie den Distributor-Rabatt von „%4“ daran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::PriceCheckDialog</name>
    <message>
        <source>Check against Acronis&apos; price list – %1</source>
        <translation>Mit der Preisliste von Acronis abgleichen – %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Effective price</source>
        <translation>Effektiver Preis</translation>
    </message>
    <message>
        <source>Implied discount</source>
        <translation>Ergebener Rabatt</translation>
    </message>
    <message>
        <source>This program&apos;s discount</source>
        <translation>Rabatt dieses Programms</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Reading Acronis&apos; price list for %1…</source>
        <translation>Die Preisliste von Acronis für %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Acronis lists no price list for %1: there is nothing to check.</source>
        <translation>Acronis führt keine Preisliste für %1: es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Price list %1 in %2. Commitment %3: the distributor&apos;s own commitment to Acronis, not a service provider&apos;s.</source>
        <translation>Preisliste %1 in %2. Mindestabnahme %3: die eigene Mindestabnahme des Distributors gegenüber Acronis, nicht die eines Service-Providers.</translation>
    </message>
    <message>
        <source>priced in %1</source>
        <translation>in %1 bepreist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Differs from the discount this program applies.</source>
        <translation>Weicht von dem Rabatt ab, den dieses Programm anwendet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n SKU(s) of %1 agree with the discount this program applies.</source>
        <translation>
            <numerusform>Die %n SKU von %1 stimmt mit dem Rabatt überein, den dieses Programm anwendet.</numerusform>
            <numerusform>Alle %n SKUs von %1 stimmen mit dem Rabatt überein, den dieses Programm anwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) of %1 differ from the discount this program applies (bold): check the Distributor Discount and the discounts per product.</source>
        <translation>
            <numerusform>%n SKU von %1 weicht von dem Rabatt ab, den dieses Programm anwendet (fett): prüfen Sie den Distributor-Rabatt und die Rabatte je Produkt.</numerusform>
            <numerusform>%n SKUs von %1 weichen von dem Rabatt ab, den dieses Programm anwendet (fett): prüfen Sie den Distributor-Rabatt und die Rabatte je Produkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProductChoiceTree</name>
    <message>
        <source>Products to enable</source>
        <translation>Zu aktivierende Produkte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Offering item</source>
        <translation>Angebotsposition</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>csp::ProductTableModel</name>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Von Hand gesetzt</translation>
    </message>
    <message>
        <source>Acronis calls it &quot;%1&quot;</source>
        <translation>Bei Acronis heißt es „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronis name</source>
        <translation>Acronis-Name</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Offering item</source>
        <translation>Angebotsposition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Acronis serves no price for this product; a sell price can be set by hand.</source>
        <translation>Acronis liefert für dieses Produkt keinen Preis; ein Verkaufspreis kann von Hand gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>csp::ProductsPage</name>
    <message>
        <source>All product types</source>
        <translation>Alle Produkttypen</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Alle Editionen</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message>
        <source>No products yet. Choose a product type above and run Get Services Definition, or run it on the Applications Setup page.</source>
        <translation>Noch keine Produkte. Wählen Sie oben einen Produkttyp und starten Sie „Dienstdefinition abrufen“, oder starten Sie es auf der Seite Anwendungseinrichtung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no products yet. Get Services Definition reads what the distributor may sell and creates them.</source>
        <translation>„%1“ hat noch keine Produkte. „Dienstdefinition abrufen“ liest, was der Distributor verkaufen darf, und legt sie an.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>produkte.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n Produkt nach %1 exportiert.</numerusform>
            <numerusform>%n Produkte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>added as &quot;%1&quot;</source>
        <translation>als „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>renamed by Get Services Definition from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>von „Dienstdefinition abrufen“ umbenannt von „%1“ in „%2“</translation>
    </message>
    <message>
        <source>renamed by hand from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>von Hand umbenannt von „%1“ in „%2“</translation>
    </message>
    <message>
        <source>retired: Acronis no longer serves it</source>
        <translation>ausgemustert: Acronis bietet es nicht mehr an</translation>
    </message>
    <message>
        <source>updated (%1)</source>
        <translation>aktualisiert (%1)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>sell price set by hand from %1 to %2</source>
        <translation>Verkaufspreis von Hand von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>updated (%1), sell price from %2 to %3</source>
        <translation>aktualisiert (%1), Verkaufspreis von %2 auf %3</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>csp::ProviderService</name>
    <message>
        <source>Items: the distributor has no offering item available to service providers.</source>
        <translation>Elemente: der Distributor hat kein Angebotselement für Service-Provider.</translation>
    </message>
    <message>
        <source>Items: the instance has no active products that Acronis still offers; run Get Services Definition first, or name the items.</source>
        <translation>Elemente: die Instanz hat keine aktiven Produkte, die Acronis noch anbietet; zuerst „Dienstdefinition abrufen“ ausführen oder die Elemente nennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (customer id %2) is already provisioned; nothing to do.</source>
        <translation>„%1“ (Kundennummer %2) ist bereits bereitgestellt; nichts zu tun.</translation>
    </message>
    <message>
        <source>Looking for a tenant with customer id %1 under the distributor…</source>
        <translation>Suche nach einem Mandanten mit der Kundennummer %1 unter dem Distributor…</translation>
    </message>
    <message>
        <source>Name: a tenant named &quot;%1&quot; already exists under the distributor (customer id &quot;%2&quot;); choose another name.</source>
        <translation>Name: unter dem Distributor gibt es schon einen Mandanten „%1“ (Kundennummer „%2“); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Customer id %1: its tenant exists already (%2); create continues with it.</source>
        <translation>Kundennummer %1: ihr Mandant existiert schon (%2); create macht mit ihm weiter.</translation>
    </message>
    <message>
        <source>Customer id %1: no tenant yet.</source>
        <translation>Kundennummer %1: noch kein Mandant.</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is free under the distributor.</source>
        <translation>Der Name „%1“ ist unter dem Distributor frei.</translation>
    </message>
    <message>
        <source>Checking the offering items available to service providers…</source>
        <translation>Prüfe die Angebotselemente für Service-Provider…</translation>
    </message>
    <message numerus="yes">
        <source>%n offering item(s) to enable, all available to service providers.</source>
        <translation>
            <numerusform>%n Angebotselement zu aktivieren, für Service-Provider verfügbar.</numerusform>
            <numerusform>%n Angebotselemente zu aktivieren, alle für Service-Provider verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that the admin login %1 is free…</source>
        <translation>Prüfe, ob der Admin-Login %1 frei ist…</translation>
    </message>
    <message>
        <source>Admin login %1 is free.</source>
        <translation>Der Admin-Login %1 ist frei.</translation>
    </message>
    <message>
        <source>Admin login: &quot;%1&quot; is taken at Acronis; choose another login.</source>
        <translation>Admin-Login: „%1“ ist bei Acronis vergeben; wählen Sie einen anderen Login.</translation>
    </message>
    <message>
        <source>Admin login %1 exists already in the provider&apos;s tenant; create continues with it.</source>
        <translation>Der Admin-Login %1 existiert schon im Mandanten des Service-Providers; create macht mit ihm weiter.</translation>
    </message>
    <message>
        <source>{new tenant}</source>
        <translation>{neuer Mandant}</translation>
    </message>
    <message>
        <source>{new user}</source>
        <translation>{neuer Benutzer}</translation>
    </message>
    <message>
        <source>create the partner tenant &quot;%1&quot; (customer id %2) under the distributor</source>
        <translation>den Partner-Mandanten „%1“ (Kundennummer %2) unter dem Distributor anlegen</translation>
    </message>
    <message numerus="yes">
        <source>enable %n offering item(s)</source>
        <translation>
            <numerusform>%n Angebotselement aktivieren</numerusform>
            <numerusform>%n Angebotselemente aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>create the admin user %1</source>
        <translation>den Admin-Benutzer %1 anlegen</translation>
    </message>
    <message>
        <source>make %1 the partner administrator</source>
        <translation>%1 zum Partner-Administrator machen</translation>
    </message>
    <message>
        <source>send the activation e-mail to %1</source>
        <translation>die Aktivierungs-E-Mail an %1 senden</translation>
    </message>
    <message>
        <source>Pre-check passed for &quot;%1&quot;; nothing was changed.</source>
        <translation>Vorprüfung für „%1“ bestanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Creating the partner tenant &quot;%1&quot;…</source>
        <translation>Lege den Partner-Mandanten „%1“ an…</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s)…</source>
        <translation>
            <numerusform>Aktiviere %n Angebotselement…</numerusform>
            <numerusform>Aktiviere %n Angebotselemente…</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the commitment tier…</source>
        <translation>Setze die Verpflichtungsstufe…</translation>
    </message>
    <message>
        <source>Creating the admin user %1…</source>
        <translation>Lege den Admin-Benutzer %1 an…</translation>
    </message>
    <message>
        <source>Making %1 the partner administrator…</source>
        <translation>Mache %1 zum Partner-Administrator…</translation>
    </message>
    <message>
        <source>Sending the activation e-mail to %1…</source>
        <translation>Sende die Aktivierungs-E-Mail an %1…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is provisioned: tenant %2, %n offering item(s), admin %3 (activation e-mail sent).</source>
        <translation>
            <numerusform>„%1“ ist bereitgestellt: Mandant %2, %n Angebotselement, Admin %3 (Aktivierungs-E-Mail gesendet).</numerusform>
            <numerusform>„%1“ ist bereitgestellt: Mandant %2, %n Angebotselemente, Admin %3 (Aktivierungs-E-Mail gesendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another service-provider operation of &quot;%1&quot; is running</source>
        <translation>Ein anderer Service-Provider-Vorgang von „%1“ läuft</translation>
    </message>
    <message>
        <source>There is no service provider with customer id &quot;%1&quot; in &quot;%2&quot; (see provider list).</source>
        <translation>In „%2“ gibt es keinen Service-Provider mit der Kundennummer „%1“ (siehe provider list).</translation>
    </message>
    <message>
        <source>The service provider &quot;%1&quot; was cancelled; its tenant no longer exists.</source>
        <translation>Der Service-Provider „%1“ wurde gekündigt; sein Mandant existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The tenant changed at Acronis meanwhile; reading it again and retrying once…</source>
        <translation>Der Mandant wurde bei Acronis inzwischen geändert; lese ihn neu und versuche es noch einmal…</translation>
    </message>
    <message>
        <source>Enabling the tenant…</source>
        <translation>Aktiviere den Mandanten…</translation>
    </message>
    <message>
        <source>Disabling the tenant…</source>
        <translation>Deaktiviere den Mandanten…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already active at Acronis; nothing changed.</source>
        <translation>„%1“ war bei Acronis schon aktiv; nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already suspended at Acronis; nothing changed.</source>
        <translation>„%1“ war bei Acronis schon gesperrt; nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again: its tenant is enabled.</source>
        <translation>„%1“ ist wieder aktiv: sein Mandant ist aktiviert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is suspended: its tenant is disabled (Acronis keeps billing its usage while it is disabled).</source>
        <translation>„%1“ ist gesperrt: sein Mandant ist deaktiviert (Acronis berechnet seine Nutzung weiter, solange er deaktiviert ist).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled; its tenant had already been removed at Acronis.</source>
        <translation>„%1“ ist gekündigt; sein Mandant war bei Acronis schon entfernt.</translation>
    </message>
    <message>
        <source>Deleting the tenant and its data at Acronis…</source>
        <translation>Lösche den Mandanten und seine Daten bei Acronis…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled: its tenant was disabled and deleted at Acronis.</source>
        <translation>„%1“ ist gekündigt: sein Mandant wurde bei Acronis deaktiviert und gelöscht.</translation>
    </message>
    <message>
        <source>Reading the partner tenants under the distributor…</source>
        <translation>Lese die Partner-Mandanten unter dem Distributor…</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n service provider(s)…</source>
        <translation>
            <numerusform>Erfasse %n Service-Provider…</numerusform>
            <numerusform>Erfasse %n Service-Provider…</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated from the tenant at Acronis.</source>
        <translation>Aus dem Mandanten bei Acronis aktualisiert.</translation>
    </message>
    <message>
        <source>Imported from the tenant at Acronis.</source>
        <translation>Aus dem Mandanten bei Acronis importiert.</translation>
    </message>
    <message>
        <source>saving the imported service providers</source>
        <translation>beim Speichern der importierten Service-Provider</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2 and left %3 unchanged service provider(s).</source>
        <translation>Service-Provider: %1 neu importiert, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>the partner tenant &quot;%1&quot;</source>
        <translation>der Partner-Mandant „%1“</translation>
    </message>
    <message>
        <source>Name: Acronis already has a tenant named &quot;%1&quot; of another customer (error 1004, name conflict); choose another name.</source>
        <translation>Name: Acronis hat bereits einen Mandanten „%1“ eines anderen Kunden (Fehler 1004, Namenskonflikt); wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n offering item(s)</source>
        <translation>
            <numerusform>%n Angebotselement</numerusform>
            <numerusform>%n Angebotselemente</numerusform>
        </translation>
    </message>
    <message>
        <source>the commitment tier</source>
        <translation>die Abnahmestufe</translation>
    </message>
    <message>
        <source>the admin user %1</source>
        <translation>der Admin-Benutzer %1</translation>
    </message>
    <message>
        <source>Admin login: &quot;%1&quot; is taken at Acronis by a user outside this provider&apos;s tenant; choose another login.</source>
        <translation>Admin-Anmeldename: „%1“ ist bei Acronis von einem Benutzer außerhalb des Mandanten dieses Providers belegt; wählen Sie einen anderen Anmeldenamen.</translation>
    </message>
    <message>
        <source>the partner administrator role</source>
        <translation>die Rolle Partner-Administrator</translation>
    </message>
    <message>
        <source>the activation e-mail</source>
        <translation>die Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>Looking for %1 at Acronis…</source>
        <translation>Suche %1 bei Acronis…</translation>
    </message>
    <message>
        <source>Provisioning stopped at %1: %2</source>
        <translation>Die Bereitstellung hielt an bei %1: %2</translation>
    </message>
    <message>
        <source>Made so far: %1 (tenant %2).</source>
        <translation>Bisher angelegt: %1 (Mandant %2).</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Noch zu tun: %1.</translation>
    </message>
    <message>
        <source>Looking for the tenant at Acronis…</source>
        <translation>Suche den Mandanten bei Acronis…</translation>
    </message>
    <message>
        <source>The tenant still exists at Acronis; run cancel again to delete it.</source>
        <translation>Der Mandant existiert bei Acronis noch; führen Sie cancel erneut aus, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>What was done is recorded; run create again (the same command) to continue from there.</source>
        <translation>Was erledigt ist, ist gespeichert; führen Sie create erneut aus (denselben Befehl), um dort fortzufahren.</translation>
    </message>
    <message>
        <source>%1 is one of the contract tiers of &quot;%2&quot;: a minimum commitment of %3 %4 a month.</source>
        <translation>%1 ist eine der Abnahmestufen von „%2“: eine Mindestabnahme von %3 %4 pro Monat.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of %n partner(s)…</source>
        <translation>
            <numerusform>Lese die Abnahmestufe von %n Partner…</numerusform>
            <numerusform>Lese die Abnahmestufen von %n Partnern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the commitment tier at Acronis…</source>
        <translation>Setze die Abnahmestufe bei Acronis…</translation>
    </message>
    <message>
        <source>recording the provider&apos;s tier</source>
        <translation>beim Vermerken der Stufe des Providers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 from %3 on (set at Acronis: tier_level_value %4).</source>
        <translation>„%1“ hat ab %3 %2 (bei Acronis gesetzt: tier_level_value %4).</translation>
    </message>
    <message>
        <source>Another operation on the service provider &quot;%1&quot; of &quot;%2&quot; is running</source>
        <translation>Ein anderer Vorgang für den Dienstanbieter „%1“ von „%2“ läuft</translation>
    </message>
    <message>
        <source>set the commitment tier to %1</source>
        <translation>die Vertragsstufe auf %1 setzen</translation>
    </message>
    <message>
        <source>set the commitment tier to %1, a minimum commitment of %2 a month</source>
        <translation>die Vertragsstufe auf %1 setzen, mit einem Mindestumsatz von %2 im Monat</translation>
    </message>
    <message>
        <source>Reading the offering items of &quot;%1&quot;…</source>
        <translation>Die Angebotspositionen von „%1“ werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled.</source>
        <translation>
            <numerusform>„%1“ hat %n Angebotsposition aktiviert.</numerusform>
            <numerusform>„%1“ hat %n Angebotspositionen aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s) on the tenant…</source>
        <translation>
            <numerusform>%n Angebotsposition wird auf dem Tenant aktiviert…</numerusform>
            <numerusform>%n Angebotspositionen werden auf dem Tenant aktiviert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled; the other items available to service providers are disabled.</source>
        <translation>
            <numerusform>„%1“ hat %n Angebotsposition aktiviert; die übrigen für Service-Provider verfügbaren Positionen sind deaktiviert.</numerusform>
            <numerusform>„%1“ hat %n Angebotspositionen aktiviert; die übrigen für Service-Provider verfügbaren Positionen sind deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the commitment tiers of %1 of %n partner(s)…</source>
        <translation>
            <numerusform>Die Vertragsstufe von %1 von %n Partner gelesen…</numerusform>
            <numerusform>Die Vertragsstufen von %1 von %n Partnern gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; no service provider was recorded.</source>
        <translation>Der Import wurde angehalten; kein Service-Provider wurde erfasst.</translation>
    </message>
    <message>
        <source>Items: %1 is not available to service providers under this distributor.</source>
        <translation>Elemente: %1 steht Service-Providern unter diesem Distributor nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the storage &quot;%2&quot;</source>
        <translation>„%1“ auf dem Speicher „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>an offering item&apos;s or product&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Tier: &quot;%1&quot; is not one of the contract tiers of &quot;%2&quot; (%3); add it to the contract tiers first.</source>
        <translation>Stufe: „%1“ ist keine der Vertragsstufen von „%2“ (%3); fügen Sie sie zuerst den Vertragsstufen hinzu.</translation>
    </message>
    <message>
        <source>Some partners have a tier_level_value (%1) that no contract tier of &quot;%2&quot; has; add those tiers to the contract tiers and import again.</source>
        <translation>Einige Partner haben einen tier_level_value (%1), den keine Vertragsstufe von „%2“ hat; fügen Sie diese Stufen den Vertragsstufen hinzu und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the customer id %2 already; nothing was changed.</source>
        <translation>„%1“ hat die Kundennummer %2 schon; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Customer id: %1 belongs to &quot;%2&quot; already; each provider has its own.</source>
        <translation>Kundennummer: %1 gehört schon zu „%2“; jeder Provider hat seine eigene.</translation>
    </message>
    <message>
        <source>Writing the customer id to the tenant at Acronis…</source>
        <translation>Die Kundennummer wird in den Tenant bei Acronis geschrieben…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the customer id %2 (was %3), at Acronis too.</source>
        <translation>„%1“ hat jetzt die Kundennummer %2 (vorher %3), auch bei Acronis.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of the %n partner(s) listed so far…</source>
        <translation>
            <numerusform>Lese die Abnahmestufe von %n bisher gelistetem Partner…</numerusform>
            <numerusform>Lese die Abnahmestufen von %n bisher gelisteten Partnern…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProviderTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Provisioning stopped half way; run New Service Provider with the same customer id to continue.</source>
        <translation>Die Bereitstellung hielt auf halbem Weg an; „Neuer Service-Provider“ mit derselben Kundennummer macht weiter.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Pricing mode</source>
        <translation>Preismodus</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Admin-Login</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 pro Monat)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Imported without the billing system&apos;s customer id: it is not invoiced until it has one (Customer Id… in the table&apos;s menu).</source>
        <translation>Ohne die Kundennummer des Abrechnungssystems importiert: er wird nicht abgerechnet, bis er eine hat (Kundennummer… im Menü der Tabelle).</translation>
    </message>
    <message>
        <source>none (imported)</source>
        <translation>keine (importiert)</translation>
    </message>
</context>
<context>
    <name>csp::ProviderWizard</name>
    <message>
        <source>New Service Provider</source>
        <translation>Neuer Service-Provider</translation>
    </message>
    <message>
        <source>Leave as Acronis sets it</source>
        <translation>So lassen, wie Acronis sie setzt</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Instance: link an Acronis account in Applications Setup first.</source>
        <translation>Instanz: zuerst in der Anwendungseinrichtung ein Acronis-Konto verknüpfen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message numerus="yes">
        <source>The instance&apos;s active &amp;products (%n offering item(s))</source>
        <translation>
            <numerusform>Die aktiven &amp;Produkte der Instanz (%n Angebotsposition)</numerusform>
            <numerusform>Die aktiven &amp;Produkte der Instanz (%n Angebotspositionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: check at least one product.</source>
        <translation>Positionen: mindestens ein Produkt anhaken.</translation>
    </message>
    <message>
        <source>Provisioning of %1 (&quot;%2&quot;) stopped half way; this continues where it stopped, nothing is made twice.</source>
        <translation>Die Bereitstellung von %1 („%2“) ist auf halbem Weg stehen geblieben; sie wird dort fortgesetzt, nichts wird doppelt angelegt.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Provisioning will:</source>
        <translation>Die Bereitstellung wird:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>Calls to the gateway:</source>
        <translation>Aufrufe an das Gateway:</translation>
    </message>
    <message>
        <source>Customer id: %1 is already provisioned as &quot;%2&quot;. Change its products or tier with Products… or Tier… on the Service Providers page.</source>
        <translation>Kunden-ID: %1 ist bereits als „%2“ bereitgestellt. Produkte oder Stufe ändern Sie mit „Produkte…“ oder „Vertragsstufe…“ auf der Seite Service-Provider.</translation>
    </message>
    <message numerus="yes">
        <source>Offering items to enable (%n):</source>
        <translation>
            <numerusform>Zu aktivierende Angebotsposition (%n):</numerusform>
            <numerusform>Zu aktivierende Angebotspositionen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – storage: %2</source>
        <translation>%1 – Speicher: %2</translation>
    </message>
</context>
<context>
    <name>csp::ProvidersPage</name>
    <message>
        <source>Cancelling &quot;%1&quot; disables its tenant and then &lt;b&gt;deletes it at Acronis with all its data&lt;/b&gt; (backups, users, sub-tenants). This cannot be undone.&lt;br&gt;&lt;br&gt;Type the provider&apos;s name to confirm:</source>
        <translation>Das Kündigen von „%1“ deaktiviert seinen Mandanten und &lt;b&gt;löscht ihn dann bei Acronis mit allen Daten&lt;/b&gt; (Sicherungen, Benutzer, Untermandanten). Das lässt sich nicht rückgängig machen.&lt;br&gt;&lt;br&gt;Geben Sie zur Bestätigung den Namen des Service-Providers ein:</translation>
    </message>
    <message>
        <source>&amp;Delete Tenant and Data</source>
        <translation>Mandant und Daten &amp;löschen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Suspend Service Provider</source>
        <translation>Service-Provider sperren</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;? Its tenant is disabled: its users cannot sign in and its services stop. Acronis keeps billing its usage while it is suspended.</source>
        <translation>„%1“ sperren? Sein Mandant wird deaktiviert: seine Benutzer können sich nicht anmelden und seine Dienste halten an. Acronis berechnet seine Nutzung weiter, solange er gesperrt ist.</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Service-Provider</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Vertragsstufe ändern</translation>
    </message>
    <message>
        <source>Change Products</source>
        <translation>Produkte ändern</translation>
    </message>
    <message>
        <source>Customer &amp;Id…</source>
        <translation>&amp;Kundennummer…</translation>
    </message>
    <message>
        <source>Give the chosen provider the billing system&apos;s customer id, here and at Acronis</source>
        <translation>Dem gewählten Provider die Kundennummer des Abrechnungssystems geben, hier und bei Acronis</translation>
    </message>
    <message>
        <source>Customer Id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported without the billing system&apos;s customer id (its tenant id stands in), so it cannot be invoiced. Its customer id:</source>
        <translation>„%1“ wurde ohne die Kundennummer des Abrechnungssystems importiert (seine Tenant-ID steht dafür) und kann daher nicht abgerechnet werden. Seine Kundennummer:</translation>
    </message>
    <message>
        <source>The billing system&apos;s customer id of &quot;%1&quot;:</source>
        <translation>Die Kundennummer von „%1“ im Abrechnungssystem:</translation>
    </message>
</context>
<context>
    <name>csp::ReconcilePage</name>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Service provider or tenant</source>
        <translation>Service-Provider oder Tenant</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service-Provider</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Report amount</source>
        <translation>Betrag laut Bericht</translation>
    </message>
    <message>
        <source>Export the Reconciliation</source>
        <translation>Abgleich exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Priced with the prices in effect when %1 ended (Get Services Definition of %2).</source>
        <translation>Mit den Preisen zum Ende von %1 bewertet (Get Services Definition vom %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), nothing flagged.</source>
        <translation>
            <numerusform>%1: %n Posten, kein Hinweis.</numerusform>
            <numerusform>%1: %n Posten, kein Hinweis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flag(s) to look at before invoicing.</source>
        <translation>
            <numerusform>%1: %n Hinweis vor der Rechnung zu prüfen.</numerusform>
            <numerusform>%1: %n Hinweise vor der Rechnung zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile compares the usage report of %1 with the estimates of %2 recorded during the month.</source>
        <translation>„Abgleichen“ vergleicht den Nutzungsbericht für %1 mit den Schätzungen von %2, die während des Monats aufgezeichnet wurden.</translation>
    </message>
</context>
<context>
    <name>csp::ReconcileService</name>
    <message>
        <source>Reading the partner tenants under the distributor…</source>
        <translation>Die Partner-Tenants unter dem Distributor werden gelesen…</translation>
    </message>
    <message>
        <source>Comparing the report with the month&apos;s estimates…</source>
        <translation>Der Bericht wird mit den Schätzungen des Monats verglichen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No usage of %1 was read while the month ran, so there is no estimate to compare with: read the usage during the month (in the window, from the command line or by the nightly run).</source>
        <translation>Während %1 lief, wurde keine Nutzung gelesen, daher gibt es keine Schätzung zum Vergleich: Lesen Sie die Nutzung während des Monats (im Programmfenster, über die Befehlszeile oder durch den nächtlichen Lauf).</translation>
    </message>
    <message>
        <source>Usage jump: %1 is not a percentage from 0 to %2.</source>
        <translation>Nutzungssprung: %1 ist kein Prozentsatz von 0 bis %2.</translation>
    </message>
</context>
<context>
    <name>csp::SavedFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>csp::SyncHistoryDialog</name>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Error or warnings</source>
        <translation>Fehler oder Warnungen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Gestartet über</translation>
    </message>
</context>
<context>
    <name>csp::SyncJob</name>
    <message>
        <source>Making sure no other run of &quot;%1&quot; is in progress…</source>
        <translation>Es wird sichergestellt, dass kein anderer Lauf von „%1“ aktiv ist…</translation>
    </message>
    <message>
        <source>Reading the catalogue, applications, storages and prices…</source>
        <translation>Katalog, Anwendungen, Speicher und Preise werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n served item(s) with the catalogue…</source>
        <translation>
            <numerusform>%n gelieferte Position wird mit dem Katalog verglichen…</numerusform>
            <numerusform>%n gelieferte Positionen werden mit dem Katalog verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the changes…</source>
        <translation>Die Änderungen werden geschrieben…</translation>
    </message>
    <message>
        <source>writing the catalogue</source>
        <translation>beim Schreiben des Katalogs</translation>
    </message>
    <message>
        <source>Get Services Definition was cancelled; the catalogue was left as it was.</source>
        <translation>„Dienstdefinition abrufen“ wurde abgebrochen; der Katalog blieb, wie er war.</translation>
    </message>
    <message>
        <source>Another Get Services Definition of &quot;%1&quot; is running</source>
        <translation>Ein anderer Lauf „Dienstdefinition abrufen“ von „%1“ ist aktiv</translation>
    </message>
    <message>
        <source>The server answered something unexpected: the price list gives &quot;%1&quot; as the price of %2, which is not a decimal of at least 0 with at most %3 decimal places.</source>
        <translation>Der Server hat etwas Unerwartetes geantwortet: die Preisliste nennt „%1“ als Preis von %2, was keine Dezimalzahl von mindestens 0 mit höchstens %3 Nachkommastellen ist.</translation>
    </message>
    <message>
        <source>Received %1 of %2 answers…</source>
        <translation>%1 von %2 Antworten erhalten…</translation>
    </message>
    <message>
        <source>The price list gives &quot;%1&quot; more than once; %2 was not used.</source>
        <translation>Die Preisliste nennt „%1“ mehr als einmal; %2 wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The price list prices &quot;%1&quot; of %2 at %3, which names no offering item or usage of the catalogue; that price was not used.</source>
        <translation>Die Preisliste setzt „%1“ von %2 auf %3, was keine Angebotsposition und keine Nutzungsart des Katalogs bezeichnet; dieser Preis wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The price list prices &quot;%1&quot; of %2 on the storage %3 at %4, which names no offering item or usage of the catalogue; that price was not used.</source>
        <translation>Die Preisliste setzt „%1“ von %2 auf dem Speicher %3 auf %4, was keine Angebotsposition und keine Nutzungsart des Katalogs bezeichnet; dieser Preis wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>csp::SyncPanel</name>
    <message>
        <source>Read what the distributor may sell to service providers and bring this instance&apos;s products up to date.</source>
        <translation>Lesen, was der Distributor an Service-Provider verkaufen darf, und die Produkte dieser Instanz abgleichen.</translation>
    </message>
    <message>
        <source>Save the instance first.</source>
        <translation>Speichern Sie zuerst die Instanz.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Never run for this instance.</source>
        <translation>Für diese Instanz noch nie gelaufen.</translation>
    </message>
    <message>
        <source>Last run %1: succeeded (%2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged).</source>
        <translation>Letzter Lauf %1: erfolgreich (%2 hinzugefügt, %3 umbenannt, %4 aktualisiert, %5 ausgemustert, %6 unverändert).</translation>
    </message>
    <message>
        <source>Last run %1: %2. %3</source>
        <translation>Letzter Lauf %1: %2. %3</translation>
    </message>
    <message>
        <source>Last nightly run %1: %2.</source>
        <translation>Letzter nächtlicher Lauf %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Nothing would change: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Nichts würde sich ändern: das %n Produkt ist so, wie Acronis es liefert.</numerusform>
            <numerusform>✓ Nichts würde sich ändern: alle %n Produkte sind so, wie Acronis sie liefert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Nothing changed: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Nichts hat sich geändert: das %n Produkt ist so, wie Acronis es liefert.</numerusform>
            <numerusform>✓ Nichts hat sich geändert: alle %n Produkte sind so, wie Acronis sie liefert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get Services Definition history</source>
        <translation>Verlauf von Dienstdefinition abrufen</translation>
    </message>
</context>
<context>
    <name>csp::SyncResultDialog</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Preview of Get Services Definition</source>
        <translation>Vorschau: Dienstdefinition abrufen</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <translation>Dienstdefinition abrufen</translation>
    </message>
    <message>
        <source>If applied, &quot;%1&quot; gets %2 new, %3 renamed, %4 updated and %5 retired product(s); %6 stay as they are.</source>
        <translation>Bei Übernahme erhält „%1“ %2 neue, %3 umbenannte, %4 aktualisierte und %5 ausgemusterte Produkte; %6 bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged.</source>
        <translation>„%1“: %2 hinzugefügt, %3 umbenannt, %4 aktualisiert, %5 ausgemustert, %6 unverändert.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Price before</source>
        <translation>Preis vorher</translation>
    </message>
    <message>
        <source>name, was &quot;%1&quot;</source>
        <translation>Name, vorher „%1“</translation>
    </message>
</context>
<context>
    <name>csp::TiersDialog</name>
    <message>
        <source>Contract Tiers – %1</source>
        <translation>Vertragsstufen – %1</translation>
    </message>
    <message>
        <source>The commitment tiers of the CSP contracts of %1. Enter each minimum monthly commitment from the distributor&apos;s agreement, in %2; a changed commitment invoices the months that end after the change.</source>
        <translation>Die Abnahmestufen der CSP-Verträge von %1. Tragen Sie jede monatliche Mindestabnahme aus dem Vertrag des Distributors in %2 ein; eine geänderte Mindestabnahme gilt für die Monate, die nach der Änderung enden.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Minimum commitment (%1)</source>
        <translation>Mindestabnahme (%1)</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Acronis lists a commitment of %1 %2 for %3 (price list %4): the distributor&apos;s own commitment to Acronis, not a service provider&apos;s. It is read by &apos;Check against Acronis&apos; price list…&apos; and the nightly run.</source>
        <translation>Acronis führt für %3 eine Mindestabnahme von %1 %2 (Preisliste %4): die eigene Mindestabnahme des Distributors gegenüber Acronis, nicht die eines Service-Providers. Gelesen wird sie von „Mit Acronis-Preisliste abgleichen…“ und dem nächtlichen Lauf.</translation>
    </message>
    <message>
        <source>At Acronis</source>
        <translation>Bei Acronis</translation>
    </message>
    <message>
        <source>The commitment tier a service provider of this tier is set to at Acronis</source>
        <translation>Die Vertragsstufe, auf die ein Service-Provider dieser Stufe bei Acronis gesetzt wird</translation>
    </message>
    <message>
        <source>The contract tiers of “%1” are unchanged.</source>
        <translation>Die Vertragsstufen von „%1“ sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n changed contract tier(s) of “%1”.</source>
        <translation>
            <numerusform>%n geänderte Vertragsstufe von „%1“ gespeichert.</numerusform>
            <numerusform>%n geänderte Vertragsstufen von „%1“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::TrustDialog</name>
    <message>
        <source>Certificate File</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities are trusted.</source>
        <translation>Nur den Zertifizierungsstellen des Systems wird vertraut.</translation>
    </message>
    <message>
        <source>Trusted besides the system&apos;s:</source>
        <translation>Neben denen des Systems vertrauenswürdig:</translation>
    </message>
</context>
<context>
    <name>csp::UnattendedRun</name>
    <message>
        <source>The nightly Get Services Definition failed</source>
        <translation>Der nächtliche Abruf der Dienstdefinition ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) failed: %1. See &apos;acronis-csp history&apos; or the journal.</source>
        <translation>
            <numerusform>%n Instanz ist fehlgeschlagen: %1. Siehe &apos;acronis-csp history&apos; oder das Journal.</numerusform>
            <numerusform>%n Instanzen sind fehlgeschlagen: %1. Siehe &apos;acronis-csp history&apos; oder das Journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acronis&apos; price list differs from the Distributor Discount of: %1 (&apos;acronis-csp prices check&apos;).</source>
        <translation>Die Preisliste von Acronis weicht vom Distributor-Rabatt ab bei: %1 (&apos;acronis-csp prices check&apos;).</translation>
    </message>
</context>
<context>
    <name>csp::UsageChart</name>
    <message>
        <source>The chart shows sell against cost once usage is read.</source>
        <translation>Das Diagramm zeigt Verkauf und Einkauf, sobald die Nutzung gelesen ist.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No service provider has usage to show.</source>
        <translation>Kein Service-Provider hat Nutzung zu zeigen.</translation>
    </message>
    <message>
        <source>Nothing is priced in %1: there is no sell or cost to draw.</source>
        <translation>Nichts ist in %1 bepreist: es gibt keinen Verkauf und keinen Einkauf zu zeichnen.</translation>
    </message>
    <message>
        <source>%1
Sell: %2
Cost: %3</source>
        <translation>%1
Verkauf: %2
Einkauf: %3</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Marge: %1</translation>
    </message>
    <message>
        <source>The %1 largest by sell</source>
        <translation>Die %1 größten nach Verkauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
</context>
<context>
    <name>csp::UsagePage</name>
    <message>
        <source>Current usage (estimates)</source>
        <translation>Aktuelle Nutzung (Schätzungen)</translation>
    </message>
    <message>
        <source>A closed month (usage report)</source>
        <translation>Ein abgeschlossener Monat (Nutzungsbericht)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service-Provider</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Unpriced lines</source>
        <translation>Unbewertete Zeilen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Sell and cost per service provider</source>
        <translation>Verkauf und Einkauf je Service-Provider</translation>
    </message>
    <message>
        <source>Sell and cost per application</source>
        <translation>Verkauf und Einkauf je Anwendung</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>no product of this instance matches</source>
        <translation>kein Produkt dieser Instanz passt</translation>
    </message>
    <message>
        <source>the product has no sell price</source>
        <translation>das Produkt hat keinen Verkaufspreis</translation>
    </message>
    <message>
        <source>too large to price exactly</source>
        <translation>zu groß für eine genaue Bewertung</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 line(s) to %2.</source>
        <translation>%1 Zeile(n) nach %2 exportiert.</translation>
    </message>
    <message>
        <source>These are Acronis&apos; current usage counters: estimates, refreshed every few hours, priced with today&apos;s prices. Invoice from the monthly usage report (choose a closed month).</source>
        <translation>Dies sind die aktuellen Nutzungszähler von Acronis: Schätzungen, alle paar Stunden aktualisiert, mit den heutigen Preisen berechnet. Rechnen Sie nach dem monatlichen Nutzungsbericht ab (wählen Sie einen abgeschlossenen Monat).</translation>
    </message>
    <message>
        <source>Usage in %1 from Acronis&apos; usage report, priced with the prices and discount in effect when the month ended.</source>
        <translation>Nutzung im %1 aus dem Nutzungsbericht von Acronis, berechnet mit den Preisen und dem Rabatt, die am Monatsende galten.</translation>
    </message>
    <message>
        <source>Price list: Get Services Definition of %1.</source>
        <translation>Preisliste: Lauf „Dienstdefinition abrufen“ vom %1.</translation>
    </message>
    <message>
        <source>Some prices are in another currency than %1; their amounts are totalled apart, never added.</source>
        <translation>Einige Preise sind in einer anderen Währung als %1; ihre Beträge werden getrennt summiert, nie addiert.</translation>
    </message>
    <message>
        <source>%1 service provider(s): sell %2, cost %3, margin %4; %5 line(s) without a product or price are listed but not counted.</source>
        <translation>%1 Service-Provider: Verkauf %2, Einkauf %3, Marge %4; %5 Zeile(n) ohne Produkt oder Preis sind aufgeführt, aber nicht gezählt.</translation>
    </message>
    <message>
        <source>priced in %1, not %2</source>
        <translation>in %1 berechnet, nicht in %2</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Mindestabnahme</translation>
    </message>
    <message>
        <source>Read Usage to see this choice.</source>
        <translation>„Nutzung lesen“ zeigt diese Auswahl.</translation>
    </message>
    <message>
        <source>Read Usage to see the usage report of %1.</source>
        <translation>„Nutzung lesen“ zeigt den Nutzungsbericht von %1.</translation>
    </message>
    <message>
        <source>Read Usage to see the current usage counters.</source>
        <translation>„Nutzung lesen“ zeigt die aktuellen Nutzungszähler.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n service provider(s))</source>
        <translation>
            <numerusform>Summe (%n Service-Provider)</numerusform>
            <numerusform>Summe (%n Service-Provider)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::UsageService</name>
    <message>
        <source>Batch size: must be 1 to 500 tenants (got %1).</source>
        <translation>Stapelgröße: muss 1 bis 500 Mandanten sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Month: %1 is not a closed month yet; Acronis reports a month once it is over.</source>
        <translation>Monat: %1 ist noch nicht abgeschlossen; Acronis berichtet einen Monat, wenn er vorbei ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no service providers yet: provision or import them first.</source>
        <translation>„%1“ hat noch keine Service-Provider: zuerst bereitstellen oder importieren.</translation>
    </message>
    <message>
        <source>There is no active or suspended service provider with customer id &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>In „%2“ gibt es keinen aktiven oder gesperrten Service-Provider mit der Kundennummer „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the current usage of %n service provider(s)…</source>
        <translation>
            <numerusform>Lese die aktuelle Nutzung von %n Service-Provider…</numerusform>
            <numerusform>Lese die aktuelle Nutzung von %n Service-Providern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Acronis for the usage report of %1…</source>
        <translation>Frage Acronis nach dem Nutzungsbericht für %1…</translation>
    </message>
    <message>
        <source>Acronis could not generate the usage report %1.</source>
        <translation>Acronis konnte den Nutzungsbericht %1 nicht erstellen.</translation>
    </message>
    <message>
        <source>Downloading the usage report…</source>
        <translation>Lade den Nutzungsbericht herunter…</translation>
    </message>
    <message>
        <source>Acronis is generating the usage report (check %1)…</source>
        <translation>Acronis erstellt den Nutzungsbericht (Prüfung %1)…</translation>
    </message>
    <message numerus="yes">
        <source>Pricing %n usage line(s)…</source>
        <translation>
            <numerusform>Bewerte %n Nutzungszeile…</numerusform>
            <numerusform>Bewerte %n Nutzungszeilen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>all service providers of &quot;%1&quot;</source>
        <translation>allen Service-Providern von „%1“</translation>
    </message>
    <message>
        <source>Reading the usage report of %1 asked for before…</source>
        <translation>Lese den früher angeforderten Nutzungsbericht für %1…</translation>
    </message>
    <message>
        <source>The usage report %1 was not ready after %2 checks; try again later (the same report is read then).</source>
        <translation>Der Nutzungsbericht %1 war nach %2 Prüfungen nicht fertig; versuchen Sie es später erneut (dann wird derselbe Bericht gelesen).</translation>
    </message>
    <message>
        <source>The usage report %1 could not be deleted at Acronis (%2); the next run for this month reads it again and deletes it then.</source>
        <translation>Der Nutzungsbericht %1 konnte bei Acronis nicht gelöscht werden (%2); der nächste Lauf für diesen Monat liest ihn erneut und löscht ihn dann.</translation>
    </message>
    <message>
        <source>The usage read was not recorded for the month-end reconciliation: %1</source>
        <translation>Die gelesene Nutzung wurde für den Monatsabgleich nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>The tenant of %1 (%2) is not at Acronis any more; its usage was not read. The month-end reconciliation flags it.</source>
        <translation>Der Tenant von %1 (%2) ist nicht mehr bei Acronis; seine Nutzung wurde nicht gelesen. Der Monatsabgleich weist darauf hin.</translation>
    </message>
    <message>
        <source>The tenant %1 is not at Acronis any more; its usage was not read.</source>
        <translation>Der Tenant %1 ist nicht mehr bei Acronis; seine Nutzung wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The usage report %1 has no csv_v2_0 file to download (it has: %2).</source>
        <translation>Der Nutzungsbericht %1 hat keine csv_v2_0-Datei zum Herunterladen (er hat: %2).</translation>
    </message>
    <message>
        <source>The usage report %1 was asked for before this program kept report versions, which Acronis needs to delete it; delete it in the management portal.</source>
        <translation>Der Nutzungsbericht %1 wurde angefordert, bevor dieses Programm Berichtsversionen festhielt, die Acronis zum Löschen braucht; löschen Sie ihn im Verwaltungsportal.</translation>
    </message>
</context>
<context>
    <name>csp::WindowSession</name>
    <message>
        <source>Catalogue Database</source>
        <translation>Katalog-Datenbank</translation>
    </message>
</context>
<context>
    <name>csp::acronis::ApiClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>JSON of the wrong shape</source>
        <translation>JSON der falschen Form</translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation>einen Inhalt, der kein gültiges JSON ist (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the connection was refused.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2), daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The gateway %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>Das Gateway %1 hat nicht innerhalb von %n Sekunde geantwortet (%2).</numerusform>
            <numerusform>Das Gateway %1 hat nicht innerhalb von %n Sekunden geantwortet (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway %1 could not be reached: %2.</source>
        <translation>Das Gateway %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Einzelheiten</translation>
    </message>
    <message>
        <source>The gateway refused the client id or secret (%1).</source>
        <translation>Das Gateway hat Client-ID oder Secret abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The gateway could not issue a token: %1 answered HTTP %2 (%3).</source>
        <translation>Das Gateway konnte kein Token ausstellen: %1 antwortete mit HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>%1 returned more than %2 MB; the response was refused.</source>
        <translation>%1 lieferte mehr als %2 MB; die Antwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>keinen HTTP-Status</translation>
    </message>
    <message>
        <source>The gateway refused the access token at %1 (HTTP %2: %3).</source>
        <translation>Das Gateway hat das Zugriffstoken bei %1 abgelehnt (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>The API client is not allowed to do this: %1 answered HTTP %2 (%3).</source>
        <translation>Der API-Client darf das nicht: %1 antwortete HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>Not found: %1 answered HTTP %2 (%3).</source>
        <translation>Nicht gefunden: %1 antwortete HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>Conflict: %1 answered HTTP %2 (%3).</source>
        <translation>Konflikt: %1 antwortete HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The gateway had a problem: %1 answered HTTP %2 (%3).</source>
        <translation>Das Gateway hatte ein Problem: %1 antwortete HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The gateway refused the request: %1 answered HTTP %2 (%3).</source>
        <translation>Das Gateway hat die Anfrage abgelehnt: %1 antwortete HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (answered by a proxy)</source>
        <translation>HTTP %1 %2 (Antwort eines Proxys)</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>Es wurde kein Client-Secret angegeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Acronis CSP Setup</source>
        <translation>Acronis CSP Setup</translation>
    </message>
    <message>
        <source>Applications Setup for Acronis Cyber Cloud</source>
        <translation>Anwendungseinrichtung für Acronis Cyber Cloud</translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation>Den Katalog in DIR verwenden (auch $ACRONIS_CSP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Der Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unknown page</source>
        <translation>Unbekannte Seite</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not one of %2.</source>
        <translation>--page: „%1“ ist nicht eins von %2.</translation>
    </message>
    <message>
        <source>Open on PAGE: setup, products, providers, usage or invoices.</source>
        <translation>Mit SEITE öffnen: setup, products, providers, usage oder invoices.</translation>
    </message>
    <message>
        <source>Trusted Certificate Authorities</source>
        <translation>Vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>%1

Only the system&apos;s certificate authorities are trusted until this is corrected (File &gt; Trusted Certificate Authorities).</source>
        <translation>%1

Bis das behoben ist, wird nur den Zertifizierungsstellen des Systems vertraut (Datei &gt; Zertifizierungsstellen vertrauen).</translation>
    </message>
    <message>
        <source>Use the catalogue at URL: sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME (also $ACRONIS_CSP_DATABASE).</source>
        <translation>Den Katalog unter URL verwenden: sqlite:PFAD oder postgresql://[BENUTZER@]HOST[:PORT]/DBNAME (auch $ACRONIS_CSP_DATABASE).</translation>
    </message>
    <message>
        <source>Allow sslmode=disable, allow or prefer to a database server on another machine.</source>
        <translation>sslmode=disable, allow oder prefer zu einem Datenbankserver auf einem anderen Rechner erlauben.</translation>
    </message>
</context>
</TS>
