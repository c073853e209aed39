import Foundation
import JSONEmission
import Shiryo
import Testing

/// The schema of FORMAT.md and `shiryo validate`: every fixture passes, broken files are rejected with the
/// JSON path of the problem.
@Suite struct ValidateTests {
    typealias Step = JSONEdit.Step

    static func expected(_ fixture: String = Seed.textExpected) throws -> JSONValue {
        try JSONValue.parse(Data(contentsOf: Repo.fixture(fixture)))
    }

    @Test func repositorySchemaIsTheShippedOne() throws {
        let repository = try Data(contentsOf: Repo.root.appendingPathComponent("Schemas/shiryo.schema.json"))
        #expect(try JSONSchema(data: repository).root == JSONSchema.bundled().root)
    }

    @Test(arguments: Fixture.all(in: Repo.fixtures))
    func everyFixtureIsValid(_ fixture: Fixture) throws {
        let problems = FileValidation.problems(in: fixture.expected, named: "expected.json", schema: try .bundled())
        #expect(problems == [])
    }

    struct Breakage: Sendable, CustomStringConvertible {
        var description: String
        var path: [Step]
        var value: JSONValue?
        var message: String
    }

    static let breakages: [Breakage] = [
        Breakage(description: "page as a string", path: [.key("records"), .index(3), .key("reflections"), .index(0), .key("page")],
                 value: .string("39"), message: "$.records[3].reflections[0].page: expected integer, found string"),
        Breakage(description: "missing opinion", path: [.key("records"), .index(0), .key("opinion")], value: nil,
                 message: "$.records[0]: required field \"opinion\" is missing"),
        Breakage(description: "unknown field", path: [.key("records"), .index(1), .key("comment")], value: .string("x"),
                 message: "$.records[1].comment: unexpected field (not part of the format)"),
        Breakage(description: "unknown format", path: [.key("source"), .key("format")], value: .string("docx"),
                 message: "$.source.format: expected one of \"pdf\", \"text\", found \"docx\""),
        Breakage(description: "schema version", path: [.key("schemaVersion")], value: .int(2),
                 message: "$.schemaVersion: expected 1, found 2"),
        Breakage(description: "record number zero", path: [.key("records"), .index(0), .key("number")], value: .int(0),
                 message: "$.records[0].number: expected at least 1, found 0"),
        Breakage(description: "title not nullable string", path: [.key("document"), .key("title")], value: .int(5),
                 message: "$.document.title: expected string or null, found integer"),
        Breakage(description: "extra value not a string", path: [.key("records"), .index(0), .key("extra")],
                 value: .object(["担当課": .int(3)]), message: "$.records[0].extra[\"担当課\"]: expected string, found integer"),
        Breakage(description: "lines with one entry", path: [.key("records"), .index(2), .key("provenance"), .key("lines")],
                 value: .array([.int(5)]), message: "$.records[2].provenance.lines: expected at least 2 items, found 1"),
        Breakage(description: "bad severity", path: [.key("diagnostics"), .index(1), .key("severity")], value: .string("fatal"),
                 message: "$.diagnostics[1].severity: expected one of \"info\", \"warning\", \"error\", found \"fatal\""),
        // Invariants the schema cannot say.
        Breakage(description: "duplicate number", path: [.key("records"), .index(2), .key("number")], value: .int(2),
                 message: "$.records[2].number: record number 2 is a duplicate (the record before is 2)"),
        Breakage(description: "descending number", path: [.key("records"), .index(9), .key("number")], value: .int(4),
                 message: "$.records[9].number: record number 4 is not ascending (the record before is 9)"),
        Breakage(description: "lastPage before page", path: [.key("records"), .index(0), .key("reflections"), .index(0), .key("lastPage")],
                 value: .int(38), message: "$.records[0].reflections[0].lastPage: lastPage 38 is before page 39"),
        Breakage(description: "lines reversed", path: [.key("records"), .index(0), .key("provenance"), .key("lines")],
                 value: .array([.int(37), .int(5)]), message: "$.records[0].provenance.lines: first line 37 is after last line 5"),
    ]

    @Test(arguments: breakages)
    func brokenDocumentIsRejectedWithItsPath(_ breakage: Breakage) throws {
        let scratch = try Scratch()
        let broken = JSONEdit.set(breakage.value, at: breakage.path, in: try Self.expected())
        try scratch.write(broken.serialized(), to: "bad.json")
        let problems = FileValidation.problems(in: scratch.path("bad.json"), named: "bad.json", schema: try .bundled())
        #expect(problems == ["bad.json: " + breakage.message])
    }

    @Test func notJSONIsRejected() throws {
        let scratch = try Scratch()
        try scratch.write("{\"schemaVersion\": 1,", to: "cut.json")
        let problems = FileValidation.problems(in: scratch.path("cut.json"), named: "cut.json", schema: try .bundled())
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("cut.json: not valid JSON (") == true)
    }

    @Test func schemaWithAnUnsupportedKeywordIsRefused() {
        #expect(throws: JSONSchema.UnsupportedSchema.self) {
            try JSONSchema(.object(["anyOf": .array([.object(["type": .string("string")])])]))
        }
    }

    @Test func validateCommandExitCodesAndMessages() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.textExpected, to: "good.json")
        let broken = JSONEdit.set(.string("39"), at: [.key("records"), .index(3), .key("reflections"), .index(0), .key("page")],
                                  in: try Self.expected())
        try scratch.write(broken.serialized(), to: "bad.json")

        let good = try CLI.run(["validate", "good.json"], in: scratch.url)
        #expect(good.status == 0)
        #expect(good.stdout == "good.json: valid\n")

        let mixed = try CLI.run(["validate", "good.json", "bad.json"], in: scratch.url)
        #expect(mixed.status == 1)
        #expect(mixed.stdout == """
            good.json: valid
            bad.json: $.records[3].reflections[0].page: expected integer, found string
            1 of 2 file(s) invalid

            """)
    }
}
