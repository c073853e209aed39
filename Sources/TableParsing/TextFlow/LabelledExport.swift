import JapaneseText
import ShiryoCore

/// An export with no header row where each cell is introduced by its label: 「1 [お寄せいただいた意見]」 text…
/// 「[市の検討結果と理由]」 text… (or 【…】, ＜…＞, 〔…〕). The labels, in order of first appearance, are the
/// columns; a № before a label (or alone on the line before it) opens a row.
enum LabelledExport {
    static let brackets: [(open: Character, close: Character)] = [("[", "]"), ("［", "］"), ("【", "】"), ("〔", "〕"), ("＜", "＞"), ("<", ">")]
    /// A label names a column: it is short.
    static let maxLabelLength = 20
    /// Labels must repeat to be columns (one 【…】 line is a heading, not a layout).
    static let minimumRows = 2

    static func read(_ lines: [SourceLine], file: String) -> RawTable? {
        var title: [String] = []
        var labels: [String] = []
        var rows: [FlowRowBuilder.Row] = []
        var column: Int?
        var pendingNumber: (RowNumber, SourceLine)?
        for line in lines {
            let text = line.text.trimmedWhitespace
            if text.isEmpty || PageFurniture.isPageMark(text) { continue }
            if let (number, label) = numberedLabel(text) ?? pendingNumber.flatMap({ p in label(text).map { (p.0, $0) } }) {
                let numberLine = pendingNumber?.1 ?? line
                pendingNumber = nil
                column = index(of: label, in: &labels)
                rows.append(FlowRowBuilder.Row(number: number, numberLine: numberLine, markerLines: [line], cells: []))
                continue
            }
            if let value = InlineNumber.bare(text) { pendingNumber = (value, line); continue }
            if !rows.isEmpty, let label = label(text) {
                column = index(of: label, in: &labels)
                rows[rows.count - 1].markerLines.append(line)
                continue
            }
            guard !rows.isEmpty, let column else { title.append(text); continue }
            var row = rows[rows.count - 1]
            while row.cells.count <= column { row.cells.append([]) }
            row.cells[column].append(line)
            rows[rows.count - 1] = row
        }
        // Every row opens with the same label (a category row 【交通】 printed once is no column).
        let opening = rows.compactMap {
            $0.markerLines.first.flatMap { numberedLabel($0.text.trimmedWhitespace)?.1 ?? label($0.text.trimmedWhitespace) }
        }
        guard rows.count >= minimumRows, let first = labels.first, opening.filter({ $0 == first }).count == rows.count else { return nil }
        let headers = labels
        let columns = zip(headers, ColumnVocabulary.roles(forHeaders: headers)).map { ColumnHeader(text: $0, role: $1) }
        let numberColumn = ColumnHeader(text: "№", role: .number)
        let raw = rows.map { row -> RawRow in
            var padded = row
            while padded.cells.count < columns.count { padded.cells.append([]) }
            return padded.raw(textColumns: columns)
        }
        return RawTable(
            documentID: nil, title: title.isEmpty ? nil : LineJoining.join(title), columns: [numberColumn] + columns,
            rows: raw, diagnostics: [])
    }

    /// 「1 [お寄せいただいた意見]」
    static func numberedLabel(_ text: String) -> (RowNumber, String)? {
        guard let number = InlineNumber.parse(text), number.style.separator == "space", let label = label(number.rest) else { return nil }
        return (number.number, label)
    }

    /// 「[市の検討結果と理由]」 → 市の検討結果と理由
    static func label(_ text: String) -> String? {
        guard let first = text.first, let last = text.last,
            brackets.contains(where: { $0.open == first && $0.close == last }), text.count >= 3
        else { return nil }
        let inner = String(text.dropFirst().dropLast()).trimmedWhitespace
        guard !inner.isEmpty, inner.count <= maxLabelLength, !inner.contains("。") else { return nil }
        return inner
    }

    static func index(of label: String, in labels: inout [String]) -> Int {
        if let index = labels.firstIndex(of: label) { return index }
        labels.append(label)
        return labels.count - 1
    }
}
