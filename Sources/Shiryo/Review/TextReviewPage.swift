import ShiryoCore
import TableParsing

/// The review page of a text export: the text as it was read, line by line with its numbers, each
/// record's lines framed in green beside its card, lines with a warning tinted. Lines outside every
/// record (title, headers, page furniture) are shown plainly between them.
struct TextReviewPage {
    var inspection: TextInspection
    var file: String
    var language: Language

    private var output: ShiryoOutput { inspection.output }

    func write(to sink: inout some HTMLSink) throws {
        let summary = ReviewSummary(output: output, failure: nil, language: language, linesOfText: true)
        let lines = TextTableParser.splitLines(inspection.text)
        let facts = [
            file, Catalogue.Review.textExport.text(language), Catalogue.Review.lineCount(lines.count).text(language),
            Catalogue.Review.recordCount(output.records.count).text(language), "sha256 \(output.source.sha256.prefix(12))…",
        ]
        try sink.write(ReviewDocument.head(title: file, language: language))
        try sink.write(summary.html(title: output.document.title ?? file, facts: facts, legend: []))
        let severities = Dictionary(
            output.diagnostics.compactMap { d in d.line.map { ($0, d.severity) } },
            uniquingKeysWith: { Self.rank($0) >= Self.rank($1) ? $0 : $1 })
        var next = 0  // index into `lines` of the first line not yet written
        for (position, record) in output.records.enumerated() {
            guard let range = record.provenance.lines, let first = range.first, let last = range.last,
                let start = lines[next...].firstIndex(where: { ($0.location.line ?? 0) >= first })
            else { continue }
            let end = lines[start...].lastIndex { ($0.location.line ?? 0) <= last } ?? start
            if start > next { try sink.write(section(lines[next..<start], severities: severities, card: nil)) }
            let card = ReviewCard(table: inspection.table, language: language)
                .html(for: record, position: position, place: Catalogue.Review.lines(first, last).text(language))
            try sink.write(section(lines[start...end], severities: severities, card: card))
            next = end + 1
        }
        if next < lines.count { try sink.write(section(lines[next...], severities: severities, card: nil)) }
        try sink.write(ReviewDocument.tail)
    }

    private static func rank(_ severity: Severity) -> Int { Severity.allCases.firstIndex(of: severity)! }

    private func section(_ lines: ArraySlice<SourceLine>, severities: [Int: Severity], card: String?) -> String {
        var html = "<section class=\"text-row\(card == nil ? "" : " read")\">\n<ol class=\"source\">"
        for line in lines {
            let number = line.location.line ?? 0
            let tint = severities[number].map { $0 == .info ? "" : " class=\"\($0.rawValue)\"" } ?? ""
            html += "<li value=\"\(number)\" id=\"\(ReviewAnchor.line(number))\"\(tint)>\(HTML.escape(line.text))</li>"
        }
        return html + "</ol>\n<div class=\"side\">\n\(card ?? "")</div>\n</section>\n"
    }
}
