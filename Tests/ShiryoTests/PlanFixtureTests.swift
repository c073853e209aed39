import Foundation
import JSONEmission
import PlanVerification
import Shiryo
import ShiryoCore
import Testing

/// The plan fixtures (Scripts/fixtures/make_plan_fixtures.py): each table checked against its plan gives
/// exactly the statuses listed in statuses.json, whatever expected.json says.
@Suite struct PlanFixtureTests {
    static let names = [
        "plan-front-matter", "plan-page-labels", "plan-two-columns", "plan-revised", "plan-seed-text",
        "plan-seed-pdf", "plan-writer-two-columns",
    ]

    static func output(_ name: String) throws -> ShiryoOutput {
        let fixture = try #require(Fixture.all(in: Repo.fixture(name)).first)
        #expect(fixture.plan?.lastPathComponent == "plan.pdf")
        return try Ingest.file(at: fixture.input, options: fixture.withPlan(IngestOptions()))
    }

    @Test(arguments: names)
    func statusesAreExactlyTheListedOnes(name: String) throws {
        let listed = try JSONDecoder().decode([[String]].self, from: Data(contentsOf: Repo.fixture("\(name)/statuses.json")))
        let actual = try Self.output(name).records.map { $0.reflections.map { $0.verification?.status.rawValue ?? "none" } }
        #expect(actual == listed)
    }

    @Test func summaryNamesTheRowsToFix() throws {
        let summary = try #require(VerificationSummary.of(Self.output("plan-revised")))
        #expect(
            summary.description == "6 citations: 1 found, 1 on another page (row 2: p.2 → p.5), 2 changed (row 3; row 5), "
                + "1 not found (row 4), 1 page missing (row 6: p.30)")
    }

    @Test func changedQuoteDiagnosticShowsBothWordings() throws {
        let diagnostics = try Self.output("plan-revised").diagnostics.filter { $0.code == "plan-quote-changed" }
        #expect(
            diagnostics.map(\.message) == [
                "row 3, p.4: quote differs from the plan on p.4 (PDF page 4) (similarity 0.92): table 「…空き店舗の活用と［創業への支援を強化］します。」, plan 「…空き店舗の活用と［起業への支援を充実］します。」"
            ])
    }

    /// The front matter shifts every page by three; the figure page has no number and is inferred.
    @Test func frontMatterShiftsPDFPages() throws {
        let output = try Self.output("plan-front-matter")
        #expect(output.records.map { $0.reflections[0].verification?.pdfPage } == [5, 9, nil, 10])
        #expect(output.diagnostics.contains { $0.code == "plan-page-numbers-guessed" && $0.message.contains("PDF page 9 = p.6") })
    }

    @Test func csvGetsAVerificationColumn() throws {
        let csv = try #require(String(data: RecordCSV.data(Self.output("plan-revised")), encoding: .utf8))
        let header = try #require(csv.split(separator: "\r\n").first)
        #expect(header.hasSuffix(",照合結果"))
        #expect(csv.contains("p.2: other-page → p.5"))
        #expect(csv.contains("p.30: page-missing"))
    }

    @Test func withoutAPlanThereIsNoVerification() throws {
        let fixture = try #require(Fixture.all(in: Repo.fixture("plan-revised")).first)
        let output = try Ingest.file(at: fixture.input)
        #expect(output.records.allSatisfy { $0.reflections.allSatisfy { $0.verification == nil } })
        #expect(VerificationSummary.of(output) == nil)
        #expect(!String(decoding: OutputWriter.json(output), as: UTF8.self).contains("verification"))
    }

    @Test func schemaDescribesVerification() throws {
        let schema = try JSONSchema.bundled()
        let json = try Self.output("plan-revised").json
        #expect(schema.violations(of: json).isEmpty)
        let path: [JSONEdit.Step] = [.key("records"), .index(0), .key("reflections"), .index(0), .key("verification"), .key("status")]
        let wrong = JSONEdit.set(.string("maybe"), at: path, in: json)
        #expect(schema.violations(of: wrong).map(\.description).contains { $0.contains("verification.status") })
    }
}
