/// `shiryo --help` and each command's help, in the reader's language. Option names, examples' commands
/// and exit code numbers are the same in both.
extension Catalogue {
    public enum Help {
        public static let rootAbstract = Localized(
            "Turns Japanese municipal tables with numbered rows (資料: 反映状況表, パブリックコメント, …) into JSON records.",
            ja: "自治体の資料（反映状況表・パブリックコメント結果など番号付きの表）を JSON のレコードに変換します。")
        public static let rootDiscussion = Localized(
            """
            Without a command, `shiryo PATH…` ingests. Shell completions: shiryo --generate-completion-script bash|zsh|fish.

            Exit codes: 0 success, 1 some input failed or differed (the rest was still done), 2 usage error, 130 interrupted (Ctrl-C); nothing partial is ever left behind.
            """,
            ja: """
                コマンドを省くと `shiryo パス…` は ingest（読み込み）になります。シェル補完: shiryo --generate-completion-script bash|zsh|fish

                Exit codes（終了コード）: 0 成功、1 一部のファイルが失敗または不一致（他は処理済み）、2 コマンドの指定誤り、130 中断（Ctrl-C）。書きかけのファイルは残りません。
                """)

        public static let ingestAbstract = Localized(
            "Read PDFs and text exports (files or whole folders) and write one output file per input.",
            ja: "PDF とテキスト（ファイルまたはフォルダごと）を読み、1ファイルにつき1つの出力を書きます。")
        public static let ingestDiscussion = Localized(
            """
            Folders are searched recursively for .pdf and .txt files; a file there without a numbered table (an agenda, minutes) is skipped and counted apart. NAME.pdf or NAME.txt gives OUTPUT/NAME.json (or .ndjson, .csv); files found in a folder argument keep their sub-folders (資料/第1回/x.pdf → OUTPUT/第1回/x.json). A PDF and its text export side by side keep their extension (x.pdf → OUTPUT/x.pdf.json). An existing output with different content is kept unless --force is given. A path that does not exist is an error of its own: the other inputs are still ingested.

            Examples:
              shiryo ingest 資料/令和5年度/          # every .pdf and .txt inside
              shiryo ingest -o Out --format csv a.pdf b.txt   # CSV for Excel
              shiryo ingest 資料/ --csv-combined 全件.csv      # also one CSV of every record of the run
              shiryo ingest --jobs 1 --quiet 資料/   # one at a time, errors only
              shiryo ingest --password SECRET encrypted.pdf
              shiryo ingest 資料/ --plan 総合計画.pdf   # check every citation against the plan

            With --plan, each reflection gets a "verification" (found, other-page, changed, not-found, page-missing) and each file a line such as "12 citations: 10 found, 1 on another page (row 8: p.44 → p.45), 1 changed (row 6)"; the plan is read once for all files.

            Exit codes: 0 all inputs written (or skipped as not a table), 1 some failed (the others are still written), 2 usage error, 130 interrupted (no partial output left).
            """,
            ja: """
                フォルダはサブフォルダまで .pdf と .txt を探します。番号付きの表がないファイル（次第・会議録など）は「対象外」として数え、失敗にはしません。名前.pdf・名前.txt → 出力先/名前.json（.ndjson、.csv）。フォルダ内のファイルはサブフォルダを保ちます（資料/第1回/x.pdf → 出力先/第1回/x.json）。同じ名前の PDF とテキストが並ぶときは拡張子を残します（x.pdf → 出力先/x.pdf.json）。内容の違う出力が既にあるときは --force がない限り上書きしません。存在しないパスはそのパスだけエラーになり、他のファイルは処理します。

                Examples（例）:
                  shiryo ingest 資料/令和5年度/          # フォルダ内の .pdf と .txt をすべて
                  shiryo ingest -o Out --format csv a.pdf b.txt   # Excel 用 CSV
                  shiryo ingest 資料/ --csv-combined 全件.csv      # 全ファイルのレコードをまとめた CSV も書く
                  shiryo ingest --jobs 1 --quiet 資料/   # 1ファイルずつ、エラーだけ表示
                  shiryo ingest --password 合言葉 encrypted.pdf
                  shiryo ingest 資料/ --plan 総合計画.pdf   # 引用ページをすべて計画書と照らし合わせる

                --plan を付けると、各反映に照合結果 verification（found 一致、other-page 別のページ、changed 文言が変わった、not-found 見つからない、page-missing ページがない）を付け、ファイルごとに「12 citations: 10 found, 1 on another page (row 8: p.44 → p.45), 1 changed (row 6)」のような1行を表示します。計画書は1回だけ読みます。

                Exit codes（終了コード）: 0 すべて書き出し（表のない文書は対象外）、1 一部が失敗（他は書き出し済み）、2 コマンドの指定誤り、130 中断（書きかけは残りません）。
                """)
        public static let ingestPaths = Localized("Files and folders to ingest (.pdf, .txt).", ja: "読み込むファイルとフォルダ（.pdf、.txt）。")
        public static let outputFolder = Localized("Output folder.", ja: "出力先のフォルダ。")
        public static let format = Localized(
            "Output format: json (docs/FORMAT.md), ndjson (one record per line) or csv (for Excel).",
            ja: "出力形式: json（docs/FORMAT.md）、ndjson（1行1レコード）、csv（Excel 用）。")
        public static let force = Localized("Overwrite existing output files that differ.", ja: "内容の違う既存の出力を上書きします。")
        public static let jobs = Localized(
            "Files ingested at the same time (one per core by default).",
            ja: "同時に読むファイル数（既定は CPU コア数）。")
        public static let quiet = Localized(
            "Print only errors: no progress, no warnings, no summary.",
            ja: "エラーだけを表示します（進み具合・警告・集計は出しません）。")
        public static let password = Localized("Password of encrypted PDFs.", ja: "暗号化された PDF のパスワード。")
        public static let plan = Localized(
            "The plan PDF the tables cite: every citation's page, quotes and headings are checked against it.",
            ja: "表が引用している計画書の PDF。引用のページ・引用文・見出しをすべて照らし合わせます。")
        public static let csvCombined = Localized(
            "Also write one CSV with the records of every file of the run (ordered by output path).",
            ja: "この実行で読んだ全ファイルのレコードを1つにまとめた CSV も書きます（出力パス順）。")
        public static let jobsAtLeastOne = Localized("--jobs must be at least 1", ja: "--jobs は 1 以上にしてください")

