<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalendarParser</name>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>at %1 (%2): %3</source>
        <translation>bei %1 (%2): %3</translation>
    </message>
    <message>
        <source>the schedule is empty: write e.g. &quot;FREQ=DAILY; BYHOUR=4; BYMINUTE=30&quot; or &quot;daily 04:30&quot;</source>
        <translation>der Zeitplan ist leer: Schreiben Sie z. B. „FREQ=DAILY; BYHOUR=4; BYMINUTE=30“ oder „daily 04:30“</translation>
    </message>
    <message>
        <source>an empty clause: clauses are NAME=value, separated by &apos;;&apos;</source>
        <translation>eine leere Klausel: Klauseln haben die Form NAME=wert und werden durch &apos;;&apos; getrennt</translation>
    </message>
    <message>
        <source>not NAME=value: write e.g. FREQ=DAILY (clauses are separated by &apos;;&apos;)</source>
        <translation>nicht NAME=wert: Schreiben Sie z. B. FREQ=DAILY (Klauseln werden durch &apos;;&apos; getrennt)</translation>
    </message>
    <message>
        <source>%1 is DBMS_SCHEDULER syntax that Sluice does not support; it accepts %2</source>
        <translation>%1 ist DBMS_SCHEDULER-Syntax, die Sluice nicht unterstützt; unterstützt werden %2</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot;; the keywords are %2</source>
        <translation>unbekanntes Schlüsselwort „%1“; die Schlüsselwörter sind %2</translation>
    </message>
    <message>
        <source>%1 is given twice: give it once</source>
        <translation>%1 ist zweimal angegeben: Geben Sie es nur einmal an</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>FREQ must be one of %1%2</source>
        <translation>FREQ muss einer der Werte %1%2 sein</translation>
    </message>
    <message>
        <source> (runs are to the minute)</source>
        <translation> (Läufe sind minutengenau)</translation>
    </message>
    <message>
        <source>INTERVAL must be a whole number from 1 to 99</source>
        <translation>INTERVAL muss eine ganze Zahl von 1 bis 99 sein</translation>
    </message>
    <message>
        <source>%1 to %2, or -%2 to -%1 counting from the end of the month</source>
        <translation>%1 bis %2 oder -%2 bis -%1, vom Monatsende an gezählt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 takes whole numbers %2, separated by commas</source>
        <translation>%1 nimmt ganze Zahlen %2, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>BYDAY takes MON, TUE, WED, THU, FRI, SAT or SUN, separated by commas; with FREQ=MONTHLY a number may come first (1MON: the first Monday, -1FRI: the last Friday)</source>
        <translation>BYDAY nimmt MON, TUE, WED, THU, FRI, SAT oder SUN, durch Kommas getrennt; bei FREQ=MONTHLY darf eine Zahl vorangehen (1MON: der erste Montag, -1FRI: der letzte Freitag)</translation>
    </message>
    <message>
        <source>the number before a weekday must be 1 to 5 or -1 to -5 (the n-th or n-th last in the month)</source>
        <translation>die Zahl vor einem Wochentag muss 1 bis 5 oder -1 bis -5 sein (der n-te bzw. n-letzte im Monat)</translation>
    </message>
    <message>
        <source>FREQ is missing: every schedule starts with FREQ=YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY or MINUTELY</source>
        <translation>FREQ fehlt: Jeder Zeitplan beginnt mit FREQ=YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY oder MINUTELY</translation>
    </message>
    <message>
        <source>a numbered weekday (n-th in the month) needs FREQ=MONTHLY; with %1 list plain weekdays</source>
        <translation>ein nummerierter Wochentag (n-ter im Monat) braucht FREQ=MONTHLY; bei %1 geben Sie einfache Wochentage an</translation>
    </message>
    <message>
        <source>FREQ=WEEKLY needs BYDAY, e.g. BYDAY=MON,FRI (Sluice has no start date to take the weekday from)</source>
        <translation>FREQ=WEEKLY braucht BYDAY, z. B. BYDAY=MON,FRI (Sluice hat kein Startdatum, aus dem es den Wochentag nehmen könnte)</translation>
    </message>
    <message>
        <source>FREQ=MONTHLY needs BYMONTHDAY (e.g. BYMONTHDAY=1, or -1 for the last day) or BYDAY (e.g. BYDAY=1MON)</source>
        <translation>FREQ=MONTHLY braucht BYMONTHDAY (z. B. BYMONTHDAY=1 oder -1 für den letzten Tag) oder BYDAY (z. B. BYDAY=1MON)</translation>
    </message>
    <message>
        <source>FREQ=YEARLY needs BYMONTH and BYMONTHDAY or BYDAY, e.g. BYMONTH=1; BYMONTHDAY=1</source>
        <translation>FREQ=YEARLY braucht BYMONTH und BYMONTHDAY oder BYDAY, z. B. BYMONTH=1; BYMONTHDAY=1</translation>
    </message>
    <message>
        <source>the time must be HH:MM on the 24-hour clock, e.g. 04:30</source>
        <translation>die Uhrzeit muss HH:MM im 24-Stunden-Format sein, z. B. 04:30</translation>
    </message>
    <message>
        <source>a schedule is &quot;daily HH:MM&quot;, &quot;weekly DAYS HH:MM&quot;, &quot;monthly DAYS HH:MM&quot; or DBMS_SCHEDULER calendar syntax (FREQ=DAILY; BYHOUR=4; BYMINUTE=30)</source>
        <translation>ein Zeitplan ist „daily HH:MM“, „weekly TAGE HH:MM“, „monthly TAGE HH:MM“ oder Kalendersyntax von DBMS_SCHEDULER (FREQ=DAILY; BYHOUR=4; BYMINUTE=30)</translation>
    </message>
    <message>
        <source>write &quot;daily HH:MM&quot;, e.g. daily 04:30</source>
        <translation>schreiben Sie „daily HH:MM“, z. B. daily 04:30</translation>
    </message>
    <message>
        <source>write &quot;%1 DAYS HH:MM&quot;, e.g. %2</source>
        <translation>schreiben Sie „%1 TAGE HH:MM“, z. B. %2</translation>
    </message>
    <message>
        <source>weekly mon,fri 04:30</source>
        <translation>weekly mon,fri 04:30</translation>
    </message>
    <message>
        <source>monthly 1,15 04:30</source>
        <translation>monthly 1,15 04:30</translation>
    </message>
    <message>
        <source>weekly takes plain weekdays (mon,fri); for the n-th weekday of the month use FREQ=MONTHLY; BYDAY=1MON</source>
        <translation>weekly nimmt einfache Wochentage (mon,fri); für den n-ten Wochentag im Monat verwenden Sie FREQ=MONTHLY; BYDAY=1MON</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>The document holds a %1, not a catalog</source>
        <translation>Das Dokument enthält %1, keinen Katalog</translation>
    </message>
    <message>
        <source>The catalog names no known engine</source>
        <translation>Der Katalog nennt keine bekannte Engine</translation>
    </message>
    <message>
        <source>Not a Sluice catalog document</source>
        <translation>Kein Sluice-Katalogdokument</translation>
    </message>
    <message>
        <source>The catalog document has no valid version</source>
        <translation>Das Katalogdokument hat keine gültige Version</translation>
    </message>
    <message>
        <source>The catalog document has format version %1; this Sluice reads up to version %2. Use a newer Sluice.</source>
        <translation>Das Katalogdokument hat die Formatversion %1; dieses Sluice liest bis Version %2. Verwenden Sie ein neueres Sluice.</translation>
    </message>
</context>
<context>
    <name>CatalogObjectFilter</name>
    <message>
        <source>%1: object type %2 has no names; a name clause cannot be used with it</source>
        <translation>%1: Der Objekttyp %2 hat keine Namen; eine Namensklausel ist dafür nicht möglich</translation>
    </message>
    <message>
        <source>%1 matched no object: the source has no %2</source>
        <translation>%1 trifft auf kein Objekt zu: Die Quelle hat keine %2</translation>
    </message>
    <message>
        <source>%1 matched no object</source>
        <translation>%1 trifft auf kein Objekt zu</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>No catalog reader for the Qt SQL driver %1</source>
        <translation>Kein Katalogleser für den Qt-SQL-Treiber %1</translation>
    </message>
    <message>
        <source>The connection is not open</source>
        <translation>Die Verbindung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Reading the catalog of %1 is not implemented yet</source>
        <translation>Das Lesen des Katalogs von %1 ist noch nicht implementiert</translation>
    </message>
</context>
<context>
    <name>CatalogRemapper</name>
    <message>
        <source>REMAP_TABLESPACE: %1 has no tablespaces; there is nothing to remap and the parameter has no effect</source>
        <translation>REMAP_TABLESPACE: %1 kennt keine Tablespaces; es gibt nichts umzuordnen, und der Parameter hat keine Wirkung</translation>
    </message>
</context>
<context>
    <name>ChunkStream</name>
    <message>
        <source>the source failed</source>
        <translation>die Quelle ist fehlgeschlagen</translation>
    </message>
</context>
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
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie bis zu 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben.</translation>
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
    <name>CredentialHandoff</name>
    <message>
        <source>cannot open a local channel for the job&apos;s host: %1</source>
        <translation>für den Host des Jobs kann kein lokaler Kanal geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the local channel is not open</source>
        <translation>der lokale Kanal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>could not send the credentials to the job&apos;s host</source>
        <translation>die Anmeldedaten konnten nicht an den Host des Jobs gesendet werden</translation>
    </message>
    <message>
        <source>cannot reach the launching client: %1</source>
        <translation>der startende Client ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the launching client sent no credentials</source>
        <translation>der startende Client hat keine Anmeldedaten gesendet</translation>
    </message>
    <message>
        <source>the credentials from the launching client are unreadable</source>
        <translation>die Anmeldedaten vom startenden Client sind unlesbar</translation>
    </message>
</context>
<context>
    <name>DdlWriter</name>
    <message>
        <source>%1 has no user-defined types; columns of this type use its closest form</source>
        <translation>%1 kennt keine benutzerdefinierten Typen; Spalten dieses Typs verwenden die nächstliegende Form</translation>
    </message>
    <message>
        <source>SQLite has no sequences; the sequence is not created</source>
        <translation>SQLite kennt keine Sequenzen; die Sequenz wird nicht erstellt</translation>
    </message>
    <message>
        <source> (its column %1 becomes INTEGER PRIMARY KEY AUTOINCREMENT only if it is the primary key)</source>
        <translation> (ihre Spalte %1 wird nur dann INTEGER PRIMARY KEY AUTOINCREMENT, wenn sie der Primärschlüssel ist)</translation>
    </message>
    <message>
        <source>%1 has no partitions of this kind; the partition&apos;s rows belong to its parent table %2</source>
        <translation>%1 kennt keine Partitionen dieser Art; die Zeilen der Partition gehören zu ihrer übergeordneten Tabelle %2</translation>
    </message>
    <message>
        <source>the table is not partitioned on %1 (PARTITION BY %2 %3 dropped)</source>
        <translation>die Tabelle wird auf %1 nicht partitioniert (PARTITION BY %2 %3 entfällt)</translation>
    </message>
    <message>
        <source>MariaDB cannot key the whole of a TEXT or BLOB column (%1); the %2 is not created</source>
        <translation>MariaDB kann eine TEXT- oder BLOB-Spalte (%1) nicht vollständig als Schlüssel verwenden; %2 wird nicht erstellt</translation>
    </message>
    <message>
        <source>CHECK (%1) cannot be written for %2 (%3); the constraint is not created</source>
        <translation>CHECK (%1) lässt sich für %2 nicht schreiben (%3); der Constraint wird nicht erstellt</translation>
    </message>
    <message>
        <source>exclusion constraints exist only on PostgreSQL; not created</source>
        <translation>Ausschluss-Constraints gibt es nur in PostgreSQL; nicht erstellt</translation>
    </message>
    <message>
        <source>MariaDB refuses SET NULL on the NOT NULL column %1; the foreign key is not created</source>
        <translation>MariaDB lehnt SET NULL für die NOT NULL-Spalte %1 ab; der Fremdschlüssel wird nicht erstellt</translation>
    </message>
    <message>
        <source>MariaDB checks foreign keys immediately; DEFERRABLE is dropped</source>
        <translation>MariaDB prüft Fremdschlüssel sofort; DEFERRABLE entfällt</translation>
    </message>
    <message>
        <source>SQLite has only b-tree indexes; the hash index becomes one</source>
        <translation>SQLite kennt nur B-Baum-Indizes; der Hash-Index wird zu einem solchen</translation>
    </message>
    <message>
        <source>%1 has no %2 index of this kind; the index is not created</source>
        <translation>%1 kennt keinen %2-Index dieser Art; der Index wird nicht erstellt</translation>
    </message>
    <message>
        <source>the index key (%1) cannot be written for %2 (%3); the index is not created</source>
        <translation>der Indexschlüssel (%1) lässt sich für %2 nicht schreiben (%3); der Index wird nicht erstellt</translation>
    </message>
    <message>
        <source>MariaDB indexes only columns</source>
        <translation>MariaDB indiziert nur Spalten</translation>
    </message>
    <message>
        <source>MariaDB cannot key the whole of a TEXT or BLOB column (%1); the unique index is not created</source>
        <translation>MariaDB kann eine TEXT- oder BLOB-Spalte (%1) nicht vollständig als Schlüssel verwenden; der eindeutige Index wird nicht erstellt</translation>
    </message>
    <message>
        <source>MariaDB indexes the first 255 characters of the TEXT column %1</source>
        <translation>MariaDB indiziert die ersten 255 Zeichen der TEXT-Spalte %1</translation>
    </message>
    <message>
        <source>MariaDB has no partial indexes</source>
        <translation>MariaDB kennt keine partiellen Indizes</translation>
    </message>
    <message>
        <source>%1; the unique index on the rows WHERE %2 is not created</source>
        <translation>%1; der eindeutige Index auf den Zeilen WHERE %2 wird nicht erstellt</translation>
    </message>
    <message>
        <source>%1; the index covers every row (WHERE %2 dropped)</source>
        <translation>%1; der Index umfasst alle Zeilen (WHERE %2 entfällt)</translation>
    </message>
    <message>
        <source>the view calls %1, which is not created on %2; the view is not created</source>
        <translation>die Sicht ruft %1 auf, das auf %2 nicht erstellt wird; die Sicht wird nicht erstellt</translation>
    </message>
    <message>
        <source>the view&apos;s query cannot be written for %1 (%2); the view is not created</source>
        <translation>die Abfrage der Sicht lässt sich für %1 nicht schreiben (%2); die Sicht wird nicht erstellt</translation>
    </message>
    <message>
        <source>%1 has no materialized views; created as a plain view</source>
        <translation>%1 kennt keine materialisierten Sichten; als normale Sicht erstellt</translation>
    </message>
    <message>
        <source>%1 %2 routines cannot be created on %3; not created</source>
        <translation>%1-%2-Routinen können auf %3 nicht erstellt werden; nicht erstellt</translation>
    </message>
    <message>
        <source>trigger bodies are engine-specific; not created on %1</source>
        <translation>Trigger-Rümpfe sind Engine-spezifisch; auf %1 nicht erstellt</translation>
    </message>
    <message>
        <source>the enum type %1 becomes ENUM(%2)</source>
        <translation>der Aufzählungstyp %1 wird zu ENUM(%2)</translation>
    </message>
    <message>
        <source>the enum type %1 becomes text with a CHECK on its labels (they sort as text, not in label order)</source>
        <translation>der Aufzählungstyp %1 wird zu text mit einem CHECK auf seine Labels (sie sortieren als Text, nicht in Label-Reihenfolge)</translation>
    </message>
    <message>
        <source>the domain %1 becomes its base type %2 with the domain&apos;s default, NOT NULL and checks on the column</source>
        <translation>die Domäne %1 wird zu ihrem Basistyp %2, mit Default, NOT NULL und Checks der Domäne an der Spalte</translation>
    </message>
    <message>
        <source>the domain check %1 cannot be written for %2 (%3); it is not created</source>
        <translation>der Domänen-Check %1 lässt sich für %2 nicht schreiben (%3); er wird nicht erstellt</translation>
    </message>
    <message>
        <source>the default %1 cannot be written for %2 (%3); the column has no default</source>
        <translation>der Default %1 lässt sich für %2 nicht schreiben (%3); die Spalte hat keinen Default</translation>
    </message>
    <message>
        <source>%1 becomes varchar(255) because the column is part of a key or index on MariaDB: longer values are rejected</source>
        <translation>%1 wird zu varchar(255), weil die Spalte in MariaDB Teil eines Schlüssels oder Index ist: längere Werte werden abgewiesen</translation>
    </message>
    <message>
        <source>the generated expression %1 cannot be written for %2 (%3); the column is a plain column holding the copied values</source>
        <translation>der generierte Ausdruck %1 lässt sich für %2 nicht schreiben (%3); die Spalte ist eine normale Spalte mit den kopierten Werten</translation>
    </message>
    <message>
        <source>PostgreSQL 15 has no virtual generated columns; the column is stored</source>
        <translation>PostgreSQL 15 kennt keine virtuellen generierten Spalten; die Spalte wird gespeichert</translation>
    </message>
    <message>
        <source>GENERATED ALWAYS AS IDENTITY becomes AUTO_INCREMENT, which also accepts explicit values</source>
        <translation>GENERATED ALWAYS AS IDENTITY wird zu AUTO_INCREMENT, das auch explizite Werte annimmt</translation>
    </message>
    <message>
        <source>%1 numbers only a key column automatically; the column&apos;s values are not generated on %1</source>
        <translation>%1 nummeriert nur eine Schlüsselspalte automatisch; die Werte der Spalte werden auf %1 nicht generiert</translation>
    </message>
    <message>
        <source>ON UPDATE %1 is dropped: %2 has no such column option</source>
        <translation>ON UPDATE %1 entfällt: %2 kennt diese Spaltenoption nicht</translation>
    </message>
    <message>
        <source>views and routines depend on each other in a cycle; created in their catalog order</source>
        <translation>Sichten und Routinen hängen zyklisch voneinander ab; sie werden in ihrer Katalogreihenfolge erstellt</translation>
    </message>
    <message>
        <source>%1 has no comments on %2; the comment is not created</source>
        <translation>%1 kennt keine Kommentare zu %2; der Kommentar wird nicht erstellt</translation>
    </message>
    <message>
        <source>GRANT %1 TO %2 names a %3 grantee; not created on %4</source>
        <translation>GRANT %1 TO %2 nennt einen %3-Empfänger; auf %4 nicht erstellt</translation>
    </message>
    <message>
        <source>SQLite has no users or roles; not created</source>
        <translation>SQLite kennt keine Benutzer oder Rollen; nicht erstellt</translation>
    </message>
    <message>
        <source>passwords are not exported: the account is created without one; set it before use</source>
        <translation>Passwörter werden nicht exportiert: Das Konto wird ohne Passwort erstellt; setzen Sie es vor der Verwendung</translation>
    </message>
    <message>
        <source>PostgreSQL roles have no host part; merged into role %1</source>
        <translation>PostgreSQL-Rollen haben keinen Host-Teil; in Rolle %1 zusammengeführt</translation>
    </message>
    <message>
        <source>the host restriction &apos;%1&apos; is not part of a PostgreSQL role; restrict it in pg_hba.conf</source>
        <translation>die Host-Einschränkung &apos;%1&apos; ist nicht Teil einer PostgreSQL-Rolle; schränken Sie sie in pg_hba.conf ein</translation>
    </message>
    <message>
        <source>the global privilege %1 ON *.* has no PostgreSQL role attribute; not granted (grant object privileges per schema instead)</source>
        <translation>das globale Privileg %1 ON *.* hat kein PostgreSQL-Rollenattribut; nicht erteilt (erteilen Sie stattdessen Objektprivilegien je Schema)</translation>
    </message>
    <message>
        <source>PostgreSQL members use their roles&apos; privileges without SET ROLE; DEFAULT ROLE %1 needs no statement</source>
        <translation>PostgreSQL-Mitglieder nutzen die Privilegien ihrer Rollen ohne SET ROLE; DEFAULT ROLE %1 braucht keine Anweisung</translation>
    </message>
    <message>
        <source>MariaDB roles have no connection limit; CONNECTION LIMIT %1 is dropped</source>
        <translation>MariaDB-Rollen haben kein Verbindungslimit; CONNECTION LIMIT %1 entfällt</translation>
    </message>
    <message>
        <source>MariaDB has no comments on accounts; the comment is not created</source>
        <translation>MariaDB kennt keine Kommentare zu Konten; der Kommentar wird nicht erstellt</translation>
    </message>
    <message>
        <source>%1 becomes GRANT %2 ON *.*</source>
        <translation>%1 wird zu GRANT %2 ON *.*</translation>
    </message>
    <message>
        <source>MariaDB has no row-level security; BYPASSRLS is dropped</source>
        <translation>MariaDB kennt keine Sicherheit auf Zeilenebene; BYPASSRLS entfällt</translation>
    </message>
    <message>
        <source>MariaDB accounts have no expiry date; VALID UNTIL %1 is dropped</source>
        <translation>MariaDB-Konten haben kein Ablaufdatum; VALID UNTIL %1 entfällt</translation>
    </message>
    <message>
        <source>membership in %1 is not created: only roles can be granted on MariaDB, and %1 is a user or a PostgreSQL predefined role</source>
        <translation>die Mitgliedschaft in %1 wird nicht erstellt: In MariaDB lassen sich nur Rollen erteilen, und %1 ist ein Benutzer oder eine vordefinierte PostgreSQL-Rolle</translation>
    </message>
    <message>
        <source>MariaDB activates one role at login: %1 is the default role, the others (%2) need SET ROLE</source>
        <translation>MariaDB aktiviert bei der Anmeldung eine Rolle: %1 ist die Standardrolle, die anderen (%2) brauchen SET ROLE</translation>
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
        <translation>„%1“ ist kein gültiger Name für ein Verzeichnisobjekt: Verwenden Sie einen Buchstaben, gefolgt von Buchstaben, Ziffern, &apos;_&apos;, &apos;$&apos; oder &apos;#&apos; (höchstens 128 Zeichen).</translation>
    </message>
