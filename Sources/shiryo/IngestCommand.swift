import ArgumentParser
import Foundation
import PlanVerification
import Shiryo
import ShiryoCore

extension OutputFormat: ExpressibleByArgument {}

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: Catalogue.Help.ingestAbstract.text(),
        discussion: Catalogue.Help.ingestDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.ingestPaths.text()))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(Catalogue.Help.ingestOutput.text()))
    var output: String = "Output"

    @Option(help: ArgumentHelp(Catalogue.Help.format.text()))
    var format: OutputFormat = .json

    @Flag(help: ArgumentHelp(Catalogue.Help.force.text()))
    var force = false

    @Option(name: .shortAndLong, help: ArgumentHelp(Catalogue.Help.jobs.text()))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: ArgumentHelp(Catalogue.Help.quiet.text()))
    var quiet = false

    @Option(help: ArgumentHelp(Catalogue.Help.password.text()))
    var password: String?

    @Option(help: ArgumentHelp(Catalogue.Help.plan.text()))
    var plan: String?

    @Option(name: .customLong("csv-combined"), help: ArgumentHelp(Catalogue.Help.csvCombined.text(), valueName: "file"))
    var csvCombined: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError(Catalogue.Help.jobsAtLeastOne.text()) }
        guard !output.isEmpty else { throw ValidationError(Catalogue.Usage.outputEmpty.text()) }
    }

    func run() throws {
        let discovery: InputDiscovery.Discovery
        do {
            discovery = try InputDiscovery.discover(paths)
        } catch {
            throw ValidationError(error.localizedDescription)
        }
        var inputs = discovery.inputs
        let refused = discovery.refused
        // Entries of folder arguments that were left out: each said, and a lost file fails the run.
        for skipped in discovery.skipped {
            StandardError.write(
                (skipped.losesFiles ? Catalogue.Terminal.errorLabel : Catalogue.Usage.noteLabel).text() + ": " + skipped.description + "\n")
        }
        if toStandardOutput, format == .json, inputs.count + refused.count > 1 {
            throw ValidationError(Catalogue.Usage.oneJSONDocument.text())
        }
        let planIndex = try loadPlan(removingFrom: &inputs)
        var options = BatchOptions(
            ingest: IngestOptions(password: password, plan: planIndex), format: format,
            outputFolder: URL(fileURLWithPath: output), force: force, jobs: jobs)
        options.keepsDocuments = csvCombined != nil
        options.writesFiles = !toStandardOutput
        let reporter = ProgressReporter(quiet: quiet, style: .commandLine(), write: StandardError.write)
        // A mistyped path or an empty folder is an error of its own; every other input is still ingested.
        let refusals = refused.map { Batch.refused($0, options: options) }
        for (index, refusal) in refusals.enumerated() {
            reporter.report(refusal, finished: index + 1, total: refusals.count + inputs.count)
        }
        let offset = refusals.count, total = refusals.count + inputs.count
        let batch = Batch.run(
            inputs, options: options, started: { reporter.started($0, total: total) },
            progress: { result, finished, _ in reporter.report(result, finished: offset + finished, total: total) })
        let summary = BatchSummary(results: refusals + batch.results)
        var failed = summary.failed > 0 || discovery.skipped.contains(where: \.losesFiles)
        if toStandardOutput { failed = !writeToStandardOutput(batch) || failed }
        reporter.finish(summary, outputFolder: toStandardOutput ? nil : options.outputFolder.relativePath)
        if let csvCombined { failed = !writeCombinedCSV(summary, to: csvCombined) || failed }
        if failed { throw ExitCode.failure }
    }

    /// `--output -`: records on stdout instead of files.
    var toStandardOutput: Bool { output == "-" }

    /// The plan of `--plan`, read once; the plan inside a folder argument is not one of the tables.
    func loadPlan(removingFrom inputs: inout [BatchInput]) throws -> PlanIndex? {
        guard let plan else { return nil }
        let index: PlanIndex
        do {
            index = try PlanIndex.load(URL(fileURLWithPath: plan), password: password)
        } catch {
            StandardError.write(TerminalStyle.commandLine().errorLine(error, about: Catalogue.Terminal.plan) + "\n")
            throw ExitCode.failure
        }
        let planPath = URL(fileURLWithPath: plan).standardizedFileURL.path
        inputs.removeAll { $0.url.standardizedFileURL.path == planPath }
        return index
    }

    func writeCombinedCSV(_ summary: BatchSummary, to path: String) -> Bool {
        do {
            try CombinedCSV.write(summary, to: URL(fileURLWithPath: path), force: force)
            return true
        } catch {
            let line = (error as? any CodedError).map { TerminalStyle.commandLine().errorLine($0) } ?? error.localizedDescription
            StandardError.write(line + "\n")
            return false
        }
    }
}
