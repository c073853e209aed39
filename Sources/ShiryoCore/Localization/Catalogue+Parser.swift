import Foundation

/// The words swift-argument-parser writes around shiryo's own help texts (section titles, the built-in
/// `--help`/`--version` lines, usage-error sentences). It has no localisation of its own, so the CLI renders
/// its help and usage errors as usual and, when the reader's language is not English, rewrites these
/// phrases with `Catalogue.Parser.translate`. Abstracts, discussions and option help are shiryo's and come
/// from the catalogue already; option names, value names and examples are never translated.
///
/// In a phrase, `{1}`, `{2}` stand for text quoted by the parser (anything but a quote or a line break),
/// `{*}` for the rest of a sentence (quotes included) and `{#}` for a count; a phrase whose English starts with a section title or a line label matches only at
/// the start of a line.
extension Catalogue {
    public enum Parser {
        /// Section titles and line labels: matched at the start of a line only.
        public static let labels: [Localized] = [
            Localized("OVERVIEW: ", ja: "概要: "),
            Localized("USAGE: ", ja: "使い方: "),
            Localized("ARGUMENTS:", ja: "引数:"),
            Localized("OPTIONS:", ja: "オプション:"),
            Localized("SUBCOMMANDS:", ja: "サブコマンド:"),
            Localized("Usage: ", ja: "使い方: "),
            Localized("Error: ", ja: "エラー: "),
            Localized("Help:  ", ja: "説明:  "),
            Localized("  See '{1} <subcommand>' for detailed help.", ja: "  各サブコマンドの説明: '{1} <サブコマンド>'"),
            Localized("  See '{1}' for more information.", ja: "  詳しくは '{1}' を見てください。"),
        ]

        /// Phrases anywhere in a line, longest first where one contains another.
        public static let phrases: [Localized] = [
            Localized("Show the version.", ja: "バージョンを表示します。"),
            Localized("Show help information.", ja: "ヘルプ（この説明）を表示します。"),
            // After an option's help, with the space before the parenthesis; alone when wrapped onto a line.
            Localized(" (values: {1}; default: {2})", ja: "（値: {1}。既定: {2}）"),
            Localized("(values: {1}; default: {2})", ja: "（値: {1}。既定: {2}）"),
            Localized(" (values: {1})", ja: "（値: {1}）"),
            Localized("(values: {1})", ja: "（値: {1}）"),
            Localized(" (default: {1})", ja: "（既定: {1}）"),
            Localized("(default: {1})", ja: "（既定: {1}）"),
            Localized(" (default)", ja: "（既定）  "),  // as wide on screen: the column after it stays aligned
            Localized("Missing expected argument '{1}'", ja: "引数 '{1}' がありません"),
            Localized("Missing value for '{1}'", ja: "'{1}' の値がありません"),
            Localized("Unknown option '{1}'", ja: "'{1}' というオプションはありません"),
            Localized(". Did you mean '{1}'?", ja: "。'{1}' のことですか？"),
            Localized("Unexpected argument '{1}'", ja: "余計な引数 '{1}' があります"),
            Localized("{#} unexpected arguments: '{1}'", ja: "余計な引数が {#} 個あります: '{1}'"),
            Localized(
                "The option '{1}' does not take any value, but '{2}' was specified.",
                ja: "オプション '{1}' は値をとりませんが、'{2}' が指定されました。"),
            Localized("The value '{1}' is invalid for '{2}'", ja: "'{2}' に値 '{1}' は使えません"),
            Localized(". Please provide one of {*}.", ja: "。次のどれかを指定してください: {*}"),
            Localized("Missing one of: '{1}'", ja: "次のどれかが必要です: '{1}'"),
            Localized("Missing required subcommand.", ja: "サブコマンドを指定してください。"),
        ]

        /// `text` (help or a usage error as swift-argument-parser wrote it) with every catalogued phrase in
        /// `language`; English text comes back unchanged.
        public static func translate(_ text: String, to language: Language = .current) -> String {
            guard language != .english else { return text }
            var result = text
            for phrase in labels { result = replace(phrase, in: result, language: language, lineStart: true) }
            for phrase in phrases { result = replace(phrase, in: result, language: language, lineStart: false) }
            return result
        }

        static func replace(_ phrase: Localized, in text: String, language: Language, lineStart: Bool) -> String {
            var pattern = NSRegularExpression.escapedPattern(for: phrase.english)
            var template = NSRegularExpression.escapedTemplate(for: phrase.text(language))
            // Groups are numbered by where the placeholders stand in the English, wherever the translation puts them.
            let placeholders = ["{#}": "([0-9]+)", "{1}": "([^'\\n]+?)", "{2}": "([^'\\n]+?)", "{*}": "([^\\n]+?)"]
            let order = placeholders.keys.compactMap { key in phrase.english.range(of: key).map { (key, $0.lowerBound) } }
                .sorted { $0.1 < $1.1 }.map(\.0)
            for (group, key) in order.enumerated() {
                pattern = pattern.replacingOccurrences(of: NSRegularExpression.escapedPattern(for: key), with: placeholders[key]!)
                template = template.replacingOccurrences(of: NSRegularExpression.escapedTemplate(for: key), with: "$\(group + 1)")
            }
            guard let expression = try? NSRegularExpression(pattern: (lineStart ? "^" : "") + pattern, options: [.anchorsMatchLines])
            else { return text }
            return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
    }
}
