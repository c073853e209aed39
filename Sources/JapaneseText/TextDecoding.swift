import ShiryoCore

/// Bytes of a text export → a Swift string. Exports come as UTF-8 (with or without BOM), UTF-16 (BOM or
/// not), Shift_JIS/CP932 and EUC-JP; anything else is refused with a message naming the file.
public enum TextDecoding {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// The charset used, as ICU names it (e.g. "UTF-8", "windows-31j", "EUC-JP", "UTF-16LE").
        public var charset: String
    }

    /// Japanese legacy charsets tried when the detector is unsure; windows-31j (CP932) covers ①, Ⅰ, № of
    /// Shift_JIS files written on Windows.
    static let legacyCharsets = ["windows-31j", "EUC-JP"]

    public static func decode(_ bytes: [UInt8], file: String) throws(IngestError) -> Decoded {
        func fail(_ problem: InputProblem) -> IngestError { IngestError(file: file, problem: problem) }
        if bytes.isEmpty { throw fail(.empty) }

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try strict(Array(bytes.dropFirst(3)), "UTF-8", file) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try strict(Array(bytes.dropFirst(2)), "UTF-16LE", file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try strict(Array(bytes.dropFirst(2)), "UTF-16BE", file) }
        if let utf16 = unmarkedUTF16(bytes) { return try strict(bytes, utf16, file) }
        if bytes.contains(0) { throw fail(.binary) }

        if let text = String(validating: bytes, as: UTF8.self) {
            return try checked(Decoded(text: text, charset: "UTF-8"), file)
        }
        var candidates = legacyCharsets
        if let guess = ICU.detectCharset(bytes), let known = japaneseCharset(guess.name) {
            candidates.removeAll { $0 == known }
            candidates.insert(known, at: 0)
        }
        // The charset that read furthest is the one the file was most likely meant to be in: its first
        // bad byte is the line to report. UTF-8 counts too (it failed above, somewhere).
        var furthestFailure: Int?
        for charset in candidates + ["UTF-8"] {
            switch ICU.convert(bytes, from: charset) {
            case .success(let text) where charset != "UTF-8":
                return try checked(Decoded(text: text, charset: charset), file)
            case .failure(.invalidBytes(let offset)): furthestFailure = max(furthestFailure ?? 0, offset)
            default: continue
            }
        }
        let line = furthestFailure.map { lineNumber(ofByte: $0, in: bytes) }
        throw fail(.undecodable(line: line, detail: "not valid UTF-8, Shift_JIS or EUC-JP"))
    }

    /// Maps ICU's detector names to the converter we trust for them.
    static func japaneseCharset(_ detected: String) -> String? {
        switch detected.uppercased() {
        case "SHIFT_JIS", "WINDOWS-31J", "CP932": "windows-31j"
        case "EUC-JP": "EUC-JP"
        default: nil
        }
    }

    /// UTF-16 without BOM: ASCII-heavy text shows NUL bytes at every other position; Japanese text has few
    /// NULs (and ICU's detector only trusts a BOM), so each byte order is also read as code units and the one
    /// whose units are nearly all plausible text (kana, kanji, full-width forms, ASCII, newlines) wins. It
    /// must hold at least one ASCII unit (a newline will do), i.e. a NUL byte: Shift_JIS, EUC-JP and UTF-8
    /// text never has one, so they can never be taken for UTF-16 here.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 4 > pairs && evenZeros * 20 < pairs { return "UTF-16LE" }
        if evenZeros * 4 > pairs && oddZeros * 20 < pairs { return "UTF-16BE" }
        let little = plausibleShare(sample, bigEndian: false), big = plausibleShare(sample, bigEndian: true)
        if little >= 0.9, little - big >= 0.2 { return "UTF-16LE" }
        if big >= 0.9, big - little >= 0.2 { return "UTF-16BE" }
        if let guess = ICU.detectCharset(Array(sample)), guess.name.hasPrefix("UTF-16"), guess.confidence >= 50 {
            return guess.name
        }
        return nil
    }

    /// Share of the 16-bit units in `bytes` that are common in Japanese documents; 0 without an ASCII unit.
    static func plausibleShare(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Double {
        var plausible = 0, total = 0, ascii = 0
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            let unit = bigEndian ? first << 8 | second : second << 8 | first
            if unit < 0x80 { ascii += 1 }
            switch unit {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2000...0x27FF, 0x3000...0x30FF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
                plausible += 1
            default: break
            }
            total += 1
            index += 2
        }
        return total == 0 || ascii == 0 ? 0 : Double(plausible) / Double(total)
    }

    static func strict(_ bytes: [UInt8], _ charset: String, _ file: String) throws(IngestError) -> Decoded {
        switch ICU.convert(bytes, from: charset) {
        case .success(let text):
            if text.isEmpty { throw IngestError(file: file, problem: .empty) }
            return try checked(Decoded(text: text, charset: charset), file)
        case .failure(.invalidBytes(let offset)):
            throw IngestError(
                file: file,
                problem: .undecodable(
                    line: lineNumber(ofByte: offset, in: bytes, charset: charset), detail: "invalid \(charset) bytes"))
        case .failure:
            throw IngestError(file: file, problem: .undecodable(line: nil, detail: "\(charset) conversion failed"))
        }
    }

    /// Text full of control characters is a binary file that happened to decode.
    static func checked(_ decoded: Decoded, _ file: String) throws(IngestError) -> Decoded {
        var controls = 0, total = 0
        for scalar in decoded.text.unicodeScalars {
            total += 1
            if scalar.value < 0x20, !["\n", "\r", "\t", "\u{0C}"].contains(scalar) { controls += 1 }
            if scalar.value == 0 { throw IngestError(file: file, problem: .binary) }
        }
        if controls > 0, controls * 100 > total { throw IngestError(file: file, problem: .binary) }
        if decoded.text.allSatisfy(\.isWhitespace) { throw IngestError(file: file, problem: .empty) }
        return decoded
    }

    /// The line holding byte `offset`: newlines before it counted as `charset` encodes them. In UTF-16 a
    /// newline is the code unit 0x000A; a 0x0A byte inside another character (U+0A00–U+0AFF, U+XX0A) is none.
    static func lineNumber(ofByte offset: Int, in bytes: [UInt8], charset: String = "") -> Int {
        let end = min(max(0, offset), bytes.count)
        let name = charset.uppercased()
        guard name.hasPrefix("UTF-16") else { return bytes.prefix(end).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        let bigEndian = name.hasSuffix("BE") || (!name.hasSuffix("LE") && !bytes.starts(with: [0xFF, 0xFE]))
        var line = 1
        var index = 0
        while index + 1 < end {
            let unit =
                bigEndian
                ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
            if unit == 0x000A { line += 1 }
            index += 2
        }
        return line
    }
}
