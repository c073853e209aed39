import Foundation

/// A validator for the subset of JSON Schema (draft 2020-12) that `shiryo.schema.json` uses: `type` (with
/// unions), `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`, `minimum`, `minItems`,
/// `maxItems`, `minLength`, `pattern` and `$ref` to `#/$defs/…`. Any other keyword is refused when the schema is loaded, so the schema
/// can never rely on a rule this validator would silently skip.
public struct JSONSchema: Sendable {
    public struct UnsupportedSchema: Error, LocalizedError, Sendable {
        public var message: String
        public var errorDescription: String? { "schema: \(message)" }
    }

    static let checkedKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum",
        "minItems", "maxItems", "minLength", "pattern", "$ref",
    ]
    static let annotationKeywords: Set<String> = ["$schema", "$id", "$defs", "$comment", "title", "description"]

    public let root: JSONValue

    public init(_ root: JSONValue) throws(UnsupportedSchema) {
        self.root = root
        try Self.checkSupported(root, at: "#")
    }

    public init(data: Data) throws {
        try self.init(JSONValue.parse(data))
    }

    /// The schema of docs/FORMAT.md compiled into shiryo (`Schemas/shiryo.schema.json`, see `shippedText`): no
    /// file is read, so a copied binary validates on its own.
    public static func bundled() throws -> JSONSchema {
        try JSONSchema(data: Data(shippedText.utf8))
    }

    /// Every rule `instance` breaks, in document order; empty when it is valid. `strict`: an object schema with
    /// `properties` and no `additionalProperties` also refuses fields it does not list (the format may add fields,
    /// so the schema itself accepts them; strict validation tells a reader that the format grew).
    public func violations(of instance: JSONValue, strict: Bool = false) -> [JSONViolation] {
        var found: [JSONViolation] = []
        Walk(schema: self, strict: strict).check(instance, against: root, at: JSONPath(), into: &found)
        return found
    }

    private static func checkSupported(_ schema: JSONValue, at location: String) throws(UnsupportedSchema) {
        guard case .object(let members) = schema else {
            if case .bool = schema { return }
            throw UnsupportedSchema(message: "\(location) is not a schema object")
        }
        for (keyword, value) in members {
            guard checkedKeywords.contains(keyword) || annotationKeywords.contains(keyword) else {
                throw UnsupportedSchema(message: "\(location): keyword \(keyword) is not supported by shiryo's validator")
            }
            switch keyword {
            case "properties", "$defs":
                for (name, child) in value.objectValue ?? [:] { try checkSupported(child, at: "\(location)/\(keyword)/\(name)") }
            case "items", "additionalProperties":
                try checkSupported(value, at: "\(location)/\(keyword)")
            case "$ref":
                guard let reference = value.stringValue, reference.hasPrefix("#/$defs/") else {
                    throw UnsupportedSchema(message: "\(location): only $ref to #/$defs/NAME is supported")
                }
            default: break
            }
        }
    }

    fileprivate func resolve(_ reference: String) -> JSONValue {
        let name = String(reference.dropFirst("#/$defs/".count))
        return root["$defs"]?[name] ?? .bool(false)
    }

}

/// One validation run: the schema and whether unknown fields are refused.
private struct Walk {
    let schema: JSONSchema
    let strict: Bool

