import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
import Testing

/// Every refused input gives its one-line typed error, in the library and through the CLI, and the CLI
/// writes nothing; every recovered one is written complete with its diagnostic.
@Suite struct BadInputTests {
    static let refused = FixtureLists.refused
    static let encrypted = Repo.fixture("bad/encrypted/encrypted.pdf")
    /// Set by Scripts/fixtures/make_bad_inputs.py.
    static let encryptionPassword = "shiryo-2018"

    @Test func corpusHasEveryKindOfBadInput() {
        let codes = Set(Self.refused.map(\.code))
        #expect(
            codes == [
                "not-a-pdf", "damaged-pdf", "encrypted-pdf", "no-pages", "no-text-layer", "table-not-found",
                "empty-file", "binary-file", "undecodable-text", "no-rows",
            ])
        #expect(Self.refused.filter { $0.code == "damaged-pdf" }.count >= 4, "truncated at several offsets")
    }

    @Test(arguments: refused)
    func libraryThrowsTheExpectedError(_ fixture: BadInputFixture) {
        do {
            let output = try Ingest.file(at: fixture.input)
            Issue.record("\(fixture) was ingested (\(output.records.count) records) but must be refused")
        } catch {
            #expect(error.code == fixture.code)
            #expect(error.localizedDescription == fixture.message)
            #expect(!fixture.message.contains("\n"))
            #expect(fixture.message.hasPrefix(fixture.input.lastPathComponent))
        }
    }

    @Test(arguments: refused)
    func cliFailsAndWritesNothing(_ fixture: BadInputFixture) throws {
        let run = try BadInputCLI.ingest(fixture.input)
        #expect(run.status == 1)
        // The executable adds the flag that fixes it (` (--password)`); the library's message names none.
        let hint = Catalogue.CommandLine.flagHints[fixture.code]?.english ?? ""
        #expect(run.stderr == "error[\(fixture.code)]: \(fixture.message)\(hint)\n")
        #expect(!fixture.message.contains("--"))
        #expect(run.outputFiles.isEmpty, "\(run.outputFiles)")
    }

    /// Recovered inputs: the golden test checks their records; here, that the diagnostic is there and
    /// the CLI writes the same complete file.
    @Test(arguments: [
        ("row-gap-txt", "row-number-gap", 28 as Int?, nil as Int?),
        ("empty-opinion-txt", "empty-opinion", 17, nil),
        ("table-less-page", "page-without-table", nil, 2),
    ])
    func recoveredInputsCarryTheirDiagnostic(_ folder: String, _ code: String, _ line: Int?, _ page: Int?) throws {
        let fixture = try #require(Fixture.all(in: Repo.fixture("bad/\(folder)")).first)
        let output = try Ingest.file(at: fixture.input)
        let diagnostic = try #require(output.diagnostics.first { $0.code == code })
        #expect(diagnostic.line == line && diagnostic.page == page)

        let run = try BadInputCLI.ingest(fixture.input)
        #expect(run.status == 0)
        #expect(run.outputFiles == [fixture.input.deletingPathExtension().lastPathComponent + ".json"])
        let written = try JSONValue.parse(Data(contentsOf: run.folder.appendingPathComponent(run.outputFiles[0])))
        #expect(JSONDiff.differences(expected: try JSONValue.parse(Data(contentsOf: fixture.expected)), actual: written).isEmpty)
    }

    /// `shiryo check` checks bad inputs too: refused with exactly their expected error.
    @Test func checkCommandReportsRefusals() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "bad/zero-pages/zero-pages.pdf", to: "Fixtures/zero-pages/zero-pages.pdf")
        try scratch.copy(fixture: "bad/zero-pages/expected-error.json", to: "Fixtures/zero-pages/expected-error.json")
        let passing = try CLI.run(["check", "Fixtures"], in: scratch.url)
        #expect(passing.status == 0)
        #expect(passing.stdout == "ok   zero-pages (refused: no-pages)\n1 fixture(s): 1 ok, 0 failed\n")

        try scratch.write(
            "{\"code\": \"no-pages\", \"message\": \"zero-pages.pdf: no pages\"}\n",
            to: "Fixtures/zero-pages/expected-error.json")
        let failing = try CLI.run(["check", "Fixtures"], in: scratch.url)
        #expect(failing.status == 1)
        #expect(
            failing.stdout == """
                FAIL zero-pages: expected no-pages: zero-pages.pdf: no pages
                  got      no-pages: zero-pages.pdf: the PDF has no pages
                1 fixture(s): 0 ok, 1 failed

                """)
    }

    @Test func encryptedPDFOpensWithItsPassword() throws {
        let output = try Ingest.file(at: Self.encrypted, options: IngestOptions(password: Self.encryptionPassword))
        let seed = try JSONValue.parse(Data(contentsOf: PDFPathTests.textExpected))
        #expect(
            JSONDiff.differences(
                expected: PDFPathTests.recordsWithoutProvenance(seed),
                actual: PDFPathTests.recordsWithoutProvenance(output.json)
            ).isEmpty)

        let run = try BadInputCLI.ingest(Self.encrypted, "--password", Self.encryptionPassword)
        #expect(run.status == 0)
        #expect(run.outputFiles == ["encrypted.json"])
    }

    @Test func encryptedPDFWithAWrongPasswordSaysSo() throws {
        #expect(throws: IngestError(file: "encrypted.pdf", problem: .encrypted(passwordGiven: true))) {
            try Ingest.file(at: Self.encrypted, options: IngestOptions(password: "wrong"))
        }
        let run = try BadInputCLI.ingest(Self.encrypted, "--password", "wrong")
        #expect(run.status == 1)
        #expect(run.stderr == "error[encrypted-pdf]: encrypted.pdf: the PDF password is wrong (--password)\n")
        #expect(run.outputFiles.isEmpty)
    }
}

/// `shiryo ingest <input> -o <fresh folder> …` and what it left in the folder.
enum BadInputCLI {
    struct Run {
        var status: Int32
        var stderr: String
        var folder: URL
        var outputFiles: [String]
    }

    /// Runs on a copy of `input` in a fresh folder, named without folders as a clerk would type it;
    /// `--quiet` leaves only errors on stderr.
    static func ingest(_ input: URL, _ arguments: String...) throws -> Run {
        let scratch = try Scratch()
        let name = input.lastPathComponent
        try FileManager.default.copyItem(at: input, to: scratch.path(name))
        let result = try CLI.run(["ingest", "--quiet", name, "-o", "out"] + arguments, in: scratch.url)
        let out = scratch.path("out")
        let files = FileManager.default.fileExists(atPath: out.path) ? scratch.files(under: "out") : []
        // The scratch folder goes with `scratch`: keep what the tests read.
        let kept = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-bad-\(UUID().uuidString)")
        if !files.isEmpty { try FileManager.default.copyItem(at: out, to: kept) }
        return Run(status: result.status, stderr: result.stderr, folder: kept, outputFiles: files)
    }
}
