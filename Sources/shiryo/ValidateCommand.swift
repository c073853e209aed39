import ArgumentParser
import Foundation
import JSONEmission
import Shiryo
import ShiryoCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Catalogue.Help.validateAbstract.text(),
        discussion: Catalogue.Help.validateDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.validateFiles.text()))
    var files: [String]

    func run() throws {
        let schema = try JSONSchema.bundled()
        var invalid = 0
        for file in files {
            let problems = FileValidation.problems(in: URL(fileURLWithPath: file), named: file, schema: schema)
            if problems.isEmpty { print("\(file): valid") } else { invalid += 1 }
            for problem in problems { print(problem) }
        }
        if invalid > 0 {
            print("\(invalid) of \(files.count) file(s) invalid")
            throw ExitCode.failure
        }
    }
}
