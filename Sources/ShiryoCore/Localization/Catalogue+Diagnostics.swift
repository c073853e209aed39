/// Diagnostics shown to a person. The JSON keeps each diagnostic's English message (stable for tools);
/// the terminal and the review page show the one-line meaning of its code in the reader's language.
extension Catalogue {
    public enum Diagnostics {
        /// `page 2` / `line 14` / `2ページ` / `14行目`.
        public static func place(page: Int?, line: Int?) -> Localized? {
            if let page { return Localized("page \(page)", ja: "\(page)ページ") }
            if let line { return Localized("line \(line)", ja: "\(line)行目") }
            return nil
        }

        /// What a clerk reads for a diagnostic: its code's meaning, or its own message for a code the
        /// catalogue does not know yet.
        public static func summary(of diagnostic: Diagnostic) -> Localized {
            meaning(code: diagnostic.code) ?? Localized(diagnostic.message, ja: diagnostic.message)
        }

        public static func meaning(code: String) -> Localized? {
            nil
        }
    }
}
