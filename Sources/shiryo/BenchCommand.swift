import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: Catalogue.Bench.abstract.text(),
        discussion: Catalogue.Bench.discussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Bench.files.text()))
    var files: [String] = []

    @Option(help: ArgumentHelp(Catalogue.Bench.review.text()))
    var review: [String] = []

    @Option(help: ArgumentHelp(Catalogue.Bench.plan.text()))
    var plan: String?

    @Option(help: ArgumentHelp(Catalogue.Bench.runs.text()))
    var runs = 1

    @Option(help: ArgumentHelp(Catalogue.Bench.pdftotext.text()))
    var pdftotext = "pdftotext"

    @Flag(help: ArgumentHelp(Catalogue.Bench.withoutRulings.text()))
    var withoutRulings = false

    func validate() throws {
        guard !files.isEmpty || plan != nil || !review.isEmpty else {
            throw ValidationError(Catalogue.Bench.nothingToTime.text())
        }
    }
    @Flag(help: ArgumentHelp(Catalogue.Bench.perRow.text()))
    var perRow = false

    func run() throws {
        if let plan {
            do {
                print(PlanBenchmark.table(try PlanBenchmark.run(URL(fileURLWithPath: plan))))
            } catch {
                StandardError.write(Catalogue.Terminal.errorLabel.text() + ": \(error.localizedDescription)\n")
                throw ExitCode.failure
            }
        }
        var failed = false
        for file in review {
            do {
                print(ReviewBenchmark.table([try ReviewBenchmark.run(URL(fileURLWithPath: file))]))
            } catch {
                failed = true
                StandardError.write(TerminalStyle.commandLine().errorLine(error) + "\n")
            }
        }
        if files.isEmpty {
            if failed { throw ExitCode.failure }
            return
        }
        var results: [Benchmark.Result] = []
        for file in files {
            do {
                results.append(
                    try Benchmark.run(
                        URL(fileURLWithPath: file), runs: runs,
                        reference: pdftotext.isEmpty ? nil : PDFToTextTimer.timer(pdftotext)))
                if withoutRulings {
                    results.append(
                        try Benchmark.run(
                            URL(fileURLWithPath: file), runs: runs,
                            reference: pdftotext.isEmpty ? nil : PDFToTextTimer.timer(pdftotext),
                            options: IngestOptions(rulings: false)))
                }
            } catch {
                failed = true
                StandardError.write(TerminalStyle.commandLine().errorLine(error) + "\n")
            }
        }
        let texts = results.filter { !$0.file.lowercased().hasSuffix(".pdf") }
        let pdfs = results.filter { $0.file.lowercased().hasSuffix(".pdf") }
        if !pdfs.isEmpty { print(perRow ? Benchmark.rowTable(pdfs) : Benchmark.table(pdfs)) }
        if !texts.isEmpty { print(ReviewBenchmark.textTable(texts)) }
        if failed { throw ExitCode.failure }
    }
}
