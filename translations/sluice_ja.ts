<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CalendarParser</name>
    <message>
        <source>at %1: %2</source>
        <translation>位置 %1: %2</translation>
    </message>
    <message>
        <source>at %1 (%2): %3</source>
        <translation>位置 %1 (%2): %3</translation>
    </message>
    <message>
        <source>the schedule is empty: write e.g. &quot;FREQ=DAILY; BYHOUR=4; BYMINUTE=30&quot; or &quot;daily 04:30&quot;</source>
        <translation>スケジュールが空です。例: 「FREQ=DAILY; BYHOUR=4; BYMINUTE=30」または「daily 04:30」</translation>
    </message>
    <message>
        <source>an empty clause: clauses are NAME=value, separated by &apos;;&apos;</source>
        <translation>空の句があります。句は NAME=value の形で、&apos;;&apos; で区切ります</translation>
    </message>
    <message>
        <source>not NAME=value: write e.g. FREQ=DAILY (clauses are separated by &apos;;&apos;)</source>
        <translation>NAME=value の形ではありません。例: FREQ=DAILY (句は &apos;;&apos; で区切ります)</translation>
    </message>
    <message>
        <source>%1 is DBMS_SCHEDULER syntax that Sluice does not support; it accepts %2</source>
        <translation>%1 は Sluice が対応していない DBMS_SCHEDULER の構文です。使用できるのは %2 です</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot;; the keywords are %2</source>
        <translation>不明なキーワード「%1」です。キーワードは %2 です</translation>
    </message>
    <message>
        <source>%1 is given twice: give it once</source>
        <translation>%1 が 2 回指定されています。1 回だけ指定してください</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 に値がありません</translation>
    </message>
    <message>
        <source>FREQ must be one of %1%2</source>
        <translation>FREQ は %1 のいずれかでなければなりません%2</translation>
    </message>
    <message>
        <source> (runs are to the minute)</source>
        <translation> (実行は分単位です)</translation>
    </message>
    <message>
        <source>INTERVAL must be a whole number from 1 to 99</source>
        <translation>INTERVAL は 1 から 99 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>%1 to %2, or -%2 to -%1 counting from the end of the month</source>
        <translation>%1 から %2、または月末から数えて -%2 から -%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>%1 takes whole numbers %2, separated by commas</source>
        <translation>%1 には %2 の整数をカンマ区切りで指定します</translation>
    </message>
    <message>
        <source>BYDAY takes MON, TUE, WED, THU, FRI, SAT or SUN, separated by commas; with FREQ=MONTHLY a number may come first (1MON: the first Monday, -1FRI: the last Friday)</source>
        <translation>BYDAY には MON、TUE、WED、THU、FRI、SAT、SUN をカンマ区切りで指定します。FREQ=MONTHLY では前に数値を付けられます (1MON: 第 1 月曜日、-1FRI: 最終金曜日)</translation>
    </message>
    <message>
        <source>the number before a weekday must be 1 to 5 or -1 to -5 (the n-th or n-th last in the month)</source>
        <translation>曜日の前の数値は 1 から 5、または -1 から -5 でなければなりません (月の第 n 週、または最後から n 番目)</translation>
    </message>
    <message>
        <source>FREQ is missing: every schedule starts with FREQ=YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY or MINUTELY</source>
        <translation>FREQ がありません。スケジュールは FREQ=YEARLY、MONTHLY、WEEKLY、DAILY、HOURLY、MINUTELY のいずれかで始めます</translation>
    </message>
    <message>
        <source>a numbered weekday (n-th in the month) needs FREQ=MONTHLY; with %1 list plain weekdays</source>
        <translation>番号付きの曜日 (月の第 n 週) には FREQ=MONTHLY が必要です。%1 では番号なしの曜日を指定してください</translation>
    </message>
    <message>
        <source>FREQ=WEEKLY needs BYDAY, e.g. BYDAY=MON,FRI (Sluice has no start date to take the weekday from)</source>
        <translation>FREQ=WEEKLY には BYDAY が必要です (例: BYDAY=MON,FRI)。Sluice には曜日を決める開始日がありません</translation>
    </message>
    <message>
        <source>FREQ=MONTHLY needs BYMONTHDAY (e.g. BYMONTHDAY=1, or -1 for the last day) or BYDAY (e.g. BYDAY=1MON)</source>
        <translation>FREQ=MONTHLY には BYMONTHDAY (例: BYMONTHDAY=1、月末は -1) または BYDAY (例: BYDAY=1MON) が必要です</translation>
    </message>
    <message>
        <source>FREQ=YEARLY needs BYMONTH and BYMONTHDAY or BYDAY, e.g. BYMONTH=1; BYMONTHDAY=1</source>
        <translation>FREQ=YEARLY には BYMONTH と、BYMONTHDAY または BYDAY が必要です (例: BYMONTH=1; BYMONTHDAY=1)</translation>
    </message>
    <message>
        <source>the time must be HH:MM on the 24-hour clock, e.g. 04:30</source>
        <translation>時刻は 24 時間制の HH:MM で指定してください (例: 04:30)</translation>
    </message>
    <message>
        <source>a schedule is &quot;daily HH:MM&quot;, &quot;weekly DAYS HH:MM&quot;, &quot;monthly DAYS HH:MM&quot; or DBMS_SCHEDULER calendar syntax (FREQ=DAILY; BYHOUR=4; BYMINUTE=30)</source>
        <translation>スケジュールは「daily HH:MM」「weekly DAYS HH:MM」「monthly DAYS HH:MM」、または DBMS_SCHEDULER のカレンダー構文 (FREQ=DAILY; BYHOUR=4; BYMINUTE=30) で指定します</translation>
    </message>
    <message>
        <source>write &quot;daily HH:MM&quot;, e.g. daily 04:30</source>
        <translation>「daily HH:MM」と書いてください (例: daily 04:30)</translation>
    </message>
    <message>
        <source>write &quot;%1 DAYS HH:MM&quot;, e.g. %2</source>
        <translation>「%1 DAYS HH:MM」と書いてください (例: %2)</translation>
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
        <translation>weekly には番号なしの曜日 (mon,fri) を指定します。月の第 n 曜日には FREQ=MONTHLY; BYDAY=1MON を使ってください</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>The document holds a %1, not a catalog</source>
        <translation>このドキュメントに含まれているのはカタログではなく %1 です</translation>
    </message>
    <message>
        <source>The catalog names no known engine</source>
        <translation>カタログに既知のエンジンが指定されていません</translation>
    </message>
    <message>
        <source>Not a Sluice catalog document</source>
        <translation>Sluice のカタログ・ドキュメントではありません</translation>
    </message>
    <message>
        <source>The catalog document has no valid version</source>
        <translation>カタログ・ドキュメントに有効なバージョンがありません</translation>
    </message>
    <message>
        <source>The catalog document has format version %1; this Sluice reads up to version %2. Use a newer Sluice.</source>
        <translation>カタログ・ドキュメントの形式バージョンは %1 ですが、この Sluice が読めるのはバージョン %2 までです。新しい Sluice を使用してください。</translation>
    </message>
</context>
<context>
    <name>CatalogObjectFilter</name>
    <message>
        <source>%1: object type %2 has no names; a name clause cannot be used with it</source>
        <translation>%1: オブジェクト・タイプ %2 には名前がないため、名前句は使用できません</translation>
    </message>
    <message>
        <source>%1 matched no object: the source has no %2</source>
        <translation>%1 に一致するオブジェクトはありません: ソースに %2 がありません</translation>
    </message>
    <message>
        <source>%1 matched no object</source>
        <translation>%1 に一致するオブジェクトはありません</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>No catalog reader for the Qt SQL driver %1</source>
        <translation>Qt SQL ドライバ %1 用のカタログ・リーダーがありません</translation>
    </message>
    <message>
        <source>The connection is not open</source>
        <translation>接続が開かれていません</translation>
    </message>
    <message>
        <source>Reading the catalog of %1 is not implemented yet</source>
        <translation>%1 のカタログの読取りはまだ実装されていません</translation>
    </message>
</context>
<context>
    <name>CatalogRemapper</name>
    <message>
        <source>REMAP_TABLESPACE: %1 has no tablespaces; there is nothing to remap and the parameter has no effect</source>
        <translation>REMAP_TABLESPACE: %1 には表領域がないため、再マップするものはなく、このパラメータは効果がありません</translation>
    </message>
</context>
<context>
    <name>ChunkStream</name>
    <message>
        <source>the source failed</source>
        <translation>ソースでエラーが発生しました</translation>
    </message>
</context>
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
        <translation>「%1」はプロファイル名として無効です。英字で始まる 64 文字以内の英字、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos; を使ってください。</translation>
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
    <name>CredentialHandoff</name>
    <message>
        <source>cannot open a local channel for the job&apos;s host: %1</source>
        <translation>ジョブのホスト用のローカル チャネルを開けません: %1</translation>
    </message>
    <message>
        <source>the local channel is not open</source>
        <translation>ローカル チャネルが開いていません</translation>
    </message>
    <message>
        <source>could not send the credentials to the job&apos;s host</source>
        <translation>資格情報をジョブのホストに送れませんでした</translation>
    </message>
    <message>
        <source>cannot reach the launching client: %1</source>
        <translation>起動元クライアントに接続できません: %1</translation>
    </message>
    <message>
        <source>the launching client sent no credentials</source>
        <translation>起動元クライアントから資格情報が送られてきませんでした</translation>
    </message>
    <message>
        <source>the credentials from the launching client are unreadable</source>
        <translation>起動元クライアントからの資格情報を読み取れません</translation>
    </message>
</context>
<context>
    <name>DdlWriter</name>
    <message>
        <source>%1 has no user-defined types; columns of this type use its closest form</source>
        <translation>%1 にはユーザー定義型がないため、この型の列には最も近い形式が使用されます</translation>
    </message>
    <message>
        <source>SQLite has no sequences; the sequence is not created</source>
        <translation>SQLite にはシーケンスがないため、シーケンスは作成されません</translation>
    </message>
    <message>
        <source> (its column %1 becomes INTEGER PRIMARY KEY AUTOINCREMENT only if it is the primary key)</source>
        <translation> (その列 %1 が INTEGER PRIMARY KEY AUTOINCREMENT になるのは、主キーである場合だけです)</translation>
    </message>
    <message>
        <source>%1 has no partitions of this kind; the partition&apos;s rows belong to its parent table %2</source>
        <translation>%1 にはこの種類のパーティションがないため、パーティションの行は親表 %2 に属します</translation>
    </message>
    <message>
        <source>the table is not partitioned on %1 (PARTITION BY %2 %3 dropped)</source>
        <translation>%1 では表はパーティション化されません (PARTITION BY %2 %3 は削除されます)</translation>
    </message>
    <message>
        <source>MariaDB cannot key the whole of a TEXT or BLOB column (%1); the %2 is not created</source>
        <translation>MariaDB では TEXT 列または BLOB 列 (%1) 全体をキーにできないため、%2 は作成されません</translation>
    </message>
    <message>
        <source>CHECK (%1) cannot be written for %2 (%3); the constraint is not created</source>
        <translation>CHECK (%1) は %2 用に記述できないため (%3)、制約は作成されません</translation>
    </message>
    <message>
        <source>exclusion constraints exist only on PostgreSQL; not created</source>
        <translation>排他制約は PostgreSQL にしかないため、作成されません</translation>
    </message>
    <message>
        <source>MariaDB refuses SET NULL on the NOT NULL column %1; the foreign key is not created</source>
        <translation>MariaDB は NOT NULL 列 %1 に対する SET NULL を拒否するため、外部キーは作成されません</translation>
    </message>
    <message>
        <source>MariaDB checks foreign keys immediately; DEFERRABLE is dropped</source>
        <translation>MariaDB は外部キーを即時にチェックするため、DEFERRABLE は削除されます</translation>
    </message>
    <message>
        <source>SQLite has only b-tree indexes; the hash index becomes one</source>
        <translation>SQLite には B-tree インデックスしかないため、ハッシュ・インデックスは B-tree インデックスになります</translation>
    </message>
    <message>
        <source>%1 has no %2 index of this kind; the index is not created</source>
        <translation>%1 にはこの種類の %2 インデックスがないため、インデックスは作成されません</translation>
    </message>
    <message>
        <source>the index key (%1) cannot be written for %2 (%3); the index is not created</source>
        <translation>インデックス・キー (%1) は %2 用に記述できないため (%3)、インデックスは作成されません</translation>
    </message>
    <message>
        <source>MariaDB indexes only columns</source>
        <translation>MariaDB は列しか索引付けできません</translation>
    </message>
    <message>
        <source>MariaDB cannot key the whole of a TEXT or BLOB column (%1); the unique index is not created</source>
        <translation>MariaDB では TEXT 列または BLOB 列 (%1) 全体をキーにできないため、一意インデックスは作成されません</translation>
    </message>
    <message>
        <source>MariaDB indexes the first 255 characters of the TEXT column %1</source>
        <translation>MariaDB は TEXT 列 %1 の先頭 255 文字を索引付けします</translation>
    </message>
    <message>
        <source>MariaDB has no partial indexes</source>
        <translation>MariaDB には部分インデックスがありません</translation>
    </message>
    <message>
        <source>%1; the unique index on the rows WHERE %2 is not created</source>
        <translation>%1。WHERE %2 の行に対する一意インデックスは作成されません</translation>
    </message>
    <message>
        <source>%1; the index covers every row (WHERE %2 dropped)</source>
        <translation>%1。インデックスはすべての行を対象にします (WHERE %2 は削除されます)</translation>
    </message>
    <message>
        <source>the view calls %1, which is not created on %2; the view is not created</source>
        <translation>ビューが呼び出す %1 は %2 上に作成されないため、ビューは作成されません</translation>
    </message>
    <message>
        <source>the view&apos;s query cannot be written for %1 (%2); the view is not created</source>
        <translation>ビューの問合せは %1 用に記述できないため (%2)、ビューは作成されません</translation>
    </message>
    <message>
        <source>%1 has no materialized views; created as a plain view</source>
        <translation>%1 にはマテリアライズド ビューがないため、通常のビューとして作成されます</translation>
    </message>
    <message>
        <source>%1 %2 routines cannot be created on %3; not created</source>
        <translation>%1 %2 ルーチンは %3 上に作成できないため、作成されません</translation>
    </message>
    <message>
        <source>trigger bodies are engine-specific; not created on %1</source>
        <translation>トリガー本体はエンジン固有のため、%1 上には作成されません</translation>
    </message>
    <message>
        <source>the enum type %1 becomes ENUM(%2)</source>
        <translation>列挙型 %1 は ENUM(%2) になります</translation>
    </message>
    <message>
        <source>the enum type %1 becomes text with a CHECK on its labels (they sort as text, not in label order)</source>
        <translation>列挙型 %1 はラベルに対する CHECK 付きの text になります (ラベル順ではなくテキストとしてソートされます)</translation>
    </message>
    <message>
        <source>the domain %1 becomes its base type %2 with the domain&apos;s default, NOT NULL and checks on the column</source>
        <translation>ドメイン %1 は基本型 %2 になり、ドメインのデフォルト、NOT NULL、チェックは列に設定されます</translation>
    </message>
    <message>
        <source>the domain check %1 cannot be written for %2 (%3); it is not created</source>
        <translation>ドメインのチェック %1 は %2 用に記述できないため (%3)、作成されません</translation>
    </message>
    <message>
        <source>the default %1 cannot be written for %2 (%3); the column has no default</source>
        <translation>デフォルト %1 は %2 用に記述できないため (%3)、列にはデフォルトがありません</translation>
    </message>
    <message>
        <source>%1 becomes varchar(255) because the column is part of a key or index on MariaDB: longer values are rejected</source>
        <translation>MariaDB では列がキーまたはインデックスの一部であるため、%1 は varchar(255) になります。これより長い値は拒否されます</translation>
    </message>
    <message>
        <source>the generated expression %1 cannot be written for %2 (%3); the column is a plain column holding the copied values</source>
        <translation>生成式 %1 は %2 用に記述できないため (%3)、列はコピーされた値を保持する通常の列になります</translation>
    </message>
    <message>
        <source>PostgreSQL 15 has no virtual generated columns; the column is stored</source>
        <translation>PostgreSQL 15 には仮想生成列がないため、列は格納生成列になります</translation>
    </message>
    <message>
        <source>GENERATED ALWAYS AS IDENTITY becomes AUTO_INCREMENT, which also accepts explicit values</source>
        <translation>GENERATED ALWAYS AS IDENTITY は明示的な値も受け付ける AUTO_INCREMENT になります</translation>
    </message>
    <message>
        <source>%1 numbers only a key column automatically; the column&apos;s values are not generated on %1</source>
        <translation>%1 が自動採番するのはキー列だけのため、%1 ではこの列の値は生成されません</translation>
    </message>
    <message>
        <source>ON UPDATE %1 is dropped: %2 has no such column option</source>
        <translation>ON UPDATE %1 は削除されます: %2 にはこの列オプションがありません</translation>
    </message>
    <message>
        <source>views and routines depend on each other in a cycle; created in their catalog order</source>
        <translation>ビューとルーチンが循環して依存しているため、カタログの順序で作成されます</translation>
    </message>
    <message>
        <source>%1 has no comments on %2; the comment is not created</source>
        <translation>%1 には %2 のコメントがないため、コメントは作成されません</translation>
    </message>
    <message>
        <source>GRANT %1 TO %2 names a %3 grantee; not created on %4</source>
        <translation>GRANT %1 TO %2 は %3 の権限受領者を指定しているため、%4 上には作成されません</translation>
    </message>
    <message>
        <source>SQLite has no users or roles; not created</source>
        <translation>SQLite にはユーザーもロールもないため、作成されません</translation>
    </message>
    <message>
        <source>passwords are not exported: the account is created without one; set it before use</source>
        <translation>パスワードはエクスポートされません。アカウントはパスワードなしで作成されるため、使用前に設定してください</translation>
    </message>
    <message>
        <source>PostgreSQL roles have no host part; merged into role %1</source>
        <translation>PostgreSQL のロールにはホスト部がないため、ロール %1 に統合されます</translation>
    </message>
    <message>
        <source>the host restriction &apos;%1&apos; is not part of a PostgreSQL role; restrict it in pg_hba.conf</source>
        <translation>ホスト制限 &apos;%1&apos; は PostgreSQL のロールには含まれません。pg_hba.conf で制限してください</translation>
    </message>
    <message>
        <source>the global privilege %1 ON *.* has no PostgreSQL role attribute; not granted (grant object privileges per schema instead)</source>
        <translation>グローバル権限 %1 ON *.* に対応する PostgreSQL のロール属性はないため、付与されません (代わりにスキーマごとにオブジェクト権限を付与してください)</translation>
    </message>
    <message>
        <source>PostgreSQL members use their roles&apos; privileges without SET ROLE; DEFAULT ROLE %1 needs no statement</source>
        <translation>PostgreSQL のメンバーは SET ROLE なしでロールの権限を使用するため、DEFAULT ROLE %1 に文は不要です</translation>
    </message>
    <message>
        <source>MariaDB roles have no connection limit; CONNECTION LIMIT %1 is dropped</source>
        <translation>MariaDB のロールには接続数制限がないため、CONNECTION LIMIT %1 は削除されます</translation>
    </message>
    <message>
        <source>MariaDB has no comments on accounts; the comment is not created</source>
        <translation>MariaDB にはアカウントのコメントがないため、コメントは作成されません</translation>
    </message>
    <message>
        <source>%1 becomes GRANT %2 ON *.*</source>
        <translation>%1 は GRANT %2 ON *.* になります</translation>
    </message>
    <message>
        <source>MariaDB has no row-level security; BYPASSRLS is dropped</source>
        <translation>MariaDB には行レベル・セキュリティがないため、BYPASSRLS は削除されます</translation>
    </message>
    <message>
        <source>MariaDB accounts have no expiry date; VALID UNTIL %1 is dropped</source>
        <translation>MariaDB のアカウントには有効期限がないため、VALID UNTIL %1 は削除されます</translation>
    </message>
    <message>
        <source>membership in %1 is not created: only roles can be granted on MariaDB, and %1 is a user or a PostgreSQL predefined role</source>
        <translation>%1 のメンバーシップは作成されません: MariaDB で付与できるのはロールだけで、%1 はユーザーまたは PostgreSQL の事前定義ロールです</translation>
    </message>
    <message>
        <source>MariaDB activates one role at login: %1 is the default role, the others (%2) need SET ROLE</source>
        <translation>MariaDB がログイン時に有効にするロールは 1 つです: %1 がデフォルト・ロールで、他のロール (%2) には SET ROLE が必要です</translation>
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
        <translation>「%1」はディレクトリ オブジェクト名として無効です。英字で始め、英字、数字、&apos;_&apos;、&apos;$&apos;、&apos;#&apos; を続けてください (最大 128 文字)。</translation>
    </message>
