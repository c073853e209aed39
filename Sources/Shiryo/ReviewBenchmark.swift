import Foundation
import PDFExtraction
import ShiryoCore

/// `shiryo bench --text` and `--review`: a text export ingested end to end (MB/s, peak RSS), and a review
/// page written for a whole document (page images streamed to the file, each capped by `PageRenderer`).
public enum ReviewBenchmark {
    public struct Result: Sendable {
        public var file: String
        public var pages: Int
        public var seconds: Double
        public var peakResidentBytes: Int
        /// Size of the written review page, bytes.
        public var outputBytes: Int
    }

    /// Writes the review page of `file` into a scratch folder (removed after) and measures it.
    public static func run(_ file: URL, scale: Double = Review.defaultScale) throws(ReviewError) -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-bench-review-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("bench.review.html")
        MemoryUsage.resetPeak()
        let start = DispatchTime.now()
        var pages = 0
        try Review.write(file, to: target, force: true, options: ReviewOptions(scale: scale, language: .english)) { _, total in
            pages = total
        }
        let seconds = Benchmark.seconds(since: start)
        let size = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        return Result(
            file: file.lastPathComponent, pages: pages, seconds: seconds,
            peakResidentBytes: MemoryUsage.peakResidentBytes(), outputBytes: size)
    }

    public static func table(_ results: [Result]) -> String {
        var lines = [
            "review of                             pages   seconds  ms/page  peak RSS   page size"
                + String(format: "  (images ≤ %.0f px a side, ≤ %.0f Mpx)", PageRenderer.maximumSide, PageRenderer.maximumPixels / 1e6)
        ]
        for result in results {
            lines.append(
                Benchmark.pad(result.file, 37)
                    + String(
                        format: " %5d %9.1f %8.1f %6.1f MB %8.1f MB", result.pages,
                        result.seconds, result.seconds * 1000 / Double(max(result.pages, 1)),
                        Double(result.peakResidentBytes) / 1_048_576,
                        Double(result.outputBytes) / 1_048_576))
        }
        return lines.joined(separator: "\n")
    }

    /// Text exports: size, records, time (read, parse, write the JSON), throughput and peak RSS.
    public static func textTable(_ results: [Benchmark.Result]) -> String {
        var lines = ["text export                              MB  records   seconds    MB/s  peak RSS"]
        for result in results {
            let megabytes = Double(result.inputBytes) / 1_048_576
            lines.append(
                Benchmark.pad(result.file, 37)
                    + String(
                        format: " %6.1f %8d %9.1f %7.2f %6.1f MB", megabytes, result.records,
                        result.seconds, megabytes / max(result.seconds, 1e-9),
                        Double(result.peakResidentBytes) / 1_048_576))
        }
        return lines.joined(separator: "\n")
    }
}
