/// A row's № as printed and as a structured value: 「１－１」 is printed "１－１" with parts [1, 1] ("1-1");
/// 「①」 and 「(3)」 are one part each. Records keep both (`numberText`, `number`).
public struct RowNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The token as printed, e.g. "１－１", "①", "(3)", "1."; never normalized.
    public var printed: String
    /// The number's levels, outermost first: [1, 1] for 1-1, [3] for (3).
    public var parts: [Int]

    public init(printed: String, parts: [Int]) {
        self.printed = printed
        self.parts = parts
    }

    /// A plain number printed in ASCII digits (tests, synthetic rows).
    public init(_ value: Int) {
        self.init(printed: String(value), parts: [value])
    }

    /// The parts in ASCII digits joined by "-": "1", "12", "1-1". The `number` of a record.
    public var value: String { parts.map(String.init).joined(separator: "-") }

    public var description: String { value }

    /// Orders by parts (1 < 1-1 < 1-2 < 2), whatever the printed form.
    public static func < (lhs: RowNumber, rhs: RowNumber) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }

    /// The same number whatever the printed form: parts compared, so "1" and "１" are the same row.
    public func isSameNumber(as other: RowNumber) -> Bool { parts == other.parts }

    /// Whether this number comes right after `previous` in a counting sequence: 1 → 2, 1-1 → 1-2, 1-3 → 2-1,
    /// 1-2 → 2, 1 → 1-1 (a first sub-number under its parent).
    public func follows(_ previous: RowNumber) -> Bool {
        if parts == previous.parts + [1] { return true }
        for level in previous.parts.indices where level < parts.count {
            guard Array(parts[..<level]) == Array(previous.parts[..<level]) else { return false }
            if parts[level] == previous.parts[level] + 1 {
                return parts[(level + 1)...].allSatisfy { $0 == 1 }
            }
        }
        return false
    }
}
