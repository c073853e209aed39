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
        let root = URL(fileURLWithPath: fixtures)
        // --update also writes the first expected.json of a folder holding just an input.
        let found = Fixture.all(in: root) + (update ? Fixture.new(in: root) : [])
        let bad = BadInputFixture.all(in: root)
        guard !found.isEmpty || !bad.isEmpty || !FixtureDiscovery.problems(in: root).isEmpty else {
            throw ValidationError(Catalogue.Usage.noFixtures(fixtures).text())
        }
        let checks = found.map { FixtureCheck.run($0, update: update) }
        // Folders that cannot be checked as they are fail the run instead of being skipped.
        let malformed = FixtureDiscovery.problems(in: root)
        for check in checks { print(check.report) }
        // Bad inputs (expected-error.json) must still be refused with their exact error.
        let refusals = bad.map { $0.check() }
        for refusal in refusals { print(refusal.report) }
        for problem in malformed { print("\(Catalogue.Check.fail) \(problem)") }
        let total = checks.count + refusals.count + malformed.count
        let failed = checks.count { !$0.passed } + refusals.count { !$0.passed } + malformed.count
        print(Catalogue.Check.summary(total: total, failed: failed).text())
        if failed > 0 { throw ExitCode.failure }
    }
}
