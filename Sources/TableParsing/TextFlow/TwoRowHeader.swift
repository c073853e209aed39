import JapaneseText
import ShiryoCore

/// A header printed over two rows: 「No.｜ご意見｜市の考え方」 above 「内容｜件数」, ご意見 spanning the cells under
/// it and No. and 市の考え方 spanning both rows. A spanned column is named 「ご意見・内容」 (as the PDF reader names it).
enum TwoRowHeader {
    /// Joins an upper cell's name to the name of a cell under it.
    static let joiner = "・"

    /// LibreOffice's text export prints each header row's cells one per line and a cell covered by a cell
    /// spanning both rows as an empty line: 「No.」「ご意見」「市の考え方」「」「内容」「件数」「」. The empty lines
    /// before and after the lower row count the columns spanning both rows on the left and on the right;
    /// the upper cells between them span the lower cells (one upper cell over all, or one over each).
    static func stacked(_ run: [SourceLine], cells: [SourceLine]) -> [String]? {
        guard let first = cells.first, let start = run.firstIndex(where: { $0.location == first.location }) else { return nil }
        let texts = run[start...].map { $0.text.trimmedWhitespace }
        guard let gap = texts.firstIndex(of: ""), let lowerStart = texts[gap...].firstIndex(where: { !$0.isEmpty }) else { return nil }
        let upper = Array(texts[..<gap])
        let lowerEnd = texts[lowerStart...].firstIndex(of: "") ?? texts.count
        let lower = Array(texts[lowerStart..<lowerEnd])
        let leading = lowerStart - gap
        let trailing = texts[lowerEnd...].prefix { $0.isEmpty }.count
        guard lower.count >= 2, upper.count >= 3, !texts[lowerEnd...].contains(where: { !$0.isEmpty }),
            ColumnVocabulary.role(forHeader: upper[0]) == .number
        else { return nil }
        let spanners = Array(upper.dropFirst(leading).dropLast(trailing))
        guard leading + trailing + spanners.count == upper.count, !spanners.isEmpty else { return nil }
        let middle: [String]
        if spanners.count == 1 {
            middle = lower.map { spanners[0] + joiner + $0 }
        } else if spanners.count == lower.count {
            middle = zip(spanners, lower).map { $0 + joiner + $1 }
        } else {
            return nil
        }
        return Array(upper.prefix(leading)) + middle + Array(upper.suffix(trailing))
    }
}
