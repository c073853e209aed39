import ShiryoCore

/// One printed line of a plan page, in reading order.
public struct PlanLine: Sendable, Hashable {
    public var text: String
    /// In the top or bottom margin band, where running headers and page numbers are printed.
    public var inMargin: Bool

    public init(text: String, inMargin: Bool) {
        self.text = text
        self.inMargin = inMargin
    }
}

/// A plan page's glyphs → lines in reading order: margin lines (headers) first, then the body — a
/// two-column stretch left column first, then right — then the bottom margin (footers).
public enum PlanLayout {
    /// Top and bottom fraction of the page height where running headers and page numbers are printed
    /// (A4: 67 pt; body text of plans starts below 20 mm).
    public static let marginBandFraction = 0.08
    /// Glyphs whose vertical centres differ by less than this fraction of the glyph height share a line.
    static let sameLineFraction = 0.5
    /// A blank at least this many font sizes wide separates two columns, or two pieces of a margin line:
    /// body text is set solid, words are at most one full-width space (1 em) apart.
    public static let columnGapEms = 1.5
    /// Rows with text on both sides of the gap before a page counts as two columns: one indented or
    /// short line is not a column.
    public static let minimumColumnRows = 3
    /// Where a gutter may lie, as fractions of the page width: two-column plans split near the middle.
    static let gutterSearchBand = 0.25...0.75

    public static func lines(of page: PageGlyphs) -> [PlanLine] { layout(of: page, previousGutter: nil).lines }

    /// The page's lines and its column gutter, if any. `previousGutter` (the page before's) is kept on a page
    /// too short to show its own: the last page of a two-column section, balanced into two short columns.
    public static func layout(of page: PageGlyphs, previousGutter: Double?) -> (lines: [PlanLine], gutter: Double?) {
        let rows = TextRow.rows(page.glyphs)
        let top = page.height * marginBandFraction, bottom = page.height * (1 - marginBandFraction)
        let header = rows.filter { $0.midY < top }, footer = rows.filter { $0.midY > bottom }
        let body = rows.filter { $0.midY >= top && $0.midY <= bottom }
        let gutter = gutter(body, pageWidth: page.width) ?? previousGutter.flatMap { continued($0, body) }
        let margin = { (rows: [TextRow]) in rows.flatMap { $0.pieces() }.map { PlanLine(text: $0.text, inMargin: true) } }
        let lines =
            margin(header) + readingOrder(body, gutter: gutter).map { PlanLine(text: $0.text, inMargin: false) }
            + margin(footer)
        return (lines, gutter)
    }

    /// The previous page's gutter when no row of this page runs across it and one has text on both sides.
    static func continued(_ gutter: Double, _ rows: [TextRow]) -> Double? {
        let crossed = rows.contains { $0.crosses(gutter) }
        let split = rows.contains { $0.isClear(around: gutter) && $0.hasText(leftOf: gutter) && $0.hasText(rightOf: gutter) }
        return !crossed && split ? gutter : nil
    }

    /// Full-width rows in place; between them, the left parts of a two-column stretch, then its right parts.
    static func readingOrder(_ rows: [TextRow], gutter: Double?) -> [TextRow] {
        guard let gutter else { return rows }
        var ordered: [TextRow] = [], left: [TextRow] = [], right: [TextRow] = []
        func flush() {
            ordered += left + right
            left = []
            right = []
        }
        for row in rows {
            if row.crosses(gutter) {
                flush()
                ordered.append(row)
            } else {
                let (leftPart, rightPart) = row.split(at: gutter)
                if let leftPart { left.append(leftPart) }
                if let rightPart { right.append(rightPart) }
            }
        }
        flush()
        return ordered
    }

    /// The x of the column gap: the one with the most rows having text on both sides and none near it,
    /// counted against the rows whose ink runs across it. Nil for a one-column page.
    static func gutter(_ rows: [TextRow], pageWidth: Double) -> Double? {
        // The middle of the first stretch of x with the best score: the centre of the gap.
        var best: (from: Double, to: Double, score: Int)?
        var x = pageWidth * gutterSearchBand.lowerBound
        while x <= pageWidth * gutterSearchBand.upperBound {
            var both = 0, crossing = 0
            for row in rows {
                if row.crosses(x) {
                    crossing += 1
                } else if row.isClear(around: x), row.hasText(leftOf: x), row.hasText(rightOf: x) {
                    both += 1
                }
            }
            let score = both - crossing
            if both >= minimumColumnRows, score > 0 {
                if score > best?.score ?? 0 {
                    best = (x, x, score)
                } else if let run = best, score == run.score, run.to == x - 1 {
                    best?.to = x
                }
            }
            x += 1
        }
        return best.map { ($0.from + $0.to) / 2 }
    }
}
