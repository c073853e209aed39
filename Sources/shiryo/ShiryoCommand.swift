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
        Interruption.install()  // before anything else: a signal during parsing is handled the same way
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = DashArguments.problem(in: arguments) {
            StandardError.write("Error: \(problem)\n")
            Foundation.exit(usageExitCode)
        }
        if let typed = arguments.first, let suggestion = CommandSuggestion.misspelled(typed, commands: commandNames) {
            StandardError.write("Error: \(Catalogue.Terminal.unknownCommand(typed, suggestion: suggestion))\n")
            Foundation.exit(usageExitCode)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write((fullMessage(for: error) + "\n"))
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }

    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}
