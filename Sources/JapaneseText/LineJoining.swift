/// Joins the hard-wrapped lines of one cell into the text a reader sees.
public enum LineJoining {
    /// - A leading U+3000 paragraph indent is dropped from every line.
    /// - Between two Japanese characters (or Japanese and anything) nothing is inserted.
    /// - Between two Latin words a single space is inserted, because the break fell between words;
    ///   ICU's word segmentation decides what a word is at each side of the break.
    /// - Trailing spaces of a line are dropped; spaces inside a line are kept as printed.
    public static func join(_ lines: [String]) -> String {
        var result = ""
        for raw in lines {
            let line = dropIndent(raw)
            guard !line.isBlank else { continue }
            if !result.isEmpty, needsSpace(between: result, and: line) { result += " " }
            result += line
        }
        return result
    }

    public static func dropIndent(_ line: String) -> String {
        // Indices, not removeFirst: removing from a Substring's scalar view copies the string each time.
        let scalars = line.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start] == "\u{3000}" || scalars[start] == " " || scalars[start] == "\t" {
            start = scalars.index(after: start)
        }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    static func needsSpace(between left: String, and right: String) -> Bool {
        // "Society5.0な" + "ど": Japanese on one side never takes a space; neither do full-width letters
        // (ＳＮＳ), which are set on the em grid like kana, nor a hyphen ("well-" + "known").
        guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first,
            last.isASCII, last.isLatinLetter || last.properties.numericType != nil,
            first.isASCII, first.isLatinLetter
        else { return false }
        let leftWord = ICU.wordSegments(String(left.suffix(32))).last
        let rightWord = ICU.wordSegments(String(right.prefix(32))).first
        guard let leftWord, let rightWord else { return false }
        return isLatinWord(leftWord) && isLatinWord(rightWord)
    }

    static func isLatinWord(_ segment: ICU.WordSegment) -> Bool {
        (segment.isLetterWord || segment.isNumber)
            && segment.text.unicodeScalars.contains(where: \.isLatinLetter)
            && !segment.text.unicodeScalars.contains(where: { $0.isJapanese })
    }
}
