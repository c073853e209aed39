/// How wide a line prints in a monospaced export, in half-width columns: a wide (CJK, full-width) or
/// East-Asian-ambiguous character (①, ■, …) counts 2, everything else 1. A text export hard-wraps each
/// cell at its column's width, so this is what tells the columns apart.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2010...0x2027, 0x2030...0x203B, 0x2160...0x217F, 0x2190...0x22FF,
            0x2460...0x24FF, 0x2500...0x27BF, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xE000...0xF8FF, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
