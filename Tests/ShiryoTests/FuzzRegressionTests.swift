import Foundation
import Shiryo
import Testing

/// Inputs the fuzz targets once failed on keep meeting every input invariant.
@Suite struct FuzzRegressionTests {
    static let findings: [URL] = ((try? FileManager.default.contentsOfDirectory(
        at: Repo.fixture("bad/fuzz"), includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.lastPathComponent.hasPrefix("text-") || $0.lastPathComponent.hasPrefix("pdf-") }
        .sorted { $0.path < $1.path }

    @Test(arguments: findings)
    func findingMeetsTheInvariants(_ finding: URL) throws {
        let name = finding.lastPathComponent.hasPrefix("pdf-") ? "fuzz-input.pdf" : "fuzz-input.txt"
        let bytes = Array(try Data(contentsOf: finding))
        #expect(InputInvariants.violations(bytes, name: name) == [])
    }

    /// The invariants themselves catch what they should.
    @Test func invariantsAcceptGoodAndRefusedInputs() throws {
        let seed = Array(try Data(contentsOf: Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")))
        #expect(InputInvariants.violations(seed, name: "seed.txt") == [])
        #expect(InputInvariants.violations(Array("no rows here\n".utf8), name: "x.txt") == [])
        #expect(InputInvariants.violations([0x25, 0x50, 0x44, 0x46, 0x2D], name: "x.pdf") == [])
    }
}
