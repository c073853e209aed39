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
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let typed = arguments.first, let suggestion = CommandSuggestion.misspelled(typed, commands: commandNames) {
            FileHandle.standardError.write(Data("Error: \(Catalogue.Terminal.unknownCommand(typed, suggestion: suggestion))\n".utf8))
            Foundation.exit(usageExitCode)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }

    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}
