import Foundation
import Shiryo
import Testing

/// Inputs the fuzz targets once failed on keep meeting every input invariant.
@Suite struct FuzzRegressionTests {
    static let findings = FixtureLists.fuzzFindings
    /// The structure-aware fuzzer's seeds (choices, built into PDFs by `StructuredPDF`).
    static let structureSeeds = FixtureLists.structureSeeds

    @Test(arguments: findings)
    func findingMeetsTheInvariants(_ finding: URL) throws {
        let file = finding.lastPathComponent
        let name = file.hasPrefix("text-") ? "fuzz-input.txt" : file.hasPrefix("pdf-") ? "fuzz-input.pdf" : "fuzz-structure.pdf"
        var bytes = Array(try Data(contentsOf: finding))
        if file.hasPrefix("structure-") { bytes = StructuredPDF.build(from: bytes) }
        #expect(InputInvariants.violations(bytes, name: name) == [])
    }

    @Test(arguments: structureSeeds)
    func structureSeedMeetsTheInvariants(_ seed: URL) throws {
        let pdf = StructuredPDF.build(from: Array(try Data(contentsOf: seed)))
        #expect(pdf.starts(with: Array("%PDF-1.4".utf8)))
        #expect(InputInvariants.violations(pdf, name: "fuzz-structure.pdf") == [])
    }

    @Test func corporaAreThere() {
        #expect(Self.findings.count >= FixtureLists.minimumFuzzFindings)
        #expect(Self.structureSeeds.count >= FixtureLists.minimumStructureSeeds)
    }

    /// The builder is what a finding replays through: the same choices must give the same bytes, and a seed
    /// must say what it was made for (a MediaBox 1e10 wide here).
    @Test func structuredPDFIsDeterministic() throws {
        let choices: [UInt8] = [11, 4, 0, 0, 11, 8]
        #expect(StructuredPDF.build(from: choices) == StructuredPDF.build(from: choices))
        let text = String(decoding: StructuredPDF.build(from: choices), as: UTF8.self)
        #expect(text.contains("/MediaBox [0 0 10000000000 595]"))
        let output = try Ingest.bytes(StructuredPDF.build(from: choices), name: "x.pdf")
        #expect(output.records.map(\.number) == ["1", "2"])
        #expect(output.diagnostics.contains { $0.code == "page-size-clamped" })
    }

    /// The invariants themselves catch what they should.
    @Test func invariantsAcceptGoodAndRefusedInputs() throws {
        let seed = Array(try Data(contentsOf: Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")))
        #expect(InputInvariants.violations(seed, name: "seed.txt") == [])
        #expect(InputInvariants.violations(Array("no rows here\n".utf8), name: "x.txt") == [])
        #expect(InputInvariants.violations([0x25, 0x50, 0x44, 0x46, 0x2D], name: "x.pdf") == [])
    }
}
