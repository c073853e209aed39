import Foundation
import JSONEmission
import PlanVerification
import ShiryoCore

/// A fixture folder: one input (.pdf or .txt) and the hand-checked `expected.json` beside it, and
/// optionally the plan the input cites (`plan.pdf`), checked against as `ingest --plan` does.
public struct Fixture: Sendable, Hashable, CustomStringConvertible {
    public var folder: URL
    public var input: URL
    public var expected: URL
    /// `plan.pdf` beside the input, if any.
    public var plan: URL?
    public static let planFileName = "plan.pdf"
    public var description: String { folder.lastPathComponent }

    /// What `ingest` reads from a folder.
    public static let inputExtensions = InputDiscovery.extensions

    /// All fixture folders below `root` (sorted by name); folders without expected.json are skipped.
    public static func all(in root: URL) -> [Fixture] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var fixtures: [Fixture] = []
        for case let url as URL in enumerator where url.lastPathComponent == "expected.json" {
            let folder = url.deletingLastPathComponent()
            guard let input = input(in: folder) else { continue }
            let plan = folder.appendingPathComponent(planFileName)
            fixtures.append(
                Fixture(
                    folder: folder, input: input, expected: url,
                    plan: FileManager.default.fileExists(atPath: plan.path) ? plan : nil))
        }
        return fixtures.sorted { $0.folder.path < $1.folder.path }
    }

    /// Folders below `root` holding one input and no expectation yet (nor a README.md saying what they are
    /// for): `check --update` writes their first expected.json.
    public static func new(in root: URL) -> [Fixture] {
        FixtureDiscovery.folders(below: root).compactMap { folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let inputs = names.filter { inputExtensions.contains(($0 as NSString).pathExtension.lowercased()) && $0 != planFileName }
            guard inputs.count == 1, !names.contains("README.md"),
                !names.contains(where: FixtureDiscovery.expectations.contains)
            else { return nil }
            let plan = folder.appendingPathComponent(planFileName)
            return Fixture(
                folder: folder, input: folder.appendingPathComponent(inputs[0]),
                expected: folder.appendingPathComponent("expected.json"),
                plan: FileManager.default.fileExists(atPath: plan.path) ? plan : nil)
        }
    }

    /// The input file of a fixture folder: the first .pdf or .txt by name, other than the plan.
    static func input(in folder: URL) -> URL? {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { inputExtensions.contains($0.pathExtension.lowercased()) && $0.lastPathComponent != planFileName }
            .min { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Ingests the input and compares it with expected.json, field by field.
    public func compare(options: IngestOptions = IngestOptions()) throws -> (actual: ShiryoOutput, differences: [JSONDifference]) {
        let actual = try Ingest.file(at: input, options: try withPlan(options))
        let expectedJSON = try JSONValue.parse(Data(contentsOf: expected))
        return (actual, JSONDiff.differences(expected: expectedJSON, actual: actual.json))
    }

    /// `options` with the fixture's plan read, when it has one.
    public func withPlan(_ options: IngestOptions) throws(IngestError) -> IngestOptions {
        guard let plan else { return options }
        var options = options
        options.plan = try PlanIndex.load(plan, password: options.password)
        return options
    }
}
