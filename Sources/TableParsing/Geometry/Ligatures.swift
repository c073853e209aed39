import ShiryoCore

/// Latin ligature glyphs (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) are how a font drew letters, not what was written: a PDF maker
/// that shapes Latin text (cairo, some browsers) maps them to U+FB00–U+FB06, and 「ﬁle:///」 would match no
/// address. Each is read as its letters, the glyph's box shared evenly among them.
enum Ligatures {
    static let letters: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]

    static func expand(_ glyph: PositionedGlyph) -> [PositionedGlyph] {
        let value = glyph.scalarValue
        guard (0xFB00...0xFB06).contains(value), let text = letters[value] else { return [glyph] }
        let width = glyph.width / Double(text.count)
        return text.enumerated().map { index, letter in
            PositionedGlyph(
                character: letter, x: glyph.x + Double(index) * width, y: glyph.y, width: width,
                height: glyph.height, fontSize: glyph.fontSize)
        }
    }
}
