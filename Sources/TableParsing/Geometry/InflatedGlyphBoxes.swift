import ShiryoCore

/// Some fonts (Type 3 fonts of a browser's synthetic bold, fonts scaled through their matrix) make poppler
/// report a font size and glyph box far larger than what is drawn: the boxes of one line reach into the lines
/// above and below, and lines get mixed. Japanese glyphs are square, so their advance width is the drawn
/// size: where the wide glyphs of one reported size are all much narrower than that size, every glyph of
/// that size (Latin ones too) is shrunk by the same factor about its box's centre.
enum InflatedGlyphBoxes {
    static func repair(_ glyphs: [PositionedGlyph], tolerances: LineTolerances = .standard)
        -> (glyphs: [PositionedGlyph], resized: Int)
    {
        // Width-to-size ratios of the wide glyphs, per reported size (to 1/10 pt).
        var ratios: [Int: [Double]] = [:]
        let smallest = tolerances.inflatedMinimumSize
        for glyph in glyphs where glyph.fontSize > smallest && glyph.width > smallest && GlyphLine.isWide(glyph.character) {
            ratios[key(glyph), default: []].append(glyph.width / glyph.fontSize)
        }
        var factors: [Int: Double] = [:]
        for (size, values) in ratios where values.count >= tolerances.inflatedGlyphs {
            guard let median = values.upperMedian else { continue }
            // Square glyphs are drawn about one size wide; proportional kana (Ｐゴシック) are still wider than 0.6.
            if median < tolerances.inflatedRatio { factors[size] = median }
        }
        guard !factors.isEmpty else { return (glyphs, 0) }
        var resized = 0
        let repaired = glyphs.map { glyph -> PositionedGlyph in
            guard let factor = factors[key(glyph)] else { return glyph }
            resized += 1
            let height = glyph.height * factor
            return PositionedGlyph(
                character: glyph.character, x: glyph.x, y: glyph.y + (glyph.height - height) / 2,
                width: glyph.width, height: height, fontSize: glyph.fontSize * factor)
        }
        return (repaired, resized)
    }

    static func key(_ glyph: PositionedGlyph) -> Int { Int(saturating: glyph.fontSize * 10, rounding: .toNearestOrAwayFromZero) }
}
