import Foundation
import JSONEmission
import Shiryo
import ShiryoCore

extension IngestCommand {
    /// `--output -`: what would have been written goes to stdout instead, in input order (the same bytes
    /// whatever --jobs is): NDJSON lines of every file one after another (each line names its source), one
    /// CSV with one header row, or the one JSON document (a single input; checked before ingesting).
    /// Progress, warnings and the summary stay on stderr.
    func writeToStandardOutput(_ batch: BatchSummary) -> Bool {
        let documents = batch.results.compactMap(\.document)
        let data: Data
        do {
            switch format {
            case .json: data = documents.first.map(OutputWriter.json) ?? Data()
            case .ndjson: data = documents.reduce(into: Data()) { $0 += NDJSON.data($1) }
            case .csv: data = try RecordCSV.data(documents)
            }
        } catch {
            StandardError.write(Catalogue.Terminal.errorLabel.text() + ": " + error.localizedDescription + "\n")
            return false
        }
        StandardError.write(Array(data), to: STDOUT_FILENO)
        return true
    }
}
