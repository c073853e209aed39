import Foundation
import ShiryoCore

/// Progress of a batch on stderr. Every finished file gets a line (its output path, or why it failed or
/// was skipped) with its warnings under it; on a live terminal one more line at the bottom, rewritten in
/// place, names the files being read right now, cut to the terminal width. `quiet` keeps only errors.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    private let style: TerminalStyle
    private let language: Language
    private let write: @Sendable (String) -> Void
    private var inFlight: [BatchInput] = []
    private var finished = 0
    private var total = 0

    /// Warnings printed per file; the rest are counted (they are all in the output's diagnostics).
    public static let warningsShown = 5

    public init(
        quiet: Bool, style: TerminalStyle = .standardError(), language: Language = .current,
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.quiet = quiet
        self.style = style
        self.language = language
        self.write = write
    }

    public convenience init(quiet: Bool, live: Bool, write: @escaping @Sendable (String) -> Void) {
        self.init(quiet: quiet, style: TerminalStyle(live: live), language: .english, write: write)
    }

    static let clearLine = TerminalStyle.clearLine

    public func started(_ input: BatchInput, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        inFlight.append(input)
        self.total = total
        redraw()
    }

    public func report(_ result: FileResult, finished: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        inFlight.removeAll { $0 == result.input }
        self.finished = finished
        self.total = total
        let lines = self.lines(for: result, counter: "[\(finished)/\(total)] ")
        if !lines.isEmpty { write((style.live ? Self.clearLine : "") + lines.joined(separator: "\n") + "\n") }
        redraw()
    }

    /// Errors always; the file's line, its warnings and skips unless quiet.
    func lines(for result: FileResult, counter: String) -> [String] {
        switch result.outcome {
        case .failed(let message, let code):
            return [style.labelled(Catalogue.Terminal.errorLabel.text(language), code: code, message, .red, language: language)]
        case .skipped(let message):
            return quiet ? [] : [style.paint(Catalogue.Terminal.skippedLabel.text(language) + ": " + message, .dim)]
        case .written(let records, let warnings, let unchanged):
            guard !quiet else { return [] }
            let output = result.output.relativePath
            var lines = [
                counter
                    + Catalogue.Terminal.written(
                        result.input.displayPath, records: records, warnings: warnings,
                        unchanged: unchanged, output: output
                    ).text(language)
            ]
            for diagnostic in result.warnings.prefix(Self.warningsShown) { lines.append("  " + warningLine(diagnostic)) }
            if result.warnings.count > Self.warningsShown {
                lines.append(
                    "  " + Catalogue.Terminal.moreWarnings(result.warnings.count - Self.warningsShown, output: output).text(language))
            }
            // Checked against the plan: one line per file, kept on screen (it names rows to fix).
            if let verification = result.verification {
                lines.append("\(result.input.displayPath): \(verification)")
            }
            return lines
        }
    }

    /// `warning[row-gap] page 2: …` in one short line: the code's meaning in the reader's language.
    func warningLine(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? Catalogue.Terminal.errorLabel : Catalogue.Terminal.warningLabel
        let place = Catalogue.Diagnostics.place(page: diagnostic.page, line: diagnostic.line).map { $0.text(language) + ": " } ?? ""
        return style.labelled(
            label.text(language), code: diagnostic.code, place + Catalogue.Diagnostics.summary(of: diagnostic).text(language),
            diagnostic.severity == .error ? .red : .yellow, language: language)
    }

    /// The live line: `[3/12] reading a.pdf, b.pdf`, never wider than the terminal.
    private func redraw() {
        guard style.live, !quiet else { return }
        guard !inFlight.isEmpty else { write(Self.clearLine); return }
        let names = inFlight.map(\.url.lastPathComponent).joined(separator: ", ")
        let line = "[\(finished)/\(total)] " + Catalogue.Terminal.reading(names).text(language)
        write(Self.clearLine + DisplayWidth.truncate(line, to: style.width - 1))
    }

    public func finish(_ summary: BatchSummary, outputFolder: String? = nil) {
        lock.lock()
        defer { lock.unlock() }
        inFlight.removeAll()
        if style.live && !quiet { write(Self.clearLine) }
        if !quiet { write(summary.line(outputFolder: outputFolder).text(language) + "\n") }
    }
}
