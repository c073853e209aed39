/// Field-level differences between two JSON trees, for golden tests and `shiryo check`.
public struct JSONDifference: Sendable, Hashable, CustomStringConvertible {
    /// e.g. `records[4].reflections[1].citation`
    public var path: String
    public var expected: JSONValue?
    public var actual: JSONValue?

    public var description: String {
        "\(path): expected \(Self.show(expected)), got \(Self.show(actual))"
    }

    /// Compact JSON of `value`, cut to `limit` characters; `(missing)` for an absent field.
    public static func show(_ value: JSONValue?, limit: Int = 160) -> String {
        guard let value else { return "(missing)" }
        let text = value.serializedCompact()
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}

public enum JSONDiff {
    public static func differences(expected: JSONValue, actual: JSONValue, path: String = "") -> [JSONDifference] {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            let keys = Set(left.keys).union(right.keys).sorted()
            return keys.flatMap { key -> [JSONDifference] in
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (left[key], right[key]) {
                case (let l?, let r?): return differences(expected: l, actual: r, path: child)
                case (let l, let r): return [JSONDifference(path: child, expected: l, actual: r)]
                }
            }
        case (.array(let left), .array(let right)):
            var result: [JSONDifference] = []
            for index in 0..<max(left.count, right.count) {
                let child = "\(path)[\(index)]"
                if index < left.count, index < right.count {
                    result += differences(expected: left[index], actual: right[index], path: child)
                } else {
                    result.append(
                        JSONDifference(
                            path: child, expected: index < left.count ? left[index] : nil,
                            actual: index < right.count ? right[index] : nil))
                }
            }
            return result
        case (.double, .int), (.int, .double), (.double, .double):
            // Coordinates are written to 0.1 pt: compare at that precision.
            return JSONValue.format(expected.numberValue ?? .nan) == JSONValue.format(actual.numberValue ?? .nan)
                ? [] : [JSONDifference(path: path, expected: expected, actual: actual)]
        default:
            return expected == actual ? [] : [JSONDifference(path: path.isEmpty ? "(root)" : path, expected: expected, actual: actual)]
        }
    }
}
