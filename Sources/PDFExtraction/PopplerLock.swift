import Foundation

/// poppler shares global state between documents (font and CMap caches) and its glib API promises no
/// thread safety, while the CLI and tests ingest files concurrently: every call into it goes through this
/// one lock. Only the poppler calls are serialised; parsing the copied glyphs runs in parallel.
enum PopplerLock {
    private static let lock = NSLock()

    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
