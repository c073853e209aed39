import Foundation
import JSONEmission
import ShiryoCore

/// Writing results: a temporary file in the target folder, then a rename, so a reader never sees half a file.
public enum OutputWriter {
    public enum WriteError: Error, LocalizedError, CodedError, Sendable, Hashable {
        case exists(String)
        case failed(String, String)

        public var code: String {
            switch self {
            case .exists: "output-exists"
            case .failed: "output-not-written"
            }
        }

        public func message(_ language: Language) -> String {
            switch self {
            case .exists(let path): Catalogue.Outputs.exists(path).text(language)
            case .failed(let path, let reason): Catalogue.Outputs.notWritten(path, reason: reason).text(language)
            }
        }

        public var errorDescription: String? { message(.english) }
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
            throw .failed(url.relativePath, Catalogue.Outputs.interruptedReason.text())
        } catch {
            throw .failed(url.relativePath, (error as NSError).localizedDescription)
        }
        return true
    }

    public static func json(_ output: ShiryoOutput) -> Data {
        Data(output.json.serialized().utf8)
    }
}
