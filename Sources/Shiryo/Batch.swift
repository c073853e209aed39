import Foundation
import PlanVerification
import ShiryoCore

/// How `ingest` runs over many files.
public struct BatchOptions: Sendable {
    public var ingest: IngestOptions
    public var format: OutputFormat
    public var outputFolder: URL
    public var force: Bool
    /// Files ingested at the same time.
    public var jobs: Int
    /// Keep each file's records in its result (`FileResult.document`), for one CSV of the whole run.
    public var keepsDocuments = false
    /// False for `--output -`: nothing is written to files; every result keeps its document for the CLI to
    /// print on stdout, and its output is `-`.
    public var writesFiles = true

    public init(
        ingest: IngestOptions = IngestOptions(), format: OutputFormat = .json, outputFolder: URL,
        force: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.ingest = ingest
        self.format = format
        self.outputFolder = outputFolder
        self.force = force
        self.jobs = max(1, jobs)
    }

    /// `Output/NAME.json` for `NAME.pdf` (`Output/SUB/NAME.json` when found in SUB below a folder argument).
    public func outputURL(for input: BatchInput) -> URL {
        outputFolder.appendingPathComponent(input.outputStem + "." + format.fileExtension)
    }
}

/// What happened to one input.
public struct FileResult: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// `unchanged`: an identical output was already there.
        case written(records: Int, warnings: Int, unchanged: Bool)
        /// `code`: the error's stable code (`encrypted-pdf`); `message` is in the reader's language.
        case failed(message: String, code: String = "failed")
        /// Found in a folder but holds no numbered table (an agenda, minutes): not a failure.
        case skipped(message: String)
    }

    public var input: BatchInput
    public var output: URL
    public var outcome: Outcome
    /// The written output's warnings and errors (not its info notes), for the terminal.
    public var warnings: [Diagnostic]
    /// How the file's citations held up against the plan (`ingest --plan`); nil without a plan.
    public var verification: VerificationSummary?
    /// What was written, when `BatchOptions.keepsDocuments` asked for it.
    public var document: ShiryoOutput?

    public init(
        input: BatchInput, output: URL, outcome: Outcome, warnings: [Diagnostic] = [], document: ShiryoOutput? = nil,
        verification: VerificationSummary? = nil
    ) {
        self.input = input
        self.output = output
        self.outcome = outcome
        self.warnings = warnings
        self.document = document
        self.verification = verification
    }
}

/// The end-of-run count a clerk reads.
public struct BatchSummary: Sendable, Hashable, CustomStringConvertible {
    public var results: [FileResult]

    public init(results: [FileResult]) { self.results = results }

    public var failed: Int { results.count { if case .failed = $0.outcome { true } else { false } } }
    public var skipped: Int { results.count { if case .skipped = $0.outcome { true } else { false } } }
    public var withWarnings: Int { results.count { if case .written(_, let warnings, _) = $0.outcome { warnings > 0 } else { false } } }
    public var ok: Int { results.count - failed - skipped - withWarnings }
    public var recordsWritten: Int {
        results.reduce(0) { sum, result in if case .written(let records, _, _) = result.outcome { sum + records } else { sum } }
    }

    public var description: String { line(outputFolder: nil).english }

    /// The summary line; `outputFolder` is named when given (where to look for the files).
    public func line(outputFolder: String?) -> Localized {
        Catalogue.Terminal.summary(
            files: results.count, ok: ok, withWarnings: withWarnings, failed: failed,
            skipped: skipped, records: recordsWritten, outputFolder: outputFolder)
    }
}

