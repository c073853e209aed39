import Foundation
import ShiryoCore

/// What the terminal on stderr can take: a live (rewritten) line only on a real terminal that is not
/// `TERM=dumb`; colour only there and only without `NO_COLOR` (https://no-color.org).
public struct TerminalStyle: Sendable, Hashable {
    public var live: Bool
    public var colour: Bool
    /// Columns; the live line is cut to fit so it never wraps (a wrapped line cannot be rewritten by `\r`).
    public var width: Int
    /// Error code → words appended to its error line. The executable sets the flag that fixes each
    /// (`Catalogue.CommandLine.flagHints`); the library names no flags.
    public var hints: [String: Localized] = [:]

    public init(live: Bool, colour: Bool = false, width: Int = 80) {
        self.live = live
        self.colour = colour
        self.width = max(width, 20)
    }

    /// Back to the start of the line and erase it: how the live line is rewritten.
    public static let clearLine = "\r\u{1B}[K"

    /// Plain lines, no escapes: logs, pipes, CI.
    public static let plain = TerminalStyle(live: false)

    public static func standardError(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        detect(isTerminal: isatty(STDERR_FILENO) != 0, columns: windowColumns(STDERR_FILENO), environment: environment)
    }

    public static func detect(isTerminal: Bool, columns: Int?, environment: [String: String]) -> TerminalStyle {
        let dumb = environment["TERM"] == "dumb"
        let live = isTerminal && !dumb
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let width = columns ?? environment["COLUMNS"].flatMap(Int.init) ?? 80
        return TerminalStyle(live: live, colour: live && !noColour, width: width)
    }

    static func windowColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    enum Colour: String {
        case red = "31", yellow = "33", dim = "2"
    }

    func paint(_ text: String, _ colour: Colour) -> String {
        self.colour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `error[code]: message`, the label in red on a colour terminal.
    /// `about`: what the file is, when the message alone would not say (`plan nowhere.pdf: …`).
    public func errorLine(_ error: any CodedError, about: Localized? = nil, language: Language = .current) -> String {
        let message = (about.map { $0.text(language) + " " } ?? "") + error.message(language)
        return labelled(Catalogue.Terminal.errorLabel.text(language), code: error.code, message, .red, language: language)
    }

    func labelled(_ label: String, code: String?, _ message: String, _ colour: Colour, language: Language = .current) -> String {
        let hint = code.flatMap { hints[$0] }.map { $0.text(language) } ?? ""
        return paint(label + (code.map { "[\($0)]" } ?? ""), colour) + ": " + message + hint
    }
}

/// Columns a string takes in a terminal: East Asian wide and fullwidth characters take two, combining
/// marks none. Japanese names are mostly wide, so counting characters would let lines wrap.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Width W and F (the ranges that matter for Japanese text, symbols and emoji).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` cut to at most `columns`, ending in "…" when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        var result = "", used = 0
        for character in text {
            let width = of(String(character))
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
