import JapaneseText
import ShiryoCore

/// A header printed one cell per line (「No.」「意見（原文）」「市の考え方」), as a text export of a ruled
/// table prints it: the run of short lines right above the first body line. Its cells are told apart from
/// the title above them by repetition (the header is printed again on every page, the title is not), else
/// by the № header that opens a header row, else by vocabulary.
struct StackedHeader {
    var titleLines: [SourceLine]
    var cells: [String]
    /// Index of the first body line.
    var bodyStart: Int

    /// A header cell is short: 「議席番号・氏名」 fits, a sentence does not (half-width columns).
    static let maxCellWidth = 32
    static let minimumCells = 2

    static func find(_ lines: [SourceLine]) -> StackedHeader? {
        // A title too long for a header cell is body-like too: try each such line up to the first №.
        for firstBody in lines.indices.lazy.filter({ isBodyLine(lines[$0]) }).prefix(maxTitleLines) {
            if let header = find(lines, firstBody: firstBody) { return header }
            if isNumbered(lines[firstBody]) { return nil }
        }
        return nil
    }

    /// Long lines (a title, a preamble) tried as the header's end before giving up: bounds the search.
    static let maxTitleLines = 8

    /// The № column printed as one block between the № header and the other header cells (Writer's
    /// plain export: 「No.」「1」…「8」「ご意見の概要」「市の考え方」): the body starts at the № header, whose
    /// №s the readers take as a header printed again with its №s.
    static func numberBlockHeader(_ lines: [SourceLine], numberHeader: Int, numbers: Int) -> StackedHeader? {
        let texts = lines.map { $0.text.trimmedWhitespace }
        guard ColumnVocabulary.role(forHeader: texts[numberHeader]) == .number else { return nil }
        var index = numbers
        while index < lines.count, texts[index].isEmpty || InlineNumber.bare(texts[index]) != nil { index += 1 }
        let cellsEnd = texts[index...].firstIndex { !isCellCandidate($0) || InlineNumber.bare($0) != nil } ?? lines.count
        let cells = texts[index..<cellsEnd].filter { !$0.isEmpty }
        guard index - numbers >= minimumCells, !cells.isEmpty else { return nil }
        let title = lines[..<numberHeader].filter { !$0.text.trimmedWhitespace.isEmpty }
        return StackedHeader(titleLines: Array(title), cells: [texts[numberHeader]] + cells, bodyStart: numberHeader)
    }

    static func isNumbered(_ line: SourceLine) -> Bool {
        InlineNumber.bare(line.text) != nil || InlineNumber.parse(line.text) != nil
    }

    static func find(_ lines: [SourceLine], firstBody: Int) -> StackedHeader? {
        var body = firstBody
        // A category row right above the first row (「【暮らしの環境】」) is body, not a header cell.
        while body > 0, isCategoryAboveBody(lines[body - 1].text) { body -= 1 }
        var runStart = body
        while runStart > 0, isCellCandidate(lines[runStart - 1].text) { runStart -= 1 }
        let run = Array(lines[runStart..<body]).filter { !$0.text.trimmedWhitespace.isEmpty }
        if run.count == 1 { return numberBlockHeader(lines, numberHeader: runStart, numbers: body) }
        guard run.count >= minimumCells else { return nil }
        let texts = run.map { $0.text.trimmedWhitespace }
        let repeated = repeatedSuffix(texts, in: lines, after: body)
        let numbered = numberHeaderSuffix(texts)
        // A title printed again on every page repeats with the header: the № header still opens the row.
        let cellCount = [repeated, numbered].compactMap { $0 }.min() ?? knownSuffix(texts)
        guard cellCount >= minimumCells else { return nil }
        let title = lines[..<runStart].filter { !$0.text.trimmedWhitespace.isEmpty } + run.dropLast(cellCount)
        let headerLines = Array(run.suffix(cellCount))
        let spanned = TwoRowHeader.stacked(Array(lines[runStart..<body]), cells: headerLines)
        return StackedHeader(titleLines: Array(title), cells: spanned ?? Array(texts.suffix(cellCount)), bodyStart: body)
    }

    /// The first line that can only be table body: a bare №, a numbered line, or a line too long for a header.
    static func isBodyLine(_ line: SourceLine) -> Bool {
        let text = line.text.trimmedWhitespace
        if text.isEmpty || PageFurniture.isPageMark(text) { return false }
        if InlineNumber.bare(text) != nil || InlineNumber.parse(text) != nil { return true }
        return !isCellCandidate(text)
    }

    static func isCategoryAboveBody(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        return !text.isEmpty && ColumnVocabulary.role(forHeader: text) == nil && FlowStructure.looksLikeCategory(text)
            && !text.contains("。")
    }

    static func isCellCandidate(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        if text.isEmpty { return true }
        return DisplayWidth.of(text) <= maxCellWidth && !text.contains("。") && !PageFurniture.isPageMark(text)
    }

    /// How many of the run's last lines are printed again, in order, further down (the header repeated on
    /// the next page); nil when fewer than two are.
    static func repeatedSuffix(_ texts: [String], in lines: [SourceLine], after body: Int) -> Int? {
        let later = lines[body...].map { $0.text.trimmedWhitespace }
        for count in stride(from: texts.count, through: minimumCells, by: -1) {
            let suffix = Array(texts.suffix(count))
            if contains(later, run: suffix) { return count }
        }
        return nil
    }

    static func contains(_ haystack: [String], run: [String]) -> Bool {
        guard run.count <= haystack.count else { return false }
        return (0...(haystack.count - run.count)).contains { Array(haystack[$0..<($0 + run.count)]) == run }
    }

    /// From the last line naming the № column (「No.」「番号」) to the end of the run.
    static func numberHeaderSuffix(_ texts: [String]) -> Int? {
        guard let index = texts.lastIndex(where: { ColumnVocabulary.role(forHeader: $0) == .number }) else { return nil }
        let count = texts.count - index
        return count >= minimumCells ? count : nil
    }

    /// The longest run of known header names at the end.
    static func knownSuffix(_ texts: [String]) -> Int {
        texts.reversed().prefix { ColumnVocabulary.role(forHeader: $0) != nil }.count
    }
}
