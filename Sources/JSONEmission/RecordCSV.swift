import CSV
import Foundation
import ShiryoCore

/// Records → CSV for Excel: one line per record, UTF-8 with a BOM (so Excel does not guess Shift_JIS),
/// RFC 4180 quoting and CRLF line ends, written by CSV.swift. One file's records, or (`--csv-combined`) the
/// records of every file of a run, each line naming its file, pages and table.
public enum RecordCSV {
    /// Column headers, in the clerks' own words (English names in README.md).
    public static let header = [
        "ファイル", "ページ", "表", "分類", "番号", "柱", "施策", "意見内容", "対応方針", "反映ページ", "反映内容", "注意事項",
    ]
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The records of `outputs`, in the order given. The tables' unknown columns (担当課, 備考) follow the fixed
    /// ones, each once, in the order first printed, so that no column of any table is lost in the CSV either.
    public static func data(_ outputs: [ShiryoOutput]) throws -> Data {
        let extraColumns = extraColumns(of: outputs)
        let stream = OutputStream(toMemory: ())
        stream.open()
        _ = byteOrderMark.withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: $0.count) }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        // Checked against a plan (`ingest --plan`): one more column, last, so the others keep their places.
        let verified = outputs.contains { $0.records.contains { $0.reflections.contains { $0.verification != nil } } }
        try writer.write(row: header + extraColumns + (verified ? [verificationHeader] : []))
        for output in outputs {
            for record in output.records {
                let cells =
                    row(record, of: output) + extraColumns.map { record.extra[$0] ?? "" }
                    + (verified ? [verificationText(record.reflections)] : [])
                try writer.write(row: cells.map(neutralized))
            }
        }
        writer.stream.close()
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        data.append(contentsOf: Array("\r\n".utf8))  // CSV.swift separates rows; end the last one too
        return data
    }

    public static func data(_ output: ShiryoOutput) throws -> Data { try data([output]) }

    /// A policy not recognised as pillar and measure goes whole into the measure column, so no text is lost.
    public static func row(_ record: Record, of output: ShiryoOutput) -> [String] {
        let policy = record.policy
        return [
            output.source.path,
            (record.provenance.pages ?? []).map(String.init).joined(separator: ";"),
            String(record.table),
            record.group ?? "",
            record.numberText,
            policy?.pillar.map(heading) ?? "",
            policy?.measure.map(heading) ?? (policy?.pillar == nil ? policy?.text ?? "" : ""),
            record.opinion,
            record.response,
            citedPages(record.reflections),
            record.reflections.map(reflectionText).joined(separator: "\n"),
            output.diagnostics.filter { $0.record == record.index }
                .map { "\($0.severity.rawValue) \($0.code): \($0.message)" }.joined(separator: "\n"),
        ]
    }

    /// The tables' columns kept in the records' `extra`, in printed order, each once.
    public static func extraColumns(of outputs: [ShiryoOutput]) -> [String] {
        var columns: [String] = []
        for output in outputs {
            let tableColumns = output.document.tables.flatMap(\.columns) + output.document.columns
            for header in tableColumns where !columns.contains(header) && output.records.contains(where: { $0.extra[header] != nil }) {
                columns.append(header)
            }
        }
        return columns
    }

    /// OWASP's advice against CSV injection: a cell starting with = + - @, a tab or a carriage return would be
    /// run by a spreadsheet as a formula (=HYPERLINK(…)); a leading single quote makes it text.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// 「Ⅰ 強みを活かしたしごとづくり」: label and title apart, as printed.
    static func heading(_ heading: LabeledHeading) -> String { heading.label + " " + heading.title }

    /// Header of the verification column (照合結果, "result of the check against the plan").
    public static let verificationHeader = "照合結果"

    /// One line per reflection: 「p.39: found」「p.44: other-page → p.45」「p.22: changed」.
    static func verificationText(_ reflections: [Reflection]) -> String {
        reflections.compactMap { reflection in
            reflection.verification.map { verification in
                let elsewhere = reflection.pagesFoundElsewhere
                let moved =
                    verification.status == .found || elsewhere.isEmpty
                    ? "" : " → " + elsewhere.map { "p.\($0)" }.joined(separator: ", ")
                return "\(reflection.citation): \(verification.status.rawValue)\(moved)"
            }
        }.joined(separator: "\n")
    }

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
