import Foundation
import Shiryo
import ShiryoCore
import Testing

/// Progress on stderr: a line per finished file (its output, or why it failed or was skipped) with its
/// warnings; on a live terminal a last line naming the files in flight, cut to the terminal's width.
@Suite struct ProgressReporterTests {
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ text: String) { lock.lock(); parts.append(text); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }

    static let inputA = BatchInput(url: URL(fileURLWithPath: "/x/資料/a.txt"), displayPath: "資料/a.txt", outputStem: "a")
    static let inputB = BatchInput(url: URL(fileURLWithPath: "/x/資料/b.pdf"), displayPath: "資料/b.pdf", outputStem: "b")
    static let warnings = [
        Diagnostic(.warning, code: "row-number-gap", message: "row 3 follows row 1", line: 28),
        Diagnostic(.warning, code: "empty-opinion", message: "row 4 has no opinion", page: 2),
    ]
    static let results = [
        FileResult(
            input: inputA, output: URL(fileURLWithPath: "Output/a.json"),
            outcome: .written(records: 10, warnings: 2, unchanged: false), warnings: warnings),
        FileResult(
            input: inputB, output: URL(fileURLWithPath: "Output/b.json"),
            outcome: .failed(message: "資料/b.pdf: the file is empty", code: "empty-file")),
    ]

    static func run(quiet: Bool, style: TerminalStyle, language: Language = .english) -> String {
        let collected = Collected()
        let reporter = ProgressReporter(quiet: quiet, style: style, language: language, write: collected.append)
        reporter.started(inputA, total: 2)
        reporter.started(inputB, total: 2)
        for (index, result) in results.enumerated() { reporter.report(result, finished: index + 1, total: 2) }
        reporter.finish(BatchSummary(results: results), outputFolder: "Output")
        return collected.text
    }

    static let plainLines = """
        [1/2] 資料/a.txt: 10 record(s), 2 warning(s) → Output/a.json
          warning[row-number-gap]: line 28: A row number does not follow the one before; rows in between may be missing.
          warning[empty-opinion]: page 2: A record has no opinion text.
        error[empty-file]: 資料/b.pdf: the file is empty
        2 file(s): 0 ok, 1 with warnings, 1 failed; 10 record(s) written to Output

        """

    @Test func logsGetPlainLinesWithOutputPathsAndWarnings() {
        let output = Self.run(quiet: false, style: .plain)
        #expect(!output.contains("\r") && !output.contains("\u{1B}"))
        #expect(output == Self.plainLines)
    }

    /// The live line names every file still being read, not the last one finished.
    @Test func terminalLineShowsTheFilesInFlight() {
        let output = Self.run(quiet: false, style: TerminalStyle(live: true, width: 80))
        #expect(output.hasPrefix("\r\u{1B}[K[0/2] reading a.txt\r\u{1B}[K[0/2] reading a.txt, b.pdf\r\u{1B}[K[1/2] 資料/a.txt"))
        #expect(output.contains("Output/a.json\n  warning[row-number-gap]"))
        #expect(output.contains("\r\u{1B}[K[1/2] reading b.pdf\r\u{1B}[Kerror[empty-file]: "))
        // The live line is cleared before the summary.
        #expect(output.hasSuffix("\r\u{1B}[K2 file(s): 0 ok, 1 with warnings, 1 failed; 10 record(s) written to Output\n"))
    }

    @Test func coloursOnlyWhenAllowed() {
        let coloured = Self.run(quiet: false, style: TerminalStyle(live: true, colour: true))
        #expect(coloured.contains("\u{1B}[31merror[empty-file]\u{1B}[0m: "))
        #expect(coloured.contains("\u{1B}[33mwarning[row-number-gap]\u{1B}[0m: "))
        let plain = Self.run(quiet: false, style: TerminalStyle(live: true, colour: false))
        #expect(!plain.contains("\u{1B}[3"))
    }

    @Test(arguments: [
        (["TERM": "xterm-256color"], true, true, true),
        (["TERM": "xterm-256color", "NO_COLOR": "1"], true, true, false),
        (["TERM": "dumb"], true, false, false),
        (["TERM": "xterm"], false, false, false),
    ])
    func terminalStyleFollowsTERMAndNO_COLOR(_ environment: [String: String], _ isTerminal: Bool, _ live: Bool, _ colour: Bool) {
        let style = TerminalStyle.detect(isTerminal: isTerminal, columns: 100, environment: environment)
        #expect(style.live == live && style.colour == colour && style.width == 100)
    }

    /// Long Japanese names count two columns a character: the live line never wraps.
    @Test func liveLineIsCutByDisplayWidth() {
        let long = BatchInput(
            url: URL(fileURLWithPath: "/x/" + String(repeating: "令和五年度総合計画審議会資料", count: 6) + ".pdf"),
            displayPath: "long.pdf", outputStem: "long")
        let collected = Collected()
        let reporter = ProgressReporter(
            quiet: false, style: TerminalStyle(live: true, width: 40), language: .english,
            write: collected.append)
        reporter.started(long, total: 1)
        let line = collected.text.replacingOccurrences(of: "\r\u{1B}[K", with: "")
        #expect(DisplayWidth.of(line) <= 39 && line.hasSuffix("…") && line.hasPrefix("[0/1] reading 令和"))
        #expect(DisplayWidth.of("令和5年") == 7 && DisplayWidth.of("abc") == 3 && DisplayWidth.of("ｱｲ") == 2)
    }

    @Test func quietKeepsOnlyErrors() {
        #expect(Self.run(quiet: true, style: .plain) == "error[empty-file]: 資料/b.pdf: the file is empty\n")
        #expect(Self.run(quiet: true, style: TerminalStyle(live: true)) == "\r\u{1B}[Kerror[empty-file]: 資料/b.pdf: the file is empty\n")
    }

    @Test func japaneseLinesFromTheCatalogue() {
        let output = Self.run(quiet: false, style: .plain, language: .japanese)
        #expect(output.hasPrefix("[1/2] 資料/a.txt: 10件、警告2件 → Output/a.json\n  警告[row-number-gap]: 28行目: 番号が前の行から続いていません。"))
        #expect(output.contains("エラー[empty-file]: 資料/b.pdf: the file is empty\n"))
        #expect(output.hasSuffix("2ファイル: 成功 0、警告あり 1、失敗 1。Output に10件を書き出しました\n"))
    }

    @Test func manyWarningsAreCut() {
        let many = (1...8).map { (gap: Int) in Diagnostic(.warning, code: "row-number-gap", message: "gap \(gap)", line: gap) }
        let result = FileResult(
            input: Self.inputA, output: URL(fileURLWithPath: "Output/a.json"),
            outcome: .written(records: 1, warnings: 8, unchanged: false), warnings: many)
        let collected = Collected()
        let reporter = ProgressReporter(quiet: false, style: .plain, language: .english, write: collected.append)
        reporter.report(result, finished: 1, total: 1)
        let lines = collected.text.split(separator: "\n")
        #expect(lines.count == 1 + ProgressReporter.warningsShown + 1)
        #expect(lines.last == "  … 3 more warning(s) in Output/a.json")
    }
}
