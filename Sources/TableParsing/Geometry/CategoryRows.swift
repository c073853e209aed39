import JapaneseText
import ShiryoCore

/// Category rows printed across the table between groups of numbered rows (「１　道路について」,
/// 「（１）福祉分野」, 「【Ⅰ　子どもが健やかに育つまち】」): never a record, never in a cell, but the `group` of
/// every row under them until the next category or the end of the table.
///
/// A category that starts with a number of its own is told from a numbered row by where its text starts:
/// a row's text starts in the next column (at the same x on every row), a category's right after its number,
/// inside the № column, because its cell spans the columns; in a ruled table, by the ruling that parts a row's
/// № from its text and is missing in a category's cell.
enum CategoryRows {
    /// A category line: its middle (pt) and its text as printed.
    struct Label: Sendable {
        var y: Double
        var text: String
    }

    /// The category rows seen so far: those of the page being read, and the one that applies at its top.
    struct State: Sendable {
        /// Category lines of the current page.
        var onPage: [Label] = []
        /// The category open at the end of the last page read, and its table.
        var open: (table: Int, text: String)?
    }

    /// The row number printed at the start of `line`, where it ends and the x where the text after it starts
    /// (nil when nothing follows on the line); nil when the line does not start with a №.
    static func leadingNumber(_ line: GlyphLine, tolerances: GeometryTolerances)
        -> (number: RowNumber, end: Double, textStart: Double?)?
    {
        let glyphs = line.glyphs
        var length = min(glyphs.count, tolerances.categoryNumberGlyphs)
        while length > 0 {
            let text = String(glyphs[0..<length].map(\.character))
            if let number = Numbers.rowNumber(text) {
                return (number, glyphs[length - 1].maxX, glyphs[length...].first { !$0.isBlank }?.x)
            }
            length -= 1
        }
        return nil
    }

    /// How the rows of a page show where their text starts after the №.
    struct RowEvidence {
        /// The x where text usually starts after a row's № (the median), nil with too few numbered lines.
        var usualStart: Double?
        /// Whether numbered rows are ruled: most have a vertical ruling between the № and their text.
        var ruled: Bool
    }

    static func evidence(_ lines: [GlyphLine], rulings: [RulingLine], tolerances: GeometryTolerances) -> RowEvidence {
        var starts: [Double] = []
        var ruledCount = 0
        for line in lines {
            guard let leading = leadingNumber(line, tolerances: tolerances), let start = leading.textStart else { continue }
            starts.append(start)
            if hasRuling(rulings, at: line.midY, between: leading.end, and: start) { ruledCount += 1 }
        }
        starts.sort()
        let enough = starts.count >= tolerances.categoryEvidenceRows
        return RowEvidence(usualStart: enough ? starts[starts.count / 2] : nil, ruled: enough && ruledCount * 2 > starts.count)
    }

    static func hasRuling(_ rulings: [RulingLine], at y: Double, between left: Double, and right: Double) -> Bool {
        rulings.contains { $0.orientation == .vertical && $0.start <= y && $0.end >= y && $0.position > left && $0.position < right }
    }

    /// Whether a line of one run that starts with a № is a numbered category (a short title, no ⇒): in a ruled table, no ruling
    /// parts its number from its text (the cell spans the columns); else its text starts well left of where
    /// the rows' text starts.
    static func isNumberedCategory(
        _ line: GlyphLine, evidence: RowEvidence, rulings: [RulingLine],
        tolerances: GeometryTolerances
    ) -> Bool {
        guard let usualStart = evidence.usualStart, line.glyphs.count <= tolerances.categoryLength,
            !line.glyphs.contains(where: \.isArrow), let leading = leadingNumber(line, tolerances: tolerances),
            let start = leading.textStart
        else { return false }
        if evidence.ruled { return !hasRuling(rulings, at: line.midY, between: leading.end, and: line.maxX) }
        return start < usualStart - tolerances.categoryIndent * line.em
    }
}

extension GeometryTableParser {
    /// Gives each row of the page the category printed above it (or the one still open from the page before).
    mutating func assignCategories(_ parts: inout [RowPart]) {
        let table = max(tables.count, 1)
        if let open = categories.open, open.table != table { categories.open = nil }
        var labels = categories.onPage.sorted { $0.y < $1.y }[...]
        for index in parts.indices {
            let top = parts[index].row.boxes.first.map { $0.y + rowTolerances.rowBoxPadding } ?? 0
            while let label = labels.first, label.y < top {
                categories.open = (table, label.text)
                labels.removeFirst()
            }
            if !parts[index].isContinuation { parts[index].row.group = categories.open?.text }
        }
        if let last = labels.last { categories.open = (table, last.text) }
        categories.onPage = []
    }
}
