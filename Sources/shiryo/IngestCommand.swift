import ArgumentParser
import Foundation
import PlanVerification
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
              shiryo ingest 資料/ --csv-combined 全件.csv      # also one CSV of every record of the run
              shiryo ingest --jobs 1 --quiet 資料/   # one at a time, errors only
              shiryo ingest --password SECRET encrypted.pdf
              shiryo ingest 資料/ --plan 総合計画.pdf   # check every citation against the plan

            With --plan, each reflection gets a "verification" (found, other-page, changed, not-found, page-missing) and each file a line such as "12 citations: 10 found, 1 on another page (row 8: p.44 → p.45), 1 changed (row 6)"; the plan is read once for all files.

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

    @Option(help: "The plan PDF the tables cite: every citation's page, quotes and headings are checked against it.")
    var plan: String?

    @Option(name: .customLong("csv-combined"), help: ArgumentHelp(
        "Also write one CSV with the records of every file of the run (ordered by output path).", valueName: "file"))
    var csvCombined: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var inputs: [BatchInput]
        do {
            inputs = try InputDiscovery.inputs(for: paths)
        } catch {
            throw ValidationError(error.localizedDescription)
        }
        Interruption.install()
        var planIndex: PlanIndex?
        if let plan {
            do {
                planIndex = try PlanIndex.load(URL(fileURLWithPath: plan), password: password)
            } catch {
                FileHandle.standardError.write(Data("error: plan \(error.localizedDescription)\n".utf8))
                throw ExitCode.failure
            }
        }
        if let plan {  // the plan inside a folder argument is not one of the tables
            let planPath = URL(fileURLWithPath: plan).standardizedFileURL.path
            inputs.removeAll { $0.url.standardizedFileURL.path == planPath }
        }
        var options = BatchOptions(ingest: IngestOptions(password: password, plan: planIndex), format: format,
                                   outputFolder: URL(fileURLWithPath: output), force: force, jobs: jobs)
        options.keepsDocuments = csvCombined != nil
        let reporter = ProgressReporter(quiet: quiet)
        let summary = Batch.run(inputs, options: options, progress: reporter.report)
        reporter.finish(summary)
        var failed = summary.failed > 0
        if let csvCombined {
            do {
                try CombinedCSV.write(summary, to: URL(fileURLWithPath: csvCombined), force: force)
            } catch {
                FileHandle.standardError.write(Data("\(error.localizedDescription)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
