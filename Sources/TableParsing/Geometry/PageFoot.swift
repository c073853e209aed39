import JapaneseText
import ShiryoCore

/// A page number printed below the table in every common form: a bare 「1」, 「- 2 -」, 「1 / 2」, 「－３－」.
/// A bare number is a page number only where no row number can be: alone at the foot of the page, apart
/// from the text above it and centred on the page.
enum PageFoot {
    /// Where a page number was printed: its middle, in points.
    struct Spot: Sendable, Hashable {
        let x: Double
        let y: Double
    }

    /// Indexes of the page's lines that are its page number: at the foot or head, centred and apart from the
    /// text, or at a spot where an earlier page printed its number (then however close the text comes).
    static func pageNumberLines(
        _ lines: [GlyphLine], pageWidth: Double, seen: [Spot],
        tolerances: GeometryTolerances
    ) -> Set<Int> {
        guard let last = lines.indices.last, pageWidth > 0 else { return [] }
        var result: Set<Int> = []
        for index in Set([last, 0]) where isNumberText(lines[index]) {
            let line = lines[index]
            let atSeenSpot = seen.contains { abs($0.x - line.midX) <= line.height && abs($0.y - line.midY) <= line.height }
            if atSeenSpot || isPageNumber(lines, index, pageWidth: pageWidth, tolerances: tolerances) { result.insert(index) }
        }
        return result
    }

    static func isNumberText(_ line: GlyphLine) -> Bool {
        let text = line.text.trimmedWhitespace
        return Numbers.decimal(text.filter { $0 != " " && $0 != "\u{3000}" }) != nil || PageFurniture.isPageNumber(text)
    }

    static func isPageNumber(_ lines: [GlyphLine], _ index: Int, pageWidth: Double, tolerances: GeometryTolerances) -> Bool {
        let line = lines[index]
        let centred = abs(line.midX - pageWidth / 2) <= pageWidth * tolerances.pageFootCentre
        guard centred else { return false }
        // Apart from its neighbour line by more than the table's line spacing.
        let neighbour = index == 0 ? (lines.count > 1 ? lines[1] : nil) : lines[index - 1]
        guard let neighbour else { return true }
        let gap = index == 0 ? neighbour.minY - line.maxY : line.minY - neighbour.maxY
        return gap >= tolerances.pageFootGap * line.height
    }
}
