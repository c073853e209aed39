import ArgumentParser
import Foundation
import JSONEmission
import Shiryo
import ShiryoCore

struct ShiryoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: "Turns Japanese municipal opinion-reflection tables (反映状況表) into JSON records.",
        subcommands: [IngestCommand.self, ReviewCommand.self],
        defaultSubcommand: IngestCommand.self)
}

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read PDFs or text exports and write one JSON file per input.")

    @Argument(help: "Files to ingest (.pdf, .txt).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "Output"

    @Flag(help: "Overwrite existing output files that differ.")
    var force = false

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    func run() throws {
        var failed = 0
        for path in paths {
            let url = URL(fileURLWithPath: path)
            do {
                let result = try Ingest.file(at: url, options: IngestOptions(password: password))
                let target = URL(fileURLWithPath: output)
                    .appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".json")
                try OutputWriter.write(OutputWriter.json(result), to: target, force: force)
                FileHandle.standardError.write(Data("\(path): \(result.records.count) records → \(target.path)\n".utf8))
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

ShiryoCommand.main()
