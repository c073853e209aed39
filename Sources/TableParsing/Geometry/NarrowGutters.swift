import ShiryoCore

/// Cells with almost no padding (spreadsheet exports: a point or two) leave gutters narrower than
/// `contentBlocks` takes for a gutter, so two columns' text becomes one block. Where such a block runs under
/// two headers, it is split at the widest uncovered strip between the two header texts: the columns'
/// texts nearly touch, but no line crosses from one cell into the next.
enum NarrowGutters {
    /// The blocks with every block that runs under several headers split between them, and a note per split.
    static func split(_ blocks: [ColumnLayoutBuilder.Block], headers: [HeaderToken], body: [PositionedGlyph],
                      lineCount: Int) -> (blocks: [ColumnLayoutBuilder.Block], notes: [String]) {
        var result: [ColumnLayoutBuilder.Block] = []
        var notes: [String] = []
        let noise = max(0, lineCount / 50)
        for block in blocks {
            let under = headers.filter { $0.line.maxX > block.minX && $0.line.minX < block.maxX }
            guard !block.arrowsOnly, under.count > 1 else { result.append(block); continue }
            var rest = block
            for (left, right) in zip(under, under.dropFirst()) {
                guard let strip = widestStrip(in: body, from: max(left.line.maxX, rest.minX),
                                              to: min(right.line.minX, rest.maxX), noise: noise) else { continue }
                result.append(ColumnLayoutBuilder.Block(minX: rest.minX, maxX: strip.lowerBound, arrowsOnly: false))
                rest.minX = strip.upperBound
                notes.append("the columns \(left.text) and \(right.text) are only \(Int(strip.upperBound - strip.lowerBound)) pt apart at x \(Int(strip.lowerBound)); they were split there")
            }
            result.append(rest)
        }
        return (result, notes)
    }

    /// The widest x-interval in `from...to` that no glyph covers (touching letters do not leave one), when it
    /// is at least 2 pt and wider than every other.
    static func widestStrip(in glyphs: [PositionedGlyph], from: Double, to: Double, noise: Int) -> Range<Double>? {
        let origin = Int(from.rounded(.down))
        let width = Int(to.rounded(.up)) - origin
        guard width > 0 else { return nil }
        var coverage = [Int](repeating: 0, count: width)
        for glyph in glyphs where glyph.maxX > from && glyph.x < to && !glyph.isArrow {
            // The same inset as contentBlocks: glyph boxes of touching letters overlap a little.
            let inset = glyph.width * 0.1
            let low = max(0, Int((glyph.x + inset).rounded(.down)) - origin)
            let high = min(width - 1, Int((glyph.maxX - inset).rounded(.up)) - origin)
            guard low <= high else { continue }
            for x in low...high { coverage[x] += 1 }
        }
        var strips: [Range<Int>] = []
        var start: Int?
        for x in 0...width {
            if x < width, coverage[x] <= noise {
                if start == nil { start = x }
            } else if let begin = start {
                // Strips at the ends lie beside the block, not inside it.
                if begin > 0, x < width { strips.append(begin..<x) }
                start = nil
            }
        }
        // A gutter is one strip wider than the rest; letters on a grid leave many equal hairline strips.
        let widths = strips.map(\.count).sorted(by: >)
        guard let best = strips.max(by: { $0.count < $1.count }), widths[0] >= 2,
              widths.count == 1 || widths[0] > widths[1] else { return nil }
        return Double(best.lowerBound + origin)..<Double(best.upperBound + origin)
    }
}
