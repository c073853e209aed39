import Foundation
import Shiryo

/// `pdftotext -bbox-layout FILE /dev/null`, timed: the benchmark's reference. The only place pdftotext is
/// ever run, and a process of the executable's, not of the library's.
enum PDFToTextTimer {
    /// A timer for `Benchmark.run`, or nil when `name` is not an executable on PATH.
    static func timer(_ name: String) -> Benchmark.ReferenceTimer? {
        guard let executable = executablePath(name) else { return nil }
        return { file in
            let cpuStart = CPUTime.children()
            guard let wall = time(executable, file) else { return nil }
            return (wall, CPUTime.children() - cpuStart)
        }
    }

    static func executablePath(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func time(_ executable: String, _ file: URL) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-bbox-layout", file.path, "/dev/null"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now()
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Benchmark.seconds(since: start) : nil
    }
}
