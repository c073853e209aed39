import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time ingesting PDFs beside pdftotext -bbox-layout on the same files; text exports; review pages.",
        discussion: """
            Prints, per file: pages, records, ms/page, pages/s, peak resident memory while ingesting it, pdftotext's ms/page and the ratio (target ≤ 2×, < 200 MB). Nothing is written. Scripts/bench builds a release binary and runs this on the seed PDF and generated 200- and 1,000-page tables.

            Examples:
              shiryo bench Fixtures/hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf
              shiryo bench --runs 3 .build-bench/table-200.pdf
              shiryo bench --plan .build-bench/plan-300.pdf   # plan indexing per page, verification per citation
              shiryo bench --per-row .build-bench/rows-1000.pdf .build-bench/rows-4000.pdf
              shiryo bench .build-bench/export-300mb.txt   # a text export: read, parse, write the JSON; MB/s, peak RSS
              shiryo bench --review .build-bench/table-2000.pdf   # the review page of every page: time, peak RSS

            Exit codes: 0 done, 1 a file could not be ingested, 2 usage error.
            """)

    @Argument(help: "PDF files and text exports (.txt) to time.")
    var files: [String] = []

    @Option(help: "A PDF or text export: time writing its review page (all pages), with peak memory.")
    var review: [String] = []

    @Option(help: "A plan PDF: time reading it into its index (ms/page) and checking citations cut from it (ms/citation).")
    var plan: String?

    @Option(help: "Runs per file; the best time is kept.")
    var runs = 1

    @Option(help: "pdftotext executable to compare with (\"\" to skip).")
    var pdftotext = "pdftotext"

    func validate() throws {
        guard !files.isEmpty || plan != nil || !review.isEmpty else {
            throw ValidationError("give PDF files or text exports to time, --plan PLAN.pdf or --review FILE")
        }
    }
    @Flag(help: "Print time per row (record) instead: all, poppler's extraction, and the parse.")
    var perRow = false

    func run() throws {
        if let plan {
            do {
                print(PlanBenchmark.table(try PlanBenchmark.run(URL(fileURLWithPath: plan))))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
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
                results.append(try Benchmark.run(URL(fileURLWithPath: file), runs: runs,
                                                 reference: pdftotext.isEmpty ? nil : PDFToTextTimer.timer(pdftotext)))
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
