import Foundation
import Shiryo
import Testing

/// Progress on stderr: a live line on a terminal, plain lines otherwise, errors always.
@Suite struct ProgressReporterTests {
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ text: String) { lock.lock(); parts.append(text); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }

    static let results = [
        FileResult(input: BatchInput(url: URL(fileURLWithPath: "/x/資料/a.txt"), displayPath: "資料/a.txt", outputStem: "a"),
                   output: URL(fileURLWithPath: "Output/a.json"), outcome: .written(records: 10, warnings: 2, unchanged: false)),
        FileResult(input: BatchInput(url: URL(fileURLWithPath: "/x/資料/b.pdf"), displayPath: "資料/b.pdf", outputStem: "b"),
                   output: URL(fileURLWithPath: "Output/b.json"), outcome: .failed(message: "資料/b.pdf: the file is empty")),
    ]

    static func run(quiet: Bool, live: Bool) -> String {
        let collected = Collected()
        let reporter = ProgressReporter(quiet: quiet, live: live, write: collected.append)
        for (index, result) in results.enumerated() { reporter.report(result, finished: index + 1, total: 2) }
        reporter.finish(BatchSummary(results: results))
        return collected.text
    }

    @Test func terminalGetsOneLiveLine() {
        #expect(Self.run(quiet: false, live: true) == """
            \r\u{1B}[K[1/2] a.txt\r\u{1B}[Kerror: 資料/b.pdf: the file is empty
            \r\u{1B}[K2 file(s): 0 ok, 1 with warnings, 1 failed; 10 record(s) written

            """)
    }

    @Test func logsGetPlainLines() {
        let output = Self.run(quiet: false, live: false)
        #expect(!output.contains("\r"))
        #expect(output.hasPrefix("[1/2] 資料/a.txt: 10 record(s), 2 warning(s) → "))
        #expect(output.hasSuffix("""
            Output/a.json
            error: 資料/b.pdf: the file is empty
            2 file(s): 0 ok, 1 with warnings, 1 failed; 10 record(s) written

            """))
    }

    @Test(arguments: [true, false])
    func quietKeepsOnlyErrors(_ live: Bool) {
        #expect(Self.run(quiet: true, live: live) == (live ? "\r\u{1B}[K" : "") + "error: 資料/b.pdf: the file is empty\n")
    }
}
