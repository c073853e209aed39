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
            if !header.isEmpty, index + header.count <= lines.count,
               lines[index..<(index + header.count)].map({ $0.text.trimmedWhitespace }) == header {
                FlowStructure.markCaption(before: result.count, in: &result)
                result.append(FlowLine(source: line, kind: .pageBreak, width: 0))
                for repeated in lines[(index + 1)..<(index + header.count)] {
                    result.append(FlowLine(source: repeated, kind: .furniture, width: 0))
                }
                index += header.count
                continue
            }
            var kind = kind(of: text, raw: line.text, titleKeys: titleKeys)
            // The count of a total row printed on the line after it (「合計」「10件」).
            if result.last(where: { $0.kind != .blank })?.kind == .total, FlowStructure.isCount(text) { kind = .total }
            result.append(FlowLine(source: line, kind: kind, width: DisplayWidth.of(text), number: InlineNumber.parse(text)))
            index += 1
        }
        return result
    }

    static func kind(of text: String, raw: String, titleKeys: Set<String>) -> FlowLine.Kind {
        if text.isEmpty { return raw.contains("\u{0C}") ? .pageBreak : .blank }
        if PageFurniture.isPageMark(text) { return .pageBreak }
        if titleKeys.contains(SearchKey.make(text)) { return .furniture }
        if let value = InlineNumber.bare(text) { return .marker(value) }
        if FlowStructure.isTotal(text) { return .total }
        return .text
    }
}