</context>
<context>
    <name>DumpFileNamer</name>
    <message>
        <source>Dump file space is exhausted: every DUMPFILE name is used (%1). Add a template with %U, raise FILESIZE, or add files with ADD_FILE.</source>
        <translation>ダンプファイルの領域が足りません。DUMPFILE の名前はすべて使用済みです (%1)。%U を含むテンプレートを追加するか、FILESIZE を大きくするか、ADD_FILE でファイルを追加してください。</translation>
    </message>
</context>
<context>
    <name>DumpRecovery</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the files of the interrupted run</source>
        <translation>中断された実行のファイル用のフォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>Cannot move &quot;%1&quot; aside for the restart</source>
        <translation>再開のために「%1」を退避できません</translation>
    </message>
</context>
<context>
    <name>DumpSource</name>
    <message>
        <source>Dump file &quot;%1&quot; does not exist</source>
        <translation>ダンプファイル「%1」は存在しません</translation>
    </message>
    <message>
        <source>The dump file set comes from an unknown engine &quot;%1&quot;</source>
        <translation>ダンプファイルセットは不明なエンジン「%1」で作成されています</translation>
    </message>
    <message>
        <source>The dump file set is encrypted: give ENCRYPTION_PASSWORD or ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>ダンプファイルセットは暗号化されています。ENCRYPTION_PASSWORD または ENCRYPTION_PWD_PROMPT=YES を指定してください</translation>
    </message>
    <message>
        <source>Member &quot;%1&quot;: %2</source>
        <translation>メンバー「%1」: %2</translation>
    </message>
</context>
<context>
    <name>ExportDefiner</name>
    <message>
        <source>The connection has no default schema to export (%1); give SCHEMAS=name</source>
        <translation>接続にエクスポートする既定のスキーマがありません (%1)。SCHEMAS=name を指定してください</translation>
    </message>
    <message>
        <source>No data or metadata objects selected for the job</source>
        <translation>ジョブにデータ オブジェクトもメタデータ オブジェクトも選択されていません</translation>
    </message>
    <message>
        <source>Schema %1 was not found.</source>
        <translation>スキーマ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Table %1 was not found.</source>
        <translation>表 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is exported in one chunk: %2</source>
        <translation>%1 は 1 つのチャンクでエクスポートされます: %2</translation>
    </message>
</context>
<context>
    <name>ExportExecutor</name>
    <message>
        <source>worker %1 could not start: %2</source>
        <translation>ワーカー %1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Dump file &quot;%1&quot; already exists. Remove it, choose another DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.</source>
        <translation>ダンプファイル「%1」はすでに存在します。削除するか、別の DUMPFILE を選ぶか、上書きするには REUSE_DUMPFILES=YES を設定してください。</translation>
    </message>
    <message>
        <source>ADD_FILE needs a file name</source>
        <translation>ADD_FILE にはファイル名が必要です</translation>
    </message>
