import Foundation
import ShiryoCore

/// Records → NDJSON: one record per line, the object of `$.records[i]` of the JSON output plus the input it came
/// from (`source`: file, path, sha256), so each line stands alone in a log or a combined stream; keys sorted.
public enum NDJSON {
    public static func data(_ output: ShiryoOutput) -> Data {
        let source = JSONValue.object([
            "file": .string(output.source.file), "path": .string(output.source.path), "sha256": .string(output.source.sha256),
        ])
        return Data(output.records.map { line($0, source: source) }.joined().utf8)
    }

    static func line(_ record: Record, source: JSONValue) -> String {
        guard case .object(var members) = record.json else { return "" }
        members["source"] = source
        return JSONValue.object(members).serializedCompact() + "\n"
    }
}
