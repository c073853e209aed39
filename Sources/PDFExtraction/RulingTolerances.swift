import ShiryoCore

/// The named thresholds of ruling-line detection (`RulingDetector`), with their units and reasons. Found
/// lines are where the vector paths are to about half a pixel (0.5 pt: poppler moves a thin stroke onto the
/// middle of a pixel), their ends to about a pixel.
public struct RulingTolerances: Sendable {
    /// Raster resolution, pixels per point. One pixel a point keeps an A4 page at about half a megapixel
    /// (drawing it costs about 2 ms, scanning it about as much again); poppler widens strokes thinner than a
    /// pixel to one pixel, and a thin filled rectangle (Word, Excel borders) still leaves a faint row of
    /// pixels that `faintInk` catches.
    public let pixelsPerPoint = 1.0
    /// Ink (0 white … 255 black) a pixel needs to belong to a line: about 8 %, so a 0.1 pt black
    /// rectangle, a tenth of a 1 pt pixel, still counts.
    public let faintInk: UInt8 = 20
    /// Inside a run too thick to be a line at `faintInk` (a shaded header cell, fills meeting at a border),
    /// pixels this much darker than the shading (ink units, about 16 %) are looked at again: a 0.5 pt border
    /// between two light fills covers only part of a pixel, so it is not black, only darker than the fill.
    public let lineContrast: UInt8 = 40
    /// Thickest ruling, points. Word's and Excel's thickest usual borders are 2.25–4.5 pt; anything thicker
    /// is a filled area (shading, a black bar), not a line, and its edges are not reported.
    public let maxThickness = 4.5
    /// Two pieces whose positions differ by at most this (points) lie on the same line.
    public let collinear = 1.0
    /// Largest gap (points) bridged between collinear pieces: a line is interrupted where another crosses it
    /// (by that line's thickness) and between the dashes of a dashed or dotted border (Word, Excel: ≤ 3 pt).
    public let joinGap = 3.0
    /// Where a line is crossed or touched (another line, a glyph at a cell's edge), the pixels of its span
    /// still hold at least this fraction of its usual ink: it is followed through, not broken there.
    public let bridgeInk = 0.75
    /// Shortest ruling kept, points: shorter marks are dots, ticks or glyph fragments.
    public let minLength = 5.0
    /// A piece of ink inside one glyph's box grown by this much (points) is a stroke of that glyph: anti-aliasing
    /// spreads a stroke up to a pixel (1 pt at `pixelsPerPoint` 1) beyond its outline.
    public let glyphMargin = 1.0
    /// …or by this fraction of the glyph's width, when larger: strokes of large or bold glyphs reach past the
    /// glyph's box (the sweep of 辶 in a 20 pt title). The width, not the font size: some fonts make poppler
    /// report sizes and box heights far larger than drawn, never widths.
    public let glyphOverhang = 0.1
    /// Part of a glyph box cut off at each side before asking whether a line runs through the text, and
    /// before painting the glyph's middle white: borders of tightly padded cells (Word, Calc) touch the glyph
    /// boxes' edges but not their middle.
    public let glyphInset = 0.15
    /// A line running through the middle of glyph boxes over this fraction of its length is text.
    public let textCoverage = 0.9
    /// A line covered over this fraction of its length by line-like characters (＿, ─, ー, …, ・) is text.
    public let lineCharacterCoverage = 0.5

    /// The values used; a debug build applies `SHIRYO_TOLERANCE_OVERRIDES` here (`Scripts/mutate-tolerances`).
    public static let standard = ToleranceOverrides.applied(to: RulingTolerances())
}

/// The standard values, as the detector reads them.
extension RulingTolerances {
    public static var pixelsPerPoint: Double { standard.pixelsPerPoint }
    public static var faintInk: UInt8 { standard.faintInk }
    public static var lineContrast: UInt8 { standard.lineContrast }
    public static var maxThickness: Double { standard.maxThickness }
    public static var collinear: Double { standard.collinear }
    public static var joinGap: Double { standard.joinGap }
    public static var bridgeInk: Double { standard.bridgeInk }
    public static var minLength: Double { standard.minLength }
    public static var glyphMargin: Double { standard.glyphMargin }
    public static var glyphOverhang: Double { standard.glyphOverhang }
    public static var glyphInset: Double { standard.glyphInset }
    public static var textCoverage: Double { standard.textCoverage }
    public static var lineCharacterCoverage: Double { standard.lineCharacterCoverage }
}
