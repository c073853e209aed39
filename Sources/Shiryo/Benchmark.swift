import Foundation
import PDFExtraction
import ShiryoCore

/// Times `Ingest` on PDFs beside a reference tool on the same file (the CLI gives `pdftotext -bbox-layout`,
/// run as a subprocess by the executable; the library starts no process).
public enum Benchmark {
    public struct Result: Sendable {
        public var file: String
        public var pages: Int
        public var records: Int
        /// Best of the runs, seconds.
        public var seconds: Double
        /// Peak resident memory while ingesting this file, bytes (VmHWM, reset before each file when the
        /// kernel allows it; otherwise the process peak so far).
        public var peakResidentBytes: Int
        public var pdftotextSeconds: Double?
        /// CPU time (user + system) of the best run and of pdftotext's best run: ingesting reads ahead on a
        /// second thread, so its CPU time can be above its wall time.
        public var cpuSeconds: Double?
        public var pdftotextCPUSeconds: Double?
        /// Best time to read every page's glyphs alone (poppler), seconds.
        public var extractionSeconds: Double?
        /// Size of the input file, bytes.
        public var inputBytes = 0

        public init(
            file: String, pages: Int, records: Int, seconds: Double, peakResidentBytes: Int, pdftotextSeconds: Double?,
            cpuSeconds: Double? = nil, pdftotextCPUSeconds: Double? = nil
        ) {
            self.file = file
            self.pages = pages
            self.records = records
            self.seconds = seconds
            self.peakResidentBytes = peakResidentBytes
            self.pdftotextSeconds = pdftotextSeconds
            self.cpuSeconds = cpuSeconds
            self.pdftotextCPUSeconds = pdftotextCPUSeconds
        }

        public var millisecondsPerPage: Double { seconds * 1000 / Double(max(pages, 1)) }
        public var pagesPerSecond: Double { Double(pages) / max(seconds, 1e-9) }
        /// shiryo time ÷ pdftotext time: the target is ≤ 2.
        public var ratio: Double? { pdftotextSeconds.map { seconds / max($0, 1e-9) } }
    }

    /// A reference tool's time on the same file (wall and CPU seconds), measured by the caller: the
    /// executable runs pdftotext as a subprocess; the library never starts processes.
    public typealias ReferenceTimer = (URL) -> (wall: Double, cpu: Double)?

    /// Ingests `file` `runs` times (best time kept), reads its pages alone as often (extraction without the
    /// parse, for time per row), and runs `reference` as many times, if given. `options.rulings` false times
    /// the same without drawing pages or looking for ruling lines (its row is marked "no rulings").
    public static func run(
        _ file: URL, runs: Int = 1, reference: ReferenceTimer? = nil,
        options: IngestOptions = IngestOptions()
    ) throws(IngestError) -> Result {
        MemoryUsage.resetPeak()
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var output: ShiryoOutput?
        var peak = 0
        let isPDF = file.pathExtension.lowercased() == "pdf"
        for run in 0..<max(runs, 1) {
            let start = DispatchTime.now(), cpuStart = CPUTime.process()
            output = try Ingest.file(at: file, options: options)
            // A text export is timed as `ingest` runs it: read, parse and write the JSON (streamed).
            if !isPDF, let output { try writeScratchJSON(output) }
            best = (min(best.wall, seconds(since: start)), min(best.cpu, CPUTime.process() - cpuStart))
            // The first run's peak: later runs start from a heap the earlier ones fragmented.
            if run == 0 { peak = MemoryUsage.peakResidentBytes() }
        }
        var extraction: Double?
        for _ in 0..<max(runs, 1) where isPDF {
            extraction = min(extraction ?? .infinity, try extractionSeconds(file, rulings: options.rulings))
        }
        var referenceTime: (wall: Double, cpu: Double)?
        if let reference, isPDF {
            for _ in 0..<max(runs, 1) {
                guard let time = reference(file) else { continue }
                referenceTime = (min(referenceTime?.wall ?? .infinity, time.wall), min(referenceTime?.cpu ?? .infinity, time.cpu))
            }
        }
        var result = Result(
            file: file.lastPathComponent + (options.rulings ? "" : " (no rulings)"),
            pages: output?.source.pageCount ?? 0,
            records: output?.records.count ?? 0, seconds: best.wall, peakResidentBytes: peak,
            pdftotextSeconds: referenceTime?.wall, cpuSeconds: best.cpu, pdftotextCPUSeconds: referenceTime?.cpu)
        result.extractionSeconds = extraction
        result.inputBytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return result
    }

