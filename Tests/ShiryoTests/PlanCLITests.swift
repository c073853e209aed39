import Foundation
import Testing

/// `shiryo ingest --plan`: the plan read once, a summary line per file, the plan itself not ingested.
@Suite struct PlanCLITests {
    @Test func ingestWithPlanPrintsASummaryPerFile() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "plan-revised/table.txt", to: "資料/table.txt")
        try scratch.copy(fixture: "plan-revised/plan.pdf", to: "資料/plan.pdf")
        let result = try CLI.run(["ingest", "資料", "--plan", "資料/plan.pdf", "-o", "Out"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "資料/table.txt: 6 citations: 1 found, 1 on another page (row 2: p.2 → p.5), "
                    + "2 changed (row 3; row 5), 1 not found (row 4), 1 page missing (row 6: p.30)\n"))
        #expect(result.stderr.contains("1 file(s)"), "the plan in the folder is not ingested as a table")
        let json = try String(contentsOf: scratch.path("Out/table.json"), encoding: .utf8)
        #expect(json.contains("\"status\": \"other-page\""))
    }

    @Test func missingPlanIsAOneLineError() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "plan-revised/table.txt", to: "table.txt")
        let result = try CLI.run(["ingest", "table.txt", "--plan", "nowhere.pdf", "-o", "Out"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error[unreadable-file]: plan nowhere.pdf: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("Out/table.json").path))
    }
}
