import Foundation
import JSONEmission
import ShiryoCore

/// Writing results: a temporary file in the target folder, then a rename, so a reader never sees half a file.
public enum OutputWriter {
    public enum WriteError: Error, LocalizedError, Sendable {
        case exists(String)
        case failed(String, String)

        public var errorDescription: String? {
            switch self {
            case .exists(let path):
                "\(path) already exists with different content; use --force to overwrite it"
            case .failed(let path, let reason):
                "\(path): cannot be written (\(reason))"
            }
        }
    }

    /// Writes `contents` to `url` atomically. Refuses to replace a different existing file unless `force`.
    /// Returns false when an identical file was already there.
    @discardableResult
    public static func write(_ contents: Data, to url: URL, force: Bool) throws(WriteError) -> Bool {
        let manager = FileManager.default
        if let existing = manager.contents(atPath: url.path) {
            if existing == contents { return false }
            if !force { throw .exists(url.relativePath) }
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try InFlightFiles.shared.writing(temporary) {
                do {
                    try contents.write(to: temporary)
                    if rename(temporary.path, url.path) != 0 {
                        throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
                    }
                } catch {
                    try? manager.removeItem(at: temporary)
                    throw error
                }
            }
        } catch is InFlightFiles.Cancelled {
            throw .failed(url.relativePath, "interrupted")
        } catch {
            throw .failed(url.relativePath, (error as NSError).localizedDescription)
        }
        return true
    }

    public static func json(_ output: ShiryoOutput) -> Data {
        Data(output.json.serialized().utf8)
    }
}
