import CSV
import Foundation
import ShiryoCore

/// Records → CSV for Excel: one line per record, UTF-8 with a BOM (so Excel does not guess Shift_JIS),
/// RFC 4180 quoting and CRLF line ends, written by CSV.swift.
public enum RecordCSV {
    /// Column headers, in the clerks' own words (English names in README.md).
    public static let header = ["番号", "柱", "施策", "意見内容", "対応方針", "反映ページ", "反映内容"]
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `extraColumns`: headers of the table's unknown columns (担当課, 備考), appended after the fixed ones
    /// in printed order, so that no column of the table is lost in the CSV either.
    public static func data(_ records: [Record], extraColumns: [String] = []) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        _ = byteOrderMark.withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: $0.count) }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header + extraColumns)
        for record in records { try writer.write(row: row(record) + extraColumns.map { record.extra[$0] ?? "" }) }
        writer.stream.close()
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        data.append(contentsOf: Array("\r\n".utf8))  // CSV.swift separates rows; end the last one too
        return data
    }

    /// A policy not recognised as pillar and measure goes whole into the measure column, so no text is lost.
    public static func row(_ record: Record) -> [String] {
        let policy = record.policy
        return [
            record.numberText,
            policy?.pillar.map(heading) ?? "",
            policy?.measure.map(heading) ?? (policy?.pillar == nil ? policy?.text ?? "" : ""),
            record.opinion,
            record.response,
            citedPages(record.reflections),
            record.reflections.map(reflectionText).joined(separator: "\n"),
        ]
    }

    /// The document's columns kept in the records' `extra`, in printed order.
    public static func extraColumns(of output: ShiryoOutput) -> [String] {
        output.document.columns.filter { header in output.records.contains { $0.extra[header] != nil } }
    }

    static func heading(_ heading: LabeledHeading) -> String { heading.label + heading.title }

    /// `39;107`, ranges as `39-41`, each page once, in printed order.
    public static func citedPages(_ reflections: [Reflection]) -> String {
        var seen: Set<String> = []
        return reflections.map { $0.page == $0.lastPage ? "\($0.page)" : "\($0.page)-\($0.lastPage)" }
            .filter { seen.insert($0).inserted }
            .joined(separator: ";")
    }

    /// One reflection as printed: citation and headings, then each ＜label＞ and its 「quotes」, one per line.
    static func reflectionText(_ reflection: Reflection) -> String {
        var lines = [([reflection.citation] + reflection.headings).joined(separator: " ")]
        for section in reflection.sections {
            if let label = section.label { lines.append("＜\(label)＞") }
            lines += section.quotes.map { "「\($0)」" }
        }
        return lines.joined(separator: "\n")
    }
}
