import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

@main
struct ShiryoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: Catalogue.Help.rootAbstract.text(),
        discussion: Catalogue.Help.rootDiscussion.text(),
        version: ShiryoVersion.description,
        subcommands: [
            IngestCommand.self,
            CheckCommand.self,
            ValidateCommand.self,
            BenchCommand.self,
            ReviewCommand.self,
        ],
        defaultSubcommand: IngestCommand.self)

    /// ArgumentParser exits 64 on usage errors; shiryo documents 2, the usual code for a bad command line.
    static let usageExitCode: Int32 = 2

    static func main() {
        // Before anything else: a signal during parsing is handled the same way.
        Interruption.install(message: Catalogue.Terminal.interrupted.text())
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = DashArguments.problem(in: arguments) {
            StandardError.write(Catalogue.Parser.translate("Error: \(problem)\n"))
            Foundation.exit(usageExitCode)
        }
        if let typed = arguments.first, let suggestion = CommandSuggestion.misspelled(typed, commands: commandNames) {
            StandardError.write(Catalogue.Parser.translate("Error: \(Catalogue.Terminal.unknownCommand(typed, suggestion: suggestion))\n"))
            Foundation.exit(usageExitCode)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            finish(with: error, arguments: arguments)
        }
    }

    /// ArgumentParser's `exit(withError:)`, with its own words (help section titles, the built-in options'
    /// help, usage errors) in the reader's language from the catalogue, and usage errors exiting 2.
    /// Completion scripts are printed as they are: shells read them.
    static func finish(with error: any Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        var message = fullMessage(for: error)
        if !arguments.contains("--generate-completion-script") { message = Catalogue.Parser.translate(message) }
        if code == .validationFailure {
            StandardError.write(message + "\n")
            Foundation.exit(usageExitCode)
        }
        if !message.isEmpty {
            if code == .success { print(message) } else { StandardError.write(message + "\n") }
        }
        Foundation.exit(code.rawValue)
    }

    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}
