<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. hr_prod</source>
        <translation>z. B. hr_prod</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank&amp;datei:</translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation>/pfad/zu/datenbank.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;reate the file if it does not exist</source>
        <translation>Datei an&amp;legen, falls sie fehlt</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>Verbindungs-URL</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use up to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Incomplete connection settings</source>
        <translation>Unvollständige Verbindungsangaben</translation>
    </message>
    <message>
        <source>Database driver missing</source>
        <translation>Datenbanktreiber fehlt</translation>
    </message>
    <message>
        <source>Database file not found</source>
        <translation>Datenbankdatei nicht gefunden</translation>
    </message>
    <message>
        <source>Not a SQLite database</source>
        <translation>Keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown database</source>
        <translation>Unbekannte Datenbank</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryManagerDialog</name>
    <message>
        <source>Directory Objects</source>
        <translation>Verzeichnisobjekte</translation>
    </message>
    <message>
        <source>Directory objects name the folders that dump, log and SQL files are read from and written to. A connection may use a folder only with a READ or WRITE grant.</source>
        <translation>Verzeichnisobjekte benennen die Ordner, aus denen Dump-, Log- und SQL-Dateien gelesen und in die sie geschrieben werden. Eine Verbindung darf einen Ordner nur mit einer READ- oder WRITE-Berechtigung nutzen.</translation>
    </message>
    <message>
        <source>Directory objects</source>
        <translation>Verzeichnisobjekte</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Grantee:</source>
        <translation>&amp;Berechtigter:</translation>
    </message>
    <message>
        <source>Privileges:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;READ</source>
        <translation>&amp;READ</translation>
    </message>
    <message>
        <source>&amp;WRITE</source>
        <translation>&amp;WRITE</translation>
    </message>
    <message>
        <source>G&amp;rant</source>
        <translation>&amp;Gewähren</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Entziehen</translation>
    </message>
</context>
<context>
    <name>DirectoryObject</name>
    <message>
        <source>&quot;%1&quot; is not a valid directory object name: use a letter followed by letters, digits, &apos;_&apos;, &apos;$&apos; or &apos;#&apos; (at most 128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpFileNamer</name>
    <message>
        <source>Dump file space is exhausted: every DUMPFILE name is used (%1). Add a template with %U, raise FILESIZE, or add files with ADD_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobLog</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reload Connections</source>
        <translation>Verbindungen neu &amp;laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation>&amp;Über Sluice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Open SQL File…</source>
        <translation>SQL-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Directory Objects…</source>
        <translation>&amp;Verzeichnisobjekte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>ObjectDetails</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Default character set</source>
        <translation>Standardzeichensatz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Table %1.%2</source>
        <translation>Tabelle %1.%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Estimated rows</source>
        <translation>Geschätzte Zeilen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Partition of</source>
        <translation type="unfinished">Partition von</translation>
    </message>
    <message>
        <source>Tablespace</source>
        <translation>Tablespace</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished">Berechnet</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>Sortierfolge</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Included columns</source>
        <translation>Eingeschlossene Spalten</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1.%2 (%3)</source>
        <translation>%1.%2 (%3)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Beim Ändern</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>For each row</source>
        <translation>Für jede Zeile</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bedingung (WHEN)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Materialized view %1.%2</source>
        <translation>Materialisierte Sicht %1.%2</translation>
    </message>
    <message>
        <source>View %1.%2</source>
        <translation>Sicht %1.%2</translation>
    </message>
    <message>
        <source>Check option</source>
        <translation>Check-Option</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Sequence %1.%2</source>
        <translation>Sequenz %1.%2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklisch</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht benutzt</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>PayloadCompressor</name>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleDatabase</name>
    <message>
        <source>The bundled sample database %1 is missing; reinstall Sluice or set SLUICE_DATA_DIR to the folder that holds sample/hr.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the sample database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaTreeBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>(unnamed) %1</source>
        <translation>(unbenannt) %1</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
</context>
<context>
    <name>SqlFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>A row has a wrong number of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk&apos;s data ends in the middle of a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data Pump style export, import and schema copy.</source>
        <translation>Export, Import und Schemakopie im Stil von Data Pump.</translation>
    </message>
    <message>
        <source>SQL files to show.</source>
        <translation>Anzuzeigende SQL-Dateien.</translation>
    </message>