</context>
<context>
    <name>DumpFileNamer</name>
    <message>
        <source>Dump file space is exhausted: every DUMPFILE name is used (%1). Add a template with %U, raise FILESIZE, or add files with ADD_FILE.</source>
        <translation>Der Platz für Dump-Dateien ist erschöpft: Jeder DUMPFILE-Name ist belegt (%1). Fügen Sie eine Vorlage mit %U hinzu, erhöhen Sie FILESIZE oder fügen Sie mit ADD_FILE Dateien hinzu.</translation>
    </message>
</context>
<context>
    <name>DumpRecovery</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the files of the interrupted run</source>
        <translation>Der Ordner „%1“ für die Dateien des unterbrochenen Laufs kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; aside for the restart</source>
        <translation>„%1“ kann für den Neustart nicht beiseitegelegt werden</translation>
    </message>
</context>
<context>
    <name>DumpSource</name>
    <message>
        <source>Dump file &quot;%1&quot; does not exist</source>
        <translation>Die Dump-Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>The dump file set comes from an unknown engine &quot;%1&quot;</source>
        <translation>Der Dump-Dateisatz stammt von einer unbekannten Engine „%1“</translation>
    </message>
    <message>
        <source>The dump file set is encrypted: give ENCRYPTION_PASSWORD or ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>Der Dump-Dateisatz ist verschlüsselt: Geben Sie ENCRYPTION_PASSWORD oder ENCRYPTION_PWD_PROMPT=YES an</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot;: %2</source>
        <translation>Element „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ExportDefiner</name>
    <message>
        <source>The connection has no default schema to export (%1); give SCHEMAS=name</source>
        <translation>Die Verbindung hat kein Standardschema zum Exportieren (%1); geben Sie SCHEMAS=name an</translation>
    </message>
    <message>
        <source>No data or metadata objects selected for the job</source>
        <translation>Für den Job sind keine Daten- oder Metadatenobjekte ausgewählt</translation>
    </message>
    <message>
        <source>Schema %1 was not found.</source>
        <translation>Schema %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Table %1 was not found.</source>
        <translation>Tabelle %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is exported in one chunk: %2</source>
        <translation>%1 wird in einem Chunk exportiert: %2</translation>
    </message>
</context>
<context>
    <name>ExportExecutor</name>
    <message>
        <source>worker %1 could not start: %2</source>
        <translation>Worker %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Dump file &quot;%1&quot; already exists. Remove it, choose another DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.</source>
        <translation>Die Dump-Datei „%1“ existiert bereits. Entfernen Sie sie, wählen Sie ein anderes DUMPFILE oder setzen Sie REUSE_DUMPFILES=YES, um sie zu überschreiben.</translation>
    </message>
    <message>
        <source>ADD_FILE needs a file name</source>
        <translation>ADD_FILE braucht einen Dateinamen</translation>
    </message>
</context>
<context>
    <name>ExportFilesPage</name>
    <message>
        <source>Dump Files</source>
        <translation>Dump-Dateien</translation>
    </message>
    <message>
        <source>Where the dump file set is written, how large each file may grow, and how it is compressed and encrypted.</source>
        <translation>Wohin der Dump-Dateisatz geschrieben wird, wie groß jede Datei werden darf und wie er komprimiert und verschlüsselt wird.</translation>
    </message>
    <message>
        <source>&amp;Directory object:</source>
        <translation>&amp;Verzeichnisobjekt:</translation>
    </message>
    <message>
        <source>Dump &amp;files:</source>
        <translation>Dump-&amp;Dateien:</translation>
    </message>
    <message>
        <source>One or more file names, separated by commas. %U numbers the files of a set (01, 02, ...).</source>
        <translation>Ein oder mehrere Dateinamen, durch Kommas getrennt. %U nummeriert die Dateien eines Satzes (01, 02, ...).</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing dump files (REUSE_DUMPFILES)</source>
        <translation>Vorhandene Dump-Dateien über&amp;schreiben (REUSE_DUMPFILES)</translation>
    </message>
    <message>
        <source>Maximum file si&amp;ze:</source>
        <translation>Maximale Datei&amp;größe:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the dump with a password</source>
        <translation>Dump mit einem Passwort &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
</context>
<context>
    <name>ExportModePage</name>
    <message>
        <source>What to Export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>A whole database, some schemas, or some tables with their indexes, constraints and triggers.</source>
        <translation>Eine ganze Datenbank, einzelne Schemas oder einzelne Tabellen mit ihren Indizes, Constraints und Triggern.</translation>
    </message>
    <message>
        <source>&amp;Full database (FULL=YES)</source>
        <translation>&amp;Ganze Datenbank (FULL=YES)</translation>
    </message>
    <message>
        <source>&amp;Schemas (SCHEMAS=)</source>
        <translation>&amp;Schemas (SCHEMAS=)</translation>
    </message>
    <message>
        <source>&amp;Tables (TABLES=)</source>
        <translation>&amp;Tabellen (TABLES=)</translation>
    </message>
    <message>
        <source>Schemas and tables</source>
        <translation>Schemas und Tabellen</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Workers, the job&apos;s name, the size estimate and the log file.</source>
        <translation>Worker, Name des Jobs, Größenschätzung und Protokolldatei.</translation>
    </message>
    <message>
        <source>&amp;Parallel workers:</source>
        <translation>&amp;Parallele Worker:</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Jobname:</translation>
    </message>
    <message>
        <source>SYS_EXPORT_SCHEMA_01 (chosen automatically)</source>
        <translation>SYS_EXPORT_SCHEMA_01 (automatisch gewählt)</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Schätzung:</translation>
    </message>
    <message>
        <source>Estimate &amp;only, write no dump (ESTIMATE_ONLY)</source>
        <translation>&amp;Nur schätzen, keinen Dump schreiben (ESTIMATE_ONLY)</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>&amp;Protokolldatei:</translation>
    </message>
    <message>
        <source>No lo&amp;g file</source>
        <translation>&amp;Keine Protokolldatei</translation>
    </message>
    <message>
        <source>&amp;Timestamps:</source>
        <translation>&amp;Zeitstempel:</translation>
    </message>
    <message>
        <source>Log &amp;metrics (times per object)</source>
        <translation>&amp;Metriken protokollieren (Zeit je Objekt)</translation>
    </message>
    <message>
        <source>&amp;Keep the master table after the job (KEEP_MASTER)</source>
        <translation>Master-Tabelle nach dem Job &amp;behalten (KEEP_MASTER)</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>NETWORK_LINK is an import parameter in Sluice: use sluice-cli import NETWORK_LINK=... to copy between databases</source>
        <translation>NETWORK_LINK ist in Sluice ein Importparameter: Verwenden Sie sluice-cli import NETWORK_LINK=..., um zwischen Datenbanken zu kopieren</translation>
    </message>
    <message>
        <source>The restarted job reads the remaining data from a new snapshot; completed chunks are kept</source>
        <translation>Der neu gestartete Job liest die restlichen Daten aus einem neuen Snapshot; abgeschlossene Chunks bleiben erhalten</translation>
    </message>
    <message>
        <source>Cannot read the catalog: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The master table&apos;s dump header cannot be read: %1</source>
        <translation>Der Dump-Header der Master-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the dump file set&apos;s header: %1</source>
        <translation>Der Header des Dump-Dateisatzes kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Kept %1 completed member(s) of the interrupted run; %2 completed item(s) whose member was lost are exported again</source>
        <translation>%1 abgeschlossene(s) Element(e) des unterbrochenen Laufs behalten; %2 abgeschlossene(s) Arbeitselement(e), deren Element verloren ging, werden erneut exportiert</translation>
    </message>
    <message>
        <source>Cannot copy the master table into the dump file set: %1</source>
        <translation>Die Master-Tabelle kann nicht in den Dump-Dateisatz kopiert werden: %1</translation>
    </message>
    <message>
        <source>Added dump file template(s): %1</source>
        <translation>Dump-Dateivorlage(n) hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 cannot change while this export writes its dump file set; ADD_FILE can</source>
        <translation>%1 kann sich nicht ändern, während dieser Export seinen Dump-Dateisatz schreibt; ADD_FILE kann es</translation>
    </message>
</context>
<context>
    <name>ExportRowFilterPage</name>
    <message>
        <source>Row Filters</source>
        <translation>Zeilenfilter</translation>
    </message>
    <message>
        <source>Export only some rows: a WHERE clause per table (QUERY) or a random percentage (SAMPLE). Leave the table empty to apply to every table.</source>
        <translation>Nur einen Teil der Zeilen exportieren: eine WHERE-Klausel je Tabelle (QUERY) oder ein zufälliger Prozentsatz (SAMPLE). Ohne Tabelle gilt die Zeile für alle Tabellen.</translation>
    </message>
    <message>
        <source>&amp;QUERY: WHERE clauses</source>
        <translation>&amp;QUERY: WHERE-Klauseln</translation>
    </message>
    <message>
        <source>Table (schema.table)</source>
        <translation>Tabelle (schema.tabelle)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>S&amp;AMPLE: percentage of rows</source>
        <translation>S&amp;AMPLE: Anteil der Zeilen</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Add &amp;Sample</source>
        <translation>&amp;Stichprobe hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Sample</source>
        <translation>Stichprobe ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>ExportSourcePage</name>
    <message>
        <source>Source Connection</source>
        <translation>Quellverbindung</translation>
    </message>
    <message>
        <source>Choose the database to export. Its catalog is read in the background for the next pages.</source>
        <translation>Wählen Sie die zu exportierende Datenbank. Ihr Katalog wird für die nächsten Seiten im Hintergrund gelesen.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>A saved connection, or a URL such as sqlite:/path/to/file.db</source>
        <translation>Eine gespeicherte Verbindung oder eine URL wie sqlite:/pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Worker %1 started after the snapshot&apos;s read lock was released (PARALLEL raised): MariaDB cannot share the snapshot with it, so the chunks it exports are read from a later state</source>
        <translation>Worker %1 wurde gestartet, nachdem die Lesesperre des Snapshots freigegeben war (PARALLEL erhöht): MariaDB kann den Snapshot nicht mit ihm teilen, daher werden die Chunks, die er exportiert, aus einem späteren Stand gelesen</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The export as a parameter file: the same job runs with sluice-cli export PARFILE=file. Run starts it now.</source>
        <translation>Der Export als Parameterdatei: Derselbe Job läuft mit sluice-cli export PARFILE=datei. „Ausführen“ startet ihn jetzt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as Parfile…</source>
        <translation>Als Parfile &amp;speichern…</translation>
    </message>
    <message>
        <source>Writes these settings into the saved job this wizard was opened from; its schedule stays as it is.</source>
        <translation>Schreibt diese Einstellungen in den gespeicherten Job, aus dem dieser Assistent geöffnet wurde; sein Zeitplan bleibt unverändert.</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job</source>
        <translation>In gespeicherten &amp;Job speichern</translation>
    </message>
</context>
<context>
    <name>ExpressionTranslator</name>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>dollar-quoted text</source>
        <translation>Text in Dollar-Quoting</translation>
    </message>
    <message>
        <source>a cast without an operand</source>
        <translation>ein Cast ohne Operand</translation>
    </message>
    <message>
        <source>the cast to %1 has no equivalent on %2</source>
        <translation>der Cast nach %1 hat auf %2 keine Entsprechung</translation>
    </message>
    <message>
        <source>SQLite has no regular expression operator</source>
        <translation>SQLite kennt keinen Operator für reguläre Ausdrücke</translation>
    </message>
    <message>
        <source>the regular expression %1 becomes REGEXP, whose syntax and case rules differ</source>
        <translation>der reguläre Ausdruck %1 wird zu REGEXP, dessen Syntax und Regeln zur Groß-/Kleinschreibung abweichen</translation>
    </message>
    <message>
        <source>ILIKE becomes LIKE, which ignores case only %1</source>
        <translation>ILIKE wird zu LIKE, das die Groß-/Kleinschreibung nur %1 ignoriert</translation>
    </message>
    <message>
        <source>LIKE becomes ILIKE, which also ignores the case of non-ASCII letters</source>
        <translation>LIKE wird zu ILIKE, das auch bei Nicht-ASCII-Buchstaben die Groß-/Kleinschreibung ignoriert</translation>
    </message>
    <message>
        <source>LIKE ignores the case of ASCII letters on SQLite</source>
        <translation>LIKE ignoriert in SQLite die Groß-/Kleinschreibung von ASCII-Buchstaben</translation>
    </message>
    <message>
        <source>REGEXP becomes ~, whose syntax and case rules differ</source>
        <translation>REGEXP wird zu ~, dessen Syntax und Regeln zur Groß-/Kleinschreibung abweichen</translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation>unausgeglichene Klammern</translation>
    </message>
    <message>
        <source>%1(%2) loses its fractional seconds on %3</source>
        <translation>%1(%2) verliert auf %3 seine Sekundenbruchteile</translation>
    </message>
    <message>
        <source>SQLite&apos;s %1() with these arguments has no equivalent on %2</source>
        <translation>SQLites %1() mit diesen Argumenten hat auf %2 keine Entsprechung</translation>
    </message>
    <message>
        <source>%1(&apos;now&apos;) is UTC text on SQLite; %2 follows the session time zone on %3</source>
        <translation>%1(&apos;now&apos;) ist in SQLite UTC-Text; %2 folgt auf %3 der Zeitzone der Sitzung</translation>
    </message>
    <message>
        <source>LENGTH counts bytes on MariaDB and characters on SQLite</source>
        <translation>LENGTH zählt in MariaDB Bytes und in SQLite Zeichen</translation>
    </message>
    <message>
        <source>%1 has no sequences for nextval()</source>
        <translation>%1 kennt keine Sequenzen für nextval()</translation>
    </message>
    <message>
        <source>SQLite has no function %1()</source>
        <translation>SQLite kennt keine Funktion %1()</translation>
    </message>
    <message>
        <source>%1 may have no function %2()</source>
        <translation>%1 hat möglicherweise keine Funktion %2()</translation>
    </message>
    <message>
        <source>the function %1() is copied as written; check that %2 has it</source>
        <translation>die Funktion %1() wird unverändert übernommen; prüfen Sie, ob %2 sie kennt</translation>
    </message>
</context>
<context>
    <name>ForeignKeyLoader</name>
    <message>
        <source>Foreign key %1 of table %2 does not hold: %3 row(s) reference no row of %4, e.g. (%5) = %6</source>
        <translation>Fremdschlüssel %1 der Tabelle %2 ist verletzt: %3 Zeile(n) verweisen auf keine Zeile von %4, z. B. (%5) = %6</translation>
    </message>
    <message>
        <source>%1
Failing sql is:
%2</source>
        <translation>%1
Fehlgeschlagenes SQL:
%2</translation>
    </message>
    <message>
        <source>Object type %1 failed to create with error:
%2</source>
        <translation>Objekttyp %1 konnte nicht erstellt werden. Fehler:
%2</translation>
    </message>
</context>
<context>
    <name>ImportDefiner</name>
    <message>
        <source>%1 %2 exists and is kept due to table_exists_action of %3</source>
        <translation>%1 %2 ist vorhanden und bleibt aufgrund von table_exists_action %3 erhalten</translation>
    </message>
    <message>
        <source>%1 is appended to: its rows are not verified</source>
        <translation>An %1 wird angehängt: Seine Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <source>REMAP_DATA changes %1: only its row count is verified</source>
        <translation>REMAP_DATA ändert %1: Nur die Zeilenzahl wird geprüft</translation>
    </message>
    <message>
        <source>QUERY filters %1 on the target: its row count is verified against the rows kept</source>
        <translation>QUERY filtert %1 im Ziel: Die Zeilenzahl wird mit den behaltenen Zeilen verglichen</translation>
    </message>
    <message>
        <source>Schema %1 was not found.</source>
        <translation>Schema %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>No data or metadata objects selected for the job</source>
        <translation>Für den Job sind keine Daten- oder Metadatenobjekte ausgewählt</translation>
    </message>
    <message>
        <source>Table %1 was not found.</source>
        <translation>Tabelle %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>TRANSFORM=%1 has no meaning on %2 and is ignored</source>
        <translation>TRANSFORM=%1 hat auf %2 keine Bedeutung und wird ignoriert</translation>
    </message>
    <message>
        <source>Table %1 does not exist: CONTENT=DATA_ONLY loads only into existing tables</source>
        <translation>Tabelle %1 existiert nicht: CONTENT=DATA_ONLY lädt nur in vorhandene Tabellen</translation>
    </message>
    <message>
        <source>Table %1 exists. All dependent metadata and data will be skipped due to table_exists_action of skip</source>
        <translation>Tabelle %1 ist vorhanden. Alle abhängigen Metadaten und Daten werden aufgrund von table_exists_action skip übersprungen</translation>
    </message>
    <message>
        <source>Table %1 exists. Data will be appended to existing table but all dependent metadata will be skipped due to table_exists_action of append</source>
        <translation>Tabelle %1 ist vorhanden. Die Daten werden an die vorhandene Tabelle angehängt, aber alle abhängigen Metadaten werden aufgrund von table_exists_action append übersprungen</translation>
    </message>
    <message>
        <source>Table %1 cannot be %2D: foreign key %3 of table %4, which is not part of this import, references it. Import that table too, or drop the key first</source>
        <translation>Tabelle %1 kann nicht %2D werden: Der Fremdschlüssel %3 der Tabelle %4, die nicht zu diesem Import gehört, verweist auf sie. Importieren Sie diese Tabelle ebenfalls oder löschen Sie zuerst den Schlüssel</translation>
    </message>
    <message>
        <source>Type %1 exists and is kept</source>
        <translation>Typ %1 ist vorhanden und bleibt erhalten</translation>
    </message>
    <message>
        <source>Sequence %1 exists and is kept (its value is not changed) due to table_exists_action of %2</source>
        <translation>Sequenz %1 ist vorhanden und bleibt aufgrund von table_exists_action %2 erhalten (ihr Wert wird nicht geändert)</translation>
    </message>
    <message>
        <source>%1 %2 exists and is kept (its privileges and role grants are not changed)</source>
        <translation>%1 %2 ist vorhanden und bleibt erhalten (Privilegien und Rollenzuweisungen werden nicht geändert)</translation>
    </message>
    <message>
        <source>%1 is loaded in one chunk: %2</source>
        <translation>%1 wird in einem Chunk geladen: %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>ImportExecutor</name>
    <message>
        <source>Worker %1 started after the source snapshot&apos;s read lock was released: it reads a later state</source>
        <translation>Worker %1 wurde gestartet, nachdem die Lesesperre des Quell-Snapshots freigegeben war: Er liest einen späteren Stand</translation>
    </message>
    <message>
        <source>Unknown import item type &quot;%1&quot;</source>
        <translation>Unbekannter Typ eines Importelements „%1“</translation>
    </message>
    <message>
        <source>%1
