/// Numbers as clerks print them: １０, 10, ①, Ⅲ, III, （１）, (1), ⑴, 十二.
public enum Numbers {
    /// Decimal digits in any width (ASCII, full-width), e.g. "１０" → 10.
    public static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 6 else { return nil }
        var value = 0
        for scalar in text.unicodeScalars {
            guard let digit = digitValue(scalar) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    public static func decimal(_ text: String) -> Int? { decimal(Substring(text)) }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// ① … ⑳, ㉑ … ㊿, ⑴ … ⒇, ⒈ … ⒛.
    public static func circled(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2460...0x2473: Int(scalar.value - 0x2460 + 1)
        case 0x3251...0x325F: Int(scalar.value - 0x3251 + 21)
        case 0x32B1...0x32BF: Int(scalar.value - 0x32B1 + 36)
        case 0x2474...0x2487: Int(scalar.value - 0x2474 + 1)  // parenthesized ⑴
        case 0x2488...0x249B: Int(scalar.value - 0x2488 + 1)  // ⒈
        case 0x24F5...0x24FE: Int(scalar.value - 0x24F5 + 1)  // double circled
        case 0x2776...0x277F: Int(scalar.value - 0x2776 + 1)  // dingbat negative circled
        default: nil
        }
    }

    /// Ⅰ–Ⅻ (and ⅰ–ⅻ) as single characters, or I, II, IV … XII written in Latin letters (any width).
    public static func roman(_ text: Substring) -> Int? {
        if text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first {
            switch scalar.value {
            case 0x2160...0x216B: return Int(scalar.value - 0x2160 + 1)
            case 0x2170...0x217B: return Int(scalar.value - 0x2170 + 1)
            default: break
            }
        }
        let ascii = String(
            text.unicodeScalars.map { scalar -> Character in
                if (0xFF21...0xFF3A).contains(scalar.value) {
                    return Character(Unicode.Scalar(scalar.value - 0xFF21 + 0x41)!)
                }
                return Character(scalar)
            })
        let table = [
            "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
            "XI": 11, "XII": 12,
        ]
        return table[ascii]
    }

    static let kanjiDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 一 … 九十九 (and 百), as used in 第三章 or 二十.
    public static func kanji(_ text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        if text == "元" { return 1 }
        var total = 0, current = 0, sawAny = false
        for character in text {
            if let digit = kanjiDigits[character] {
                current = current * 10 + digit
                sawAny = true
            } else if character == "十" {
                total += max(current, 1) * 10
                current = 0
                sawAny = true
            } else if character == "百" {
                total += max(current, 1) * 100
                current = 0
                sawAny = true
            } else {
                return nil
            }
        }
        return sawAny ? total + current : nil
    }

    /// Any of the forms above for a whole token.
    public static func anyNumber(_ text: Substring) -> Int? {
        if let value = decimal(text) { return value }
        if text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, let value = circled(scalar) {
            return value
        }
        return kanji(text)
    }
}
