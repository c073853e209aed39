import ShiryoCore

/// Records → the JSON tree of docs/FORMAT.md. Optional fields are written as explicit `null`s, as the format shows.
extension ShiryoOutput {
    public var json: JSONValue {
        var members = membersButRecords
        members["records"] = .array(records.map(\.json))
        return .object(members)
    }

    var membersButRecords: [String: JSONValue] {
        [
            "schemaVersion": .int(schemaVersion),
            "source": source.json,
            "document": document.json,
            "diagnostics": .array(diagnostics.map(\.json)),
        ]
    }

    /// The same text as `json.serialized()`, handed to `emit` a record at a time: the JSON tree and the
    /// text of the whole document are never in memory at once (a 300 MB text export gives ~550 MB of JSON).
    public func streamJSON(_ emit: (String) -> Void) {
        let members = membersButRecords
        let keys = JSONValue.sortedKeys(members.merging(["records": .null]) { first, _ in first })
        emit("{\n")
        for (index, key) in keys.enumerated() {
            var out = "  " + JSONValue.quoted(key) + ": "
            if key == "records" {
                streamRecords(&out, emit)
            } else {
                members[key]!.write(into: &out, indent: 1)
            }
            out += index == keys.count - 1 ? "\n" : ",\n"
            emit(out)
        }
        emit("}\n")
    }

    /// `"records"`'s array as `JSONValue.write` lays it out at depth 1, one record per `emit`.
    private func streamRecords(_ out: inout String, _ emit: (String) -> Void) {
        guard !records.isEmpty else { return out += "[]" }
        emit(out + "[\n")
        for (index, record) in records.enumerated() {
            var text = "    "
            record.json.write(into: &text, indent: 2)
            emit(text + (index == records.count - 1 ? "\n" : ",\n"))
        }
        out = "  ]"
    }
}

extension Optional {
    fileprivate func json(_ transform: (Wrapped) -> JSONValue) -> JSONValue {
        map(transform) ?? .null
    }
}

extension SourceInfo {
    var json: JSONValue {
        .object([
            "file": .string(file),
            "path": .string(path),
            "sha256": .string(sha256),
            "format": .string(format.rawValue),
            "pageCount": pageCount.json { .int($0) },
        ])
    }
}

extension DocumentInfo {
    var json: JSONValue {
        .object([
            "id": id.json { .string($0) },
            "title": title.json { .string($0) },
            "fiscalYear": fiscalYear.json { year in
                .object(["era": .string(year.era), "eraYear": .int(year.eraYear), "year": .int(year.year)])
            },
            "columns": .array(columns.map { .string($0) }),
            "tables": .array(tables.map(\.json)),
        ])
    }
}

extension TableSummary {
    var json: JSONValue {
        .object([
            "caption": caption.json { .string($0) },
            "columns": .array(columns.map { .string($0) }),
            "pages": .array(pages.map { .int($0) }),
        ])
    }
}

extension LabeledHeading {
    var json: JSONValue { .object(["label": .string(label), "title": .string(title)]) }
}

extension Record {
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "index": .int(index),
            "table": .int(table),
            "number": .string(number),
            "numberText": .string(numberText),
            "group": group.json { .string($0) },
            "policy": policy.json { policy in
                .object([
                    "text": .string(policy.text),
                    "pillar": policy.pillar.json(\.json),
                    "measure": policy.measure.json(\.json),
                ])
            },
            "opinion": .string(opinion),
            "response": .string(response),
            "reflections": .array(reflections.map(\.json)),
            "provenance": provenance.json,
        ]
        // `extra` is present only when the table has columns we do not map.
        if !extra.isEmpty { members["extra"] = .object(extra.mapValues { .string($0) }) }
        return .object(members)
    }
}

extension Reflection {
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "citation": .string(citation),
            "page": .int(page),
            "lastPage": .int(lastPage),
            "headings": .array(headings.map { .string($0) }),
            "sections": .array(
                sections.map { section in
                    .object([
                        "label": section.label.json { .string($0) },
                        "quotes": .array(section.quotes.map { .string($0) }),
                    ])
                }),
        ]
        // Only after a check against the plan (`ingest --plan`): additive to schemaVersion 2.
        if let verification { members["verification"] = verification.json }
        return .object(members)
    }
}

extension BoundingBox {
    var json: JSONValue {
        .object([
            "page": .int(page), "x": .double(x), "y": .double(y), "width": .double(width), "height": .double(height),
        ])
    }
}

extension Provenance {
    var json: JSONValue {
        .object([
            "pages": pages.json { .array($0.map { .int($0) }) },
            "lines": lines.json { .array($0.map { .int($0) }) },
            "boxes": .array(boxes.map(\.json)),
        ])
    }
}

extension Diagnostic {
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "severity": .string(severity.rawValue),
            "code": .string(code),
            "message": .string(message),
            "page": page.json { .int($0) },
            "line": line.json { .int($0) },
        ]
        // Present only for a diagnostic about one record (an added field of schema 2).
        if let record { members["record"] = .int(record) }
        return .object(members)
    }
}
