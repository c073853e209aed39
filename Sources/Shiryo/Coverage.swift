import Foundation
import JapaneseText
import PDFExtraction
import ShiryoCore
import TableParsing

/// Whether anything printed was lost: every line of a text export (every printed piece of a PDF page)
/// that is not page furniture must be found in the record it lies in, or in a diagnostic; every row
/// number printed must be a record. Checked independently of the parser's own decisions: furniture is
/// recognised from what the output says the title, document number and columns are.
public struct CoverageReport: Sendable, Hashable {
    public var file: String
    /// Lines (text) or printed pieces (PDF) that had to be found.
    public var checked: Int
    /// The ones that were not, with where they are.
    public var uncovered: [SourceLine]
    /// Row numbers printed in the input that are no record's number.
    public var missingRowNumbers: [Int]

    public var ratio: Double { checked == 0 ? 1 : Double(checked - uncovered.count) / Double(checked) }
    public var isComplete: Bool { uncovered.isEmpty && missingRowNumbers.isEmpty }

    /// 「text coverage 100.0% (212/212 lines), no row number missing」
    public var summary: String {
        let percent = String(format: "%.1f", ratio * 100)
        let rows =
            missingRowNumbers.isEmpty
            ? "no row number missing"
            : "row numbers printed but not records: " + missingRowNumbers.map(String.init).joined(separator: ", ")
        return "text coverage \(percent)% (\(checked - uncovered.count)/\(checked) lines), \(rows)"
    }

    /// One line per uncovered piece: 「line 12: …」 or 「page 2: …」.
    public var details: [String] {
        uncovered.map { line in
            let at = line.location.line.map { "line \($0)" } ?? line.location.page.map { "page \($0)" } ?? "?"
            return "\(at): not in any record or diagnostic: \(line.text.trimmedWhitespace)"
        }
    }
}

public enum Coverage {
    /// Ingests `url` and checks the result against the input.
    public static func check(_ url: URL, options: IngestOptions = IngestOptions()) throws(IngestError)
        -> (output: ShiryoOutput, report: CoverageReport)
    {
        let bytes = try Ingest.read(url)
        let output = try Ingest.bytes(bytes, name: url.lastPathComponent, options: options)
        return (output, try check(bytes: bytes, output: output, options: options))
    }

    public static func check(bytes: [UInt8], output: ShiryoOutput, options: IngestOptions = IngestOptions())
        throws(IngestError) -> CoverageReport
    {
        let name = output.source.file
        let pieces: [SourceLine]
        switch output.source.format {
        // Lines numbered as the text parser numbers them, so a record's line range finds them.
        case .text: pieces = TextTableParser.splitLines(try TextDecoding.decode(bytes, file: name).text)
        case .pdf:
            let reader = try PDFReader(bytes: bytes, file: name, password: options.password)
            var all: [SourceLine] = []
            for number in 1...reader.pageCount { all += PrintedFragments.of(try reader.page(number)) }
            pieces = all
        }
        return check(pieces, against: output)
    }

    static func check(_ pieces: [SourceLine], against output: ShiryoOutput) -> CoverageReport {
        let furniture = Furniture(output.document)
        let records = output.records.map { ($0, key(recordText($0))) }
        let diagnosticKey = key(output.diagnostics.map(\.message).joined(separator: "\n"))
        // A number in a total row (合計 14) is no row number; the row is named in its diagnostic.
        let totals = output.diagnostics.filter { $0.code == DiagnosticCode.totalRow.rawValue }.compactMap(\.box)
        let skippedPages = Set(output.diagnostics.filter { $0.code == DiagnosticCode.pageWithoutTable.rawValue }.compactMap(\.page))
        let numbers = Set(output.records.map(\.number))
        var checked = 0
        var uncovered: [SourceLine] = []
        var missing: [Int] = []
        for piece in pieces {
            let pieceKey = key(piece.text)
            // A dash or 「なし」 alone marks a cell left empty on purpose: nothing to find in the record.
            guard !pieceKey.isEmpty, !ReflectionParser.isNoneMarker(piece.text) else { continue }
            if let page = piece.location.page, skippedPages.contains(page) { continue }  // named in a diagnostic
            let holder = records.first { contains($0.0, piece.location) }
            let inOwnRecord = holder.map { contains($0.1, pieces: pieceKey) } ?? false
            if let number = Numbers.decimal(piece.text.trimmedWhitespace), number > 0 {
                // A row number: the record of that number, or text inside the record it stands in.
                if !numbers.contains(String(number)), !inOwnRecord, !furniture.contains(piece.text, pieceKey),
                    !totals.contains(where: { box in piece.location.box.map { box.contains($0) } ?? false })
                {
                    missing.append(number)
                }
                continue
            }
            // A sub-number or circled № alone on its line (「1-2」「②」): a record's number.
            if let number = Numbers.rowNumber(piece.text), numbers.contains(number.value) { continue }
            // Its own record first; any record still counts (a centred cell's text may lie outside its box).
            var inRecord = inOwnRecord || records.contains { contains($0.1, pieces: pieceKey) }
            // A row's № printed inline before its first cell (「9 第一期…」): the № is the record's, the rest its text.
            if !inRecord, let (number, rest) = TextTableParser.leadingNumber(piece.text), numbers.contains(number.value) {
                inRecord =
                    records.contains { $0.0.number == number.value && contains($0.1, pieces: key(rest)) }
                    || furniture.contains(rest, key(rest))  // 「1 [お寄せいただいた意見]」: the № and a column label
            }
            if !inRecord { inRecord = cellsCovered(piece.text, records.map(\.1), numbers) }
            if inRecord || diagnosticKey.contains(pieceKey) {
                checked += 1
            } else if !furniture.contains(piece.text, pieceKey) {
                // Furniture is only what is found nowhere else, so a cell saying 「計画」 still counts.
                checked += 1
                uncovered.append(piece)
            }
        }
        return CoverageReport(
            file: output.source.file, checked: checked, uncovered: uncovered,
            missingRowNumbers: missing.sorted())
    }

