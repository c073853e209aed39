import Foundation
import ShiryoCore

/// One file to ingest and where its output goes.
public struct BatchInput: Sendable, Hashable {
    public var url: URL
    /// The path as the user would write it (argument, or folder argument + path below it).
    public var displayPath: String
    /// Output path below the output folder, without extension: the input's name, preceded by its subfolders
    /// when it was found inside a folder argument (`令和5年度/` → `第1回/資料1`), so same-named files in
    /// different subfolders do not collide.
    public var outputStem: String
    /// Found by searching a folder argument rather than named: such a file without a table is skipped.
    public var foundInFolder: Bool
    /// `source.path` of the output: the path below the folder argument, or the file argument as given.
    public var sourcePath: String

    public init(url: URL, displayPath: String, outputStem: String, sourcePath: String? = nil, foundInFolder: Bool = false) {
        self.url = url
        self.displayPath = displayPath
        self.outputStem = outputStem
        self.sourcePath = sourcePath ?? displayPath
        self.foundInFolder = foundInFolder
    }

    /// A file given directly: its output is named after it, at the top of the output folder.
    public init(file path: String) {
        let url = URL(fileURLWithPath: path)
        self.init(
            url: url, displayPath: path.escapingControlCharacters, outputStem: url.deletingPathExtension().lastPathComponent,
            sourcePath: path)
    }
}

/// Turns the paths given on the command line into the list of files to ingest.
public enum InputDiscovery {
    public static let extensions: Set<String> = ["pdf", "txt"]

    /// A command line that cannot be right (an empty path): a usage error, exit 2.
    public struct UsageError: Error, LocalizedError, Sendable {
        public var message: String
        public var errorDescription: String? { message }
    }

    /// A command-line path that gives nothing to ingest: reported as an error of its own, while the other
    /// paths are still ingested (one mistyped path must not cost the whole batch).
    public struct Refusal: Error, LocalizedError, CodedError, Sendable, Hashable {
        public enum Reason: String, Sendable, Hashable {
            case missing = "no-such-path"
            case emptyFolder = "empty-folder"
            case unsupported = "unsupported-input"
        }

        public var path: String
        public var reason: Reason
        public var code: String { reason.rawValue }

        public func message(_ language: Language) -> String {
            switch reason {
            case .missing: Catalogue.Paths.missing(path).text(language)
            case .emptyFolder: Catalogue.Paths.emptyFolder(path).text(language)
            case .unsupported: Catalogue.Paths.unsupported(path).text(language)
            }
        }

        public var errorDescription: String? { message(.english) }
    }

    /// The files to ingest and what was left out on the way, so nothing is lost without a word.
    public struct Discovery: Sendable {
        public var inputs: [BatchInput]
        /// Entries of folder arguments left out (names that are not UTF-8, links already followed, special files).
        public var skipped: [FolderWalk.Skipped]
        /// Command-line paths that give nothing to ingest, each an error of its own.
        public var refused: [Refusal]
    }

    /// Files are taken as given (a file that is not a .pdf or .txt is refused: a README.md named by mistake
    /// must not be parsed as a table); folders are searched recursively for *.pdf and *.txt (hidden files
    /// skipped, symbolic links followed once), each folder's files sorted by path. Order follows the
    /// arguments; a file named twice is ingested once.
    public static func discover(_ paths: [String]) throws(UsageError) -> Discovery {
        var result: [BatchInput] = []
        var skipped: [FolderWalk.Skipped] = []
        var refused: [Refusal] = []
        var seen: Set<String> = []
        for path in paths {
            let shown = path.escapingControlCharacters
            guard !path.isEmpty else { throw UsageError(message: "an empty path was given; name a file or folder") }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                refused.append(Refusal(path: path, reason: .missing))
                continue
            }
            if !isFolder.boolValue && !extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
                refused.append(Refusal(path: path, reason: .unsupported))
                continue
            }
            var found = [BatchInput(file: path)]
            if isFolder.boolValue {
                let walk = FolderWalk(root: path)
                found = walk.inputs.map { input in
                    var input = input
                    input.foundInFolder = true
                    return input
                }
                skipped += walk.skipped
                if found.isEmpty && walk.skipped.isEmpty { refused.append(Refusal(path: path, reason: .emptyFolder)) }
            }
            for input in found where seen.insert(input.url.standardizedFileURL.path).inserted {
                result.append(input)
            }
        }
        return Discovery(inputs: namedByExtensionWhereStemsMeet(result), skipped: skipped, refused: refused)
    }

    /// A PDF and its text export side by side (`x.pdf`, `x.txt`) would both write `x.json`: such inputs keep
    /// their extension in the output name (`x.pdf.json`, `x.txt.json`), so both are ingested. Inputs that still
    /// share a name (same name and extension, given from different folders) are refused by the batch.
    static func namedByExtensionWhereStemsMeet(_ inputs: [BatchInput]) -> [BatchInput] {
        let extensionsByStem = Dictionary(grouping: inputs, by: \.outputStem)
            .mapValues { Set($0.map { $0.url.pathExtension.lowercased() }) }
        return inputs.map { input in
            guard (extensionsByStem[input.outputStem]?.count ?? 0) > 1 else { return input }
            var renamed = input
            renamed.outputStem += "." + input.url.pathExtension.lowercased()
            return renamed
        }
    }
}
