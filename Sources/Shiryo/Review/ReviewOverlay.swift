import PDFExtraction
import ShiryoCore
import TableParsing

/// One coloured box drawn over a page image: what the parser detected, in PDF points.
struct OverlayBox: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        case header, row, cell, citation, diagnostic

        /// Drawn in this order, so small boxes (citations, diagnostics) stay on top and clickable.
        var layer: Int { Self.allCases.firstIndex(of: self)! }
    }

    var kind: Kind
    var box: BoundingBox
    /// Short text drawn on the box (the record number, the citation, the diagnostic's number).
    var label: String?
    /// Hover text.
    var title: String
    /// Fragment the box links to, e.g. "record-3".
    var link: String?
    /// Diagnostics: drawn by severity (info quietly, warnings orange, errors red).
    var severity: Severity? = nil

    /// `diagnostic warning`, `row`: the SVG class.
    var cssClass: String { kind.rawValue + (severity.map { " " + $0.rawValue } ?? "") }
}

/// Which boxes to draw on each page, from the raw table the records were built from.
enum ReviewOverlay {
    /// Every box by page, except frames for diagnostics that have a page but no box (`pageFrames`).
    static func boxes(for inspection: PDFInspection, language: Language) -> [Int: [OverlayBox]] {
        var boxes: [OverlayBox] = []
        let table = inspection.table
        for cell in table.headerCells {
            let meaning = cell.header.role.map { "read as \($0.rawValue)" } ?? "unknown column, kept in extra"
            boxes.append(
                OverlayBox(
                    kind: .header, box: cell.box, label: nil,
                    title: "header \(cell.header.text) (\(meaning))", link: nil))
        }
        for (position, (row, record)) in zip(table.rows, inspection.output.records).enumerated() {
            let link = ReviewAnchor.record(position)
            for box in record.provenance.boxes {
                boxes.append(
                    OverlayBox(
                        kind: .row, box: box, label: "№\(record.number)",
                        title: "row № \(record.number)", link: link))
            }
            for (header, lineBoxes) in cells(of: row, columns: table.columns) {
                for box in pageUnions(lineBoxes) {
                    boxes.append(
                        OverlayBox(
                            kind: .cell, box: box, label: nil,
                            title: "№ \(record.number) · \(header)", link: link))
                }
            }
            for (citation, location) in ReflectionParser.citationLocations(row.cells[.reflection] ?? []) {
                guard let box = location.box else { continue }
                boxes.append(
                    OverlayBox(
                        kind: .citation, box: box, label: nil,
                        title: "№ \(record.number) · citation \(citation)", link: link))
            }
        }
        for (index, diagnostic) in inspection.output.diagnostics.enumerated() {
            // A diagnostic's box is often one small cell (a №): a margin keeps the text inside readable.
            guard let box = diagnostic.box.map({ padded($0, by: 3) }) else { continue }
            boxes.append(mark(diagnostic, number: index + 1, box: box, language: language))
        }
        return Dictionary(grouping: boxes, by: \.box.page).mapValues { page in
            page.enumerated().sorted { ($0.element.kind.layer, $0.offset) < ($1.element.kind.layer, $1.offset) }
                .map(\.element)
        }
    }

    /// A row's cells in column order, by printed header, as the boxes of their lines: the № (where it was
    /// read), the known roles, then columns kept in `extra`.
    static func cells(of row: RawRow, columns: [ColumnHeader]) -> [(header: String, boxes: [BoundingBox])] {
        columns.compactMap { column in
            let lines: [SourceLocation]?
            switch column.role {
            case .number?: lines = [row.numberLocation]
            case let role?: lines = row.cells[role]?.map(\.location)
            case nil: lines = row.extra.first { $0.header == column.text }?.lines.map(\.location)
            }
            return lines.map { (column.text, $0.compactMap(\.box)) }
        }
    }

    /// One box per page covering the given boxes: a cell continued on the next page has a part on each.
    static func pageUnions(_ boxes: [BoundingBox]) -> [BoundingBox] {
        var byPage: [Int: BoundingBox] = [:]
        for box in boxes { byPage[box.page] = byPage[box.page]?.union(box) ?? box }
        return byPage.keys.sorted().map { byPage[$0]! }
    }

    static func padded(_ box: BoundingBox, by margin: Double) -> BoundingBox {
        BoundingBox(
            page: box.page, x: box.x - margin, y: box.y - margin,
            width: box.width + 2 * margin, height: box.height + 2 * margin)
    }

    static func mark(_ diagnostic: Diagnostic, number: Int, box: BoundingBox, language: Language) -> OverlayBox {
        OverlayBox(
            kind: .diagnostic, box: box, label: "!\(number)",
            title: "\(diagnostic.code): \(Catalogue.Diagnostics.summary(of: diagnostic).text(language))",
            link: ReviewAnchor.diagnostic(number), severity: diagnostic.severity)
    }

    /// A warning with a page but no box frames the page just inside its edge. Info notes are not framed:
    /// a page read cleanly must not look like a page with a problem.
    static func pageFrames(_ diagnostics: [Diagnostic], page: RenderedPage, language: Language) -> [OverlayBox] {
        diagnostics.enumerated().compactMap { index, diagnostic in
            guard diagnostic.page == page.number, diagnostic.box == nil, diagnostic.severity != .info else { return nil }
            let frame = BoundingBox(page: page.number, x: 2, y: 2, width: page.pointWidth - 4, height: page.pointHeight - 4)
            return mark(diagnostic, number: index + 1, box: frame, language: language)
        }
    }
}

/// Fragment identifiers shared by the boxes and the lists they link to.
enum ReviewAnchor {
    /// By position, not №: a duplicated № must not give two elements one id.
    static func record(_ position: Int) -> String { "record-\(position + 1)" }
    static func diagnostic(_ number: Int) -> String { "diagnostic-\(number)" }
    static func page(_ number: Int) -> String { "page-\(number)" }
    static func line(_ number: Int) -> String { "line-\(number)" }
}
