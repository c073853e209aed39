import JapaneseText
import ShiryoCore

/// In the ③ cell line breaks carry meaning (one plan heading per line), so a line the PDF maker wrapped
/// because the cell was full must be told from a line the author ended. A line reaching the right edge of
/// the column's text, followed in the same cell at line pitch by a line that opens nothing new (no citation,
/// ＜label＞, 「quote」 or heading label), is one printed line: the two are joined. Lines inside a 「quote」
/// are left alone (quotes are joined whole later).
enum SoftWraps {
    /// `lines` of one cell, top-down, with PDF boxes; `rightEdge` where the column's longest lines end.
    static func join(_ lines: [SourceLine], rightEdge: Double) -> (lines: [SourceLine], joined: Int) {
        var result: [SourceLine] = []
        var lastBox: BoundingBox?  // the last printed line's own box (a joined line's location covers both)
        var joined = 0
        var quoteDepth = 0  // inside 「…」 the parser joins the lines anyway: leave them as printed
        for line in lines {
            if quoteDepth <= 0, let previous = result.last, let above = lastBox, let below = line.location.box,
                isFull(above, rightEdge: rightEdge), isNextLine(below, after: above),
                !opensBlock(line.text), !Citations.isCitationLine(previous.text.trimmedWhitespace)
            {
                result[result.count - 1] = SourceLine(
                    LineJoining.join([previous.text, line.text]),
                    location: previous.location.merged(with: line.location))
                joined += 1
            } else {
                result.append(line)
            }
            lastBox = line.location.box
            for character in line.text {
                if character == "「" || character == "『" { quoteDepth += 1 }
                if character == "」" || character == "』" { quoteDepth -= 1 }
            }
        }
        return (result, joined)
    }

    /// Within 1.5 em of the edge: line breaking rules (禁則) may carry the last letter over.
    static func isFull(_ box: BoundingBox, rightEdge: Double) -> Bool {
        box.x + box.width >= rightEdge - box.height * RowTolerances.standard.fullLine
    }

    static func isNextLine(_ below: BoundingBox, after above: BoundingBox) -> Bool {
        below.page == above.page && below.y > above.y
            && below.y - above.y < max(above.height, below.height) * RowTolerances.standard.nextLine
    }

    static func opensBlock(_ text: String) -> Bool {
        let trimmed = Substring(text.trimmedWhitespace)
        guard let first = trimmed.first else { return true }
        if "「『＜<〈《【".contains(first) || first.isNumber { return true }
        if Citations.find(in: String(trimmed)).first?.range.lowerBound == trimmed.startIndex { return true }
        return Headings.pillarLabel(trimmed) != nil || Headings.measureLabel(trimmed) != nil
    }
}
