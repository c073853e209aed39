import Foundation
@testable import Shiryo
import Testing

/// Issue 15: outputs are never replaced unchecked, two runs cannot both win, temporary names fit, and no
/// temporary file survives a signal (SIGINT, SIGTERM, SIGHUP, SIGPIPE).
@Suite struct OutputSafetyTests {
    static let data = Data("{\"a\": 1}\n".utf8)

    @Test func fifoFolderAndDanglingLinkAreNotReplacedWithoutForce() throws {
        let scratch = try Scratch()
        #expect(mkfifo(scratch.path("pipe.json").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: scratch.path("folder.json"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling.json").path, withDestinationPath: "nowhere")
        let cases = [
            ("pipe.json", "is a named pipe (FIFO)"), ("folder.json", "is a folder"), ("dangling.json", "is a symbolic link to nothing"),
        ]
        for (name, what) in cases {
            do {
                try OutputWriter.write(Self.data, to: scratch.path(name), force: false)
                Issue.record("\(name) was replaced")
            } catch {
                #expect(error.localizedDescription.contains("already exists and \(what), so it was not replaced"))
            }
        }
        #expect(try OutputWriter.write(Self.data, to: scratch.path("dangling.json"), force: true))
        #expect(try scratch.data("dangling.json") == Self.data)
        #expect(scratch.files(under: ".").filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func unreadableOutputIsNotReplacedWithoutForce() throws {
        guard geteuid() != 0 else { return }  // root reads everything: nothing to test
        let scratch = try Scratch()
        let target = try scratch.write("old", to: "locked.json")
        chmod(target.path, 0)
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.write(Self.data, to: target, force: false) }
    }

    @Test func identicalOutputIsLeftAloneAndDifferentOneKept() throws {
        let scratch = try Scratch()
        let target = scratch.path("out/a.json")
        #expect(try OutputWriter.write(Self.data, to: target, force: false))
        #expect(try !OutputWriter.write(Self.data, to: target, force: false))
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.write(Data("other".utf8), to: target, force: false) }
        #expect(try scratch.data("out/a.json") == Self.data)
    }

    /// A stem of 70 kanji is 210 bytes; `.NAME.json.<UUID>.tmp` went past 255 ("The file name is invalid").
    @Test func temporaryNamesFitWithinTheLimit() throws {
        let stem = String(repeating: "資", count: 70)
        let name = OutputWriter.temporaryName(for: stem + ".json")
        #expect(name.utf8.count <= 255 && name.hasPrefix(".資") && name.hasSuffix(".tmp"))
        let scratch = try Scratch()
        #expect(try OutputWriter.write(Self.data, to: scratch.path(stem + ".json"), force: false))
        let long = String(repeating: "字", count: 84) + ".json"  // 257 bytes: the target itself cannot exist
        #expect(OutputWriter.temporaryName(for: long).utf8.count <= 255)
    }

    /// Two processes write different content to the same output at the same moment: exactly one wins,
    /// the other says the output exists, and the file is the winner's.
    @Test func concurrentRunsCannotBothWin() throws {
        for attempt in 0..<8 {
            let scratch = try Scratch()
            let first = try scratch.copy(fixture: Seed.text, to: "one/a.txt")
            // Same records, other bytes: the outputs differ in source.sha256.
            try scratch.write(try String(contentsOf: first, encoding: .utf8) + "\n", to: "two/a.txt")
            let runs = try ["one/a.txt", "two/a.txt"].map { try CLI.start(["ingest", "-q", $0, "-o", "out"], in: scratch.url) }
            for run in runs { run.0.waitUntilExit() }
            let statuses = runs.map { $0.0.terminationStatus }
            #expect(statuses.sorted() == [0, 1], "attempt \(attempt): \(statuses)")
            let loser = try #require(runs.first { $0.0.terminationStatus == 1 })
            #expect(try String(contentsOf: loser.stderr, encoding: .utf8).contains("already exists with different content"))
            let winner = statuses[0] == 0 ? "one/a.txt" : "two/a.txt"
            let expected = try Ingest.file(at: scratch.path(winner), path: winner)  // source.path as the CLI gives it
            #expect(try scratch.data("out/a.json") == OutputWriter.json(expected))
            #expect(scratch.files(under: "out") == ["a.json"])
        }
    }

    /// `shiryo ingest … 2>&1 | head -1`: the reader goes away; the run stops like on Ctrl-C (130) and leaves
    /// no temporary file (it used to die of SIGPIPE, a .tmp left behind in 10 of 12 tries).
    @Test func closedPipeStopsCleanly() throws {
        let scratch = try Scratch()
        for index in 0..<6 { try scratch.copy(fixture: Seed.text, to: "in/\(index).txt") }
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", "in", "-o", "out", "--jobs", "1"]
        process.currentDirectoryURL = scratch.url
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try pipe.fileHandleForReading.close()  // nobody reads: the first progress line gets EPIPE
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        let left = FileManager.default.fileExists(atPath: scratch.path("out").path) ? scratch.files(under: "out") : []
        #expect(left.allSatisfy { $0.hasSuffix(".json") }, "\(left)")
    }

    /// SIGHUP (terminal closed) and an early SIGTERM are handled like Ctrl-C: 130, not 129 or 143.
    @Test(arguments: [SIGHUP, SIGTERM, SIGINT])
    func signalsExitWith130(_ signal: Int32) throws {
        let scratch = try Scratch()
        for index in 0..<40 { try scratch.copy(fixture: Seed.pdf, to: "in/\(index).pdf") }
        let (process, _, _) = try CLI.start(["ingest", "in", "-o", "out", "-q"], in: scratch.url)
        usleep(300_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        let left = FileManager.default.fileExists(atPath: scratch.path("out").path) ? scratch.files(under: "out") : []
        #expect(left.allSatisfy { !$0.hasSuffix(".tmp") }, "\(left)")
    }
}
