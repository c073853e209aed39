import Foundation
import JSONEmission

/// Runs the built `shiryo` executable, found beside the test executable in the build products folder
/// (`swift build --build-tests` builds both).
public enum CLI {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static let binary: URL = {
        let starts = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for start in starts {
            var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {  // Linux: beside the test executable; macOS: above the .xctest bundle
                let candidate = folder.appendingPathComponent("shiryo")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        return Repo.root.appendingPathComponent(".build/debug/shiryo")
    }()

    /// Starts shiryo with `arguments` in `folder`; output goes to files so a full pipe can never block it.
    /// The test's environment in the English locale (messages asserted in English whatever the machine
    /// says), with `changes` applied (nil removes a variable).
    public static func environment(_ changes: [String: String?] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "NO_COLOR"] { environment[name] = nil }
        environment["LANG"] = "C"
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    public static func start(
        _ arguments: [String], in folder: URL,
        environment: [String: String] = environment()
    ) throws -> (Process, stdout: URL, stderr: URL) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    @discardableResult
    public static func run(_ arguments: [String], in folder: URL, environment: [String: String] = environment()) throws -> Result {
        let (process, out, err) = try start(arguments, in: folder, environment: environment)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