Failing sql is:
%2</source>
        <translation>%1
Fehlgeschlagenes SQL:
%2</translation>
    </message>
    <message>
        <source>Object type %1 failed to create with error:
%2</source>
        <translation>Objekttyp %1 konnte nicht erstellt werden. Fehler:
%2</translation>
    </message>
    <message>
        <source>The dump file set has no member &quot;%1&quot;</source>
        <translation>Der Dump-Dateisatz enthält kein Element „%1“</translation>
    </message>
    <message>
        <source>Reading the source failed: %1</source>
        <translation>Das Lesen der Quelle ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The chunk was rolled back: %1</source>
        <translation>Der Chunk wurde zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Data chunk %1 of %2 failed: %3</source>
        <translation>Daten-Chunk %1 von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 was left unchanged (its %2 was rolled back): %3</source>
        <translation>%1 bleibt unverändert (%2 wurde zurückgerollt): %3</translation>
    </message>
    <message>
        <source>Verification of %1 could not read the source: %2</source>
        <translation>Die Prüfung von %1 konnte die Quelle nicht lesen: %2</translation>
    </message>
    <message>
        <source>Verification of %1 could not read the target: %2</source>
        <translation>Die Prüfung von %1 konnte das Ziel nicht lesen: %2</translation>
    </message>
    <message>
        <source>Verification failed for %1: the source has %2 rows, the target %3</source>
        <translation>Prüfung von %1 fehlgeschlagen: Die Quelle hat %2 Zeilen, das Ziel %3</translation>
    </message>
    <message>
        <source>Verification failed for %1: content checksums differ (source %2, target %3) for %4 rows</source>
        <translation>Prüfung von %1 fehlgeschlagen: Die Inhaltsprüfsummen weichen ab (Quelle %2, Ziel %3) bei %4 Zeilen</translation>
    </message>
    <message>
        <source>Data chunk %1 of %2 was interrupted and cannot be told apart from the rows already in the table; it is not loaded again</source>
        <translation>Daten-Chunk %1 von %2 wurde unterbrochen und lässt sich nicht von den bereits vorhandenen Zeilen der Tabelle unterscheiden; er wird nicht erneut geladen</translation>
    </message>
    <message>
        <source>Cannot remove the rows of the interrupted chunk: %1</source>
        <translation>Die Zeilen des unterbrochenen Chunks können nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>FLASHBACK_SCN and FLASHBACK_TIME cannot be honoured: no engine keeps past versions of ordinary tables</source>
        <translation>FLASHBACK_SCN und FLASHBACK_TIME können nicht berücksichtigt werden: Keine Engine bewahrt frühere Versionen gewöhnlicher Tabellen auf</translation>
    </message>
    <message>
        <source>REMAP_DATA=%1: this function needs a key, so that the same input always gives the same output: set %2 in the environment of the client that starts the job</source>
        <translation>REMAP_DATA=%1: Diese Funktion braucht einen Schlüssel, damit dieselbe Eingabe immer dieselbe Ausgabe ergibt: Setzen Sie %2 in der Umgebung des Clients, der den Job startet</translation>
    </message>
    <message>
        <source>REMAP_SCHEMA=%1: a SQLite database has the single schema &quot;main&quot;; remap to it (REMAP_SCHEMA=%2:main), or import into a PostgreSQL or MariaDB database to keep the schema</source>
        <translation>REMAP_SCHEMA=%1: Eine SQLite-Datenbank hat das einzige Schema „main“; leiten Sie darauf um (REMAP_SCHEMA=%2:main) oder importieren Sie in eine PostgreSQL- oder MariaDB-Datenbank, um das Schema zu behalten</translation>
    </message>
    <message>
        <source>The restarted job reads the remaining data from a new snapshot of the source; completed chunks are kept</source>
        <translation>Der neu gestartete Job liest die restlichen Daten aus einem neuen Snapshot der Quelle; abgeschlossene Chunks bleiben erhalten</translation>
    </message>
    <message>
        <source>Importing the dump file set %1 (%2 file(s), exported from %3 %4)</source>
        <translation>Dump-Dateisatz %1 wird importiert (%2 Datei(en), exportiert aus %3 %4)</translation>
    </message>
    <message>
        <source>Cannot read the source catalog: %1</source>
        <translation>Der Quellkatalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the target catalog: %1</source>
        <translation>Der Zielkatalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>InteractiveCommand</name>
    <message>
        <source>Add dump files to the dump file set: ADD_FILE=[directory_object:]file_name[,...]</source>
        <translation>Dump-Dateien zum Dump-Dateisatz hinzufügen: ADD_FILE=[directory_object:]file_name[,...]</translation>
    </message>
    <message>
        <source>Return to logging mode. The job is restarted if it is idle.</source>
        <translation>Zum Protokollmodus zurückkehren. Ein untätiger Job wird neu gestartet.</translation>
    </message>
    <message>
        <source>Quit the client session and leave the job running.</source>
        <translation>Die Client-Sitzung beenden und den Job weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>Default file size for dump files added later: FILESIZE=integer[B|KB|MB|GB|TB].</source>
        <translation>Standarddateigröße für später hinzugefügte Dump-Dateien: FILESIZE=integer[B|KB|MB|GB|TB].</translation>
    </message>
    <message>
        <source>Summarize the interactive commands.</source>
        <translation>Die interaktiven Befehle zusammenfassen.</translation>
    </message>
    <message>
        <source>Detach and delete the job (and, on export, its dump files).</source>
        <translation>Vom Job trennen und ihn löschen (beim Export auch seine Dump-Dateien).</translation>
    </message>
    <message>
        <source>Change the number of active workers for the current job: PARALLEL=integer.</source>
        <translation>Die Anzahl der aktiven Worker des aktuellen Jobs ändern: PARALLEL=integer.</translation>
    </message>
    <message>
        <source>Overwrite the destination dump file if it exists: REUSE_DUMPFILES=YES|NO.</source>
        <translation>Eine vorhandene Ziel-Dump-Datei überschreiben: REUSE_DUMPFILES=YES|NO.</translation>
    </message>
    <message>
        <source>Start or resume the current job: START_JOB[=SKIP_CURRENT] skips the items that were executing when the job stopped.</source>
        <translation>Den aktuellen Job starten oder fortsetzen: START_JOB[=SKIP_CURRENT] überspringt die Elemente, die beim Anhalten des Jobs liefen.</translation>
    </message>
    <message>
        <source>Frequency (seconds) the job status is monitored; 0 shows it once: STATUS[=integer].</source>
        <translation>Intervall (Sekunden), in dem der Jobstatus überwacht wird; 0 zeigt ihn einmal: STATUS[=integer].</translation>
    </message>
    <message>
        <source>Orderly shutdown of job execution and exit the client: STOP_JOB=IMMEDIATE stops the workers at once.</source>
        <translation>Die Jobausführung geordnet beenden und den Client verlassen: STOP_JOB=IMMEDIATE hält die Worker sofort an.</translation>
    </message>
    <message>
        <source>takes no value</source>
        <translation>erwartet keinen Wert</translation>
    </message>
    <message>
        <source>needs a number from 1 to 1024</source>
        <translation>erwartet eine Zahl von 1 bis 1024</translation>
    </message>
    <message>
        <source>takes a number of seconds (0 or more)</source>
        <translation>erwartet eine Anzahl Sekunden (0 oder mehr)</translation>
    </message>
    <message>
        <source>the only value is %1</source>
        <translation>der einzige Wert ist %1</translation>
    </message>
    <message>
        <source>needs [directory_object:]file_name[,...]</source>
        <translation>erwartet [directory_object:]file_name[,...]</translation>
    </message>
    <message>
        <source>enter a command; HELP lists them</source>
        <translation>Geben Sie einen Befehl ein; HELP listet sie auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2</source>
        <translation>„%1“ ist mehrdeutig: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; HELP lists the commands</source>
        <translation>Unbekannter Befehl „%1“; HELP listet die Befehle auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: type at least %2</source>
        <translation>„%1“ ist zu kurz: Geben Sie mindestens %2 ein</translation>
    </message>
    <message>
        <source>%1 applies to export jobs only</source>
        <translation>%1 gilt nur für Exportjobs</translation>
    </message>
    <message>
        <source>The following commands are valid while in interactive mode.
Note: abbreviations are allowed when they name one command.

</source>
        <translation>Die folgenden Befehle sind im interaktiven Modus gültig.
Hinweis: Abkürzungen sind erlaubt, wenn sie genau einen Befehl bezeichnen.

</translation>
    </message>
</context>
<context>
    <name>JobClientPoller</name>
    <message>
        <source>the job no longer exists</source>
        <translation>der Job existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>JobHost</name>
    <message>
        <source>No passwords from the launching client (%1); using the environment and the keychain</source>
        <translation>Keine Passwörter vom startenden Client (%1); Umgebung und Schlüsselbund werden verwendet</translation>
    </message>
    <message>
        <source>The master table names no known operation</source>
        <translation>Die Master-Tabelle nennt keine bekannte Operation</translation>
    </message>
    <message>
        <source>The job&apos;s parameters cannot be read back: %1</source>
        <translation>Die Parameter des Jobs können nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>the job is already running (host process %1)</source>
        <translation>der Job läuft bereits (Host-Prozess %1)</translation>
    </message>
    <message>
        <source>%1 jobs are not available in this program</source>
        <translation>%1-Jobs sind in diesem Programm nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 %2 failed in an earlier run of the job: %3</source>
        <translation>%1 %2 ist in einem früheren Lauf des Jobs fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>JobLauncher</name>
    <message>
        <source>could not find a free default job name</source>
        <translation>es wurde kein freier Standard-Jobname gefunden</translation>
    </message>
    <message>
        <source>cannot find the job host program %1</source>
        <translation>das Host-Programm für Jobs %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>cannot start the job host %1: %2</source>
        <translation>der Job-Host %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>JobLog</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>Processing object type %1</source>
        <translation>Objekttyp %1 wird verarbeitet</translation>
    </message>
    <message>
        <source>Dump file set for %1.%2 is:</source>
        <translation>Dump-Dateisatz für %1.%2:</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>no worker is left to run the remaining items</source>
        <translation>es ist kein Worker mehr übrig, um die restlichen Elemente auszuführen</translation>
    </message>
    <message>
        <source>PARALLEL needs a positive number</source>
        <translation>PARALLEL braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>the job is already running</source>
        <translation>der Job läuft bereits</translation>
    </message>
    <message>
        <source>%1=%2 was refused: %3</source>
        <translation>%1=%2 wurde abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>JobSpecParser</name>
    <message>
        <source>parameter file</source>
        <translation>Parameterdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEYWORD=value; in a parameter file, name the connection with USERID=%1</source>
        <translation>„%1“ ist nicht SCHLÜSSELWORT=wert; nennen Sie die Verbindung in einer Parameterdatei mit USERID=%1</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=&lt;value&gt; (for a YES/NO parameter, %1=YES). If you meant a connection profile called %2, write USERID=%2</source>
        <translation>%1 hat keinen Wert: Schreiben Sie %1=&lt;wert&gt; (bei einem YES/NO-Parameter %1=YES). Wenn Sie ein Verbindungsprofil namens %2 meinten, schreiben Sie USERID=%2</translation>
    </message>
    <message>
        <source>the connection %1</source>
        <translation>die Verbindung %1</translation>
    </message>
    <message>
        <source>PARFILE cannot be used inside a parameter file (they do not nest): move these parameters into %1, or give them on the command line</source>
        <translation>PARFILE kann nicht in einer Parameterdatei verwendet werden (sie lassen sich nicht verschachteln): Verschieben Sie diese Parameter nach %1 oder geben Sie sie auf der Befehlszeile an</translation>
    </message>
    <message>
        <source>PARFILE is given twice (first at %1): merge the files into one</source>
        <translation>PARFILE ist zweimal angegeben (zuerst bei %1): Führen Sie die Dateien zu einer zusammen</translation>
    </message>
    <message>
        <source>PARFILE takes one file path: write PARFILE=hr.par</source>
        <translation>PARFILE nimmt einen Dateipfad: Schreiben Sie PARFILE=hr.par</translation>
    </message>
    <message>
        <source>PARFILE cannot be used inside a parameter file (they do not nest): move the parameters of %1 into %2</source>
        <translation>PARFILE kann nicht in einer Parameterdatei verwendet werden (sie lassen sich nicht verschachteln): Verschieben Sie die Parameter von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 is a parameter of the original exp/imp utilities. Sluice does not rewrite legacy parameters (Data Pump&apos;s legacy mode silently changes behaviour, e.g. it turns on REUSE_DUMPFILES). %2</source>
        <translation>%1 ist ein Parameter der ursprünglichen exp/imp-Werkzeuge. Sluice schreibt Legacy-Parameter nicht um (der Legacy-Modus von Data Pump ändert stillschweigend das Verhalten, z. B. schaltet er REUSE_DUMPFILES ein). %2</translation>
    </message>
    <message>
        <source>unknown parameter %1%2; sluice-cli %3 HELP=YES lists them</source>
        <translation>unbekannter Parameter %1%2; sluice-cli %3 HELP=YES listet sie auf</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>this value does not apply because %1</source>
        <translation>dieser Wert gilt nicht, weil %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 parameter (it belongs to %3); remove it from this %4 job</source>
        <translation>%1 ist kein %2-Parameter (er gehört zu %3); entfernen Sie ihn aus diesem %4-Job</translation>
    </message>
    <message>
        <source>%1 is not supported by Sluice %2 because %3. Remove %1.</source>
        <translation>%1 wird von Sluice %2 nicht unterstützt, weil %3. Entfernen Sie %1.</translation>
    </message>
    <message>
        <source>another dump file (%1.dmp)</source>
        <translation>eine weitere Dump-Datei (%1.dmp)</translation>
    </message>
    <message>
        <source>another value of %1</source>
        <translation>ein weiterer Wert von %1</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=%2. Without =, Data Pump reads the bare word &quot;%3&quot; as %4</source>
        <translation>%1 hat keinen Wert: Schreiben Sie %1=%2. Ohne = liest Data Pump das einzelne Wort „%3“ als %4</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=%2</source>
        <translation>%1 hat keinen Wert: Schreiben Sie %1=%2</translation>
    </message>
    <message>
        <source>%1 takes one value, but &quot;%2&quot; follows &quot;%3&quot;: remove it, or if it is a value with spaces or commas, put it in double quotes in a PARFILE</source>
        <translation>%1 nimmt einen Wert, aber „%2“ folgt auf „%3“: Entfernen Sie es, oder setzen Sie einen Wert mit Leerzeichen oder Kommas in einer PARFILE in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: %2 is given twice (first at %3): a parameter that takes one value may appear only once; remove one</source>
        <translation>%1: %2 ist zweimal angegeben (zuerst bei %3): Ein Parameter mit einem Wert darf nur einmal vorkommen; entfernen Sie einen</translation>
    </message>
    <message>
        <source>%1 already has a QUERY (%2): give one query per table, combining conditions with AND</source>
        <translation>%1 hat bereits eine QUERY (%2): Geben Sie eine Abfrage pro Tabelle an und verknüpfen Sie Bedingungen mit AND</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>jede Tabelle</translation>
    </message>
    <message>
        <source>a SAMPLE for the same table is already given (%1): give one per table</source>
        <translation>für dieselbe Tabelle ist bereits ein SAMPLE angegeben (%1): Geben Sie eines pro Tabelle an</translation>
    </message>
    <message>
        <source>%1 is already remapped (%2): give one target per source</source>
        <translation>%1 ist bereits umgeleitet (%2): Geben Sie ein Ziel pro Quelle an</translation>
    </message>
    <message>
        <source>the column already has a function (%1): give one per column</source>
        <translation>die Spalte hat bereits eine Funktion (%1): Geben Sie eine pro Spalte an</translation>
    </message>
    <message>
        <source>: write %1=YES or %1=NO</source>
        <translation>: Schreiben Sie %1=YES oder %1=NO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value; write one of %2</source>
        <translation>„%1“ ist kein gültiger Wert; schreiben Sie einen von %2</translation>
    </message>
    <message>
        <source>the connection is already given as &quot;%1&quot;: give it once, as the first argument or as USERID</source>
        <translation>die Verbindung ist bereits als „%1“ angegeben: Geben Sie sie nur einmal an, als erstes Argument oder als USERID</translation>
    </message>
    <message>
        <source>%1: the connection %2</source>
        <translation>%1: die Verbindung %2</translation>
    </message>
    <message>
        <source>ENCRYPTION_PASSWORD: the password must be 1 to 128 bytes long; or use ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>ENCRYPTION_PASSWORD: Das Passwort muss 1 bis 128 Byte lang sein; oder verwenden Sie ENCRYPTION_PWD_PROMPT=YES</translation>
    </message>
    <message>
        <source>ENCRYPTION_PASSWORD on the command line (%1) is visible to other users in the process list; prefer ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>ENCRYPTION_PASSWORD auf der Befehlszeile (%1) ist für andere Benutzer in der Prozessliste sichtbar; verwenden Sie besser ENCRYPTION_PWD_PROMPT=YES</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2: a job has one mode; keep one of them</source>
        <translation>%1 kann nicht mit %2 kombiniert werden: Ein Job hat einen Modus; behalten Sie einen davon</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>worker %1 could not start: %2</source>
        <translation>Worker %1 konnte nicht starten: %2</translation>
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
    <name>MariadbCatalogReader</name>
    <message>
        <source>The text of %1 %2.%3 cannot be read: the user needs SELECT on mysql.proc, or to be the routine&apos;s definer</source>
        <translation>Der Text von %1 %2.%3 kann nicht gelesen werden: Der Benutzer braucht SELECT auf mysql.proc oder muss Definer der Routine sein</translation>
    </message>
