import JapaneseText
import ShiryoCore

/// A total row (「合計　25件」「計」, a count 「21 名」 under the last row) sums the rows; it is no record.
enum TotalRows {
    static let labels: Set<String> = ["合計", "計", "総計", "小計", "総数", "合 計", "総 計", "小 計"]

    /// Whether the line is a total: its first word is a total label, or the whole line is a count of people,
    /// cases or items 「21名」「計 5件」.
    static func isTotal(_ line: GlyphLine) -> Bool {
        guard let first = line.runs(gapInEm: FurnitureTolerances.standard.totalWordGap).first else { return false }
        let word = EvenSpacing.collapse(first.text)
        if labels.contains(word) { return true }
        let text = line.text.filter { $0 != " " && $0 != "\u{3000}" }
        guard let unit = text.last, "名人件個".contains(unit) else { return false }
        return Numbers.decimal(String(text.dropLast())) != nil
    }
}
