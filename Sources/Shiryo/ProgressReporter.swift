import Foundation

/// Progress of a batch on stderr: one live line rewritten in place when stderr is a terminal, plain lines
/// otherwise (logs, CI). Failures are always printed; `quiet` silences the rest.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    private let live: Bool
    private let write: @Sendable (String) -> Void

    public init(quiet: Bool, live: Bool = isatty(STDERR_FILENO) != 0,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.quiet = quiet
        self.live = live
        self.write = write
    }

    static let clearLine = "\r\u{1B}[K"

    public func report(_ result: FileResult, finished: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let counter = "[\(finished)/\(total)]"
        switch result.outcome {
        case .failed(let message):
            write((live ? Self.clearLine : "") + "error: \(message)\n")
        case .written(let records, let warnings, let unchanged):
            guard !quiet else { return }
            if live {
                // Only the name: a line wider than the terminal would wrap and `\r` could not rewrite it.
                write(Self.clearLine + "\(counter) \(result.input.url.lastPathComponent)")
            } else {
                let notes = (warnings > 0 ? ", \(warnings) warning(s)" : "") + (unchanged ? ", unchanged" : "")
                write("\(counter) \(result.input.displayPath): \(records) record(s)\(notes) → \(result.output.relativePath)\n")
            }
            // Checked against the plan: one line per file, kept on screen (it names rows to fix).
            if let verification = result.verification {
                write((live ? Self.clearLine : "") + "\(result.input.displayPath): \(verification)\n")
            }
        }
    }

    public func finish(_ summary: BatchSummary) {
        lock.lock()
        defer { lock.unlock() }
        if live && !quiet { write(Self.clearLine) }
        if !quiet { write(summary.description + "\n") }
    }
}
