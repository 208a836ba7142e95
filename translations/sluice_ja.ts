<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use up to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
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
    <name>sluice::gui::ConnectionTreeModel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::gui::MainWindow</name>
    <message>
        <source>&lt;h2&gt;Welcome to Sluice&lt;/h2&gt;&lt;p&gt;Sluice exports, imports and copies database schemas the way Oracle Data Pump does, for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Your saved connections are listed on the left. The &lt;b&gt;hr_sample&lt;/b&gt; connection opens the bundled HR sample database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Data Pump style export, import and schema copy for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