    func check(_ value: JSONValue, against schema: JSONValue, at path: JSONPath, into found: inout [JSONViolation]) {
        switch schema {
        case .bool(true): return
        case .bool(false): found.append(JSONViolation(path, "not allowed here")); return
        default: break
        }
        if let reference = schema["$ref"]?.stringValue {
            check(value, against: self.schema.resolve(reference), at: path, into: &found)
        }
        if let types = schema["type"] {
            let allowed = types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue].compactMap { $0 }
            if allowed.contains("integer"), !allowed.contains("number"), case .double(let number) = value,
                number.rounded() == number, Int(exactly: number) == nil
            {
                // A whole number no Int holds (a 400-digit integer is valid JSON): out of range, not of the wrong type.
                found.append(JSONViolation(path, "integer out of range (at most \(Int.max) in size), found \(Self.magnitude(number))"))
                return
            }
            guard allowed.contains(where: { Self.value(value, hasType: $0) }) else {
                // A value of the wrong type: its other rules would only repeat the same problem.
                found.append(JSONViolation(path, "expected \(allowed.joined(separator: " or ")), found \(value.typeName)"))
                return
            }
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            found.append(JSONViolation(path, "expected \(constant.serializedCompact()), found \(value.serializedCompact())"))
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(where: { Self.equal($0, value) }) {
            let listed = options.map { $0.serializedCompact() }.joined(separator: ", ")
            found.append(JSONViolation(path, "expected one of \(listed), found \(value.serializedCompact())"))
        }
        if let minimum = schema["minimum"]?.numberValue, let number = value.numberValue, number < minimum {
            found.append(
                JSONViolation(path, "expected at least \(schema["minimum"]!.serializedCompact()), found \(value.serializedCompact())"))
        }
        if case .string(let text) = value { checkString(text, against: schema, at: path, into: &found) }
        switch value {
        case .object(let members): checkObject(members, against: schema, at: path, into: &found)
        case .array(let items): checkArray(items, against: schema, at: path, into: &found)
        default: break
        }
    }

    func checkObject(
        _ members: [String: JSONValue], against schema: JSONValue, at path: JSONPath,
        into found: inout [JSONViolation]
    ) {
        for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
            found.append(JSONViolation(path, "required field \"\(name)\" is missing"))
        }
        let properties = schema["properties"]?.objectValue ?? [:]
        for key in JSONValue.sortedKeys(members) {
            let child = path.appending(key)
            if let property = properties[key] {
                check(members[key]!, against: property, at: child, into: &found)
            } else if let additional = schema["additionalProperties"] {
                if case .bool(false) = additional {
                    found.append(JSONViolation(child, "unexpected field (not part of the format)"))
                } else {
                    check(members[key]!, against: additional, at: child, into: &found)
                }
            } else if strict, schema["properties"] != nil {
                found.append(JSONViolation(child, "unexpected field (not part of schemaVersion 2; reported only when checking strictly)"))
            }
        }
    }

    func checkString(_ text: String, against schema: JSONValue, at path: JSONPath, into found: inout [JSONViolation]) {
        if let minimum = schema["minLength"]?.intValue, text.unicodeScalars.count < minimum {
            found.append(JSONViolation(path, "expected at least \(minimum) character(s), found \(text.unicodeScalars.count)"))
        }
        if let pattern = schema["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil {
            found.append(JSONViolation(path, "\(JSONValue.string(text).serializedCompact()) does not match \(pattern)"))
        }
    }

    func checkArray(
        _ items: [JSONValue], against schema: JSONValue, at path: JSONPath,
        into found: inout [JSONViolation]
    ) {
        if let minimum = schema["minItems"]?.intValue, items.count < minimum {
            found.append(JSONViolation(path, "expected at least \(minimum) items, found \(items.count)"))
        }
        if let maximum = schema["maxItems"]?.intValue, items.count > maximum {
            found.append(JSONViolation(path, "expected at most \(maximum) items, found \(items.count)"))
        }
        if let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, at: path.appending(index), into: &found)
            }
        }
    }

    static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
            ("number", .int), ("number", .double), ("integer", .int):
            true
        case ("integer", .double(let number)):
            number.rounded() == number  // JSON Schema: 1.0 is an integer
        default:
            false
        }
    }

    /// How big a number too large for an Int is, in words: "a number of about 1e400" is beyond Double too.
    static func magnitude(_ number: Double) -> String {
        number.isFinite ? "a number of about \(String(format: "%.0e", number))" : "a number beyond ±1.8e308"
    }

    /// JSON equality: 1 and 1.0 are the same number.
    static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        if let a = left.numberValue, let b = right.numberValue { return a == b }
        return left == right
    }
}
