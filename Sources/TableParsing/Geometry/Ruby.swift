import ShiryoCore

/// Ruby (furigana): kana printed at about half size right above the text it reads (names in council
/// documents). It is in the text layer but is no cell's text, so it is taken out before lines are built.
enum Ruby {
    /// The glyphs without ruby, and the ruby's printed runs (for the diagnostic that names them).
    static func remove(_ glyphs: [PositionedGlyph], tolerances: GeometryTolerances) -> (glyphs: [PositionedGlyph], ruby: [String]) {
        guard let usual = glyphs.map(\.height).upperMedian, usual > 0 else { return (glyphs, []) }
        let small = glyphs.indices.filter { glyphs[$0].height <= usual * tolerances.rubySizeRatio && isKana(glyphs[$0]) }
        guard !small.isEmpty else { return (glyphs, []) }
        let bases = glyphs.filter { $0.height > usual * tolerances.rubySizeRatio }.sorted { $0.x < $1.x }
        let ruby = Set(small.filter { hasBase(glyphs[$0], in: bases, tolerances: tolerances) })
        guard !ruby.isEmpty else { return (glyphs, []) }
        let removed = ruby.sorted().map { glyphs[$0] }
        let runs = GlyphLine.lines(of: removed).flatMap { $0.runs(gapInEm: tolerances.captionRunGap).map(\.text) }
        return (glyphs.indices.filter { !ruby.contains($0) }.map { glyphs[$0] }, runs)
    }

    /// Whether a bigger glyph lies right under `glyph`, overlapping it in x: the base text the ruby reads.
    static func hasBase(_ glyph: PositionedGlyph, in bases: [PositionedGlyph], tolerances: GeometryTolerances) -> Bool {
        // Bases sorted by x: look only at those starting before the ruby glyph ends.
        var low = 0, high = bases.count
        while low < high {
            let middle = (low + high) / 2
            if bases[middle].x < glyph.maxX { low = middle + 1 } else { high = middle }
        }
        for base in bases[..<low].reversed() {
            if base.maxX <= glyph.x - base.height * tolerances.rubyBaseReach { break }  // far enough left: no wider glyph reaches back
            guard base.maxX > glyph.x, base.height >= glyph.height / tolerances.rubySizeRatio * tolerances.rubyBaseSizeSlack else {
                continue
            }
            let gap = base.y - glyph.maxY
            if gap >= -glyph.height * tolerances.rubyOverlap, gap <= base.height * tolerances.rubyBaseGap { return true }
        }
        return false
    }

    /// Hiragana and katakana (ruby is kana), small forms and the prolonged sound mark included.
    static func isKana(_ glyph: PositionedGlyph) -> Bool {
        let value = glyph.scalarValue
        return (0x3041...0x30FF).contains(value) || (0x31F0...0x31FF).contains(value) || (0xFF66...0xFF9F).contains(value)
    }
}
