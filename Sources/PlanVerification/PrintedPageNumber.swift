import JapaneseText

/// A page number as printed in a header or footer, or as a page label: 「－ 39 －」「39」「P.39」「p. 39」
/// 「- 39 -」「39ページ」「39頁」「39 / 120」. Anything else (a date, 「第2章」, roman numerals) is nil.
public enum PrintedPageNumber {
    /// Decorations printed around the number: dashes, bars, tildes, the katakana long-vowel mark.
    static let decorations: Set<Character> = ["-", "‐", "‑", "–", "—", "―", "−", "─", "ー", "~", "〜", "・", "|"]
    /// Page numbers have at most this many digits: a longer number in a margin is a code or a year range.
    static let maximumDigits = 4

    public static func parse(_ text: String) -> Int? {
        // NFKC + case folding, no spaces: 「－ ３９ －」 → "-39-", 「Ｐ．39」 → "p.39".
        var key = Substring(SearchKey.make(text))
        key = key.drop { decorations.contains($0) }
        while let last = key.last, decorations.contains(last) { key = key.dropLast() }
        for prefix in ["page", "p."] where key.hasPrefix(prefix) { key = key.dropFirst(prefix.count) }
        if key.hasPrefix("p") { key = key.dropFirst() }
        for suffix in ["ページ", "頁"] where key.hasSuffix(suffix) { key = key.dropLast(suffix.count) }
        if let slash = key.firstIndex(of: "/") {  // 「39 / 120」: page of pages
            guard isNumber(key[key.index(after: slash)...]) else { return nil }
            key = key[..<slash]
        }
        guard isNumber(key), let value = Int(key), value >= 1 else { return nil }
        return value
    }

    static func isNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= maximumDigits && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
