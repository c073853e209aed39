import JapaneseText
import ShiryoCore

/// A number printed at the start of a line, before the line's text: 「1 第一期再編を…」「１　住民合意の…」
/// 「１．母校が…」「（２）学校間交流」「①…」. Whether it is a row's № or an item inside a cell depends on its
/// style: the № column prints every row's number the same way.
struct InlineNumber: Hashable {
    /// How the number is printed, without its value: items of one list share a style.
    struct Style: Hashable {
        var fullWidth: Bool
        /// What comes between the number and the text: a space, 「．」, 「）」, or the circled form.
        var separator: String
    }

    var number: RowNumber
    var style: Style
    /// The line's text after the number and its separator.
    var rest: String

    /// The longest a bare № token may be (「123」), so a year 「2026」 alone on a line is not a row.
    static let maxDigits = 4

    /// The last level's value: items of one list count up in it (1-1, 1-2; ①, ②).
    var value: Int { number.parts.last ?? 0 }

    /// 「12」「1-2」「①」 alone on a line (after trimming): a № printed by itself. A year 「2026」 is not one.
    static func bare(_ line: String) -> RowNumber? {
        let text = line.trimmedWhitespace
        guard let number = Numbers.rowNumber(text), number.parts[0] < maxBareValue else { return nil }
        return number
    }

    /// A bare number this high is a year or an amount, not a row's №.
    static let maxBareValue = 1900

    static func parse(_ line: String) -> InlineNumber? {
        let text = Substring(line.trimmedWhitespace)
        if let first = text.unicodeScalars.first, let value = Numbers.circled(first) {
            let rest = String(text.dropFirst()).trimmedWhitespace
            guard !rest.isEmpty else { return nil }
            return InlineNumber(
                number: RowNumber(printed: String(text.prefix(1)), parts: [value]),
                style: Style(fullWidth: true, separator: "circled"), rest: rest)
        }
        return parenthesized(text) ?? digits(text)
    }

    /// 「1 …」「１　…」「１．…」「1. …」「1-2 …」
    static func digits(_ text: Substring) -> InlineNumber? {
        let token = text.prefix { Numbers.decimal(String($0)) != nil || Numbers.rowNumberDashes.contains($0) }
        guard !token.isEmpty, token.count <= maxDigits * 2, let number = Numbers.rowNumber(String(token)) else { return nil }
        let after = text.dropFirst(token.count)
        guard let mark = after.first else { return nil }
        let fullWidth = token.unicodeScalars.first.map { $0.value >= 0xFF10 } ?? false
        let separator: String
        switch mark {
        case " ", "\u{3000}", "\t": separator = "space"
        case ".", "．", "、", "，": separator = "period"
        default: return nil
        }
        let rest = String(after.dropFirst()).trimmedWhitespace
        guard !rest.isEmpty, !rest.hasPrefix("ページ") else { return nil }
        return InlineNumber(number: number, style: Style(fullWidth: fullWidth, separator: separator), rest: rest)
    }

    /// 「(1)…」「（１）…」
    static func parenthesized(_ text: Substring) -> InlineNumber? {
        guard let open = text.first, open == "(" || open == "（" else { return nil }
        let inner = text.dropFirst().prefix { Numbers.decimal(String($0)) != nil }
        guard !inner.isEmpty, inner.count <= maxDigits, let value = Numbers.decimal(inner) else { return nil }
        let after = text.dropFirst(1 + inner.count)
        guard let close = after.first, close == ")" || close == "）" else { return nil }
        let rest = String(after.dropFirst()).trimmedWhitespace
        guard !rest.isEmpty else { return nil }
        let fullWidth = open == "（"
        return InlineNumber(
            number: RowNumber(printed: String(text.prefix(inner.count + 2)), parts: [value]),
            style: Style(fullWidth: fullWidth, separator: "parenthesized"), rest: rest)
    }
}

extension TextTableParser {
    /// A line opening with a number and a space (「9 第一期再編を…」): the number and the text after it, as a
    /// flowing export prints a row's № inline with its first cell.
    public static func leadingNumber(_ line: String) -> (number: RowNumber, rest: String)? {
        guard let number = InlineNumber.parse(line), number.style.separator == "space" else { return nil }
        return (number.number, number.rest)
    }
}
