import ShiryoCore

/// Names the record a parser diagnostic is about (`Diagnostic.record`), from where it was reported: a text line
/// inside the record's line range, or a PDF box whose centre lies in one of the record's row boxes. Only codes
/// that concern one record are attributed (`DiagnosticCode.isAboutOneRecord`): a note or a category label
/// printed between rows lies inside a row box too, but is about no record.
public enum DiagnosticAttribution {
    public static func attributing(_ diagnostics: [Diagnostic], to records: [Record]) -> [Diagnostic] {
        let lines = records.compactMap { record in record.provenance.lines.map { (range: $0, index: record.index) } }
        var boxesByPage: [Int: [(box: BoundingBox, index: Int)]] = [:]
        for record in records {
            for box in record.provenance.boxes { boxesByPage[box.page, default: []].append((box, record.index)) }
        }
        return diagnostics.map { diagnostic in
            guard diagnostic.record == nil, DiagnosticCode(rawValue: diagnostic.code)?.isAboutOneRecord == true else {
                return diagnostic
            }
            var attributed = diagnostic
            if let line = diagnostic.line {
                attributed.record = record(atLine: line, in: lines)
            } else if let box = diagnostic.box {
                attributed.record = boxesByPage[box.page]?.first { holds($0.box, box) }?.index
            }
            return attributed
        }
    }

    /// The record whose [first, last] lines hold `line`; records come in line order, so a binary search finds
    /// the last one starting at or before it.
    static func record(atLine line: Int, in lines: [(range: [Int], index: Int)]) -> Int? {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if (lines[middle].range.first ?? 0) <= line { low = middle + 1 } else { high = middle }
        }
        // Neighbouring ranges may overlap by a few lines (a cell printed before its №), never more.
        for candidate in stride(from: low - 1, through: max(low - 2, 0), by: -1)
        where lines[candidate].range.count == 2 && lines[candidate].range[1] >= line {
            return lines[candidate].index
        }
        return nil
    }

    static func holds(_ row: BoundingBox, _ box: BoundingBox) -> Bool {
        row.x <= box.midX && box.midX <= row.maxX && row.y <= box.midY && box.midY <= row.maxY
    }
}
