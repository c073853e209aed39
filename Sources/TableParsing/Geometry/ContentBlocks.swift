import JapaneseText
import ShiryoCore

/// Where body text covers the page in x: coverage runs and the content blocks between gutters.
extension ColumnLayoutBuilder {
    /// A stretch of whole points `start..<end` (from `origin`) covered by the same glyphs: `all` of them,
    /// `arrows` of those arrows.
    struct CoverageRun {
        let start: Int
        let end: Int
        let all: Int
        let arrows: Int
    }

    /// How many glyphs cover each whole point from `origin` (`width` points), as runs of equal count: memory
    /// grows with the glyphs, never with the page width (a MediaBox or text matrix can say 1e10 points).
    static func coverage(
        of glyphs: [PositionedGlyph], origin: Int, width: Int,
        tolerances: ColumnTolerances = .standard
    ) -> [CoverageRun] {
        var changes: [(x: Int, all: Int, arrows: Int)] = []
        changes.reserveCapacity(glyphs.count * 2)
        for glyph in glyphs {
            // Shrink by a fraction so touching neighbours do not bridge a hairline gutter.
            let inset = glyph.width * tolerances.coverageInset
            let from = max(0, Int(saturating: (glyph.x + inset).rounded(.down) - Double(origin)))
            let to = min(width - 1, Int(saturating: (glyph.maxX - inset).rounded(.up) - Double(origin)))
            guard from <= to else { continue }
            let arrow = glyph.isArrow ? 1 : 0
            changes.append((from, 1, arrow))
            changes.append((to + 1, -1, -arrow))
        }
        changes.sort { $0.x < $1.x }
        var runs: [CoverageRun] = []
        var (x, index, all, arrows) = (0, 0, 0, 0)
        while x < width {
            while index < changes.count, changes[index].x == x {
                all += changes[index].all
                arrows += changes[index].arrows
                index += 1
            }
            let end = index < changes.count ? changes[index].x : width
            runs.append(CoverageRun(start: x, end: end, all: all, arrows: arrows))
            x = end
        }
        return runs
    }

    /// Maximal x-intervals covered by body glyphs, split at gutters. A gutter may be crossed by a few
    /// lines (a note spanning the table) without disappearing: `noise`, the glyphs allowed over a gutter.
    /// `em`: the glyphs' median height.
    static func contentBlocks(
        _ glyphs: [PositionedGlyph], noise: Int, em: Double,
        tolerances: ColumnTolerances = .standard
    ) -> [Block] {
        // Space glyphs were dropped when the page was read.
        guard let minX = glyphs.map(\.x).min(), let maxX = glyphs.map(\.maxX).max(), maxX > minX else { return [] }
        let origin = Int(saturating: minX, rounding: .down)
        let width = Int(saturating: maxX.rounded(.up) - Double(origin) + 1)
        let runs = coverage(of: glyphs, origin: origin, width: width)
        let minimumGutter = max(tolerances.minimumGutterPoints, em * tolerances.minimumGutter)
        var blocks: [Block] = []
        var start: Int?
        var allArrows = true
        // Each run, then the end of the page: the same walk as point by point, a run at a time.
        for run in runs + [CoverageRun(start: width, end: width, all: 0, arrows: 0)] {
            let covered = run.start < width && run.all > noise
            if covered {
                if start == nil { start = run.start; allArrows = true }
                if run.arrows < run.all { allArrows = false }
            } else if let begin = start {
                let block = Block(
                    minX: Double(begin) + Double(origin), maxX: Double(run.start) + Double(origin),
                    arrowsOnly: allArrows)
                // The gaps between the glyphs of a word line up in every line; a gutter is wider.
                if let last = blocks.last, last.arrowsOnly == block.arrowsOnly, block.minX - last.maxX < minimumGutter {
                    blocks[blocks.count - 1].maxX = block.maxX
                } else {
                    blocks.append(block)
                }
                start = nil
            }
        }
        return blocks
    }
}
