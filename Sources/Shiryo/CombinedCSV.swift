import Foundation
import JSONEmission
import ShiryoCore

/// `ingest --csv-combined FILE`: one CSV of the records of every file written in a run, for one sheet in Excel.
public enum CombinedCSV {
    /// The documents of the written files (run with `BatchOptions.keepsDocuments`), ordered by output path so
    /// the bytes do not depend on `--jobs` or on the order of the arguments.
    public static func data(_ summary: BatchSummary) throws -> Data {
        let written = summary.results.filter { $0.document != nil }
            .sorted { $0.output.path.unicodeScalars.lexicographicallyPrecedes($1.output.path.unicodeScalars) }
        return try RecordCSV.data(written.compactMap(\.document))
    }

    /// Writes the combined CSV like any output: atomically, never replacing a different file without `force`.
    public static func write(_ summary: BatchSummary, to url: URL, force: Bool) throws {
        try OutputWriter.write(data(summary), to: url, force: force)
    }
}
