import Foundation
import ShiryoCore

/// The .pdf and .txt files below a folder, read with `readdir` so that every entry is seen as it is: a name
/// that is not UTF-8, a folder that cannot be opened, a named pipe or a dangling link is reported, never
/// dropped without a word. Symbolic links are followed (a symlinked folder argument too); a folder reached
/// again through a link is not walked twice, so link loops end.
public struct FolderWalk: Sendable {
    public struct Skipped: Sendable, Hashable, CustomStringConvertible {
        /// As the user would write it (folder argument + path below it), control characters escaped.
        public var path: String
        public var reason: String
        /// Whether a file may have been left out (false: only a link loop, whose files were reached anyway).
        public var losesFiles: Bool
        public var description: String { "\(path): \(reason)" }
    }

    public private(set) var inputs: [BatchInput] = []
    public private(set) var skipped: [Skipped] = []
    private var visitedFolders: Set<FileIdentity> = []
    private var seenFiles: Set<FileIdentity> = []
    private let root: URL
    private let base: String

    public init(root path: String) {
        root = URL(fileURLWithPath: path).standardizedFileURL
        base = path.hasSuffix("/") ? path : path + "/"
        if let identity = FileIdentity(path: root.path) { visitedFolders.insert(identity) }
        walk(root.path, relative: "")
        // In path order as a whole (a folder's files after "a b.pdf" when the folder is "a/"), as listed before.
        inputs.sort { $0.url.path.unicodeScalars.lexicographicallyPrecedes($1.url.path.unicodeScalars) }
    }

    private mutating func walk(_ folder: String, relative: String) {
        guard let names = Self.entries(of: folder) else {
            let reason = "this folder cannot be read (\(FileProblem.describe(errno: errno))); the files in it were not ingested"
            skipped.append(Skipped(path: shown(relative), reason: reason, losesFiles: true))
            return
        }
        for raw in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) where raw.first != UInt8(ascii: ".") {
            guard let name = String(validating: raw, as: UTF8.self) else {
                let escaped = raw.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
                skipped.append(
                    Skipped(
                        path: shown(relative + escaped),
                        reason: "the name is not valid UTF-8, so it was not ingested; rename it", losesFiles: true))
                continue
            }
            visit(folder + "/" + name, relative: relative + name)
        }
    }

    private mutating func visit(_ path: String, relative: String) {
        var status = stat()
        guard stat(path, &status) == 0 else {  // lstat succeeded (readdir listed it): a link to nothing
            if isCandidate(relative) || isLink(path) {
                skipped.append(
                    Skipped(
                        path: shown(relative),
                        reason: "a symbolic link to nothing (\(FileProblem.describe(errno: errno))); it was not ingested", losesFiles: true)
                )
            }
            return
        }
        let identity = FileIdentity(status)
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard visitedFolders.insert(identity).inserted else {
                skipped.append(
                    Skipped(
                        path: shown(relative), reason: "a symbolic link to a folder already searched; not searched again", losesFiles: false
                    ))
                return
            }
            walk(path, relative: relative + "/")
        case S_IFREG:
            guard isCandidate(relative), seenFiles.insert(identity).inserted else { return }
            inputs.append(
                BatchInput(
                    url: root.appendingPathComponent(relative), displayPath: shown(relative),
                    outputStem: (relative as NSString).deletingPathExtension, sourcePath: relative))
        default:
            if isCandidate(relative) {
                let kind = FileProblem.specialKind(at: path) ?? "not a regular file"
                skipped.append(
                    Skipped(path: shown(relative), reason: "it is \(kind), not a regular file; it was not ingested", losesFiles: true))
            }
        }
    }

    private func isCandidate(_ relative: String) -> Bool {
        InputDiscovery.extensions.contains((relative as NSString).pathExtension.lowercased())
    }

    private func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    private func shown(_ relative: String) -> String { (base + relative).escapingControlCharacters }

    /// The raw names in `folder` (bytes, as the file system holds them), or nil when it cannot be opened.
    static func entries(of folder: String) -> [[UInt8]]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }
}

/// A file or folder by device and inode: the same one reached through different paths.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
