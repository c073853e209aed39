import Foundation
import ShiryoCore

/// Records → NDJSON: one record per line, the same object as `$.records[i]` of the JSON output, keys sorted.
public enum NDJSON {
    public static func data(_ records: [Record]) -> Data {
        Data(records.map { $0.json.serializedCompact() + "\n" }.joined().utf8)
    }
}
