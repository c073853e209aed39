import Foundation
@testable import JapaneseText
import Shiryo
import ShiryoCore
import Testing

/// Issue 15: folder walking says what it skipped, odd arguments are usage errors, every message is one
/// line with control characters escaped and no raw Foundation error text.
@Suite struct CLIRobustnessTests {
    @Test func folderWalkReportsWhatItSkipsAndFollowsLinksOnce() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "tree/sub/b.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: scratch.path("tree/sub/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: scratch.path("tree/dangling.txt").path, withDestinationPath: "nothing.txt")
        try manager.createSymbolicLink(atPath: scratch.path("linked").path, withDestinationPath: "tree")
        #expect(mkfifo(scratch.path("tree/pipe.txt").path, 0o644) == 0)
        // A name that is not UTF-8 (a Shift_JIS name copied from an old share): made with the raw bytes.
        let raw = Array((scratch.url.path + "/tree/bad").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
        }
        #expect(descriptor >= 0)
        close(descriptor)

        let run = try CLI.run(["ingest", "linked", "-o", "out"], in: scratch.url)
        #expect(run.status == 1, "a file left out fails the run")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.contains("error: linked/bad\\xFF.txt: the name is not valid UTF-8, so it was not ingested; rename it"))
        #expect(lines.contains("error: linked/dangling.txt: a symbolic link to nothing (no such file or folder); it was not ingested"))
        #expect(lines.contains("error: linked/pipe.txt: it is a named pipe (FIFO), not a regular file; it was not ingested"))
        #expect(lines.contains("note: linked/sub/loop: a symbolic link to a folder already searched; not searched again"))
        #expect(scratch.files(under: "out") == ["sub/b.json"], "the symlinked folder argument is searched")
    }

    @Test func namesWithControlCharactersAreEscaped() throws {
        let scratch = try Scratch()
        try scratch.write("", to: "in/esc\u{1B}[31m\nx.txt")
        let run = try CLI.run(["ingest", "in", "-o", "out"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[empty-file]: in/esc\\u{1B}[31m\\nx.txt: the file is empty\n"))
        #expect(!run.stderr.contains("\u{1B}"))
    }

    @Test func oddArgumentsAreUsageErrors() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "-dash.txt")
        let dash = try CLI.run(["ingest", "-dash.txt"], in: scratch.url)
        #expect(dash.status == 2)
        #expect(
            dash.stderr
                == "Error: unknown option '-dash.txt'; to name a file that starts with '-', put it after --: shiryo ingest -- -dash.txt\n")
        let emptyOutput = try CLI.run(["ingest", "-o", "", "--", "-dash.txt"], in: scratch.url)
        #expect(emptyOutput.status == 2 && emptyOutput.stderr.contains("--output must name a folder"))
        let afterDashes = try CLI.run(["ingest", "-q", "-o", "out", "--", "-dash.txt"], in: scratch.url)
        #expect(afterDashes.status == 0, "\(afterDashes.stderr)")
        #expect(scratch.files(under: "out") == ["-dash.json"])
        let password = try CLI.run(["ingest", "-q", "--password=-secret-", "-o", "out2", "--", "-dash.txt"], in: scratch.url)
        #expect(password.status == 0, "a value starting with '-' is a value: \(password.stderr)")
    }

    @Test func fifoInputIsAOneLineError() throws {
        let scratch = try Scratch()
        #expect(mkfifo(scratch.path("pipe.txt").path, 0o644) == 0)
        let run = try CLI.run(["ingest", "pipe.txt", "-o", "out", "-q"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.stderr == "error[unreadable-file]: pipe.txt: the file cannot be read (it is a named pipe (FIFO), not a regular file)\n")
    }

    @Test func foundationErrorsAreWordsNotCodes() throws {
        let noFile = CocoaError(.fileReadNoSuchFile, userInfo: [:])
        #expect(FileProblem.describe(noFile) == "no such file or folder")
        let wrapped = NSError(
            domain: NSCocoaErrorDomain, code: 512,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(FileProblem.describe(wrapped) == "the disk is full")
        #expect(!FileProblem.describe(NSError(domain: NSCocoaErrorDomain, code: 256)).contains("NSCocoaErrorDomain"))
        // Writing into a read-only place: the message names the cause.
        let scratch = try Scratch()
        try scratch.write("x", to: "file")
        do {
            try OutputWriter.write(Data("y".utf8), to: scratch.path("file/sub/a.json"), force: false)
            Issue.record("written below a file")
        } catch {
            #expect(!error.localizedDescription.contains("NSCocoaErrorDomain"))
            #expect(!error.localizedDescription.contains("\n"))
        }
    }

    /// UTF-16: the line of a bad unit counts U+000A units; a 0x0A byte inside 「ਊ」 (U+0A0A) or 「上」 is none.
    @Test func utf16LineNumbersCountCharacters() {
        var bytes: [UInt8] = []
        for scalar in "ਊ上\n二\n".unicodeScalars { bytes += [UInt8(scalar.value & 0xFF), UInt8(scalar.value >> 8)] }
        #expect(TextDecoding.lineNumber(ofByte: bytes.count, in: bytes, charset: "UTF-16LE") == 3)
        #expect(TextDecoding.lineNumber(ofByte: 4, in: bytes, charset: "UTF-16LE") == 1)
        #expect(TextDecoding.lineNumber(ofByte: bytes.count, in: bytes) == 6, "counting bytes: the old answer")
    }

    @Test func controlCharactersAreEscapedInNames() {
        #expect("a\nb\u{1B}[0m\tc\u{7F}".escapingControlCharacters == "a\\nb\\u{1B}[0m\\tc\\u{7F}")
        #expect("資料1.pdf".escapingControlCharacters == "資料1.pdf")
        #expect(IngestError(file: "x\ny.pdf", problem: .empty).localizedDescription == "x\\ny.pdf: the file is empty")
    }
}
