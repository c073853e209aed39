import Foundation
import ShiryoCore

/// The temporary files being written right now, so an interrupt can remove them and stop further writes.
/// Writes happen while holding the lock: once `cancel()` returns, no write is half done and none will start.
public final class InFlightFiles: @unchecked Sendable {
    public static let shared = InFlightFiles()

    public struct Cancelled: Error, Sendable {}

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var cancelled = false

    /// Runs `body` (which writes `temporary` and renames it into place) unless writing was cancelled.
    func writing<T>(_ temporary: URL, _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if cancelled { throw Cancelled() }
        paths.insert(temporary.path)
        defer { paths.remove(temporary.path) }
        return try body()
    }

    /// Runs `body`, which writes `temporary` over a long time (a review page, page by page), without
    /// holding the lock meanwhile: an interrupt removes the file while `body` may still be writing it.
    func tracking<T>(_ temporary: URL, _ body: () throws -> T) throws -> T {
        lock.lock()
        if cancelled { lock.unlock(); throw Cancelled() }
        paths.insert(temporary.path)
        lock.unlock()
        defer {
            lock.lock()
            paths.remove(temporary.path)
            lock.unlock()
        }
        return try body()
    }

    /// Stops all further writes and removes temporary files left behind. Keeps the lock: the process exits next.
    public func cancel() {
        lock.lock()
        cancelled = true
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
