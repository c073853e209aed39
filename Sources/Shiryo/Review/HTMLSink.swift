import Foundation

/// Where a review page is written as it is made: a file (the CLI: one page image at a time is held, never
/// the whole document) or a string (tests, small inputs).
protocol HTMLSink {
    mutating func write(_ html: String) throws
}

struct StringSink: HTMLSink {
    var html = ""
    mutating func write(_ html: String) { self.html += html }
}

/// Appends to an open file, buffered so many small writes make few system calls.
struct FileSink: HTMLSink {
    let handle: FileHandle
    private var buffer = Data()
    static let flushSize = 1 << 20

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func write(_ html: String) throws {
        buffer.append(contentsOf: html.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
