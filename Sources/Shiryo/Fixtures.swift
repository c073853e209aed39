import Foundation
import JSONEmission
import ShiryoCore

/// A fixture folder: one input (.pdf or .txt) and the hand-checked `expected.json` beside it.
public struct Fixture: Sendable, Hashable, CustomStringConvertible {
    public var folder: URL
    public var input: URL
    public var expected: URL
    public var description: String { folder.lastPathComponent }

    public static let inputExtensions: Set<String> = ["pdf", "txt"]

    /// All fixture folders below `root` (sorted by name); folders without expected.json are skipped.
    public static func all(in root: URL) -> [Fixture] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var fixtures: [Fixture] = []
        for case let url as URL in enumerator where url.lastPathComponent == "expected.json" {
            let folder = url.deletingLastPathComponent()
            let inputs = ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { inputExtensions.contains($0.pathExtension.lowercased()) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            if let input = inputs.first { fixtures.append(Fixture(folder: folder, input: input, expected: url)) }
        }
        return fixtures.sorted { $0.folder.path < $1.folder.path }
    }

    /// Ingests the input and compares it with expected.json, field by field.
    public func compare(options: IngestOptions = IngestOptions()) throws -> (actual: ShiryoOutput, differences: [JSONDifference]) {
        let actual = try Ingest.file(at: input, options: options)
        let expectedJSON = try JSONValue.parse(Data(contentsOf: expected))
        return (actual, JSONDiff.differences(expected: expectedJSON, actual: actual.json))
    }
}
