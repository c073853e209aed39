import Foundation
import PDFExtraction
import ShiryoCore

/// Reads PDF pages ahead of the caller on two threads: one extracts page n+2 with poppler while the other
/// looks for page n+1's ruling lines (no poppler) and the caller parses page n. At most `depth` pages wait
/// at each step, so memory stays flat in the page count. Only the extracting thread touches the reader
/// (poppler objects are not shared).
final class PagePrefetcher: @unchecked Sendable {
    private let reader: PDFReader
    private let depth: Int
    private let rulings: Bool
    private let condition = NSCondition()
    /// Extracted, waiting for ruling detection.
    private var extracted: [Result<ExtractedPage, IngestError>] = []
    private var extractionDone = false
    /// Ready for the caller.
    private var waiting: [Result<PageGlyphs, IngestError>] = []
    /// Threads still running (extractor, detector).
    private var running = 2
    private var cancelled = false

    init(reader: PDFReader, depth: Int = 2, rulings: Bool = true) {
        self.reader = reader
        self.rulings = rulings
        self.depth = max(depth, 1)
        // Unretained: the owner reads until the last page or cancels, and both wait until no thread runs, so
        // the prefetcher (and the reader with it) is always released by its owner. A retaining thread could
        // release it last, running poppler's cleanup while the process exits (ASan: SEGV after an error).
        let unretained = Unmanaged.passUnretained(self)
        Thread.detachNewThread { unretained._withUnsafeGuaranteedRef { $0.extract() } }
        Thread.detachNewThread { unretained._withUnsafeGuaranteedRef { $0.detect() } }
    }

    private func extract() {
        for number in 1..<(reader.pageCount + 1) {
            let page = Result { () throws(IngestError) -> ExtractedPage in try reader.extract(number, drawing: rulings) }
            guard hand(page, to: \.extracted) else { break }
            if case .failure = page { break }  // an unreadable page ends the file
        }
        condition.lock()
        extractionDone = true
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func detect() {
        while true {
            condition.lock()
            while extracted.isEmpty && !extractionDone && !cancelled { condition.wait() }
            if cancelled || extracted.isEmpty { condition.unlock(); break }
            let page = extracted.removeFirst()
            condition.broadcast()
            condition.unlock()
            guard hand(page.map { $0.withRulings() }, to: \.waiting) else { break }
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Appends `item` once the queue has room; false when cancelled.
    private func hand<Item>(_ item: Item, to queue: ReferenceWritableKeyPath<PagePrefetcher, [Item]>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while self[keyPath: queue].count >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        self[keyPath: queue].append(item)
        condition.broadcast()
        return true
    }

    /// The next page in order, or nil after the last; an unreadable page is thrown.
    func next() throws(IngestError) -> PageGlyphs? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && running > 0 { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let page = waiting.removeFirst()
        condition.broadcast()
        return try page.get()
    }

    /// Stops reading ahead (the caller gave up on the file) and waits until both threads have let go.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
