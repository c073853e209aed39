import ArgumentParser
import Foundation
import JSONEmission
import Shiryo

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files against the schema of FORMAT.md (Schemas/shiryo.schema.json).",
        discussion: """
            Besides the schema, checks what a schema cannot say: record numbers unique and ascending, page ≤ lastPage in every reflection, provenance lines first ≤ last. Each problem names the file and the JSON path:
              bad.json: $.records[3].reflections[0].page: expected integer, found string

            Examples:
              shiryo validate Output/*.json
              shiryo validate Fixtures/*/expected.json

            Exit codes: 0 every file is valid, 1 a file is invalid or unreadable, 2 usage error.
            """)

    @Argument(help: "JSON files written by shiryo ingest.")
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
