import Foundation
import JSONEmission
import Testing

/// The `shiryo` executable end to end: exit codes, outputs, overwrite protection, parallel runs, interrupts.
@Suite struct CLITests {
    @Test func binaryIsBuilt() {
        #expect(
            FileManager.default.isExecutableFile(atPath: CLI.binary.path),
            "build it with `swift build --build-tests`; looked at \(CLI.binary.path)")
    }

    @Test func ingestWritesTheFixtureJSONNamedAfterTheInput() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "in/h30.txt")
        let result = try CLI.run(["ingest", "in/h30.txt"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(scratch.files(under: "Output") == ["h30.json"])
        let written = try JSONValue.parse(scratch.data("Output/h30.json"))
        var expected = try JSONValue.parse(Data(contentsOf: Repo.fixture(Seed.textExpected)))
        expected = JSONEdit.set(.string("h30.txt"), at: [.key("source"), .key("file")], in: expected)
        expected = JSONEdit.set(.string("in/h30.txt"), at: [.key("source"), .key("path")], in: expected)  // as given
        #expect(JSONDiff.differences(expected: expected, actual: written) == [])
        // Not a terminal: plain progress lines and the summary.
        #expect(result.stderr.contains("[1/1] in/h30.txt: 10 record(s), 2 warning(s) → Output/h30.json"))
        #expect(result.stderr.hasSuffix("1 file(s): 0 ok, 1 with warnings, 0 failed; 10 record(s) written to Output\n"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        let result = try CLI.run(["ingest", "--quiet", "--output", "out", "a.txt"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(scratch.files(under: "out") == ["a.json"])
    }

    static let usageErrors: [[String]] = [
        ["ingest", "--jobs", "0", "a.txt"],
        ["ingest", "--format", "xml", "a.txt"],
        ["ingest", "--no-such-option", "a.txt"],
        ["validate"],
        ["check", "empty-folder"],
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        try FileManager.default.createDirectory(at: scratch.path("empty-folder"), withIntermediateDirectories: true)
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Error:"))
        #expect(scratch.files(under: "Output").isEmpty)
    }

    @Test(arguments: [["--help"], ["ingest", "--help"], ["check", "--help"], ["validate", "--help"]])
    func helpShowsExamplesAndExitsZero(_ arguments: [String]) throws {
        let scratch = try Scratch()
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes"))
        if arguments.count > 1 { #expect(result.stdout.contains("Examples:")) }
    }

    @Test func existingDifferentOutputIsKeptUnlessForced() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        #expect(try CLI.run(["ingest", "a.txt"], in: scratch.url).status == 0)
        let original = try scratch.data("Output/a.json")

        // Same content again: nothing to overwrite, success.
        let again = try CLI.run(["ingest", "a.txt"], in: scratch.url)
        #expect(again.status == 0)
        #expect(again.stderr.contains("unchanged"))

        try scratch.write("{\"edited\": true}\n", to: "Output/a.json")
        let refused = try CLI.run(["ingest", "a.txt"], in: scratch.url)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "error[output-exists]: a.txt: Output/a.json already exists with different content; to overwrite it, allow replacing outputs (--force)"
            ))
        #expect(try scratch.data("Output/a.json") == Data("{\"edited\": true}\n".utf8))

        let forced = try CLI.run(["ingest", "--force", "a.txt"], in: scratch.url)
        #expect(forced.status == 0)
        #expect(try scratch.data("Output/a.json") == original)
        #expect(scratch.files(under: "Output") == ["a.json"], "no temporary files left")
    }

    @Test func folderMixingGoodAndBadInputsWritesTheGoodOnesAndExitsOne() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "資料/good.txt")
        try scratch.copy(fixture: Seed.pdf, to: "資料/第2回/good.pdf")
        try scratch.write("", to: "資料/empty.txt")
        try scratch.write("これは表ではありません。\n", to: "資料/第2回/prose.txt")
        try scratch.write("not a pdf at all", to: "資料/broken.pdf")
        try scratch.write("ignored: not .pdf or .txt", to: "資料/notes.md")

        let result = try CLI.run(["ingest", "資料"], in: scratch.url)
        #expect(result.status == 1)
        #expect(scratch.files(under: "Output") == ["good.json", "第2回/good.json"])
        #expect(result.stderr.contains("error[empty-file]: 資料/empty.txt: the file is empty"))
        #expect(result.stderr.contains("error[not-a-pdf]: 資料/broken.pdf: "))
        // Prose found in a folder is no table: skipped in one line, not a failure.
        #expect(result.stderr.contains("skipped: 資料/第2回/prose.txt: no numbered table (not a table document?)\n"))
        #expect(
            result.stderr.hasSuffix("5 file(s): 1 ok, 1 with warnings, 2 failed, 1 skipped (no table); 20 record(s) written to Output\n"))
        let pdfOutput = try JSONValue.parse(scratch.data("Output/第2回/good.json"))
        #expect(pdfOutput["records"]?.arrayValue?.count == 10)
        #expect(pdfOutput["source"]?["format"] == .string("pdf"))
    }

    @Test func inputsThatWouldShareAnOutputAreRefused() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a/資料1.txt")
        try scratch.copy(fixture: Seed.text, to: "b/資料1.txt")
        try scratch.copy(fixture: Seed.text, to: "c.txt")
        let result = try CLI.run(["ingest", "a/資料1.txt", "b/資料1.txt", "c.txt"], in: scratch.url)
        #expect(result.status == 1)
        #expect(scratch.files(under: "Output") == ["c.json"])
        #expect(result.stderr.contains("error[shared-output]: a/資料1.txt: its output Output/資料1.json would also be written by b/資料1.txt"))
        #expect(result.stderr.contains("error[shared-output]: b/資料1.txt: its output Output/資料1.json would also be written by a/資料1.txt"))
    }

    @Test func aPDFAndItsTextExportKeepTheirExtensionsInTheOutputNames() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "資料/資料1.pdf")
        try scratch.copy(fixture: Seed.text, to: "資料/資料1.txt")
        try scratch.copy(fixture: Seed.text, to: "資料/資料2.txt")
        let result = try CLI.run(["ingest", "資料"], in: scratch.url)
        #expect(result.status == 0)
        #expect(scratch.files(under: "Output") == ["資料1.pdf.json", "資料1.txt.json", "資料2.json"])
        let fromPDF = try JSONValue.parse(scratch.data("Output/資料1.pdf.json"))
        #expect(fromPDF["source"]?["format"] == .string("pdf"))
    }

    @Test(arguments: ["json", "ndjson", "csv"])
    func parallelOutputIsByteIdenticalToSerial(_ format: String) throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "in/p1.pdf")
        try scratch.copy(fixture: Seed.pdf, to: "in/sub/p2.pdf")
        for name in ["t1", "t2", "sub/t3", "sub/deeper/t4"] { try scratch.copy(fixture: Seed.text, to: "in/\(name).txt") }
        let serial = try CLI.run(["ingest", "-q", "--jobs", "1", "--format", format, "-o", "serial", "in"], in: scratch.url)
        let parallel = try CLI.run(["ingest", "-q", "--jobs", "4", "--format", format, "-o", "parallel", "in"], in: scratch.url)
        #expect(serial.status == 0 && parallel.status == 0)
        let names = scratch.files(under: "serial")
        #expect(names.count == 6)
        #expect(names.allSatisfy { $0.hasSuffix("." + format) })
        #expect(scratch.files(under: "parallel") == names)
        for name in names {
            #expect(try scratch.data("serial/" + name) == scratch.data("parallel/" + name), "\(name)")
        }
    }

    @Test func interruptStopsWithoutPartialOrTemporaryFiles() throws {
        let scratch = try Scratch()
        let count = 30
        for index in 1...count { try scratch.copy(fixture: Seed.pdf, to: "in/p\(index).pdf") }
        let (process, _, _) = try CLI.start(["ingest", "--jobs", "2", "-q", "in"], in: scratch.url)
        // Wait until outputs start to appear, so the interrupt lands in the middle of the batch.
        let deadline = Date().addingTimeInterval(60)
        while scratch.files(under: "Output").isEmpty && Date() < deadline { usleep(20_000) }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        let written = scratch.files(under: "Output")
        #expect(!written.isEmpty && written.count < count, "\(written.count) outputs")
        for name in written {
            #expect(name.hasSuffix(".json") && !name.hasPrefix("."), "left behind: \(name)")
            let json = try JSONValue.parse(scratch.data("Output/" + name))
            #expect(json["records"]?.arrayValue?.count == 10, "\(name) is complete")
        }
    }
}
