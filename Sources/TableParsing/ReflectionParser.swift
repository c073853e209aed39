import JapaneseText
import ShiryoCore

/// The ③ cell: citation blocks, each with plan headings, ＜labels＞ and 「quoted passages」.
///
///     p.107                          ← citation: starts a block
///     ４活力とにぎわいのあるまちづくり     ← headings until a label or a quote
///     ＜取組方針＞                     ← label: starts a section
///     「…を進め                        ← quote, may wrap, may nest 「」
///     ます。」
public enum ReflectionParser {
    public static let arrows: Set<Character> = ["⇒", "→", "⇨", "➡", "⇢", "➔"]

    public static func parse(_ lines: [SourceLine], diagnostics: inout DiagnosticLog) -> [Reflection] {
        // 「－」 or 「なし」 in the cell: printed on purpose, the opinion was not reflected.
        if lines.allSatisfy({ isNoneMarker($0.text) }) { return [] }
        var reflections: [Reflection] = []
        var current: Reflection?
        var sectionLines: [SourceLine] = []
        var sectionLabel: String?
        var hasSection = false

        func flushSection() {
            guard current != nil, hasSection || !sectionLines.isEmpty else { return }
            let quotes = Quotes.split(sectionLines, diagnostics: &diagnostics)
            current!.sections.append(ReflectionSection(label: sectionLabel, quotes: quotes))
            (sectionLines, sectionLabel, hasSection) = ([], nil, false)
        }
        func flushBlock() {
            flushSection()
            if let block = current { reflections.append(block) }
            current = nil
        }

        for line in lines.flatMap(splitCitationLead) {
            let text = stripArrow(line.text).trimmedWhitespace
            guard !text.isEmpty else { continue }
            if let citations = blockCitations(text) {
                // 「p.39、p.107」 on one line: one block per citation, the content goes to the last.
                for citation in citations {
                    flushBlock()
                    current = block(citation, at: line.location, diagnostics: &diagnostics)
                }
                continue
            }
            guard current != nil else {
                diagnostics.warn(
                    .reflectionWithoutCitation,
                    "reflection text without a page citation was kept out of the record: \(text)", at: line.location)
                continue
            }
            if let label = label(text) {
                flushSection()
                sectionLabel = label
                hasSection = true
            } else if hasSection || !sectionLines.isEmpty || text.hasPrefix("「") || text.hasPrefix("『") {
                sectionLines.append(SourceLine(text, location: line.location))
            } else {
                current!.headings.append(text)
            }
        }
        flushBlock()
        return reflections
    }

    /// An empty block for `citation`; a range that ends before it starts is reported.
    static func block(_ citation: PageCitation, at location: SourceLocation, diagnostics: inout DiagnosticLog) -> Reflection {
        if citation.lastPage < citation.page {
            diagnostics.warn(.citationRangeReversed, "citation \(citation.text) ends before it starts", at: location)
        }
        return Reflection(
            citation: citation.text, page: citation.page, lastPage: max(citation.page, citation.lastPage),
            headings: [], sections: [])
    }

    /// ＜基本的な方向性＞ → 基本的な方向性; also <…>, 〈…〉, 《…》, 【…】 standing alone. A spread label
    /// 「＜取　組　方　針＞」 (均等割付) is read without the spread.
    public static func label(_ text: String) -> String? {
        let pairs: [(Character, Character)] = [("＜", "＞"), ("<", ">"), ("〈", "〉"), ("《", "》"), ("【", "】")]
        for (open, close) in pairs where text.first == open && text.last == close && text.count > 2 {
            let inner = text.dropFirst().dropLast()
            if !inner.contains(open) { return EvenSpacing.collapse(String(inner)) }
        }
        return nil
    }

    /// A cell left empty on purpose: a dash alone, 「なし」, 「該当なし」, 「特になし」 (blank lines too).
    public static func isNoneMarker(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if trimmed.isEmpty { return true }
        if trimmed.count <= 3, trimmed.allSatisfy({ "－-―—‐−ー─".contains($0) }) { return true }
        return ["なし", "該当なし", "特になし", "無し"].contains(trimmed)
    }

    /// A citation sharing its line with the first heading becomes two lines.
    static func splitCitationLead(_ line: SourceLine) -> [SourceLine] {
        guard let (citations, rest) = Citations.splitLeading(stripArrow(line.text)) else { return [line] }
        return [SourceLine(citations, location: line.location), SourceLine(rest, location: line.location)]
    }

    static func stripArrow(_ text: String) -> String {
        let trimmed = text.trimmedWhitespace
        guard let first = trimmed.first, arrows.contains(first) else { return text }
        return String(trimmed.dropFirst())
    }

    /// The citations of a line that starts a reflection block (a line of nothing but citations), else nil.
    static func blockCitations(_ text: String) -> [PageCitation]? {
        let citations = Citations.find(in: text)
        guard let first = citations.first, first.range.lowerBound == text.startIndex,
            Citations.isCitationLine(text, citations: citations)
        else {
            return nil
        }
        return citations
    }

    /// Where each block's citation was printed, in order: the lines `parse` starts blocks at.
    public static func citationLocations(_ lines: [SourceLine]) -> [(citation: String, location: SourceLocation)] {
        lines.flatMap(splitCitationLead).flatMap { line -> [(citation: String, location: SourceLocation)] in
            let citations = blockCitations(stripArrow(line.text).trimmedWhitespace) ?? []
            return citations.map { ($0.text, line.location) }
        }
    }
}

/// Top-level 「…」 passages of a section, outer brackets removed, inner 「」 kept, lines joined.
public enum Quotes {
    public static func split(_ lines: [SourceLine], diagnostics: inout DiagnosticLog) -> [String] {
        let text = LineJoining.join(lines.map(\.text))
        var quotes: [String] = []
        var depth = 0
        var current = ""
        var outside = ""
        for character in text {
            if character == "「" || character == "『" {
                if depth > 0 { current.append(character) }
                depth += 1
            } else if (character == "」" || character == "』") && depth > 0 {
                depth -= 1
                if depth == 0 {
                    quotes.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            } else if depth > 0 {
                current.append(character)
            } else {
                outside.append(character)
            }
        }
        let location = lines.first?.location
        if depth > 0 {
            diagnostics.warn(.unclosedQuote, "a 「 is never closed; the passage runs to the end of the cell", at: location)
            quotes.append(current)
        }
        let stray = outside.trimmedWhitespace
        if !stray.isEmpty {
            diagnostics.warn(.unquotedReflectionText, "text outside 「」 kept as a passage: \(stray)", at: location)
            quotes.append(stray)
        }
        return quotes
    }
}