</context>
<context>
    <name>MemberEncoder</name>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>NameClause</name>
    <message>
        <source>an unterminated string literal</source>
        <translation>ein nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>ordering comparisons (&lt;, &gt;, &lt;=, &gt;=) on names depend on the engine&apos;s collation and are not supported; use =, LIKE or IN</source>
        <translation>Ordnungsvergleiche (&lt;, &gt;, &lt;=, &gt;=) auf Namen hängen von der Sortierung der Engine ab und werden nicht unterstützt; verwenden Sie =, LIKE oder IN</translation>
    </message>
    <message>
        <source>it must start with one of =, !=, &lt;&gt;, LIKE, NOT LIKE, IN, NOT IN (found &quot;%1&quot;)</source>
        <translation>sie muss mit =, !=, &lt;&gt;, LIKE, NOT LIKE, IN oder NOT IN beginnen (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>names in a name clause are written as string literals in single quotes, e.g. &apos;EMP&apos; (found %1)</source>
        <translation>Namen in einer Namensklausel werden als Zeichenkettenliterale in einfachen Anführungszeichen geschrieben, z. B. &apos;EMP&apos; (gefunden: %1)</translation>
    </message>
    <message>
        <source>expected a name in single quotes, e.g. &apos;EMP&apos;, but found &quot;%1&quot;; if the quotes went missing, the shell removed them: use a PARFILE or escape them</source>
        <translation>erwartet wurde ein Name in einfachen Anführungszeichen, z. B. &apos;EMP&apos;, gefunden wurde aber „%1“; falls die Anführungszeichen fehlen, hat die Shell sie entfernt: Verwenden Sie eine PARFILE oder maskieren Sie sie</translation>
    </message>
    <message>
        <source>IN needs a parenthesised list, e.g. IN (&apos;EMP&apos;,&apos;DEPT&apos;)</source>
        <translation>IN braucht eine Liste in Klammern, z. B. IN (&apos;EMP&apos;,&apos;DEPT&apos;)</translation>
    </message>
    <message>
        <source>subqueries are not supported in name clauses: there is no Oracle dictionary to run them against; list the names, or use LIKE</source>
        <translation>Unterabfragen werden in Namensklauseln nicht unterstützt: Es gibt kein Oracle-Data-Dictionary, gegen das sie laufen könnten; zählen Sie die Namen auf oder verwenden Sie LIKE</translation>
    </message>
    <message>
        <source>expected , or ) in the IN list, found &quot;%1&quot;</source>
        <translation>erwartet wurde , oder ) in der IN-Liste, gefunden: „%1“</translation>
    </message>
    <message>
        <source>the name clause is empty</source>
        <translation>die Namensklausel ist leer</translation>
    </message>
    <message>
        <source>subqueries and parenthesised values are not supported after %1: there is no Oracle dictionary to run them against; write a single name in single quotes</source>
        <translation>Unterabfragen und Werte in Klammern werden nach %1 nicht unterstützt: Es gibt kein Oracle-Data-Dictionary, gegen das sie laufen könnten; schreiben Sie einen einzelnen Namen in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <source>ESCAPE is not supported in name clauses: % and _ are always wildcards in LIKE</source>
        <translation>ESCAPE wird in Namensklauseln nicht unterstützt: % und _ sind in LIKE immer Platzhalter</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the name clause</source>
        <translation>unerwarteter Text „%1“ nach der Namensklausel</translation>
    </message>
    <message>
        <source>the name clause &quot;%1&quot; is ambiguous: &apos;%2&apos; matches both &quot;%3&quot; and &quot;%4&quot;, which differ only in case; write &apos;&quot;%3&quot;&apos; inside the quotes to match one exactly</source>
        <translation>die Namensklausel „%1“ ist mehrdeutig: &apos;%2&apos; passt auf „%3“ und „%4“, die sich nur in der Groß-/Kleinschreibung unterscheiden; schreiben Sie &apos;&quot;%3&quot;&apos; in die Anführungszeichen, um genau einen zu treffen</translation>
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
        <translation>Partition von</translation>
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
        <translation>Generiert</translation>
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
    <name>ObjectTypes</name>
    <message>
        <source>%1 is an Oracle object type that SQLite, PostgreSQL and MariaDB do not have</source>
        <translation>%1 ist ein Oracle-Objekttyp, den SQLite, PostgreSQL und MariaDB nicht kennen</translation>
    </message>
    <message>
        <source>it does not exist in %1 mode</source>
        <translation>es existiert im Modus %1 nicht</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 kennt kein %2</translation>
    </message>
    <message>
        <source>Object path %1 was not found.</source>
        <translation>Objektpfad %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>ParameterValues</name>
    <message>
        <source>&quot;%1&quot; is not YES or NO</source>
        <translation>„%1“ ist nicht YES oder NO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range: give a number from %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs: Geben Sie eine Zahl von %2 bis %3 an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write a whole number with an optional unit B, KB, MB, GB or TB, e.g. 1536MB rather than 1.5GB</source>
        <translation>„%1“ ist keine Größe: Schreiben Sie eine ganze Zahl mit optionaler Einheit B, KB, MB, GB oder TB, z. B. 1536MB statt 1.5GB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown unit %2: use B, KB, MB, GB or TB</source>
        <translation>„%1“ hat eine unbekannte Einheit %2: Verwenden Sie B, KB, MB, GB oder TB</translation>
    </message>
    <message>
        <source>%1 is larger than the 16TB maximum</source>
        <translation>%1 ist größer als das Maximum von 16TB</translation>
    </message>
    <message>
        <source>%1 is smaller than the 4KB minimum (0 means unlimited)</source>
        <translation>%1 ist kleiner als das Minimum von 4KB (0 bedeutet unbegrenzt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a directory object name: use a name made of letters, digits and _ (create one with sluice-cli directory create)</source>
        <translation>„%1“ ist kein Name für ein Verzeichnisobjekt: Verwenden Sie einen Namen aus Buchstaben, Ziffern und _ (anlegen mit sluice-cli directory create)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file name</source>
        <translation>„%1“ hat keinen Dateinamen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name: files are placed in a directory object&apos;s folder, so create a directory object for the folder (sluice-cli directory create) and write DIR:file</source>
        <translation>„%1“ ist kein einfacher Dateiname: Dateien liegen im Ordner eines Verzeichnisobjekts; legen Sie also ein Verzeichnisobjekt für den Ordner an (sluice-cli directory create) und schreiben Sie DIR:datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unsupported substitution; only %U (01-99) and %L (01 and up) are supported</source>
        <translation>„%1“ enthält eine nicht unterstützte Ersetzung; nur %U (01-99) und %L (ab 01) werden unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %, but only DUMPFILE takes %U/%L templates</source>
        <translation>„%1“ enthält %, aber nur DUMPFILE nimmt %U/%L-Vorlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a partition, which is not allowed here</source>
        <translation>„%1“ nennt eine Partition, was hier nicht erlaubt ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many dots: write [schema.]table</source>
        <translation>„%1“ hat zu viele Punkte: Schreiben Sie [schema.]tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type: write a type such as TABLE, INDEX or SCHEMA_EXPORT/TABLE/INDEX</source>
        <translation>„%1“ ist kein Objekttyp: Schreiben Sie einen Typ wie TABLE, INDEX oder SCHEMA_EXPORT/TABLE/INDEX</translation>
    </message>
    <message>
        <source>objects of type %1 have no names, so a name clause cannot select them: leave the clause out</source>
        <translation>Objekte vom Typ %1 haben keine Namen, daher kann eine Namensklausel sie nicht auswählen: Lassen Sie die Klausel weg</translation>
    </message>
    <message>
        <source>the name clause &quot;%1&quot; must be in double quotes, e.g. %2:&quot;IN (&apos;EMP&apos;,&apos;DEPT&apos;)&quot;; on a Unix shell the quotes must be escaped (%2:\&quot;IN \(&apos;EMP&apos;\)\&quot;) or the parameter put in a PARFILE</source>
        <translation>die Namensklausel „%1“ muss in doppelten Anführungszeichen stehen, z. B. %2:&quot;IN (&apos;EMP&apos;,&apos;DEPT&apos;)&quot;; in einer Unix-Shell müssen die Anführungszeichen maskiert werden (%2:\&quot;IN \(&apos;EMP&apos;\)\&quot;) oder der Parameter in eine PARFILE</translation>
    </message>
    <message>
        <source>the name clause %1 is invalid: %2</source>
        <translation>die Namensklausel %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the query clause must be in double quotes, e.g. QUERY=employees:&quot;WHERE department_id &gt; 10&quot;; on a Unix shell write QUERY=employees:&apos;&quot;WHERE ...&quot;&apos; or use a PARFILE</source>
        <translation>die Abfrageklausel muss in doppelten Anführungszeichen stehen, z. B. QUERY=employees:&quot;WHERE department_id &gt; 10&quot;; in einer Unix-Shell schreiben Sie QUERY=employees:&apos;&quot;WHERE ...&quot;&apos; oder verwenden eine PARFILE</translation>
    </message>
    <message>
        <source>the query clause is empty</source>
        <translation>die Abfrageklausel ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage: write e.g. SAMPLE=10 or SAMPLE=hr.employees:2.5</source>
        <translation>„%1“ ist kein Prozentsatz: Schreiben Sie z. B. SAMPLE=10 oder SAMPLE=hr.employees:2.5</translation>
    </message>
    <message>
        <source>%1 is out of range: the percentage must be at least .000001 and below 100 (to export every row, leave SAMPLE out)</source>
        <translation>%1 liegt außerhalb des Bereichs: Der Prozentsatz muss mindestens .000001 und kleiner als 100 sein (um jede Zeile zu exportieren, lassen Sie SAMPLE weg)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair: write source:target</source>
        <translation>„%1“ ist kein Paar: Schreiben Sie quelle:ziel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no new name: write [schema.]old_table:new_table</source>
        <translation>„%1“ hat keinen neuen Namen: Schreiben Sie [schema.]alte_tabelle:neue_tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the new name takes no schema (the target schema comes from REMAP_SCHEMA): write old_table:new_table</source>
        <translation>„%1“: Der neue Name nimmt kein Schema (das Zielschema kommt aus REMAP_SCHEMA): Schreiben Sie alte_tabelle:neue_tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many dots: write [schema.]old_table[.partition]:new_table</source>
        <translation>„%1“ hat zu viele Punkte: Schreiben Sie [schema.]alte_tabelle[.partition]:neue_tabelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [schema.]table.column:function, e.g. hr.employees.email:FAKE_EMAIL</source>
        <translation>„%1“ ist nicht [schema.]tabelle.spalte:funktion, z. B. hr.employees.email:FAKE_EMAIL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name:value[:object_type], e.g. SEGMENT_ATTRIBUTES:N:TABLE</source>
        <translation>„%1“ ist nicht name:wert[:objekttyp], z. B. SEGMENT_ATTRIBUTES:N:TABLE</translation>
    </message>
    <message>
        <source>the transform %1 does not apply because %2; the transforms Sluice applies are SEGMENT_ATTRIBUTES, STORAGE and DISABLE_ARCHIVE_LOGGING</source>
        <translation>die Transformation %1 gilt nicht, weil %2; Sluice wendet die Transformationen SEGMENT_ATTRIBUTES, STORAGE und DISABLE_ARCHIVE_LOGGING an</translation>
    </message>
    <message>
        <source>unknown transform %1; the transforms Sluice applies are SEGMENT_ATTRIBUTES, STORAGE and DISABLE_ARCHIVE_LOGGING</source>
        <translation>unbekannte Transformation %1; Sluice wendet die Transformationen SEGMENT_ATTRIBUTES, STORAGE und DISABLE_ARCHIVE_LOGGING an</translation>
    </message>
    <message>
        <source>%1 takes Y or N, not &quot;%2&quot;</source>
        <translation>%1 nimmt Y oder N, nicht „%2“</translation>
    </message>
    <message>
        <source>the format element at &quot;%1&quot; is not supported; use YYYY, MM, DD, HH24, MI, SS and FF3</source>
        <translation>das Formatelement bei „%1“ wird nicht unterstützt; verwenden Sie YYYY, MM, DD, HH24, MI, SS und FF3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write SYSTIMESTAMP, &quot;TO_TIMESTAMP(&apos;2024-05-01 10:30:00&apos;,&apos;YYYY-MM-DD HH24:MI:SS&apos;)&quot; or an ISO time such as 2024-05-01T10:30:00</source>
        <translation>„%1“ ist keine Zeitangabe: Schreiben Sie SYSTIMESTAMP, &quot;TO_TIMESTAMP(&apos;2024-05-01 10:30:00&apos;,&apos;YYYY-MM-DD HH24:MI:SS&apos;)&quot; oder eine ISO-Zeit wie 2024-05-01T10:30:00</translation>
    </message>
    <message>
        <source>the connection is empty: name a saved profile or a URL</source>
        <translation>die Verbindung ist leer: Nennen Sie ein gespeichertes Profil oder eine URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a password. Sluice never takes passwords on the command line or in parameter files, where process lists, shell history and logs keep them: name a saved connection profile (its password lives in the OS keychain) or a URL without the password, and Sluice prompts for it, or reads SLUICE_PASSWORD for unattended runs</source>
        <translation>„%1“ enthält ein Passwort. Sluice nimmt Passwörter nie auf der Befehlszeile oder in Parameterdateien an, wo Prozesslisten, Shell-Verlauf und Protokolle sie festhalten: Nennen Sie ein gespeichertes Verbindungsprofil (sein Passwort liegt im Schlüsselbund des Betriebssystems) oder eine URL ohne Passwort; Sluice fragt dann danach oder liest SLUICE_PASSWORD für unbeaufsichtigte Läufe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 128 characters</source>
        <translation>„%1“ ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not COMPATIBLE, LATEST or a version number</source>
        <translation>„%1“ ist weder COMPATIBLE noch LATEST noch eine Versionsnummer</translation>
    </message>
    <message>
        <source>%1 does not apply because %2</source>
        <translation>%1 gilt nicht, weil %2</translation>
    </message>
</context>
<context>
    <name>PayloadCompressor</name>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd: Kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>zlib: could not start the compressor</source>
        <translation>zlib: Der Kompressor konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>zlib: stream error</source>
        <translation>zlib: Streamfehler</translation>
    </message>
</context>
<context>
    <name>PayloadDecompressor</name>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>the compressed stream ends early</source>
        <translation>der komprimierte Stream endet vorzeitig</translation>
    </message>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd: Kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>zlib: could not start the decompressor</source>
        <translation>zlib: Der Dekompressor konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>gzip: data after the end of the stream</source>
        <translation>gzip: Daten nach dem Ende des Streams</translation>
    </message>
</context>
<context>
    <name>ProcessTool</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2%3</source>
        <translation>%1 endete mit Exit-Code %2%3</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Current object</source>
        <translation>Aktuelles Objekt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Open &amp;Log File</source>
        <translation>&amp;Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>Open S&amp;QL File</source>
        <translation>S&amp;QL-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>STOP_JOB: the workers finish their current objects, then the job stops and can be restarted.</source>
        <translation>STOP_JOB: Die Worker beenden ihre aktuellen Objekte, dann hält der Job an und kann neu gestartet werden.</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>KILL_JOB: abandons the job and deletes its dump files.</source>
        <translation>KILL_JOB: Gibt den Job auf und löscht seine Dump-Dateien.</translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>QueryFilterLoader</name>
    <message>
        <source>Cannot create the staging table for QUERY on %1: %2</source>
        <translation>Die Zwischentabelle für QUERY auf %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>QUERY &quot;%1&quot; cannot be applied to %2: %3</source>
        <translation>QUERY „%1“ kann nicht auf %2 angewendet werden: %3</translation>
    </message>
</context>
<context>
    <name>RemapDataFunction</name>
    <message>
        <source>REMAP_DATA function %1 cannot apply to a column of type %2: %3</source>
        <translation>Die REMAP_DATA-Funktion %1 ist auf eine Spalte vom Typ %2 nicht anwendbar: %3</translation>
    </message>
    <message>
        <source>REMAP_DATA function %1 needs a key: set SLUICE_REMAP_KEY in the environment of the client that starts the job</source>
        <translation>Die REMAP_DATA-Funktion %1 braucht einen Schlüssel: Setzen Sie SLUICE_REMAP_KEY in der Umgebung des Clients, der den Job startet</translation>
    </message>
    <message>
        <source>no hashed value of that type can be formed</source>
        <translation>für diesen Typ lässt sich kein Hashwert bilden</translation>
    </message>
    <message>
        <source>MASK applies to character and numeric columns</source>
        <translation>MASK gilt für Zeichen- und numerische Spalten</translation>
    </message>
    <message>
        <source>the mask must be one character</source>
        <translation>die Maske muss aus einem Zeichen bestehen</translation>
    </message>
    <message>
        <source>a numeric column can only be masked with a digit</source>
        <translation>eine numerische Spalte kann nur mit einer Ziffer maskiert werden</translation>
    </message>
    <message>
        <source>SHIFT_DAYS applies to date and timestamp columns</source>
        <translation>SHIFT_DAYS gilt für Datums- und Zeitstempelspalten</translation>
    </message>
    <message>
        <source>FAKE_EMAIL applies to character columns</source>
        <translation>FAKE_EMAIL gilt für Zeichenspalten</translation>
    </message>
    <message>
        <source>a fake address needs at least 17 characters</source>
        <translation>eine Ersatzadresse braucht mindestens 17 Zeichen</translation>
    </message>
    <message>
        <source>Unknown REMAP_DATA function %1; the functions are %2</source>
        <translation>Unbekannte REMAP_DATA-Funktion %1; verfügbare Funktionen: %2</translation>
    </message>
    <message>
        <source>SHIFT_DAYS(%1) cannot read the date &quot;%2&quot;</source>
        <translation>SHIFT_DAYS(%1) kann das Datum „%2“ nicht lesen</translation>
    </message>
</context>
<context>
    <name>RemapFunction</name>
    <message>
        <source>a malformed string %1 (write a quote inside as &apos;&apos;)</source>
        <translation>eine fehlerhafte Zeichenkette %1 (schreiben Sie ein Anführungszeichen darin als &apos;&apos;)</translation>
    </message>
    <message>
        <source>the argument %1 is neither a number nor a &apos;string&apos;</source>
        <translation>das Argument %1 ist weder eine Zahl noch eine &apos;zeichenkette&apos;</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s): write %3</source>
        <translation>%1 nimmt %2 Argument(e): Schreiben Sie %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>argument %1 of %2 must be %3: write %4</source>
        <translation>Argument %1 von %2 muss %3 sein: Schreiben Sie %4</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a &apos;string&apos;</source>
        <translation>eine &apos;zeichenkette&apos;</translation>
    </message>
    <message>
        <source>the mask character of MASK must be one character, e.g. &apos;*&apos;</source>
        <translation>das Maskenzeichen von MASK muss ein einzelnes Zeichen sein, z. B. &apos;*&apos;</translation>
    </message>
    <message>
        <source>%1 looks like a PL/SQL package function; Sluice has no PL/SQL and offers built-in functions instead: %2</source>
        <translation>%1 sieht wie eine PL/SQL-Paketfunktion aus; Sluice hat kein PL/SQL und bietet stattdessen eingebaute Funktionen: %2</translation>
    </message>
    <message>
        <source>unknown function %1; the built-in functions are: %2</source>
        <translation>unbekannte Funktion %1; die eingebauten Funktionen sind: %2</translation>
    </message>
    <message>
        <source>%1: the argument list must end with )</source>
        <translation>%1: Die Argumentliste muss mit ) enden</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the run history %1 stayed locked by another process</source>
        <translation>die Laufhistorie %1 blieb von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>cannot write the run history %1: %2</source>
        <translation>die Laufhistorie %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SampleDatabase</name>
    <message>
        <source>The bundled sample database %1 is missing; reinstall Sluice or set SLUICE_DATA_DIR to the folder that holds sample/hr.db.</source>
        <translation>Die mitgelieferte Beispieldatenbank %1 fehlt; installieren Sie Sluice neu oder setzen Sie SLUICE_DATA_DIR auf den Ordner, der sample/hr.db enthält.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the sample database to %1.</source>
        <translation>Die Beispieldatenbank kann nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>SavedJob</name>
    <message>
        <source>&quot;%1&quot; cannot name a saved job: use 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit (the name becomes a file name and the name of the OS scheduler entry)</source>
        <translation>„%1“ kann keinen gespeicherten Job benennen: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer (der Name wird zum Dateinamen und zum Namen des Eintrags im Scheduler des Betriebssystems)</translation>
    </message>
    <message>
        <source>unsupported saved job format version %1</source>
        <translation>nicht unterstützte Formatversion %1 eines gespeicherten Jobs</translation>
    </message>
    <message>
        <source>the saved job &quot;%1&quot; has no valid operation</source>
        <translation>der gespeicherte Job „%1“ hat keine gültige Operation</translation>
    </message>
    <message>
        <source>saved job %1</source>
        <translation>gespeicherter Job %1</translation>
    </message>
    <message>
        <source>a saved job never stores passwords, so ENCRYPTION_PASSWORD cannot be saved: write ENCRYPTION_PWD_PROMPT=YES instead. Interactive runs then ask for it; unattended runs read it from the environment variable SLUICE_ENCRYPTION_PASSWORD_&lt;JOB&gt; or the keychain entry &quot;job:&lt;name&gt;&quot; (sluice-cli job set-encryption-password &lt;name&gt;)</source>
        <translation>ein gespeicherter Job speichert nie Passwörter, daher kann ENCRYPTION_PASSWORD nicht gespeichert werden: Schreiben Sie stattdessen ENCRYPTION_PWD_PROMPT=YES. Interaktive Läufe fragen dann danach; unbeaufsichtigte Läufe lesen es aus der Umgebungsvariablen SLUICE_ENCRYPTION_PASSWORD_&lt;JOB&gt; oder aus dem Schlüsselbundeintrag „job:&lt;name&gt;“ (sluice-cli job set-encryption-password &lt;name&gt;)</translation>
    </message>
    <message>
        <source>ATTACH and HELP are not jobs: a saved job starts a new export or import</source>
        <translation>ATTACH und HELP sind keine Jobs: Ein gespeicherter Job startet einen neuen Export oder Import</translation>
    </message>
    <message>
        <source>a saved job needs a connection: give a connection profile first (sluice-cli job save %1 %2 &lt;profile&gt; ...) or USERID=</source>
        <translation>ein gespeicherter Job braucht eine Verbindung: Geben Sie zuerst ein Verbindungsprofil an (sluice-cli job save %1 %2 &lt;profil&gt; ...) oder USERID=</translation>
    </message>
