import Foundation
import JSONEmission
import ShiryoCore
import TableParsing

/// A bad-input fixture: a folder with one input that must be refused, and `expected-error.json`
/// (`{"code": …, "message": …}`) beside it. Recovered bad inputs have an `expected.json` instead and
/// are ordinary `Fixture`s, so the golden test checks their records and diagnostics.
public struct BadInputFixture: Sendable, Hashable, CustomStringConvertible {
    public static let expectationFile = "expected-error.json"
    /// Stands for the list of known column headers in a message, which grows with the vocabulary.
    public static let knownHeadersPlaceholder = "{known-headers}"

    public var folder: URL
    public var input: URL
    public var code: String
    public var message: String
    public var description: String { folder.lastPathComponent }

    /// All folders below `root` holding expected-error.json and one input file, sorted by path.
    public static func all(in root: URL) -> [BadInputFixture] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var result: [BadInputFixture] = []
        for case let url as URL in enumerator where url.lastPathComponent == expectationFile {
            let folder = url.deletingLastPathComponent()
            guard let input = Fixture.input(in: folder), let data = try? Data(contentsOf: url),
                let json = try? JSONValue.parse(data),
                let code = json["code"]?.stringValue, let message = json["message"]?.stringValue
            else { continue }
            let expanded = message.replacingOccurrences(
                of: knownHeadersPlaceholder, with: ColumnVocabulary.allNames.joined(separator: ", "))
            result.append(BadInputFixture(folder: folder, input: input, code: code, message: expanded))
        }
        return result.sorted { $0.folder.path < $1.folder.path }
    }
}

extension BadInputFixture {
    /// `shiryo check` for a bad input: it must still be refused with exactly the expected error.
    public struct Check: Sendable {
        public var fixture: BadInputFixture
        /// What happened instead, when it was not the expected error.
        public var mismatch: String?
        public var passed: Bool { mismatch == nil }

        public var report: String {
            guard let mismatch else { return "ok   \(fixture) (refused: \(fixture.code))" }
            return "FAIL \(fixture): \(mismatch)"
        }
    }

    public func check() -> Check {
        do {
            let output = try Ingest.file(at: input)
            return Check(fixture: self, mismatch: "was ingested (\(output.records.count) records) but must be refused with \(code)")
        } catch {
            if error.code == code, error.localizedDescription == message { return Check(fixture: self) }
            return Check(fixture: self, mismatch: "expected \(code): \(message)\n  got      \(error.code): \(error.localizedDescription)")
        }
    }
}
