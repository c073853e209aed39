import JapaneseText
import ShiryoCore

/// Parses the text export of a table: one cell after another, rows opened by a line holding only the
/// row number, cells separated by blank lines and by ⇒ lines, page furniture repeated at page breaks.
public enum TextTableParser {
    /// What one physical line is.
    enum LineKind: Equatable {
        case blank
        case furniture  // document number, page number, repeated title or column headers
        case header([String])
        case strayHeader(String)
        case rowNumber(Int)
        case arrow(rest: String)
        case content
    }

    public static func parse(_ text: String, file: String) throws(IngestError) -> (table: RawTable, pageCount: Int) {
        var diagnostics = DiagnosticLog()
        let pageCount = text.reduce(1) { $1 == "\u{0C}" ? $0 + 1 : $0 }
        let lines = splitLines(text)
        // Cells side by side at their printed positions (pdftotext -layout): read by column positions.
        if LayoutExport.looksLikeLayout(lines), let table = LayoutExport.read(lines, file: file) { return (table, pageCount) }

        var scan = classifyAll(lines)
        let (headerLines, strayHeaders, titleLines, documentID) = (scan.headerLines, scan.strayHeaders, scan.titleLines, scan.documentID)
        let title = titleLines.isEmpty ? nil : LineJoining.join(titleLines)
        if let title { markRepeatedTitles(title, lines, &scan.kinds) }
        let kinds = scan.kinds
        guard !headerLines.isEmpty else {
            // Header cells one per line, cells flowing without blank lines: the flowing-export reader.
            if let table = FlowTableReader.read(lines, file: file) { return (table, pageCount) }
            // Without a header nothing says which block is which column.
            guard firstRowSeen(kinds) else { throw IngestError(file: file, problem: .noRows) }
            let found = titleLines.last.map(headerTokens) ?? []  // the line above the first row
            throw IngestError(file: file, problem: .tableNotFound(lookedFor: ColumnVocabulary.allNames, found: Array(found.prefix(12))))
        }
        let columns = mergeColumns(headerLines, strayHeaders)
        var rows = collectRows(lines, kinds, columns, &diagnostics)
        guard !rows.isEmpty else { throw IngestError(file: file, problem: .noRows) }
        reattachOrphanReflections(&rows, &diagnostics)
        let table = RawTable(
            documentID: documentID, title: title, columns: columns,
            rows: rows.map(\.raw), diagnostics: diagnostics.entries)
        return (table, pageCount)
    }

    /// What a first pass over the lines finds: each line's kind, the header lines, the title above them.
    struct LineScan {
        var documentID: String?
        var headerLines: [[String]] = []
        var strayHeaders: [String] = []
        var titleLines: [String] = []
        var kinds: [LineKind] = []
    }

    /// Page furniture first: the title is whatever precedes the first header line.
    static func classifyAll(_ lines: [SourceLine]) -> LineScan {
        var scan = LineScan()
        var rowSeen = false  // kept as a flag: scanning `kinds` for it on every line was quadratic
        for line in lines {
            let kind = classify(line.text, headerSeen: !scan.headerLines.isEmpty, titleLines: scan.titleLines)
            if case .rowNumber = kind { rowSeen = true }
            switch kind {
            case .header(let tokens): scan.headerLines.append(tokens)
            case .strayHeader(let token): scan.strayHeaders.append(token)
            case .furniture:
                if scan.documentID == nil { scan.documentID = PageFurniture.documentID(line.text) }
            case .content where scan.headerLines.isEmpty && !rowSeen:
                scan.titleLines.append(line.text.trimmedWhitespace)
                scan.kinds.append(.furniture)
                continue
            default: break
            }
            scan.kinds.append(kind)
        }
        return scan
    }

    /// Repeated titles after a page break are furniture too.
    static func markRepeatedTitles(_ title: String, _ lines: [SourceLine], _ kinds: inout [LineKind]) {
        let titleKey = SearchKey.make(title)
        for index in kinds.indices where kinds[index] == .content && SearchKey.make(lines[index].text) == titleKey {
            kinds[index] = .furniture
        }
    }

    /// Longest header cell (characters) worth matching against the vocabulary on its own.
    static let maxHeaderCellLength = 24

