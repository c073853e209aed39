import Foundation
import JSONEmission
import Shiryo
import Testing

/// Every fixture folder's input must give its hand-checked expected.json, field for field.
@Suite struct GoldenTests {
    static let fixtures = Fixture.all(in: Repo.fixtures)

    @Test func fixturesArePresent() {
        #expect(Self.fixtures.count >= 2, "expected the seed fixture and at least one more")
    }

    @Test(arguments: fixtures)
    func fixtureMatchesExpectedJSON(_ fixture: Fixture) throws {
        let (_, differences) = try fixture.compare()
        if !differences.isEmpty {
            Issue.record("""
                \(fixture) differs from expected.json in \(differences.count) field(s):
                \(differences.prefix(30).map { "  " + $0.description }.joined(separator: "\n"))
                """)
        }
    }
}
