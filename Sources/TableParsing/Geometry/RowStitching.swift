import JapaneseText
import ShiryoCore

/// The stitcher's rows: row parts placed across pages. A part without № at the top of a page continues the row
/// before it; one at the bottom of a page may be the first part of a row whose № is printed on the next page.
extension GeometryTableParser {
    /// A row's printed № and where it is printed.
    struct PrintedNumber {
        let value: RowNumber
        let location: SourceLocation
    }

    mutating func place(_ parts: [RowPart], page: Int, log: inout DiagnosticLog) {
        for (index, part) in parts.enumerated() {
            place(part, isFirstOnPage: index == 0, isLastOnPage: index == parts.count - 1, page: page, log: &log)
        }
    }

    mutating func place(_ part: RowPart, isFirstOnPage: Bool, isLastOnPage: Bool, page: Int, log: inout DiagnosticLog) {
        var region = part.row
        let number = Self.printedNumber(region)
        region.cells[.number] = nil
        if var tail = pendingTail {
            pendingTail = nil
            if isFirstOnPage {
                // The row left open at the end of the previous page goes on here.
                Self.merge(region, into: &tail)
                if let number {
                    (tail.number, tail.numberLocation) = (number.value, number.location)
                    log.info(
                        .rowNumberOnNextPage,
                        "row \(number.value) starts on page \(tail.pages.first ?? page); its № is printed on page \(page)",
                        at: number.location)
                    appendOrMerge(tail, log: &log)
                } else {
                    pendingTail = tail
                }
                return
            }
            log.warn(
                .rowWithoutNumber, "a row without a № at the bottom of page \(tail.pages.last ?? page) was merged into the row above it",
                at: tail.boxes.first.map(SourceLocation.box))
            continueLastRow(with: tail, log: &log)
        }
        if let number {
            (region.number, region.numberLocation) = (number.value, number.location)
            if part.isContinuation, rows.last.map({ $0.number.isSameNumber(as: number.value) }) != true {
                log.info(
                    .rowTopNotFound,
                    "row \(number.value) at the top of page \(page) starts no paragraph in two columns; its № starts it",
                    at: number.location)
            }
            appendOrMerge(region, log: &log)
        } else if isFirstOnPage && !rows.isEmpty {
            log.info(
                .rowContinued, "row \(rows[rows.count - 1].number) continues on page \(page)",
                at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region, log: &log)
        } else if isLastOnPage {
            pendingTail = region
        } else {
            log.warn(
                .rowWithoutNumber, "a row without a № was merged into the row above it",
                at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region, log: &log)
        }
    }

    /// A new row, or more of the last one when its № is printed again on the continued part.
    mutating func appendOrMerge(_ row: RawRow, log: inout DiagnosticLog) {
        if let last = rows.last, last.table == row.table, last.number.isSameNumber(as: row.number) {
            Self.merge(row, into: &rows[rows.count - 1])
            log.info(
                .rowContinued, "row \(row.number) continues on page \(row.pages.first ?? 0) (its № printed again)",
                at: row.numberLocation)
        } else {
            rows.append(row)
        }
    }

    /// Text that continues the last row (or the part waiting for its №).
    mutating func continueLastRow(with part: RawRow, log: inout DiagnosticLog) {
        if pendingTail != nil {
            Self.merge(part, into: &pendingTail!)
        } else if !rows.isEmpty {
            Self.merge(part, into: &rows[rows.count - 1])
        } else {
            let text = (part.cells.values.flatMap { $0 }.first?.text ?? "").trimmedWhitespace
            log.warn(
                .textOutsideTable, "text before the first row was skipped: \(text)",
                at: part.boxes.first.map(SourceLocation.box) ?? part.numberLocation)
        }
    }

    /// The first № printed in the row's № cell.
    static func printedNumber(_ row: RawRow) -> PrintedNumber? {
        for line in row.cells[.number] ?? [] {
            if let value = Numbers.rowNumber(line.text) { return PrintedNumber(value: value, location: line.location) }
        }
        return nil
    }

    static func merge(_ part: RawRow, into row: inout RawRow) {
        for (role, lines) in part.cells where role != .number { row.cells[role, default: []] += lines }
        for (header, lines) in part.extra {
            if let index = row.extra.firstIndex(where: { $0.header == header }) {
                row.extra[index].lines += lines
            } else {
                row.extra.append((header, lines))
            }
        }
        for page in part.pages where !row.pages.contains(page) { row.pages.append(page) }
        row.boxes += part.boxes
    }
}
