import ArgumentParser
import Foundation
import Shiryo

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-ingest every fixture and compare it with its expected.json.",
        discussion: """
            A fixture is a folder holding one input (.pdf or .txt) and its hand-checked expected.json, or, for an input that must be refused, an expected-error.json with the error's code and exact message. Each difference is printed with the record number, the field, and the expected and actual values. --update rewrites the expected.json files that differ: read the differences first.

            Examples:
              shiryo check                          # every fixture under Fixtures/
              shiryo check Fixtures/hiratsuka-h30-pdf
              shiryo check --update Fixtures/my-new-fixture

            Exit codes: 0 every fixture matches, 1 a difference or a failed input, 2 usage error.
            """)

    @Argument(help: "Folder holding fixture folders (searched recursively).")
    var fixtures: String = "Fixtures"

    @Flag(help: "Rewrite expected.json where it differs instead of failing.")
    var update = false

    func run() throws {
        let found = Fixture.all(in: URL(fileURLWithPath: fixtures))
        let bad = BadInputFixture.all(in: URL(fileURLWithPath: fixtures))
        // Folders that cannot be checked as they are fail the run instead of being skipped.
        let malformed = FixtureDiscovery.problems(in: URL(fileURLWithPath: fixtures))
        guard !found.isEmpty || !bad.isEmpty || !malformed.isEmpty else {
            throw ValidationError("\(fixtures): no fixture folders (an input beside an expected.json) found")
        }
        let checks = found.map { FixtureCheck.run($0, update: update) }
        for check in checks { print(check.report) }
        // Bad inputs (expected-error.json) must still be refused with their exact error.
        let refusals = bad.map { $0.check() }
        for refusal in refusals { print(refusal.report) }
        for problem in malformed { print("FAIL \(problem)") }
        let total = checks.count + refusals.count + malformed.count
        let failed = checks.count { !$0.passed } + refusals.count { !$0.passed } + malformed.count
        print("\(total) fixture(s): \(total - failed) ok, \(failed) failed")
        if failed > 0 { throw ExitCode.failure }
    }
}
