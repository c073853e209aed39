import Foundation

/// A strict JSON reader (RFC 8259) for `shiryo validate`: it reports what Foundation's decoder hides or refuses —
/// keys repeated in one object (a reader may keep either value) and integers too large for any integer field
/// (still valid JSON: read as a Double, ±infinity beyond its range, for the schema to report as out of range).
/// Nesting is bounded so a hostile file cannot exhaust the stack.
public struct JSONParser {
    public struct SyntaxError: Error, LocalizedError, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var problem: String
        public var errorDescription: String? { "line \(line), column \(column): \(problem)" }
    }

    /// The document, and the path of every key that repeats an earlier key of its object (the first value is kept).
    public struct Result: Sendable {
        public var value: JSONValue
        public var duplicateKeys: [JSONPath]
    }

    /// Deeper nesting is refused: shiryo's format is 6 levels deep.
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var position = 0
    private var duplicates: [JSONPath] = []

    public static func parse(_ data: Data) throws(SyntaxError) -> Result {
        var parser = JSONParser(bytes: Array(data))
        parser.skipWhitespace()
        let value = try parser.value(at: JSONPath(), depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the document") }
        return Result(value: value, duplicateKeys: parser.duplicates)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value(at path: JSONPath, depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        guard let byte = peek() else { throw error("unexpected end of the file") }
        switch byte {
        case UInt8(ascii: "{"): return try object(at: path, depth: depth)
        case UInt8(ascii: "["): return try array(at: path, depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character \(describe(byte))")
        }
    }

    private mutating func object(at path: JSONPath, depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "expected ':' after a key")
            skipWhitespace()
            let child = path.appending(key)
            let item = try value(at: child, depth: depth + 1)
            if members[key] == nil { members[key] = item } else { duplicates.append(child) }
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "}"), "expected ',' or '}'")
            return .object(members)
        }
    }

    private mutating func array(at path: JSONPath, depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value(at: path.appending(items.count), depth: depth + 1))
            skipWhitespace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "]"), "expected ',' or ']'")
            return .array(items)
        }
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") { position += 1 } else if try digits() == 0 { throw error("a number needs digits") }
        var integral = true
        if peek() == UInt8(ascii: ".") {
            position += 1
            integral = false
            if try digits() == 0 { throw error("a number needs digits after '.'") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            integral = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            if try digits() == 0 { throw error("a number needs digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if integral, let value = Int(text) { return .int(value) }
        // Beyond Double's range strtod gives ±infinity: still a number, out of range for every field.
        return .double(Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity))
    }

    private mutating func digits() throws(SyntaxError) -> Int {
        let start = position
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    private mutating func string() throws(SyntaxError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position  // start of the bytes copied as they are
        func flush(_ parser: JSONParser, to end: Int) throws(SyntaxError) {
            guard let text = String(bytes: parser.bytes[run..<end], encoding: .utf8) else {
                throw parser.error("a string is not valid UTF-8")
            }
            scalars.append(contentsOf: text.unicodeScalars)
        }
        while true {
            guard let byte = peek() else { throw error("a string is never closed") }
            switch byte {
            case UInt8(ascii: "\""):
                try flush(self, to: position)
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                try flush(self, to: position)
                position += 1
                scalars.append(try escape())
                run = position
            case 0..<0x20:
                throw error("a control character inside a string must be escaped")
            default:
                position += 1
            }
        }
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        guard let byte = peek() else { throw error("a string is never closed") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit), peek() == UInt8(ascii: "\\"), position + 1 < bytes.count,
                bytes[position + 1] == UInt8(ascii: "u")
            {
                position += 2
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low) else { throw error("a \\u surrogate pair is broken") }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(unit) else { throw error("a \\u escape is a lone surrogate") }
            return scalar
        default:
            throw error("unknown escape \\\(describe(byte))")
        }
    }

    private mutating func hexUnit() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else {
            throw error("\\u needs four hex digits")
        }
        position += 4
        return unit
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected else {
            throw error("unexpected word (expected \(word))")
        }
        position += expected.count
    }

    private mutating func expect(_ byte: UInt8, _ problem: String) throws(SyntaxError) {
        guard peek() == byte else { throw error(peek() == nil ? "unexpected end of the file" : problem) }
        position += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "0x%02X", byte)
    }

    /// Line and column (in characters of the line, 1-based) of the current position.
    private func error(_ problem: String) -> SyntaxError {
        let before = bytes[..<min(position, bytes.count)]
        let line = before.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, problem: problem)
    }
}
