import Foundation
import Shiryo
import Testing

/// The benchmark's bookkeeping (not its timings: those are printed by `shiryo bench`, never asserted).
@Suite struct BenchmarkTests {
    @Test func countsPagesAndRecordsOfTheSeed() throws {
        let seed = Repo.fixture("hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf")
        let result = try Benchmark.run(seed, runs: 1, reference: nil)
        #expect(result.file == "hiratsuka-h30-shiryo1-2.pdf")
        #expect(result.pages == 3)
        #expect(result.records == 10)
        #expect(result.pdftotextSeconds == nil && result.ratio == nil)
        #expect(result.peakResidentBytes > 1_000_000, "VmHWM or ru_maxrss in bytes")
        #expect(abs(result.millisecondsPerPage - result.seconds * 1000 / 3) < 1e-9)

        let table = Benchmark.table([result]).split(separator: "\n")
        #expect(table.count == 2)
        #expect(table[0].hasPrefix("file") && table[0].contains("pdftotext ms/page"))
        #expect(table[1].hasPrefix("hiratsuka-h30-shiryo1-2.pdf") && table[1].contains(" 3 ") && table[1].contains(" 10 "))
        let extraction = try #require(result.extractionSeconds)
        #expect(extraction > 0 && extraction < result.seconds * 10)
    }

    /// Per row: all, extraction and the rest, each divided by the records.
    @Test func rowTableDividesByRecords() {
        var result = Benchmark.Result(
            file: "rows.pdf", pages: 1, records: 1000, seconds: 2.0, peakResidentBytes: 80 << 20,
            pdftotextSeconds: nil)
        result.extractionSeconds = 1.5
        let lines = Benchmark.rowTable([result]).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("ms/row"))
        #expect(lines[1].contains(" 2.000 ") && lines[1].contains(" 1.500 ") && lines[1].contains(" 0.500 "))
        #expect(lines[1].contains("80.0 MB"))
    }

    @Test func ratioIsShiryoTimeOverPDFToTextTime() {
        let result = Benchmark.Result(
            file: "a.pdf", pages: 200, records: 600, seconds: 1.0, peakResidentBytes: 50 << 20,
            pdftotextSeconds: 0.5)
        #expect(result.ratio == 2.0)
        #expect(result.pagesPerSecond == 200)
        #expect(result.millisecondsPerPage == 5)
        #expect(Benchmark.table([result]).contains("2.00×"))
        #expect(Benchmark.table([result]).contains("50.0 MB"))
    }

    /// A text export is timed end to end (read, parse, streamed JSON written and removed): no poppler parts.
    @Test func textExportIsTimedWithItsSizeAndNoExtraction() throws {
        let seed = Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")
        let result = try Benchmark.run(seed, runs: 1, reference: { _ in (1, 1) })
        #expect(result.records == 10 && result.extractionSeconds == nil && result.pdftotextSeconds == nil)
        #expect(result.inputBytes == 12_539)
        let lines = ReviewBenchmark.textTable([result]).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("MB/s") && lines[1].hasPrefix("hiratsuka-h30-shiryo1-2.txt"))
    }

    /// The review page of a whole document, written into a scratch folder and measured.
    @Test func reviewIsTimedWithItsPageCountAndSize() throws {
        let seed = Repo.fixture("hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf")
        let result = try ReviewBenchmark.run(seed, scale: 0.5)
        #expect(result.pages == 3 && result.outputBytes > 10_000 && result.peakResidentBytes > 1_000_000)
        let lines = ReviewBenchmark.table([result]).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("8000 px") && lines[1].contains(" 3 "))
    }
}
