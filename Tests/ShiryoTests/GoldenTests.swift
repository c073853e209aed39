import Foundation
import JSONEmission
import Shiryo
import Testing

/// Every fixture folder's input must give its hand-checked expected.json, field for field.
@Suite struct GoldenTests {
    static let fixtures = FixtureLists.golden

    @Test func fixturesArePresent() {
        #expect(Self.fixtures.count >= FixtureLists.minimumGolden, "a fixture folder was renamed or lost")
    }

    @Test(arguments: fixtures)
    func fixtureMatchesExpectedJSON(_ fixture: Fixture) throws {
        let (_, differences) = try fixture.compare()
        if !differences.isEmpty {
            Issue.record("\(GoldenDiff.report(fixture, differences))")
        }
    }
}
