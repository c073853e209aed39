/// Keys for matching, never for storing: NFKC + case folding with all whitespace removed, so that
/// 「施　策　名」, 「施策名」 and 「ＮＯ．」/「No.」 compare equal.
public enum SearchKey {
    public static func make(_ text: String) -> String {
        let folded = ICU.normalize(ArtefactRepair.repair(text), .nfkcCasefold)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
