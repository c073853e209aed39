import JapaneseText

/// Which numbers opening a line are rows' №s and which are items inside a cell. The № column prints every
/// row's number in one style; where the export also left bare №s on lines of their own, those show the
/// style (「1」 half-width): an inline number in another style (「１　住民合意の…」「１．母校が…」) is an item of
/// the cell. With no bare №s, the numbers followed by a space are the rows'.
enum FlowNumbering {
    static func markAnchors(_ lines: inout [FlowLine]) {
        let markerWidths = lines.compactMap { line -> Bool? in
            guard case .marker = line.kind else { return nil }
            return line.text.unicodeScalars.first.map { $0.value >= 0xFF10 }
        }
        let fullWidthColumn: Bool? = markerWidths.isEmpty ? nil : markerWidths.filter { $0 }.count * 2 > markerWidths.count
        for index in lines.indices where lines[index].kind == .text {
            guard let number = lines[index].number, number.style.separator == "space" else { continue }
            if let fullWidthColumn, number.style.fullWidth != fullWidthColumn { continue }
            lines[index].isAnchor = true
        }
    }
}