    /// Writes `output` as `ingest` does (streamed JSON) into a scratch folder, removed after.
    static func writeScratchJSON(_ output: ShiryoOutput) throws(IngestError) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try OutputWriter.writeJSON(output, to: folder.appendingPathComponent("bench.json"), force: true)
        } catch {
            throw IngestError(file: output.source.file, problem: .unreadable(detail: error.message(.current)))
        }
    }

    /// Seconds to read every page's glyphs with poppler (and its ruling lines, if `rulings`), nothing parsed.
    static func extractionSeconds(_ file: URL, rulings: Bool = true) throws(IngestError) -> Double {
        let bytes = try Ingest.read(file)
        let start = DispatchTime.now()
        let reader = try PDFReader(bytes: bytes, file: file.lastPathComponent)
        for number in 1...reader.pageCount { _ = try reader.extract(number, drawing: rulings).withRulings() }
        return seconds(since: start)
    }

    /// Time per record (row), for pages of many rows: all of it, poppler's extraction, and the rest (parse,
    /// records, JSON). Rows on a page must cost linear time: per row, 4,000 rows within 2× of 1,000.
    public static func rowTable(_ results: [Result]) -> String {
        var lines = ["file                                  pages records  ms/row  extraction ms/row  parse ms/row  peak RSS"]
        for result in results {
            let rows = Double(max(result.records, 1))
            let extraction = result.extractionSeconds ?? 0
            lines.append(
                pad(result.file, 37)
                    + String(
                        format: " %5d %7d %7.3f %18.3f %13.3f %6.1f MB", result.pages, result.records,
                        result.seconds * 1000 / rows, extraction * 1000 / rows,
                        max(result.seconds - extraction, 0) * 1000 / rows,
                        Double(result.peakResidentBytes) / 1_048_576))
        }
        return lines.joined(separator: "\n")
    }

    /// One line per file, aligned, for the terminal and the README. Times are wall-clock ms per page; the
    /// CPU columns are user + system ms per page.
    public static func table(_ results: [Result]) -> String {
        var lines = [
            "file                                  pages records   ms/page  pages/s  peak RSS  pdftotext ms/page  ratio  CPU ms/page  pdftotext CPU"
        ]
        for result in results {
            let perPage = { (seconds: Double?) in seconds.map { $0 * 1000 / Double(max(result.pages, 1)) } }
            let number = { (value: Double?, width: Int) in
                value.map { String(format: "%\(width).2f", $0) } ?? String(repeating: " ", count: width - 1) + "–"
            }
            let ratio = result.ratio.map { String(format: "%5.2f×", $0) } ?? "     –"
            let counts = String(
                format: " %5d %7d %9.2f %8.1f %6.1f MB", result.pages, result.records, result.millisecondsPerPage,
                result.pagesPerSecond, Double(result.peakResidentBytes) / 1_048_576)
            lines.append(
                pad(result.file, 37) + counts + " " + number(perPage(result.pdftotextSeconds), 17) + "  " + ratio
                    + " " + number(perPage(result.cpuSeconds), 12) + " " + number(perPage(result.pdftotextCPUSeconds), 14))
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    public static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// User + system CPU seconds, from getrusage.
public enum CPUTime {
    public static func process() -> Double { seconds(of: RUSAGE_SELF) }
    /// Of waited-for child processes (pdftotext).
    public static func children() -> Double { seconds(of: RUSAGE_CHILDREN) }

    #if os(Linux)
        static func seconds(of who: __rusage_who) -> Double {
            var usage = rusage()
            getrusage(who.rawValue, &usage)
            return seconds(usage)
        }
    #else
        static func seconds(of who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            return seconds(usage)
        }
    #endif

    static func seconds(_ usage: rusage) -> Double {
        let time = { (value: timeval) in Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        return time(usage.ru_utime) + time(usage.ru_stime)
    }
}

/// Resident memory of this process, from /proc (Linux) or getrusage.
public enum MemoryUsage {
    /// Peak resident set size so far, bytes.
    public static func peakResidentBytes() -> Int {
        if let kilobytes = statusField("VmHWM:") { return kilobytes * 1024 }
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #endif
    }

    /// Resets the kernel's peak (VmHWM) to the current size, so the next reading is this stretch's peak.
    public static func resetPeak() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        try? handle.write(contentsOf: Data("5".utf8))
        try? handle.close()
    }

    static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
