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

    @Test(arguments: FixtureLists.golden)
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
        Breakage(
            description: "page as a string", path: [.key("records"), .index(3), .key("reflections"), .index(0), .key("page")],
            value: .string("39"), message: "$.records[3].reflections[0].page: expected integer, found string"),
        Breakage(
            description: "missing opinion", path: [.key("records"), .index(0), .key("opinion")], value: nil,
            message: "$.records[0]: required field \"opinion\" is missing"),
        Breakage(
            description: "unknown format", path: [.key("source"), .key("format")], value: .string("docx"),
            message: "$.source.format: expected one of \"pdf\", \"text\", found \"docx\""),
        Breakage(
            description: "schema version", path: [.key("schemaVersion")], value: .int(1),
            message: "$.schemaVersion: expected 2, found 1"),
        Breakage(
            description: "record number as an integer", path: [.key("records"), .index(0), .key("number")], value: .int(1),
            message: "$.records[0].number: expected string, found integer"),
        Breakage(
            description: "record number zero", path: [.key("records"), .index(0), .key("number")], value: .string("0"),
            message: "$.records[0].number: \"0\" does not match ^[1-9][0-9]*(-[1-9][0-9]*)*$"),
        Breakage(
            description: "record number full-width", path: [.key("records"), .index(0), .key("number")], value: .string("１"),
            message: "$.records[0].number: \"１\" does not match ^[1-9][0-9]*(-[1-9][0-9]*)*$"),
        Breakage(
            description: "empty numberText", path: [.key("records"), .index(0), .key("numberText")], value: .string(""),
            message: "$.records[0].numberText: expected at least 1 character(s), found 0"),
        Breakage(
            description: "missing group", path: [.key("records"), .index(0), .key("group")], value: nil,
            message: "$.records[0]: required field \"group\" is missing"),
        Breakage(
            description: "missing tables", path: [.key("document"), .key("tables")], value: nil,
            message: "$.document: required field \"tables\" is missing"),
        Breakage(
            description: "title not nullable string", path: [.key("document"), .key("title")], value: .int(5),
            message: "$.document.title: expected string or null, found integer"),
        Breakage(
            description: "extra value not a string", path: [.key("records"), .index(0), .key("extra")],
            value: .object(["担当課": .int(3)]), message: "$.records[0].extra[\"担当課\"]: expected string, found integer"),
        Breakage(
            description: "lines with one entry", path: [.key("records"), .index(2), .key("provenance"), .key("lines")],
            value: .array([.int(5)]), message: "$.records[2].provenance.lines: expected at least 2 items, found 1"),
        Breakage(
            description: "bad severity", path: [.key("diagnostics"), .index(1), .key("severity")], value: .string("fatal"),
            message: "$.diagnostics[1].severity: expected one of \"info\", \"warning\", \"error\", found \"fatal\""),
        // Invariants the schema cannot say.
        Breakage(
            description: "index out of order", path: [.key("records"), .index(2), .key("index")], value: .int(2),
            message: "$.records[2].index: record index 2 should be 3 (indexes count 1, 2, 3… in record order)"),
        Breakage(
            description: "table not in document.tables", path: [.key("records"), .index(9), .key("table")], value: .int(2),
            message: "$.records[9].table: table 2 is not in document.tables (1 table(s))"),
        Breakage(
            description: "lastPage before page", path: [.key("records"), .index(0), .key("reflections"), .index(0), .key("lastPage")],
            value: .int(38), message: "$.records[0].reflections[0].lastPage: lastPage 38 is before page 39"),
        Breakage(
            description: "lines reversed", path: [.key("records"), .index(0), .key("provenance"), .key("lines")],
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

    @Test func numbersMayRepeatAcrossRecords() throws {
        // Numbering restarts in each table: a repeated or descending number is no longer an error.
        var document = JSONEdit.set(.string("1"), at: [.key("records"), .index(2), .key("number")], in: try Self.expected())
        document = JSONEdit.set(.string("1-2"), at: [.key("records"), .index(3), .key("number")], in: document)
        #expect(FormatInvariants.violations(of: document) == [])
        #expect(try JSONSchema.bundled().violations(of: document) == [])
    }

    @Test func addedFieldsAreValidExceptWhenStrict() throws {
        let scratch = try Scratch()
        var document = JSONEdit.set(.string("x"), at: [.key("records"), .index(1), .key("comment")], in: try Self.expected())
        document = JSONEdit.set(.int(1), at: [.key("source"), .key("size")], in: document)
        try scratch.write(document.serialized(), to: "added.json")
        let url = scratch.path("added.json")
        #expect(FileValidation.problems(in: url, named: "added.json", schema: try .bundled()) == [])
        #expect(
            FileValidation.problems(in: url, named: "added.json", schema: try .bundled(), strict: true) == [
                "added.json: $.records[1].comment: unexpected field (not part of schemaVersion 2; reported only when checking strictly)",
                "added.json: $.source.size: unexpected field (not part of schemaVersion 2; reported only when checking strictly)",
            ])
        // Every fixture lists only fields of the format.
        #expect(FileValidation.problems(in: Repo.fixture(Seed.textExpected), named: "seed", schema: try .bundled(), strict: true) == [])
    }

    @Test func foldersAreSearchedAndBadPathsGetOneLine() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.textExpected, to: "Output/第1回/a.json")
        try scratch.copy(fixture: Seed.textExpected, to: "Output/b.json")
        try scratch.write("not json", to: "Output/notes.txt")
        try FileManager.default.createDirectory(at: scratch.path("Empty"), withIntermediateDirectories: true)
        let folder = try CLI.run(["validate", "Output"], in: scratch.url)
        #expect(folder.status == 0)
        #expect(folder.stdout == "Output/b.json: valid\nOutput/第1回/a.json: valid\n")

        let bad = try CLI.run(["validate", "--strict", "missing.json", "Empty", "Output/b.json"], in: scratch.url)
        #expect(bad.status == 1)
        #expect(
            bad.stdout == """
                missing.json: no such file or folder
                Empty: the folder holds no .json files
                Output/b.json: valid
                2 of 3 file(s) invalid

                """)
        #expect(!bad.stdout.contains("NSCocoaErrorDomain") && !bad.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func anUnreadableFileIsOneLine() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.textExpected, to: "locked.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: scratch.path("locked.json").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: scratch.path("locked.json").path) }
        let problems = FileValidation.problems(in: scratch.path("locked.json"), named: "locked.json", schema: try .bundled())
        // root reads any file: then it is simply valid.
        if getuid() != 0 { #expect(problems == ["locked.json: cannot be read (permission denied)"]) } else { #expect(problems == []) }
        let folder = FileValidation.problems(in: scratch.url, named: "x", schema: try .bundled())
        #expect(folder == ["x: is a folder, not a JSON file"])
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
        let broken = JSONEdit.set(
            .string("39"), at: [.key("records"), .index(3), .key("reflections"), .index(0), .key("page")],
            in: try Self.expected())
        try scratch.write(broken.serialized(), to: "bad.json")

        let good = try CLI.run(["validate", "good.json"], in: scratch.url)
        #expect(good.status == 0)
        #expect(good.stdout == "good.json: valid\n")

        let mixed = try CLI.run(["validate", "good.json", "bad.json"], in: scratch.url)
        #expect(mixed.status == 1)
        #expect(
            mixed.stdout == """
                good.json: valid
                bad.json: $.records[3].reflections[0].page: expected integer, found string
                1 of 2 file(s) invalid

                """)
    }
}
