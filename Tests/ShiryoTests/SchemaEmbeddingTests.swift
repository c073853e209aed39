import Foundation
import JSONEmission
import Testing

/// The JSON Schema is compiled into the binary from Schemas/shiryo.schema.json, the single source.
@Suite struct SchemaEmbeddingTests {
    @Test func compiledCopyEqualsTheSchemaFileByteForByte() throws {
        let file = try Data(contentsOf: Repo.root.appendingPathComponent("Schemas/shiryo.schema.json"))
        #expect(Data(JSONSchema.shippedText.utf8) == file, "run Scripts/generate-schema-swift")
        #expect(try JSONSchema.bundled().root == JSONSchema(data: file).root)
    }

    @Test func aCopiedBinaryValidatesWithoutAnyResourceFolder() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: scratch.path("bin/shiryo"))
        try scratch.copy(fixture: Seed.textExpected, to: "seed.json")
        let process = Process()
        process.executableURL = scratch.path("bin/shiryo")
        process.arguments = ["validate", "seed.json"]
        process.currentDirectoryURL = scratch.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text == "seed.json: valid\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("bin").path) == ["shiryo"])
    }
}
