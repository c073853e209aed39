import Foundation
import JSONEmission

/// Runs the built `shiryo` executable, found beside the test executable in the build products folder
/// (`swift build --build-tests` builds both).
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
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
    static func environment(_ changes: [String: String?] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "NO_COLOR"] { environment[name] = nil }
        environment["LANG"] = "C"
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    static func start(_ arguments: [String], in folder: URL,
                      environment: [String: String] = environment()) throws -> (Process, stdout: URL, stderr: URL) {
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
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = environment()) throws -> Result {
        let (process, out, err) = try start(arguments, in: folder, environment: environment)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: out, encoding: .utf8),
                      stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// A fresh folder per test, removed afterwards.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Copies a repository file (relative to Fixtures/) to `relative` inside the scratch folder.
    @discardableResult
    func copy(fixture: String, to relative: String) throws -> URL {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.fixture(fixture), to: target)
        return target
    }

    @discardableResult
    func write(_ text: String, to relative: String) throws -> URL {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    /// Every file below `relative` (hidden ones included), as relative paths, sorted.
    func files(under relative: String) -> [String] {
        let root = path(relative).resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let item = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + item, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(item)
            }
        }
        return found.sorted()
    }

    func data(_ relative: String) throws -> Data { try Data(contentsOf: path(relative)) }
}

enum Seed {
    static let text = "hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt"
    static let pdf = "hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf"
    static let textExpected = "hiratsuka-h30-text/expected.json"
}

/// Edits a JSON tree at a path of keys and indices, for building broken documents.
enum JSONEdit {
    enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// Sets (or with nil, removes) the value at `path`.
    static func set(_ value: JSONValue?, at path: [Step], in tree: JSONValue) -> JSONValue {
        guard let step = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch (step, tree) {
        case (.key(let key), .object(var members)):
            members[key] = rest.isEmpty ? value : set(value, at: rest, in: members[key] ?? .null)
            return .object(members)
        case (.index(let index), .array(var items)):
            if rest.isEmpty, value == nil { items.remove(at: index) } else {
                items[index] = rest.isEmpty ? value! : set(value, at: rest, in: items[index])
            }
            return .array(items)
        default:
            return tree
        }
    }
}
