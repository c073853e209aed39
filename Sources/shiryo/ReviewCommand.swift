import ArgumentParser
import Foundation
import Shiryo

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Draw what was read from a PDF over its pages, in one HTML file to check at a glance.",
        discussion: """
            Writes NAME.review.html: every page as an image with the detected header cells, rows (with their №), \
            cells and citations drawn as coloured boxes, the extracted records beside each page, and every \
            diagnostic listed and marked where it was found. The file has no external links: it opens offline.

            Examples:
              shiryo review 資料1-2.pdf
              shiryo review --output Review --force 資料1-2.pdf

            Exit codes: 0 the page was written (or was already there, identical), 1 the input cannot be reviewed \
            (not a PDF, damaged, no table) or a different page exists without --force, 2 usage error, \
            130 interrupted (no partial output left).
            """)

    @Argument(help: "The PDF to review (a text export has no page images).")
    var pdf: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "Output"

    @Option(help: "Image pixels per PDF point (1.5 keeps text legible and the file small).")
    var scale: Double = Review.defaultScale

    @Flag(help: "Overwrite an existing review page that differs.")
    var force = false

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder (it is empty)") }
        guard scale > 0, scale <= 6 else { throw ValidationError("--scale must be more than 0 and at most 6 (pixels per PDF point)") }
        // Like ingest: a path that is not there is a mistyped command line.
        guard FileManager.default.fileExists(atPath: pdf) else { throw ValidationError("\(pdf): no such file; check the path") }
    }

    func run() throws {
        let input = URL(fileURLWithPath: pdf)
        let target = URL(fileURLWithPath: output).appendingPathComponent(Review.outputName(for: input))
        do {
            let result = try Review.file(at: input, options: IngestOptions(password: password),
                                         scale: scale)
            try OutputWriter.write(Data(result.html.utf8), to: target, force: force)
            let summary = "\(pdf): \(result.output.records.count) record(s), "
                + "\(result.output.diagnostics.count) diagnostic(s) → \(target.relativePath)\n"
            StandardError.write(summary)
        } catch {
            StandardError.write("error: \(error.localizedDescription)\n")
            throw ExitCode.failure
        }
    }
}
