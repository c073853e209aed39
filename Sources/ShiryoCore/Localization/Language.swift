import Foundation

/// The language shiryo speaks to a person: Japanese when the locale says so, English otherwise. Output
/// files (JSON, diagnostics in them, CSV headers) never change with it: downstream tools need them stable.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case japanese = "ja"

    /// From the environment the process was started with.
    public static let current = Language(environment: ProcessInfo.processInfo.environment)

    /// POSIX order for messages: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set (non-empty)
    /// decides. `ja`, `ja_JP.UTF-8`, `ja_JP.eucJP`… are Japanese; anything else (`C`, `en_US`) is English.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale.map { $0.lowercased().hasPrefix("ja") } == true ? .japanese : .english
    }
}

/// One message in every language shiryo speaks, written side by side in the catalogue (`Catalogue`), so
/// no user-facing string is ever forked by hand in two places.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    public var english: String
    public var japanese: String

    public init(_ english: String, ja japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    public func text(_ language: Language = .current) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }

    /// The current language's text, so a message can be interpolated as is.
    public var description: String { text() }
}

/// The catalogue of everything shiryo says to a person, by area (`Catalogue.Errors`, `.Batch`, `.Review`,
/// `.Help`); each message is one `Localized` value. Add a language by adding a field to `Localized`: the
/// compiler then lists every message still to translate.
public enum Catalogue {}

/// A failure a person reads: a stable code for tools and scripts (the same in every language) and a
/// one-line message in the reader's language.
public protocol CodedError: Error {
    var code: String { get }
    func message(_ language: Language) -> String
}

extension CodedError {
    /// `error[encrypted-pdf]: a.pdf: …` / `エラー[encrypted-pdf]: a.pdf: …`: the line the CLI prints.
    public func line(_ language: Language = .current) -> String {
        Catalogue.Terminal.errorLabel.text(language) + "[\(code)]: " + message(language)
    }
}
