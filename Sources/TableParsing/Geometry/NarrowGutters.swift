import ShiryoCore

/// Cells with almost no padding (spreadsheet exports: a point or two) leave gutters narrower than
/// `contentBlocks` takes for a gutter, so two columns' text becomes one block. Where such a block runs under
/// two headers, it is split between the two header texts at the uncovered strip where the right column's
/// lines begin: the columns' texts nearly touch, but no line crosses from one cell into the next.
enum NarrowGutters {
    /// The blocks with every block that runs under several headers split between them, and a note per split.
    static func split(
        _ blocks: [ColumnLayoutBuilder.Block], headers: [HeaderToken], body: [PositionedGlyph],
        noise: Int
    ) -> (blocks: [ColumnLayoutBuilder.Block], notes: [String]) {
        var result: [ColumnLayoutBuilder.Block] = []
        var notes: [String] = []
        for block in blocks {
            let under = headers.filter { $0.line.maxX > block.minX && $0.line.minX < block.maxX }
            guard !block.arrowsOnly, under.count > 1 else { result.append(block); continue }
            var rest = block
            for (left, right) in zip(under, under.dropFirst()) {
                guard
                    let strip = widestStrip(
                        in: body, from: max(left.line.maxX, rest.minX),
                        to: min(right.line.minX, rest.maxX), noise: noise)
                else { continue }
                result.append(ColumnLayoutBuilder.Block(minX: rest.minX, maxX: strip.lowerBound, arrowsOnly: false))
                rest.minX = strip.upperBound
                notes.append(
                    "the columns \(left.text) and \(right.text) have only a hairline gutter (cell padding of a point or two); they were split at x \(Int(saturating: strip.upperBound)), where the lines of \(right.text) begin"
                )
            }
            result.append(rest)
        }
        return (result, notes)
    }

    /// The uncovered x-interval in `from...to` where a column's text begins: the strip (touching letters leave
    /// none) right before which lines most often start a run of text after a gap — a left-aligned cell edge,
    /// shared by at least two lines. Evenly spaced letters leave hairline strips too, but start no runs there.
    static func widestStrip(
        in glyphs: [PositionedGlyph], from: Double, to: Double, noise: Int,
        tolerances: ColumnTolerances = .standard
    ) -> Range<Double>? {
        let origin = Int(saturating: from, rounding: .down)
        let width = Int(saturating: to.rounded(.up) - Double(origin))
        guard width > 0 else { return nil }
        let inside = glyphs.filter { $0.maxX > from && $0.x < to && !$0.isArrow }
        let runs = ColumnLayoutBuilder.coverage(of: inside, origin: origin, width: width)
        var strips: [Range<Int>] = []
        var start: Int?
        for run in runs + [ColumnLayoutBuilder.CoverageRun(start: width, end: width, all: 0, arrows: 0)] {
            let x = run.start
            if x < width, run.all <= noise {
                if start == nil { start = x }
            } else if let begin = start {
                // Strips at the ends lie beside the block, not inside it.
                if begin > 0, x < width { strips.append(begin..<x) }
                start = nil
            }
        }
        guard !strips.isEmpty else { return nil }
        // Where runs of text start: a line's first glyph, or one after a gap wider than letters leave.
        var runStarts: [Double] = []
        for line in GlyphLine.lines(of: inside) {
            var previous: PositionedGlyph?
            for glyph in line.glyphs {
                if previous.map({ glyph.x - $0.maxX >= tolerances.runStartGap }) ?? true { runStarts.append(glyph.x) }
                previous = glyph
            }
        }
        let scored = strips.map { strip -> (strip: Range<Int>, starts: Int) in
            let edge = Double(strip.upperBound) + Double(origin)
            let slack = tolerances.runStartGap
            return (strip, runStarts.count { $0 >= edge - slack && $0 <= edge + slack })
        }
        guard let best = scored.max(by: { ($0.starts, $0.strip.count) < ($1.starts, $1.strip.count) }),
            best.starts >= tolerances.runStartsAtEdge
        else { return nil }
        return (Double(best.strip.lowerBound) + Double(origin))..<(Double(best.strip.upperBound) + Double(origin))
    }
}
