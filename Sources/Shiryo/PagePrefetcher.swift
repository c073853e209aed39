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
    private var waiting: [PageGlyphs] = []
    private var finished = false
    private var cancelled = false

    init(reader: PDFReader, depth: Int = 2) {
        self.reader = reader
        self.depth = max(depth, 1)
        Thread.detachNewThread { [self] in produce() }
    }

    private func produce() {
        for number in 1..<(reader.pageCount + 1) {
            let page = reader.page(number)
            condition.lock()
            while waiting.count >= depth && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); break }
            waiting.append(page)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next page in order, or nil after the last.
    func next() -> PageGlyphs? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let page = waiting.removeFirst()
        condition.broadcast()
        return page
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
