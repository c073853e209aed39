import Foundation
import JSONEmission
import Shiryo
import Testing

/// `shiryo check`: fixtures re-ingested and compared with expected.json, readable differences, --update.
@Suite struct CheckTests {
    static func fixtureCopy() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "Fixtures/seed/hiratsuka-h30-shiryo1-2.txt")
        try scratch.copy(fixture: Seed.textExpected, to: "Fixtures/seed/expected.json")
        return scratch
    }

    @Test func matchingFixturesPass() throws {
        let scratch = try Self.fixtureCopy()
        let result = try CLI.run(["check"], in: scratch.url)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(
            result.stdout == """
                ok   seed (text coverage 100.0% (232/232 lines), no row number missing)
                1 fixture(s): 1 ok, 0 failed

                """)
    }

    @Test func changedExpectedValueIsReportedByRecordAndField() throws {
        let scratch = try Self.fixtureCopy()
        let original = try scratch.data("Fixtures/seed/expected.json")
        var expected = try JSONValue.parse(original)
        expected = JSONEdit.set(
            .string("p.38"), at: [.key("records"), .index(2), .key("reflections"), .index(0), .key("citation")], in: expected)
        try scratch.write(expected.serialized(), to: "Fixtures/seed/expected.json")

        let result = try CLI.run(["check", "Fixtures"], in: scratch.url)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                FAIL seed: 1 difference(s) from expected.json (text coverage 100.0% (232/232 lines), no row number missing)
                  record 3, reflections[0].citation:
                    expected: "p.38"
                    actual:   "p.39"
                1 fixture(s): 0 ok, 1 failed

                """)
        #expect(try scratch.data("Fixtures/seed/expected.json") != original, "check alone never rewrites")

        let updated = try CLI.run(["check", "--update", "Fixtures"], in: scratch.url)
        #expect(updated.status == 0)
        #expect(updated.stdout.hasPrefix("updated seed: 1 difference(s)"))
        #expect(try scratch.data("Fixtures/seed/expected.json") == original)
    }

    @Test func foldersWithoutExpectedJSONAreNotFixtures() throws {
        let scratch = try Self.fixtureCopy()
        try scratch.copy(fixture: Seed.text, to: "Fixtures/bad/broken/input.txt")
        try scratch.write("{\"code\": \"no-rows\"}\n", to: "Fixtures/bad/broken/expected-error.json")
        #expect(Fixture.all(in: scratch.path("Fixtures")).map(\.description) == ["seed"])
    }

    @Test func missingRecordIsNamedByNumber() throws {
        let scratch = try Self.fixtureCopy()
        let expected = JSONEdit.set(
            nil, at: [.key("records"), .index(9)], in: try JSONValue.parse(scratch.data("Fixtures/seed/expected.json")))
        try scratch.write(expected.serialized(), to: "Fixtures/seed/expected.json")
        let check = FixtureCheck.run(try #require(Fixture.all(in: scratch.path("Fixtures")).first), update: false)
        #expect(!check.passed)
        #expect(
            check.report.contains(
                "  records[9] (whole record):\n    expected: (missing)\n    actual:   {\"group\":null,\"index\":10,\"number\":\"10\","))
    }
}
