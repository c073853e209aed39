import Shiryo
import ShiryoCore

extension TerminalStyle {
    /// The terminal on stderr, with the flag that fixes an error added to its line (`--force`,
    /// `--password`): the library's messages say what to do in words only.
    static func commandLine() -> TerminalStyle {
        var style = TerminalStyle.standardError()
        style.hints = Catalogue.CommandLine.flagHints
        return style
    }
}
