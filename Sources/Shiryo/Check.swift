import Foundation
import JSONEmission
import ShiryoCore

/// `shiryo check`: each fixture re-ingested and compared with its expected.json.
public struct FixtureCheck: Sendable {
    public var fixture: Fixture
    public var expected: JSONValue?
    public var differences: [JSONDifference]
    /// Why the fixture could not be checked (input failed, expected.json unreadable).
    public var failure: String?
    /// expected.json was rewritten (`--update`).
    public var updated = false
    /// expected.json did not exist and was written (`--update` on a new fixture folder): records written.
    public var created: Int?
    /// Whether everything printed in the input ended up in a record or a diagnostic.
    public var coverage: CoverageReport?

    public var passed: Bool {
        failure == nil && (differences.isEmpty || updated) && (coverage?.isComplete ?? true)
    }

    /// Re-ingests `fixture`; with `update`, rewrites expected.json when it differs.
    public static func run(_ fixture: Fixture, update: Bool, options: IngestOptions = IngestOptions()) -> FixtureCheck {
        // The input is read once: the coverage check needs its bytes too.
        let bytes: [UInt8], actual: ShiryoOutput
        do {
            let options = try fixture.withPlan(options)
            bytes = try Ingest.read(fixture.input)
            actual = try Ingest.bytes(bytes, name: fixture.input.lastPathComponent, options: options)
        } catch {
            return FixtureCheck(fixture: fixture, differences: [], failure: error.localizedDescription)
        }
        let expected = try? JSONValue.parse(Data(contentsOf: fixture.expected))
        var check = FixtureCheck(fixture: fixture, expected: expected, differences: [])
        check.coverage = try? Coverage.check(bytes: bytes, output: actual, options: options)
        if let expected {
            check.differences = JSONDiff.differences(expected: expected, actual: actual.json)
        } else if !update {
            check.failure = Catalogue.Check.unreadableExpected(fixture.expected.path).text()
        }
        if update && (expected == nil || !check.differences.isEmpty) {
            do {
                try OutputWriter.write(OutputWriter.json(actual), to: fixture.expected, force: true)
                check.updated = true
                check.failure = nil
                if expected == nil { check.created = actual.records.count }
            } catch {
                check.failure = error.localizedDescription
            }
        }
        return check
    }

    /// Readable report: one block per difference naming the record number and the field.
    public var report: String {
        let fail = Catalogue.Check.fail.text()
        if let failure { return "\(fail) \(fixture): \(failure)" }
        let covered = coverage.map { " (\($0.summary))" } ?? ""
        var lines: [String] = []
        if let created {
            lines.append(Catalogue.Check.created(fixture.description, records: created).text() + covered)
        } else if differences.isEmpty {
            lines.append((coverage?.isComplete ?? true ? Catalogue.Check.ok.text() : fail) + " \(fixture)\(covered)")
        } else {
            let verb = updated ? Catalogue.Check.updated.text() : fail
            let count = Catalogue.Check.differences(differences.count, from: fixture.expected.lastPathComponent)
            lines.append("\(verb) \(fixture): \(count)\(covered)")
            for difference in differences {
                lines.append("  \(place(of: difference.path)):")
                lines.append("    \(Catalogue.Check.expected) \(Self.show(difference.expected))")
                lines.append("    \(Catalogue.Check.actual) \(Self.show(difference.actual))")
            }
        }
        lines += (coverage?.details ?? []).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// `records[2].opinion` → `record 3, opinion` (the record's `index`: numbers may repeat across tables); other
    /// paths unchanged.
    func place(of path: String) -> String {
        guard path.hasPrefix("records["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 8)..<close])
        else { return path }
        let field = path[path.index(after: close)...].drop { $0 == "." }
        let key = expected?["records"]?.arrayValue.flatMap { index < $0.count ? $0[index]["index"]?.intValue : nil }
        return Catalogue.Check.place(record: key, index: index, field: field.isEmpty ? nil : String(field)).text()
    }

    /// Long enough for a whole opinion or response cell.
    static func show(_ value: JSONValue?) -> String { JSONDifference.show(value, limit: 400) }
}
