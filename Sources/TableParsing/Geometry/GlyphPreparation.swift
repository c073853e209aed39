import ShiryoCore

/// A page's glyphs made ready for reading, the same for the table parser and for `PrintedFragments`:
/// space glyphs dropped (gaps decide where spaces are, wherever a space glyph was drawn), ligatures read as
/// their letters, fake-bold doubles read once, then inflated boxes shrunk (after the dedupe: twins are told
/// apart by their inflated boxes' overlap).
enum GlyphPreparation {
    /// The prepared glyphs, and what was changed (for the parser's diagnostics).
    struct Prepared {
        let glyphs: [PositionedGlyph]
        let fakeBoldRemoved: Int
        let resized: Int
    }

    /// `repair` runs on each glyph before the dedupe.
    static func prepare(_ glyphs: [PositionedGlyph], repair: ((PositionedGlyph) -> PositionedGlyph)? = nil) -> Prepared {
        let expanded = glyphs.filter { !$0.isBlank }.flatMap(Ligatures.expand)
        let (deduped, removed) = FakeBold.dedupe(repair.map { expanded.map($0) } ?? expanded)
        let (prepared, resized) = InflatedGlyphBoxes.repair(deduped)
        return Prepared(glyphs: prepared, fakeBoldRemoved: removed, resized: resized)
    }
}
