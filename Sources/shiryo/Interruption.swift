import Foundation
import Shiryo

/// Ctrl-C, `kill`, a closed terminal and a closed pipe (`shiryo … | head -1`): stop cleanly, never leave a
/// partial or temporary output behind, exit 130. Installed first thing in `main`, before any work, so a
/// signal that comes early gets the same treatment (not the default 143 or a silent death by SIGPIPE).
enum Interruption {
    static let exitCode: Int32 = 130
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install(message: String = "interrupted: no partial output was left behind") {
        let queue = DispatchQueue(label: "shiryo.signals")
        for number in signals {
            signal(number, SIG_IGN)  // the dispatch source gets it instead of the default action
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { stop(message: message) }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the temporary files being written, says so (unless stderr is gone) and exits 130.
    static func stop(message: String?) -> Never {
        InFlightFiles.shared.cancel()
        if let message { StandardError.write("\n\(message)\n") }
        fflush(nil)  // all C streams: `check` prints its reports through stdout
        // _exit, not exit: workers are still running, and global destructors must not run under them.
        _exit(exitCode)
    }
}

/// stderr without Foundation's FileHandle, which traps when the reader has gone (EPIPE). Foundation sets
/// SIGPIPE to "ignore" once it starts, so a closed pipe shows as EPIPE here rather than as the signal: it
/// stops the run the same way (`shiryo ingest … 2>&1 | head -1` leaves no temporary file, exits 130).
enum StandardError {
    static func write(_ text: String) { write(Array(text.utf8), to: STDERR_FILENO) }

    /// All of `bytes` to `descriptor` (stdout for `ingest --output -`), stopping the run if the reader has gone.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            if written < 0, errno == EPIPE { Interruption.stop(message: nil) }
            guard written > 0 else { return }
            offset += written
        }
    }
}
