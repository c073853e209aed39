import Foundation
import JSONEmission
import ShiryoCore

/// What `ingest` writes for each input.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// The whole document of FORMAT.md.
    case json
    /// One record per line (the objects of `$.records` with their `source`), keys sorted.
    case ndjson
    /// One line per record for Excel: UTF-8 with BOM, RFC 4180.
    case csv

    public var fileExtension: String { rawValue }

    public func encode(_ output: ShiryoOutput) throws -> Data {
        switch self {
        case .json: OutputWriter.json(output)
        case .ndjson: NDJSON.data(output)
        case .csv: try RecordCSV.data(output)
        }
    }

    /// Encodes `output` and writes it atomically (`OutputWriter`); JSON is written as it is made, never
    /// wholly in memory. Returns false when an identical file was already there.
    public func write(_ output: ShiryoOutput, to url: URL, force: Bool) throws -> Bool {
        switch self {
        case .json: try OutputWriter.writeJSON(output, to: url, force: force)
        case .ndjson, .csv: try OutputWriter.write(encode(output), to: url, force: force)
        }
    }
}
