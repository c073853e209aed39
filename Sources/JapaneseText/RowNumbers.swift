import ShiryoCore

extension Numbers {
    /// Dashes printed between the levels of a sub-number (1-1, １－１, 1−1, 1‐1, １ー１): hyphen-minus, full-width
    /// hyphen-minus, minus sign, hyphen, non-breaking hyphen, figure dash, en dash, katakana prolonged sound mark
    /// (half- and full-width; word processors substitute it for a dash).
    public static let rowNumberDashes: Set<Character> = [
        "-", "－", "−", "‐", "‑", "‒", "–", "ー", "ｰ",
    ]
    /// A row number has at most this many levels (1-2-3); more is a date or a code, not a №.
    static let rowNumberMaxLevels = 3
    /// Digits of one level of a sub-number (1-12, 12-3); longer ones are codes, years or phone numbers.
    static let rowNumberMaxLevelDigits = 3

    /// A whole row-number token as printed: 1, １２, 1-1, １－１, ①, ㉑, (3), （３）, ⑴, optionally with a trailing
    /// "." or "．" (「1.」). Nil for anything else (text, dates, page marks such as 「- 2 -」, zero).
    /// Surrounding white space is ignored; `printed` keeps the token as printed.
    public static func rowNumber(_ token: String) -> RowNumber? {
        let printed = token.trimmedWhitespace
        var body = Substring(printed)
        if let last = body.last, last == "." || last == "．" { body = body.dropLast() }
        guard let parts = rowNumberParts(body), parts.allSatisfy({ $0 > 0 }) else { return nil }
        return RowNumber(printed: printed, parts: parts)
    }

    static func rowNumberParts(_ body: Substring) -> [Int]? {
        guard !body.isEmpty else { return nil }
        if body.unicodeScalars.count == 1, let scalar = body.unicodeScalars.first, let value = circled(scalar) {
            return [value]
        }
        if let first = body.first, let last = body.last, body.count >= 3,
            (first == "(" && (last == ")" || last == "）")) || (first == "（" && (last == "）" || last == ")"))
        {
            return decimal(body.dropFirst().dropLast()).map { [$0] }
        }
        let levels = body.split(omittingEmptySubsequences: false, whereSeparator: { rowNumberDashes.contains($0) })
        guard levels.count <= rowNumberMaxLevels else { return nil }
        var parts: [Int] = []
        for level in levels {
            // A level of a sub-number is short and has no leading zero: 2024-01-15 is a date.
            if levels.count > 1, level.count > rowNumberMaxLevelDigits || level.first.flatMap(\.wholeNumberValue) == 0 {
                return nil
            }
            guard let value = decimal(level) else { return nil }
            parts.append(value)
        }
        return parts
    }
}
