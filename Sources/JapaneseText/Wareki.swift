import ShiryoCore

/// Japanese era years (和暦) → Gregorian: 平成30年度 → 2018, 令和元年 → 2019, R5 → 2023, H30 → 2018.
public enum Wareki {
    /// Era name, its abbreviations, and the Gregorian year of its first year.
    static let eras: [(name: String, abbreviations: [String], firstYear: Int)] = [
        ("令和", ["R", "Ｒ", "r"], 2019),
        ("平成", ["H", "Ｈ", "h"], 1989),
        ("昭和", ["S", "Ｓ", "s"], 1926),
    ]

    public static func gregorian(era: String, year: Int) -> Int? {
        eras.first { $0.name == era }.map { $0.firstYear + year - 1 }
    }

    /// The first era year printed in `text` (e.g. in a title), or nil.
    public static func firstYear(in text: String) -> FiscalYear? {
        var index = text.startIndex
        while index < text.endIndex {
            for era in eras {
                for token in [era.name] + era.abbreviations where text[index...].hasPrefix(token) {
                    // An abbreviation must not be the tail of a Latin word (e.g. "KPI").
                    if token != era.name, index > text.startIndex,
                        text[text.index(before: index)].unicodeScalars.first?.isLatinLetter == true
                    {
                        continue
                    }
                    let afterEra = text.index(index, offsetBy: token.count)
                    if let (year, after) = eraYear(in: text, at: afterEra),
                        token == era.name || isYearMarker(text, at: after)
                    {
                        return FiscalYear(era: era.name, eraYear: year, year: era.firstYear + year - 1)
                    }
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// After an abbreviation the number must be followed by 年, 年度, a dot or the end, not by more letters.
    static func isYearMarker(_ text: String, at index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        return "年.．/／ ".contains(text[index]) || text[index].unicodeScalars.first!.isJapanese
    }

    static func eraYear(in text: String, at start: String.Index) -> (Int, String.Index)? {
        var cursor = start
        while cursor < text.endIndex, text[cursor] == " " || text[cursor] == "\u{3000}" { cursor = text.index(after: cursor) }
        if text[cursor...].hasPrefix("元") { return (1, text.index(after: cursor)) }
        var end = cursor
        while end < text.endIndex, let scalar = text[end].unicodeScalars.first, Numbers.digitValue(scalar) != nil {
            end = text.index(after: end)
        }
        if end > cursor, let value = Numbers.decimal(text[cursor..<end]), value > 0, value < 100 { return (value, end) }
        // Kanji numerals: 平成三十年
        end = cursor
        while end < text.endIndex, Numbers.kanji(text[end...end]) != nil { end = text.index(after: end) }
        if end > cursor, let value = Numbers.kanji(text[cursor..<end]), value > 0, value < 100,
            end < text.endIndex, text[end] == "年"
        {
            return (value, end)
        }
        return nil
    }
}
