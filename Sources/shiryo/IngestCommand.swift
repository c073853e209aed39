import ArgumentParser
import Foundation
import Shiryo

extension OutputFormat: ExpressibleByArgument {}

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read PDFs and text exports (files or whole folders) and write one output file per input.",
        discussion: """
            Folders are searched recursively for .pdf and .txt files. NAME.pdf or NAME.txt gives OUTPUT/NAME.json (or .ndjson, .csv); files found in a folder argument keep their sub-folders (資料/第1回/x.pdf → OUTPUT/第1回/x.json). A PDF and its text export side by side keep their extension (x.pdf → OUTPUT/x.pdf.json, x.txt → OUTPUT/x.txt.json). Inputs that would still write the same output (same name given from two folders) are not ingested: each gets an error naming the others. An existing output with different content is kept unless --force is given.

            Examples:
              shiryo ingest 資料/令和5年度/          # every .pdf and .txt inside
              shiryo ingest -o Out --format csv a.pdf b.txt   # CSV for Excel
              shiryo ingest --jobs 1 --quiet 資料/   # one at a time, errors only
              shiryo ingest --password SECRET encrypted.pdf

            Exit codes: 0 all inputs written, 1 some failed (the others are still written), 2 usage error, 130 interrupted (no partial output left).
            """)

    @Argument(help: "Files and folders to ingest (.pdf, .txt).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "Output"

    @Option(help: "Output format: json (FORMAT.md), ndjson (one record per line) or csv (for Excel).")
    var format: OutputFormat = .json

    @Flag(help: "Overwrite existing output files that differ.")
    var force = false

    @Option(name: .shortAndLong, help: "Files ingested at the same time (one per core by default).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print only errors, no progress and no summary.")
    var quiet = false

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !output.isEmpty else { throw ValidationError("--output must name a folder (it is empty)") }
    }

    func run() throws {
        let discovery: InputDiscovery.Discovery
        do {
            discovery = try InputDiscovery.discover(paths)
        } catch {
            throw ValidationError(error.localizedDescription)
        }
        let inputs = discovery.inputs
        // Entries of folder arguments that were left out: each said, and a lost file fails the run.
        for skipped in discovery.skipped {
            StandardError.write((skipped.losesFiles ? "error: " : "note: ") + skipped.description + "\n")
        }
        let lostFiles = discovery.skipped.contains(where: \.losesFiles)
        let options = BatchOptions(ingest: IngestOptions(password: password), format: format,
                                   outputFolder: URL(fileURLWithPath: output), force: force, jobs: jobs)
        let reporter = ProgressReporter(quiet: quiet, live: isatty(STDERR_FILENO) != 0, write: StandardError.write)
        let summary = Batch.run(inputs, options: options, progress: reporter.report)
        reporter.finish(summary)
        if summary.failed > 0 || lostFiles { throw ExitCode.failure }
    }
}
