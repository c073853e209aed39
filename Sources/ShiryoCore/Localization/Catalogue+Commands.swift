/// What `check`, `validate` and `bench` print, and the usage errors of every command, in the reader's
/// language. (Their help texts are in `Catalogue.Help`, `bench`'s below.)
extension Catalogue {
    public enum Usage {
        public static let noteLabel = Localized("note", ja: "注意")
        public static let oneJSONDocument = Localized(
            "--output - with --format json writes one document: give one input, or use --format ndjson or csv",
            ja: "--output - と --format json では1つの文書しか書けません。入力を1つにするか、--format ndjson か csv を使ってください")
        public static let outputEmpty = Localized(
            "--output must name a folder (it is empty)",
            ja: "--output には出力先のフォルダを指定してください（空です）")
        public static func noFixtures(_ folder: String) -> Localized {
            Localized(
                "\(folder): no fixture folders (an input beside an expected.json) found",
                ja: "\(folder): 見本のフォルダ（expected.json と並ぶ入力ファイル）がありません")
        }

        /// A single-dash argument that is no option: how to name a file whose name starts with '-'.
        public static func dashArgument(_ argument: String) -> Localized {
            Localized(
                "unknown option '\(argument)'; to name a file that starts with '-', put it after --: shiryo ingest -- \(argument)",
                ja: "'\(argument)' というオプションはありません。'-' で始まる名前のファイルは -- の後に書いてください: shiryo ingest -- \(argument)")
        }
    }

    /// `shiryo check`: the lines around each fixture's differences.
    public enum Check {
        public static let ok = Localized("ok  ", ja: "一致")
        public static let fail = Localized("FAIL", ja: "失敗")
        public static let updated = Localized("updated", ja: "更新")
        public static let expected = Localized("expected:", ja: "期待値:")
        public static let actual = Localized("actual:  ", ja: "実際:  ")

        public static func differences(_ count: Int, from file: String) -> Localized {
            Localized("\(count) difference(s) from \(file)", ja: "\(file) と \(count) か所違います")
        }

        /// `record 3, opinion` / `record 3 (whole record)`: the record's `index`, or its place in `records`
        /// when the expected file has no such record.
        public static func place(record: Int?, index: Int, field: String?) -> Localized {
            let english = record.map { "record \($0)" } ?? "records[\(index)]"
            let japanese = record.map { "レコード \($0)" } ?? "records[\(index)]"
            guard let field else { return Localized(english + " (whole record)", ja: japanese + "（レコード全体）") }
            return Localized(english + ", " + field, ja: japanese + "、" + field)
        }

        /// `check --update` on a folder holding only an input.
        public static func created(_ fixture: String, records: Int) -> Localized {
            Localized(
                "created \(fixture): expected.json written with \(records) record(s); read it before committing it",
                ja: "作成 \(fixture): expected.json を書き出しました（\(records)件）。コミットする前に中身を確かめてください")
        }

        public static func unreadableExpected(_ path: String) -> Localized {
            Localized(
                "\(path): cannot be read as JSON; run `shiryo check --update` to write it",
                ja: "\(path): JSON として読めません。`shiryo check --update` で書き出してください")
        }

        public static func summary(total: Int, failed: Int) -> Localized {
            Localized(
                "\(total) fixture(s): \(total - failed) ok, \(failed) failed",
                ja: "見本 \(total) 件: 一致 \(total - failed)、失敗 \(failed)")
        }
    }

    /// `shiryo validate`: one line per file or problem; the schema's own findings after the JSON path stay
    /// technical (`expected integer, found string`).
    public enum Validate {
        public static func valid(_ file: String) -> Localized {
            Localized("\(file): valid", ja: "\(file): 正しい形式です")
        }

        public static func invalid(_ count: Int, of total: Int) -> Localized {
            Localized("\(count) of \(total) file(s) invalid", ja: "\(total) ファイル中 \(count) ファイルが正しくありません")
        }

        public static let noSuchPath = Localized("no such file or folder", ja: "ファイルもフォルダもありません")
        public static let noJSONFiles = Localized("the folder holds no .json files", ja: "フォルダに .json ファイルがありません")
        public static let isAFolder = Localized("is a folder, not a JSON file", ja: "フォルダです（JSON ファイルではありません）")
        public static let permissionDenied = Localized("cannot be read (permission denied)", ja: "読めません（権限がありません）")
        public static let unreadable = Localized("cannot be read", ja: "読めません")
        public static func notJSON(_ reason: String) -> Localized {
            Localized("not valid JSON (\(reason))", ja: "JSON として正しくありません（\(reason)）")
        }
    }

