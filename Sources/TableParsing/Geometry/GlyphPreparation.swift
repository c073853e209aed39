import ShiryoCore

/// A page's glyphs made ready for reading, the same for the table parser and for `PrintedFragments`:
/// space glyphs dropped (gaps decide where spaces are, wherever a space glyph was drawn), ligatures read as
/// their letters, fake-bold doubles read once, then inflated boxes shrunk (after the dedupe: twins are told
/// apart by their inflated boxes' overlap).
enum GlyphPreparation {
    /// `repair` runs on each glyph before the dedupe; the counts are for the parser's diagnostics.
    static func prepare(_ glyphs: [PositionedGlyph], repair: ((PositionedGlyph) -> PositionedGlyph)? = nil)
        -> (glyphs: [PositionedGlyph], fakeBoldRemoved: Int, resized: Int) {
        let expanded = glyphs.filter { !$0.isBlank }.flatMap(Ligatures.expand)
        let (deduped, removed) = FakeBold.dedupe(repair.map { expanded.map($0) } ?? expanded)
        let (prepared, resized) = InflatedGlyphBoxes.repair(deduped)
        return (prepared, removed, resized)
    }
}
