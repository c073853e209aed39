import Foundation

/// One file to ingest and where its output goes.
public struct BatchInput: Sendable, Hashable {
    public var url: URL
    /// The path as the user would write it (argument, or folder argument + path below it).
    public var displayPath: String
    /// Output path below the output folder, without extension: the input's name, preceded by its subfolders
    /// when it was found inside a folder argument (`令和5年度/` → `第1回/資料1`), so same-named files in
    /// different subfolders do not collide.
    public var outputStem: String
    /// `source.path` of the output: the path below the folder argument, or the file argument as given.
    public var sourcePath: String

    public init(url: URL, displayPath: String, outputStem: String, sourcePath: String? = nil) {
        self.url = url
        self.displayPath = displayPath
        self.outputStem = outputStem
        self.sourcePath = sourcePath ?? displayPath
    }

    /// A file given directly: its output is named after it, at the top of the output folder.
    public init(file path: String) {
        let url = URL(fileURLWithPath: path)
        self.init(url: url, displayPath: path, outputStem: url.deletingPathExtension().lastPathComponent, sourcePath: path)
    }
}

/// Turns the paths given on the command line into the list of files to ingest.
public enum InputDiscovery {
    public static let extensions: Set<String> = ["pdf", "txt"]

    public struct UsageError: Error, LocalizedError, Sendable {
        public var message: String
        public var errorDescription: String? { message }
    }

    /// Files are taken as given; folders are searched recursively for *.pdf and *.txt (hidden files skipped),
    /// each folder's files sorted by path. Order follows the arguments; a file named twice is ingested once.
    public static func inputs(for paths: [String]) throws(UsageError) -> [BatchInput] {
        var result: [BatchInput] = []
        var seen: Set<String> = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw UsageError(message: "\(path): no such file or folder; check the path")
            }
            let found = isFolder.boolValue ? files(in: path) : [BatchInput(file: path)]
            if found.isEmpty {
                throw UsageError(message: "\(path): the folder holds no .pdf or .txt files")
            }
            for input in found where seen.insert(input.url.standardizedFileURL.path).inserted {
                result.append(input)
            }
        }
        return namedByExtensionWhereStemsMeet(result)
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

    static func files(in folder: String) -> [BatchInput] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var relativePaths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard extensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            relativePaths.append(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent)
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return relativePaths
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { relative in
                BatchInput(url: root.appendingPathComponent(relative), displayPath: base + relative,
                           outputStem: (relative as NSString).deletingPathExtension, sourcePath: relative)
            }
    }
}
