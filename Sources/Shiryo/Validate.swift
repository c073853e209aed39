import Foundation
import JSONEmission
import ShiryoCore

/// `shiryo validate`: a JSON file against the schema of docs/FORMAT.md and the rules a schema cannot say.
public enum FileValidation {
    /// Each problem as one line naming the file and the JSON path: `bad.json: $.records[3].page: expected
    /// integer, found string`. Empty when the file is valid. `strict`: fields the schema does not list are
    /// problems too.
    public static func problems(in url: URL, named name: String, schema: JSONSchema, strict: Bool = false) -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return ["\(name): \(readProblem(url))"]
        }
        let parsed: JSONParser.Result
        do {
            parsed = try JSONParser.parse(data)
        } catch {
            return ["\(name): " + Catalogue.Validate.notJSON(error.errorDescription ?? "\(error)").text()]
        }
        // A key given twice: readers disagree on which value counts, so the file says two things.
        let duplicates = parsed.duplicateKeys.map {
            JSONViolation($0, "duplicate key (the object already has it; readers may keep either value)")
        }
        let violations = schema.violations(of: parsed.value, strict: strict)
        // The invariants assume the schema's shapes; on a malformed file they would only add noise.
        let found = violations.isEmpty ? FormatInvariants.violations(of: parsed.value) : violations
        return (duplicates + found).map { "\(name): \($0)" }
    }

    /// Why a path cannot be read, in words (never a Foundation error domain and number).
    static func readProblem(_ url: URL) -> String {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { return Catalogue.Validate.noSuchPath.text() }
        if isFolder.boolValue { return Catalogue.Validate.isAFolder.text() }
        if !manager.isReadableFile(atPath: url.path) { return Catalogue.Validate.permissionDenied.text() }
        return Catalogue.Validate.unreadable.text()
    }

    /// The JSON files named by `paths`: files as given, folders searched recursively for *.json (hidden files
    /// skipped, sorted by path). A path that does not exist, or a folder without JSON files, is a problem line.
    public static func files(for paths: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = [], problems: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append("\(path): \(Catalogue.Validate.noSuchPath)")
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let found = jsonFiles(in: path)
            if found.isEmpty { problems.append("\(path): \(Catalogue.Validate.noJSONFiles)") }
            files += found
        }
        return (files, problems)
    }

    static func jsonFiles(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "json",
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let path = url.standardizedFileURL.path
            found.append(base + (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent))
        }
        return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
