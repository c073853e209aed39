import Foundation

/// Reads an input file into one array, with no second copy on the way (`Data(contentsOf:)` then
/// `Array(_:)` held a 300 MB export twice).
enum InputFile {
    struct ReadError: Error {
        /// errno of the failed call.
        var code: Int32
    }

    static func bytes(at path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(code: errno) }
        if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(code: EISDIR) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
