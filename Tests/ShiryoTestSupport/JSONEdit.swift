import JSONEmission

/// Edits a JSON tree at a path of keys and indices, for building broken documents.
public enum JSONEdit {
    public enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// Sets (or with nil, removes) the value at `path`.
    public static func set(_ value: JSONValue?, at path: [Step], in tree: JSONValue) -> JSONValue {
        guard let step = path.first else { return value ?? .null }
        let rest = Array(path.dropFirst())
        switch (step, tree) {
        case (.key(let key), .object(var members)):
            members[key] = rest.isEmpty ? value : set(value, at: rest, in: members[key] ?? .null)
            return .object(members)
        case (.index(let index), .array(var items)):
            if rest.isEmpty, value == nil {
                items.remove(at: index)
            } else {
                items[index] = rest.isEmpty ? value! : set(value, at: rest, in: items[index])
            }
            return .array(items)
        default:
            return tree
        }
    }
}
