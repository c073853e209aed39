import Foundation
import JSONEmission

/// `shiryo validate`: a JSON file against the schema of FORMAT.md and the rules a schema cannot say.
public enum FileValidation {
    /// Each problem as one line naming the file and the JSON path: `bad.json: $.records[3].page: expected
    /// integer, found string`. Empty when the file is valid.
    public static func problems(in url: URL, named name: String, schema: JSONSchema) -> [String] {
        let document: JSONValue
        do {
            document = try JSONValue.parse(Data(contentsOf: url))
        } catch let error as DecodingError {
            return ["\(name): not valid JSON (\(describe(error)))"]
        } catch {
            return ["\(name): cannot be read (\(FileProblem.describe(error)))"]
        }
        let violations = schema.violations(of: document)
        // The invariants assume the schema's shapes; on a malformed file they would only add noise.
        let found = violations.isEmpty ? FormatInvariants.violations(of: document) : violations
        return found.map { "\(name): \($0)" }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
        default: "\(error)"
        }
    }
}
