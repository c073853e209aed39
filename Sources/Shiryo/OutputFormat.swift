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
}
