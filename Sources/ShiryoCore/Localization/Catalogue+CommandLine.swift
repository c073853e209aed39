extension Catalogue {
    /// The command line's own words. Library messages say what is wrong and what to do without naming a
    /// flag (a library user has no flags); the executable appends the flag that does it, by error code.
    public enum CommandLine {
        /// Error code → the flag, appended to the error line: `… allow replacing outputs (--force)`.
        public static let flagHints: [String: Localized] = [
            "output-exists": Localized(" (--force)", ja: "（--force）"),
            "output-unchecked": Localized(" (--force)", ja: "（--force）"),
            "encrypted-pdf": Localized(" (--password)", ja: "（--password）"),
            "shared-output": Localized(" (--output)", ja: "（--output）"),
        ]
    }
}
