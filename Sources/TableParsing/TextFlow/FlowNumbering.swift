import JapaneseText

/// Which numbers opening a line are rows' №s and which are items inside a cell. The № column prints every
/// row's number in one style; where the export also left bare №s on lines of their own, those show the
/// style (「1」 half-width): an inline number in another style (「１　住民合意の…」「１．母校が…」) is an item of
/// the cell. With no bare №s, the numbers followed by a space are the rows', in the width printed most
/// (「1 通学路…」 ×10 against the category rows 「１　暮らしの環境について」 ×3).
enum FlowNumbering {
    static func markAnchors(_ lines: inout [FlowLine]) {
        let markerWidths = lines.compactMap { line -> Bool? in
            guard case .marker = line.kind else { return nil }
            return line.text.unicodeScalars.first.map { $0.value >= 0xFF10 }
        }
        let fullWidthColumn = markerWidths.isEmpty
            ? dominantWidth(lines.compactMap { $0.kind == .text && $0.number?.style.separator == "space" ? $0.number?.style.fullWidth : nil })
            : dominantWidth(markerWidths)
        for index in lines.indices where lines[index].kind == .text {
            guard let number = lines[index].number, number.style.separator == "space" else { continue }
            if let fullWidthColumn, number.style.fullWidth != fullWidthColumn { continue }
            lines[index].isAnchor = true
        }
    }

    /// Whether most are full-width (nil when there are none); a tie goes to half-width.
    static func dominantWidth(_ fullWidth: [Bool]) -> Bool? {
        fullWidth.isEmpty ? nil : fullWidth.filter { $0 }.count * 2 > fullWidth.count
    }
}