</context>
<context>
    <name>sluice::engine</name>
    <message>
        <source>The connection URL contains a password. Sluice never takes passwords in URLs, parameter files or logs: save it in the keychain (sluice-cli connection add --save-password), set SLUICE_PASSWORD, or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URL has an option without a name: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite URL names a local file and has no host: write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL names no database file, e.g. sqlite:///home/me/hr.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has an unclosed &apos;[&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 URL looks like %2://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URL has an &apos;@&apos; but no user name before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a &apos;/&apos;; write it as %2F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved in the keychain for the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not read the password for the profile &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Sluice dump header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Sluice reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no set id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot;, member %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tar archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable tar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveWriter</name>
    <message>
        <source>Cannot create dump file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;, member %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the content of member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionParams</name>
    <message>
        <source>&quot;%1&quot; is not a connection URL: it must start with sqlite:, postgresql://, postgres://, mariadb:// or mysql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URL must not contain a &apos;#&apos; fragment; write &apos;#&apos; as %23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite connection needs a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite connection names only a file; host, port, user and database do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 connection has no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options create and mode apply only to SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionProfileStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid connection profile file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile &quot;%2&quot; is invalid: %3 Fix or remove it in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionResolver</name>
    <message>
        <source>No connection was given: name a connection profile or a URL such as postgresql://user@host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; contains a password (user/password@...). Sluice never takes passwords on the command line or in parameter files: give user@profile and let Sluice ask, or use the keychain or SLUICE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a profile name nor user@profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile name or a URL. Passwords are never given on the command line; a SQLite file is given as sqlite:///path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Known profiles: %2. Add one with &quot;sluice-cli connection add %1 &lt;url&gt;&quot;, or give a URL such as postgresql://user@host:5432/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is a SQLite file; it takes no user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::CopyTextCodec</name>
    <message>
        <source>a raw line break at byte %1 (line breaks must be written \r or \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row ends with a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DatabaseOpener</name>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed (Debian/Ubuntu package %3). Installed drivers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist. Check the path, or add ?create=yes to the URL to create an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database &quot;%1&quot; does not exist on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server answered at %1:%2 (is it running and accepting TCP connections?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the driver reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Driver message: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryObjectStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid directory object file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory object &quot;%2&quot; is invalid or duplicated; fix or remove it in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory object %1 needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory object %1 exists already (it maps to %2). Use --replace to point it at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no directory object named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA_PUMP_DIR cannot be dropped; point it at another folder with &quot;sluice-cli directory create DATA_PUMP_DIR &lt;folder&gt; --replace&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant needs privileges and a grantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2 privilege on %3 to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryResolver</name>
    <message>
        <source>Give a plain file name and choose its folder with a directory object (DIRECTORY=NAME or NAME:file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path with a drive letter; file names cannot choose their folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is a network (UNC) path; file names cannot choose their folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path; file names cannot choose their folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator; files must stay in their directory object&apos;s folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; names a folder, not a file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains &apos;:&apos;; only one directory prefix (NAME:file) is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file specification &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTORY=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable DATA_PUMP_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory object %1 (from %2) does not exist. Known directory objects: %3. Create it with &quot;sluice-cli directory create %1 &lt;folder&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 does not exist. Create the folder, or point %2 at an existing one with &quot;sluice-cli directory create %2 &lt;folder&gt; --replace&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory object %1 maps to %2, which is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not readable. Fix its permissions, or point %2 at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not writable (%3). Fix its permissions, or point %2 at another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in the directory object %2 is a link that leads out of its folder (to %3); Sluice refuses to follow it. Remove the link or use another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection given as a URL has only PUBLIC&apos;s privileges, and PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 privilege on the directory object %3 (%4). Grant it with &quot;sluice-cli directory grant %2 ON %3 TO %5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist in the directory object %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpFileMarker</name>
    <message>
        <source>its sequence number or file list is invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpHeader</name>
    <message>
        <source>its compression or encryption settings are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its encryption parameters are invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters in the header are invalid or out of bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key could not be derived (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpMemberInfo</name>
    <message>
        <source>its attributes (kind, xxh3, compression, raw_size) are missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its raw_xxh3 attribute is invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpReader</name>
    <message>
        <source>No dump file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated or damaged after member %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: its first member is &quot;%2&quot;, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it follows the file&apos;s end member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated (the file ends %2 bytes into its %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum mismatch (stored %2, computed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated: it ends after member %2 without its end member (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it belongs to another file (set %2, file %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it records %2 members, the file holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file set is incomplete: file %1 of %2 (&quot;%3&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is file %2 of a dump file set; give the set&apos;s first file too (the one holding %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; belongs to another dump file set (set %2; &quot;%3&quot; is from set %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump files &quot;%1&quot; and &quot;%2&quot; are both file %3 of the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file set is incomplete: its last file is missing (the files given end with file %1, &quot;%2&quot;, which is not the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; says it is file %2, but the set has %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dump file set is encrypted (ENCRYPTION=%2); give ENCRYPTION_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the member is encrypted; give ENCRYPTION_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file set has no master table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpWriter</name>
    <message>
        <source>No DUMPFILE was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCRYPTION=%1 needs an ENCRYPTION_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump file set is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 is already in the dump file set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 (%2 bytes stored) does not fit in a dump file of FILESIZE=%3 bytes. Raise FILESIZE or make the chunks smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; would be written twice: the DUMPFILE templates name it more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; already exists. Remove it, choose another DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode member %1 from &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was abandoned; its dump files were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::MariadbTableWriter</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL was refused (%1); the chunk was loaded with multi-row INSERT statements instead, which is slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::MemberDecoder</name>
    <message>
        <source>the content is larger than the size recorded for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content could not be passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content cannot be decompressed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encryption header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decryption failed: the content was altered or does not belong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted content is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted content goes on past its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch (stored %1, computed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is %1 bytes, %2 were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch in the decoded content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::PasswordSource</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: standard input is not a terminal, so Sluice cannot ask for it. Set %2 for unattended runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or save it in the keychain with &quot;sluice-cli connection add %1 &lt;url&gt; --save-password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the password of &quot;%1&quot; in the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the password of &quot;%1&quot; from the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::SnapshotCoordinator</name>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on PostgreSQL: it keeps no past versions of tables to read (no time travel). The export reads one consistent snapshot taken when the job starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on MariaDB: only system-versioned tables keep history. The export reads one consistent snapshot taken when the job starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on SQLite: it keeps no history. The export reads the database as it is when the job starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database is opened read-only and uses WAL: other connections can commit while it is exported, so tables may be read at different moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1.%2 uses the %3 storage engine, which has no consistent snapshot: rows changed during the export may be inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::engine::SqliteTableWriter</name>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a wrong number of fields for %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::gui::ConnectionActions</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Connection</source>
        <translation>Verbindung &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Browse Schema</source>
        <translation>Schema &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1? Its saved password is removed from the keychain too; the database is not touched.</source>
        <translation>Verbindung %1 entfernen? Ihr gespeichertes Passwort wird auch aus dem Schlüsselbund entfernt; die Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Vorgabe (%1)</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Das Passwort gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ConnectionTreeModel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>sluice::gui::CreateDirectoryDialog</name>
    <message>
        <source>&amp;Replace an existing directory object of this name</source>
        <translation>Ein vorhandenes Verzeichnisobjekt dieses Namens &amp;ersetzen</translation>
    </message>
    <message>
        <source>Create Directory Object</source>
        <translation>Verzeichnisobjekt anlegen</translation>
    </message>
    <message>
        <source>e.g. EXPORT_DIR</source>
        <translation>z. B. EXPORT_DIR</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder of the Directory Object</source>
        <translation>Ordner des Verzeichnisobjekts</translation>
    </message>
    <message>
        <source>Choose the folder the directory object stands for.</source>
        <translation>Wählen Sie den Ordner, für den das Verzeichnisobjekt steht.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::CredentialProvider</name>
    <message>
        <source>Saving passwords is turned off (SLUICE_NO_KEYCHAIN); the password of %1 is kept for this session only.</source>
        <translation>Das Speichern von Passwörtern ist abgeschaltet (SLUICE_NO_KEYCHAIN); das Passwort von %1 gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The password of %1 is saved in the system keychain.</source>
        <translation>Das Passwort von %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not save the password of %1 (%2); it is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems konnte das Passwort von %1 nicht speichern (%2); es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>saving passwords is turned off (SLUICE_NO_KEYCHAIN)</source>
        <translation>das Speichern von Passwörtern ist abgeschaltet (SLUICE_NO_KEYCHAIN)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::DirectoryController</name>
    <message>
        <source>Created the directory object %1.</source>
        <translation>Verzeichnisobjekt %1 angelegt.</translation>
    </message>
    <message>
        <source>Dropped the directory object %1.</source>
        <translation>Verzeichnisobjekt %1 gelöscht.</translation>
    </message>
    <message>
        <source>Granted %1 on %2 to %3.</source>
        <translation>%1 auf %2 an %3 gewährt.</translation>
    </message>
    <message>
        <source>Revoked %1 on %2 from %3.</source>
        <translation>%1 auf %2 von %3 entzogen.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::DirectoryManagerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Berechtigter</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>The default directory object: it cannot be dropped, only pointed at another folder.</source>
        <translation>Das Standard-Verzeichnisobjekt: Es kann nicht gelöscht, nur auf einen anderen Ordner gerichtet werden.</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing (created on use)</source>
        <translation>fehlt (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>Privileges on %1</source>
        <translation>Berechtigungen auf %1</translation>
    </message>
    <message>
        <source>DATA_PUMP_DIR cannot be dropped; use Create… with &quot;Replace&quot; to point it at another folder.</source>
        <translation>DATA_PUMP_DIR kann nicht gelöscht werden; mit „Anlegen…“ und „Ersetzen“ lässt es sich auf einen anderen Ordner richten.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Lege %1 an…</translation>
    </message>
    <message>
        <source>Drop Directory Object</source>
        <translation>Verzeichnisobjekt löschen</translation>
    </message>
    <message>
        <source>Drop the directory object %1? The folder and its files are kept.</source>
        <translation>Verzeichnisobjekt %1 löschen? Der Ordner und seine Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::FindBar</name>
    <message>
        <source>Match ca&amp;se</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Highlight a&amp;ll</source>
        <translation>A&amp;lle hervorheben</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ Treffer</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::MainWindow</name>
    <message>
        <source>Loading connections…</source>
        <translation>Lade Verbindungen…</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation>Über Sluice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Data Pump style export, import and schema copy for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Export, Import und Schemakopie im Stil von Data Pump für SQLite, PostgreSQL und MariaDB.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Sluice&lt;/h2&gt;&lt;p&gt;Sluice exports, imports and copies database schemas the way Oracle Data Pump does, for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Your saved connections are listed on the left. The &lt;b&gt;hr_sample&lt;/b&gt; connection opens the bundled HR sample database.&lt;/p&gt;&lt;p&gt;Double-click a connection to browse its schemas, or add one with &lt;b&gt;Connection › New Connection…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Sluice&lt;/h2&gt;&lt;p&gt;Sluice exportiert, importiert und kopiert Datenbankschemas so, wie es Oracle Data Pump tut – für SQLite, PostgreSQL und MariaDB.&lt;/p&gt;&lt;p&gt;Ihre gespeicherten Verbindungen stehen links. Die Verbindung &lt;b&gt;hr_sample&lt;/b&gt; öffnet die mitgelieferte HR-Beispieldatenbank.&lt;/p&gt;&lt;p&gt;Doppelklicken Sie auf eine Verbindung, um ihre Schemas anzusehen, oder legen Sie eine mit &lt;b&gt;Verbindung › Neue Verbindung…&lt;/b&gt; an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sluice::gui::OpenSqlFileDialog</name>
    <message>
        <source>Open SQL File</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <source>SQL files</source>
        <translation>SQL-Dateien</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>&amp;Directory object:</source>
        <translation>&amp;Verzeichnisobjekt:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>SQL &amp;files:</source>
        <translation>SQL-&amp;Dateien:</translation>
    </message>
    <message>
        <source>(no .sql files here)</source>
        <translation>(keine .sql-Dateien hier)</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::PasswordPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is kept in memory until Sluice closes.</source>
        <translation>Das Passwort bleibt im Speicher, bis Sluice beendet wird.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Geben Sie das Passwort für &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ProfileStoreController</name>
    <message>
        <source>Added the connection %1.</source>
        <translation>Verbindung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the connection %1.</source>
        <translation>Verbindung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed the connection %1.</source>
        <translation>Verbindung %1 entfernt.</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>Es gibt keine Verbindung namens %1.</translation>
    </message>
    <message>
        <source>Created the connection %1.</source>
        <translation>Verbindung %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SchemaBrowser</name>
    <message>
        <source>Database objects</source>
        <translation>Datenbankobjekte</translation>
    </message>
    <message>
        <source>Object properties</source>
        <translation>Objekteigenschaften</translation>
    </message>
    <message>
        <source>Object DDL</source>
        <translation>DDL des Objekts</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the catalog again (%1)</source>
        <translation>Katalog neu lesen (%1)</translation>
    </message>
    <message>
        <source>Select an object to see its properties and its DDL.</source>
        <translation>Wählen Sie ein Objekt, um seine Eigenschaften und seine DDL zu sehen.</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>Lese den Katalog von %1…</translation>
    </message>
    <message>
        <source>Cannot read the catalog</source>
        <translation>Der Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 — tables: %3</source>
        <translation>%1 %2 — Tabellen: %3</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SqlFileViewer</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>%1 — lines: %2</source>
        <translation>%1 — Zeilen: %2</translation>
    </message>
    <message>
        <source> (large file: highlighting is off)</source>
        <translation> (große Datei: Hervorhebung ist aus)</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Line (1 – %1):</source>
        <translation>&amp;Zeile (1 – %1):</translation>
    </message>
</context>
</TS>