    /// `shiryo bench` (for developers; its table's column names are units and stay as they are).
    public enum Bench {
        public static let abstract = Localized(
            "Time ingesting PDFs beside pdftotext -bbox-layout on the same files; text exports; review pages.",
            ja: "PDF の読み込み時間を、同じファイルでの pdftotext -bbox-layout と並べて測ります。テキスト書き出しと確認ページも測れます。")
        public static let discussion = Localized(
            """
            Prints, per file: pages, records, ms/page, pages/s, peak resident memory while ingesting it, pdftotext's ms/page and the ratio (target ≤ 2×, < 200 MB). Nothing is written. Scripts/bench builds a release binary and runs this on the seed PDF and generated 200- and 1,000-page tables.

            \(examples)

            Exit codes: 0 done, 1 a file could not be ingested, 2 usage error.
            """,
            ja: """
                ファイルごとに、ページ数・レコード数・1ページあたりのミリ秒・1秒あたりのページ数・読み込み中の最大メモリ、pdftotext の1ページあたりのミリ秒とその比（目標は 2 倍以内、200 MB 未満）を表示します。何も書き出しません。Scripts/bench はリリース版を作り、見本の PDF と生成した 200・1,000 ページの表でこれを実行します。

                \(examples.replacingOccurrences(of: "Examples:", with: "Examples（例）:"))

                Exit codes（終了コード）: 0 完了、1 読めないファイルがある、2 コマンドの指定誤り。
                """)
        static let examples = """
            Examples:
              shiryo bench Fixtures/hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf
              shiryo bench --runs 3 .build-bench/table-200.pdf
              shiryo bench --without-rulings .build-bench/table-200.pdf   # and again without ruling detection
              shiryo bench --plan .build-bench/plan-300.pdf   # plan indexing per page, verification per citation
              shiryo bench --per-row .build-bench/rows-1000.pdf .build-bench/rows-4000.pdf
              shiryo bench .build-bench/export-300mb.txt   # a text export: read, parse, write the JSON; MB/s, peak RSS
              shiryo bench --review .build-bench/table-2000.pdf   # the review page of every page: time, peak RSS
            """
        public static let files = Localized("PDF files and text exports (.txt) to time.", ja: "時間を測る PDF ファイルとテキスト書き出し（.txt）。")
        public static let review = Localized(
            "A PDF or text export: time writing its review page (all pages), with peak memory.",
            ja: "PDF かテキスト書き出し: 確認ページ（全ページ）を書き出す時間と最大メモリを測ります。")
        public static let plan = Localized(
            "A plan PDF: time reading it into its index (ms/page) and checking citations cut from it (ms/citation).",
            ja: "計画書の PDF: 索引に読み込む時間（ミリ秒/ページ）と、そこから切り出した引用の照合時間（ミリ秒/引用）を測ります。")
        public static let runs = Localized("Runs per file; the best time is kept.", ja: "1ファイルあたりの実行回数（最も速い時間を使います）。")
        public static let pdftotext = Localized(
            "pdftotext executable to compare with (\"\" to skip).",
            ja: "比べる pdftotext の実行ファイル（\"\" で比べません）。")
        public static let perRow = Localized(
            "Print time per row (record) instead: all, poppler's extraction, and the parse.",
            ja: "代わりに1行（レコード）あたりの時間を表示します（全体・poppler の抽出・解析）。")
        public static let withoutRulings = Localized(
            "Also time each file without ruling-line detection (a second row, \"(no rulings)\").",
            ja: "罫線の検出なしでも各ファイルを測ります（2行目「(no rulings)」）。")
        public static let nothingToTime = Localized(
            "give PDF files or text exports to time, --plan PLAN.pdf or --review FILE",
            ja: "時間を測る PDF ファイルかテキスト書き出し、--plan 計画書.pdf、--review ファイル のいずれかを指定してください")
    }
}

extension Catalogue.Help {
    public static let ingestOutput = Localized(
        "Output folder, or - for stdout (every record of the run, in input order).",
        ja: "出力先のフォルダ。- なら標準出力（全レコードを入力順に）。")
}
