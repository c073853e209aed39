import Foundation
import Shiryo

/// The fixture lists parameterized tests run over, each with the fewest cases it may hold: a renamed or
/// emptied folder makes `FixtureDiscoveryTests` fail instead of a suite silently running zero cases.
/// (A malformed fixture folder fails `FixtureDiscovery.problems`, which the same tests and `shiryo check` run.)
public enum FixtureLists {
    /// Every fixture folder with an expected.json (`shiryo check`'s list).
    public static let golden = Fixture.all(in: Repo.fixtures)
    public static let minimumGolden = 45
    /// The PDF fixtures among them.
    public static let minimumPDF = 30
    /// Refused inputs (`Fixtures/bad/*/expected-error.json`).
    public static let refused = BadInputFixture.all(in: Repo.fixture("bad"))
    public static let minimumRefused = 18
    /// Inputs the fuzzers once failed on (`Fixtures/bad/fuzz`).
    public static let fuzzFindings = files(in: "bad/fuzz").filter { url in
        ["text-", "pdf-", "structure-"].contains { url.lastPathComponent.hasPrefix($0) }
    }
    public static let minimumFuzzFindings = 1
    /// The structure-aware fuzzer's seeds (choices, built into PDFs by `StructuredPDF`).
    public static let structureSeeds = files(in: "fuzz-seeds/structure")
    public static let minimumStructureSeeds = 10

    /// Each list below its floor, as `name: count < minimum`; empty when every list is large enough.
    public static func shortfalls() -> [String] {
        let pdfs = golden.filter { $0.input.pathExtension == "pdf" }.count
        let counts = [
            ("golden", golden.count, minimumGolden), ("PDF", pdfs, minimumPDF),
            ("refused", refused.count, minimumRefused), ("fuzz findings", fuzzFindings.count, minimumFuzzFindings),
            ("structure seeds", structureSeeds.count, minimumStructureSeeds),
        ]
        return counts.filter { $0.1 < $0.2 }.map { "\($0.0): \($0.1) < \($0.2)" }
    }

    /// The files of a folder under Fixtures/, sorted; a missing folder is no files (and fails its minimum).
    static func files(in folder: String) -> [URL] {
        let urls = (try? FileManager.default.contentsOfDirectory(at: Repo.fixture(folder), includingPropertiesForKeys: nil)) ?? []
        return urls.sorted { $0.path < $1.path }
    }
}
