import Foundation
import JSONEmission
import ShiryoCore
import Testing

/// What a clerk sees through the real binary: the language, the error codes, non-table documents,
/// mistyped paths and commands, `--version`.
@Suite struct ClerkCLITests {
    static let japanese = CLI.environment(["LANG": "ja_JP.UTF-8"])

    // MARK: Language

    @Test func japaneseLocaleGivesAJapaneseOneLineErrorWithItsCode() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "bad/encrypted/encrypted.pdf", to: "bad.pdf")
        let japanese = try CLI.run(["ingest", "bad.pdf"], in: scratch.url, environment: Self.japanese)
        #expect(japanese.status == 1)
        #expect(japanese.stderr.hasPrefix("エラー[encrypted-pdf]: bad.pdf: PDF にパスワードがかかっています。パスワードを指定してください（--password）\n"))
        let english = try CLI.run(["ingest", "bad.pdf"], in: scratch.url)
        #expect(english.status == 1)
        #expect(english.stderr.hasPrefix("error[encrypted-pdf]: bad.pdf: the PDF is encrypted; give its password (--password)\n"))
    }

    /// POSIX order: LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
    @Test(arguments: [
        (["LANG": "ja_JP.UTF-8"], Language.japanese),
        (["LANG": "C"], .english),
        (["LANG": "C", "LC_MESSAGES": "ja_JP.UTF-8"], .japanese),
        (["LANG": "ja_JP.UTF-8", "LC_ALL": "C"], .english),
        (["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.eucJP"], .japanese),
        (["LANG": "ja", "LC_ALL": ""], .japanese),
        ([:], .english),
    ])
    func languageFollowsTheLocaleVariables(_ environment: [String: String], _ expected: Language) {
        #expect(Language(environment: environment) == expected)
    }

    @Test func helpSummaryAndProgressAreJapanese() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "資料/a.txt")
        let help = try CLI.run(["ingest", "--help"], in: scratch.url, environment: Self.japanese)
        #expect(help.status == 0)
        #expect(help.stdout.contains("PDF とテキスト") && help.stdout.contains("Examples（例）") && help.stdout.contains("出力先のフォルダ。"))
        let root = try CLI.run(["--help"], in: scratch.url, environment: Self.japanese)
        #expect(root.stdout.contains("JSON のレコードに変換します"))
        let run = try CLI.run(["ingest", "資料"], in: scratch.url, environment: Self.japanese)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("[1/1] 資料/a.txt: 10件、警告2件 → Output/a.json\n  警告[reflection-reattached]: 134行目: 行より前に印刷された引用ページ"))
        #expect(run.stderr.hasSuffix("1ファイル: 成功 0、警告あり 1、失敗 0。Output に10件を書き出しました\n"))
    }

    /// The JSON is for tools: the same bytes whatever the reader's language.
    @Test func outputFilesDoNotChangeWithTheLanguage() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        #expect(try CLI.run(["ingest", "-q", "-o", "en", "a.txt"], in: scratch.url).status == 0)
        #expect(try CLI.run(["ingest", "-q", "-o", "ja", "a.txt"], in: scratch.url, environment: Self.japanese).status == 0)
        #expect(try scratch.data("en/a.json") == scratch.data("ja/a.json"))
    }

    // MARK: Non-table documents

    @Test func aFolderOfAgendasIsSkippedNotFailed() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "令和5年度/資料1.txt")
        try scratch.copy(fixture: "bad/no-table/no-table.pdf", to: "令和5年度/第1回/次第.pdf")
        try scratch.copy(fixture: "bad/no-rows-txt/minutes.txt", to: "令和5年度/第1回/会議録.txt")
        let result = try CLI.run(["ingest", "令和5年度"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(scratch.files(under: "Output") == ["資料1.json"])
        #expect(result.stderr.contains("skipped: 令和5年度/第1回/次第.pdf: no numbered table (not a table document?)\n"))
        #expect(result.stderr.contains("skipped: 令和5年度/第1回/会議録.txt: no numbered table (not a table document?)\n"))
        #expect(
            result.stderr.hasSuffix("3 file(s): 0 ok, 1 with warnings, 0 failed, 2 skipped (no table); 10 record(s) written to Output\n"))
        // Short lines: no list of known headers.
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.count < 160 })
    }

    @Test func aNamedFileWithoutATableIsStillAShortError() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "bad/no-table/no-table.pdf", to: "agenda.pdf")
        let result = try CLI.run(["ingest", "agenda.pdf"], in: scratch.url)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("error[table-not-found]: agenda.pdf: no numbered table was found (no header row with a № column)\n"))
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.count < 160 })
    }

    // MARK: Paths and commands

    @Test(arguments: [
        ("missing.pdf", "error[no-such-path]: missing.pdf: no such file or folder; check the path"),
        ("empty-folder", "error[empty-folder]: empty-folder: the folder holds no .pdf or .txt files"),
        ("README.md", "error[unsupported-input]: README.md: shiryo reads only PDFs (.pdf) and text exports (.txt); this file was not read"),
    ])
    func oneBadPathDoesNotStopTheOthers(_ path: String, _ error: String) throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        try scratch.write("# notes\n", to: "README.md")
        try FileManager.default.createDirectory(at: scratch.path("empty-folder"), withIntermediateDirectories: true)
        let result = try CLI.run(["ingest", path, "a.txt"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(error + "\n"))
        #expect(scratch.files(under: "Output") == ["a.json"])
        #expect(result.stderr.hasSuffix("2 file(s): 0 ok, 1 with warnings, 1 failed; 10 record(s) written to Output\n"))
    }

    @Test(arguments: [("chekc", "check"), ("ingset", "ingest"), ("reveiw", "review"), ("valdate", "validate")])
    func aMistypedCommandIsNamed(_ typed: String, _ meant: String) throws {
        let scratch = try Scratch()
        let result = try CLI.run([typed], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: unknown command '\(typed)'; did you mean '\(meant)'? (see shiryo --help)\n")
        let japanese = try CLI.run([typed], in: scratch.url, environment: Self.japanese)
        #expect(japanese.stderr.contains("'\(typed)' というコマンドはありません。'\(meant)' のことですか？"))
    }

    /// A file that happens to be called like a typo is still ingested (here: refused as not a table input).
    @Test func anExistingPathIsNeverTakenForACommand() throws {
        let scratch = try Scratch()
        try scratch.write("x", to: "chekc")
        let result = try CLI.run(["chekc"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error[unsupported-input]: chekc: "))
    }

    @Test func versionNamesTheToolAndTheSchemaVersion() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["--version"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == "\(ShiryoVersion.number) (schemaVersion \(ShiryoOutput.schemaVersion))\n")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(_ shell: String) throws {
        let scratch = try Scratch()
        let result = try CLI.run(["--generate-completion-script", shell], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("shiryo") && result.stdout.contains("ingest") && result.stdout.contains("review"))
    }

    // MARK: A real terminal

    /// Runs shiryo under `script`, which gives it a pseudo-terminal, as a clerk's terminal would.
    static func inTerminal(_ arguments: String, in folder: URL, _ environment: [String: String?]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", CLI.binary.path + " " + arguments, "/dev/null"]
        process.currentDirectoryURL = folder
        process.environment = CLI.environment(environment)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalGetsALiveLineAndColoursUnlessToldNot() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        try scratch.copy(fixture: "bad/encrypted/encrypted.pdf", to: "bad.pdf")
        let colour = try Self.inTerminal("ingest --force a.txt bad.pdf", in: scratch.url, ["TERM": "xterm"])
        #expect(colour.contains("\r\u{1B}[K[0/2] reading a.txt"))
        #expect(colour.contains("\u{1B}[31merror[encrypted-pdf]\u{1B}[0m: bad.pdf: "))
        #expect(colour.contains("\u{1B}[33mwarning[reflection-reattached]\u{1B}[0m: line 134: "))
        #expect(colour.contains("a.txt: 10 record(s), 2 warning(s)") && colour.contains("→ Output/a.json"))

        let noColour = try Self.inTerminal("ingest --force a.txt bad.pdf", in: scratch.url, ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(noColour.contains("\r\u{1B}[K") && !noColour.contains("\u{1B}[3"))
        #expect(noColour.contains("error[encrypted-pdf]: bad.pdf: "))

        let dumb = try Self.inTerminal("ingest --force a.txt bad.pdf", in: scratch.url, ["TERM": "dumb"])
        #expect(!dumb.contains("\u{1B}"))
        #expect(dumb.contains("error[encrypted-pdf]: bad.pdf: ") && dumb.contains("] a.txt: 10 record(s)"))
    }
}

/// Every diagnostic code has its one-line meaning in both languages: the terminal and the review page
/// show it instead of the JSON's English message.
@Suite struct DiagnosticMeaningTests {
    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeHasAJapaneseMeaning(_ code: DiagnosticCode) {
        let meaning = Catalogue.Diagnostics.meaning(code)
        #expect(meaning.english == code.meaning)
        #expect(!meaning.japanese.isEmpty && meaning.japanese != meaning.english && !meaning.japanese.contains("\n"))
        #expect(meaning.japanese.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, "kana: \(meaning.japanese)")
    }

    @Test func anUnknownCodeShowsItsOwnMessage() {
        let diagnostic = Diagnostic(.warning, code: "some-future-code", message: "the plan prints no page numbers")
        #expect(Catalogue.Diagnostics.summary(of: diagnostic).text(.japanese) == "the plan prints no page numbers")
    }
}