</context>
<context>
    <name>ExportFilesPage</name>
    <message>
        <source>Dump Files</source>
        <translation>ダンプファイル</translation>
    </message>
    <message>
        <source>Where the dump file set is written, how large each file may grow, and how it is compressed and encrypted.</source>
        <translation>ダンプファイルセットの書き込み先、各ファイルの最大サイズ、圧縮と暗号化の方法を指定します。</translation>
    </message>
    <message>
        <source>&amp;Directory object:</source>
        <translation>ディレクトリオブジェクト(&amp;D):</translation>
    </message>
    <message>
        <source>Dump &amp;files:</source>
        <translation>ダンプファイル(&amp;F):</translation>
    </message>
    <message>
        <source>One or more file names, separated by commas. %U numbers the files of a set (01, 02, ...).</source>
        <translation>1つ以上のファイル名をカンマ区切りで指定します。%U はセット内のファイルに番号を付けます (01, 02, ...)。</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing dump files (REUSE_DUMPFILES)</source>
        <translation>既存のダンプファイルを上書き(&amp;O) (REUSE_DUMPFILES)</translation>
    </message>
    <message>
        <source>Maximum file si&amp;ze:</source>
        <translation>最大ファイルサイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>圧縮(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>アルゴリズム(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Encrypt the dump with a password</source>
        <translation>パスワードでダンプを暗号化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>パスワードの確認(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ExportModePage</name>
    <message>
        <source>What to Export</source>
        <translation>エクスポート対象</translation>
    </message>
    <message>
        <source>A whole database, some schemas, or some tables with their indexes, constraints and triggers.</source>
        <translation>データベース全体、一部のスキーマ、または索引・制約・トリガーを含む一部の表。</translation>
    </message>
    <message>
        <source>&amp;Full database (FULL=YES)</source>
        <translation>データベース全体(&amp;F) (FULL=YES)</translation>
    </message>
    <message>
        <source>&amp;Schemas (SCHEMAS=)</source>
        <translation>スキーマ(&amp;S) (SCHEMAS=)</translation>
    </message>
    <message>
        <source>&amp;Tables (TABLES=)</source>
        <translation>表(&amp;T) (TABLES=)</translation>
    </message>
    <message>
        <source>Schemas and tables</source>
        <translation>スキーマと表</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Workers, the job&apos;s name, the size estimate and the log file.</source>
        <translation>ワーカー、ジョブ名、サイズ見積もり、ログファイル。</translation>
    </message>
    <message>
        <source>&amp;Parallel workers:</source>
        <translation>並列ワーカー数(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>ジョブ名(&amp;J):</translation>
    </message>
    <message>
        <source>SYS_EXPORT_SCHEMA_01 (chosen automatically)</source>
        <translation>SYS_EXPORT_SCHEMA_01 (自動的に選択)</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>見積もり(&amp;E):</translation>
    </message>
    <message>
        <source>Estimate &amp;only, write no dump (ESTIMATE_ONLY)</source>
        <translation>見積もりのみ、ダンプは書かない(&amp;O) (ESTIMATE_ONLY)</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>ログファイル(&amp;L):</translation>
    </message>
    <message>
        <source>No lo&amp;g file</source>
        <translation>ログファイルなし(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Timestamps:</source>
        <translation>タイムスタンプ(&amp;T):</translation>
    </message>
    <message>
        <source>Log &amp;metrics (times per object)</source>
        <translation>メトリックを記録(&amp;M) (オブジェクトごとの時間)</translation>
    </message>
    <message>
        <source>&amp;Keep the master table after the job (KEEP_MASTER)</source>
        <translation>ジョブ後もマスター表を保持(&amp;K) (KEEP_MASTER)</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>NETWORK_LINK is an import parameter in Sluice: use sluice-cli import NETWORK_LINK=... to copy between databases</source>
        <translation>Sluice では NETWORK_LINK はインポートのパラメータです。データベース間でコピーするには sluice-cli import NETWORK_LINK=... を使ってください</translation>
    </message>
    <message>
        <source>The restarted job reads the remaining data from a new snapshot; completed chunks are kept</source>
        <translation>再開したジョブは残りのデータを新しいスナップショットから読み取ります。完了したチャンクはそのまま残ります</translation>
    </message>
    <message>
        <source>Cannot read the catalog: %1</source>
        <translation>カタログを読み取れません: %1</translation>
    </message>
    <message>
        <source>The master table&apos;s dump header cannot be read: %1</source>
        <translation>マスター表のダンプヘッダーを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot record the dump file set&apos;s header: %1</source>
        <translation>ダンプファイルセットのヘッダーを記録できません: %1</translation>
    </message>
    <message>
        <source>Kept %1 completed member(s) of the interrupted run; %2 completed item(s) whose member was lost are exported again</source>
        <translation>中断された実行の完了済みメンバー %1 個を残しました。メンバーが失われた完了済み作業項目 %2 個は再度エクスポートします</translation>
    </message>
    <message>
        <source>Cannot copy the master table into the dump file set: %1</source>
        <translation>マスター表をダンプファイルセットにコピーできません: %1</translation>
    </message>
    <message>
        <source>Added dump file template(s): %1</source>
        <translation>ダンプファイルのテンプレートを追加しました: %1</translation>
    </message>
    <message>
        <source>%1 cannot change while this export writes its dump file set; ADD_FILE can</source>
        <translation>このエクスポートがダンプファイルセットを書き込んでいる間は %1 を変更できません。ADD_FILE は使えます</translation>
    </message>
</context>
<context>
    <name>ExportRowFilterPage</name>
    <message>
        <source>Row Filters</source>
        <translation>行フィルタ</translation>
    </message>
    <message>
        <source>Export only some rows: a WHERE clause per table (QUERY) or a random percentage (SAMPLE). Leave the table empty to apply to every table.</source>
        <translation>一部の行だけをエクスポートします: 表ごとの WHERE 句 (QUERY) またはランダムな割合 (SAMPLE)。表を空欄にするとすべての表に適用されます。</translation>
    </message>
    <message>
        <source>&amp;QUERY: WHERE clauses</source>
        <translation>QUERY(&amp;Q): WHERE 句</translation>
    </message>
    <message>
        <source>Table (schema.table)</source>
        <translation>表 (スキーマ.表)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>句</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;AMPLE: percentage of rows</source>
        <translation>SAMPLE(&amp;A): 行の割合</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>Add &amp;Sample</source>
        <translation>サンプルを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move Sample</source>
        <translation>サンプルを削除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ExportSourcePage</name>
    <message>
        <source>Source Connection</source>
        <translation>ソース接続</translation>
    </message>
    <message>
        <source>Choose the database to export. Its catalog is read in the background for the next pages.</source>
        <translation>エクスポートするデータベースを選択してください。カタログは次のページのためにバックグラウンドで読み込まれます。</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>A saved connection, or a URL such as sqlite:/path/to/file.db</source>
        <translation>保存済みの接続、または sqlite:/path/to/file.db のような URL</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Worker %1 started after the snapshot&apos;s read lock was released (PARALLEL raised): MariaDB cannot share the snapshot with it, so the chunks it exports are read from a later state</source>
        <translation>ワーカー %1 はスナップショットの読取りロックが解放された後に開始しました (PARALLEL を増加)。MariaDB はこのワーカーとスナップショットを共有できないため、このワーカーがエクスポートするチャンクはより新しい状態から読み取られます</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The export as a parameter file: the same job runs with sluice-cli export PARFILE=file. Run starts it now.</source>
        <translation>パラメータファイルとしてのエクスポート: 同じジョブは sluice-cli export PARFILE=ファイル で実行できます。「実行」で今すぐ開始します。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as Parfile…</source>
        <translation>パラメータファイルとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Writes these settings into the saved job this wizard was opened from; its schedule stays as it is.</source>
        <translation>このウィザードを開いた保存済みジョブにこれらの設定を書き込みます。スケジュールはそのまま残ります。</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job</source>
        <translation>保存済みジョブに保存(&amp;J)</translation>
    </message>
</context>
<context>
    <name>ExpressionTranslator</name>
    <message>
        <source>unterminated string literal</source>
        <translation>閉じられていない文字列リテラル</translation>
    </message>
    <message>
        <source>unterminated quoted identifier</source>
        <translation>閉じられていない引用符付き識別子</translation>
    </message>
    <message>
        <source>dollar-quoted text</source>
        <translation>ドル記号で引用されたテキスト</translation>
    </message>
    <message>
        <source>a cast without an operand</source>
        <translation>オペランドのないキャスト</translation>
    </message>
    <message>
        <source>the cast to %1 has no equivalent on %2</source>
        <translation>%1 へのキャストに相当するものは %2 にはありません</translation>
    </message>
    <message>
        <source>SQLite has no regular expression operator</source>
        <translation>SQLite には正規表現演算子がありません</translation>
    </message>
    <message>
        <source>the regular expression %1 becomes REGEXP, whose syntax and case rules differ</source>
        <translation>正規表現 %1 は REGEXP になりますが、構文と大文字小文字の規則が異なります</translation>
    </message>
    <message>
        <source>ILIKE becomes LIKE, which ignores case only %1</source>
        <translation>ILIKE は LIKE になりますが、大文字小文字を無視するのは %1 だけです</translation>
    </message>
    <message>
        <source>LIKE becomes ILIKE, which also ignores the case of non-ASCII letters</source>
        <translation>LIKE は ILIKE になりますが、ASCII 以外の文字の大文字小文字も無視します</translation>
    </message>
    <message>
        <source>LIKE ignores the case of ASCII letters on SQLite</source>
        <translation>SQLite の LIKE は ASCII 文字の大文字小文字を無視します</translation>
    </message>
    <message>
        <source>REGEXP becomes ~, whose syntax and case rules differ</source>
        <translation>REGEXP は ~ になりますが、構文と大文字小文字の規則が異なります</translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation>括弧の対応が取れていません</translation>
    </message>
    <message>
        <source>%1(%2) loses its fractional seconds on %3</source>
        <translation>%3 では %1(%2) の秒の小数部が失われます</translation>
    </message>
    <message>
        <source>SQLite&apos;s %1() with these arguments has no equivalent on %2</source>
        <translation>これらの引数を持つ SQLite の %1() に相当するものは %2 にはありません</translation>
    </message>
    <message>
        <source>%1(&apos;now&apos;) is UTC text on SQLite; %2 follows the session time zone on %3</source>
        <translation>SQLite の %1(&apos;now&apos;) は UTC のテキストですが、%3 の %2 はセッションのタイム・ゾーンに従います</translation>
    </message>
    <message>
        <source>LENGTH counts bytes on MariaDB and characters on SQLite</source>
        <translation>LENGTH は MariaDB ではバイト数、SQLite では文字数を数えます</translation>
    </message>
    <message>
        <source>%1 has no sequences for nextval()</source>
        <translation>%1 には nextval() 用のシーケンスがありません</translation>
    </message>
    <message>
        <source>SQLite has no function %1()</source>
        <translation>SQLite には関数 %1() がありません</translation>
    </message>
    <message>
        <source>%1 may have no function %2()</source>
        <translation>%1 には関数 %2() がない可能性があります</translation>
    </message>
    <message>
        <source>the function %1() is copied as written; check that %2 has it</source>
        <translation>関数 %1() は記述どおりにコピーされます。%2 にこの関数があることを確認してください</translation>
    </message>
</context>
<context>
    <name>ForeignKeyLoader</name>
    <message>
        <source>Foreign key %1 of table %2 does not hold: %3 row(s) reference no row of %4, e.g. (%5) = %6</source>
        <translation>テーブル %2 の外部キー %1 が成り立ちません: %3 行が %4 のどの行も参照していません (例: (%5) = %6)</translation>
    </message>
    <message>
        <source>%1
Failing sql is:
%2</source>
        <translation>%1
失敗した SQL:
%2</translation>
    </message>
    <message>
        <source>Object type %1 failed to create with error:
%2</source>
        <translation>オブジェクト・タイプ %1 の作成が次のエラーで失敗しました:
%2</translation>
    </message>
</context>
<context>
    <name>ImportDefiner</name>
    <message>
        <source>%1 %2 exists and is kept due to table_exists_action of %3</source>
        <translation>%1 %2 は存在するため、table_exists_action %3 により保持されます</translation>
    </message>
    <message>
        <source>%1 is appended to: its rows are not verified</source>
        <translation>%1 には追加されるため、その行は検証されません</translation>
    </message>
    <message>
        <source>REMAP_DATA changes %1: only its row count is verified</source>
        <translation>REMAP_DATA が %1 を変更するため、行数のみ検証されます</translation>
    </message>
    <message>
        <source>QUERY filters %1 on the target: its row count is verified against the rows kept</source>
        <translation>QUERY がターゲットで %1 をフィルタするため、行数は残された行と照合して検証されます</translation>
    </message>
    <message>
        <source>Schema %1 was not found.</source>
        <translation>スキーマ %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>No data or metadata objects selected for the job</source>
        <translation>ジョブに対して選択されたデータまたはメタデータ・オブジェクトはありません</translation>
    </message>
    <message>
        <source>Table %1 was not found.</source>
        <translation>表 %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>TRANSFORM=%1 has no meaning on %2 and is ignored</source>
        <translation>TRANSFORM=%1 は %2 では意味を持たないため無視されます</translation>
    </message>
    <message>
        <source>Table %1 does not exist: CONTENT=DATA_ONLY loads only into existing tables</source>
        <translation>表 %1 は存在しません: CONTENT=DATA_ONLY は既存の表にのみロードします</translation>
    </message>
    <message>
        <source>Table %1 exists. All dependent metadata and data will be skipped due to table_exists_action of skip</source>
        <translation>表 %1 は存在します。table_exists_action が skip のため、依存するメタデータとデータはすべてスキップされます</translation>
    </message>
    <message>
        <source>Table %1 exists. Data will be appended to existing table but all dependent metadata will be skipped due to table_exists_action of append</source>
        <translation>表 %1 は存在します。table_exists_action が append のため、データは既存の表に追加されますが、依存するメタデータはすべてスキップされます</translation>
    </message>
    <message>
        <source>Table %1 cannot be %2D: foreign key %3 of table %4, which is not part of this import, references it. Import that table too, or drop the key first</source>
        <translation>表 %1 は %2D できません: このインポートに含まれない表 %4 の外部キー %3 がこの表を参照しています。その表もインポートするか、先にキーを削除してください</translation>
    </message>
    <message>
        <source>Type %1 exists and is kept</source>
        <translation>型 %1 は存在するため保持されます</translation>
    </message>
    <message>
        <source>Sequence %1 exists and is kept (its value is not changed) due to table_exists_action of %2</source>
        <translation>シーケンス %1 は存在するため、table_exists_action %2 により保持されます (値は変更されません)</translation>
    </message>
    <message>
        <source>%1 %2 exists and is kept (its privileges and role grants are not changed)</source>
        <translation>%1 %2 は存在するため保持されます (権限とロールの付与は変更されません)</translation>
    </message>
    <message>
        <source>%1 is loaded in one chunk: %2</source>
        <translation>%1 は 1 つのチャンクでロードされます: %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
</context>
<context>
    <name>ImportExecutor</name>
    <message>
        <source>Worker %1 started after the source snapshot&apos;s read lock was released: it reads a later state</source>
        <translation>ワーカー %1 はソースのスナップショットの読取りロックが解放された後に開始したため、より新しい状態を読み取ります</translation>
    </message>
    <message>
        <source>Unknown import item type &quot;%1&quot;</source>
        <translation>不明なインポート項目タイプ「%1」</translation>
    </message>
    <message>
        <source>%1
Failing sql is:
%2</source>
        <translation>%1
失敗した SQL:
%2</translation>
    </message>
    <message>
        <source>Object type %1 failed to create with error:
%2</source>
        <translation>オブジェクト・タイプ %1 の作成が次のエラーで失敗しました:
%2</translation>
    </message>
    <message>
        <source>The dump file set has no member &quot;%1&quot;</source>
        <translation>ダンプファイルセットにメンバー「%1」がありません</translation>
    </message>
    <message>
        <source>Reading the source failed: %1</source>
        <translation>ソースの読取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
    <message>
        <source>The chunk was rolled back: %1</source>
        <translation>チャンクはロールバックされました: %1</translation>
    </message>
    <message>
        <source>Data chunk %1 of %2 failed: %3</source>
        <translation>%2 のデータ・チャンク %1 が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 was left unchanged (its %2 was rolled back): %3</source>
        <translation>%1 は変更されていません (%2 はロールバックされました): %3</translation>
    </message>
    <message>
        <source>Verification of %1 could not read the source: %2</source>
        <translation>%1 の検証でソースを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Verification of %1 could not read the target: %2</source>
        <translation>%1 の検証でターゲットを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Verification failed for %1: the source has %2 rows, the target %3</source>
        <translation>%1 の検証に失敗しました: ソースは %2 行、ターゲットは %3 行です</translation>
    </message>
    <message>
        <source>Verification failed for %1: content checksums differ (source %2, target %3) for %4 rows</source>
        <translation>%1 の検証に失敗しました: %4 行の内容チェックサムが一致しません (ソース %2、ターゲット %3)</translation>
    </message>
    <message>
        <source>Data chunk %1 of %2 was interrupted and cannot be told apart from the rows already in the table; it is not loaded again</source>
        <translation>%2 のデータ・チャンク %1 は中断されており、表の既存の行と区別できないため、再ロードされません</translation>
    </message>
    <message>
        <source>Cannot remove the rows of the interrupted chunk: %1</source>
        <translation>中断されたチャンクの行を削除できません: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>FLASHBACK_SCN and FLASHBACK_TIME cannot be honoured: no engine keeps past versions of ordinary tables</source>
        <translation>FLASHBACK_SCN と FLASHBACK_TIME には対応できません。通常の表の過去のバージョンを保持するエンジンはありません</translation>
    </message>
    <message>
        <source>REMAP_DATA=%1: this function needs a key, so that the same input always gives the same output: set %2 in the environment of the client that starts the job</source>
        <translation>REMAP_DATA=%1: この関数には、同じ入力が常に同じ出力になるようにするための鍵が必要です。ジョブを開始するクライアントの環境に %2 を設定してください</translation>
    </message>
    <message>
        <source>REMAP_SCHEMA=%1: a SQLite database has the single schema &quot;main&quot;; remap to it (REMAP_SCHEMA=%2:main), or import into a PostgreSQL or MariaDB database to keep the schema</source>
        <translation>REMAP_SCHEMA=%1: SQLite データベースのスキーマは「main」だけです。main に再マップする (REMAP_SCHEMA=%2:main) か、スキーマを残すには PostgreSQL または MariaDB のデータベースにインポートしてください</translation>
    </message>
    <message>
        <source>The restarted job reads the remaining data from a new snapshot of the source; completed chunks are kept</source>
        <translation>再開したジョブは残りのデータをソースの新しいスナップショットから読み取ります。完了したチャンクはそのまま残ります</translation>
    </message>
    <message>
        <source>Importing the dump file set %1 (%2 file(s), exported from %3 %4)</source>
        <translation>ダンプファイルセット %1 をインポートしています (%2 ファイル、%3 %4 からエクスポート)</translation>
    </message>
    <message>
        <source>Cannot read the source catalog: %1</source>
        <translation>ソースのカタログを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot read the target catalog: %1</source>
        <translation>ターゲットのカタログを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>InteractiveCommand</name>
    <message>
        <source>Add dump files to the dump file set: ADD_FILE=[directory_object:]file_name[,...]</source>
        <translation>ダンプファイルセットにダンプファイルを追加します: ADD_FILE=[directory_object:]file_name[,...]</translation>
    </message>
    <message>
        <source>Return to logging mode. The job is restarted if it is idle.</source>
        <translation>ロギング・モードに戻ります。ジョブがアイドル状態の場合は再開されます。</translation>
    </message>
    <message>
        <source>Quit the client session and leave the job running.</source>
        <translation>クライアント・セッションを終了し、ジョブは実行したままにします。</translation>
    </message>
    <message>
        <source>Default file size for dump files added later: FILESIZE=integer[B|KB|MB|GB|TB].</source>
        <translation>後から追加するダンプファイルのデフォルト・ファイル・サイズ: FILESIZE=integer[B|KB|MB|GB|TB]。</translation>
    </message>
    <message>
        <source>Summarize the interactive commands.</source>
        <translation>対話型コマンドの概要を表示します。</translation>
    </message>
    <message>
        <source>Detach and delete the job (and, on export, its dump files).</source>
        <translation>ジョブからデタッチしてジョブを削除します (エクスポートではダンプファイルも削除します)。</translation>
    </message>
    <message>
        <source>Change the number of active workers for the current job: PARALLEL=integer.</source>
        <translation>現在のジョブのアクティブなワーカー数を変更します: PARALLEL=integer。</translation>
    </message>
    <message>
        <source>Overwrite the destination dump file if it exists: REUSE_DUMPFILES=YES|NO.</source>
        <translation>出力先のダンプファイルが存在する場合は上書きします: REUSE_DUMPFILES=YES|NO。</translation>
    </message>
    <message>
        <source>Start or resume the current job: START_JOB[=SKIP_CURRENT] skips the items that were executing when the job stopped.</source>
        <translation>現在のジョブを開始または再開します: START_JOB[=SKIP_CURRENT] はジョブ停止時に実行中だった項目をスキップします。</translation>
    </message>
    <message>
        <source>Frequency (seconds) the job status is monitored; 0 shows it once: STATUS[=integer].</source>
        <translation>ジョブ・ステータスを監視する間隔 (秒)。0 の場合は 1 回だけ表示します: STATUS[=integer]。</translation>
    </message>
    <message>
        <source>Orderly shutdown of job execution and exit the client: STOP_JOB=IMMEDIATE stops the workers at once.</source>
        <translation>ジョブの実行を正常に停止してクライアントを終了します: STOP_JOB=IMMEDIATE はワーカーを即座に停止します。</translation>
    </message>
    <message>
        <source>takes no value</source>
        <translation>値は指定できません</translation>
    </message>
    <message>
        <source>needs a number from 1 to 1024</source>
        <translation>1 から 1024 までの数値が必要です</translation>
    </message>
    <message>
        <source>takes a number of seconds (0 or more)</source>
        <translation>秒数 (0 以上) を指定します</translation>
    </message>
    <message>
        <source>the only value is %1</source>
        <translation>指定できる値は %1 だけです</translation>
    </message>
    <message>
        <source>needs [directory_object:]file_name[,...]</source>
        <translation>[directory_object:]file_name[,...] が必要です</translation>
    </message>
    <message>
        <source>enter a command; HELP lists them</source>
        <translation>コマンドを入力してください。HELP で一覧を表示します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2</source>
        <translation>「%1」はあいまいです: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; HELP lists the commands</source>
        <translation>不明なコマンド「%1」です。HELP でコマンドの一覧を表示します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: type at least %2</source>
        <translation>「%1」は短すぎます。少なくとも %2 と入力してください</translation>
    </message>
    <message>
        <source>%1 applies to export jobs only</source>
        <translation>%1 はエクスポート・ジョブにのみ適用されます</translation>
    </message>
    <message>
        <source>The following commands are valid while in interactive mode.
Note: abbreviations are allowed when they name one command.

</source>
        <translation>対話モードでは次のコマンドが有効です。
注意: 1 つのコマンドを特定できる場合は省略形を使用できます。

</translation>
    </message>
</context>
<context>
    <name>JobClientPoller</name>
    <message>
        <source>the job no longer exists</source>
        <translation>ジョブはもう存在しません</translation>
    </message>
</context>
<context>
    <name>JobHost</name>
    <message>
        <source>No passwords from the launching client (%1); using the environment and the keychain</source>
        <translation>起動元クライアントからパスワードを受け取れませんでした (%1)。環境変数とキーチェーンを使います</translation>
    </message>
    <message>
        <source>The master table names no known operation</source>
        <translation>マスター表に既知の操作が記録されていません</translation>
    </message>
    <message>
        <source>The job&apos;s parameters cannot be read back: %1</source>
        <translation>ジョブのパラメータを読み戻せません: %1</translation>
    </message>
    <message>
        <source>the job is already running (host process %1)</source>
        <translation>ジョブはすでに実行中です (ホスト プロセス %1)</translation>
    </message>
    <message>
        <source>%1 jobs are not available in this program</source>
        <translation>このプログラムでは %1 ジョブを使えません</translation>
    </message>
    <message>
        <source>%1 %2 failed in an earlier run of the job: %3</source>
        <translation>%1 %2 はジョブの以前の実行で失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>JobLauncher</name>
    <message>
        <source>could not find a free default job name</source>
        <translation>空いている既定のジョブ名が見つかりませんでした</translation>
    </message>
    <message>
        <source>cannot find the job host program %1</source>
        <translation>ジョブのホスト プログラム %1 が見つかりません</translation>
    </message>
    <message>
        <source>cannot start the job host %1: %2</source>
        <translation>ジョブのホスト %1 を起動できません: %2</translation>
    </message>
</context>
<context>
    <name>JobLog</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>ログファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>接続先: %1</translation>
    </message>
    <message>
        <source>Processing object type %1</source>
        <translation>オブジェクト型 %1 を処理しています</translation>
    </message>
    <message>
        <source>Dump file set for %1.%2 is:</source>
        <translation>%1.%2 のダンプファイルセット:</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>no worker is left to run the remaining items</source>
        <translation>残りの作業項目を実行するワーカーがありません</translation>
    </message>
    <message>
        <source>PARALLEL needs a positive number</source>
        <translation>PARALLEL には正の数を指定してください</translation>
    </message>
    <message>
        <source>the job is already running</source>
        <translation>ジョブはすでに実行中です</translation>
    </message>
    <message>
        <source>%1=%2 was refused: %3</source>
        <translation>%1=%2 は拒否されました: %3</translation>
    </message>
</context>
<context>
    <name>JobSpecParser</name>
    <message>
        <source>parameter file</source>
        <translation>パラメータファイル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEYWORD=value; in a parameter file, name the connection with USERID=%1</source>
        <translation>「%1」は KEYWORD=value の形ではありません。パラメータファイルでは接続を USERID=%1 と指定してください</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=&lt;value&gt; (for a YES/NO parameter, %1=YES). If you meant a connection profile called %2, write USERID=%2</source>
        <translation>%1 に値がありません。%1=&lt;value&gt; と書いてください (YES/NO のパラメータなら %1=YES)。%2 という接続プロファイルを指定したい場合は USERID=%2 と書いてください</translation>
    </message>
    <message>
        <source>the connection %1</source>
        <translation>接続 %1</translation>
    </message>
    <message>
        <source>PARFILE cannot be used inside a parameter file (they do not nest): move these parameters into %1, or give them on the command line</source>
        <translation>PARFILE はパラメータファイルの中では使えません (入れ子にできません)。これらのパラメータを %1 に移すか、コマンドラインで指定してください</translation>
    </message>
    <message>
        <source>PARFILE is given twice (first at %1): merge the files into one</source>
        <translation>PARFILE が 2 回指定されています (最初は %1)。ファイルを 1 つにまとめてください</translation>
    </message>
    <message>
        <source>PARFILE takes one file path: write PARFILE=hr.par</source>
        <translation>PARFILE にはファイルパスを 1 つ指定します。PARFILE=hr.par のように書いてください</translation>
    </message>
    <message>
        <source>PARFILE cannot be used inside a parameter file (they do not nest): move the parameters of %1 into %2</source>
        <translation>PARFILE はパラメータファイルの中では使えません (入れ子にできません)。%1 のパラメータを %2 に移してください</translation>
    </message>
    <message>
        <source>%1 is a parameter of the original exp/imp utilities. Sluice does not rewrite legacy parameters (Data Pump&apos;s legacy mode silently changes behaviour, e.g. it turns on REUSE_DUMPFILES). %2</source>
        <translation>%1 は従来の exp/imp ユーティリティのパラメータです。Sluice はレガシー パラメータを書き換えません (Data Pump のレガシー モードは動作を暗黙に変えます。例: REUSE_DUMPFILES が有効になる)。%2</translation>
    </message>
    <message>
        <source>unknown parameter %1%2; sluice-cli %3 HELP=YES lists them</source>
        <translation>不明なパラメータ %1 です%2。sluice-cli %3 HELP=YES で一覧を表示できます</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (%1 のことですか?)</translation>
    </message>
    <message>
        <source>this value does not apply because %1</source>
        <translation>この値は適用されません。理由: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 parameter (it belongs to %3); remove it from this %4 job</source>
        <translation>%1 は %2 のパラメータではありません (%3 のパラメータです)。この %4 ジョブから削除してください</translation>
    </message>
    <message>
        <source>%1 is not supported by Sluice %2 because %3. Remove %1.</source>
        <translation>Sluice %2 は %1 に対応していません。理由: %3。%1 を削除してください。</translation>
    </message>
    <message>
        <source>another dump file (%1.dmp)</source>
        <translation>別のダンプファイル (%1.dmp)</translation>
    </message>
    <message>
        <source>another value of %1</source>
        <translation>%1 の別の値</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=%2. Without =, Data Pump reads the bare word &quot;%3&quot; as %4</source>
        <translation>%1 に値がありません。%1=%2 と書いてください。= がないと Data Pump は単独の語「%3」を %4 として読みます</translation>
    </message>
    <message>
        <source>%1 has no value: write %1=%2</source>
        <translation>%1 に値がありません。%1=%2 と書いてください</translation>
    </message>
    <message>
        <source>%1 takes one value, but &quot;%2&quot; follows &quot;%3&quot;: remove it, or if it is a value with spaces or commas, put it in double quotes in a PARFILE</source>
        <translation>%1 は値を 1 つだけ取りますが、「%3」の後に「%2」があります。削除するか、空白やカンマを含む値なら PARFILE の中で二重引用符で囲んでください</translation>
    </message>
    <message>
        <source>%1: %2 is given twice (first at %3): a parameter that takes one value may appear only once; remove one</source>
        <translation>%1: %2 が 2 回指定されています (最初は %3)。値を 1 つ取るパラメータは 1 回しか指定できません。どちらかを削除してください</translation>
    </message>
    <message>
        <source>%1 already has a QUERY (%2): give one query per table, combining conditions with AND</source>
        <translation>%1 にはすでに QUERY があります (%2)。クエリは表ごとに 1 つにし、条件は AND で結合してください</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>すべての表</translation>
    </message>
    <message>
        <source>a SAMPLE for the same table is already given (%1): give one per table</source>
        <translation>同じ表に対する SAMPLE がすでに指定されています (%1)。表ごとに 1 つにしてください</translation>
    </message>
    <message>
        <source>%1 is already remapped (%2): give one target per source</source>
        <translation>%1 はすでに再マップされています (%2)。ソースごとにターゲットは 1 つにしてください</translation>
    </message>
    <message>
        <source>the column already has a function (%1): give one per column</source>
        <translation>この列にはすでに関数があります (%1)。列ごとに 1 つにしてください</translation>
    </message>
    <message>
        <source>: write %1=YES or %1=NO</source>
        <translation>: %1=YES または %1=NO と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value; write one of %2</source>
        <translation>「%1」は有効な値ではありません。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the connection is already given as &quot;%1&quot;: give it once, as the first argument or as USERID</source>
        <translation>接続はすでに「%1」として指定されています。最初の引数か USERID のどちらか 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>%1: the connection %2</source>
        <translation>%1: 接続 %2</translation>
    </message>
    <message>
        <source>ENCRYPTION_PASSWORD: the password must be 1 to 128 bytes long; or use ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>ENCRYPTION_PASSWORD: パスワードは 1 ～ 128 バイトにしてください。または ENCRYPTION_PWD_PROMPT=YES を使ってください</translation>
    </message>
    <message>
        <source>ENCRYPTION_PASSWORD on the command line (%1) is visible to other users in the process list; prefer ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>コマンドラインの ENCRYPTION_PASSWORD (%1) はプロセス一覧で他のユーザーから見えます。ENCRYPTION_PWD_PROMPT=YES を推奨します</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2: a job has one mode; keep one of them</source>
        <translation>%1 は %2 と同時に指定できません。ジョブのモードは 1 つです。どちらか一方にしてください</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>worker %1 could not start: %2</source>
        <translation>ワーカー %1 を開始できませんでした: %2</translation>
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
    <name>MariadbCatalogReader</name>
    <message>
        <source>The text of %1 %2.%3 cannot be read: the user needs SELECT on mysql.proc, or to be the routine&apos;s definer</source>
        <translation>%1 %2.%3 のテキストを読み取れません: ユーザーには mysql.proc に対する SELECT 権限が必要か、ルーチンの定義者である必要があります</translation>
    </message>
</context>
<context>
    <name>MemberEncoder</name>
    <message>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>NameClause</name>
    <message>
        <source>an unterminated string literal</source>
        <translation>閉じられていない文字列リテラル</translation>
    </message>
    <message>
        <source>ordering comparisons (&lt;, &gt;, &lt;=, &gt;=) on names depend on the engine&apos;s collation and are not supported; use =, LIKE or IN</source>
        <translation>名前の大小比較 (&lt;、&gt;、&lt;=、&gt;=) はエンジンの照合順序に依存するため使えません。=、LIKE、IN を使ってください</translation>
    </message>
    <message>
        <source>it must start with one of =, !=, &lt;&gt;, LIKE, NOT LIKE, IN, NOT IN (found &quot;%1&quot;)</source>
        <translation>=、!=、&lt;&gt;、LIKE、NOT LIKE、IN、NOT IN のいずれかで始める必要があります (「%1」がありました)</translation>
    </message>
    <message>
        <source>names in a name clause are written as string literals in single quotes, e.g. &apos;EMP&apos; (found %1)</source>
        <translation>名前句の名前は単一引用符で囲んだ文字列リテラルで書きます (例: &apos;EMP&apos;)。%1 がありました</translation>
    </message>
    <message>
        <source>expected a name in single quotes, e.g. &apos;EMP&apos;, but found &quot;%1&quot;; if the quotes went missing, the shell removed them: use a PARFILE or escape them</source>
        <translation>単一引用符で囲んだ名前 (例: &apos;EMP&apos;) が必要ですが「%1」がありました。引用符が消えている場合はシェルが取り除いています。PARFILE を使うかエスケープしてください</translation>
    </message>
    <message>
        <source>IN needs a parenthesised list, e.g. IN (&apos;EMP&apos;,&apos;DEPT&apos;)</source>
        <translation>IN には括弧で囲んだリストが必要です (例: IN (&apos;EMP&apos;,&apos;DEPT&apos;))</translation>
    </message>
    <message>
        <source>subqueries are not supported in name clauses: there is no Oracle dictionary to run them against; list the names, or use LIKE</source>
        <translation>名前句ではサブクエリを使えません。実行先となる Oracle のディクショナリがないためです。名前を列挙するか LIKE を使ってください</translation>
    </message>
    <message>
        <source>expected , or ) in the IN list, found &quot;%1&quot;</source>
        <translation>IN リストには , または ) が必要ですが「%1」がありました</translation>
    </message>
    <message>
        <source>the name clause is empty</source>
        <translation>名前句が空です</translation>
    </message>
    <message>
        <source>subqueries and parenthesised values are not supported after %1: there is no Oracle dictionary to run them against; write a single name in single quotes</source>
        <translation>%1 の後ではサブクエリや括弧で囲んだ値は使えません。実行先となる Oracle のディクショナリがないためです。単一引用符で囲んだ名前を 1 つ書いてください</translation>
    </message>
    <message>
        <source>ESCAPE is not supported in name clauses: % and _ are always wildcards in LIKE</source>
        <translation>名前句では ESCAPE を使えません。LIKE の % と _ は常にワイルドカードです</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the name clause</source>
        <translation>名前句の後に余分な文字「%1」があります</translation>
    </message>
    <message>
        <source>the name clause &quot;%1&quot; is ambiguous: &apos;%2&apos; matches both &quot;%3&quot; and &quot;%4&quot;, which differ only in case; write &apos;&quot;%3&quot;&apos; inside the quotes to match one exactly</source>
        <translation>名前句「%1」はあいまいです。&apos;%2&apos; は大文字小文字だけが異なる「%3」と「%4」の両方に一致します。1 つに完全一致させるには引用符の中に &apos;&quot;%3&quot;&apos; と書いてください</translation>
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
        <translation>排他</translation>
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
        <translation>パーティションの親表</translation>
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
        <translation>ID 列</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成式</translation>
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
        <translation>含まれる列</translation>
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
    <name>ObjectTypes</name>
    <message>
        <source>%1 is an Oracle object type that SQLite, PostgreSQL and MariaDB do not have</source>
        <translation>%1 は SQLite、PostgreSQL、MariaDB にはない Oracle のオブジェクト・タイプです</translation>
    </message>
    <message>
        <source>it does not exist in %1 mode</source>
        <translation>%1 モードには存在しません</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>%1 のことですか?</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 には %2 がありません</translation>
    </message>
    <message>
        <source>Object path %1 was not found.</source>
        <translation>オブジェクト・パス %1 が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>ParameterValues</name>
    <message>
        <source>&quot;%1&quot; is not YES or NO</source>
        <translation>「%1」は YES でも NO でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is out of range: give a number from %2 to %3</source>
        <translation>%1 は範囲外です。%2 から %3 までの数値を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write a whole number with an optional unit B, KB, MB, GB or TB, e.g. 1536MB rather than 1.5GB</source>
        <translation>「%1」はサイズではありません。整数に単位 B、KB、MB、GB、TB を付けて書いてください (例: 1.5GB ではなく 1536MB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown unit %2: use B, KB, MB, GB or TB</source>
        <translation>「%1」の単位 %2 は不明です。B、KB、MB、GB、TB を使ってください</translation>
    </message>
    <message>
        <source>%1 is larger than the 16TB maximum</source>
        <translation>%1 は最大値 16TB を超えています</translation>
    </message>
    <message>
        <source>%1 is smaller than the 4KB minimum (0 means unlimited)</source>
        <translation>%1 は最小値 4KB を下回っています (0 は無制限)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a directory object name: use a name made of letters, digits and _ (create one with sluice-cli directory create)</source>
        <translation>「%1」はディレクトリ オブジェクト名ではありません。英字、数字、_ からなる名前を使ってください (sluice-cli directory create で作成します)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file name</source>
        <translation>「%1」にファイル名がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name: files are placed in a directory object&apos;s folder, so create a directory object for the folder (sluice-cli directory create) and write DIR:file</source>
        <translation>「%1」は単純なファイル名ではありません。ファイルはディレクトリ オブジェクトのフォルダーに置かれるので、そのフォルダーのディレクトリ オブジェクトを作成し (sluice-cli directory create)、DIR:file と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unsupported substitution; only %U (01-99) and %L (01 and up) are supported</source>
        <translation>「%1」に対応していない置換があります。使えるのは %U (01-99) と %L (01 以上) だけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %, but only DUMPFILE takes %U/%L templates</source>
        <translation>「%1」に % が含まれていますが、%U/%L のテンプレートを使えるのは DUMPFILE だけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a partition, which is not allowed here</source>
        <translation>「%1」はパーティションを指していますが、ここでは使えません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many dots: write [schema.]table</source>
        <translation>「%1」のドットが多すぎます。[schema.]table と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type: write a type such as TABLE, INDEX or SCHEMA_EXPORT/TABLE/INDEX</source>
        <translation>「%1」はオブジェクト型ではありません。TABLE、INDEX、SCHEMA_EXPORT/TABLE/INDEX などの型を書いてください</translation>
    </message>
    <message>
        <source>objects of type %1 have no names, so a name clause cannot select them: leave the clause out</source>
        <translation>%1 型のオブジェクトには名前がないため、名前句で選べません。名前句を省いてください</translation>
    </message>
    <message>
        <source>the name clause &quot;%1&quot; must be in double quotes, e.g. %2:&quot;IN (&apos;EMP&apos;,&apos;DEPT&apos;)&quot;; on a Unix shell the quotes must be escaped (%2:\&quot;IN \(&apos;EMP&apos;\)\&quot;) or the parameter put in a PARFILE</source>
        <translation>名前句「%1」は二重引用符で囲む必要があります (例: %2:&quot;IN (&apos;EMP&apos;,&apos;DEPT&apos;)&quot;)。Unix のシェルでは引用符をエスケープするか (%2:\&quot;IN \(&apos;EMP&apos;\)\&quot;)、パラメータを PARFILE に書いてください</translation>
    </message>
    <message>
        <source>the name clause %1 is invalid: %2</source>
        <translation>名前句 %1 が無効です: %2</translation>
    </message>
    <message>
        <source>the query clause must be in double quotes, e.g. QUERY=employees:&quot;WHERE department_id &gt; 10&quot;; on a Unix shell write QUERY=employees:&apos;&quot;WHERE ...&quot;&apos; or use a PARFILE</source>
        <translation>クエリ句は二重引用符で囲む必要があります (例: QUERY=employees:&quot;WHERE department_id &gt; 10&quot;)。Unix のシェルでは QUERY=employees:&apos;&quot;WHERE ...&quot;&apos; と書くか PARFILE を使ってください</translation>
    </message>
    <message>
        <source>the query clause is empty</source>
        <translation>クエリ句が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage: write e.g. SAMPLE=10 or SAMPLE=hr.employees:2.5</source>
        <translation>「%1」は割合ではありません。SAMPLE=10 や SAMPLE=hr.employees:2.5 のように書いてください</translation>
    </message>
    <message>
        <source>%1 is out of range: the percentage must be at least .000001 and below 100 (to export every row, leave SAMPLE out)</source>
        <translation>%1 は範囲外です。割合は .000001 以上 100 未満にしてください (すべての行をエクスポートするには SAMPLE を省きます)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair: write source:target</source>
        <translation>「%1」はペアではありません。source:target と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no new name: write [schema.]old_table:new_table</source>
        <translation>「%1」に新しい名前がありません。[schema.]old_table:new_table と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the new name takes no schema (the target schema comes from REMAP_SCHEMA): write old_table:new_table</source>
        <translation>「%1」: 新しい名前にはスキーマを付けません (ターゲット スキーマは REMAP_SCHEMA で決まります)。old_table:new_table と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many dots: write [schema.]old_table[.partition]:new_table</source>
        <translation>「%1」のドットが多すぎます。[schema.]old_table[.partition]:new_table と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [schema.]table.column:function, e.g. hr.employees.email:FAKE_EMAIL</source>
        <translation>「%1」は [schema.]table.column:function の形ではありません (例: hr.employees.email:FAKE_EMAIL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name:value[:object_type], e.g. SEGMENT_ATTRIBUTES:N:TABLE</source>
        <translation>「%1」は name:value[:object_type] の形ではありません (例: SEGMENT_ATTRIBUTES:N:TABLE)</translation>
    </message>
    <message>
        <source>the transform %1 does not apply because %2; the transforms Sluice applies are SEGMENT_ATTRIBUTES, STORAGE and DISABLE_ARCHIVE_LOGGING</source>
        <translation>変換 %1 は適用されません。理由: %2。Sluice が適用する変換は SEGMENT_ATTRIBUTES、STORAGE、DISABLE_ARCHIVE_LOGGING です</translation>
    </message>
    <message>
        <source>unknown transform %1; the transforms Sluice applies are SEGMENT_ATTRIBUTES, STORAGE and DISABLE_ARCHIVE_LOGGING</source>
        <translation>不明な変換 %1 です。Sluice が適用する変換は SEGMENT_ATTRIBUTES、STORAGE、DISABLE_ARCHIVE_LOGGING です</translation>
    </message>
    <message>
        <source>%1 takes Y or N, not &quot;%2&quot;</source>
        <translation>%1 には Y か N を指定します (「%2」ではありません)</translation>
    </message>
    <message>
        <source>the format element at &quot;%1&quot; is not supported; use YYYY, MM, DD, HH24, MI, SS and FF3</source>
        <translation>「%1」の書式要素には対応していません。YYYY、MM、DD、HH24、MI、SS、FF3 を使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write SYSTIMESTAMP, &quot;TO_TIMESTAMP(&apos;2024-05-01 10:30:00&apos;,&apos;YYYY-MM-DD HH24:MI:SS&apos;)&quot; or an ISO time such as 2024-05-01T10:30:00</source>
        <translation>「%1」は時刻ではありません。SYSTIMESTAMP、&quot;TO_TIMESTAMP(&apos;2024-05-01 10:30:00&apos;,&apos;YYYY-MM-DD HH24:MI:SS&apos;)&quot;、または 2024-05-01T10:30:00 のような ISO 形式の時刻を書いてください</translation>
    </message>
    <message>
        <source>the connection is empty: name a saved profile or a URL</source>
        <translation>接続が空です。保存済みのプロファイルか URL を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a password. Sluice never takes passwords on the command line or in parameter files, where process lists, shell history and logs keep them: name a saved connection profile (its password lives in the OS keychain) or a URL without the password, and Sluice prompts for it, or reads SLUICE_PASSWORD for unattended runs</source>
        <translation>「%1」にパスワードが含まれています。Sluice はプロセス一覧、シェル履歴、ログに残るコマンドラインやパラメータファイルのパスワードを受け付けません。保存済みの接続プロファイル (パスワードは OS のキーチェーンにあります) か、パスワードを含まない URL を指定してください。Sluice が入力を求めるか、無人実行では SLUICE_PASSWORD を読み取ります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 128 characters</source>
        <translation>「%1」は 128 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not COMPATIBLE, LATEST or a version number</source>
        <translation>「%1」は COMPATIBLE、LATEST、バージョン番号のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 does not apply because %2</source>
        <translation>%1 は適用されません。理由: %2</translation>
    </message>
</context>
<context>
    <name>PayloadCompressor</name>
    <message>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd: メモリー不足です</translation>
    </message>
    <message>
        <source>zlib: could not start the compressor</source>
        <translation>zlib: 圧縮処理を開始できませんでした</translation>
    </message>
    <message>
        <source>zlib: stream error</source>
        <translation>zlib: ストリーム・エラー</translation>
    </message>
</context>
<context>
    <name>PayloadDecompressor</name>
    <message>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>the compressed stream ends early</source>
        <translation>圧縮ストリームが途中で終わっています</translation>
    </message>
    <message>
        <source>zstd: out of memory</source>
        <translation>zstd: メモリー不足です</translation>
    </message>
    <message>
        <source>zlib: could not start the decompressor</source>
        <translation>zlib: 展開処理を開始できませんでした</translation>
    </message>
    <message>
        <source>gzip: data after the end of the stream</source>
        <translation>gzip: ストリームの終端の後にデータがあります</translation>
    </message>
</context>
<context>
    <name>ProcessTool</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 を起動できませんでした</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 が時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2%3</source>
        <translation>%1 は終了コード %2 で終了しました%3</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>オブジェクト:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Current object</source>
        <translation>処理中のオブジェクト</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Open &amp;Log File</source>
        <translation>ログファイルを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Open S&amp;QL File</source>
        <translation>SQL ファイルを開く(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>フォルダを開く(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>STOP_JOB: the workers finish their current objects, then the job stops and can be restarted.</source>
        <translation>STOP_JOB: ワーカーが処理中のオブジェクトを終えた後にジョブが停止し、再開できます。</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>強制終了(&amp;K)…</translation>
    </message>
    <message>
        <source>KILL_JOB: abandons the job and deletes its dump files.</source>
        <translation>KILL_JOB: ジョブを破棄し、ダンプファイルを削除します。</translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation>並列度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QueryFilterLoader</name>
    <message>
        <source>Cannot create the staging table for QUERY on %1: %2</source>
        <translation>%1 の QUERY 用のステージング表を作成できません: %2</translation>
    </message>
    <message>
        <source>QUERY &quot;%1&quot; cannot be applied to %2: %3</source>
        <translation>QUERY「%1」を %2 に適用できません: %3</translation>
    </message>
</context>
<context>
    <name>RemapDataFunction</name>
    <message>
        <source>REMAP_DATA function %1 cannot apply to a column of type %2: %3</source>
        <translation>REMAP_DATA 関数 %1 は型 %2 の列には適用できません: %3</translation>
    </message>
    <message>
        <source>REMAP_DATA function %1 needs a key: set SLUICE_REMAP_KEY in the environment of the client that starts the job</source>
        <translation>REMAP_DATA 関数 %1 にはキーが必要です。ジョブを開始するクライアントの環境に SLUICE_REMAP_KEY を設定してください</translation>
    </message>
    <message>
        <source>no hashed value of that type can be formed</source>
        <translation>その型のハッシュ値は作成できません</translation>
    </message>
    <message>
        <source>MASK applies to character and numeric columns</source>
        <translation>MASK は文字列と数値の列に適用されます</translation>
    </message>
    <message>
        <source>the mask must be one character</source>
        <translation>マスクは 1 文字である必要があります</translation>
    </message>
    <message>
        <source>a numeric column can only be masked with a digit</source>
        <translation>数値列は数字でのみマスクできます</translation>
    </message>
    <message>
        <source>SHIFT_DAYS applies to date and timestamp columns</source>
        <translation>SHIFT_DAYS は日付とタイムスタンプの列に適用されます</translation>
    </message>
    <message>
        <source>FAKE_EMAIL applies to character columns</source>
        <translation>FAKE_EMAIL は文字列の列に適用されます</translation>
    </message>
    <message>
        <source>a fake address needs at least 17 characters</source>
        <translation>ダミーのアドレスには少なくとも 17 文字が必要です</translation>
    </message>
    <message>
        <source>Unknown REMAP_DATA function %1; the functions are %2</source>
        <translation>不明な REMAP_DATA 関数 %1 です。使用できる関数は %2 です</translation>
    </message>
    <message>
        <source>SHIFT_DAYS(%1) cannot read the date &quot;%2&quot;</source>
        <translation>SHIFT_DAYS(%1) は日付「%2」を読み取れません</translation>
    </message>
</context>
<context>
    <name>RemapFunction</name>
    <message>
        <source>a malformed string %1 (write a quote inside as &apos;&apos;)</source>
        <translation>不正な文字列 %1 (文字列中の引用符は &apos;&apos; と書きます)</translation>
    </message>
    <message>
        <source>the argument %1 is neither a number nor a &apos;string&apos;</source>
        <translation>引数 %1 は数値でも &apos;string&apos; でもありません</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s): write %3</source>
        <translation>%1 の引数は %2 個です。%3 と書いてください</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>argument %1 of %2 must be %3: write %4</source>
        <translation>%2 の引数 %1 は %3 でなければなりません。%4 と書いてください</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a &apos;string&apos;</source>
        <translation>&apos;string&apos;</translation>
    </message>
    <message>
        <source>the mask character of MASK must be one character, e.g. &apos;*&apos;</source>
        <translation>MASK のマスク文字は 1 文字にしてください (例: &apos;*&apos;)</translation>
    </message>
    <message>
        <source>%1 looks like a PL/SQL package function; Sluice has no PL/SQL and offers built-in functions instead: %2</source>
        <translation>%1 は PL/SQL パッケージの関数のようです。Sluice には PL/SQL がなく、代わりに組み込み関数があります: %2</translation>
    </message>
    <message>
        <source>unknown function %1; the built-in functions are: %2</source>
        <translation>不明な関数 %1 です。組み込み関数: %2</translation>
    </message>
    <message>
        <source>%1: the argument list must end with )</source>
        <translation>%1: 引数リストは ) で終わる必要があります</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>the run history %1 stayed locked by another process</source>
        <translation>実行履歴 %1 が別のプロセスにロックされたままです</translation>
    </message>
    <message>
        <source>cannot write the run history %1: %2</source>
        <translation>実行履歴 %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SampleDatabase</name>
    <message>
        <source>The bundled sample database %1 is missing; reinstall Sluice or set SLUICE_DATA_DIR to the folder that holds sample/hr.db.</source>
        <translation>同梱のサンプルデータベース %1 が見つかりません。Sluice を再インストールするか、SLUICE_DATA_DIR に sample/hr.db のあるフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot copy the sample database to %1.</source>
        <translation>サンプルデータベースを %1 にコピーできません。</translation>
    </message>
</context>
<context>
    <name>SavedJob</name>
    <message>
        <source>&quot;%1&quot; cannot name a saved job: use 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit (the name becomes a file name and the name of the OS scheduler entry)</source>
        <translation>「%1」は保存済みジョブの名前に使えません。英字または数字で始まる 1 ～ 64 文字の英字、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos; を使ってください (名前はファイル名と OS のスケジューラーのエントリ名になります)</translation>
    </message>
    <message>
        <source>unsupported saved job format version %1</source>
        <translation>保存済みジョブの形式バージョン %1 には対応していません</translation>
    </message>
    <message>
        <source>the saved job &quot;%1&quot; has no valid operation</source>
        <translation>保存済みジョブ「%1」に有効な操作がありません</translation>
    </message>
    <message>
        <source>saved job %1</source>
        <translation>保存済みジョブ %1</translation>
    </message>
    <message>
        <source>a saved job never stores passwords, so ENCRYPTION_PASSWORD cannot be saved: write ENCRYPTION_PWD_PROMPT=YES instead. Interactive runs then ask for it; unattended runs read it from the environment variable SLUICE_ENCRYPTION_PASSWORD_&lt;JOB&gt; or the keychain entry &quot;job:&lt;name&gt;&quot; (sluice-cli job set-encryption-password &lt;name&gt;)</source>
        <translation>保存済みジョブはパスワードを保存しないため、ENCRYPTION_PASSWORD は保存できません。代わりに ENCRYPTION_PWD_PROMPT=YES と書いてください。対話的な実行ではその都度入力を求め、無人実行では環境変数 SLUICE_ENCRYPTION_PASSWORD_&lt;JOB&gt; またはキーチェーンのエントリ「job:&lt;name&gt;」(sluice-cli job set-encryption-password &lt;name&gt;) から読み取ります</translation>
    </message>
    <message>
        <source>ATTACH and HELP are not jobs: a saved job starts a new export or import</source>
        <translation>ATTACH と HELP はジョブではありません。保存済みジョブは新しいエクスポートまたはインポートを開始します</translation>
    </message>
    <message>
        <source>a saved job needs a connection: give a connection profile first (sluice-cli job save %1 %2 &lt;profile&gt; ...) or USERID=</source>
        <translation>保存済みジョブには接続が必要です。最初に接続プロファイルを指定するか (sluice-cli job save %1 %2 &lt;profile&gt; ...)、USERID= を指定してください</translation>
    </message>
</context>
<context>
    <name>SavedJobStore</name>
    <message>
        <source>there is no saved job &quot;%1&quot;%2</source>
        <translation>保存済みジョブ「%1」はありません%2</translation>
    </message>
    <message>
        <source> (there are none yet: sluice-cli job save)</source>
        <translation> (まだありません: sluice-cli job save)</translation>
    </message>
    <message>
        <source>; the saved jobs are </source>
        <translation>。保存済みジョブ: </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved job: %2</source>
        <translation>%1 は保存済みジョブではありません: %2</translation>
    </message>
    <message>
        <source>unreadable saved jobs: </source>
        <translation>読み取れない保存済みジョブ: </translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>SchedulerBackend</name>
    <message>
        <source>unknown scheduler backend &quot;%1&quot;; choose %2</source>
        <translation>不明なスケジューラー バックエンド「%1」です。%2 から選んでください</translation>
    </message>
    <message>
        <source>Windows Task Scheduler is only available on Windows</source>
        <translation>Windows タスク スケジューラは Windows でのみ使えます</translation>
    </message>
    <message>
        <source>systemd user timers are not available here (&quot;systemctl --user show-environment&quot; failed)</source>
        <translation>ここでは systemd のユーザー タイマーを使えません (「systemctl --user show-environment」が失敗しました)</translation>
    </message>
    <message>
        <source>there is no crontab program in PATH</source>
        <translation>PATH に crontab プログラムがありません</translation>
    </message>
    <message>
        <source>no OS scheduler found: neither &quot;systemctl --user&quot; answers nor is there a crontab program in PATH</source>
        <translation>OS のスケジューラーが見つかりません。「systemctl --user」が応答せず、PATH に crontab プログラムもありません</translation>
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
    <name>SourcePosition</name>
    <message>
        <source>job specification</source>
        <translation>ジョブの指定</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>引数 %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 の %2 行目</translation>
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
    <name>SqlFileWriter</name>
    <message>
        <source>Cannot write the SQL file &quot;%1&quot;: %2</source>
        <translation>SQL ファイル「%1」を書き込めません: %2</translation>
    </message>
    <message>
        <source>SQL file %1 holds %2 statement(s)</source>
        <translation>SQL ファイル %1 には %2 個の文が含まれています</translation>
    </message>
</context>
<context>
    <name>SqlName</name>
    <message>
        <source>an empty name</source>
        <translation>空の名前</translation>
    </message>
    <message>
        <source>an unterminated or empty quoted name %1</source>
        <translation>閉じられていないか空の引用符付き名前 %1</translation>
    </message>
    <message>
        <source>a malformed quoted name %1</source>
        <translation>不正な引用符付き名前 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain name (the character &apos;%2&apos; needs quoting); write it in double quotes, e.g. &quot;%1&quot;</source>
        <translation>「%1」は単純な名前ではありません (文字 &apos;%2&apos; には引用符が必要です)。&quot;%1&quot; のように二重引用符で囲んでください</translation>
    </message>
</context>
<context>
    <name>SqlRunner</name>
    <message>
        <source>%1
(while running: %2)</source>
        <translation>%1
(実行中の文: %2)</translation>
    </message>
</context>
<context>
    <name>SystemdTimerBackend</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation>MariaDB の接続が開いていません。</translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation>PostgreSQL の接続が開いていません。</translation>
    </message>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation>SQLite の接続が開いていません。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>A row has a wrong number of fields.</source>
        <translation>行のフィールド数が正しくありません。</translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation>チャンクのデータを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not an open PostgreSQL connection.</source>
        <translation>PostgreSQL の接続が開いていません。</translation>
    </message>
    <message>
        <source>The chunk&apos;s data ends in the middle of a row.</source>
        <translation>チャンクのデータが行の途中で終わっています。</translation>
    </message>
</context>
<context>
    <name>TypeMapRule</name>
    <message>
        <source>SQLite keeps numbers as 64-bit integers or 8-byte floats: digits beyond 15 significant ones are lost</source>
        <translation>SQLite は数値を 64 ビット整数または 8 バイト浮動小数点数として保持するため、有効桁数 15 桁を超える桁は失われます</translation>
    </message>
    <message>
        <source>the UTC offset is not kept: values are written in UTC without a zone</source>
        <translation>UTC オフセットは保持されません。値はタイム・ゾーンなしの UTC で書き込まれます</translation>
    </message>
    <message>
        <source>the array is stored as JSON text</source>
        <translation>配列は JSON テキストとして格納されます</translation>
    </message>
    <message>
        <source>MariaDB decimals hold at most 65 digits, 30 after the point: longer values are rounded</source>
        <translation>MariaDB の decimal が保持できるのは最大 65 桁 (小数点以下 30 桁) のため、それより長い値は丸められます</translation>
    </message>
    <message>
        <source>MariaDB&apos;s BOOLEAN is tinyint(1): true/false become 1/0</source>
        <translation>MariaDB の BOOLEAN は tinyint(1) のため、true/false は 1/0 になります</translation>
    </message>
    <message>
        <source>varchar without a length becomes longtext</source>
        <translation>長さのない varchar は longtext になります</translation>
    </message>
    <message>
        <source>char longer than 255 becomes varchar: no blank padding</source>
        <translation>255 より長い char は varchar になります (空白による埋め込みはありません)</translation>
    </message>
    <message>
        <source>MariaDB has no interval type: stored as text</source>
        <translation>MariaDB には interval 型がないため、テキストとして格納されます</translation>
    </message>
    <message>
        <source>network addresses are stored as text</source>
        <translation>ネットワーク・アドレスはテキストとして格納されます</translation>
    </message>
    <message>
        <source>MAC addresses are stored as text</source>
        <translation>MAC アドレスはテキストとして格納されます</translation>
    </message>
    <message>
        <source>money becomes decimal(19,2): the currency format is dropped</source>
        <translation>money は decimal(19,2) になり、通貨書式は失われます</translation>
    </message>
    <message>
        <source>stored as text without the type&apos;s checks</source>
        <translation>型のチェックなしでテキストとして格納されます</translation>
    </message>
    <message>
        <source>MariaDB has no equivalent: values are stored as their text form</source>
        <translation>MariaDB には相当する型がないため、値はテキスト形式で格納されます</translation>
    </message>
    <message>
        <source>SQLite has no such type: values are stored as their text form</source>
        <translation>SQLite にはこの型がないため、値はテキスト形式で格納されます</translation>
    </message>
    <message>
        <source>tinyint(1) is read as boolean: 0 is false, any other value true</source>
        <translation>tinyint(1) は boolean として読み取られます。0 は false、それ以外の値は true です</translation>
    </message>
    <message>
        <source>bigint unsigned becomes numeric(20,0) to hold values above 2^63-1</source>
        <translation>2^63-1 を超える値を保持するため、bigint unsigned は numeric(20,0) になります</translation>
    </message>
    <message>
        <source>unsigned is not enforced: negative values are accepted</source>
        <translation>unsigned は強制されないため、負の値も受け付けられます</translation>
    </message>
    <message>
        <source>bit(1) is read as boolean</source>
        <translation>bit(1) は boolean として読み取られます</translation>
    </message>
    <message>
        <source>MariaDB TIMESTAMP is stored in UTC: it becomes timestamptz</source>
        <translation>MariaDB の TIMESTAMP は UTC で格納されるため、timestamptz になります</translation>
    </message>
    <message>
        <source>MariaDB TIME holds durations up to 838 hours; PostgreSQL time only 00:00 to 24:00</source>
        <translation>MariaDB の TIME は最大 838 時間の期間を保持できますが、PostgreSQL の time は 00:00 から 24:00 までです</translation>
    </message>
    <message>
        <source>YEAR becomes smallint</source>
        <translation>YEAR は smallint になります</translation>
    </message>
    <message>
        <source>ENUM becomes text with a CHECK on its values</source>
        <translation>ENUM は値に対する CHECK 付きの text になります</translation>
    </message>
    <message>
        <source>SET becomes comma-separated text; members are not checked</source>
        <translation>SET はカンマ区切りのテキストになり、メンバーはチェックされません</translation>
    </message>
    <message>
        <source>PostgreSQL has no equivalent: values are stored as their text form</source>
        <translation>PostgreSQL には相当する型がないため、値はテキスト形式で格納されます</translation>
    </message>
    <message>
        <source>tinyint(1) is read as boolean</source>
        <translation>tinyint(1) は boolean として読み取られます</translation>
    </message>
    <message>
        <source>SQLite integers are signed 64-bit: values above 2^63-1 do not fit</source>
        <translation>SQLite の整数は符号付き 64 ビットのため、2^63-1 を超える値は収まりません</translation>
    </message>
    <message>
        <source>the column has no declared type (it takes any value): values are stored as text</source>
        <translation>列に宣言された型がない (任意の値を受け付ける) ため、値はテキストとして格納されます</translation>
    </message>
    <message>
        <source>an unknown declared type has NUMERIC affinity in SQLite: it becomes numeric</source>
        <translation>SQLite では不明な宣言型は NUMERIC アフィニティを持つため、numeric になります</translation>
    </message>
    <message>
        <source>an unknown declared type has NUMERIC affinity in SQLite: it becomes decimal(65,30)</source>
        <translation>SQLite では不明な宣言型は NUMERIC アフィニティを持つため、decimal(65,30) になります</translation>
    </message>
</context>
<context>
    <name>TypeMapper</name>
    <message>
        <source>%1 becomes %2: %3</source>
        <translation>%1 は %2 になります: %3</translation>
    </message>
    <message>
        <source>no type mapping rule for %1 from %2 to %3</source>
        <translation>%2 から %3 への %1 の型マッピング・ルールがありません</translation>
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
        <translation>接続 URL にパスワードが含まれています。Sluice は URL、パラメータファイル、ログでパスワードを受け付けません。キーチェーンに保存する (sluice-cli connection add --save-password)、SLUICE_PASSWORD を設定する、またはプロンプトで入力してください。</translation>
    </message>
    <message>
        <source>The connection URL has an option without a name: &quot;%1&quot;.</source>
        <translation>接続 URL に名前のないオプションがあります: 「%1」。</translation>
    </message>
    <message>
        <source>A SQLite URL names a local file and has no host: write sqlite:///absolute/path.db or sqlite:relative/path.db.</source>
        <translation>SQLite の URL はローカルファイルを指し、ホストを持ちません。sqlite:///absolute/path.db または sqlite:relative/path.db と書いてください。</translation>
    </message>
    <message>
        <source>The SQLite URL names no database file, e.g. sqlite:///home/me/hr.db.</source>
        <translation>SQLite の URL にデータベースファイルがありません (例: sqlite:///home/me/hr.db)。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has an unclosed &apos;[&apos;.</source>
        <translation>ホスト「%1」の &apos;[&apos; が閉じられていません。</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &quot;%1&quot;.</source>
        <translation>「%1」の IPv6 アドレスの後に余分な文字があります。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>ポート「%1」は 1 から 65535 までの数値ではありません。</translation>
    </message>
    <message>
        <source>A %1 URL looks like %2://user@host:port/database.</source>
        <translation>%1 の URL の形式は %2://user@host:port/database です。</translation>
    </message>
    <message>
        <source>The connection URL has an &apos;@&apos; but no user name before it.</source>
        <translation>接続 URL に &apos;@&apos; がありますが、その前にユーザー名がありません。</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a &apos;/&apos;; write it as %2F.</source>
        <translation>データベース名「%1」に &apos;/&apos; が含まれています。%2F と書いてください。</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (%2).</source>
        <translation>%1 は SQLite データベースではありません (%2)。</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」のパスワードはキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>OS のキーチェーンを利用できません (%1)。</translation>
    </message>
    <message>
        <source>The keychain could not read the password for the profile &quot;%1&quot;: %2.</source>
        <translation>キーチェーンからプロファイル「%1」のパスワードを読み取れませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>有効な JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>it is not a Sluice dump header</source>
        <translation>Sluice のダンプヘッダーではありません</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Sluice reads version %2)</source>
        <translation>形式バージョン %1 には対応していません (この Sluice が読めるのはバージョン %2 です)</translation>
    </message>
    <message>
        <source>it has no set id</source>
        <translation>セット ID がありません</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot;, member %2</source>
        <translation>ダンプファイル「%1」のメンバー %2</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2: %3</source>
        <translation>%1 は %2 と同時に指定できません: %3</translation>
    </message>
    <message>
        <source>a job that is attached to keeps its own parameters, so only ENCRYPTION_PASSWORD may accompany ATTACH; remove %1 (change PARALLEL and the like at the interactive prompt instead)</source>
        <translation>アタッチしたジョブは自身のパラメータを保持するため、ATTACH と一緒に指定できるのは ENCRYPTION_PASSWORD だけです。%1 を削除してください (PARALLEL などは対話モードのプロンプトで変更します)</translation>
    </message>
    <message>
        <source>they name the same point in two ways; keep one</source>
        <translation>同じ時点を 2 通りに指定しています。どちらか一方にしてください</translation>
    </message>
    <message>
        <source>QUERY filters rows and METADATA_ONLY moves none; remove QUERY or CONTENT</source>
        <translation>QUERY は行を絞り込みますが METADATA_ONLY では行を移動しません。QUERY か CONTENT を削除してください</translation>
    </message>
    <message>
        <source>SAMPLE selects rows and METADATA_ONLY moves none; remove SAMPLE or CONTENT</source>
        <translation>SAMPLE は行を抽出しますが METADATA_ONLY では行を移動しません。SAMPLE か CONTENT を削除してください</translation>
    </message>
    <message>
        <source>REMAP_DATA changes rows and METADATA_ONLY loads none; remove one of them</source>
        <translation>REMAP_DATA は行を変換しますが METADATA_ONLY では行をロードしません。どちらかを削除してください</translation>
    </message>
    <message>
        <source>estimates are made for whole tables; remove QUERY</source>
        <translation>見積もりは表全体に対して行われます。QUERY を削除してください</translation>
    </message>
    <message>
        <source>an estimate writes no dump file; remove DUMPFILE</source>
        <translation>見積もりではダンプファイルを書き込みません。DUMPFILE を削除してください</translation>
    </message>
    <message>
        <source>remove one of them</source>
        <translation>どちらかを削除してください</translation>
    </message>
    <message>
        <source>a data-only import loads into existing tables; use TABLE_EXISTS_ACTION=APPEND or TRUNCATE (APPEND is the default)</source>
        <translation>データのみのインポートは既存の表にロードします。TABLE_EXISTS_ACTION=APPEND または TRUNCATE を使ってください (既定は APPEND)</translation>
    </message>
    <message>
        <source>a dump file import (no NETWORK_LINK)</source>
        <translation>ダンプファイルからのインポート (NETWORK_LINK なし)</translation>
    </message>
    <message>
        <source>a dump file set is already one consistent snapshot; FLASHBACK_SCN applies to imports with NETWORK_LINK only</source>
        <translation>ダンプファイルセットはすでに一貫したスナップショットです。FLASHBACK_SCN は NETWORK_LINK を使うインポートにのみ有効です</translation>
    </message>
    <message>
        <source>a dump file set is already one consistent snapshot; FLASHBACK_TIME applies to imports with NETWORK_LINK only</source>
        <translation>ダンプファイルセットはすでに一貫したスナップショットです。FLASHBACK_TIME は NETWORK_LINK を使うインポートにのみ有効です</translation>
    </message>
    <message>
        <source>the dump file set already records its sizes; ESTIMATE applies to imports with NETWORK_LINK only</source>
        <translation>ダンプファイルセットにはサイズがすでに記録されています。ESTIMATE は NETWORK_LINK を使うインポートにのみ有効です</translation>
    </message>
    <message>
        <source>SQLFILE writes DDL only; leave CONTENT out or use CONTENT=METADATA_ONLY</source>
        <translation>SQLFILE は DDL だけを書き込みます。CONTENT を省略するか CONTENT=METADATA_ONLY を使ってください</translation>
    </message>
    <message>
        <source>SQLFILE loads no rows for QUERY to filter; remove QUERY</source>
        <translation>SQLFILE は行をロードしないため QUERY で絞り込む対象がありません。QUERY を削除してください</translation>
    </message>
    <message>
        <source>SQLFILE loads no rows to remap; remove REMAP_DATA</source>
        <translation>SQLFILE は行をロードしないため変換する対象がありません。REMAP_DATA を削除してください</translation>
    </message>
    <message>
        <source>SQLFILE loads nothing to verify; remove VERIFY</source>
        <translation>SQLFILE は何もロードしないため検証する対象がありません。VERIFY を削除してください</translation>
    </message>
    <message>
        <source>a job without SQLFILE</source>
        <translation>SQLFILE のないジョブ</translation>
    </message>
    <message>
        <source>TARGET_DIALECT chooses the dialect of SQLFILE&apos;s DDL; add SQLFILE=file.sql or remove TARGET_DIALECT (a real import uses the target connection&apos;s dialect)</source>
        <translation>TARGET_DIALECT は SQLFILE に書く DDL の方言を選びます。SQLFILE=file.sql を追加するか TARGET_DIALECT を削除してください (実際のインポートではターゲット接続の方言を使います)</translation>
    </message>
    <message>
        <source>a network import copies straight from the source with no dump file; remove DUMPFILE (or NETWORK_LINK to import the dump)</source>
        <translation>ネットワーク インポートはダンプファイルを使わずソースから直接コピーします。DUMPFILE を削除してください (ダンプをインポートする場合は NETWORK_LINK を削除)</translation>
    </message>
    <message>
        <source>there is no dump file to decrypt in a network import; remove it</source>
        <translation>ネットワーク インポートには復号するダンプファイルがありません。削除してください</translation>
    </message>
    <message>
        <source>give the password one way; prefer the prompt</source>
        <translation>パスワードは 1 つの方法で指定してください。プロンプトでの入力を推奨します</translation>
    </message>
    <message>
        <source>a password is only used to encrypt; remove one of them</source>
        <translation>パスワードは暗号化にのみ使われます。どちらかを削除してください</translation>
    </message>
    <message>
        <source>no ENCRYPTION_PASSWORD</source>
        <translation>ENCRYPTION_PASSWORD なし</translation>
    </message>
    <message>
        <source>Sluice has no wallet, so encryption needs a password: add ENCRYPTION_PWD_PROMPT=YES</source>
        <translation>Sluice にはウォレットがないため、暗号化にはパスワードが必要です。ENCRYPTION_PWD_PROMPT=YES を追加してください</translation>
    </message>
    <message>
        <source>nothing is compressed; remove COMPRESSION_ALGORITHM or choose COMPRESSION=ALL</source>
        <translation>何も圧縮されません。COMPRESSION_ALGORITHM を削除するか COMPRESSION=ALL を選んでください</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveReader</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not a tar archive (%1)</source>
        <translation>tar アーカイブではありません (%1)</translation>
    </message>
    <message>
        <source>unreadable tar header</source>
        <translation>tar ヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>the member is truncated</source>
        <translation>メンバーが途中で切れています</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ArchiveWriter</name>
    <message>
        <source>Cannot create dump file &quot;%1&quot;: %2</source>
        <translation>ダンプファイル「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;: %2</source>
        <translation>ダンプファイル「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write dump file &quot;%1&quot;, member %2: %3</source>
        <translation>ダンプファイル「%1」のメンバー %2 を書き込めません: %3</translation>
    </message>
    <message>
        <source>The dump file is not open.</source>
        <translation>ダンプファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot read the content of member %1: %2</source>
        <translation>メンバー %1 の内容を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionParams</name>
    <message>
        <source>&quot;%1&quot; is not a connection URL: it must start with sqlite:, postgresql://, postgres://, mariadb:// or mysql://.</source>
        <translation>「%1」は接続 URL ではありません。sqlite:、postgresql://、postgres://、mariadb://、mysql:// のいずれかで始めてください。</translation>
    </message>
    <message>
        <source>The connection URL must not contain a &apos;#&apos; fragment; write &apos;#&apos; as %23.</source>
        <translation>接続 URL に &apos;#&apos; のフラグメントは使えません。&apos;#&apos; は %23 と書いてください。</translation>
    </message>
    <message>
        <source>A SQLite connection needs a database file.</source>
        <translation>SQLite の接続にはデータベースファイルが必要です。</translation>
    </message>
    <message>
        <source>A SQLite connection names only a file; host, port, user and database do not apply.</source>
        <translation>SQLite の接続はファイルだけを指定します。ホスト、ポート、ユーザー、データベースは使いません。</translation>
    </message>
    <message>
        <source>A %1 connection has no database file.</source>
        <translation>%1 の接続にはデータベースファイルはありません。</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>ポート %1 は 1 から 65535 の範囲外です。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation>ホスト名「%1」に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The options create and mode apply only to SQLite.</source>
        <translation>create と mode のオプションは SQLite にのみ有効です。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionProfileStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid connection profile file: %2.</source>
        <translation>%1 は有効な接続プロファイルファイルではありません: %2。</translation>
    </message>
    <message>
        <source>%1: the profile &quot;%2&quot; is invalid: %3 Fix or remove it in that file.</source>
        <translation>%1: プロファイル「%2」が無効です: %3 このファイルで修正するか削除してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>A connection profile named &quot;%1&quot; exists already.</source>
        <translation>接続プロファイル「%1」はすでに存在します。</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>接続プロファイル「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::ConnectionResolver</name>
    <message>
        <source>No connection was given: name a connection profile or a URL such as postgresql://user@host/db.</source>
        <translation>接続が指定されていません。接続プロファイルか、postgresql://user@host/db のような URL を指定してください。</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; contains a password (user/password@...). Sluice never takes passwords on the command line or in parameter files: give user@profile and let Sluice ask, or use the keychain or SLUICE_PASSWORD.</source>
        <translation>接続「%1」にパスワードが含まれています (user/password@...)。Sluice はコマンドラインやパラメータファイルでパスワードを受け付けません。user@profile と指定して Sluice に尋ねさせるか、キーチェーンまたは SLUICE_PASSWORD を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a profile name nor user@profile.</source>
        <translation>「%1」はプロファイル名でも user@profile でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile name or a URL. Passwords are never given on the command line; a SQLite file is given as sqlite:///path.</source>
        <translation>「%1」はプロファイル名でも URL でもありません。パスワードはコマンドラインでは指定しません。SQLite ファイルは sqlite:///path と指定します。</translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Known profiles: %2. Add one with &quot;sluice-cli connection add %1 &lt;url&gt;&quot;, or give a URL such as postgresql://user@host:5432/db.</source>
        <translation>接続プロファイル「%1」はありません。既知のプロファイル: %2。「sluice-cli connection add %1 &lt;url&gt;」で追加するか、postgresql://user@host:5432/db のような URL を指定してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is a SQLite file; it takes no user name.</source>
        <translation>プロファイル「%1」は SQLite ファイルなので、ユーザー名は指定できません。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::CopyTextCodec</name>
    <message>
        <source>a raw line break at byte %1 (line breaks must be written \r or \n)</source>
        <translation>バイト %1 に生の改行があります (改行は \r または \n と書く必要があります)</translation>
    </message>
    <message>
        <source>the row ends with a lone backslash</source>
        <translation>行が単独のバックスラッシュで終わっています</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DatabaseOpener</name>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed (Debian/Ubuntu package %3). Installed drivers: %4.</source>
        <translation>%2 用の Qt SQL ドライバー %1 がインストールされていません (Debian/Ubuntu のパッケージ %3)。インストール済みのドライバー: %4。</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist. Check the path, or add ?create=yes to the URL to create an empty database.</source>
        <translation>SQLite データベース %1 は存在しません。パスを確認するか、空のデータベースを作成するには URL に ?create=yes を付けてください。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>the server rejected the user name or password</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>the database &quot;%1&quot; does not exist on the server</source>
        <translation>データベース「%1」はサーバー上に存在しません</translation>
    </message>
    <message>
        <source>no server answered at %1:%2 (is it running and accepting TCP connections?)</source>
        <translation>%1:%2 でサーバーが応答しません (起動していて TCP 接続を受け付けていますか?)</translation>
    </message>
    <message>
        <source>the driver reported an error</source>
        <translation>ドライバーがエラーを報告しました</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Driver message: %3</source>
        <translation>%1 に接続できません: %2。ドライバーのメッセージ: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryObjectStore</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid directory object file: %2.</source>
        <translation>%1 は有効なディレクトリ オブジェクトのファイルではありません: %2。</translation>
    </message>
    <message>
        <source>%1: the directory object &quot;%2&quot; is invalid or duplicated; fix or remove it in that file.</source>
        <translation>%1: ディレクトリ オブジェクト「%2」が無効か重複しています。このファイルで修正するか削除してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>The directory object %1 needs a folder.</source>
        <translation>ディレクトリ オブジェクト %1 にはフォルダーが必要です。</translation>
    </message>
    <message>
        <source>The directory object %1 exists already (it maps to %2). Use --replace to point it at another folder.</source>
        <translation>ディレクトリ オブジェクト %1 はすでに存在します (%2 を指しています)。別のフォルダーを指すには --replace を使ってください。</translation>
    </message>
    <message>
        <source>There is no directory object named %1.</source>
        <translation>ディレクトリ オブジェクト %1 はありません。</translation>
    </message>
    <message>
        <source>DATA_PUMP_DIR cannot be dropped; point it at another folder with &quot;sluice-cli directory create DATA_PUMP_DIR &lt;folder&gt; --replace&quot;.</source>
        <translation>DATA_PUMP_DIR は削除できません。「sluice-cli directory create DATA_PUMP_DIR &lt;folder&gt; --replace」で別のフォルダーを指すようにしてください。</translation>
    </message>
    <message>
        <source>A grant needs privileges and a grantee.</source>
        <translation>権限付与には権限と付与先が必要です。</translation>
    </message>
    <message>
        <source>%1 holds no %2 privilege on %3 to revoke.</source>
        <translation>%1 には %3 に対する取り消し可能な %2 権限がありません。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DirectoryResolver</name>
    <message>
        <source>Give a plain file name and choose its folder with a directory object (DIRECTORY=NAME or NAME:file).</source>
        <translation>単純なファイル名を指定し、フォルダーはディレクトリ オブジェクトで選んでください (DIRECTORY=NAME または NAME:file)。</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>ファイル名が空です。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path with a drive letter; file names cannot choose their folder. %2</source>
        <translation>ファイル名「%1」はドライブ文字付きの絶対パスです。ファイル名でフォルダーを選ぶことはできません。%2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is a network (UNC) path; file names cannot choose their folder. %2</source>
        <translation>ファイル名「%1」はネットワーク (UNC) パスです。ファイル名でフォルダーを選ぶことはできません。%2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is an absolute path; file names cannot choose their folder. %2</source>
        <translation>ファイル名「%1」は絶対パスです。ファイル名でフォルダーを選ぶことはできません。%2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator; files must stay in their directory object&apos;s folder. %2</source>
        <translation>ファイル名「%1」にパス区切り文字が含まれています。ファイルはディレクトリ オブジェクトのフォルダー内に置く必要があります。%2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; names a folder, not a file. %2</source>
        <translation>ファイル名「%1」はファイルではなくフォルダーを指しています。%2</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains &apos;:&apos;; only one directory prefix (NAME:file) is allowed.</source>
        <translation>ファイル名「%1」に &apos;:&apos; が含まれています。ディレクトリの接頭辞 (NAME:file) は 1 つだけ使えます。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a control character.</source>
        <translation>ファイル名「%1」に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>the file specification &quot;%1&quot;</source>
        <translation>ファイル指定「%1」</translation>
    </message>
    <message>
        <source>DIRECTORY=%1</source>
        <translation>DIRECTORY=%1</translation>
    </message>
    <message>
        <source>the environment variable DATA_PUMP_DIR</source>
        <translation>環境変数 DATA_PUMP_DIR</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 より)</translation>
    </message>
    <message>
        <source>The directory object %1 (from %2) does not exist. Known directory objects: %3. Create it with &quot;sluice-cli directory create %1 &lt;folder&gt;&quot;.</source>
        <translation>ディレクトリ オブジェクト %1 (%2 より) は存在しません。既知のディレクトリ オブジェクト: %3。「sluice-cli directory create %1 &lt;folder&gt;」で作成してください。</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 does not exist. Create the folder, or point %2 at an existing one with &quot;sluice-cli directory create %2 &lt;folder&gt; --replace&quot;.</source>
        <translation>ディレクトリ オブジェクト %2 のフォルダー %1 は存在しません。フォルダーを作成するか、「sluice-cli directory create %2 &lt;folder&gt; --replace」で %2 を既存のフォルダーに向けてください。</translation>
    </message>
    <message>
        <source>The directory object %1 maps to %2, which is not a folder.</source>
        <translation>ディレクトリ オブジェクト %1 が指す %2 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not readable. Fix its permissions, or point %2 at another folder.</source>
        <translation>ディレクトリ オブジェクト %2 のフォルダー %1 を読み取れません。アクセス権を修正するか、%2 を別のフォルダーに向けてください。</translation>
    </message>
    <message>
        <source>The folder %1 of the directory object %2 is not writable (%3). Fix its permissions, or point %2 at another folder.</source>
        <translation>ディレクトリ オブジェクト %2 のフォルダー %1 に書き込めません (%3)。アクセス権を修正するか、%2 を別のフォルダーに向けてください。</translation>
    </message>
    <message>
        <source>The file %1 in the directory object %2 is a link that leads out of its folder (to %3); Sluice refuses to follow it. Remove the link or use another file name.</source>
        <translation>ディレクトリ オブジェクト %2 のファイル %1 はフォルダーの外 (%3) を指すリンクです。Sluice はこのリンクをたどりません。リンクを削除するか、別のファイル名を使ってください。</translation>
    </message>
    <message>
        <source>A connection given as a URL has only PUBLIC&apos;s privileges, and PUBLIC</source>
        <translation>URL で指定した接続は PUBLIC の権限しか持たず、PUBLIC</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot;</source>
        <translation>接続プロファイル「%1」</translation>
    </message>
    <message>
        <source>%1 has no %2 privilege on the directory object %3 (%4). Grant it with &quot;sluice-cli directory grant %2 ON %3 TO %5&quot;.</source>
        <translation>%1 にはディレクトリ オブジェクト %3 (%4) に対する %2 権限がありません。「sluice-cli directory grant %2 ON %3 TO %5」で付与してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The file %1 does not exist in the directory object %2 (%3).</source>
        <translation>ファイル %1 はディレクトリ オブジェクト %2 (%3) にありません。</translation>
    </message>
    <message>
        <source>The file %1 is not readable.</source>
        <translation>ファイル %1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpFileMarker</name>
    <message>
        <source>its sequence number or file list is invalid</source>
        <translation>シーケンス番号またはファイル一覧が無効です</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpHeader</name>
    <message>
        <source>its compression or encryption settings are invalid</source>
        <translation>圧縮または暗号化の設定が無効です</translation>
    </message>
    <message>
        <source>its encryption parameters are invalid</source>
        <translation>暗号化パラメータが無効です</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpKey</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>暗号ライブラリ (libsodium) を初期化できませんでした。</translation>
    </message>
    <message>
        <source>The key derivation parameters in the header are invalid or out of bounds.</source>
        <translation>ヘッダーの鍵導出パラメータが無効か範囲外です。</translation>
    </message>
    <message>
        <source>The encryption key could not be derived (out of memory?).</source>
        <translation>暗号鍵を導出できませんでした (メモリ不足?)。</translation>
    </message>
    <message>
        <source>The encryption password is incorrect.</source>
        <translation>暗号化パスワードが正しくありません。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpMemberInfo</name>
    <message>
        <source>its attributes (kind, xxh3, compression, raw_size) are missing or invalid</source>
        <translation>属性 (kind、xxh3、compression、raw_size) がないか無効です</translation>
    </message>
    <message>
        <source>its raw_xxh3 attribute is invalid</source>
        <translation>raw_xxh3 属性が無効です</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpReader</name>
    <message>
        <source>No dump file was given.</source>
        <translation>ダンプファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; does not exist.</source>
        <translation>ダンプファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: %2</source>
        <translation>ダンプファイル「%1」は Sluice のダンプファイルではありません: %2</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated or damaged after member %2 (%3).</source>
        <translation>ダンプファイル「%1」はメンバー %2 の後で途切れているか破損しています (%3)。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is not a Sluice dump file: its first member is &quot;%2&quot;, not %3.</source>
        <translation>ダンプファイル「%1」は Sluice のダンプファイルではありません。最初のメンバーが %3 ではなく「%2」です。</translation>
    </message>
    <message>
        <source>%1: it follows the file&apos;s end member.</source>
        <translation>%1: ファイルの終端メンバーの後にあります。</translation>
    </message>
    <message>
        <source>%1: truncated (the file ends %2 bytes into its %3 bytes).</source>
        <translation>%1: 途中で切れています (%3 バイト中 %2 バイトの位置でファイルが終わっています)。</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (stored %2, computed %3).</source>
        <translation>%1: チェックサムが一致しません (保存値 %2、計算値 %3)。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is truncated: it ends after member %2 without its end member (%3).</source>
        <translation>ダンプファイル「%1」は途中で切れています。メンバー %2 の後に終端メンバーがありません (%3)。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1: it belongs to another file (set %2, file %3).</source>
        <translation>%1: 別のファイルに属しています (セット %2、ファイル %3)。</translation>
    </message>
    <message>
        <source>%1: it records %2 members, the file holds %3.</source>
        <translation>%1: %2 個のメンバーが記録されていますが、ファイルには %3 個あります。</translation>
    </message>
    <message>
        <source>The dump file set is incomplete: file %1 of %2 (&quot;%3&quot;) is missing.</source>
        <translation>ダンプファイルセットが不完全です。%2 個中 %1 番目のファイル (「%3」) がありません。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; is file %2 of a dump file set; give the set&apos;s first file too (the one holding %3).</source>
        <translation>ダンプファイル「%1」はダンプファイルセットの %2 番目のファイルです。セットの最初のファイル (%3 を含むもの) も指定してください。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; belongs to another dump file set (set %2; &quot;%3&quot; is from set %4).</source>
        <translation>ダンプファイル「%1」は別のダンプファイルセットに属しています (セット %2。「%3」はセット %4 のものです)。</translation>
    </message>
    <message>
        <source>Dump files &quot;%1&quot; and &quot;%2&quot; are both file %3 of the set.</source>
        <translation>ダンプファイル「%1」と「%2」はどちらもセットの %3 番目のファイルです。</translation>
    </message>
    <message>
        <source>The dump file set is incomplete: its last file is missing (the files given end with file %1, &quot;%2&quot;, which is not the last one).</source>
        <translation>ダンプファイルセットが不完全です。最後のファイルがありません (指定されたファイルは %1 番目の「%2」で終わっていますが、これは最後のファイルではありません)。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; says it is file %2, but the set has %3 files.</source>
        <translation>ダンプファイル「%1」は %2 番目のファイルとされていますが、セットのファイルは %3 個です。</translation>
    </message>
    <message>
        <source>%1: the dump file set is encrypted (ENCRYPTION=%2); give ENCRYPTION_PASSWORD.</source>
        <translation>%1: ダンプファイルセットは暗号化されています (ENCRYPTION=%2)。ENCRYPTION_PASSWORD を指定してください。</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <source>%1: the member is encrypted; give ENCRYPTION_PASSWORD.</source>
        <translation>%1: メンバーは暗号化されています。ENCRYPTION_PASSWORD を指定してください。</translation>
    </message>
    <message>
        <source>The dump file set has no master table.</source>
        <translation>ダンプファイルセットにマスター表がありません。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>「%1」を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::DumpWriter</name>
    <message>
        <source>No DUMPFILE was given.</source>
        <translation>DUMPFILE が指定されていません。</translation>
    </message>
    <message>
        <source>ENCRYPTION=%1 needs an ENCRYPTION_PASSWORD.</source>
        <translation>ENCRYPTION=%1 には ENCRYPTION_PASSWORD が必要です。</translation>
    </message>
    <message>
        <source>Cannot encode member %1: %2</source>
        <translation>メンバー %1 をエンコードできません: %2</translation>
    </message>
    <message>
        <source>The dump file set is not open for writing.</source>
        <translation>ダンプファイルセットが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>Member %1 is already in the dump file set.</source>
        <translation>メンバー %1 はすでにダンプファイルセットにあります。</translation>
    </message>
    <message>
        <source>Member %1 (%2 bytes stored) does not fit in a dump file of FILESIZE=%3 bytes. Raise FILESIZE or make the chunks smaller.</source>
        <translation>メンバー %1 (保存サイズ %2 バイト) は FILESIZE=%3 バイトのダンプファイルに収まりません。FILESIZE を大きくするか、チャンクを小さくしてください。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; would be written twice: the DUMPFILE templates name it more than once.</source>
        <translation>ダンプファイル「%1」が 2 回書き込まれます。DUMPFILE のテンプレートがこのファイルを複数回指しています。</translation>
    </message>
    <message>
        <source>Dump file &quot;%1&quot; already exists. Remove it, choose another DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.</source>
        <translation>ダンプファイル「%1」はすでに存在します。削除するか、別の DUMPFILE を選ぶか、上書きするには REUSE_DUMPFILES=YES を設定してください。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot encode member %1 from &quot;%2&quot;: %3</source>
        <translation>「%2」のメンバー %1 をエンコードできません: %3</translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>「%1」の名前を「%2」に変更できません: %3</translation>
    </message>
    <message>
        <source>The export was abandoned; its dump files were removed.</source>
        <translation>エクスポートは中止され、ダンプファイルは削除されました。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::JobSpecValidator</name>
    <message>
        <source>no connection given: name the target database as the first argument, or give TARGET_DIALECT=postgresql|mariadb|sqlite so SQLFILE can be written without one</source>
        <translation>接続が指定されていません。最初の引数にターゲット データベースを指定するか、接続なしで SQLFILE を書くために TARGET_DIALECT=postgresql|mariadb|sqlite を指定してください</translation>
    </message>
    <message>
        <source>no connection given: name a saved connection profile or a URL as the first argument, e.g. sluice-cli %1 hr_profile SCHEMAS=hr</source>
        <translation>接続が指定されていません。最初の引数に保存済みの接続プロファイルか URL を指定してください (例: sluice-cli %1 hr_profile SCHEMAS=hr)</translation>
    </message>
</context>
<context>
    <name>sluice::engine::MariadbTableWriter</name>
    <message>
        <source>Not an open MariaDB connection.</source>
        <translation>MariaDB の接続が開いていません。</translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL was refused (%1); the chunk was loaded with multi-row INSERT statements instead, which is slower.</source>
        <translation>LOAD DATA LOCAL が拒否されました (%1)。代わりに複数行の INSERT 文でチャンクをロードしました (低速です)。</translation>
    </message>
    <message>
        <source>Reading the chunk&apos;s data failed.</source>
        <translation>チャンクのデータを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>拒否された行: %1</translation>
    </message>
</context>
<context>
    <name>sluice::engine::MemberDecoder</name>
    <message>
        <source>the content is larger than the size recorded for it</source>
        <translation>内容が記録されたサイズより大きくなっています</translation>
    </message>
    <message>
        <source>the content could not be passed on</source>
        <translation>内容を受け渡せませんでした</translation>
    </message>
    <message>
        <source>the content cannot be decompressed (%1)</source>
        <translation>内容を展開できません (%1)</translation>
    </message>
    <message>
        <source>the encryption header is invalid</source>
        <translation>暗号化ヘッダーが無効です</translation>
    </message>
    <message>
        <source>decryption failed: the content was altered or does not belong here</source>
        <translation>復号に失敗しました。内容が改ざんされているか、別のものです</translation>
    </message>
    <message>
        <source>the encrypted content is truncated</source>
        <translation>暗号化された内容が途中で切れています</translation>
    </message>
    <message>
        <source>the encrypted content goes on past its end</source>
        <translation>暗号化された内容が終端を越えて続いています</translation>
    </message>
    <message>
        <source>checksum mismatch (stored %1, computed %2)</source>
        <translation>チェックサムが一致しません (保存値 %1、計算値 %2)</translation>
    </message>
    <message>
        <source>the content is %1 bytes, %2 were recorded</source>
        <translation>内容は %1 バイトですが、記録されたサイズは %2 バイトです</translation>
    </message>
    <message>
        <source>checksum mismatch in the decoded content</source>
        <translation>デコード後の内容でチェックサムが一致しません</translation>
    </message>
</context>
<context>
    <name>sluice::engine::PasswordSource</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>No password was entered for %1.</source>
        <translation>%1 のパスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (または %2)</translation>
    </message>
    <message>
        <source>No password for %1: standard input is not a terminal, so Sluice cannot ask for it. Set %2 for unattended runs</source>
        <translation>%1 のパスワードがありません。標準入力が端末ではないため、Sluice は入力を求められません。無人実行では %2 を設定してください</translation>
    </message>
    <message>
        <source>, or save it in the keychain with &quot;sluice-cli connection add %1 &lt;url&gt; --save-password&quot;</source>
        <translation>。または「sluice-cli connection add %1 &lt;url&gt; --save-password」でキーチェーンに保存してください</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>Cannot save the password of &quot;%1&quot; in the OS keychain: %2</source>
        <translation>「%1」のパスワードを OS のキーチェーンに保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot remove the password of &quot;%1&quot; from the OS keychain: %2</source>
        <translation>「%1」のパスワードを OS のキーチェーンから削除できません: %2</translation>
    </message>
</context>
<context>
    <name>sluice::engine::SnapshotCoordinator</name>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on PostgreSQL: it keeps no past versions of tables to read (no time travel). The export reads one consistent snapshot taken when the job starts.</source>
        <translation>PostgreSQL では FLASHBACK_TIME と FLASHBACK_SCN は使えません。過去のバージョンの表を保持しないためです (タイムトラベルなし)。エクスポートはジョブ開始時に取得した一貫したスナップショットを読み取ります。</translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on MariaDB: only system-versioned tables keep history. The export reads one consistent snapshot taken when the job starts.</source>
        <translation>MariaDB では FLASHBACK_TIME と FLASHBACK_SCN は使えません。履歴を保持するのはシステムバージョン管理された表だけです。エクスポートはジョブ開始時に取得した一貫したスナップショットを読み取ります。</translation>
    </message>
    <message>
        <source>FLASHBACK_TIME and FLASHBACK_SCN are not supported on SQLite: it keeps no history. The export reads the database as it is when the job starts.</source>
        <translation>SQLite では FLASHBACK_TIME と FLASHBACK_SCN は使えません。履歴を保持しないためです。エクスポートはジョブ開始時点のデータベースを読み取ります。</translation>
    </message>
    <message>
        <source>The SQLite database is opened read-only and uses WAL: other connections can commit while it is exported, so tables may be read at different moments.</source>
        <translation>SQLite データベースは読み取り専用で開かれ、WAL を使っています。エクスポート中も他の接続がコミットできるため、表ごとに異なる時点の内容が読まれる場合があります。</translation>
    </message>
    <message>
        <source>Table %1.%2 uses the %3 storage engine, which has no consistent snapshot: rows changed during the export may be inconsistent.</source>
        <translation>表 %1.%2 は一貫したスナップショットを持たないストレージエンジン %3 を使っています。エクスポート中に変更された行は不整合になる可能性があります。</translation>
    </message>
</context>
<context>
    <name>sluice::engine::SqliteTableWriter</name>
    <message>
        <source>Not an open SQLite connection.</source>
        <translation>SQLite の接続が開いていません。</translation>
    </message>
    <message>
        <source>Row %1 has a wrong number of fields for %2 columns.</source>
        <translation>行 %1 のフィールド数が %2 列に合いません。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
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
    <name>sluice::gui::ExportFilesPage</name>
    <message>
        <source>default (none)</source>
        <translation>デフォルト (なし)</translation>
    </message>
    <message>
        <source>default (BASIC)</source>
        <translation>デフォルト (BASIC)</translation>
    </message>
    <message>
        <source>Loading the directory objects…</source>
        <translation>ディレクトリオブジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>(default: DATA_PUMP_DIR)</source>
        <translation>(デフォルト: DATA_PUMP_DIR)</translation>
    </message>
    <message>
        <source>Type the encryption password; it is needed again to import the dump.</source>
        <translation>暗号化パスワードを入力してください。ダンプのインポート時にも必要です。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportFilterPage</name>
    <message>
        <source>Object Filter</source>
        <translation>オブジェクトフィルタ</translation>
    </message>
    <message>
        <source>Uncheck what to leave out, or write INCLUDE and EXCLUDE rules; the tree shows what the rules keep.</source>
        <translation>除外するもののチェックを外すか、INCLUDE / EXCLUDE ルールを書いてください。ツリーにはルールで残るものが表示されます。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportModePage</name>
    <message>
        <source>Every user schema of the database is exported, with its roles.</source>
        <translation>データベースのすべてのユーザースキーマがロールと共にエクスポートされます。</translation>
    </message>
    <message>
        <source>Check the schemas to export. With none checked, the connection&apos;s default schema is exported.</source>
        <translation>エクスポートするスキーマにチェックを付けてください。何も選ばない場合は接続のデフォルトスキーマがエクスポートされます。</translation>
    </message>
    <message>
        <source>Check the tables to export; their indexes, constraints and triggers go with them.</source>
        <translation>エクスポートする表にチェックを付けてください。索引・制約・トリガーも一緒にエクスポートされます。</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>カタログを読み込んでいます…</translation>
    </message>
    <message>
        <source>No catalog: %1</source>
        <translation>カタログがありません: %1</translation>
    </message>
    <message>
        <source>Check at least one table to export.</source>
        <translation>エクスポートする表を少なくとも1つ選択してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportOptionsPage</name>
    <message>
        <source>default (BLOCKS)</source>
        <translation>デフォルト (BLOCKS)</translation>
    </message>
    <message>
        <source>default (none)</source>
        <translation>デフォルト (なし)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportRowFilterPage</name>
    <message>
        <source>%1 is not [schema.]table</source>
        <translation>%1 は [スキーマ.]表 の形式ではありません</translation>
    </message>
    <message>
        <source>QUERY row %1: %2</source>
        <translation>QUERY の %1 行目: %2</translation>
    </message>
    <message>
        <source>QUERY row %1: write a clause such as WHERE salary &gt; 1000 (without double quotes).</source>
        <translation>QUERY の %1 行目: WHERE salary &gt; 1000 のような句を書いてください (二重引用符なし)。</translation>
    </message>
    <message>
        <source>SAMPLE row %1: %2</source>
        <translation>SAMPLE の %1 行目: %2</translation>
    </message>
    <message>
        <source>SAMPLE row %1: the percentage must be above 0 and at most 100.</source>
        <translation>SAMPLE の %1 行目: 割合は 0 より大きく 100 以下でなければなりません。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportSourcePage</name>
    <message>
        <source>Loading the saved connections…</source>
        <translation>保存済みの接続を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み込んでいます…</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 %2 — schemas: %3, tables: %4</source>
        <translation>%1 %2 — スキーマ: %3、表: %4</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportSummaryPage</name>
    <message>
        <source>Choose the source connection.</source>
        <translation>ソース接続を選択してください。</translation>
    </message>
    <message>
        <source>Type the encryption password on the Dump Files page.</source>
        <translation>「ダンプファイル」ページで暗号化パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The job is valid. Run starts it in the background.</source>
        <translation>ジョブは有効です。「実行」でバックグラウンドで開始します。</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>ジョブを開始しています…</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>ジョブを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The parfile is on the clipboard.</source>
        <translation>パラメータファイルをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job</source>
        <translation>保存済みジョブに保存(&amp;J)</translation>
    </message>
    <message>
        <source>Save to Saved &amp;Job %1</source>
        <translation>保存済みジョブ %1 に保存(&amp;J)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ExportWizard</name>
    <message>
        <source>Export Wizard</source>
        <translation>エクスポートウィザード</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::FailedRunNotice</name>
    <message numerus="yes">
        <source>%n run(s) of saved jobs failed or had errors since Sluice was last opened (%1):</source>
        <translation>
            <numerusform>Sluice を前回開いた時 (%1) 以降、保存済みジョブの %n 件の実行が失敗したかエラーがありました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::gui::FilterRuleForm</name>
    <message>
        <source>&amp;Add Rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update Rule</source>
        <translation>ルールを更新(&amp;U)</translation>
    </message>
    <message>
        <source>EXCLUDE – leave out</source>
        <translation>EXCLUDE – 除外する</translation>
    </message>
    <message>
        <source>INCLUDE – only these</source>
        <translation>INCLUDE – これらのみ</translation>
    </message>
    <message>
        <source>all objects of the type</source>
        <translation>この種類のすべてのオブジェクト</translation>
    </message>
    <message>
        <source>EMPLOYEES, JOB%</source>
        <translation>EMPLOYEES, JOB%</translation>
    </message>
    <message>
        <source>Names separated by commas; LIKE takes % and _. Plain names match in any case, a name in double quotes (&quot;Emp&quot;) matches exactly.</source>
        <translation>名前をカンマ区切りで指定します。LIKE では % と _ が使えます。通常の名前は大文字小文字を区別せず、二重引用符で囲んだ名前 (&quot;Emp&quot;) は完全一致します。</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>パラメータ(&amp;P):</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>オブジェクトの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Na&amp;mes:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>一致:</translation>
    </message>
    <message>
        <source>Choose an object type.</source>
        <translation>オブジェクトの種類を選択してください。</translation>
    </message>
    <message>
        <source>Type the names to match.</source>
        <translation>一致させる名前を入力してください。</translation>
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
    <name>sluice::gui::ImportLauncher</name>
    <message>
        <source>A saved job named %1 exists already.</source>
        <translation>%1 という名前の保存済みジョブは既に存在します。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportOptionsPage</name>
    <message>
        <source>Leave a table that already exists alone: no rows are loaded into it. New tables are created and filled. (The default.)</source>
        <translation>既に存在する表はそのままにし、行を読み込みません。新しい表は作成して読み込みます。(既定)</translation>
    </message>
    <message>
        <source>Add the imported rows to the rows the table already has. A row that breaks a key rolls back its whole chunk and is reported.</source>
        <translation>インポートした行を表の既存の行に追加します。キーに違反する行があるとそのチャンク全体がロールバックされ、報告されます。</translation>
    </message>
    <message>
        <source>Empty the existing table, keep its definition, indexes and keys, then load the rows. The old rows are gone.</source>
        <translation>既存の表を空にし (定義・索引・キーは保持)、行を読み込みます。古い行は失われます。</translation>
    </message>
    <message>
        <source>Drop the existing table and re-create it from the source, then load it. Views, sequences and routines of the import are re-created too: a full refresh.</source>
        <translation>既存の表を削除してソースから再作成し、読み込みます。インポート対象のビュー、シーケンス、ルーチンも再作成されます (完全なリフレッシュ)。</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>検証(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;No log file</source>
        <translation>ログファイルなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Write a SQL file instead of importing</source>
        <translation>インポートせずに SQL ファイルを書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>What happens to tables that exist already, what is copied, and how the job runs.</source>
        <translation>既存の表の扱い、コピーする内容、ジョブの実行方法。</translation>
    </message>
    <message>
        <source>When a table already exists (TABLE_EXISTS_ACTION)</source>
        <translation>表が既に存在する場合 (TABLE_EXISTS_ACTION)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Append</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Truncate</source>
        <translation>切り捨て(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;eplace</source>
        <translation>置換(&amp;E)</translation>
    </message>
    <message>
        <source>Definitions and rows (ALL)</source>
        <translation>定義と行 (ALL)</translation>
    </message>
    <message>
        <source>Rows only (DATA_ONLY)</source>
        <translation>行のみ (DATA_ONLY)</translation>
    </message>
    <message>
        <source>Definitions only (METADATA_ONLY)</source>
        <translation>定義のみ (METADATA_ONLY)</translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation>なし (NONE)</translation>
    </message>
    <message>
        <source>Row counts (COUNT, the default)</source>
        <translation>行数 (COUNT、既定)</translation>
    </message>
    <message>
        <source>Row counts and content checksums (CHECKSUM)</source>
        <translation>行数と内容チェックサム (CHECKSUM)</translation>
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
        <translation>[ディレクトリ:]ファイル.sql</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Parallel workers:</source>
        <translation>並列ワーカー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>ジョブ名(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>ログファイル(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;QL file:</source>
        <translation>SQL ファイル(&amp;Q):</translation>
    </message>
    <message>
        <source>Name the SQL file.</source>
        <translation>SQL ファイル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportRemapPage</name>
    <message>
        <source>Review &amp;Type Mapping…</source>
        <translation>型マッピングを確認(&amp;T)…</translation>
    </message>
    <message>
        <source>Remaps and Transforms</source>
        <translation>リマップと変換</translation>
    </message>
    <message>
        <source>Rename schemas, tables and tablespaces on the way, rewrite column values, and choose what storage details to keep. All of this is optional.</source>
        <translation>スキーマ・表・表領域の名前変更、列の値の書き換え、保持する格納属性の選択を行います。すべて任意です。</translation>
    </message>
    <message>
        <source>The type mapping can be reviewed once both engines are known.</source>
        <translation>両方のエンジンが分かると型マッピングを確認できます。</translation>
    </message>
    <message>
        <source>%1 to %1: types are kept as they are.</source>
        <translation>%1 から %1: 型はそのまま保持されます。</translation>
    </message>
    <message>
        <source>%1 to %2: types are mapped between the engines; review what is not exact before the job starts.</source>
        <translation>%1 から %2: 型はエンジン間でマッピングされます。ジョブ開始前に正確でない箇所を確認してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportScopePage</name>
    <message>
        <source>Scope and Object Filter</source>
        <translation>範囲とオブジェクトフィルタ</translation>
    </message>
    <message>
        <source>Schemas and Tables</source>
        <translation>スキーマと表</translation>
    </message>
    <message>
        <source>Import everything, whole schemas, or single tables (with their indexes, constraints and triggers).</source>
        <translation>すべて、スキーマ全体、または個々の表 (索引・制約・トリガーを含む) をインポートします。</translation>
    </message>
    <message>
        <source>&amp;Everything (FULL)</source>
        <translation>すべて (FULL)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>スキーマ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>Schema / table</source>
        <translation>スキーマ / 表</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The source&apos;s catalog is not loaded yet.</source>
        <translation>ソースのカタログはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Check at least one schema.</source>
        <translation>スキーマを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Check at least one table.</source>
        <translation>表を 1 つ以上選択してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportSourcePage</name>
    <message>
        <source>From a &amp;dump file set</source>
        <translation>ダンプファイルセットから(&amp;D)</translation>
    </message>
    <message>
        <source>Straight from a data&amp;base (NETWORK_LINK)</source>
        <translation>データベースから直接 (NETWORK_LINK)(&amp;B)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Choose the dump to import and look at what it holds, or copy straight from another database.</source>
        <translation>インポートするダンプを選んで内容を確認するか、別のデータベースから直接コピーします。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Di&amp;rectory object:</source>
        <translation>ディレクトリオブジェクト(&amp;R):</translation>
    </message>
    <message>
        <source>D&amp;ump file:</source>
        <translation>ダンプファイル(&amp;U):</translation>
    </message>
    <message>
        <source>Source &amp;connection:</source>
        <translation>ソース接続(&amp;C):</translation>
    </message>
    <message>
        <source>Reading the dump&apos;s catalog…</source>
        <translation>ダンプのカタログを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, exported %3 by %4 (job %5). %n file(s), </source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt;、%3 に %4 がエクスポート (ジョブ %5)。%n 個のファイル、</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted: type the password and Unlock.</source>
        <translation>暗号化されています: パスワードを入力して「ロック解除」を押してください。</translation>
    </message>
    <message>
        <source>Encrypted; unlocked.</source>
        <translation>暗号化済み、ロック解除済み。</translation>
    </message>
    <message>
        <source>(database)</source>
        <translation>(データベース)</translation>
    </message>
    <message>
        <source>SCHEMA</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s).</source>
        <translation>
            <numerusform>%1 %2: %n 個のスキーマ。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Choose the source connection.</source>
        <translation>ソース接続を選択してください。</translation>
    </message>
    <message>
        <source>Choose a dump file.</source>
        <translation>ダンプファイルを選択してください。</translation>
    </message>
    <message>
        <source>Reading the dump…</source>
        <translation>ダンプを読み込んでいます…</translation>
    </message>
    <message>
        <source>The dump is encrypted: type its password and Unlock.</source>
        <translation>ダンプは暗号化されています: パスワードを入力して「ロック解除」を押してください。</translation>
    </message>
    <message>
        <source>The dump has not been read.</source>
        <translation>ダンプはまだ読み込まれていません。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportSummaryPage</name>
    <message>
        <source>Show &amp;Command</source>
        <translation>コマンドを表示(&amp;C)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The job as a parameter file. Run starts it in the background; the same parfile runs it with sluice-cli.</source>
        <translation>パラメータファイルとしてのジョブ。「実行」でバックグラウンドで開始します。同じ parfile で sluice-cli からも実行できます。</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as Parfile…</source>
        <translation>parfile として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as &amp;Named Job…</source>
        <translation>名前付きジョブとして保存(&amp;N)…</translation>
    </message>
    <message>
        <source>The parfile is on the clipboard.</source>
        <translation>parfile をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>This build cannot run the job: %1. Show Command gives the command to run it once it can.</source>
        <translation>このビルドではジョブを実行できません: %1。「コマンドを表示」で、実行可能になったときのコマンドを表示します。</translation>
    </message>
    <message>
        <source>The job is valid. Run writes the SQL file and opens it in the viewer.</source>
        <translation>ジョブは有効です。「実行」で SQL ファイルを書き出し、ビューアで開きます。</translation>
    </message>
    <message>
        <source>The job is valid. Run starts it in the background.</source>
        <translation>ジョブは有効です。「実行」でバックグラウンドで開始します。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>ジョブを開始できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportTargetPage</name>
    <message>
        <source>Import &amp;into this connection:</source>
        <translation>この接続へインポート(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;SQL file only, for this engine:</source>
        <translation>SQL ファイルのみ、このエンジン用(&amp;S):</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Where the objects and rows go. &quot;SQL file only&quot; writes the statements the import would run and changes no database.</source>
        <translation>オブジェクトと行の行き先。「SQL ファイルのみ」はインポートが実行する文を書き出し、データベースは変更しません。</translation>
    </message>
    <message>
        <source>The SQL file is written for an empty %1 database.</source>
        <translation>SQL ファイルは空の %1 データベース向けに書き出されます。</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s).</source>
        <translation>
            <numerusform>%1 %2: %n 個のスキーマ。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportWizard</name>
    <message>
        <source>Import Wizard</source>
        <translation>インポートウィザード</translation>
    </message>
    <message>
        <source>Choose the target connection, or SQL file only.</source>
        <translation>ターゲット接続か「SQL ファイルのみ」を選択してください。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ImportWizardBase</name>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Save as a Named Job</source>
        <translation>名前付きジョブとして保存</translation>
    </message>
    <message>
        <source>Name of the saved job (letters, digits, _ - and .):</source>
        <translation>保存するジョブの名前 (英字、数字、_ - .):</translation>
    </message>
    <message>
        <source>Saved as the named job %1.</source>
        <translation>名前付きジョブ %1 として保存しました。</translation>
    </message>
    <message>
        <source>Could not save the job: %1</source>
        <translation>ジョブを保存できませんでした: %1</translation>
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
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>並列度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>sluice::gui::JobsView</name>
    <message>
        <source>&amp;Attach</source>
        <translation>アタッチ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop &amp;Immediately</source>
        <translation>即時停止(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>強制終了(&amp;K)…</translation>
    </message>
    <message>
        <source>Set &amp;Parallelism…</source>
        <translation>並列度を設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 を %2 に送信しました</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 を再開</translation>
    </message>
    <message>
        <source>Encryption password of the dump file set:</source>
        <translation>ダンプファイルセットの暗号化パスワード:</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1 を再開しました</translation>
    </message>
    <message>
        <source>Kill Job</source>
        <translation>ジョブの強制終了</translation>
    </message>
    <message>
        <source>Kill the job %1? Its dump files are deleted and it cannot be restarted.</source>
        <translation>ジョブ %1 を強制終了しますか? ダンプファイルは削除され、再開できなくなります。</translation>
    </message>
    <message>
        <source>%1 killed</source>
        <translation>%1 を強制終了しました</translation>
    </message>
    <message>
        <source>Parallelism of %1</source>
        <translation>%1 の並列度</translation>
    </message>
    <message>
        <source>Number of workers:</source>
        <translation>ワーカー数:</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 を削除しました</translation>
    </message>
</context>
<context>
    <name>sluice::gui::LaunchNotice</name>
    <message>
        <source>Job Runs in the Background</source>
        <translation>ジョブはバックグラウンドで実行中です</translation>
    </message>
    <message>
        <source>The job had already been created when the wizard was closed, so it was not cancelled. It goes on running in the background: find it in the Jobs view (View &gt; Jobs), where you can attach to it, stop it or kill it.</source>
        <translation>ウィザードを閉じた時点でジョブはすでに作成されていたため、取り消されませんでした。ジョブはバックグラウンドで実行を続けます。ジョブビュー ([表示] &gt; [ジョブ]) で確認でき、アタッチ、停止、強制終了ができます。</translation>
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
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Export Wizard…</source>
        <translation>エクスポートウィザード(&amp;E)…</translation>
    </message>
    <message>
        <source>Open &amp;Parfile…</source>
        <translation>パラメータファイルを開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Open Parfile</source>
        <translation>パラメータファイルを開く</translation>
    </message>
    <message>
        <source>Parameter files (*.par *.txt);;All files (*)</source>
        <translation>パラメータファイル (*.par *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is an import parfile; this version opens export parfiles only.</source>
        <translation>%1 はインポート用のパラメータファイルです。このバージョンで開けるのはエクスポート用のみです。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>&amp;Import Wizard…</source>
        <translation>インポートウィザード(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Schema Copy Wizard…</source>
        <translation>スキーマコピーウィザード(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved Jobs</source>
        <translation>保存済みジョブ</translation>
    </message>
    <message>
        <source>&amp;Saved Jobs</source>
        <translation>保存済みジョブ(&amp;S)</translation>
    </message>
    <message>
        <source>Failed Runs</source>
        <translation>失敗した実行</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Start a job:&lt;/b&gt; &lt;a href=&quot;sluice:export&quot;&gt;Export schemas to a dump…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:import&quot;&gt;Import a dump…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:copy&quot;&gt;Copy a schema between databases…&lt;/a&gt;&lt;/p&gt;&lt;p&gt;The same wizards are in the &lt;b&gt;Tools&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ジョブを開始:&lt;/b&gt; &lt;a href=&quot;sluice:export&quot;&gt;スキーマをダンプにエクスポート…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:import&quot;&gt;ダンプをインポート…&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;sluice:copy&quot;&gt;データベース間でスキーマをコピー…&lt;/a&gt;&lt;/p&gt;&lt;p&gt;同じウィザードは &lt;b&gt;[ツール]&lt;/b&gt; メニューにもあります。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sluice::gui::MappingTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ObjectFilterEditor</name>
    <message>
        <source>Objects to export</source>
        <translation>エクスポートするオブジェクト</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Apply Te&amp;xt</source>
        <translation>テキストを適用(&amp;X)</translation>
    </message>
    <message>
        <source>INCLUDE / EXCLUDE rules</source>
        <translation>INCLUDE / EXCLUDE ルール</translation>
    </message>
    <message>
        <source>As parameters</source>
        <translation>パラメータとして</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (%2 上)</translation>
    </message>
    <message>
        <source>%1 of %2 objects are exported.</source>
        <translation>%2 個中 %1 個のオブジェクトがエクスポートされます。</translation>
    </message>
    <message>
        <source>No catalog loaded: the rules are not previewed.</source>
        <translation>カタログが読み込まれていないため、ルールのプレビューはありません。</translation>
    </message>
    <message>
        <source>(no catalog loaded)</source>
        <translation>(カタログ未読み込み)</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>オブジェクトなし</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message>
        <source>Only INCLUDE and EXCLUDE belong here, not %1.</source>
        <translation>ここには INCLUDE と EXCLUDE のみを記述できます (%1 は不可)。</translation>
    </message>
    <message>
        <source>Objects to import</source>
        <translation>インポートするオブジェクト</translation>
    </message>
    <message>
        <source>Objects to copy</source>
        <translation>コピーするオブジェクト</translation>
    </message>
    <message>
        <source>%1 of %2 objects are imported.</source>
        <translation>%2 個中 %1 個のオブジェクトがインポートされます。</translation>
    </message>
    <message>
        <source>%1 of %2 objects are copied.</source>
        <translation>%2 個中 %1 個のオブジェクトがコピーされます。</translation>
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
    <name>sluice::gui::ParfileSaver</name>
    <message>
        <source>Save as Parfile</source>
        <translation>パラメータファイルとして保存</translation>
    </message>
    <message>
        <source>Parameter files (*.par);;All files (*)</source>
        <translation>パラメータファイル (*.par);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 として保存しました。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
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
    <name>sluice::gui::ProgressView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 of %2 MB (estimated)</source>
        <translation>%1 / %2 MB (見積もり)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>elapsed %1, remaining %2</source>
        <translation>経過 %1、残り %2</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>ワーカー %1</translation>
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
        <translation>ジョブは停止しました。ジョブビューから再開できます。</translation>
    </message>
    <message>
        <source>The job completed successfully.</source>
        <translation>ジョブは正常に完了しました。</translation>
    </message>
    <message>
        <source>The job completed with errors.</source>
        <translation>ジョブはエラーありで完了しました。</translation>
    </message>
    <message>
        <source>The job ended with exit code %1.</source>
        <translation>ジョブは終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>%1
Objects: %2 of %3 · Rows: %4 · Warnings: %5 · Errors: %6 · Elapsed: %7</source>
        <translation>%1
オブジェクト: %2 / %3 · 行数: %4 · 警告: %5 · エラー: %6 · 経過時間: %7</translation>
    </message>
    <message>
        <source>Kill Job</source>
        <translation>ジョブの強制終了</translation>
    </message>
    <message>
        <source>Kill the job %1? Its dump files are deleted and it cannot be restarted.</source>
        <translation>ジョブ %1 を強制終了しますか? ダンプファイルは削除され、再開できなくなります。</translation>
    </message>
    <message>
        <source>Close Progress View</source>
        <translation>進捗ビューを閉じる</translation>
    </message>
    <message>
        <source>The job %1 is still running. It goes on in the background; you can attach to it again from the Jobs view.

Close this view?</source>
        <translation>ジョブ %1 はまだ実行中です。バックグラウンドで処理が続き、ジョブビューから再びアタッチできます。

このビューを閉じますか?</translation>
    </message>
</context>
<context>
    <name>sluice::gui::RemapDataEditor</name>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>ルールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Rule</source>
        <translation>ルールを削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T):</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>列(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>関数(&amp;F):</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>引数(&amp;G):</translation>
    </message>
    <message>
        <source>(no arguments)</source>
        <translation>(引数なし)</translation>
    </message>
    <message>
        <source>Choose a table and a column first.</source>
        <translation>先に表と列を選択してください。</translation>
    </message>
    <message>
        <source>The source&apos;s catalog is not loaded yet.</source>
        <translation>ソースのカタログはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Reading sample rows of %1.%2…</source>
        <translation>%1.%2 のサンプル行を読み込んでいます…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューできません: %1</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (前)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (後)</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s); remapped: %1.</source>
        <translation>
            <numerusform>%n 件のサンプル行。書き換え: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SLUICE_REMAP_KEY is not set: HASH and FAKE_EMAIL are shown with a temporary key, so the job&apos;s values will differ.</source>
        <translation>SLUICE_REMAP_KEY が設定されていません: HASH と FAKE_EMAIL は一時キーで表示されるため、ジョブの値とは異なります。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::RemapEditor</name>
    <message>
        <source>Source schema</source>
        <translation>ソーススキーマ</translation>
    </message>
    <message>
        <source>Target schema</source>
        <translation>ターゲットスキーマ</translation>
    </message>
    <message>
        <source>Source table ([schema.]table)</source>
        <translation>ソース表 ([スキーマ.]表)</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新しい名前</translation>
    </message>
    <message>
        <source>Source tablespace</source>
        <translation>ソース表領域</translation>
    </message>
    <message>
        <source>Target tablespace</source>
        <translation>ターゲット表領域</translation>
    </message>
    <message>
        <source>REMAP_SCHEMA: objects of a source schema are created in another schema. Two source schemas may go to one target schema.</source>
        <translation>REMAP_SCHEMA: ソーススキーマのオブジェクトを別のスキーマに作成します。2 つのソーススキーマを 1 つのターゲットスキーマにまとめることもできます。</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>スキーマ(&amp;S)</translation>
    </message>
    <message>
        <source>REMAP_TABLE: a table the import creates gets a new name; foreign keys, views and triggers follow.</source>
        <translation>REMAP_TABLE: インポートで作成する表に新しい名前を付けます。外部キー、ビュー、トリガーも追従します。</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>REMAP_TABLESPACE: PostgreSQL tablespaces of tables and materialized views. MariaDB and SQLite have none.</source>
        <translation>REMAP_TABLESPACE: 表とマテリアライズドビューの PostgreSQL 表領域。MariaDB と SQLite にはありません。</translation>
    </message>
    <message>
        <source>Tables&amp;paces</source>
        <translation>表領域(&amp;P)</translation>
    </message>
    <message>
        <source>REMAP_DATA: rewrite a column&apos;s values on the way (masking, hashing, fake e-mail addresses). Functions are deterministic, so keys still join.</source>
        <translation>REMAP_DATA: 列の値を途中で書き換えます (マスク、ハッシュ、ダミーのメールアドレス)。関数は決定的なので、キーは引き続き結合できます。</translation>
    </message>
    <message>
        <source>Column &amp;Data</source>
        <translation>列データ(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ransforms</source>
        <translation>変換(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [schema.]table.</source>
        <translation>&quot;%1&quot; は [スキーマ.]表 ではありません。</translation>
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
        <translation>ログを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>終了コード</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Run history of every saved job</source>
        <translation>すべての保存済みジョブの実行履歴</translation>
    </message>
    <message>
        <source>Run history of %1</source>
        <translation>%1 の実行履歴</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SavedJobsView</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>スケジュール(&amp;S)…</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>今すぐ実行(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Switched off, a run records &quot;skipped (disabled)&quot;; the schedule stays registered.</source>
        <translation>オフの場合、実行は「skipped (disabled)」として記録されます。スケジュールは登録されたままです。</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>スケジュールなし</translation>
    </message>
    <message>
        <source>No saved jobs yet. The import, export and schema copy wizards save them with &quot;Save as Named Job&quot;.</source>
        <translation>保存済みジョブはまだありません。インポート・エクスポート・スキーマコピーの各ウィザードで「名前付きジョブとして保存」すると保存されます。</translation>
    </message>
    <message>
        <source>Delete Saved Job</source>
        <translation>保存済みジョブの削除</translation>
    </message>
    <message>
        <source>Delete the saved job %1? Its schedule is removed from the system scheduler too; the run history stays.</source>
        <translation>保存済みジョブ %1 を削除しますか? スケジュールもシステムのスケジューラから削除されます。実行履歴は残ります。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 を実行しています…</translation>
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
        <translation>%1 をオンにしました。</translation>
    </message>
    <message>
        <source>%1 is switched off: its runs are skipped.</source>
        <translation>%1 をオフにしました: 実行はスキップされます。</translation>
    </message>
    <message>
        <source>A saved job named %1 exists already.</source>
        <translation>%1 という名前の保存済みジョブは既に存在します。</translation>
    </message>
    <message>
        <source>%1 was copied to %2.</source>
        <translation>%1 を %2 にコピーしました。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 runs %2 (registered with %3).</source>
        <translation>%1 は %2 に実行されます (%3 に登録)。</translation>
    </message>
    <message>
        <source>%1 is no longer scheduled.</source>
        <translation>%1 のスケジュールを解除しました。</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>%1 is an %2 job; it cannot hold this job.</source>
        <translation>%1 は %2 ジョブなので、このジョブを保存できません。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::ScheduleEditorDialog</name>
    <message>
        <source>the &amp;last day of the month</source>
        <translation>月の最終日(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unregister</source>
        <translation>登録解除(&amp;U)</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>%1 のスケジュール</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>毎日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Weekly</source>
        <translation>毎週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>毎月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Calendar syntax</source>
        <translation>カレンダー構文(&amp;C)</translation>
    </message>
    <message>
        <source>day </source>
        <translation>日 </translation>
    </message>
    <message>
        <source>e.g. FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30 (FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE)</source>
        <translation>例: FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30 (FREQ、INTERVAL、BYMONTH、BYMONTHDAY、BYDAY、BYHOUR、BYMINUTE)</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>時刻(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>スケジュール(&amp;S):</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>次回の実行:</translation>
    </message>
    <message>
        <source>Registering with the system scheduler…</source>
        <translation>システムのスケジューラに登録しています…</translation>
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
    <name>sluice::gui::SchemaCopyConnectionsPage</name>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n schema(s), </source>
        <translation>
            <numerusform>%1 %2: %n 個のスキーマ、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n 個の表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Source and Target</source>
        <translation>ソースとターゲット</translation>
    </message>
    <message>
        <source>A schema copy reads the source database directly (no dump file) and creates and fills the objects in the target.</source>
        <translation>スキーマコピーはソースデータベースを直接読み取り (ダンプファイルなし)、ターゲットにオブジェクトを作成して読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Source connection:</source>
        <translation>ソース接続(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target connection:</source>
        <translation>ターゲット接続(&amp;T):</translation>
    </message>
    <message>
        <source>Choose the source connection.</source>
        <translation>ソース接続を選択してください。</translation>
    </message>
    <message>
        <source>Choose the target connection.</source>
        <translation>ターゲット接続を選択してください。</translation>
    </message>
    <message>
        <source>The source and the target are the same connection.</source>
        <translation>ソースとターゲットが同じ接続です。</translation>
    </message>
</context>
<context>
    <name>sluice::gui::SchemaCopyWizard</name>
    <message>
        <source>Schema Copy Wizard</source>
        <translation>スキーマコピーウィザード</translation>
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
<context>
    <name>sluice::gui::TransformEditor</name>
    <message>
        <source>N drops tablespaces and storage parameters from the tables created, so they go to the target&apos;s defaults.</source>
        <translation>N: 作成する表から表領域と格納パラメータを除き、ターゲットの既定を使います。</translation>
    </message>
    <message>
        <source>N drops storage parameters (PostgreSQL fillfactor and similar) but keeps tablespaces.</source>
        <translation>N: 格納パラメータ (PostgreSQL の fillfactor など) を除き、表領域は保持します。</translation>
    </message>
    <message>
        <source>Y asks for less logging while loading; these engines have no per-table switch for it, so it only appears in the log.</source>
        <translation>Y: 読み込み中のログ出力を減らします。これらのエンジンには表ごとの切り替えがないため、ログに記録されるだけです。</translation>
    </message>
    <message>
        <source>default (Y)</source>
        <translation>既定 (Y)</translation>
    </message>
    <message>
        <source>default (N)</source>
        <translation>既定 (N)</translation>
    </message>
</context>
<context>
    <name>sluice::gui::TypeMappingReviewDialog</name>
    <message>
        <source>Type Mapping Review</source>
        <translation>型マッピングの確認</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Lossy</source>
        <translation>損失あり</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <source>Writing the %1 DDL of the %2 catalog…</source>
        <translation>%2 カタログの %1 DDL を生成しています…</translation>
    </message>
    <message>
        <source>Every object maps exactly: nothing is narrowed or left out.</source>
        <translation>すべてのオブジェクトが正確にマッピングされます。狭められたり省かれたりするものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are not exact, </source>
        <translation>
            <numerusform>%n 件の手順が正確ではありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them lossy or unsupported (highlighted). The job logs each of them as a warning.</source>
        <translation>
            <numerusform>うち %n 件は損失ありまたは非対応です (強調表示)。ジョブはそれぞれを警告としてログに記録します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::gui::WizardCatalogSource</name>
    <message>
        <source>No password was given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
</context>
</TS>