        public static let checkAbstract = Localized(
            "Re-ingest every fixture and compare it with its expected.json.",
            ja: "見本（フィクスチャ）をすべて読み直し、expected.json と比べます。")
        public static let checkDiscussion = Localized(
            """
            A fixture is a folder holding one input (.pdf or .txt) and its hand-checked expected.json, or, for an input that must be refused, an expected-error.json with the error's code and exact message. Each difference is printed with the record number, the field, and the expected and actual values. --update rewrites the expected.json files that differ: read the differences first.

            Examples:
              shiryo check                          # every fixture under Fixtures/
              shiryo check Fixtures/hiratsuka-h30-pdf
              shiryo check --update Fixtures/my-new-fixture

            Exit codes: 0 every fixture matches, 1 a difference or a failed input, 2 usage error.
            """,
            ja: """
                見本は、入力ファイル（.pdf か .txt）1つと、人が確かめた expected.json（読めないはずの入力なら、エラーのコードと文面を書いた expected-error.json）を入れたフォルダです。違いはレコード番号・項目・期待値・実際の値で表示します。--update は違いのある expected.json を書き直します（先に違いを読んでください）。

                Examples（例）:
                  shiryo check                          # Fixtures/ の見本すべて
                  shiryo check Fixtures/hiratsuka-h30-pdf
                  shiryo check --update Fixtures/my-new-fixture

                Exit codes（終了コード）: 0 すべて一致、1 違いがあるか入力が読めない、2 コマンドの指定誤り。
                """)
        public static let checkFolder = Localized(
            "Folder holding fixture folders (searched recursively).",
            ja: "見本のフォルダを含むフォルダ（サブフォルダまで探します）。")
        public static let checkUpdate = Localized(
            "Rewrite expected.json where it differs instead of failing.",
            ja: "違いがあれば失敗にせず expected.json を書き直します。")

