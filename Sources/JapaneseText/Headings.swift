import ShiryoCore

/// Labels that open a heading: pillar (Ⅰ, II, 第1章) and measure (（１）, (1), ⑴, ①).
public enum Headings {
    /// Splits a policy cell 「Ⅰ　強みを活かしたしごとづくり（１）基幹産業の競争力を強化する」 into pillar and
    /// measure. Either can be missing.
    public static func policy(_ text: String) -> (pillar: LabeledHeading?, measure: LabeledHeading?) {
        var rest = Substring(text)
        var pillar: LabeledHeading?
        if let (label, after) = pillarLabel(rest) {
            let titleEnd = measureStart(after) ?? after.endIndex
            pillar = LabeledHeading(label: String(label), title: clean(after[..<titleEnd]))
            rest = after[titleEnd...]
        }
        var measure: LabeledHeading?
        if let start = measureStart(rest), let (label, after) = measureLabel(rest[start...]) {
            measure = LabeledHeading(label: String(label), title: clean(after))
        }
        return (pillar, measure)
    }

    static func clean(_ text: Substring) -> String { String(text).trimmedWhitespace }

    /// Ⅰ–Ⅻ, or Latin I–XII or kanji 一–十二 followed by a space or punctuation, or 第N章/第N節/第N.
    public static func pillarLabel(_ text: Substring) -> (Substring, Substring)? {
        let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
        guard let first = trimmed.first else { return nil }
        if Numbers.roman(Substring(String(first))) != nil, first.unicodeScalars.first!.value >= 0x2160 {
            return (trimmed.prefix(1), trimmed.dropFirst())
        }
        // A label followed by a space or punctuation, which is dropped.
        func separated(_ label: Substring) -> (Substring, Substring)? {
            let after = trimmed[label.endIndex...]
            guard let next = after.first, " \u{3000}.．、".contains(next) else { return nil }
            return (label, after.drop { " \u{3000}.．、".contains($0) })
        }
        // Latin roman numerals need a separator so that "IoT" is not read as "I".
        let latin = trimmed.prefix { "IVXＩＶＸ".contains($0) }
        if !latin.isEmpty, Numbers.roman(latin) != nil, let split = separated(latin) { return split }
        // Kanji numerals need a separator too: 「一　総論」 is a heading, 「一人ひとり」 is not.
        let kanji = trimmed.prefix { Numbers.kanji(Substring(String($0))) != nil && $0 != "元" }
        if !kanji.isEmpty, kanji.count <= 3, Numbers.kanji(kanji) != nil, let split = separated(kanji) { return split }
        if trimmed.hasPrefix("第") {
            let body = trimmed.dropFirst().prefix { Numbers.decimal(String($0)) != nil || Numbers.kanji(Substring(String($0))) != nil }
            let after = trimmed.dropFirst().dropFirst(body.count)
            if !body.isEmpty, let unit = after.first, "章節部編".contains(unit) {
                return (trimmed[..<after.index(after: after.startIndex)], after.dropFirst())
            }
        }
        return nil
    }

    /// Where a measure label starts in `text`, if anywhere.
    static func measureStart(_ text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if measureLabel(text[index...]) != nil { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// （１）, (1), （一）, ⑴, ①.
    public static func measureLabel(_ text: Substring) -> (Substring, Substring)? {
        guard let first = text.first else { return nil }
        if "（(".contains(first) {
            let body = text.dropFirst().prefix { !"）)".contains($0) }
            let close = text.dropFirst().dropFirst(body.count)
            guard !body.isEmpty, body.count <= 3, close.first.map({ "）)".contains($0) }) == true,
                Numbers.decimal(body) != nil || Numbers.kanji(body) != nil
            else { return nil }
            let end = close.index(after: close.startIndex)
            return (text[..<end], text[end...])
        }
        if let scalar = first.unicodeScalars.first, first.unicodeScalars.count == 1, Numbers.circled(scalar) != nil {
            return (text.prefix(1), text.dropFirst())
        }
        return nil
    }
}
