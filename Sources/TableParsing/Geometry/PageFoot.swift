import JapaneseText
import ShiryoCore

/// A page number printed below the table in every common form: a bare 「1」, 「- 2 -」, 「1 / 2」, 「－３－」.
/// A bare number is a page number only where no row number can be: alone at the foot of the page, apart
/// from the text above it and centred on the page.
enum PageFoot {
    /// Indexes of the page's lines that are its page number.
    static func pageNumberLines(_ lines: [GlyphLine], pageWidth: Double, tolerances: GeometryTolerances) -> Set<Int> {
        guard let last = lines.indices.last, pageWidth > 0 else { return [] }
        // Top and bottom of the page: some makers print the number at the head.
        let candidates = Set([last, 0])
        var result: Set<Int> = []
        for index in candidates where isPageNumber(lines, index, pageWidth: pageWidth, tolerances: tolerances) {
            result.insert(index)
        }
        return result
    }

    static func isPageNumber(_ lines: [GlyphLine], _ index: Int, pageWidth: Double, tolerances: GeometryTolerances) -> Bool {
        let line = lines[index]
        let text = line.text.trimmedWhitespace
        let bare = Numbers.decimal(text.filter { $0 != " " && $0 != "\u{3000}" }) != nil
        guard bare || PageFurniture.isPageNumber(text) else { return false }
        let centred = abs(line.midX - pageWidth / 2) <= pageWidth * tolerances.pageFootCentre
        guard centred else { return false }
        // Apart from its neighbour line by more than the table's line spacing.
        let neighbour = index == 0 ? (lines.count > 1 ? lines[1] : nil) : lines[index - 1]
        guard let neighbour else { return true }
        let gap = index == 0 ? neighbour.minY - line.maxY : line.minY - neighbour.maxY
        return gap >= tolerances.pageFootGap * line.height
    }
}
