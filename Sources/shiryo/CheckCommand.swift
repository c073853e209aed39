import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Catalogue.Help.checkAbstract.text(),
        discussion: Catalogue.Help.checkDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.checkFolder.text()))
    var fixtures: String = "Fixtures"

    @Flag(help: ArgumentHelp(Catalogue.Help.checkUpdate.text()))
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