</context>
<context>
    <name>SavedJobStore</name>
    <message>
        <source>there is no saved job &quot;%1&quot;%2</source>
        <translation>es gibt keinen gespeicherten Job „%1“%2</translation>
    </message>
    <message>
        <source> (there are none yet: sluice-cli job save)</source>
        <translation> (es gibt noch keine: sluice-cli job save)</translation>
    </message>
    <message>
        <source>; the saved jobs are </source>
        <translation>; die gespeicherten Jobs sind </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved job: %2</source>
        <translation>%1 ist kein gespeicherter Job: %2</translation>
    </message>
    <message>
        <source>unreadable saved jobs: </source>
        <translation>unlesbare gespeicherte Jobs: </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>SchedulerBackend</name>
    <message>
        <source>unknown scheduler backend &quot;%1&quot;; choose %2</source>
        <translation>unbekanntes Scheduler-Backend „%1“; wählen Sie %2</translation>
    </message>
    <message>
        <source>Windows Task Scheduler is only available on Windows</source>
        <translation>Die Windows-Aufgabenplanung ist nur unter Windows verfügbar</translation>
    </message>
    <message>
        <source>systemd user timers are not available here (&quot;systemctl --user show-environment&quot; failed)</source>
        <translation>systemd-Benutzertimer sind hier nicht verfügbar („systemctl --user show-environment“ ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>there is no crontab program in PATH</source>
        <translation>im PATH gibt es kein crontab-Programm</translation>
    </message>
    <message>
        <source>no OS scheduler found: neither &quot;systemctl --user&quot; answers nor is there a crontab program in PATH</source>
        <translation>kein Scheduler des Betriebssystems gefunden: Weder antwortet „systemctl --user“, noch gibt es ein crontab-Programm im PATH</translation>
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
    <name>SourcePosition</name>
    <message>
        <source>job specification</source>
        <translation>Jobspezifikation</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
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
    <name>SqlFileWriter</name>
    <message>
        <source>Cannot write the SQL file &quot;%1&quot;: %2</source>
        <translation>Die SQL-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SQL file %1 holds %2 statement(s)</source>
        <translation>Die SQL-Datei %1 enthält %2 Anweisung(en)</translation>
    </message>
</context>
<context>
    <name>SqlName</name>
    <message>
        <source>an empty name</source>
        <translation>ein leerer Name</translation>
    </message>
    <message>
        <source>an unterminated or empty quoted name %1</source>
        <translation>ein nicht abgeschlossener oder leerer Name in Anführungszeichen %1</translation>
    </message>
    <message>
        <source>a malformed quoted name %1</source>
        <translation>ein fehlerhafter Name in Anführungszeichen %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain name (the character &apos;%2&apos; needs quoting); write it in double quotes, e.g. &quot;%1&quot;</source>
        <translation>„%1“ ist kein einfacher Name (das Zeichen &apos;%2&apos; muss in Anführungszeichen stehen); schreiben Sie ihn in doppelte Anführungszeichen, z. B. &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SqlRunner</name>
    <message>
        <source>%1
(while running: %2)</source>
        <translation>%1
(bei der Ausführung von: %2)</translation>
    </message>
</context>
<context>
    <name>SystemdTimerBackend</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation>Keine offene MariaDB-Verbindung.</translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation>Keine offene PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation>Keine offene SQLite-Verbindung.</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>A row has a wrong number of fields.</source>
        <translation>Eine Zeile hat eine falsche Anzahl von Feldern.</translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation>Das Lesen der Daten des Chunks ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation>Keine offene PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>The chunk&apos;s data ends in the middle of a row.</source>
        <translation>Die Daten des Chunks enden mitten in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>TypeMapRule</name>
    <message>
        <source>SQLite keeps numbers as 64-bit integers or 8-byte floats: digits beyond 15 significant ones are lost</source>
        <translation>SQLite speichert Zahlen als 64-Bit-Ganzzahlen oder 8-Byte-Gleitkommazahlen: Ziffern über 15 signifikante Stellen hinaus gehen verloren</translation>
    </message>
    <message>
        <source>the UTC offset is not kept: values are written in UTC without a zone</source>
        <translation>der UTC-Offset bleibt nicht erhalten: Werte werden in UTC ohne Zone geschrieben</translation>
    </message>
    <message>
        <source>the array is stored as JSON text</source>
        <translation>das Array wird als JSON-Text gespeichert</translation>
    </message>
    <message>
        <source>MariaDB decimals hold at most 65 digits, 30 after the point: longer values are rounded</source>
        <translation>MariaDB-Dezimalzahlen fassen höchstens 65 Stellen, davon 30 nach dem Komma: längere Werte werden gerundet</translation>
    </message>
    <message>
        <source>MariaDB&apos;s BOOLEAN is tinyint(1): true/false become 1/0</source>
        <translation>BOOLEAN ist in MariaDB tinyint(1): true/false werden zu 1/0</translation>
    </message>
    <message>
        <source>varchar without a length becomes longtext</source>
        <translation>varchar ohne Länge wird zu longtext</translation>
    </message>
    <message>
        <source>char longer than 255 becomes varchar: no blank padding</source>
        <translation>char länger als 255 wird zu varchar: kein Auffüllen mit Leerzeichen</translation>
    </message>
    <message>
        <source>MariaDB has no interval type: stored as text</source>
        <translation>MariaDB kennt keinen Intervalltyp: als Text gespeichert</translation>
    </message>
    <message>
        <source>network addresses are stored as text</source>
        <translation>Netzwerkadressen werden als Text gespeichert</translation>
    </message>
    <message>
        <source>MAC addresses are stored as text</source>
        <translation>MAC-Adressen werden als Text gespeichert</translation>
    </message>
    <message>
        <source>money becomes decimal(19,2): the currency format is dropped</source>
        <translation>money wird zu decimal(19,2): das Währungsformat entfällt</translation>
    </message>
    <message>
        <source>stored as text without the type&apos;s checks</source>
        <translation>als Text ohne die Prüfungen des Typs gespeichert</translation>
    </message>
    <message>
        <source>MariaDB has no equivalent: values are stored as their text form</source>
        <translation>MariaDB hat keine Entsprechung: Werte werden in ihrer Textform gespeichert</translation>
    </message>
    <message>
        <source>SQLite has no such type: values are stored as their text form</source>
        <translation>SQLite kennt diesen Typ nicht: Werte werden in ihrer Textform gespeichert</translation>
    </message>
    <message>
        <source>tinyint(1) is read as boolean: 0 is false, any other value true</source>
        <translation>tinyint(1) wird als boolean gelesen: 0 ist false, jeder andere Wert true</translation>
    </message>
    <message>
        <source>bigint unsigned becomes numeric(20,0) to hold values above 2^63-1</source>
        <translation>bigint unsigned wird zu numeric(20,0), um Werte über 2^63-1 aufzunehmen</translation>
    </message>
    <message>
        <source>unsigned is not enforced: negative values are accepted</source>
        <translation>unsigned wird nicht erzwungen: negative Werte werden angenommen</translation>
    </message>
    <message>
        <source>bit(1) is read as boolean</source>
        <translation>bit(1) wird als boolean gelesen</translation>
    </message>
    <message>
        <source>MariaDB TIMESTAMP is stored in UTC: it becomes timestamptz</source>
        <translation>MariaDB-TIMESTAMP wird in UTC gespeichert: es wird zu timestamptz</translation>
    </message>
    <message>
        <source>MariaDB TIME holds durations up to 838 hours; PostgreSQL time only 00:00 to 24:00</source>
        <translation>MariaDB-TIME fasst Zeitdauern bis 838 Stunden; PostgreSQL-time nur 00:00 bis 24:00</translation>
    </message>
    <message>
        <source>YEAR becomes smallint</source>
        <translation>YEAR wird zu smallint</translation>
    </message>
    <message>
        <source>ENUM becomes text with a CHECK on its values</source>
        <translation>ENUM wird zu text mit einem CHECK auf seine Werte</translation>
    </message>
    <message>
        <source>SET becomes comma-separated text; members are not checked</source>
        <translation>SET wird zu kommagetrenntem Text; die Elemente werden nicht geprüft</translation>
    </message>
    <message>
        <source>PostgreSQL has no equivalent: values are stored as their text form</source>
        <translation>PostgreSQL hat keine Entsprechung: Werte werden in ihrer Textform gespeichert</translation>
    </message>
    <message>
        <source>tinyint(1) is read as boolean</source>
        <translation>tinyint(1) wird als boolean gelesen</translation>
    </message>
    <message>
        <source>SQLite integers are signed 64-bit: values above 2^63-1 do not fit</source>
        <translation>SQLite-Ganzzahlen sind vorzeichenbehaftete 64-Bit-Werte: Werte über 2^63-1 passen nicht</translation>
    </message>
    <message>
        <source>the column has no declared type (it takes any value): values are stored as text</source>
        <translation>die Spalte hat keinen deklarierten Typ (sie nimmt jeden Wert an): Werte werden als Text gespeichert</translation>
    </message>
    <message>
        <source>an unknown declared type has NUMERIC affinity in SQLite: it becomes numeric</source>
        <translation>ein unbekannter deklarierter Typ hat in SQLite NUMERIC-Affinität: er wird zu numeric</translation>
    </message>
    <message>
        <source>an unknown declared type has NUMERIC affinity in SQLite: it becomes decimal(65,30)</source>
        <translation>ein unbekannter deklarierter Typ hat in SQLite NUMERIC-Affinität: er wird zu decimal(65,30)</translation>
    </message>
</context>
<context>
    <name>TypeMapper</name>
    <message>
        <source>%1 becomes %2: %3</source>
        <translation>%1 wird zu %2: %3</translation>
    </message>
    <message>
        <source>no type mapping rule for %1 from %2 to %3</source>
        <translation>keine Typzuordnungsregel für %1 von %2 nach %3</translation>
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
        <translation>Die Verbindungs-URL enthält ein Passwort. Sluice nimmt Passwörter nie in URLs, Parameterdateien oder Protokollen an: Speichern Sie es im Schlüsselbund (sluice-cli connection add --save-password), setzen Sie SLUICE_PASSWORD oder geben Sie es bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>The connection URL has an option without a name: &quot;%1&quot;.</source>
        <translation>Die Verbindungs-URL hat eine Option ohne Namen: „%1“.</translation>
    </message>
    <message>
        <source>A SQLite URL names a local file and has no host: write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>Eine SQLite-URL nennt eine lokale Datei und hat keinen Host: Schreiben Sie sqlite:///absoluter/pfad.db oder sqlite:relativer/pfad.db.</translation>
    </message>
    <message>
        <source>The SQLite URL names no database file, e.g. sqlite:///home/me/hr.db.</source>
        <translation>Die SQLite-URL nennt keine Datenbankdatei, z. B. sqlite:///home/me/hr.db.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has an unclosed &apos;[&apos;.</source>
        <translation>Der Host „%1“ hat eine nicht geschlossene &apos;[&apos;.</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &quot;%1&quot;.</source>
        <translation>Unerwarteter Text nach der IPv6-Adresse in „%1“.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>A %1 URL looks like %2://user@host:port/database.</source>
        <translation>Eine %1-URL sieht so aus: %2://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The connection URL has an &apos;@&apos; but no user name before it.</source>
        <translation>Die Verbindungs-URL hat ein &apos;@&apos;, aber keinen Benutzernamen davor.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a &apos;/&apos;; write it as %2F.</source>
        <translation>Der Datenbankname „%1“ enthält ein &apos;/&apos;; schreiben Sie es als %2F.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain could not read the password for the profile &quot;%1&quot;: %2.</source>
        <translation>Der Schlüsselbund konnte das Passwort für das Profil „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>sie ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a Sluice dump header</source>
        <translation>sie ist kein Sluice-Dump-Header</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Sluice reads version %2)</source>
        <translation>Formatversion %1 wird nicht unterstützt (dieses Sluice liest Version %2)</translation>
    </message>
    <message>
        <source>it has no set id</source>
        <translation>sie hat keine Satz-ID</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot;, member %2</source>
        <translation>Dump-Datei „%1“, Element %2</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2: %3</source>
        <translation>%1 kann nicht mit %2 kombiniert werden: %3</translation>
    </message>
    <message>
        <source>a job that is attached to keeps its own parameters, so only ENCRYPTION_PASSWORD may accompany ATTACH; remove %1 (change PARALLEL and the like at the interactive prompt instead)</source>
        <translation>ein angehängter Job behält seine eigenen Parameter, daher darf nur ENCRYPTION_PASSWORD mit ATTACH angegeben werden; entfernen Sie %1 (ändern Sie PARALLEL und Ähnliches stattdessen an der interaktiven Eingabeaufforderung)</translation>
    </message>
    <message>
        <source>they name the same point in two ways; keep one</source>
        <translation>beide nennen denselben Zeitpunkt auf zwei Arten; behalten Sie einen</translation>
    </message>
    <message>
        <source>QUERY filters rows and METADATA_ONLY moves none; remove QUERY or CONTENT</source>
        <translation>QUERY filtert Zeilen, und METADATA_ONLY überträgt keine; entfernen Sie QUERY oder CONTENT</translation>
    </message>
    <message>
        <source>SAMPLE selects rows and METADATA_ONLY moves none; remove SAMPLE or CONTENT</source>
        <translation>SAMPLE wählt Zeilen aus, und METADATA_ONLY überträgt keine; entfernen Sie SAMPLE oder CONTENT</translation>
    </message>
    <message>
        <source>REMAP_DATA changes rows and METADATA_ONLY loads none; remove one of them</source>
        <translation>REMAP_DATA ändert Zeilen, und METADATA_ONLY lädt keine; entfernen Sie eines von beiden</translation>
    </message>
    <message>
        <source>estimates are made for whole tables; remove QUERY</source>
        <translation>Schätzungen werden für ganze Tabellen gemacht; entfernen Sie QUERY</translation>
    </message>
    <message>
        <source>an estimate writes no dump file; remove DUMPFILE</source>
        <translation>eine Schätzung schreibt keine Dump-Datei; entfernen Sie DUMPFILE</translation>
    </message>
    <message>
        <source>remove one of them</source>
        <translation>entfernen Sie eines von beiden</translation>
    </message>
    <message>
        <source>a data-only import loads into existing tables; use TABLE_EXISTS_ACTION=APPEND or TRUNCATE (APPEND is the default)</source>
        <translation>ein reiner Datenimport lädt in vorhandene Tabellen; verwenden Sie TABLE_EXISTS_ACTION=APPEND oder TRUNCATE (APPEND ist der Standard)</translation>
    </message>
    <message>
        <source>a dump file import (no NETWORK_LINK)</source>
        <translation>ein Import aus Dump-Dateien (ohne NETWORK_LINK)</translation>
    </message>
    <message>
        <source>a dump file set is already one consistent snapshot; FLASHBACK_SCN applies to imports with NETWORK_LINK only</source>
        <translation>ein Dump-Dateisatz ist bereits ein konsistenter Snapshot; FLASHBACK_SCN gilt nur für Importe mit NETWORK_LINK</translation>
    </message>
    <message>
        <source>a dump file set is already one consistent snapshot; FLASHBACK_TIME applies to imports with NETWORK_LINK only</source>
        <translation>ein Dump-Dateisatz ist bereits ein konsistenter Snapshot; FLASHBACK_TIME gilt nur für Importe mit NETWORK_LINK</translation>
    </message>
    <message>
        <source>the dump file set already records its sizes; ESTIMATE applies to imports with NETWORK_LINK only</source>
        <translation>der Dump-Dateisatz enthält seine Größen bereits; ESTIMATE gilt nur für Importe mit NETWORK_LINK</translation>
    </message>
    <message>
        <source>SQLFILE writes DDL only; leave CONTENT out or use CONTENT=METADATA_ONLY</source>
        <translation>SQLFILE schreibt nur DDL; lassen Sie CONTENT weg oder verwenden Sie CONTENT=METADATA_ONLY</translation>
    </message>
    <message>
        <source>SQLFILE loads no rows for QUERY to filter; remove QUERY</source>
        <translation>SQLFILE lädt keine Zeilen, die QUERY filtern könnte; entfernen Sie QUERY</translation>
    </message>
    <message>
        <source>SQLFILE loads no rows to remap; remove REMAP_DATA</source>
        <translation>SQLFILE lädt keine Zeilen, die umgewandelt werden könnten; entfernen Sie REMAP_DATA</translation>
    </message>
    <message>
        <source>SQLFILE loads nothing to verify; remove VERIFY</source>
        <translation>SQLFILE lädt nichts, was geprüft werden könnte; entfernen Sie VERIFY</translation>
    </message>
    <message>
        <source>a job without SQLFILE</source>
        <translation>ein Job ohne SQLFILE</translation>
    </message>
    <message>
        <source>TARGET_DIALECT chooses the dialect of SQLFILE&apos;s DDL; add SQLFILE=file.sql or remove TARGET_DIALECT (a real import uses the target connection&apos;s dialect)</source>
        <translation>TARGET_DIALECT wählt den Dialekt der DDL von SQLFILE; fügen Sie SQLFILE=file.sql hinzu oder entfernen Sie TARGET_DIALECT (ein echter Import verwendet den Dialekt der Zielverbindung)</translation>
    </message>
    <message>
        <source>a network import copies straight from the source with no dump file; remove DUMPFILE (or NETWORK_LINK to import the dump)</source>
        <translation>ein Netzwerkimport kopiert direkt aus der Quelle, ohne Dump-Datei; entfernen Sie DUMPFILE (oder NETWORK_LINK, um den Dump zu importieren)</translation>
    </message>
    <message>
        <source>there is no dump file to decrypt in a network import; remove it</source>
        <translation>bei einem Netzwerkimport gibt es keine Dump-Datei zu entschlüsseln; entfernen Sie es</translation>
    </message>
    <message>
        <source>give the password one way; prefer the prompt</source>
        <translation>geben Sie das Passwort auf nur eine Art an; bevorzugt über die Abfrage</translation>
    </message>
    <message>
        <source>a password is only used to encrypt; remove one of them</source>
        <translation>ein Passwort dient nur der Verschlüsselung; entfernen Sie eines von beiden</translation>
    </message>
    <message>
        <source>no ENCRYPTION_PASSWORD</source>
        <translation>kein ENCRYPTION_PASSWORD</translation>
    </message>
    <message>
        <source>Sluice has no wallet, so encryption needs a password: add ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>Sluice hat kein Wallet, daher braucht die Verschlüsselung ein Passwort: Fügen Sie ENCRYPTION_PWD_PROMPT=YES hinzu</translation>
    </message>
    <message>
        <source>nothing is compressed; remove COMPRESSION_ALGORITHM or choose COMPRESSION=ALL</source>
        <translation>es wird nichts komprimiert; entfernen Sie COMPRESSION_ALGORITHM oder wählen Sie COMPRESSION=ALL</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a tar archive (%1)</source>
        <translation>kein tar-Archiv (%1)</translation>
    </message>
    <message>
        <source>unreadable tar header</source>
        <translation>unlesbarer tar-Header</translation>
    </message>
    <message>
        <source>the member is truncated</source>
        <translation>das Element ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveWriter</name>
    <message>
        <source>Cannot create dump file &quot;%1&quot;: %2</source>
        <translation>Die Dump-Datei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;: %2</source>
        <translation>Die Dump-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;, member %2: %3</source>
        <translation>Die Dump-Datei „%1“, Element %2, kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>The dump file is not open.</source>
        <translation>Die Dump-Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the content of member %1: %2</source>
        <translation>Der Inhalt von Element %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionParams</name>
    <message>
        <source>&quot;%1&quot; is not a connection URL: it must start with sqlite:, postgresql://, postgres://, mariadb:// or mysql://.</source>
        <translation>„%1“ ist keine Verbindungs-URL: Sie muss mit sqlite:, postgresql://, postgres://, mariadb:// oder mysql:// beginnen.</translation>
    </message>
    <message>
        <source>The connection URL must not contain a &apos;#&apos; fragment; write &apos;#&apos; as %23.</source>
        <translation>Die Verbindungs-URL darf kein &apos;#&apos;-Fragment enthalten; schreiben Sie &apos;#&apos; als %23.</translation>
    </message>
    <message>
        <source>A SQLite connection needs a database file.</source>
        <translation>Eine SQLite-Verbindung braucht eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>A SQLite connection names only a file; host, port, user and database do not apply.</source>
        <translation>Eine SQLite-Verbindung nennt nur eine Datei; Host, Port, Benutzer und Datenbank gelten nicht.</translation>
    </message>
    <message>
        <source>A %1 connection has no database file.</source>
        <translation>Eine %1-Verbindung hat keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Der Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>Der Hostname „%1“ enthält ein nicht erlaubtes Zeichen.</translation>
    </message>
    <message>
        <source>The options create and mode apply only to SQLite.</source>
        <translation>Die Optionen create und mode gelten nur für SQLite.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionProfileStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid connection profile file: %2.</source>
        <translation>%1 ist keine gültige Verbindungsprofildatei: %2.</translation>
    </message>
    <message>
        <source>%1: the profile &quot;%2&quot; is invalid: %3 Fix or remove it in that file.</source>
        <translation>%1: Das Profil „%2“ ist ungültig: %3 Korrigieren oder entfernen Sie es in dieser Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>A connection profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Verbindungsprofil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionResolver</name>
    <message>
        <source>No connection was given: name a connection profile or a URL such as postgresql://user@host/db.</source>
        <translation>Es wurde keine Verbindung angegeben: Nennen Sie ein Verbindungsprofil oder eine URL wie postgresql://user@host/db.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; contains a password (user/password@...). Sluice never takes passwords on the command line or in parameter files: give user@profile and let Sluice ask, or use the keychain or SLUICE_PASSWORD.</source>
        <translation>Die Verbindung „%1“ enthält ein Passwort (user/password@...). Sluice nimmt Passwörter nie auf der Befehlszeile oder in Parameterdateien an: Geben Sie user@profil an und lassen Sie Sluice fragen, oder verwenden Sie den Schlüsselbund oder SLUICE_PASSWORD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a profile name nor user@profile.</source>
        <translation>„%1“ ist weder ein Profilname noch user@profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile name or a URL. Passwords are never given on the command line; a SQLite file is given as sqlite:///path.</source>
        <translation>„%1“ ist weder ein Profilname noch eine URL. Passwörter werden nie auf der Befehlszeile angegeben; eine SQLite-Datei wird als sqlite:///pfad angegeben.</translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Known profiles: %2. Add one with &quot;sluice-cli connection add %1 &lt;url&gt;&quot;, or give a URL such as postgresql://user@host:5432/db.</source>
        <translation>Kein Verbindungsprofil namens „%1“. Bekannte Profile: %2. Legen Sie eines mit „sluice-cli connection add %1 &lt;url&gt;“ an oder geben Sie eine URL wie postgresql://user@host:5432/db an.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is a SQLite file; it takes no user name.</source>
        <translation>Das Profil „%1“ ist eine SQLite-Datei; es nimmt keinen Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::CopyTextCodec</name>
    <message>
        <source>a raw line break at byte %1 (line breaks must be written \r or \n)</source>
        <translation>ein roher Zeilenumbruch bei Byte %1 (Zeilenumbrüche müssen als \r oder \n geschrieben werden)</translation>
    </message>
    <message>
        <source>the row ends with a lone backslash</source>
        <translation>die Zeile endet mit einem einzelnen Backslash</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DatabaseOpener</name>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed (Debian/Ubuntu package %3). Installed drivers: %4.</source>
        <translation>Der Qt-SQL-Treiber %1 für %2 ist nicht installiert (Debian/Ubuntu-Paket %3). Installierte Treiber: %4.</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist. Check the path, or add ?create=yes to the URL to create an empty database.</source>
        <translation>Die SQLite-Datenbank %1 existiert nicht. Prüfen Sie den Pfad oder hängen Sie ?create=yes an die URL an, um eine leere Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>the server rejected the user name or password</source>
        <translation>der Server hat den Benutzernamen oder das Passwort abgelehnt</translation>
    </message>
    <message>
        <source>the database &quot;%1&quot; does not exist on the server</source>
        <translation>die Datenbank „%1“ existiert auf dem Server nicht</translation>
    </message>
    <message>
        <source>no server answered at %1:%2 (is it running and accepting TCP connections?)</source>
        <translation>unter %1:%2 hat kein Server geantwortet (läuft er und nimmt er TCP-Verbindungen an?)</translation>
    </message>
    <message>
        <source>the driver reported an error</source>
        <translation>der Treiber hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Driver message: %3</source>
        <translation>Keine Verbindung zu %1 möglich: %2. Treibermeldung: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryObjectStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid directory object file: %2.</source>
        <translation>%1 ist keine gültige Datei für Verzeichnisobjekte: %2.</translation>
    </message>
    <message>
        <source>%1: the directory object &quot;%2&quot; is invalid or duplicated; fix or remove it in that file.</source>
        <translation>%1: Das Verzeichnisobjekt „%2“ ist ungültig oder doppelt vorhanden; korrigieren oder entfernen Sie es in dieser Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The directory object %1 needs a folder.</source>
        <translation>Das Verzeichnisobjekt %1 braucht einen Ordner.</translation>
    </message>
    <message>
        <source>The directory object %1 exists already (it maps to %2). Use --replace to point it at another folder.</source>
        <translation>Das Verzeichnisobjekt %1 existiert bereits (es verweist auf %2). Verwenden Sie --replace, um es auf einen anderen Ordner zu richten.</translation>
    </message>
    <message>
        <source>There is no directory object named %1.</source>
        <translation>Es gibt kein Verzeichnisobjekt namens %1.</translation>
    </message>
    <message>
        <source>DATA_PUMP_DIR cannot be dropped; point it at another folder with &quot;sluice-cli directory create DATA_PUMP_DIR &lt;folder&gt; --replace&quot;.</source>
        <translation>DATA_PUMP_DIR kann nicht gelöscht werden; richten Sie es mit „sluice-cli directory create DATA_PUMP_DIR &lt;ordner&gt; --replace“ auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>A grant needs privileges and a grantee.</source>
        <translation>Eine Berechtigung braucht Privilegien und einen Empfänger.</translation>
    </message>
    <message>
        <source>%1 holds no %2 privilege on %3 to revoke.</source>
        <translation>%1 hat kein %2-Privileg auf %3, das entzogen werden könnte.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryResolver</name>
    <message>
        <source>Give a plain file name and choose its folder with a directory object (DIRECTORY=NAME or NAME:file).</source>
        <translation>Geben Sie einen einfachen Dateinamen an und wählen Sie seinen Ordner mit einem Verzeichnisobjekt (DIRECTORY=NAME oder NAME:datei).</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path with a drive letter; file names cannot choose their folder. %2</source>
        <translation>Der Dateiname „%1“ ist ein absoluter Pfad mit Laufwerksbuchstaben; Dateinamen können ihren Ordner nicht wählen. %2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is a network (UNC) path; file names cannot choose their folder. %2</source>
        <translation>Der Dateiname „%1“ ist ein Netzwerkpfad (UNC); Dateinamen können ihren Ordner nicht wählen. %2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path; file names cannot choose their folder. %2</source>
        <translation>Der Dateiname „%1“ ist ein absoluter Pfad; Dateinamen können ihren Ordner nicht wählen. %2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator; files must stay in their directory object&apos;s folder. %2</source>
        <translation>Der Dateiname „%1“ enthält ein Pfadtrennzeichen; Dateien müssen im Ordner ihres Verzeichnisobjekts bleiben. %2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; names a folder, not a file. %2</source>
        <translation>Der Dateiname „%1“ nennt einen Ordner, keine Datei. %2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains &apos;:&apos;; only one directory prefix (NAME:file) is allowed.</source>
        <translation>Der Dateiname „%1“ enthält &apos;:&apos;; nur ein Verzeichnispräfix (NAME:datei) ist erlaubt.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a control character.</source>
        <translation>Der Dateiname „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>the file specification &quot;%1&quot;</source>
        <translation>die Dateiangabe „%1“</translation>
    </message>
    <message>
        <source>DIRECTORY=%1</source>
        <translation>DIRECTORY=%1</translation>
    </message>
    <message>
        <source>the environment variable DATA_PUMP_DIR</source>
        <translation>die Umgebungsvariable DATA_PUMP_DIR</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>The directory object %1 (from %2) does not exist. Known directory objects: %3. Create it with &quot;sluice-cli directory create %1 &lt;folder&gt;&quot;.</source>
        <translation>Das Verzeichnisobjekt %1 (aus %2) existiert nicht. Bekannte Verzeichnisobjekte: %3. Legen Sie es mit „sluice-cli directory create %1 &lt;ordner&gt;“ an.</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 does not exist. Create the folder, or point %2 at an existing one with &quot;sluice-cli directory create %2 &lt;folder&gt; --replace&quot;.</source>
        <translation>Der Ordner %1 des Verzeichnisobjekts %2 existiert nicht. Legen Sie den Ordner an oder richten Sie %2 mit „sluice-cli directory create %2 &lt;ordner&gt; --replace“ auf einen vorhandenen.</translation>
    </message>
    <message>
        <source>The directory object %1 maps to %2, which is not a folder.</source>
        <translation>Das Verzeichnisobjekt %1 verweist auf %2, das kein Ordner ist.</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not readable. Fix its permissions, or point %2 at another folder.</source>
        <translation>Der Ordner %1 des Verzeichnisobjekts %2 ist nicht lesbar. Korrigieren Sie seine Berechtigungen oder richten Sie %2 auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not writable (%3). Fix its permissions, or point %2 at another folder.</source>
        <translation>Der Ordner %1 des Verzeichnisobjekts %2 ist nicht beschreibbar (%3). Korrigieren Sie seine Berechtigungen oder richten Sie %2 auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file %1 in the directory object %2 is a link that leads out of its folder (to %3); Sluice refuses to follow it. Remove the link or use another file name.</source>
        <translation>Die Datei %1 im Verzeichnisobjekt %2 ist ein Link, der aus ihrem Ordner hinausführt (nach %3); Sluice folgt ihm nicht. Entfernen Sie den Link oder verwenden Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>A connection given as a URL has only PUBLIC&apos;s privileges, and PUBLIC</source>
        <translation>Eine als URL angegebene Verbindung hat nur die Privilegien von PUBLIC, und PUBLIC</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot;</source>
        <translation>Das Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>%1 has no %2 privilege on the directory object %3 (%4). Grant it with &quot;sluice-cli directory grant %2 ON %3 TO %5&quot;.</source>
        <translation>%1 hat kein %2-Privileg auf das Verzeichnisobjekt %3 (%4). Erteilen Sie es mit „sluice-cli directory grant %2 ON %3 TO %5“.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist in the directory object %2 (%3).</source>
        <translation>Die Datei %1 existiert nicht im Verzeichnisobjekt %2 (%3).</translation>
    </message>
    <message>
        <source>The file %1 is not readable.</source>
        <translation>Die Datei %1 ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpFileMarker</name>
    <message>
        <source>its sequence number or file list is invalid</source>
        <translation>ihre Folgenummer oder Dateiliste ist ungültig</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpHeader</name>
    <message>
        <source>its compression or encryption settings are invalid</source>
        <translation>ihre Komprimierungs- oder Verschlüsselungseinstellungen sind ungültig</translation>
    </message>
    <message>
        <source>its encryption parameters are invalid</source>
        <translation>ihre Verschlüsselungsparameter sind ungültig</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>Die Kryptografie-Bibliothek (libsodium) konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The key derivation parameters in the header are invalid or out of bounds.</source>
        <translation>Die Parameter der Schlüsselableitung im Header sind ungültig oder außerhalb der Grenzen.</translation>
    </message>
    <message>
        <source>The encryption key could not be derived (out of memory?).</source>
        <translation>Der Verschlüsselungsschlüssel konnte nicht abgeleitet werden (Speicher erschöpft?).</translation>
    </message>
    <message>
        <source>The encryption password is incorrect.</source>
        <translation>Das Verschlüsselungspasswort ist falsch.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpMemberInfo</name>
    <message>
        <source>its attributes (kind, xxh3, compression, raw_size) are missing or invalid</source>
        <translation>seine Attribute (kind, xxh3, compression, raw_size) fehlen oder sind ungültig</translation>
    </message>
    <message>
        <source>its raw_xxh3 attribute is invalid</source>
        <translation>sein Attribut raw_xxh3 ist ungültig</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpReader</name>
    <message>
        <source>No dump file was given.</source>
        <translation>Es wurde keine Dump-Datei angegeben.</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; does not exist.</source>
        <translation>Die Dump-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: %2</source>
        <translation>Die Dump-Datei „%1“ ist keine Sluice-Dump-Datei: %2</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated or damaged after member %2 (%3).</source>
        <translation>Die Dump-Datei „%1“ ist nach Element %2 abgeschnitten oder beschädigt (%3).</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: its first member is &quot;%2&quot;, not %3.</source>
        <translation>Die Dump-Datei „%1“ ist keine Sluice-Dump-Datei: Ihr erstes Element ist „%2“, nicht %3.</translation>
    </message>
    <message>
        <source>%1: it follows the file&apos;s end member.</source>
        <translation>%1: Es folgt auf das Endelement der Datei.</translation>
    </message>
    <message>
        <source>%1: truncated (the file ends %2 bytes into its %3 bytes).</source>
        <translation>%1: abgeschnitten (die Datei endet %2 Byte in seinen %3 Byte).</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (stored %2, computed %3).</source>
        <translation>%1: Prüfsummenfehler (gespeichert %2, berechnet %3).</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated: it ends after member %2 without its end member (%3).</source>
        <translation>Die Dump-Datei „%1“ ist abgeschnitten: Sie endet nach Element %2 ohne ihr Endelement (%3).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: it belongs to another file (set %2, file %3).</source>
        <translation>%1: Es gehört zu einer anderen Datei (Satz %2, Datei %3).</translation>
    </message>
    <message>
        <source>%1: it records %2 members, the file holds %3.</source>
        <translation>%1: Es verzeichnet %2 Elemente, die Datei enthält %3.</translation>
    </message>
    <message>
        <source>The dump file set is incomplete: file %1 of %2 (&quot;%3&quot;) is missing.</source>
        <translation>Der Dump-Dateisatz ist unvollständig: Datei %1 von %2 („%3“) fehlt.</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is file %2 of a dump file set; give the set&apos;s first file too (the one holding %3).</source>
        <translation>Die Dump-Datei „%1“ ist Datei %2 eines Dump-Dateisatzes; geben Sie auch die erste Datei des Satzes an (die %3 enthält).</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; belongs to another dump file set (set %2; &quot;%3&quot; is from set %4).</source>
        <translation>Die Dump-Datei „%1“ gehört zu einem anderen Dump-Dateisatz (Satz %2; „%3“ stammt aus Satz %4).</translation>
    </message>
    <message>
        <source>Dump files &quot;%1&quot; and &quot;%2&quot; are both file %3 of the set.</source>
        <translation>Die Dump-Dateien „%1“ und „%2“ sind beide Datei %3 des Satzes.</translation>
    </message>
    <message>
        <source>The dump file set is incomplete: its last file is missing (the files given end with file %1, &quot;%2&quot;, which is not the last one).</source>
        <translation>Der Dump-Dateisatz ist unvollständig: Seine letzte Datei fehlt (die angegebenen Dateien enden mit Datei %1, „%2“, die nicht die letzte ist).</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; says it is file %2, but the set has %3 files.</source>
        <translation>Die Dump-Datei „%1“ gibt an, Datei %2 zu sein, aber der Satz hat %3 Dateien.</translation>
    </message>
    <message>
        <source>%1: the dump file set is encrypted (ENCRYPTION=%2); give ENCRYPTION_PASSWORD.</source>
        <translation>%1: Der Dump-Dateisatz ist verschlüsselt (ENCRYPTION=%2); geben Sie ENCRYPTION_PASSWORD an.</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>%1: the member is encrypted; give ENCRYPTION_PASSWORD.</source>
        <translation>%1: Das Element ist verschlüsselt; geben Sie ENCRYPTION_PASSWORD an.</translation>
    </message>
    <message>
        <source>The dump file set has no master table.</source>
        <translation>Der Dump-Dateisatz hat keine Master-Tabelle.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpWriter</name>
    <message>
        <source>No DUMPFILE was given.</source>
        <translation>Es wurde kein DUMPFILE angegeben.</translation>
    </message>
    <message>
        <source>ENCRYPTION=%1 needs an ENCRYPTION_PASSWORD.</source>
        <translation>ENCRYPTION=%1 braucht ein ENCRYPTION_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot encode member %1: %2</source>
        <translation>Element %1 kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>The dump file set is not open for writing.</source>
        <translation>Der Dump-Dateisatz ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Member %1 is already in the dump file set.</source>
        <translation>Element %1 ist bereits im Dump-Dateisatz.</translation>
    </message>
    <message>
        <source>Member %1 (%2 bytes stored) does not fit in a dump file of FILESIZE=%3 bytes. Raise FILESIZE or make the chunks smaller.</source>
        <translation>Element %1 (%2 Byte gespeichert) passt nicht in eine Dump-Datei mit FILESIZE=%3 Byte. Erhöhen Sie FILESIZE oder verkleinern Sie die Chunks.</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; would be written twice: the DUMPFILE templates name it more than once.</source>
        <translation>Die Dump-Datei „%1“ würde zweimal geschrieben: Die DUMPFILE-Vorlagen nennen sie mehr als einmal.</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; already exists. Remove it, choose another DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.</source>
        <translation>Die Dump-Datei „%1“ existiert bereits. Entfernen Sie sie, wählen Sie ein anderes DUMPFILE oder setzen Sie REUSE_DUMPFILES=YES, um sie zu überschreiben.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode member %1 from &quot;%2&quot;: %3</source>
        <translation>Element %1 aus „%2“ kann nicht kodiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden: %3</translation>
    </message>
    <message>
        <source>The export was abandoned; its dump files were removed.</source>
        <translation>Der Export wurde abgebrochen; seine Dump-Dateien wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::JobSpecValidator</name>
    <message>
        <source>no connection given: name the target database as the first argument, or give TARGET_DIALECT=postgresql|mariadb|sqlite so SQLFILE can be written without one</source>
        <translation>keine Verbindung angegeben: Nennen Sie die Zieldatenbank als erstes Argument oder geben Sie TARGET_DIALECT=postgresql|mariadb|sqlite an, damit SQLFILE ohne Verbindung geschrieben werden kann</translation>
    </message>
    <message>
        <source>no connection given: name a saved connection profile or a URL as the first argument, e.g. sluice-cli %1 hr_profile SCHEMAS=hr</source>
        <translation>keine Verbindung angegeben: Nennen Sie ein gespeichertes Verbindungsprofil oder eine URL als erstes Argument, z. B. sluice-cli %1 hr_profile SCHEMAS=hr</translation>
    </message>
</context>
<context>
    <name>sluice::engine::MariadbTableWriter</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation>Keine offene MariaDB-Verbindung.</translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL was refused (%1); the chunk was loaded with multi-row INSERT statements instead, which is slower.</source>
        <translation>LOAD DATA LOCAL wurde abgelehnt (%1); der Chunk wurde stattdessen mit mehrzeiligen INSERT-Anweisungen geladen, was langsamer ist.</translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation>Das Lesen der Daten des Chunks ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Abgelehnte Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>sluice::engine::MemberDecoder</name>
    <message>
        <source>the content is larger than the size recorded for it</source>
        <translation>der Inhalt ist größer als die für ihn verzeichnete Größe</translation>
    </message>
    <message>
        <source>the content could not be passed on</source>
        <translation>der Inhalt konnte nicht weitergegeben werden</translation>
    </message>
    <message>
        <source>the content cannot be decompressed (%1)</source>
        <translation>der Inhalt kann nicht dekomprimiert werden (%1)</translation>
    </message>
    <message>
        <source>the encryption header is invalid</source>
        <translation>der Verschlüsselungs-Header ist ungültig</translation>
    </message>
    <message>
        <source>decryption failed: the content was altered or does not belong here</source>
        <translation>Entschlüsselung fehlgeschlagen: Der Inhalt wurde verändert oder gehört nicht hierher</translation>
    </message>
    <message>
        <source>the encrypted content is truncated</source>
        <translation>der verschlüsselte Inhalt ist abgeschnitten</translation>
    </message>
    <message>
        <source>the encrypted content goes on past its end</source>
        <translation>der verschlüsselte Inhalt reicht über sein Ende hinaus</translation>
    </message>
    <message>
        <source>checksum mismatch (stored %1, computed %2)</source>
        <translation>Prüfsummenfehler (gespeichert %1, berechnet %2)</translation>
    </message>
    <message>
        <source>the content is %1 bytes, %2 were recorded</source>
        <translation>der Inhalt hat %1 Byte, verzeichnet waren %2</translation>
    </message>
    <message>
        <source>checksum mismatch in the decoded content</source>
        <translation>Prüfsummenfehler im dekodierten Inhalt</translation>
    </message>
</context>
<context>
    <name>sluice::engine::PasswordSource</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>No password was entered for %1.</source>
        <translation>Für %1 wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (oder %2)</translation>
    </message>
    <message>
        <source>No password for %1: standard input is not a terminal, so Sluice cannot ask for it. Set %2 for unattended runs</source>
        <translation>Kein Passwort für %1: Die Standardeingabe ist kein Terminal, daher kann Sluice nicht danach fragen. Setzen Sie %2 für unbeaufsichtigte Läufe</translation>
    </message>
    <message>
        <source>, or save it in the keychain with &quot;sluice-cli connection add %1 &lt;url&gt; --save-password&quot;</source>
        <translation>, oder speichern Sie es mit „sluice-cli connection add %1 &lt;url&gt; --save-password“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Cannot save the password of &quot;%1&quot; in the OS keychain: %2</source>
        <translation>Das Passwort von „%1“ kann nicht im Schlüsselbund des Betriebssystems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the password of &quot;%1&quot; from the OS keychain: %2</source>
        <translation>Das Passwort von „%1“ kann nicht aus dem Schlüsselbund des Betriebssystems entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::SnapshotCoordinator</name>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on PostgreSQL: it keeps no past versions of tables to read (no time travel). The export reads one consistent snapshot taken when the job starts.</source>
        <translation>FLASHBACK_TIME und FLASHBACK_SCN werden von PostgreSQL nicht unterstützt: Es bewahrt keine früheren Versionen von Tabellen zum Lesen auf (keine Zeitreise). Der Export liest einen konsistenten Snapshot, der beim Start des Jobs erstellt wird.</translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on MariaDB: only system-versioned tables keep history. The export reads one consistent snapshot taken when the job starts.</source>
        <translation>FLASHBACK_TIME und FLASHBACK_SCN werden von MariaDB nicht unterstützt: Nur systemversionierte Tabellen bewahren eine Historie. Der Export liest einen konsistenten Snapshot, der beim Start des Jobs erstellt wird.</translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on SQLite: it keeps no history. The export reads the database as it is when the job starts.</source>
        <translation>FLASHBACK_TIME und FLASHBACK_SCN werden von SQLite nicht unterstützt: Es bewahrt keine Historie. Der Export liest die Datenbank so, wie sie beim Start des Jobs ist.</translation>
    </message>
    <message>
        <source>The SQLite database is opened read-only and uses WAL: other connections can commit while it is exported, so tables may be read at different moments.</source>
        <translation>Die SQLite-Datenbank ist schreibgeschützt geöffnet und verwendet WAL: Andere Verbindungen können während des Exports Änderungen festschreiben, daher können Tabellen zu unterschiedlichen Zeitpunkten gelesen werden.</translation>
    </message>
    <message>
        <source>Table %1.%2 uses the %3 storage engine, which has no consistent snapshot: rows changed during the export may be inconsistent.</source>
        <translation>Die Tabelle %1.%2 verwendet die Speicher-Engine %3, die keinen konsistenten Snapshot kennt: Während des Exports geänderte Zeilen können inkonsistent sein.</translation>
    </message>
</context>
<context>
    <name>sluice::engine::SqliteTableWriter</name>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation>Keine offene SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Row %1 has a wrong number of fields for %2 columns.</source>
        <translation>Zeile %1 hat eine falsche Anzahl von Feldern für %2 Spalten.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
    <name>sluice::gui::ExportFilesPage</name>
    <message>
        <source>default (none)</source>
        <translation>Standard (keine)</translation>
    </message>
    <message>
        <source>default (BASIC)</source>
        <translation>Standard (BASIC)</translation>
    </message>
    <message>
        <source>Loading the directory objects…</source>
        <translation>Verzeichnisobjekte werden geladen…</translation>
    </message>
    <message>
        <source>(default: DATA_PUMP_DIR)</source>
        <translation>(Standard: DATA_PUMP_DIR)</translation>
    </message>
    <message>
        <source>Type the encryption password; it is needed again to import the dump.</source>
        <translation>Geben Sie das Verschlüsselungspasswort ein; es wird beim Import des Dumps wieder benötigt.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportFilterPage</name>
    <message>
        <source>Object Filter</source>
        <translation>Objektfilter</translation>
    </message>
    <message>
        <source>Uncheck what to leave out, or write INCLUDE and EXCLUDE rules; the tree shows what the rules keep.</source>
        <translation>Entfernen Sie die Haken bei dem, was wegfallen soll, oder schreiben Sie INCLUDE- und EXCLUDE-Regeln; der Baum zeigt, was die Regeln behalten.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportModePage</name>
    <message>
        <source>Every user schema of the database is exported, with its roles.</source>
        <translation>Jedes Benutzerschema der Datenbank wird mit seinen Rollen exportiert.</translation>
    </message>
    <message>
        <source>Check the schemas to export. With none checked, the connection&apos;s default schema is exported.</source>
        <translation>Haken Sie die zu exportierenden Schemas an. Ohne Auswahl wird das Standardschema der Verbindung exportiert.</translation>
    </message>
    <message>
        <source>Check the tables to export; their indexes, constraints and triggers go with them.</source>
        <translation>Haken Sie die zu exportierenden Tabellen an; ihre Indizes, Constraints und Trigger gehen mit.</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Der Katalog wird gelesen…</translation>
    </message>
    <message>
        <source>No catalog: %1</source>
        <translation>Kein Katalog: %1</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>Haken Sie mindestens eine Tabelle an.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportOptionsPage</name>
    <message>
        <source>default (BLOCKS)</source>
        <translation>Standard (BLOCKS)</translation>
    </message>
    <message>
        <source>default (none)</source>
        <translation>Standard (keine)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportRowFilterPage</name>
    <message>
        <source>%1 is not [schema.]table</source>
        <translation>%1 ist nicht [schema.]tabelle</translation>
    </message>
    <message>
        <source>QUERY row %1: %2</source>
        <translation>QUERY-Zeile %1: %2</translation>
    </message>
    <message>
        <source>QUERY row %1: write a clause such as WHERE salary &gt; 1000 (without double quotes).</source>
        <translation>QUERY-Zeile %1: Schreiben Sie eine Klausel wie WHERE salary &gt; 1000 (ohne doppelte Anführungszeichen).</translation>
    </message>
    <message>
        <source>SAMPLE row %1: %2</source>
        <translation>SAMPLE-Zeile %1: %2</translation>
    </message>
    <message>
        <source>SAMPLE row %1: the percentage must be above 0 and at most 100.</source>
        <translation>SAMPLE-Zeile %1: Der Prozentsatz muss größer als 0 und höchstens 100 sein.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportSourcePage</name>
    <message>
        <source>Loading the saved connections…</source>
        <translation>Gespeicherte Verbindungen werden geladen…</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>Der Katalog von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 — schemas: %3, tables: %4</source>
        <translation>%1 %2 — Schemas: %3, Tabellen: %4</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportSummaryPage</name>
    <message>
        <source>Choose the source connection.</source>
        <translation>Wählen Sie die Quellverbindung.</translation>
    </message>
    <message>
        <source>Type the encryption password on the Dump Files page.</source>
        <translation>Geben Sie das Verschlüsselungspasswort auf der Seite „Dump-Dateien“ ein.</translation>
    </message>
    <message>
        <source>The job is valid. Run starts it in the background.</source>
        <translation>Der Job ist gültig. „Ausführen“ startet ihn im Hintergrund.</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>Der Job wird gestartet…</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>Der Job konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The parfile is on the clipboard.</source>
        <translation>Das Parfile ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job</source>
        <translation>In gespeicherten &amp;Job speichern</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job %1</source>
        <translation>In gespeicherten &amp;Job %1 speichern</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportWizard</name>
    <message>
        <source>Export Wizard</source>
        <translation>Export-Assistent</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::FailedRunNotice</name>
    <message numerus="yes">
        <source>%n run(s) of saved jobs failed or had errors since Sluice was last opened (%1):</source>
        <translation>
            <numerusform>%n Lauf eines gespeicherten Jobs ist seit dem letzten Start von Sluice (%1) fehlgeschlagen oder hatte Fehler:</numerusform>
            <numerusform>%n Läufe gespeicherter Jobs sind seit dem letzten Start von Sluice (%1) fehlgeschlagen oder hatten Fehler:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::gui::FilterRuleForm</name>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Update Rule</source>
        <translation>Regel &amp;ändern</translation>
    </message>
    <message>
        <source>EXCLUDE – leave out</source>
        <translation>EXCLUDE – weglassen</translation>
    </message>
    <message>
        <source>INCLUDE – only these</source>
        <translation>INCLUDE – nur diese</translation>
    </message>
    <message>
        <source>all objects of the type</source>
        <translation>alle Objekte des Typs</translation>
    </message>
    <message>
        <source>EMPLOYEES, JOB%</source>
        <translation>EMPLOYEES, JOB%</translation>
    </message>
    <message>
        <source>Names separated by commas; LIKE takes % and _. Plain names match in any case, a name in double quotes (&quot;Emp&quot;) matches exactly.</source>
        <translation>Namen durch Kommas getrennt; LIKE versteht % und _. Einfache Namen passen unabhängig von Groß-/Kleinschreibung, ein Name in doppelten Anführungszeichen (&quot;Emp&quot;) passt genau.</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>Objekt&amp;typ:</translation>
    </message>
    <message>
        <source>Na&amp;mes:</source>
        <translation>Na&amp;men:</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <source>Choose an object type.</source>
        <translation>Wählen Sie einen Objekttyp.</translation>
    </message>
    <message>
        <source>Type the names to match.</source>
        <translation>Geben Sie die passenden Namen ein.</translation>
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
    <name>sluice::gui::ImportLauncher</name>
    <message>
        <source>A saved job named %1 exists already.</source>
        <translation>Ein gespeicherter Job namens %1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportOptionsPage</name>
    <message>
        <source>Leave a table that already exists alone: no rows are loaded into it. New tables are created and filled. (The default.)</source>
        <translation>Eine bereits vorhandene Tabelle bleibt unverändert: Es werden keine Zeilen in sie geladen. Neue Tabellen werden angelegt und gefüllt. (Standard.)</translation>
    </message>
    <message>
        <source>Add the imported rows to the rows the table already has. A row that breaks a key rolls back its whole chunk and is reported.</source>
        <translation>Die importierten Zeilen werden zu den vorhandenen hinzugefügt. Eine Zeile, die einen Schlüssel verletzt, setzt ihren ganzen Block zurück und wird gemeldet.</translation>
    </message>
    <message>
        <source>Empty the existing table, keep its definition, indexes and keys, then load the rows. The old rows are gone.</source>
        <translation>Die vorhandene Tabelle wird geleert (Definition, Indizes und Schlüssel bleiben), dann werden die Zeilen geladen. Die alten Zeilen sind weg.</translation>
    </message>
    <message>
        <source>Drop the existing table and re-create it from the source, then load it. Views, sequences and routines of the import are re-created too: a full refresh.</source>
        <translation>Die vorhandene Tabelle wird gelöscht, aus der Quelle neu angelegt und geladen. Sichten, Sequenzen und Routinen des Imports werden ebenfalls neu angelegt: eine vollständige Auffrischung.</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>&amp;No log file</source>
        <translation>&amp;Keine Protokolldatei</translation>
    </message>
    <message>
        <source>&amp;Write a SQL file instead of importing</source>
        <translation>Statt zu importieren eine SQL-Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>What happens to tables that exist already, what is copied, and how the job runs.</source>
        <translation>Was mit vorhandenen Tabellen geschieht, was kopiert wird und wie der Job läuft.</translation>
    </message>
    <message>
        <source>When a table already exists (TABLE_EXISTS_ACTION)</source>
        <translation>Wenn eine Tabelle bereits existiert (TABLE_EXISTS_ACTION)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Append</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>&amp;Truncate</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>R&amp;eplace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Definitions and rows (ALL)</source>
        <translation>Definitionen und Zeilen (ALL)</translation>
    </message>
    <message>
        <source>Rows only (DATA_ONLY)</source>
        <translation>Nur Zeilen (DATA_ONLY)</translation>
    </message>
    <message>
        <source>Definitions only (METADATA_ONLY)</source>
        <translation>Nur Definitionen (METADATA_ONLY)</translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation>Keine (NONE)</translation>
    </message>
    <message>
        <source>Row counts (COUNT, the default)</source>
        <translation>Zeilenzahlen (COUNT, Standard)</translation>
    </message>
    <message>
        <source>Row counts and content checksums (CHECKSUM)</source>
        <translation>Zeilenzahlen und Inhaltsprüfsummen (CHECKSUM)</translation>
    </message>
    <message>
        <source>SYS_IMPORT_SCHEMA_01</source>
        <translation>SYS_IMPORT_SCHEMA_01</translation>
    </message>
    <message>
        <source>import.log</source>
        <translation>import.log</translation>
    </message>
    <message>
        <source>[DIRECTORY:]file.sql</source>
        <translation>[VERZEICHNIS:]datei.sql</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Parallel workers:</source>
        <translation>&amp;Parallele Worker:</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Jobname:</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>&amp;Protokolldatei:</translation>
    </message>
    <message>
        <source>S&amp;QL file:</source>
        <translation>S&amp;QL-Datei:</translation>
    </message>
    <message>
        <source>Name the SQL file.</source>
        <translation>Geben Sie die SQL-Datei an.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportRemapPage</name>
    <message>
        <source>Review &amp;Type Mapping…</source>
        <translation>&amp;Typzuordnung prüfen…</translation>
    </message>
    <message>
        <source>Remaps and Transforms</source>
        <translation>Umbenennungen und Transformationen</translation>
    </message>
    <message>
        <source>Rename schemas, tables and tablespaces on the way, rewrite column values, and choose what storage details to keep. All of this is optional.</source>
        <translation>Schemas, Tabellen und Tablespaces unterwegs umbenennen, Spaltenwerte umschreiben und wählen, welche Speicherangaben bleiben. Alles ist optional.</translation>
    </message>
    <message>
        <source>The type mapping can be reviewed once both engines are known.</source>
        <translation>Die Typzuordnung kann geprüft werden, sobald beide Engines bekannt sind.</translation>
    </message>
    <message>
        <source>%1 to %1: types are kept as they are.</source>
        <translation>%1 nach %1: Typen bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 to %2: types are mapped between the engines; review what is not exact before the job starts.</source>
        <translation>%1 nach %2: Typen werden zwischen den Engines zugeordnet; prüfen Sie vor dem Start, was nicht exakt ist.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportScopePage</name>
    <message>
        <source>Scope and Object Filter</source>
        <translation>Umfang und Objektfilter</translation>
    </message>
    <message>
        <source>Schemas and Tables</source>
        <translation>Schemas und Tabellen</translation>
    </message>
    <message>
        <source>Import everything, whole schemas, or single tables (with their indexes, constraints and triggers).</source>
        <translation>Alles, ganze Schemas oder einzelne Tabellen (mit Indizes, Constraints und Triggern) importieren.</translation>
    </message>
    <message>
        <source>&amp;Everything (FULL)</source>
        <translation>&amp;Alles (FULL)</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schemas</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>Schema / table</source>
        <translation>Schema / Tabelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The source&apos;s catalog is not loaded yet.</source>
        <translation>Der Katalog der Quelle ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Check at least one schema.</source>
        <translation>Wählen Sie mindestens ein Schema.</translation>
    </message>
    <message>
        <source>Check at least one table.</source>
        <translation>Wählen Sie mindestens eine Tabelle.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportSourcePage</name>
    <message>
        <source>From a &amp;dump file set</source>
        <translation>Aus einem &amp;Dump-Dateisatz</translation>
    </message>
    <message>
        <source>Straight from a data&amp;base (NETWORK_LINK)</source>
        <translation>Direkt aus einer Daten&amp;bank (NETWORK_LINK)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose the dump to import and look at what it holds, or copy straight from another database.</source>
        <translation>Wählen Sie den zu importierenden Dump und sehen Sie, was er enthält, oder kopieren Sie direkt aus einer anderen Datenbank.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Di&amp;rectory object:</source>
        <translation>Ve&amp;rzeichnisobjekt:</translation>
    </message>
    <message>
        <source>D&amp;ump file:</source>
        <translation>D&amp;ump-Datei:</translation>
    </message>
    <message>
        <source>Source &amp;connection:</source>
        <translation>Quell&amp;verbindung:</translation>
    </message>
    <message>
        <source>Reading the dump&apos;s catalog…</source>
        <translation>Der Katalog des Dumps wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, exported %3 by %4 (job %5). %n file(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt;, exportiert am %3 von %4 (Job %5). %n Datei, </numerusform>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt;, exportiert am %3 von %4 (Job %5). %n Dateien, </numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: type the password and Unlock.</source>
        <translation>Verschlüsselt: Passwort eingeben und Entsperren wählen.</translation>
    </message>
    <message>
        <source>Encrypted; unlocked.</source>
        <translation>Verschlüsselt; entsperrt.</translation>
    </message>
    <message>
        <source>(database)</source>
        <translation>(Datenbank)</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>Der Katalog von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s).</source>
        <translation>
            <numerusform>%1 %2: %n Schema.</numerusform>
            <numerusform>%1 %2: %n Schemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose the source connection.</source>
        <translation>Wählen Sie die Quellverbindung.</translation>
    </message>
    <message>
        <source>Choose a dump file.</source>
        <translation>Wählen Sie eine Dump-Datei.</translation>
    </message>
    <message>
        <source>Reading the dump…</source>
        <translation>Der Dump wird gelesen…</translation>
    </message>
    <message>
        <source>The dump is encrypted: type its password and Unlock.</source>
        <translation>Der Dump ist verschlüsselt: Passwort eingeben und Entsperren wählen.</translation>
    </message>
    <message>
        <source>The dump has not been read.</source>
        <translation>Der Dump wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportSummaryPage</name>
    <message>
        <source>Show &amp;Command</source>
        <translation>&amp;Befehl anzeigen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The job as a parameter file. Run starts it in the background; the same parfile runs it with sluice-cli.</source>
        <translation>Der Job als Parameterdatei. Ausführen startet ihn im Hintergrund; dieselbe Parfile führt ihn mit sluice-cli aus.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Save as Parfile…</source>
        <translation>Als Parfile &amp;speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;Named Job…</source>
        <translation>Als &amp;benannten Job speichern…</translation>
    </message>
    <message>
        <source>The parfile is on the clipboard.</source>
        <translation>Die Parfile ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>This build cannot run the job: %1. Show Command gives the command to run it once it can.</source>
        <translation>Diese Version kann den Job nicht ausführen: %1. „Befehl anzeigen“ liefert den Befehl, um ihn später auszuführen.</translation>
    </message>
    <message>
        <source>The job is valid. Run writes the SQL file and opens it in the viewer.</source>
        <translation>Der Job ist gültig. Ausführen schreibt die SQL-Datei und öffnet sie im Betrachter.</translation>
    </message>
    <message>
        <source>The job is valid. Run starts it in the background.</source>
        <translation>Der Job ist gültig. Ausführen startet ihn im Hintergrund.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>Der Job konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportTargetPage</name>
    <message>
        <source>Import &amp;into this connection:</source>
        <translation>In diese Verbindung &amp;importieren:</translation>
    </message>
    <message>
        <source>&amp;SQL file only, for this engine:</source>
        <translation>Nur &amp;SQL-Datei, für diese Engine:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where the objects and rows go. &quot;SQL file only&quot; writes the statements the import would run and changes no database.</source>
        <translation>Wohin Objekte und Zeilen gehen. „Nur SQL-Datei“ schreibt die Anweisungen, die der Import ausführen würde, und ändert keine Datenbank.</translation>
    </message>
    <message>
        <source>The SQL file is written for an empty %1 database.</source>
        <translation>Die SQL-Datei wird für eine leere %1-Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>Der Katalog von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s).</source>
        <translation>
            <numerusform>%1 %2: %n Schema.</numerusform>
            <numerusform>%1 %2: %n Schemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportWizard</name>
    <message>
        <source>Import Wizard</source>
        <translation>Import-Assistent</translation>
    </message>
    <message>
        <source>Choose the target connection, or SQL file only.</source>
        <translation>Wählen Sie die Zielverbindung oder „Nur SQL-Datei“.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportWizardBase</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Save as a Named Job</source>
        <translation>Als benannten Job speichern</translation>
    </message>
    <message>
        <source>Name of the saved job (letters, digits, _ - and .):</source>
        <translation>Name des gespeicherten Jobs (Buchstaben, Ziffern, _ - und .):</translation>
    </message>
    <message>
        <source>Saved as the named job %1.</source>
        <translation>Als benannter Job %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the job: %1</source>
        <translation>Der Job konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::JobTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>sluice::gui::JobsView</name>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop &amp;Immediately</source>
        <translation>&amp;Sofort stoppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>Set &amp;Parallelism…</source>
        <translation>&amp;Parallelität festlegen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Encryption password of the dump file set:</source>
        <translation>Verschlüsselungspasswort des Dump-Dateisatzes:</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1 neu gestartet</translation>
    </message>
    <message>
        <source>Kill Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Kill the job %1? Its dump files are deleted and it cannot be restarted.</source>
        <translation>Job %1 abbrechen? Seine Dump-Dateien werden gelöscht, und er kann nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>%1 killed</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Parallelism of %1</source>
        <translation>Parallelität von %1</translation>
    </message>
    <message>
        <source>Number of workers:</source>
        <translation>Anzahl der Worker:</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
