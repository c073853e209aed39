import Foundation

/// A fresh folder per test, removed afterwards.
public final class Scratch {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Copies a repository file (relative to Fixtures/) to `relative` inside the scratch folder.
    @discardableResult
    public func copy(fixture: String, to relative: String) throws -> URL {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.fixture(fixture), to: target)
        return target
    }

    @discardableResult
    public func write(_ text: String, to relative: String) throws -> URL {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    /// Every file below `relative` (hidden ones included), as relative paths, sorted.
    public func files(under relative: String) -> [String] {
        let root = path(relative).resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let item = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + item, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(item)
            }
        }
        return found.sorted()
    }

    public func data(_ relative: String) throws -> Data { try Data(contentsOf: path(relative)) }
}