        public static let validateAbstract = Localized(
            "Check JSON files (or folders of them) against the schema of docs/FORMAT.md.",
            ja: "JSON ファイル（またはそのフォルダ）が docs/FORMAT.md の形式（スキーマ）に合っているか調べます。")
        public static let validateDiscussion = Localized(
            """
            Besides the schema, checks what a schema cannot say: record index 1, 2, 3… in order, each record's table within document.tables, page ≤ lastPage in every reflection, provenance lines first ≤ last. Folders are searched recursively for .json files. Fields the format does not list are accepted (the format may add fields); --strict reports them. Each problem names the file and the JSON path:
              bad.json: $.records[3].reflections[0].page: expected integer, found string

            Examples:
              shiryo validate Output
              shiryo validate --strict Output/*.json
              shiryo validate Fixtures/*/expected.json

            Exit codes: 0 every file is valid, 1 a file is invalid or unreadable, 2 usage error.
            """,
            ja: """
                スキーマに加えて、スキーマでは書けない決まりも調べます（レコードの index が 1, 2, 3… の順、各レコードの table が document.tables の範囲内、各反映の page ≤ lastPage、行範囲の first ≤ last）。フォルダはサブフォルダまで .json を探します。形式にない項目は受け付けます（形式は項目が増えることがあります）。--strict を付けるとそれも報告します。問題はファイル名と JSON の場所付きで表示します:
                  bad.json: $.records[3].reflections[0].page: expected integer, found string

                Examples（例）:
                  shiryo validate Output
                  shiryo validate --strict Output/*.json
                  shiryo validate Fixtures/*/expected.json

                Exit codes（終了コード）: 0 すべて正しい、1 正しくないか読めないファイルがある、2 コマンドの指定誤り。
                """)
        public static let validateFiles = Localized(
            "JSON files written by shiryo ingest, or folders holding them.",
            ja: "shiryo ingest が書いた JSON ファイル、またはそれを含むフォルダ。")
        public static let validateStrict = Localized(
            "Also report fields the format does not list (the format may add fields; this tells you it did).",
            ja: "形式にない項目も報告します（形式は項目が増えることがあります。増えたかどうかが分かります）。")

        public static let reviewAbstract = Localized(
            "Draw what was read over each page, in one HTML file per input to check at a glance.",
            ja: "読み取った内容を各ページに重ねて描いた HTML（入力1つにつき1ファイル）を作り、一目で確かめられるようにします。")
        public static let reviewDiscussion = Localized(
            """
            Writes NAME.review.html per input: a verdict at the top (all rows read, n warnings, or failed), then every PDF page as an image with the detected header cells, rows (with their №), cells and citations drawn as coloured boxes, the records beside each page, and every warning marked where it was found. A text export is shown as its text with each row's lines marked. The file has no external links: it opens offline.

            Examples:
              shiryo review 資料1-2.pdf
              shiryo review --pages 3-5 資料1-2.pdf
              shiryo review --output Review --force 資料1-2.pdf 資料1-3.txt

            Exit codes: 0 every page was written (or was already there, identical), 1 an input cannot be reviewed (not a PDF or text export, damaged, no table) or a different page exists without --force, 2 usage error, 130 interrupted (no partial output left).
            """,
            ja: """
                入力ごとに 名前.review.html を書きます。先頭に判定（すべて読めた・警告 n 件・失敗）、続いて PDF の各ページの画像に、見出しのセル・行（番号付き）・セル・引用ページを色付きの枠で重ね、横に読み取ったレコード、注意点はその場所に印を付けて表示します。テキストは本文を表示し、各行（レコード）の範囲に印を付けます。外部へのリンクはなく、オフラインで開けます。

                Examples（例）:
                  shiryo review 資料1-2.pdf
                  shiryo review --pages 3-5 資料1-2.pdf
                  shiryo review --output Review --force 資料1-2.pdf 資料1-3.txt

                Exit codes（終了コード）: 0 すべて書き出し（同じ内容が既にあった場合も）、1 確認ページを作れない入力がある（PDF・テキストでない、壊れている、表がない）か、内容の違うページが既にあり --force がない、2 コマンドの指定誤り、130 中断（書きかけは残りません）。
                """)
        public static let reviewInputs = Localized("PDFs and text exports to review.", ja: "確認する PDF とテキスト。")
        public static let reviewScale = Localized(
            "Image pixels per PDF point (1.5 keeps text legible and the file small).",
            ja: "PDF の 1 ポイントあたりの画素数（1.5 で文字が読めてファイルも小さい）。")
        public static let reviewForce = Localized("Overwrite an existing review page that differs.", ja: "内容の違う既存の確認ページを上書きします。")
        public static let reviewPages = Localized(
            "Pages to draw, e.g. 3 or 2-5 or 1,4-6 (all by default).",
            ja: "描くページ（例: 3、2-5、1,4-6。既定はすべて）。")
        public static let reviewScaleRange = Localized(
            "--scale must be more than 0 and at most 6 (pixels per PDF point)",
            ja: "--scale は 0 より大きく 6 以下にしてください（PDF の 1 ポイントあたりの画素数）")
        public static func badPages(_ text: String) -> Localized {
            Localized(
                "--pages \(text): give page numbers and ranges like 3, 2-5 or 1,4-6",
                ja: "--pages \(text): 3、2-5、1,4-6 のようにページ番号か範囲で指定してください")
        }
    }
}
