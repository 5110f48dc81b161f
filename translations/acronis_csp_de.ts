<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;acronis-csp --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try &apos;acronis-csp --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: acronis-csp [--data-dir DIR] COMMAND ...

Links a cloud distributor&apos;s billing system to Acronis Cyber Cloud: the same
catalogue and settings as the acronis-csp-setup window, without a window.

Commands:
  instance          Add, edit, list, show and remove linked Acronis accounts
  test-connection   Check an instance&apos;s gateway, client id and secret

Global options:
  --data-dir DIR   Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)
  --help           Show this help; &apos;acronis-csp COMMAND --help&apos; for a command
  --version        Show the version

Exit codes: 0 done, 1 failed, 2 bad arguments or input, 3 authentication failed,
4 gateway unreachable, 5 OS keychain unavailable, 6 conflict.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>Obtain a token and find the distributor tenant of an instance&apos;s API client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: tenant &quot;%2&quot; (%3, id %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue database %1 is not writable; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue database %1 is locked by another program (%2); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable catalogue database (%2: %3). It was left unchanged; move it away or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the catalogue database %1 (%2: %3); check the permissions and free space of its directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a catalogue. It was left unchanged; choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue database %1 has schema version %2, but this program knows only up to version %3: it was written by a newer version of the program. It was left unchanged; update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>The instance&apos;s name (1-64 characters, unique); it names the product type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Acronis data-centre URL, e.g. https://eu2-cloud.acronis.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client&apos;s id (Acronis portal: Settings &gt; API clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor discount in percent, 0-100, at most 2 decimals (&apos;.&apos; separator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary currency, an ISO 4217 code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: continuously update product names (default); keep: keep the names of the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input; it is stored in the OS keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an Acronis account: store its settings, and its client secret in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: the client secret is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added instance &quot;%1&quot; (product type &quot;%2&quot;); the client secret is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an instance&apos;s settings; with --client-secret-stdin also its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved instance &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one instance&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the linked Acronis instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuously update names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the names of the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances yet. Add one with: acronis-csp instance add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an instance: its settings, its keychain entry, its products and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an instance deletes its settings, secret and products; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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

Run &apos;acronis-csp instance COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance: unknown command &quot;%1&quot;. Try &apos;acronis-csp instance --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceRepository</name>
    <message>
        <source>reading instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Name &quot;%1&quot; is already used by the instance &quot;%2&quot; (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the instance &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceRules</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor Discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Product Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URL with a host, e.g. https://eu2-cloud.acronis.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https:// (got %2://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https://; plain http:// is allowed only for localhost, 127.0.0.0/8 and ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; put the credentials in Client Id and Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a UUID; Acronis issues client ids as UUIDs, so check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most 2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number such as %2 (decimal separator &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 4217 code of three capital letters, e.g. EUR (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be &quot;update&quot; (continuously update names) or &quot;keep&quot; (keep the names of the first run).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>something other than a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned a response whose field &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;bearer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (and so is &quot;expires_in&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No client secret is stored in the OS keychain for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access (%1). Unlock it, for example by logging in to the desktop session, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Start and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not complete the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Check that its service is running and unlocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;acronis-csp %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the client secret from the terminal (input hidden); end with Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csp::ConnectionTest</name>
    <message>
        <source>Reading the client secret from the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtaining a token from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the API client&apos;s tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the distributor tenant…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csp::InstanceService</name>
    <message numerus="yes">
        <source>The instance was not saved: %n field(s) are invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>saving the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csp::MainWindow</name>
    <message>
        <source>Applications Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Acronis instance is linked yet. Add one with
acronis-csp instance add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type: %1
Gateway: %2
Client Id: %3
Discount: %4 %
Primary Currency: %5
Client Secret: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csp::acronis::ApiClient</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON of the wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the access token at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client is not allowed to do this: %1 answered HTTP 403 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 answered HTTP 404 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 answered HTTP 409 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway had a problem: %1 answered HTTP %3 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the request: %1 answered HTTP %3 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The gateway %1 did not answer within %n second(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway %1 could not be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the client id or secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not issue a token: %1 answered HTTP %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned more than %2 MB; the response was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Acronis CSP Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications Setup for Acronis Cyber Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