/// Ingests many files in parallel. Each output depends only on its input and is written atomically, so the
/// files are byte-identical whatever `jobs` is; only the order of progress reports varies.
public enum Batch {
    /// Runs every input; `started` is called as a file is taken up and `progress` once per file as it
    /// finishes (both from worker threads).
    public static func run(
        _ inputs: [BatchInput], options: BatchOptions,
        started: @escaping @Sendable (BatchInput) -> Void = { _ in },
        progress: @escaping @Sendable (FileResult, _ finished: Int, _ total: Int) -> Void = { _, _, _ in }
    )
        -> BatchSummary
    {
        // On stdout nothing can overwrite anything: same-named inputs are told apart by source.path.
        let collisions = options.writesFiles ? sharedOutputs(inputs, options: options) : inputs.map { _ in nil }
        let slots = ResultSlots(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(inputs.count, 1))) { _ in
            while !InFlightFiles.shared.isCancelled, let index = slots.claim() {
                let input = inputs[index]
                started(input)
                let result =
                    collisions[index].map { others in
                        FileResult(
                            input: input, output: options.outputURL(for: input),
                            outcome: .failed(
                                message: Catalogue.Paths.sharedOutput(
                                    input.displayPath, output: options.outputURL(for: input).relativePath,
                                    others: others.map(\.displayPath)
                                ).text(),
                                code: "shared-output"))
                    } ?? ingest(input, options: options)
                progress(result, slots.store(result, at: index), inputs.count)
            }
        }
        return BatchSummary(results: slots.results)
    }

    /// Ingests one file and writes its output.
    public static func ingest(_ input: BatchInput, options: BatchOptions) -> FileResult {
        let target = options.writesFiles ? options.outputURL(for: input) : URL(fileURLWithPath: "-")
        do {
            let output = try Ingest.file(at: input.url, path: input.sourcePath, options: options.ingest)
            let changed = options.writesFiles ? try options.format.write(output, to: target, force: options.force) : true
            let warnings = output.diagnostics.filter { $0.severity != .info }
            return FileResult(
                input: input, output: target,
                outcome: .written(records: output.records.count, warnings: warnings.count, unchanged: !changed),
                warnings: warnings, document: options.keepsDocuments || !options.writesFiles ? output : nil,
                verification: VerificationSummary.of(output))
        } catch let error as OutputWriter.WriteError {
            return FileResult(
                input: input, output: target,
                outcome: .failed(message: "\(input.displayPath): \(error.message(.current))", code: error.code))
        } catch let error as IngestError where error.isNotATable && input.foundInFolder {
            return FileResult(
                input: input, output: target,
                outcome: .skipped(message: Catalogue.Terminal.notATable(input.displayPath).text()))
        } catch {
            let code = (error as? any CodedError)?.code ?? "failed"
            return FileResult(input: input, output: target, outcome: .failed(message: message(error, about: input), code: code))
        }
    }

    /// A command-line path that gave nothing to ingest, as a failed result of the run.
    public static func refused(_ refusal: InputDiscovery.Refusal, options: BatchOptions) -> FileResult {
        let input = BatchInput(file: refusal.path)
        return FileResult(
            input: input, output: options.outputURL(for: input),
            outcome: .failed(message: refusal.message(.current), code: refusal.code))
    }

    /// Input errors name the file without folders; in a batch the folder tells same-named files apart.
    static func message(_ error: any Error, about input: BatchInput) -> String {
        let message = (error as? any CodedError)?.message(.current) ?? error.localizedDescription
        let name = input.url.lastPathComponent.escapingControlCharacters  // as IngestError prints it
        guard message.hasPrefix(name), input.displayPath != name else { return message }
        return input.displayPath + message.dropFirst(name.count)
    }

    /// For each input whose output file another input would also write: those other inputs.
    static func sharedOutputs(_ inputs: [BatchInput], options: BatchOptions) -> [[BatchInput]?] {
        let byOutput = Dictionary(grouping: inputs.indices) { options.outputURL(for: inputs[$0]).path }
        return inputs.indices.map { index in
            let group = byOutput[options.outputURL(for: inputs[index]).path] ?? []
            return group.count > 1 ? group.filter { $0 != index }.map { inputs[$0] } : nil
        }
    }
}

/// Hands out input indices to workers and collects results in input order.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var slots: [FileResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Returns how many files have finished, this one included.
    func store(_ result: FileResult, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        finished += 1
        return finished
    }

    var results: [FileResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
