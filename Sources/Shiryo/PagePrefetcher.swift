import Foundation
import PDFExtraction
import ShiryoCore

/// Reads PDF pages on a second thread while the caller parses the page before: poppler's extraction of
/// page n+1 overlaps the geometry of page n. At most `depth` extracted pages wait, so memory stays flat in
/// the page count. Only the producer thread touches the reader (poppler objects are not shared).
final class PagePrefetcher: @unchecked Sendable {
    private let reader: PDFReader
    private let depth: Int
    private let condition = NSCondition()
    private var waiting: [Result<PageGlyphs, IngestError>] = []
    private var finished = false
    private var cancelled = false

    init(reader: PDFReader, depth: Int = 2) {
        self.reader = reader
        self.depth = max(depth, 1)
        // Unretained: the owner reads until the last page or cancels, and both wait for `finished`, so the
        // prefetcher (and the reader with it) is always released by its owner. A retaining thread could
        // release it last, running poppler's cleanup while the process exits (ASan: SEGV after an error).
        let unretained = Unmanaged.passUnretained(self)
        Thread.detachNewThread { unretained._withUnsafeGuaranteedRef { $0.produce() } }
    }

    private func produce() {
        for number in 1..<(reader.pageCount + 1) {
            let page = Result { () throws(IngestError) -> PageGlyphs in try reader.page(number) }
            condition.lock()
            while waiting.count >= depth && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); break }
            waiting.append(page)
            condition.broadcast()
            condition.unlock()
            if case .failure = page { break }  // an unreadable page ends the file
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next page in order, or nil after the last; an unreadable page is thrown.
    func next() throws(IngestError) -> PageGlyphs? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let page = waiting.removeFirst()
        condition.broadcast()
        return try page.get()
    }

    /// Stops reading ahead (the caller gave up on the file) and waits until the producer has let go.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
