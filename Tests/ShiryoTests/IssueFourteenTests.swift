import Foundation
import JSONEmission
import ShiryoCore
import Testing

/// Issue 14's points that no other CLI suite covered: the Japanese help and usage words, `check` and
/// `validate` in Japanese, `--output -`, the first expected.json from `check --update`, review progress in
/// a terminal, and dependencies pinned exactly. docs/DEVELOPMENT.md maps all fifteen points to their tests.
@Suite struct IssueFourteenTests {
    static let japanese = ClerkCLITests.japanese

    // MARK: Point 11: one catalogue, Japanese everywhere

    @Test func helpSectionsAndBuiltInOptionsAreJapanese() throws {
        let scratch = try Scratch()
        let ingest = try CLI.run(["ingest", "--help"], in: scratch.url, environment: Self.japanese)
        #expect(ingest.status == 0)
        for word in ["概要: ", "使い方: shiryo ingest", "引数:", "オプション:", "ヘルプ（この説明）を表示します。", "（既定: Output）", "（値: json, ndjson, csv。既定: json）"] {
            #expect(ingest.stdout.contains(word), "\(word)")
        }
        for word in ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "Show help information", "(default"] {
            #expect(!ingest.stdout.contains(word), "\(word)")
        }
        let root = try CLI.run(["--help"], in: scratch.url, environment: Self.japanese)
        #expect(
            root.stdout.contains("サブコマンド:") && root.stdout.contains("  ingest（既定）          PDF とテキスト")
                && root.stdout.contains("バージョンを表示します。"))
        #expect(root.stdout.contains("各サブコマンドの説明: 'shiryo help <サブコマンド>'"))
        let bench = try CLI.run(["help", "bench"], in: scratch.url, environment: Self.japanese)
        #expect(bench.stdout.contains("PDF の読み込み時間を") && bench.stdout.contains("最も速い時間を使います"))
        let english = try CLI.run(["ingest", "--help"], in: scratch.url)
        #expect(
            english.stdout.contains("USAGE: shiryo ingest") && english.stdout.contains("OPTIONS:")
                && english.stdout.contains("(default: Output)"))
    }

    @Test(arguments: [
        (["ingest"], "エラー: 引数 '<paths> ...' がありません\n", "Error: Missing expected argument '<paths> ...'\n"),
        (
            ["ingest", "--bogus", "a.pdf"], "エラー: '--bogus' というオプションはありません。'--jobs' のことですか？\n",
            "Error: Unknown option '--bogus'. Did you mean '--jobs'?\n"
        ),
        (
            ["ingest", "--format", "xml", "a.pdf"], "エラー: '--format <format>' に値 'xml' は使えません。次のどれかを指定してください: ",
            "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of "
        ),
        (
            ["ingest", "-xyz"], "エラー: '-xyz' というオプションはありません。'-' で始まる名前のファイルは -- の後に",
            "Error: unknown option '-xyz'; to name a file that starts with '-', put it after --"
        ),
    ])
    func usageErrorsAreInTheReadersLanguage(_ arguments: [String], _ japanese: String, _ english: String) throws {
        let scratch = try Scratch()
        let ja = try CLI.run(arguments, in: scratch.url, environment: Self.japanese)
        #expect(ja.status == 2)
        #expect(ja.stderr.hasPrefix(japanese), "\(ja.stderr)")
        #expect(!ja.stderr.contains("Usage:") && !ja.stderr.contains("See '"))
        let en = try CLI.run(arguments, in: scratch.url)
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix(english), "\(en.stderr)")
    }

    /// Shells read the completion scripts: the parser's words are never rewritten in them (bash's carries no
    /// help text, so it is the same in both languages; zsh and fish show shiryo's own help in the locale's).
    @Test func completionScriptsAreNotRewritten() throws {
        let scratch = try Scratch()
        let ja = try CLI.run(["--generate-completion-script", "bash"], in: scratch.url, environment: Self.japanese)
        let en = try CLI.run(["--generate-completion-script", "bash"], in: scratch.url)
        #expect(ja.status == 0 && ja.stdout == en.stdout)
        let fish = try CLI.run(["--generate-completion-script", "fish"], in: scratch.url, environment: Self.japanese)
        #expect(fish.stdout.contains("出力先のフォルダ") && !fish.stdout.contains("ヘルプ（この説明）"))
    }

    @Test func checkAndValidateSpeakJapanese() throws {
        let scratch = try CheckTests.fixtureCopy()
        let check = try CLI.run(["check"], in: scratch.url, environment: Self.japanese)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("一致 seed (") && check.stdout.hasSuffix("見本 1 件: 一致 1、失敗 0\n"))
        try scratch.copy(fixture: Seed.textExpected, to: "Output/a.json")
        let validate = try CLI.run(["validate", "Output", "missing.json"], in: scratch.url, environment: Self.japanese)
        #expect(validate.status == 1)
        #expect(validate.stdout == "missing.json: ファイルもフォルダもありません\nOutput/a.json: 正しい形式です\n2 ファイル中 1 ファイルが正しくありません\n")
        let none = try CLI.run(["check", "Output"], in: scratch.url, environment: Self.japanese)
        #expect(none.status == 2 && none.stderr.hasPrefix("エラー: Output: 見本のフォルダ（expected.json と並ぶ入力ファイル）がありません\n"))
    }

    // MARK: Point 7: --output - writes to stdout

    @Test(arguments: ["ndjson", "csv"])
    func dashOutputWritesEveryRecordToStdout(_ format: String) throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "資料/a.txt")
        try scratch.copy(fixture: Seed.text, to: "資料/第2回/a.txt")
        let piped = try CLI.run(["ingest", "-q", "-j", "2", "--format", format, "-o", "-", "資料"], in: scratch.url)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("-").path))
        #expect(try CLI.run(["ingest", "-q", "--format", format, "資料", "--csv-combined", "all.csv"], in: scratch.url).status == 0)
        if format == "ndjson" {
            let files = try scratch.data("Output/a.ndjson") + scratch.data("Output/第2回/a.ndjson")
            #expect(Data(piped.stdout.utf8) == files)
            #expect(piped.stdout.split(separator: "\n").count == 20)
        } else {
            // One header, every record (both read as text: the byte-order mark is dropped from each alike).
            #expect(piped.stdout == (try String(contentsOf: scratch.path("all.csv"), encoding: .utf8)))
        }
    }

    @Test func dashOutputTakesOneInputForJSON() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        try scratch.copy(fixture: Seed.text, to: "b.txt")
        let one = try CLI.run(["ingest", "-o", "-", "a.txt"], in: scratch.url)
        #expect(one.status == 0)
        #expect(one.stderr.hasSuffix("1 file(s): 0 ok, 1 with warnings, 0 failed; 10 record(s) written\n"))
        #expect(try CLI.run(["ingest", "-q", "a.txt"], in: scratch.url).status == 0)
        #expect(Data(one.stdout.utf8) == (try scratch.data("Output/a.json")))
        let two = try CLI.run(["ingest", "-o", "-", "a.txt", "b.txt"], in: scratch.url)
        #expect(two.status == 2 && two.stdout.isEmpty)
        #expect(two.stderr.hasPrefix("Error: --output - with --format json writes one document"))
    }

    // MARK: Point 9: check --update writes a first expected.json

    @Test func updateWritesTheFirstExpectedJSON() throws {
        let scratch = try CheckTests.fixtureCopy()
        try scratch.copy(fixture: Seed.text, to: "Fixtures/new/hiratsuka-h30-shiryo1-2.txt")
        let plain = try CLI.run(["check"], in: scratch.url)
        #expect(plain.status == 1 && plain.stdout.contains("FAIL new: inputs without expected.json"))
        let update = try CLI.run(["check", "--update"], in: scratch.url)
        #expect(update.status == 0, "\(update.stdout)")
        #expect(update.stdout.contains("created new: expected.json written with 10 record(s); read it before committing it"))
        #expect(try scratch.data("Fixtures/new/expected.json") == scratch.data("Fixtures/seed/expected.json"))
        let again = try CLI.run(["check"], in: scratch.url)
        #expect(again.status == 0 && again.stdout.hasSuffix("2 fixture(s): 2 ok, 0 failed\n"))
    }

    // MARK: Point 13: review shows its progress on a long file

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func reviewDrawsAProgressLineInATerminal() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "a.pdf")
        let shown = try ClerkCLITests.inTerminal("review a.pdf", in: scratch.url, ["TERM": "xterm"])
        #expect(shown.contains("\r\u{1B}[Ka.pdf: drawing page 3 of 3"))
        #expect(shown.contains("a.pdf: All 10 row(s) read, nothing to check → Output/a.review.html"))
        let japanese = try ClerkCLITests.inTerminal("review --force a.pdf", in: scratch.url, ["TERM": "xterm", "LANG": "ja_JP.UTF-8"])
        #expect(japanese.contains("a.pdf: 3 / 3 ページを描画中"))
    }

    // MARK: Point 15: dependency versions do not float

    /// Package.resolved stays out of git (the project brief): every dependency is pinned `exact:` in
    /// Package.swift instead, and docs/DEVELOPMENT.md says so.
    @Test func dependenciesArePinnedExactly() throws {
        let manifest = try String(contentsOf: Repo.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let packages = manifest.split(separator: "\n").filter { $0.contains(".package(url:") }
        #expect(packages.count >= 2)
        #expect(packages.allSatisfy { $0.contains("exact: \"") }, "\(packages)")
        let ignored = try String(contentsOf: Repo.root.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.split(separator: "\n").contains("Package.resolved"))
        let development = try String(contentsOf: Repo.root.appendingPathComponent("docs/DEVELOPMENT.md"), encoding: .utf8)
        #expect(development.contains("Package.resolved"))
    }
}