</context>
<context>
    <name>sluice::gui::LaunchNotice</name>
    <message>
        <source>Job Runs in the Background</source>
        <translation>Job läuft im Hintergrund</translation>
    </message>
    <message>
        <source>The job had already been created when the wizard was closed, so it was not cancelled. It goes on running in the background: find it in the Jobs view (View &gt; Jobs), where you can attach to it, stop it or kill it.</source>
        <translation>Der Job war bereits angelegt, als der Assistent geschlossen wurde, und wurde daher nicht abgebrochen. Er läuft im Hintergrund weiter: Sie finden ihn in der Jobansicht (Ansicht &gt; Jobs), wo Sie sich an ihn anhängen, ihn stoppen oder beenden können.</translation>
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
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Export Wizard…</source>
        <translation>&amp;Export-Assistent…</translation>
    </message>
    <message>
        <source>Open &amp;Parfile…</source>
        <translation>&amp;Parfile öffnen…</translation>
    </message>
    <message>
        <source>Open Parfile</source>
        <translation>Parfile öffnen</translation>
    </message>
    <message>
        <source>Parameter files (*.par *.txt);;All files (*)</source>
        <translation>Parameterdateien (*.par *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is an import parfile; this version opens export parfiles only.</source>
        <translation>%1 ist ein Import-Parfile; diese Version öffnet nur Export-Parfiles.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Import Wizard…</source>
        <translation>&amp;Import-Assistent…</translation>
    </message>
    <message>
        <source>&amp;Schema Copy Wizard…</source>
        <translation>&amp;Schema-Kopier-Assistent…</translation>
    </message>
    <message>
        <source>Saved Jobs</source>
        <translation>Gespeicherte Jobs</translation>
    </message>
    <message>
        <source>&amp;Saved Jobs</source>
        <translation>Gespeicherte &amp;Jobs</translation>
    </message>
    <message>
        <source>Failed Runs</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Start a job:&lt;/b&gt; &lt;a href=&quot;sluice:export&quot;&gt;Export schemas to a dump…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:import&quot;&gt;Import a dump…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:copy&quot;&gt;Copy a schema between databases…&lt;/a&gt;&lt;/p&gt;&lt;p&gt;The same wizards are in the &lt;b&gt;Tools&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Einen Job starten:&lt;/b&gt; &lt;a href=&quot;sluice:export&quot;&gt;Schemas in einen Dump exportieren…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:import&quot;&gt;Einen Dump importieren…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:copy&quot;&gt;Ein Schema zwischen Datenbanken kopieren…&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Dieselben Assistenten finden Sie im Menü &lt;b&gt;Werkzeuge&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sluice::gui::MappingTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ObjectFilterEditor</name>
    <message>
        <source>Objects to export</source>
        <translation>Zu exportierende Objekte</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Apply Te&amp;xt</source>
        <translation>Te&amp;xt übernehmen</translation>
    </message>
    <message>
        <source>INCLUDE / EXCLUDE rules</source>
        <translation>INCLUDE-/EXCLUDE-Regeln</translation>
    </message>
    <message>
        <source>As parameters</source>
        <translation>Als Parameter</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>%1 of %2 objects are exported.</source>
        <translation>%1 von %2 Objekten werden exportiert.</translation>
    </message>
    <message>
        <source>No catalog loaded: the rules are not previewed.</source>
        <translation>Kein Katalog geladen: Die Regeln werden nicht in der Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>(no catalog loaded)</source>
        <translation>(kein Katalog geladen)</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Only INCLUDE and EXCLUDE belong here, not %1.</source>
        <translation>Hier gehören nur INCLUDE und EXCLUDE hin, nicht %1.</translation>
    </message>
    <message>
        <source>Objects to import</source>
        <translation>Zu importierende Objekte</translation>
    </message>
    <message>
        <source>Objects to copy</source>
        <translation>Zu kopierende Objekte</translation>
    </message>
    <message>
        <source>%1 of %2 objects are imported.</source>
        <translation>%1 von %2 Objekten werden importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 objects are copied.</source>
        <translation>%1 von %2 Objekten werden kopiert.</translation>
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
    <name>sluice::gui::ParfileSaver</name>
    <message>
        <source>Save as Parfile</source>
        <translation>Als Parfile speichern</translation>
    </message>
    <message>
        <source>Parameter files (*.par);;All files (*)</source>
        <translation>Parameterdateien (*.par);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
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
    <name>sluice::gui::ProgressView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 of %2 MB (estimated)</source>
        <translation>%1 von %2 MB (geschätzt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>elapsed %1, remaining %2</source>
        <translation>vergangen %1, verbleibend %2</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The job stopped; restart it from the Jobs view.</source>
        <translation>Der Job wurde gestoppt; starten Sie ihn in der Jobansicht neu.</translation>
    </message>
    <message>
        <source>The job completed successfully.</source>
        <translation>Der Job wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>The job completed with errors.</source>
        <translation>Der Job wurde mit Fehlern abgeschlossen.</translation>
    </message>
    <message>
        <source>The job ended with exit code %1.</source>
        <translation>Der Job endete mit Exit-Code %1.</translation>
    </message>
    <message>
        <source>%1
Objects: %2 of %3 · Rows: %4 · Warnings: %5 · Errors: %6 · Elapsed: %7</source>
        <translation>%1
Objekte: %2 von %3 · Zeilen: %4 · Warnungen: %5 · Fehler: %6 · Dauer: %7</translation>
    </message>
    <message>
        <source>Kill Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Kill the job %1? Its dump files are deleted and it cannot be restarted.</source>
        <translation>Job %1 abbrechen? Seine Dump-Dateien werden gelöscht, und er kann nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>Close Progress View</source>
        <translation>Fortschrittsansicht schließen</translation>
    </message>
    <message>
        <source>The job %1 is still running. It goes on in the background; you can attach to it again from the Jobs view.

Close this view?</source>
        <translation>Der Job %1 läuft noch. Er läuft im Hintergrund weiter; Sie können sich in der Jobansicht wieder mit ihm verbinden.

Diese Ansicht schließen?</translation>
    </message>
</context>
<context>
    <name>sluice::gui::RemapDataEditor</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Rule</source>
        <translation>Regel ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>Sp&amp;alte:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>(no arguments)</source>
        <translation>(keine Argumente)</translation>
    </message>
    <message>
        <source>Choose a table and a column first.</source>
        <translation>Wählen Sie zuerst eine Tabelle und eine Spalte.</translation>
    </message>
    <message>
        <source>The source&apos;s catalog is not loaded yet.</source>
        <translation>Der Katalog der Quelle ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Reading sample rows of %1.%2…</source>
        <translation>Beispielzeilen von %1.%2 werden gelesen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (nachher)</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s); remapped: %1.</source>
        <translation>
            <numerusform>%n Beispielzeile; umgeschrieben: %1.</numerusform>
            <numerusform>%n Beispielzeilen; umgeschrieben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SLUICE_REMAP_KEY is not set: HASH and FAKE_EMAIL are shown with a temporary key, so the job&apos;s values will differ.</source>
        <translation>SLUICE_REMAP_KEY ist nicht gesetzt: HASH und FAKE_EMAIL werden mit einem temporären Schlüssel gezeigt, die Werte des Jobs weichen daher ab.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::RemapEditor</name>
    <message>
        <source>Source schema</source>
        <translation>Quellschema</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>Zielschema</translation>
    </message>
    <message>
        <source>Source table ([schema.]table)</source>
        <translation>Quelltabelle ([schema.]tabelle)</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Source tablespace</source>
        <translation>Quell-Tablespace</translation>
    </message>
    <message>
        <source>Target tablespace</source>
        <translation>Ziel-Tablespace</translation>
    </message>
    <message>
        <source>REMAP_SCHEMA: objects of a source schema are created in another schema. Two source schemas may go to one target schema.</source>
        <translation>REMAP_SCHEMA: Objekte eines Quellschemas werden in einem anderen Schema angelegt. Zwei Quellschemas dürfen in ein Zielschema gehen.</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schemas</translation>
    </message>
    <message>
        <source>REMAP_TABLE: a table the import creates gets a new name; foreign keys, views and triggers follow.</source>
        <translation>REMAP_TABLE: Eine vom Import angelegte Tabelle erhält einen neuen Namen; Fremdschlüssel, Sichten und Trigger folgen.</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>REMAP_TABLESPACE: PostgreSQL tablespaces of tables and materialized views. MariaDB and SQLite have none.</source>
        <translation>REMAP_TABLESPACE: PostgreSQL-Tablespaces von Tabellen und materialisierten Sichten. MariaDB und SQLite haben keine.</translation>
    </message>
    <message>
        <source>Tables&amp;paces</source>
        <translation>Table&amp;spaces</translation>
    </message>
    <message>
        <source>REMAP_DATA: rewrite a column&apos;s values on the way (masking, hashing, fake e-mail addresses). Functions are deterministic, so keys still join.</source>
        <translation>REMAP_DATA: Spaltenwerte unterwegs umschreiben (Maskieren, Hashen, falsche E-Mail-Adressen). Die Funktionen sind deterministisch, Schlüssel passen also weiter zusammen.</translation>
    </message>
    <message>
        <source>Column &amp;Data</source>
        <translation>Spalten&amp;daten</translation>
    </message>
    <message>
        <source>T&amp;ransforms</source>
        <translation>T&amp;ransformationen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [schema.]table.</source>
        <translation>„%1“ ist nicht [schema.]tabelle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sluice::gui::RunHistoryView</name>
    <message>
        <source>Open &amp;Log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Run history of every saved job</source>
        <translation>Laufhistorie aller gespeicherten Jobs</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>Laufhistorie von %1</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SavedJobsView</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Switched off, a run records &quot;skipped (disabled)&quot;; the schedule stays registered.</source>
        <translation>Ausgeschaltet wird ein Lauf als „skipped (disabled)“ vermerkt; der Zeitplan bleibt registriert.</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>No saved jobs yet. The import, export and schema copy wizards save them with &quot;Save as Named Job&quot;.</source>
        <translation>Noch keine gespeicherten Jobs. Die Import-, Export- und Schema-Kopier-Assistenten speichern sie mit „Als benannten Job speichern“.</translation>
    </message>
    <message>
        <source>Delete Saved Job</source>
        <translation>Gespeicherten Job löschen</translation>
    </message>
    <message>
        <source>Delete the saved job %1? Its schedule is removed from the system scheduler too; the run history stays.</source>
        <translation>Den gespeicherten Job %1 löschen? Sein Zeitplan wird auch aus dem System-Planer entfernt; die Laufhistorie bleibt.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ScheduleCommands</name>
    <message>
        <source>%1 is switched on.</source>
        <translation>%1 ist eingeschaltet.</translation>
    </message>
    <message>
        <source>%1 is switched off: its runs are skipped.</source>
        <translation>%1 ist ausgeschaltet: seine Läufe werden übersprungen.</translation>
    </message>
    <message>
        <source>A saved job named %1 exists already.</source>
        <translation>Ein gespeicherter Job namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 was copied to %2.</source>
        <translation>%1 wurde nach %2 kopiert.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 runs %2 (registered with %3).</source>
        <translation>%1 läuft %2 (registriert bei %3).</translation>
    </message>
    <message>
        <source>%1 is no longer scheduled.</source>
        <translation>%1 ist nicht mehr geplant.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 is an %2 job; it cannot hold this job.</source>
        <translation>%1 ist ein %2-Job; er kann diesen Job nicht aufnehmen.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ScheduleEditorDialog</name>
    <message>
        <source>the &amp;last day of the month</source>
        <translation>am &amp;letzten Tag des Monats</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>Registrierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Zeitplan von %1</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>&amp;Täglich</translation>
    </message>
    <message>
        <source>&amp;Weekly</source>
        <translation>&amp;Wöchentlich</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Monatlich</translation>
    </message>
    <message>
        <source>&amp;Calendar syntax</source>
        <translation>&amp;Kalendersyntax</translation>
    </message>
    <message>
        <source>day </source>
        <translation>Tag </translation>
    </message>
    <message>
        <source>e.g. FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30 (FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE)</source>
        <translation>z. B. FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30 (FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE)</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>Registering with the system scheduler…</source>
        <translation>Wird beim System-Planer registriert…</translation>
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
    <name>sluice::gui::SchemaCopyConnectionsPage</name>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>Der Katalog von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s), </source>
        <translation>
            <numerusform>%1 %2: %n Schema, </numerusform>
            <numerusform>%1 %2: %n Schemas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n Tabelle.</numerusform>
            <numerusform>%n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Source and Target</source>
        <translation>Quelle und Ziel</translation>
    </message>
    <message>
        <source>A schema copy reads the source database directly (no dump file) and creates and fills the objects in the target.</source>
        <translation>Eine Schema-Kopie liest die Quelldatenbank direkt (ohne Dump-Datei) und legt die Objekte im Ziel an und füllt sie.</translation>
    </message>
    <message>
        <source>&amp;Source connection:</source>
        <translation>&amp;Quellverbindung:</translation>
    </message>
    <message>
        <source>&amp;Target connection:</source>
        <translation>&amp;Zielverbindung:</translation>
    </message>
    <message>
        <source>Choose the source connection.</source>
        <translation>Wählen Sie die Quellverbindung.</translation>
    </message>
    <message>
        <source>Choose the target connection.</source>
        <translation>Wählen Sie die Zielverbindung.</translation>
    </message>
    <message>
        <source>The source and the target are the same connection.</source>
        <translation>Quelle und Ziel sind dieselbe Verbindung.</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SchemaCopyWizard</name>
    <message>
        <source>Schema Copy Wizard</source>
        <translation>Schema-Kopier-Assistent</translation>
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
<context>
    <name>sluice::gui::TransformEditor</name>
    <message>
        <source>N drops tablespaces and storage parameters from the tables created, so they go to the target&apos;s defaults.</source>
        <translation>N entfernt Tablespaces und Speicherparameter aus den angelegten Tabellen; es gelten die Vorgaben des Ziels.</translation>
    </message>
    <message>
        <source>N drops storage parameters (PostgreSQL fillfactor and similar) but keeps tablespaces.</source>
        <translation>N entfernt Speicherparameter (PostgreSQL-fillfactor u. Ä.), behält aber Tablespaces.</translation>
    </message>
    <message>
        <source>Y asks for less logging while loading; these engines have no per-table switch for it, so it only appears in the log.</source>
        <translation>Y verlangt weniger Protokollierung beim Laden; diese Engines haben dafür keinen Schalter pro Tabelle, es erscheint daher nur im Protokoll.</translation>
    </message>
    <message>
        <source>default (Y)</source>
        <translation>Standard (Y)</translation>
    </message>
    <message>
        <source>default (N)</source>
        <translation>Standard (N)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::TypeMappingReviewDialog</name>
    <message>
        <source>Type Mapping Review</source>
        <translation>Prüfung der Typzuordnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Annähernd</translation>
    </message>
    <message>
        <source>Lossy</source>
        <translation>Verlustbehaftet</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Writing the %1 DDL of the %2 catalog…</source>
        <translation>Die %1-DDL des %2-Katalogs wird erstellt…</translation>
    </message>
    <message>
        <source>Every object maps exactly: nothing is narrowed or left out.</source>
        <translation>Jedes Objekt wird exakt abgebildet: nichts wird verengt oder ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are not exact, </source>
        <translation>
            <numerusform>%n Schritt ist nicht exakt, </numerusform>
            <numerusform>%n Schritte sind nicht exakt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them lossy or unsupported (highlighted). The job logs each of them as a warning.</source>
        <translation>
            <numerusform>davon %n verlustbehaftet oder nicht unterstützt (hervorgehoben). Der Job protokolliert jeden als Warnung.</numerusform>
            <numerusform>davon %n verlustbehaftet oder nicht unterstützt (hervorgehoben). Der Job protokolliert jeden als Warnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::gui::WizardCatalogSource</name>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
</context>
</TS>
