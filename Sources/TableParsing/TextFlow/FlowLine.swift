import JapaneseText
import ShiryoCore

/// One physical line of a flowing text export (cells one after another, no blank lines between them), as
/// the first stage of `FlowTableReader` sees it.
struct FlowLine {
    enum Kind: Equatable {
        case blank
        /// Page number, repeated title or header: printed on every page, never a cell.
        case furniture
        /// A page ends here (page number, form feed, header printed again).
        case pageBreak
        /// A № alone on its line: what is left of the № column.
        case marker(RowNumber)
        /// A line of cell text; `number` when it opens with a printed number (a row's № or a cell's item).
        case text
        /// A category row across the table (「１　総論について」): the `group` of the rows under it.
        case category
        /// A table's caption, printed above its header (a document with several tables).
        case caption
        /// A total row (「合計 25件」): kept out of the records.
        case total
    }

    var source: SourceLine
    var kind: Kind
    var width: Int
    /// A number opening the line (row № or in-cell item, told apart by `FlowNumbering`).
    var number: InlineNumber?
    /// The № is the row's (the № column printed inline with the first cell).
    var isAnchor = false
    /// The right part of a line holding two cells side by side (a PDF text export joins text on one baseline).
    var gluedRight = false

    var text: String { source.text.trimmedWhitespace }

    /// What the cell holds of this line: without the row's № when the line is an anchor.
    var cellLine: SourceLine {
        guard isAnchor, let number else { return source }
        return SourceLine(number.rest, location: source.location)
    }
}

enum FlowLines {
    /// Classifies the body lines (from `start`): furniture, page breaks, bare №s and cell text.
    static func classify(_ lines: [SourceLine], from start: Int, header: [String], title: [String]) -> [FlowLine] {
        let titleKeys = Set(title.map { SearchKey.make($0) }.filter { !$0.isEmpty })
        var result: [FlowLine] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            let text = line.text.trimmedWhitespace
            if let end = repeatedHeaderEnd(lines, at: index, header: header) {
                FlowStructure.markCaption(before: result.count, in: &result)
                result.append(FlowLine(source: line, kind: .pageBreak, width: 0))
                for inside in lines[(index + 1)..<end] {
                    // Bare №s read with the header (the № column as one block) stay №s.
                    let number = InlineNumber.bare(inside.text)
                    let isCell = header.contains(inside.text.trimmedWhitespace)
                    result.append(FlowLine(source: inside, kind: isCell ? .furniture : number.map { .marker($0) } ?? .blank, width: 0))
                }
                index = end
                continue
            }
            var kind = kind(of: text, raw: line.text, titleKeys: titleKeys)
            // The count of a total row printed on the line after it (「合計」「10件」).
            if result.last(where: { $0.kind != .blank })?.kind == .total, FlowStructure.isCount(text) { kind = .total }
            if kind == .text, let (left, right) = gluedCells(text) {
                result.append(
                    FlowLine(
                        source: SourceLine(left, location: line.location), kind: .text,
                        width: DisplayWidth.of(left), number: InlineNumber.parse(left)))
                result.append(
                    FlowLine(
                        source: SourceLine(right, location: line.location), kind: .text,
                        width: DisplayWidth.of(right), gluedRight: true))
            } else {
                result.append(FlowLine(source: line, kind: kind, width: DisplayWidth.of(text), number: InlineNumber.parse(text)))
            }
            index += 1
        }
        return result
    }

    /// Two cells on one line, joined by an ASCII space: 「…充実させてほしい。 運営団体への…」 or 「…特に朝 ■通学路に
    /// ついて」. Split only where the left ends a sentence or the right opens a topic heading: Japanese text
    /// has no ASCII spaces between wide characters, but 「P38　４ 第１期」 is one cell.
    static func gluedCells(_ text: String) -> (String, String)? {
        let characters = Array(text)
        for index in characters.indices.dropFirst().dropLast() where characters[index] == " " {
            let left = String(characters[..<index]).trimmedWhitespace
            let right = String(characters[(index + 1)...]).trimmedWhitespace
            guard let before = left.last, let after = right.first,
                before.unicodeScalars.allSatisfy(DisplayWidth.isWide), after.unicodeScalars.allSatisfy(DisplayWidth.isWide),
                before == "。" || FlowUnits.bullet(of: right) != nil
            else { continue }
            return (left, right)
        }
        return nil
    }

    /// Where a header printed again (its cells in order, blank lines and bare №s between them) ends.
    static func repeatedHeaderEnd(_ lines: [SourceLine], at start: Int, header: [String]) -> Int? {
        guard let first = header.first, lines[start].text.trimmedWhitespace == first else { return nil }
        var cell = 1
        var index = start + 1
        while cell < header.count, index < lines.count {
            let text = lines[index].text.trimmedWhitespace
            if text == header[cell] {
                cell += 1
            } else if !text.isEmpty, InlineNumber.bare(text) == nil {
                return nil
            }
            index += 1
        }
        return cell == header.count ? index : nil
    }

    /// A repeated title is a line this short (characters); longer lines are not compared.
    static let maxTitleLength = 80

    static func kind(of text: String, raw: String, titleKeys: Set<String>) -> FlowLine.Kind {
        if text.isEmpty { return raw.contains("\u{0C}") ? .pageBreak : .blank }
        if PageFurniture.isPageMark(text) { return .pageBreak }
        if text.count <= maxTitleLength, titleKeys.contains(SearchKey.make(text)) { return .furniture }
        if let value = InlineNumber.bare(text) { return .marker(value) }
        if FlowStructure.isTotal(text) { return .total }
        return .text
    }
}
