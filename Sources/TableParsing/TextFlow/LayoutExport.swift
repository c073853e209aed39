import JapaneseText
import ShiryoCore

/// A layout-preserving text export (`pdftotext -layout`, a printer-to-text driver): each line is a row of
/// the page with the cells side by side, columns where runs of spaces leave them. Rows are told apart by
/// the № printed at their middle and the blank lines between them.
enum LayoutExport {
    /// A gap this many spaces wide inside a line separates cells.
    static let cellGap = 2
    /// Share of a file's text lines that must hold such a gap to read it as a layout export.
    static let minimumGappedShare = 0.3
    /// A cell starting this many characters right of its column's start is still that column's.
    static let columnSlack = 2
    /// A column start must be shared by this many cells of the page.
    static let minimumColumnCells = 2

    struct Segment {
        var start: Int
        var text: String
        var line: SourceLine
    }

    /// Lines indented by this many ASCII spaces are placed by position (a cell of a column right of the first).
    static let positionedIndent = 4

    /// Whether enough lines place their text by position: two cells apart, or a cell indented by spaces.
    static func looksLikeLayout(_ lines: [SourceLine]) -> Bool {
        let texts = lines.map(\.text).filter { !$0.trimmedWhitespace.isEmpty }
        guard texts.count >= 4 else { return false }
        let positioned = texts.filter { text in
            text.prefix(positionedIndent).allSatisfy { $0 == " " } || segments(of: SourceLine(text, location: .line(0))).count >= 2
        }.count
        return Double(positioned) >= Double(texts.count) * minimumGappedShare
    }

    /// The cells of one line with their start (in characters, as the export positions them).
    static func segments(of line: SourceLine) -> [Segment] {
        let characters = Array(line.text.filter { $0 != "\u{0C}" })
        var result: [Segment] = []
        var start: Int?
        var index = 0
        func close(_ end: Int) {
            if let begin = start {
                let text = String(characters[begin..<end]).trimmedWhitespace
                if !text.isEmpty { result.append(Segment(start: begin, text: text, line: SourceLine(text, location: line.location))) }
            }
            start = nil
        }
        while index < characters.count {
            if characters[index] == " " {
                let run = characters[index...].prefix { $0 == " " }.count
                let between =
                    index > 0 && index + 1 < characters.count
                    && characters[index - 1].unicodeScalars.allSatisfy(DisplayWidth.isWide)
                    && characters[index + 1].unicodeScalars.allSatisfy(DisplayWidth.isWide)
                if run >= cellGap || between { close(index) }
                index += run
                continue
            }
            if start == nil { start = index }
            index += 1
        }
        close(characters.count)
        return result
    }

    /// A cell glued to the next by one space, split where a header cell starts: 「…達成時 2」 → 「…達成時」「2」.
    static func split(_ segment: Segment, at headerStarts: [Int]) -> [Segment] {
        let characters = Array(segment.text)
        for index in characters.indices where characters[index] == " " && index + 1 < characters.count {
            let position = segment.start + index + 1
            guard headerStarts.contains(where: { abs($0 - position) <= columnSlack && $0 > segment.start + columnSlack })
            else { continue }
            let left = String(characters[..<index]).trimmedWhitespace
            let right = String(characters[(index + 1)...])
            return [Segment(start: segment.start, text: left, line: SourceLine(left, location: segment.line.location))]
                + split(Segment(start: position, text: right, line: SourceLine(right, location: segment.line.location)), at: headerStarts)
        }
        return [segment]
    }

    static func read(_ lines: [SourceLine], file: String) -> RawTable? {
        guard let header = LayoutHeader.find(lines) else { return nil }
        let columns = zip(header.cells, ColumnVocabulary.roles(forHeaders: header.cells)).map { ColumnHeader(text: $0, role: $1) }
        let textColumns = columns.filter { $0.role != .number }
        let title = lines[..<header.firstLine].map { $0.text.trimmedWhitespace }.filter { !$0.isEmpty }
        var rows: [FlowRowBuilder.Row] = []
        var diagnostics = DiagnosticLog()
        let headerLines = Array(lines[header.firstLine..<header.bodyStart])
        for page in pages(Array(lines[header.bodyStart...]), header: header.cells, headerLines: headerLines) {
            rows += LayoutPage(page, textColumnCount: textColumns.count, headerStarts: header.starts).rows(continuing: &rows, &diagnostics)
        }
        guard !rows.isEmpty else { return nil }
        return RawTable(
            documentID: title.lazy.compactMap(PageFurniture.documentID).first,
            title: title.isEmpty ? nil : LineJoining.join(title), columns: columns,
            rows: rows.map { $0.raw(textColumns: textColumns) }, diagnostics: diagnostics.entries)
    }

    /// The header line: two or more cells, most of them known header names.
    static func headerCells(of line: SourceLine) -> [String]? {
        let cells = segments(of: line).map(\.text)
        let known = cells.filter { ColumnVocabulary.role(forHeader: $0) != nil }.count
        // Header cells are short: a row's line whose long cells hold a header word is body.
        guard cells.allSatisfy(StackedHeader.isCellCandidate) else { return nil }
        return cells.count >= 2 && known * 2 > cells.count ? cells : nil
    }

    /// A header cell wrapped onto the next line (「番」「号」 in a narrow № column): that line's short pieces,
    /// each under a header cell, complete those cells.
    static func wrappedHeader(_ header: SourceLine, _ next: SourceLine) -> [String]? {
        let cells = segments(of: header)
        let pieces = segments(of: next)
        guard !pieces.isEmpty, pieces.allSatisfy({ $0.text.count <= maxHeaderContinuation && InlineNumber.bare($0.text) == nil })
        else { return nil }
        var texts = cells.map(\.text)
        for piece in pieces {
            guard let index = cells.lastIndex(where: { $0.start <= piece.start + columnSlack }) else { return nil }
            texts[index] += piece.text
        }
        return texts
    }

    /// Characters of a header cell's wrapped continuation.
    static let maxHeaderContinuation = 4

    /// Body lines per page: page furniture, the title and the header printed again are left out.
    static func pages(_ lines: [SourceLine], header: [String], headerLines: [SourceLine]) -> [[SourceLine]] {
        var pages: [[SourceLine]] = [[]]
        let repeatedLines = Set(headerLines.dropLast().map { $0.text.trimmedWhitespace })
        for line in lines {
            let text = line.text.trimmedWhitespace
            if PageFurniture.isPageMark(text) || line.text.contains("\u{0C}") {
                pages.append([])
                if PageFurniture.isPageMark(text) { continue }
            }
            if let cells = headerCells(of: line),
                cells == header || header.starts(with: cells) || cells.count == header.count
                    || headerLines.count > 1
            {
                pages.append([])
                continue
            }
            // The other lines of a header printed again (a two-row header's upper and lower rows).
            if !text.isEmpty, repeatedLines.contains(text) || isLowerHeaderRepeat(text, headerLines) { continue }
            pages[pages.count - 1].append(line)
        }
        return pages.filter { page in page.contains { !$0.text.trimmedWhitespace.isEmpty } }
    }

    static func isLowerHeaderRepeat(_ text: String, _ headerLines: [SourceLine]) -> Bool {
        guard headerLines.count > 1, let last = headerLines.last else { return false }
        return text == last.text.trimmedWhitespace
    }
}
