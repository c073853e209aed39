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

    @Flag(help: ArgumentHelp(Catalogue.Help.validateStrict.text()))
    var strict = false

    func run() throws {
        let schema = try JSONSchema.bundled()
        let (found, missing) = FileValidation.files(for: files)
        var invalid = missing.count
        for problem in missing { print(problem) }
        for file in found {
            let problems = FileValidation.problems(in: URL(fileURLWithPath: file), named: file, schema: schema, strict: strict)
            if problems.isEmpty { print(Catalogue.Validate.valid(file).text()) } else { invalid += 1 }
            for problem in problems { print(problem) }
        }
        if invalid > 0 {
            print(Catalogue.Validate.invalid(invalid, of: found.count + missing.count).text())
            throw ExitCode.failure
        }
    }
}
