import ArgumentParser
import Foundation
import JSONEmission
import Shiryo

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files (or folders of them) against the schema of docs/FORMAT.md.",
        discussion: """
            Besides the schema, checks what a schema cannot say: record index 1, 2, 3… in order, each record's table within document.tables, page ≤ lastPage in every reflection, provenance lines first ≤ last. Folders are searched recursively for .json files. Fields the format does not list are accepted (the format may add fields); --strict reports them. Each problem names the file and the JSON path:
              bad.json: $.records[3].reflections[0].page: expected integer, found string

            Examples:
              shiryo validate Output
              shiryo validate --strict Output/*.json
              shiryo validate Fixtures/*/expected.json

            Exit codes: 0 every file is valid, 1 a file is invalid or unreadable, 2 usage error.
            """)

    @Argument(help: "JSON files written by shiryo ingest, or folders holding them.")
    var files: [String]

    @Flag(help: "Also report fields the format does not list (the format may add fields; this tells you it did).")
    var strict = false

    func run() throws {
        let schema = try JSONSchema.bundled()
        let (found, missing) = FileValidation.files(for: files)
        var invalid = missing.count
        for problem in missing { print(problem) }
        for file in found {
            let problems = FileValidation.problems(in: URL(fileURLWithPath: file), named: file, schema: schema, strict: strict)
            if problems.isEmpty { print("\(file): valid") } else { invalid += 1 }
            for problem in problems { print(problem) }
        }
        if invalid > 0 {
            print("\(invalid) of \(found.count + missing.count) file(s) invalid")
            throw ExitCode.failure
        }
    }
}
