import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time ingesting PDFs beside pdftotext -bbox-layout on the same files.",
        discussion: """
            Prints, per file: pages, records, ms/page, pages/s, peak resident memory while ingesting it, pdftotext's ms/page and the ratio (target ≤ 2×, < 200 MB). Nothing is written. Scripts/bench builds a release binary and runs this on the seed PDF and generated 200- and 1,000-page tables.

            Examples:
              shiryo bench Fixtures/hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf
              shiryo bench --runs 3 .build-bench/table-200.pdf
              shiryo bench --without-rulings .build-bench/table-200.pdf   # and again without ruling detection
              shiryo bench --plan .build-bench/plan-300.pdf   # plan indexing per page, verification per citation
              shiryo bench --per-row .build-bench/rows-1000.pdf .build-bench/rows-4000.pdf

            Exit codes: 0 done, 1 a file could not be ingested, 2 usage error.
            """)

    @Argument(help: "PDF files to time.")
    var files: [String] = []

    @Option(help: "A plan PDF: time reading it into its index (ms/page) and checking citations cut from it (ms/citation).")
    var plan: String?

    @Option(help: "Runs per file; the best time is kept.")
    var runs = 1

    @Option(help: "pdftotext executable to compare with (\"\" to skip).")
    var pdftotext = "pdftotext"

    @Flag(help: "Also time each file without ruling-line detection (a second row, \"(no rulings)\").")
    var withoutRulings = false

    func validate() throws {
        guard !files.isEmpty || plan != nil else { throw ValidationError("give PDF files to time, or --plan PLAN.pdf") }
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
            if files.isEmpty { return }
        }
        var results: [Benchmark.Result] = []
        var failed = false
        for file in files {
            do {
                results.append(try Benchmark.run(URL(fileURLWithPath: file), runs: runs,
                                                 reference: pdftotext.isEmpty ? nil : PDFToTextTimer.timer(pdftotext)))
                if withoutRulings {
                    results.append(try Benchmark.run(URL(fileURLWithPath: file), runs: runs,
                                                     reference: pdftotext.isEmpty ? nil : PDFToTextTimer.timer(pdftotext),
                                                     options: IngestOptions(rulings: false)))
                }
            } catch {
                failed = true
                StandardError.write(TerminalStyle.standardError().errorLine(error) + "\n")
            }
        }
        print(perRow ? Benchmark.rowTable(results) : Benchmark.table(results))
        if failed { throw ExitCode.failure }
    }
}
