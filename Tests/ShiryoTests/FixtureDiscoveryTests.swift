import Foundation
import Shiryo
import Testing

/// Issue 13/15: a malformed fixture folder fails `shiryo check` (it used to be skipped and stay green), and
/// the parameterized tests cannot silently run zero cases after a folder is renamed.
@Suite struct FixtureDiscoveryTests {
    @Test func repositoryFixturesAreWellFormedAndCounted() {
        #expect(FixtureDiscovery.problems(in: Repo.fixtures) == [])
        #expect(FixtureLists.shortfalls() == [], "the parameterized suites would run fewer cases than they must")
    }

    @Test func malformedFoldersFailCheck() throws {
        let scratch = try CheckTests.fixtureCopy()
        try scratch.write("{}", to: "Fixtures/no-input/expected.json")
        try scratch.copy(fixture: Seed.text, to: "Fixtures/misnamed/input.txt")
        try scratch.copy(fixture: Seed.textExpected, to: "Fixtures/misnamed/expected.jsn")
        try scratch.copy(fixture: Seed.text, to: "Fixtures/bad-error/input.txt")
        try scratch.write("{\"code\": \"no-rows\"", to: "Fixtures/bad-error/expected-error.json")
        let problems = FixtureDiscovery.problems(in: scratch.path("Fixtures"))
        #expect(
            problems == [
                "bad-error: expected-error.json is not valid JSON",
                "misnamed: expected.jsn is not a fixture file; name it expected.json or expected-error.json",
                "misnamed: inputs without expected.json or expected-error.json (or a README.md saying what they are for)",
                "no-input: expected.json has no input (.pdf or .txt) beside it",
            ])
        let run = try CLI.run(["check", "Fixtures"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("FAIL no-input: expected.json has no input (.pdf or .txt) beside it\n"))
        #expect(run.stdout.hasSuffix("5 fixture(s): 1 ok, 4 failed\n"))
    }
}
