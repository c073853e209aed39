import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
import Testing

/// docs/DIAGNOSTICS.md lists exactly the diagnostic codes of the enum, with their severity and meaning.
@Suite struct DiagnosticCatalogueTests {
    static func catalogue() throws -> [(code: String, severity: String, meaning: String)] {
        let text = try String(contentsOf: Repo.root.appendingPathComponent("docs/DIAGNOSTICS.md"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return (cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), cells[1], cells[2])
        }
    }

    @Test func docsListEveryCodeWithItsSeverityAndMeaning() throws {
        let listed = try Self.catalogue()
        #expect(listed.map(\.code) == DiagnosticCode.allCases.map(\.rawValue), "same codes, in the enum's order")
        #expect(Set(DiagnosticCode.meanings.keys) == Set(DiagnosticCode.allCases), "every code has its meaning")
        for (entry, code) in zip(listed, DiagnosticCode.allCases) {
            #expect(entry.severity == code.severity.rawValue, "\(code.rawValue)")
            #expect(entry.meaning == code.meaning, "\(code.rawValue)")
        }
    }

    @Test func everyCodeReportedInTheFixturesIsACase() throws {
        let known = Set(DiagnosticCode.allCases.map(\.rawValue))
        var seen = 0
        for fixture in Fixture.all(in: Repo.fixtures) {
            let document = try JSONValue.parse(Data(contentsOf: fixture.expected))
            for diagnostic in document["diagnostics"]?.arrayValue ?? [] {
                let code = diagnostic["code"]?.stringValue ?? ""
                #expect(known.contains(code), "\(fixture): \(code)")
                seen += 1
            }
        }
        #expect(seen > 10)
    }
}

/// docs/FORMAT.md names every field of the JSON Schema, and the README links it.
@Suite struct FormatDocTests {
    static func propertyNames(_ schema: JSONValue) -> Set<String> {
        var names: Set<String> = []
        switch schema {
        case .object(let members):
            for (key, value) in members {
                if key == "properties", let properties = value.objectValue { names.formUnion(properties.keys) }
                names.formUnion(propertyNames(value))
            }
        case .array(let items):
            for item in items { names.formUnion(propertyNames(item)) }
        default: break
        }
        return names
    }

    @Test func everySchemaFieldIsDocumented() throws {
        let doc = try String(contentsOf: Repo.root.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let names = Self.propertyNames(try JSONSchema.bundled().root)
        #expect(names.count > 30)
        for name in names.sorted() { #expect(doc.contains("`\(name)`"), "docs/FORMAT.md does not name `\(name)`") }
        #expect(doc.contains("schemaVersion 2"))
    }

    @Test func readmeLinksTheFormatInTheRepository() throws {
        let readme = try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("](docs/FORMAT.md)"))
        #expect(!readme.contains("../shared/FORMAT.md"))
    }
}
