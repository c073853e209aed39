import JapaneseText
import ShiryoCore

/// Which numbers opening a line are rows' №s and which are items inside a cell. The № column prints every
/// row's number in one style; where the export also left bare №s on lines of their own, those show the
/// style (「1」 half-width): an inline number in another style (「１　住民合意の…」「１．母校が…」) is an item of
/// the cell, and a row's № is followed by a space. With no bare №s, the row №s are the inline style that
/// counts up best (1, 2, 3 …: 「1 通学路…」 against the category rows 「１　暮らしの環境について」, 「（１） …」
/// against items); numbers followed by a space win a tie.
enum FlowNumbering {
    /// Separators a row's № may be printed with when it opens a line.
    static let rowSeparators: Set<String> = ["space", "parenthesized", "circled"]

    static func markAnchors(_ lines: inout [FlowLine]) {
        let markerWidths = lines.compactMap { line -> Bool? in
            guard case .marker = line.kind else { return nil }
            return line.text.unicodeScalars.first.map { $0.value >= 0xFF10 }
        }
        let style: (InlineNumber.Style) -> Bool
        if markerWidths.isEmpty {
            guard let best = countingStyle(lines) else { return }
            style = { $0 == best }
        } else {
            let fullWidth = markerWidths.filter { $0 }.count * 2 > markerWidths.count
            style = { $0.separator == "space" && $0.fullWidth == fullWidth }
        }
        for index in lines.indices where lines[index].kind == .text {
            if let number = lines[index].number, style(number.style) { lines[index].isAnchor = true }
        }
    }

    /// The style whose numbers most often follow the previous number of that style (n after n−1).
    static func countingStyle(_ lines: [FlowLine]) -> InlineNumber.Style? {
        var previous: [InlineNumber.Style: RowNumber] = [:]
        var score: [InlineNumber.Style: Int] = [:]
        for line in lines where line.kind == .text {
            guard let number = line.number, rowSeparators.contains(number.style.separator) else { continue }
            if let last = previous[number.style], number.number.follows(last) { score[number.style, default: 0] += 1 }
            score[number.style, default: 0] += 0
            previous[number.style] = number.number
        }
        return score.max { a, b in
            a.value != b.value ? a.value < b.value : (a.key.separator == "space" ? 0 : 1) > (b.key.separator == "space" ? 0 : 1)
        }?.key
    }

    /// In an unwrapped export (one line per paragraph: LibreOffice's text export) every cell of a row prints
    /// at least one line after the row's №, an empty cell an empty line. A bare number printed fewer lines
    /// after the last row's № than the table has text columns is a cell (a 件数 column's 「2」), not a №.
    static func demoteCountCells(_ lines: inout [FlowLine], textColumns: Int) {
        var sinceRow: Int?
        for index in lines.indices {
            switch lines[index].kind {
            case .marker:
                if let since = sinceRow, since < textColumns {
                    lines[index].kind = .text
                    sinceRow = since + 1
                } else {
                    sinceRow = 0
                }
            case .text where lines[index].isAnchor:
                sinceRow = 0
            case .text, .blank:
                sinceRow = sinceRow.map { $0 + 1 }
            default:
                break
            }
        }
    }
}
