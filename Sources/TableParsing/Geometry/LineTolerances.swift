import ShiryoCore

/// Tolerances of building lines from glyphs (`GlyphLine`) and of reading fake-bold doubles once (`FakeBold`).
/// Units as each comment says (pt: PDF points; em: the smaller neighbouring font size).
struct LineTolerances: Sendable {
    /// A glyph joins a line whose vertical middle is within this share of the glyph's height of its own.
    let lineMiddle = 0.5
    /// Glyphs come top-down, so the line a glyph joins is among this many last lines.
    let lineLookback = 8
    /// A gap wider than this (em) between glyphs is a space …
    let spaceGap = 0.3
    /// … and between Japanese characters wider than this (em) an ideographic space per em.
    let ideographicSpaceGap = 0.6
    /// At most this many ideographic spaces for one gap: a gap can be anything in a hostile PDF.
    let maximumSpaces = 1_000
    /// The smallest em (pt) gaps are measured in, and the line size used for a line without glyphs.
    let minimumEm = 1.0
    let defaultEm = 10.0
    /// A fake-bold twin lies less than this share of the glyph's height lower …
    let fakeBoldRise = 0.5
    /// … and overlaps its twin by more than this share of its area.
    let fakeBoldOverlap = 0.6
    /// The smallest area (pt²) an overlap is divided by (a zero-size box).
    let minimumArea = 0.01

    /// Inflated glyph boxes: the wide glyphs of one reported size are drawn narrower than this share of it
    /// (square glyphs are drawn about one size wide; proportional kana (Ｐゴシック) are still wider) …
    let inflatedRatio = 0.6
    /// … measured on at least this many wide glyphs …
    let inflatedGlyphs = 2
    /// … of size and width above this (pt): smaller boxes say nothing about their font.
    let inflatedMinimumSize = 1.0
    /// A printed fragment (for coverage) ends at a gap wider than this (em): cells side by side stay apart.
    let fragmentGap = 0.5

    static let standard = ToleranceOverrides.applied(to: LineTolerances())
}
