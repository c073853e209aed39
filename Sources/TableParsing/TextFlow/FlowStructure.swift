import JapaneseText

/// Lines that are part of the table's structure rather than of a cell: category rows, captions of the
/// tables of a document, total rows.
enum FlowStructure {
    /// A category row or caption is a short heading, not a sentence (half-width columns).
    static let maxHeadingWidth = 48
    static let totalWords = ["合計", "総計", "小計", "計"]
    /// Words a category row ends with: 「…について」「…に関すること」「…関係」「…全般」.
    static let categoryEndings = ["について", "に関すること", "に関するもの", "関係", "全般", "その他"]

    /// 「合計」「合計 25件」「計　12」: a total word, then only numbers and counters.
    static func isTotal(_ text: String) -> Bool {
        let parts = text.spaceSeparatedParts.map(String.init)
        guard let first = parts.first, let word = totalWords.first(where: { first.hasPrefix($0) }) else { return false }
        let rest = String(first.dropFirst(word.count)) + parts.dropFirst().joined()
        return rest.isEmpty || isCount(rest)
    }

    /// 「10件」「25」「3人」: a number with at most a counter.
    static func isCount(_ text: String) -> Bool {
        let text = text.filter { $0 != " " && $0 != "\u{3000}" }
        return !text.isEmpty && text.contains { Numbers.decimal(String($0)) != nil }
            && text.allSatisfy { Numbers.decimal(String($0)) != nil || "件人名項目,，:：（）()".contains($0) }
    }

    /// A heading line: short, no sentence end.
    static func isHeadingLine(_ line: FlowLine) -> Bool {
        guard line.kind == .text, line.width <= maxHeadingWidth, let last = line.text.last else { return false }
        return !ColumnWidths.sentenceEnds.contains(last) || last == "）" || last == ")"
    }

    /// Marks as a caption the heading line printed alone right above a repeated header (a new table's
    /// title, or a page's running title when it equals the document's; those are furniture already).
    static func markCaption(before index: Int, in lines: inout [FlowLine]) {
        guard let previous = nonBlank(before: index, in: lines), isHeadingLine(lines[previous]),
            !lines[previous].isAnchor
        else { return }
        let before = nonBlank(before: previous, in: lines).map { lines[$0] }
        if let before, before.kind == .text, let last = before.text.last, !ColumnWidths.sentenceEnds.contains(last) { return }
        lines[previous].kind = .caption
    }

    /// Marks category rows: a heading line that opens with a number or bracket or ends like a category
    /// (「１　総論について」「【交通】」「Ⅰ 都市基盤」), printed after a finished paragraph and right before a row's
    /// № (bare or inline). Must run after `FlowNumbering`.
    static func markCategories(_ lines: inout [FlowLine]) {
        for index in lines.indices where isHeadingLine(lines[index]) && !lines[index].isAnchor {
            guard let next = nonBlank(after: index, in: lines).map({ lines[$0] }), opensRow(next),
                looksLikeCategory(lines[index].text)
            else { continue }
            if let before = nonBlank(before: index, in: lines).map({ lines[$0] }), before.kind == .text,
                let last = before.text.last, !ColumnWidths.sentenceEnds.contains(last),
                before.width > maxHeadingWidth
            {
                continue
            }  // the end of a wrapped paragraph
            lines[index].kind = .category
        }
    }

    /// The nearest line before (after) `index` that is not blank, looking at most `lookaround` lines away
    /// (so marking a long export stays linear).
    static func nonBlank(before index: Int, in lines: [FlowLine]) -> Int? {
        stride(from: index - 1, through: max(0, index - lookaround), by: -1).first { lines[$0].kind != .blank }
    }

    static func nonBlank(after index: Int, in lines: [FlowLine]) -> Int? {
        guard index + 1 < lines.count else { return nil }
        return (index + 1...min(lines.count - 1, index + lookaround)).first { lines[$0].kind != .blank }
    }

    /// Blank lines skipped when looking for a neighbouring line.
    static let lookaround = 8

    static func opensRow(_ line: FlowLine) -> Bool {
        if case .marker = line.kind { return true }
        return line.isAnchor
    }

    static func looksLikeCategory(_ text: String) -> Bool {
        if InlineNumber.parse(text) != nil || Numbers.roman(Substring(text.prefix(1))) != nil { return true }
        if let first = text.first, "【［[〔＜<■□◆●".contains(first) { return true }
        return categoryEndings.contains { text.hasSuffix($0) }
    }
}
