import ArgumentParser
import Foundation

@main
struct ShiryoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: "Turns Japanese municipal opinion-reflection tables (反映状況表) into JSON records.",
        discussion: """
            Exit codes: 0 success, 1 some input failed or differed (the rest was still done), 2 usage error, 130 interrupted (Ctrl-C); nothing partial is ever left behind.
            """,
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
        if let problem = DashArguments.problem(in: Array(CommandLine.arguments.dropFirst())) {
            StandardError.write("Error: \(problem)\n")
            Foundation.exit(usageExitCode)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write((fullMessage(for: error) + "\n"))
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }
}