    /// A layout export's line holds several cells apart (runs of spaces; a narrow 件数 cell may follow the
    /// text left of it after one space): each is a row's № or found in a record (a one-character cell
    /// between two texts breaks the line's chunks otherwise).
    static func cellsCovered(_ text: String, _ recordKeys: [String], _ numbers: Set<String>) -> Bool {
        let cells = text.components(separatedBy: " ").map(\.trimmedWhitespace).filter { !$0.isEmpty }
        guard cells.count >= 2 else { return false }
        return cells.allSatisfy { cell in
            if let number = Numbers.rowNumber(cell), numbers.contains(number.value) { return true }
            let cellKey = key(cell)
            return recordKeys.contains { $0.contains(cellKey) }
        }
    }

    /// Whether `key` is in `text`, whole or as consecutive chunks of at least two characters each: where
    /// two cells touch on one baseline, a printed piece holds the end of one and the start of the next.
    static func contains(_ text: String, pieces key: String) -> Bool {
        if text.contains(key) { return true }
        let characters = Array(key)
        var start = 0
        while start < characters.count {
            var end = characters.count
            while end - start >= 2, !text.contains(String(characters[start..<end])) { end -= 1 }
            guard end - start >= 2 || (start > 0 && end == characters.count && end - start == 1) else { return false }
            start = end
        }
        return true
    }

    /// Whether a record's provenance covers a location: its line range, or one of its boxes.
    static func contains(_ record: Record, _ location: SourceLocation) -> Bool {
        if let line = location.line, let lines = record.provenance.lines, lines.count == 2 {
            return lines[0] <= line && line <= lines[1]
        }
        guard let box = location.box else { return false }
        return record.provenance.boxes.contains { outer in
            outer.page == box.page && outer.x <= box.midX && box.midX <= outer.maxX
                && outer.y <= box.midY && box.midY <= outer.maxY
        }
    }

    static func recordText(_ record: Record) -> String {
        // The № as printed too: a narrow № cell's number touches the text beside it (「1-1通学路…」).
        var parts = [record.numberText, record.policy?.text ?? "", record.opinion, record.response, record.group ?? ""]
        for reflection in record.reflections {
            parts.append(reflection.citation)
            parts += reflection.headings
            for section in reflection.sections { parts += [section.label ?? ""] + section.quotes }
        }
        parts += record.extra.keys.sorted().compactMap { record.extra[$0] }
        return parts.joined(separator: "\n")
    }

    /// Search key without the marks the parser takes apart on purpose: quote brackets (quotes keep their
    /// text without the outer pair), label brackets, ⇒ separators.
    static func key(_ text: String) -> String {
        let marks: Set<Character> = ["「", "」", "『", "』", "＜", "＞", "<", ">", "〈", "〉", "《", "》", "【", "】", "[", "]", "［", "］", "〔", "〕"]
        let kept = text.filter { !marks.contains($0) && !ReflectionParser.arrows.contains($0) }
        return SearchKey.make(kept)
    }

    /// Page furniture as the output describes it: title (or a line of it), document number, column
    /// headers (or a spread letter of one), page numbers.
    struct Furniture {
        var title: String
        /// Every table's columns and caption (the caption is printed above the table, like a title).
        var columns: [String]
        var captions: [String]

        init(_ document: DocumentInfo) {
            title = document.title.map(Coverage.key) ?? ""
            columns = (document.columns + document.tables.flatMap(\.columns)).map(Coverage.key)
            captions = document.tables.compactMap(\.caption).map(Coverage.key)
        }

        func contains(_ text: String, _ key: String) -> Bool {
            if PageFurniture.isPageMark(text) || PageFurniture.isDateLine(text) { return true }
            if !title.isEmpty, title.contains(key) { return true }
            if captions.contains(where: { $0.contains(key) }) { return true }
            // A header line: every token is (part of) a column header.
            let tokens = text.spaceSeparatedParts.map { Coverage.key(String($0)) }
            return !tokens.isEmpty && tokens.allSatisfy { token in columns.contains { $0.contains(token) } }
        }
    }
}

extension BoundingBox {
    /// Whether `other`'s middle lies inside this box (same page).
    func contains(_ other: BoundingBox) -> Bool {
        page == other.page && x <= other.midX && other.midX <= maxX && y <= other.midY && other.midY <= maxY
    }
}
