import JapaneseText

/// Recognises what a page prints around the table: document number, page numbers, title.
public enum PageFurniture {
    /// 「資料１－２」「資料2」「資料 3-1」「参考資料１」
    public static func documentID(_ line: String) -> String? {
        let text = line.trimmedWhitespace
        guard let range = text.range(of: "資料") else { return nil }
        let prefix = text[..<range.lowerBound]
        guard prefix.count <= 3, !prefix.contains(where: { $0 == "。" || $0 == "、" }) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        guard let first = rest.unicodeScalars.first, Numbers.decimal(String(first)) != nil else { return nil }
        let allowed = rest.allSatisfy { character in
            Numbers.decimal(String(character)) != nil || "－-ー‐―−の".contains(character)
        }
        return allowed && rest.count <= 8 ? text : nil
    }

    /// 「－2－」「- 2 -」「2/3」「— 12 —」「P.2」 alone on a line.
    public static func isPageNumber(_ line: String) -> Bool {
        let text = line.trimmedWhitespace.filter { $0 != " " && $0 != "\u{3000}" }
        guard !text.isEmpty, text.count <= 9 else { return false }
        let digits = text.filter { Numbers.decimal(String($0)) != nil }
        guard !digits.isEmpty else { return false }
        let rest = text.filter { Numbers.decimal(String($0)) == nil }
        if rest.isEmpty { return false }  // a bare number is a row number
        return rest.allSatisfy { "－-―—‐−ー/／()（）ページ頁".contains($0) }
            && (text.first.map { "－-―—‐−ー(（".contains($0) } ?? false || rest.contains("/") || rest.contains("／"))
    }

    /// A mark printed on every page whatever the table holds: document number, page number, and a browser
    /// print's address or date stamp.
    public static func isPageMark(_ text: String) -> Bool {
        documentID(text) != nil || isPageNumber(text) || isPageCaption(text) || isAddress(text) || isPrintStamp(text)
    }

    /// 「1 ページ」「2頁」「P.3」「p 3」 alone on a line.
    public static func isPageCaption(_ line: String) -> Bool {
        let text = line.trimmedWhitespace.filter { $0 != " " && $0 != "\u{3000}" }
        guard text.count <= 8 else { return false }
        for suffix in ["ページ", "頁"] where text.hasSuffix(suffix) {
            return Numbers.decimal(String(text.dropLast(suffix.count))) != nil
        }
        for prefix in ["P.", "p.", "Ｐ．", "P", "p", "Ｐ"] where text.hasPrefix(prefix) {
            return Numbers.decimal(String(text.dropFirst(prefix.count))) != nil
        }
        return false
    }

    /// A browser's print header or footer: the printed page's address 「file:///…/資料.html」「https://…」.
    public static func isAddress(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        return ["file:", "http://", "https://"].contains { text.lowercased().hasPrefix($0) }
            && !text.contains(" ") && !text.contains("\u{3000}")
    }

    /// A print date and time stamp 「11/25/26, 8:55 AM」「2026/11/25 8:55」「令和6年11月25日 8時55分」 (a clock
    /// time is required: a date alone may be table text).
    public static func isPrintStamp(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        guard text.count <= 24, text.contains(":") || text.contains("時"),
            text.count(where: { Numbers.decimal(String($0)) != nil }) >= 3
        else { return false }
        return text.allSatisfy { Numbers.decimal(String($0)) != nil || "/.-:,， 　年月日時分秒令和平成午前後AMPamp".contains($0) }
    }

    /// A date or period printed alone above a table 「令和６年６月10日（月）～６月14日（金）」「2024年4月1日現在」:
    /// digits, era names, 年月日, a weekday in brackets, a range mark. No cell's header reads so.
    public static func isDateLine(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        guard text.count <= 40, text.contains("日") || text.contains("年"),
            text.contains(where: { Numbers.decimal(String($0)) != nil })
        else { return false }
        let allowed: Set<Character> = Set("年月日令和平成昭和元（）()月火水木金土日祝～〜~-－・現在時点から まで　,，.．")
        return text.allSatisfy { Numbers.decimal(String($0)) != nil || allowed.contains($0) }
    }
}
