/// Text drawn with a non-embedded Adobe-Japan1 CID font (HeiseiKakuGo-W5, Ryumin) has no ToUnicode map, so
/// poppler names each glyph by the CID's one Unicode value. Some CIDs print two characters: CID 661 is both
/// 「－」 (U+FF0D) and 「−」 (U+2212), and poppler reports U+2212. Between full-width characters (「資料１－２」)
/// the printed character was the full-width hyphen-minus; a minus sign stays a minus beside ASCII digits.
enum AdobeJapan1Variants {
    static func resolve(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{2212}") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{2212}", index > 0, index + 1 < scalars.count,
                isFullWidth(scalars[index - 1]), isFullWidth(scalars[index + 1])
            {
                out.append("\u{FF0D}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF60).contains(scalar.value) || scalar.isJapanese
    }
}
