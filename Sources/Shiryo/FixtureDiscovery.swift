import Foundation
import JSONEmission

/// Fixture folders that cannot be checked as they are, so `shiryo check` fails instead of skipping them:
/// an expectation without an input, a misnamed expectation (`expected.jsn`), a malformed expected-error.json,
/// both expectations, several inputs beside one, or inputs with no expectation and no README.md saying
/// what they are for.
public enum FixtureDiscovery {
    static let expectations: Set<String> = ["expected.json", BadInputFixture.expectationFile]

    /// One line per problem: `<folder>: <what is wrong>`, folders relative to `root`, sorted.
    public static func problems(in root: URL) -> [String] {
        var problems: [String] = []
        for folder in folders(below: root) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            // The plan a fixture's input cites (`plan.pdf`) is no second input.
            let inputs = names.filter {
                Fixture.inputExtensions.contains(($0 as NSString).pathExtension.lowercased()) && $0 != Fixture.planFileName
            }
            let present = names.filter(expectations.contains)
            let shown = relative(folder, to: root)
            for name in names where name.lowercased().hasPrefix("expected") && !expectations.contains(name) {
                problems.append("\(shown): \(name) is not a fixture file; name it expected.json or \(BadInputFixture.expectationFile)")
            }
            if present.count == 2 { problems.append("\(shown): has both expected.json and \(BadInputFixture.expectationFile); keep one") }
            if !present.isEmpty && inputs.isEmpty { problems.append("\(shown): \(present[0]) has no input (.pdf or .txt) beside it") }
            if !present.isEmpty && inputs.count > 1 {
                problems.append("\(shown): several inputs (\(inputs.joined(separator: ", "))) beside \(present[0]); a fixture holds one")
            }
            if present.isEmpty && !inputs.isEmpty && !names.contains("README.md") {
                problems.append(
                    "\(shown): inputs without expected.json or \(BadInputFixture.expectationFile) (or a README.md saying what they are for)"
                )
            }
            if present.contains(BadInputFixture.expectationFile), let problem = malformedExpectedError(folder) {
                problems.append("\(shown): \(BadInputFixture.expectationFile) \(problem)")
            }
        }
        return problems
    }

    static func malformedExpectedError(_ folder: URL) -> String? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(BadInputFixture.expectationFile)) else {
            return "cannot be read"
        }
        guard let json = try? JSONValue.parse(data) else { return "is not valid JSON" }
        guard json["code"]?.stringValue != nil, json["message"]?.stringValue != nil else {
            return "needs a \"code\" and a \"message\" string"
        }
        return nil
    }

    /// `root` and every folder below it (hidden ones skipped).
    static func folders(below root: URL) -> [URL] {
        var result = [root]
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey],
            options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { result.append(url) }
        }
        return result.sorted { $0.path < $1.path }
    }

    static func relative(_ folder: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path, path = folder.standardizedFileURL.path
        guard path.hasPrefix(base) else { return folder.lastPathComponent }
        let rest = path.dropFirst(base.count).drop { $0 == "/" }
        return rest.isEmpty ? root.lastPathComponent : String(rest)
    }
}
