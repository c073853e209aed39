import Foundation
import JSONEmission
import Testing

/// A layout printed twice, as `<name>-text` (text export) and `<name>-pdf` (PDF): both expected.json files must
/// hold the same document and the same records; only source, provenance (and the tables' pages) and diagnostics
/// may differ.
@Suite struct TwinFixtureTests {
    static let twins: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Repo.fixtures.path)) ?? [])
        .filter { $0.hasSuffix("-pdf") }
        .map { String($0.dropLast("-pdf".count)) }
        .filter { FileManager.default.fileExists(atPath: Repo.fixture("\($0)-text/expected.json").path) }
        .sorted()

    @Test func layoutsHaveTwins() {
        #expect(Self.twins.count >= 5, "the seed and at least four other layouts, each as text and PDF: \(Self.twins)")
    }

    @Test(arguments: twins)
    func textAndPDFAgree(_ name: String) throws {
        let text = try JSONValue.parse(Data(contentsOf: Repo.fixture("\(name)-text/expected.json")))
        let pdf = try JSONValue.parse(Data(contentsOf: Repo.fixture("\(name)-pdf/expected.json")))
        #expect(PDFPathTests.documentWithoutPages(text) == PDFPathTests.documentWithoutPages(pdf))
        let differences = JSONDiff.differences(
            expected: PDFPathTests.recordsWithoutProvenance(text),
            actual: PDFPathTests.recordsWithoutProvenance(pdf))
        #expect(differences.isEmpty, "\(name): \(GoldenDiff.lines(differences, limit: 10))")
    }
}
