/// A page citation found in reflection text, e.g. 「p.39」「pp.39-40」「P３９」「39ページ」「39頁」.
public struct PageCitation: Sendable, Hashable {
    /// As printed.
    public var text: String
    public var page: Int
    public var lastPage: Int
    /// Where it sits in the line it was found in.
    public var range: Range<String.Index>
}

public enum Citations {
    private static let dashes: Set<Unicode.Scalar> = ["-", "－", "‐", "‑", "–", "—", "―", "~", "～", "〜", "ー"]

    /// All citations in `line`, in printed order.
    public static func find(in line: String) -> [PageCitation] {
        // Every citation has a page number: a line without a digit (most quoted plan text) has none.
        guard hasDigit(line) else { return [] }
        var found: [PageCitation] = []
        var index = line.startIndex
        while index < line.endIndex {
            if let citation = citation(in: line, at: index) {
                found.append(citation)
                index = citation.range.upperBound
            } else {
                index = line.index(after: index)
            }
        }
        return found
    }

    /// An ASCII or full-width (U+FF10–FF19, UTF-8 EF BC 90–99) digit, found on the UTF-8 bytes.
    static func hasDigit(_ line: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in line.utf8 {
            if (0x30...0x39).contains(byte) || (previous == (0xEF, 0xBC) && (0x90...0x99).contains(byte)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// A line that is nothing but citations (and separators): the start of a reflection block.
    public static func isCitationLine(_ line: String) -> Bool {
        isCitationLine(line, citations: find(in: line))
    }

    /// The same, for a line whose citations `find(in:)` has already given.
    public static func isCitationLine(_ line: String, citations: [PageCitation]) -> Bool {
        guard !citations.isEmpty else { return false }
        var rest = line
        for citation in citations.reversed() { rest.removeSubrange(citation.range) }
        return rest.unicodeScalars.allSatisfy { $0.properties.isWhitespace || "、,，・⇒→()（）［］[]".unicodeScalars.contains($0) }
    }

    /// 「p.39　Ⅰ強みを活かしたしごとづくり」: citations opening a line, separated by a space from the text
    /// that follows them (the next cell line of a PDF row, drawn on the same baseline). Nil when the line
    /// does not start that way; 「p.39を参照」 (no space) is running text, not a block start.
    public static func splitLeading(_ line: String) -> (citations: String, rest: String)? {
        let text = line.trimmedWhitespace
        var end = text.startIndex
        for citation in find(in: text) {
            let gap = text[end..<citation.range.lowerBound]
            guard gap.allSatisfy({ "、,，・ 　".contains($0) }) else { break }
            end = citation.range.upperBound
        }
        guard end > text.startIndex, end < text.endIndex, text[end] == " " || text[end] == "\u{3000}" else { return nil }
        let rest = String(text[end...]).trimmedWhitespace
        return rest.isEmpty ? nil : (String(text[..<end]), rest)
    }

    private static func citation(in line: String, at start: String.Index) -> PageCitation? {
        // Prefix form: p / P / pp / ｐ, optional dot, optional space, number, optional range.
        if let first = line[start...].unicodeScalars.first, "pPｐＰ".unicodeScalars.contains(first),
            start == line.startIndex || !isLatinLetter(before: start, in: line)
        {
            var cursor = line.index(after: start)
            if cursor < line.endIndex, let next = line[cursor].unicodeScalars.first, "pPｐＰ".unicodeScalars.contains(next) {
                cursor = line.index(after: cursor)
            }
            if cursor < line.endIndex, ".．。,".contains(line[cursor]) { cursor = line.index(after: cursor) }
            while cursor < line.endIndex, line[cursor] == " " { cursor = line.index(after: cursor) }
            if let (first, afterFirst) = number(in: line, at: cursor) {
                var end = afterFirst
                var last = first
                if let (second, afterSecond) = rangeEnd(in: line, at: afterFirst) {
                    last = second
                    end = afterSecond
                }
                return PageCitation(text: String(line[start..<end]), page: first, lastPage: last, range: start..<end)
            }
            return nil
        }
        // Suffix form: 39ページ, 39頁, 39-40ページ.
        if let (first, afterFirst) = number(in: line, at: start),
            start == line.startIndex || Numbers.digitValue(line[line.index(before: start)].unicodeScalars.first!) == nil
        {
            var cursor = afterFirst
            var last = first
            if let (second, afterSecond) = rangeEnd(in: line, at: afterFirst) {
                last = second
                cursor = afterSecond
            }
            for suffix in ["ページ", "頁"] where line[cursor...].hasPrefix(suffix) {
                let end = line.index(cursor, offsetBy: suffix.count)
                return PageCitation(text: String(line[start..<end]), page: first, lastPage: last, range: start..<end)
            }
        }
        return nil
    }

    private static func isLatinLetter(before index: String.Index, in line: String) -> Bool {
        line[line.index(before: index)].unicodeScalars.first.map(\.isLatinLetter) ?? false
    }

    private static func number(in line: String, at start: String.Index) -> (Int, String.Index)? {
        var end = start
        while end < line.endIndex, let scalar = line[end].unicodeScalars.first, Numbers.digitValue(scalar) != nil {
            end = line.index(after: end)
        }
        guard end > start, let value = Numbers.decimal(line[start..<end]) else { return nil }
        return (value, end)
    }

    private static func rangeEnd(in line: String, at start: String.Index) -> (Int, String.Index)? {
        guard start < line.endIndex, let scalar = line[start].unicodeScalars.first, dashes.contains(scalar) else {
            return nil
        }
        var cursor = line.index(after: start)
        // "p.39-p.40" repeats the prefix.
        if cursor < line.endIndex, "pPｐＰ".contains(line[cursor]) {
            cursor = line.index(after: cursor)
            if cursor < line.endIndex, ".．".contains(line[cursor]) { cursor = line.index(after: cursor) }
        }
        return number(in: line, at: cursor)
    }
}
