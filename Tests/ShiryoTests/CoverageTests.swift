import Foundation
import Shiryo
import ShiryoCore
import Testing

/// Nothing printed is lost: every fixture's text is fully found in its records or diagnostics, and every
/// printed row number is a record.
@Suite struct CoverageTests {
    /// Every fixture input, and the seed in other encodings (Fixtures/encodings).
    static let inputs: [URL] =
        FixtureLists.golden.map(\.input)
        + ((try? FileManager.default.contentsOfDirectory(at: Repo.fixture("encodings"), includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }

    @Test(arguments: inputs)
    func everyPrintedLineEndsUpSomewhere(_ input: URL) throws {
        let (_, report) = try Coverage.check(input)
        let name = input.deletingLastPathComponent().lastPathComponent + "/" + input.lastPathComponent
        print("\(name): \(report.summary)")
        #expect(report.checked > 0)
        #expect(report.isComplete, "\(name): \(report.summary)\n\(report.details.joined(separator: "\n"))")
    }
}

/// The check finds what a parser would lose.
@Suite struct CoverageDetectsLossTests {
    static let seed = Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")

    @Test func aDroppedRowIsAMissingRowNumberAndUncoveredLines() throws {
        let bytes = Array(try Data(contentsOf: Self.seed))
        var output = try Ingest.file(at: Self.seed)
        output.records.removeAll { $0.number == "5" }
        let report = try Coverage.check(bytes: bytes, output: output)
        #expect(report.missingRowNumbers == [5])
        #expect(!report.uncovered.isEmpty)
        #expect(!report.isComplete)
    }

    @Test func aLostCellIsReportedWithItsLines() throws {
        let bytes = Array(try Data(contentsOf: Self.seed))
        var output = try Ingest.file(at: Self.seed)
        output.records[0].opinion = ""
        let report = try Coverage.check(bytes: bytes, output: output)
        // Row 1's opinion: five printed lines (see the seed text, lines 12–16).
        #expect(report.uncovered.compactMap(\.location.line) == [12, 13, 14, 15, 16])
        #expect(report.details.first == "line 12: not in any record or diagnostic: 「基幹産業」の定義付けがあいまいで")
        #expect(report.summary.hasPrefix("text coverage 97.8% (227/232 lines)"))
    }
}
