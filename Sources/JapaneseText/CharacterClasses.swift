extension Unicode.Scalar {
    /// Hiragana, katakana, CJK ideographs and the full-width punctuation that Japanese text is made of.
    public var isJapanese: Bool {
        switch value {
        case 0x3000...0x303F, 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
            0xFF5B...0xFF65, 0xFF66...0xFF9F, 0x20000...0x2FA1F, 0x2460...0x24FF, 0x2160...0x217F,
            0x2E80...0x2FDF:
            return true
        default:
            return false
        }
    }

    /// A-Z, a-z, also in full width.
    public var isLatinLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }
}

extension String {
    /// Trims ASCII and ideographic whitespace at both ends.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    /// The parts between spaces, ideographic spaces and tabs, as a header line or spread letters print them.
    public var spaceSeparatedParts: [Substring] {
        split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
    }
}
