<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. hr_prod</source>
        <translation>例: hr_prod</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>エンジン(&amp;E):</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>データベース ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation>/path/to/database.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;reate the file if it does not exist</source>
        <translation>ファイルがなければ作成する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存する(&amp;S)</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>接続 URL</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
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
        <translation>接続設定が不完全です</translation>
    </message>
    <message>
        <source>Database driver missing</source>
        <translation>データベース ドライバーがありません</translation>
    </message>
    <message>
        <source>Database file not found</source>
        <translation>データベース ファイルが見つかりません</translation>
    </message>
    <message>
        <source>Not a SQLite database</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>Unknown database</source>
        <translation>不明なデータベース</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>接続しました: %1</translation>
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
        <translation>ディレクトリ オブジェクト</translation>
    </message>
    <message>
        <source>Directory objects name the folders that dump, log and SQL files are read from and written to. A connection may use a folder only with a READ or WRITE grant.</source>
        <translation>ディレクトリ オブジェクトは、ダンプ・ログ・SQL ファイルを読み書きするフォルダーに名前を付けます。接続がフォルダーを使うには READ または WRITE の権限が必要です。</translation>
    </message>
    <message>
        <source>Directory objects</source>
        <translation>ディレクトリ オブジェクト</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>&amp;Grantee:</source>
        <translation>付与先(&amp;G):</translation>
    </message>
    <message>
        <source>Privileges:</source>
        <translation>権限:</translation>
    </message>
    <message>
        <source>&amp;READ</source>
        <translation>READ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;WRITE</source>
        <translation>WRITE(&amp;W)</translation>
    </message>
    <message>
        <source>G&amp;rant</source>
        <translation>付与(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>取り消し(&amp;V)</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reload Connections</source>
        <translation>接続を再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation>Sluice について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open SQL File…</source>
        <translation>SQL ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Directory Objects…</source>
        <translation>ディレクトリ オブジェクト(&amp;D)…</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>一意</translation>
    </message>
    <message>
        <source>check</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>外部キー</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation type="unfinished">排他制約</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>スキーマ %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>サーバー バージョン</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>ルーチン</translation>
    </message>
    <message>
        <source>Default character set</source>
        <translation>既定の文字セット</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Table %1.%2</source>
        <translation>テーブル %1.%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Estimated rows</source>
        <translation>推定行数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Partition of</source>
        <translation type="unfinished">親テーブル</translation>
    </message>
    <message>
        <source>Tablespace</source>
        <translation>表領域</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL 許可</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished">ID 列</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished">生成列</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>照合順序</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>インデックス %1</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>一意</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Included columns</source>
        <translation type="unfinished">付加列</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>制約 %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>%1.%2 (%3)</source>
        <translation>%1.%2 (%3)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照先</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>削除時</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>更新時</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>遅延可能</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>トリガー %1</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>For each row</source>
        <translation>行ごと</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件 (WHEN)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Materialized view %1.%2</source>
        <translation>マテリアライズド ビュー %1.%2</translation>
    </message>
    <message>
        <source>View %1.%2</source>
        <translation>ビュー %1.%2</translation>
    </message>
    <message>
        <source>Check option</source>
        <translation>CHECK OPTION</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <source>Sequence %1.%2</source>
        <translation>シーケンス %1.%2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>増分</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小値</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大値</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>最終値</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>所有元</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>プロシージャ</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>集約関数</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>戻り値</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>(unnamed) %1</source>
        <translation>（名前なし） %1</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>ルーチン</translation>
    </message>
</context>
<context>
    <name>SqlFileReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
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
        <translation>Data Pump 方式のエクスポート、インポート、スキーマ コピー。</translation>
    </message>
    <message>
        <source>SQL files to show.</source>
        <translation>表示する SQL ファイル。</translation>
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
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Connection</source>
        <translation>接続を複製(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>接続を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Browse Schema</source>
        <translation>スキーマを表示(&amp;B)</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <source>Remove the connection %1? Its saved password is removed from the keychain too; the database is not touched.</source>
        <translation>接続 %1 を削除しますか? 保存されたパスワードもキーチェーンから削除されます。データベースには影響しません。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>%1 を開く操作は取り消されました。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ConnectionDialog</name>
    <message>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>接続の編集</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>既定 (%1)</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite データベース ファイル</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only.</source>
        <translation>システムのキーチェーンを利用できません (%1)。パスワードはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前の接続は既に存在します。</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ConnectionTreeModel</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>sluice::gui::CreateDirectoryDialog</name>
    <message>
        <source>&amp;Replace an existing directory object of this name</source>
        <translation>同じ名前の既存のディレクトリ オブジェクトを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Create Directory Object</source>
        <translation>ディレクトリ オブジェクトの作成</translation>
    </message>
    <message>
        <source>e.g. EXPORT_DIR</source>
        <translation>例: EXPORT_DIR</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Folder of the Directory Object</source>
        <translation>ディレクトリ オブジェクトのフォルダー</translation>
    </message>
    <message>
        <source>Choose the folder the directory object stands for.</source>
        <translation>ディレクトリ オブジェクトが表すフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::CredentialProvider</name>
    <message>
        <source>Saving passwords is turned off (SLUICE_NO_KEYCHAIN); the password of %1 is kept for this session only.</source>
        <translation>パスワードの保存はオフになっています (SLUICE_NO_KEYCHAIN)。%1 のパスワードはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The password of %1 is saved in the system keychain.</source>
        <translation>%1 のパスワードをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The system keychain could not save the password of %1 (%2); it is kept for this session only.</source>
        <translation>システムのキーチェーンに %1 のパスワードを保存できませんでした (%2)。このセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>saving passwords is turned off (SLUICE_NO_KEYCHAIN)</source>
        <translation>パスワードの保存はオフです (SLUICE_NO_KEYCHAIN)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::DirectoryController</name>
    <message>
        <source>Created the directory object %1.</source>
        <translation>ディレクトリ オブジェクト %1 を作成しました。</translation>
    </message>
    <message>
        <source>Dropped the directory object %1.</source>
        <translation>ディレクトリ オブジェクト %1 を削除しました。</translation>
    </message>
    <message>
        <source>Granted %1 on %2 to %3.</source>
        <translation>%2 の %1 を %3 に付与しました。</translation>
    </message>
    <message>
        <source>Revoked %1 on %2 from %3.</source>
        <translation>%3 から %2 の %1 を取り消しました。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::DirectoryManagerDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>付与先</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The default directory object: it cannot be dropped, only pointed at another folder.</source>
        <translation>既定のディレクトリ オブジェクトです。削除はできず、別のフォルダーを指すように変更することだけができます。</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing (created on use)</source>
        <translation>なし（使用時に作成）</translation>
    </message>
    <message>
        <source>Privileges on %1</source>
        <translation>%1 の権限</translation>
    </message>
    <message>
        <source>DATA_PUMP_DIR cannot be dropped; use Create… with &quot;Replace&quot; to point it at another folder.</source>
        <translation>DATA_PUMP_DIR は削除できません。別のフォルダーを指すには「作成…」で「置き換える」を使ってください。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>Drop Directory Object</source>
        <translation>ディレクトリ オブジェクトの削除</translation>
    </message>
    <message>
        <source>Drop the directory object %1? The folder and its files are kept.</source>
        <translation>ディレクトリ オブジェクト %1 を削除しますか? フォルダーとファイルは残ります。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::FindBar</name>
    <message>
        <source>Match ca&amp;se</source>
        <translation>大文字と小文字を区別(&amp;S)</translation>
    </message>
    <message>
        <source>Highlight a&amp;ll</source>
        <translation>すべて強調表示(&amp;L)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>前を検索 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>次を検索 (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1 件以上一致</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>一致: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::MainWindow</name>
    <message>
        <source>Loading connections…</source>
        <translation>接続を読み込んでいます…</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>接続: %1</translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation>Sluice について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Data Pump style export, import and schema copy for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;SQLite・PostgreSQL・MariaDB 向けの Data Pump 方式のエクスポート、インポート、スキーマ コピー。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Sluice&lt;/h2&gt;&lt;p&gt;Sluice exports, imports and copies database schemas the way Oracle Data Pump does, for SQLite, PostgreSQL and MariaDB.&lt;/p&gt;&lt;p&gt;Your saved connections are listed on the left. The &lt;b&gt;hr_sample&lt;/b&gt; connection opens the bundled HR sample database.&lt;/p&gt;&lt;p&gt;Double-click a connection to browse its schemas, or add one with &lt;b&gt;Connection › New Connection…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sluice へようこそ&lt;/h2&gt;&lt;p&gt;Sluice は Oracle Data Pump と同じ方法で、SQLite・PostgreSQL・MariaDB のデータベース スキーマをエクスポート、インポート、コピーします。&lt;/p&gt;&lt;p&gt;保存済みの接続は左側に表示されます。&lt;b&gt;hr_sample&lt;/b&gt; 接続は付属の HR サンプル データベースを開きます。&lt;/p&gt;&lt;p&gt;接続をダブルクリックするとスキーマを表示できます。新しい接続は &lt;b&gt;接続 › 新しい接続…&lt;/b&gt; で追加します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sluice::gui::OpenSqlFileDialog</name>
    <message>
        <source>Open SQL File</source>
        <translation>SQL ファイルを開く</translation>
    </message>
    <message>
        <source>SQL files</source>
        <translation>SQL ファイル</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>その他のファイル(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Directory object:</source>
        <translation>ディレクトリ オブジェクト(&amp;D):</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>SQL &amp;files:</source>
        <translation>SQL ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>(no .sql files here)</source>
        <translation>（.sql ファイルはありません）</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL ファイル (*.sql);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::PasswordPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The password is kept in memory until Sluice closes.</source>
        <translation>パスワードは Sluice を終了するまでメモリに保持されます。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; のパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ProfileStoreController</name>
    <message>
        <source>Added the connection %1.</source>
        <translation>接続 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Saved the connection %1.</source>
        <translation>接続 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Removed the connection %1.</source>
        <translation>接続 %1 を削除しました。</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>%1 という名前の接続はありません。</translation>
    </message>
    <message>
        <source>Created the connection %1.</source>
        <translation>接続 %1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SchemaBrowser</name>
    <message>
        <source>Database objects</source>
        <translation>データベース オブジェクト</translation>
    </message>
    <message>
        <source>Object properties</source>
        <translation>オブジェクトのプロパティ</translation>
    </message>
    <message>
        <source>Object DDL</source>
        <translation>オブジェクトの DDL</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the catalog again (%1)</source>
        <translation>カタログを再読み込み (%1)</translation>
    </message>
    <message>
        <source>Select an object to see its properties and its DDL.</source>
        <translation>オブジェクトを選ぶと、そのプロパティと DDL が表示されます。</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み取っています…</translation>
    </message>
    <message>
        <source>Cannot read the catalog</source>
        <translation>カタログを読み取れません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 — tables: %3</source>
        <translation>%1 %2 — テーブル: %3</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SqlFileViewer</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>指定行へ移動…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 — lines: %2</source>
        <translation>%1 — 行数: %2</translation>
    </message>
    <message>
        <source> (large file: highlighting is off)</source>
        <translation>（大きなファイルのため強調表示はオフ）</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>&amp;Line (1 – %1):</source>
        <translation>行(&amp;L) (1 – %1):</translation>
    </message>
</context>
</TS>
