#if DEBUG
    @_spi(Reflection) import Swift
    import Foundation
#endif

/// The seam `Scripts/mutate-tolerances` uses to move one tolerance without rebuilding: in a debug build, the
/// environment variable `SHIRYO_TOLERANCE_OVERRIDES` ("GeometryTolerances.rulingMerge=1,RulingTolerances.joinGap=4.5")
/// replaces stored numeric properties of a tolerance struct when its `standard` value is built, once per process.
/// A release build compiles none of it: `applied(to:)` returns its argument.
///
/// The convention every tolerance struct follows, so the script finds new ones by itself:
/// `struct XTolerances { let name = 0.5 … static let standard = ToleranceOverrides.applied(to: XTolerances()) }`
/// (stored `let` or `var` properties of type Double, Int or UInt8, each with its literal default value).
public enum ToleranceOverrides {
    /// The environment variable read (debug builds only).
    public static let variable = "SHIRYO_TOLERANCE_OVERRIDES"

    /// `value` with the overrides naming its type applied. Traps (debug builds only) when an override names a
    /// property the type does not have, or one that is not Double, Int or UInt8: a mistyped override must
    /// not look like a tolerance no test pins.
    public static func applied<T>(to value: T) -> T {
        #if DEBUG
            let typeName = String(describing: T.self)
            let wanted = requested.filter { $0.key.type == typeName }
            if wanted.isEmpty { return value }
            var copy = value
            var found = Set<String>()
            _ = _forEachField(of: T.self, options: []) { namePointer, offset, fieldType, _ in
                let name = String(cString: namePointer)
                guard let new = wanted[Key(type: typeName, name: name)] else { return true }
                withUnsafeMutableBytes(of: &copy) { store(new, into: $0, at: offset, as: fieldType, "\(typeName).\(name)") }
                found.insert(name)
                return true
            }
            for key in wanted.keys where !found.contains(key.name) {
                fatalError("\(variable): \(typeName) has no stored property \(key.name)")
            }
            return copy
        #else
            return value
        #endif
    }

    #if DEBUG
        struct Key: Hashable {
            let type: String
            let name: String
        }

        /// The overrides in the environment, read once.
        static let requested: [Key: Double] = parse(ProcessInfo.processInfo.environment[variable] ?? "")

        static func parse(_ text: String) -> [Key: Double] {
            var result: [Key: Double] = [:]
            for item in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
                let sides = item.split(separator: "=", maxSplits: 1)
                let path = sides.first?.split(separator: ".") ?? []
                guard sides.count == 2, path.count == 2, let number = Double(sides[1]), number.isFinite else {
                    fatalError("\(variable): \(item) is not Type.name=number")
                }
                result[Key(type: String(path[0]), name: String(path[1]))] = number
            }
            return result
        }

        private static func store(
            _ number: Double, into bytes: UnsafeMutableRawBufferPointer, at offset: Int,
            as type: Any.Type, _ name: String
        ) {
            switch type {
            case is Double.Type:
                bytes.storeBytes(of: number, toByteOffset: offset, as: Double.self)
            case is Int.Type:
                bytes.storeBytes(of: Int(number.rounded()), toByteOffset: offset, as: Int.self)
            case is UInt8.Type:
                guard let byte = UInt8(exactly: number.rounded()) else { fatalError("\(variable): \(name) is 0…255") }
                bytes.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
            default:
                fatalError("\(variable): \(name) is a \(type), not Double, Int or UInt8")
            }
        }
    #endif
}
