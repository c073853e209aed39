import Foundation
import JSONEmission
import ShiryoCore

/// What must hold for any bytes given to `Ingest`, however broken: the fuzz targets check it on every
/// mutated input and the fuzz regression test on every input they once crashed on.
public enum InputInvariants {
    /// Ingests `bytes` as a file named `name` and lists the broken invariants (empty: all hold).
    public static func violations(_ bytes: [UInt8], name: String) -> [String] {
        let output: ShiryoOutput
        do {
            output = try Ingest.bytes(bytes, name: name)
        } catch {
            let message = error.localizedDescription
            var problems: [String] = []
            if message.contains(where: \.isNewline) { problems.append("error message spans lines: \(message)") }
            if !message.hasPrefix(name) { problems.append("error message does not name the file: \(message)") }
            return problems
        }
        var problems: [String] = []
        if output.records.isEmpty { problems.append("ingested without records and without an error") }
        if let bad = output.records.first(where: { !isRowNumberValue($0.number) }) { problems.append("row number \(bad.number)") }
        if output.records.map(\.index) != Array(output.records.indices.map { $0 + 1 }) { problems.append("record indexes not 1…n") }
        // Valid JSON with every record (numbers are compared loosely elsewhere: 41.0 reads back as 41).
        let parsed = try? JSONValue.parse(Data(output.json.serialized().utf8))
        if parsed?["records"]?.arrayValue?.count != output.records.count { problems.append("JSON does not read back") }
        // Same bytes, same output (text only: a PDF costs too much to read twice per fuzz input).
        if output.source.format == .text, (try? Ingest.bytes(bytes, name: name))?.json != output.json {
            problems.append("a second ingest gives different output")
        }
        return problems
    }

    /// "1", "12", "1-1": positive decimal parts joined by "-".
    static func isRowNumberValue(_ number: String) -> Bool {
        let parts = number.split(separator: "-", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in part.allSatisfy { $0.isASCII && $0.isNumber } && (Int(part) ?? 0) > 0 }
    }
}