    static func firstRowSeen(_ kinds: [LineKind]) -> Bool {
        kinds.contains { if case .rowNumber = $0 { true } else { false } }
    }

    /// Lines numbered from 1, split at \n, \r\n and \r, form feeds (page breaks) removed.
    public static func splitLines(_ text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        text.enumerateLinesKeepingFormFeeds { line in
            number += 1
            result.append(SourceLine(String(line.filter { $0 != "\u{0C}" }), location: .line(number)))
        }
        return result
    }

    static func classify(_ line: String, headerSeen: Bool, titleLines: [String]) -> LineKind {
        let text = line.trimmedWhitespace
        if text.isEmpty { return .blank }
        if PageFurniture.documentID(text) != nil || PageFurniture.isPageNumber(text) { return .furniture }
        if let first = text.first, ReflectionParser.arrows.contains(first) {
            return .arrow(rest: String(text.dropFirst()).trimmedWhitespace)
        }
        if let number = Numbers.decimal(text), number > 0 { return .rowNumber(number) }
        // A header line has cells apart or is one short header name; a long unbroken line is text.
        if text.count > maxHeaderCellLength, !text.contains(" "), !text.contains("\u{3000}") { return .content }
        let tokens = headerTokens(text)
        let roles = Set(tokens.compactMap(ColumnVocabulary.role(forHeader:)))
        if tokens.count >= 2, roles.count >= 2, roles.count * 2 >= tokens.count { return .header(tokens) }
        if tokens.count == 1, ColumnVocabulary.isExactHeader(text) { return .strayHeader(text) }
        return .content
    }

    /// Splits a header line at spaces, putting 均等割付 letters 「施　策　名」「①意 見 内 容」 back together.
    static func headerTokens(_ line: String) -> [String] {
        let parts = line.spaceSeparatedParts.map(String.init)
        var tokens: [String] = []
        var letters: [String] = []
        for part in parts {
            if ColumnVocabulary.role(forHeader: part) == nil, EvenSpacing.isLetter(part, numbered: true) {
                letters.append(part)
                continue
            }
            tokens += spreadHeaders(letters)
            letters = []
            tokens.append(part)
        }
        return tokens + spreadHeaders(letters)
    }

    /// A run of spread letters, possibly several headers side by side 「施 策 名 意 見 内 容」: the longest
    /// known header at each position; letters that start none stay together.
    static func spreadHeaders(_ letters: [String]) -> [String] {
        var headers: [String] = []
        var unknown = ""
        var start = 0
        while start < letters.count {
            let end = (start + 1...letters.count).reversed().first { end in
                // Exactly a known name: 「回 答 反 映」 is two headers, not one ending in 反映.
                ColumnVocabulary.isKnownName(letters[start..<end].joined())
            }
            if let end {
                if !unknown.isEmpty { headers.append(unknown); unknown = "" }
                headers.append(letters[start..<end].joined())
                start = end
            } else {
                unknown += letters[start]
                start += 1
            }
        }
        if !unknown.isEmpty { headers.append(unknown) }
        return headers
    }

    /// The fullest header line wins; headers seen only elsewhere (a stray ③ cell) are added after it.
    static func mergeColumns(_ headerLines: [[String]], _ stray: [String]) -> [ColumnHeader] {
        var tokens = headerLines.max(by: { $0.count < $1.count }) ?? []
        for token in headerLines.flatMap({ $0 }) + stray
        where !tokens.contains(where: { ColumnVocabulary.headerKey($0) == ColumnVocabulary.headerKey(token) }) {
            tokens.append(token)
        }
        return zip(tokens, ColumnVocabulary.roles(forHeaders: tokens)).map { ColumnHeader(text: $0, role: $1) }
    }
}

extension String {
    /// Like `enumerateLines`, but splits on \n, \r\n and \r only, so a form feed stays in its line.
    func enumerateLinesKeepingFormFeeds(_ body: (Substring) -> Void) {
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                body(self[start..<index])
                index = self.index(after: index)
                start = index
            } else {
                index = self.index(after: index)
            }
        }
        if start < endIndex { body(self[start..<endIndex]) }
    }
}
