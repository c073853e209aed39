import Foundation
import JSONEmission
import Shiryo
import Testing

/// The strict reader of `shiryo validate`: duplicate keys with their path, big integers, bounded nesting.
@Suite struct JSONParserTests {
    static func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONParser.Result { try JSONParser.parse(Data(text.utf8)) }

    @Test(arguments: FixtureLists.golden)
    func readsEveryFixtureAsFoundationDoes(_ fixture: Fixture) throws {
        let data = try Data(contentsOf: fixture.expected)
        let strict = try JSONParser.parse(data)
        // Foundation reads 33.0 as the integer 33, this reader as the number 33.0: equal as JSON numbers.
        #expect(JSONDiff.differences(expected: try JSONValue.parse(data), actual: strict.value) == [])
        #expect(strict.duplicateKeys == [])
    }

    @Test func duplicateKeysAreFoundWithTheirPath() throws {
        let result = try Self.parse(#"{"a": {"b": 1, "c": [ {"d": 1, "d": 2} ], "b": 3}, "a": null}"#)
        #expect(result.duplicateKeys.map(\.description) == [#"$.a.c[0].d"#, "$.a.b", "$.a"])
        #expect(result.value["a"]?["b"] == .int(1), "the first value is kept")
    }

    @Test func valuesAndEscapes() throws {
        let result = try Self.parse(#" {"s": "\u00e9\ud83d\ude00\n\"\/", "n": -0.5e1, "i": 12, "t": true, "z": null, "e": [], "o": {}} "#)
        #expect(
            result.value
                == .object([
                    "s": .string("é😀\n\"/"), "n": .double(-5), "i": .int(12), "t": .bool(true), "z": .null, "e": .array([]),
                    "o": .object([:]),
                ]))
    }

    @Test func bigIntegersAreNumbers() throws {
        #expect(try Self.parse(String(repeating: "9", count: 400)).value == .double(.infinity))
        #expect(try Self.parse("-" + String(repeating: "9", count: 20)).value == .double(-1e20))
        #expect(try Self.parse("9223372036854775807").value == .int(Int.max))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "line 1, column 9: expected a key in quotes"),
        ("[1 2]", "line 1, column 4: expected ',' or ']'"),
        ("{\n  \"a\": tru\n}", "line 2, column 8: unexpected word (expected true)"),
        ("01", "line 1, column 2: unexpected text after the document"),
        ("\"a\u{01}\"", "line 1, column 3: a control character inside a string must be escaped"),
        ("{\"a\": \"é", "line 1, column 9: a string is never closed"),
        ("[1.]", "line 1, column 4: a number needs digits after '.'"),
        ("", "line 1, column 1: unexpected end of the file"),
        ("\"\\x\"", "line 1, column 4: unknown escape \\'x'"),
    ])
    func syntaxErrorsSayWhereAndWhat(_ text: String, _ message: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try Self.parse(text) }
        do { _ = try Self.parse(text) } catch { #expect(error.errorDescription == message) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try Self.parse(text)
            Issue.record("accepted")
        } catch {
            #expect(error.problem == "nested deeper than 512 levels")
        }
    }

    @Test func validateReportsDuplicatesAndOutOfRangeIntegers() throws {
        let scratch = try Scratch()
        let seed = try String(contentsOf: Repo.fixture(Seed.textExpected), encoding: .utf8)
        // A record whose number is given twice, and a page number of 400 digits.
        let doubled = seed.replacingOccurrences(of: "\"index\": 1,", with: "\"index\": 1,\n      \"index\": 2,")
        try scratch.write(doubled, to: "doubled.json")
        #expect(
            FileValidation.problems(in: scratch.path("doubled.json"), named: "doubled.json", schema: try .bundled()) == [
                "doubled.json: $.records[0].index: duplicate key (the object already has it; readers may keep either value)"
            ])
        let huge = seed.replacingOccurrences(of: "\"page\": 39,", with: "\"page\": \(String(repeating: "7", count: 400)),")
        try scratch.write(huge, to: "huge.json")
        let problems = FileValidation.problems(in: scratch.path("huge.json"), named: "huge.json", schema: try .bundled())
        #expect(
            problems.first
                == "huge.json: $.records[0].reflections[0].page: integer out of range (at most 9223372036854775807 in size), found a number beyond ±1.8e308"
        )
        #expect(!problems.contains { $0.contains("not valid JSON") })
        let big = seed.replacingOccurrences(of: "\"lastPage\": 39,", with: "\"lastPage\": 12345678901234567890,")
        try scratch.write(big, to: "big.json")
        #expect(
            FileValidation.problems(in: scratch.path("big.json"), named: "big.json", schema: try .bundled()).first
                == "big.json: $.records[0].reflections[0].lastPage: integer out of range (at most 9223372036854775807 in size), found a number of about 1e+19"
        )
    }
}
