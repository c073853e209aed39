/// A location inside a JSON document, written as in messages: `$.records[3].reflections[0].page`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public private(set) var description = "$"

    public init() {}

    public func appending(_ key: String) -> JSONPath {
        var path = self
        let plain =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") }
        path.description += plain ? ".\(key)" : "[\(JSONValue.quoted(key))]"
        return path
    }

    public func appending(_ index: Int) -> JSONPath {
        var path = self
        path.description += "[\(index)]"
        return path
    }
}

/// Something wrong at a place in a JSON document.
public struct JSONViolation: Sendable, Hashable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(_ path: JSONPath, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
