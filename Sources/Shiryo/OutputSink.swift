import Foundation

/// Where an output's bytes go as they are made, a megabyte at a time: into the temporary file being
/// written, or compared with the file already at the output path (so an unchanged output is never
/// written, and neither side is ever wholly in memory).
public final class OutputSink {
    enum Target {
        case file(Int32)
        case compare(Int32)
    }

    private let target: Target
    private var buffer: [UInt8] = []
    /// errno of the first failed write or read; 0 when none failed.
    private(set) var failure: Int32 = 0
    /// Comparing: a byte differed (or one side is longer).
    private(set) var differs = false
    static let chunkBytes = 1 << 20

    init(_ target: Target) {
        self.target = target
        buffer.reserveCapacity(Self.chunkBytes)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkBytes { flush() }
    }

    /// A mapped file (a review page) is taken a chunk at a time, never copied whole.
    public func write(_ data: Data) {
        var start = data.startIndex
        while start < data.endIndex {
            let end = data.index(start, offsetBy: min(Self.chunkBytes - buffer.count, data.endIndex - start))
            buffer.append(contentsOf: data[start..<end])
            if buffer.count >= Self.chunkBytes { flush() }
            start = end
        }
    }

    /// Hands over what is buffered; comparing, also checks that the file has nothing more.
    func finish() {
        flush()
        if case .compare(let descriptor) = target, !differs {
            var byte: UInt8 = 0
            if Foundation.read(descriptor, &byte, 1) != 0 { differs = true }
        }
    }

    private func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == 0, !buffer.isEmpty else { return }
        switch target {
        case .file(let descriptor):
            failure = buffer.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        case .compare(let descriptor):
            guard !differs else { return }
            var existing = [UInt8](repeating: 0, count: buffer.count)
            let count = existing.withUnsafeMutableBytes { Self.readFully(descriptor, $0) }
            differs = count != buffer.count || existing != buffer
        }
    }

    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Reads until `buffer` is full or the file ends; the count read (a failed read ends it too).
    static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        var offset = 0
        while offset < buffer.count {
            let count = Foundation.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        return offset
    }

    /// Whether `produce` makes exactly the bytes of the file at `path`; false when it cannot be read.
    static func matches(_ path: String, _ produce: (OutputSink) -> Void) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let sink = OutputSink(.compare(descriptor))
        produce(sink)
        sink.finish()
        return !sink.differs && sink.failure == 0
    }
}
