/// 均等割付: a short header or label whose letters are spread across its cell, 「施　策　名」「意 見 内 容」.
/// The spread is layout, not text, so it is taken out; ordinary spaced words (「基本　方針」) stay as printed.
public enum EvenSpacing {
    /// Whether `text` is single characters separated by spaces, optionally after a ①/⑴ prefix glued to
    /// the first letter (「①意 見 内 容」). Latin letters never count: 「A B」 is not a spread; a digit counts only
    /// between spread letters.
    public static func isSpread(_ text: String) -> Bool {
        let parts = text.spaceSeparatedParts
        guard parts.count >= 2, let last = parts.last else { return false }
        // A digit between spread letters (「第　2　次　総　合　計　画」) is spread with them.
        return isLetter(parts[0], numbered: true) && isLetter(last, numbered: false)
            && parts.dropFirst().allSatisfy { isLetter($0, numbered: false) || isDigit($0) }
    }

    static func isDigit(_ part: some StringProtocol) -> Bool {
        part.count == 1 && part.unicodeScalars.allSatisfy { Numbers.digitValue($0) != nil }
    }

    /// One spread letter 「施」, or with `numbered` also a letter with its ①/⑴ prefix 「①意」.
    public static func isLetter(_ part: some StringProtocol, numbered: Bool) -> Bool {
        let scalars = Array(part.unicodeScalars)
        if numbered, scalars.count == 2, Numbers.circled(scalars[0]) != nil { return isSpreadLetter(scalars[1]) }
        return part.count == 1 && scalars.allSatisfy(isSpreadLetter)
    }

    /// The letters put back together, or the text (trimmed) when it is not spread.
    public static func collapse(_ text: String) -> String {
        isSpread(text) ? text.spaceSeparatedParts.joined() : text.trimmedWhitespace
    }

    static func isSpreadLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isJapanese || Numbers.circled(scalar) != nil || (0x2100...0x214F).contains(scalar.value)
    }
}
