import Foundation
import JSONEmission
import ShiryoCore

/// Writing results: a temporary file in the target folder, then a link or rename into place, so a reader never
/// sees half a file and two runs writing the same output cannot both think they won.
public enum OutputWriter {
    public enum WriteError: Error, LocalizedError, CodedError, Sendable, Hashable {
        /// A different file is there; it was kept.
        case exists(String)
        /// Something is there that was not checked (unreadable, a FIFO, a dangling symlink, a folder): `what`.
        case unchecked(String, what: String)
        case failed(String, String)

        public var code: String {
            switch self {
            case .exists: "output-exists"
            case .unchecked: "output-unchecked"
            case .failed: "output-not-written"
            }
        }

        public func message(_ language: Language) -> String {
            switch self {
            case .exists(let path): Catalogue.Outputs.exists(path).text(language)
            case .unchecked(let path, let what): Catalogue.Outputs.unchecked(path, what: what).text(language)
            case .failed(let path, let reason): Catalogue.Outputs.notWritten(path, reason: reason).text(language)
            }
        }

        public var errorDescription: String? { message(.english) }
    }

    /// What is at the output path now (a symlink is not followed to decide what it is).
    enum Existing {
        case nothing
        /// A regular file that can be read: compared with the new content.
        case file
        /// Not compared: `what` says why, for the message.
        case unchecked(what: String)
    }

    /// Writes `contents` to `url` atomically. Refuses to replace anything it did not read and find different
    /// unless `force`. Returns false when an identical file was already there.
    @discardableResult
    public static func write(_ contents: Data, to url: URL, force: Bool) throws(WriteError) -> Bool {
        try write(to: url, force: force) { $0.write(contents) }
    }

    /// Like `write(_:to:force:)` for an output made a piece at a time: `produce` hands its bytes to the sink
    /// and may be called more than once (to compare with a file already there, then to write).
    @discardableResult
    public static func write(to url: URL, force: Bool, producing produce: (OutputSink) -> Void) throws(WriteError) -> Bool {
        switch existing(at: url) {
        case .nothing: break
        case .file:
            if OutputSink.matches(url.path, produce) { return false }
            if !force { throw .exists(url.relativePath) }
        case .unchecked(let what):
            if !force { throw .unchecked(url.relativePath, what: what) }
        }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .failed(url.relativePath, FileProblem.describe(error))
        }
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
        do {
            return try InFlightFiles.shared.writing(temporary) { () throws(WriteError) -> Bool in
                defer { unlink(temporary.path) }  // after a link or a failure; gone already after a rename
                try create(temporary, reportingAs: url.relativePath, produce)
                return try place(temporary, at: url, produce, force: force)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw .failed(url.relativePath, Catalogue.Outputs.interruptedReason.text())
        }
    }

    /// Without `force`, `link` fails if anything appeared at `url` since it was checked: that file is then
    /// compared like one found at the start. With `force`, `rename` replaces whatever is there.
    static func place(_ temporary: URL, at url: URL, _ produce: (OutputSink) -> Void, force: Bool) throws(WriteError) -> Bool {
        if force {
            guard rename(temporary.path, url.path) == 0 else { throw .failed(url.relativePath, FileProblem.describe(errno: errno)) }
            return true
        }
        if link(temporary.path, url.path) == 0 { return true }
        let failure = errno
        guard failure == EEXIST else { throw .failed(url.relativePath, FileProblem.describe(errno: failure)) }
        switch existing(at: url) {  // another run won the race
        case .file where OutputSink.matches(url.path, produce): return false
        case .unchecked(let what): throw .unchecked(url.relativePath, what: what)
        default: throw .exists(url.relativePath)
        }
    }

    static func create(_ temporary: URL, reportingAs path: String, _ produce: (OutputSink) -> Void) throws(WriteError) {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .failed(path, FileProblem.describe(errno: errno)) }
        defer { close(descriptor) }
        let sink = OutputSink(.file(descriptor))
        produce(sink)
        sink.finish()
        if sink.failure != 0 { throw .failed(path, FileProblem.describe(errno: sink.failure)) }
    }

    static func existing(at url: URL) -> Existing {
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            return errno == ENOENT ? .nothing : .unchecked(what: "cannot be examined (\(FileProblem.describe(errno: errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            var target = stat()
            guard stat(url.path, &target) == 0 else { return .unchecked(what: "is a symbolic link to nothing") }
            guard target.st_mode & S_IFMT == S_IFREG else { return .unchecked(what: "is a symbolic link to something that is not a file") }
        case S_IFREG: break
        case S_IFIFO: return .unchecked(what: "is a named pipe (FIFO)")
        case S_IFDIR: return .unchecked(what: "is a folder")
        default: return .unchecked(what: "is not a regular file (a device or socket)")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unchecked(what: "cannot be read (\(FileProblem.describe(errno: errno)))") }
        close(descriptor)
        return .file
    }

    /// Longest file name most file systems take, bytes.
    static let maximumNameBytes = 255

    /// `.NAME.1a2b3c4d.tmp`, hidden and unique, with NAME shortened (at a character boundary) so the whole
    /// name stays within `maximumNameBytes`: an output named with 70 kanji is 215 bytes already.
    static func temporaryName(for name: String) -> String {
        let suffix = "." + String(UInt32.random(in: .min ... .max), radix: 16) + ".tmp"
        let room = maximumNameBytes - 1 - suffix.utf8.count
        var stem = ""
        for character in name {
            guard stem.utf8.count + character.utf8.count <= room else { break }
            stem.append(character)
        }
        return "." + stem + suffix
    }

    public static func json(_ output: ShiryoOutput) -> Data {
        Data(output.json.serialized().utf8)
    }

    /// `json(output)` written as it is made (`ShiryoOutput.streamJSON`).
    @discardableResult
    public static func writeJSON(_ output: ShiryoOutput, to url: URL, force: Bool) throws(WriteError) -> Bool {
        try write(to: url, force: force) { sink in output.streamJSON(sink.write) }
    }
}
