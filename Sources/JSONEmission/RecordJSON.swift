import ShiryoCore

/// Records → the JSON tree of docs/FORMAT.md. Optional fields are written as explicit `null`s, as the format shows.
extension ShiryoOutput {
    public var json: JSONValue {
        .object([
            "schemaVersion": .int(schemaVersion),
            "source": source.json,
            "document": document.json,
            "records": .array(records.map(\.json)),
            "diagnostics": .array(diagnostics.map(\.json)),
        ])
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
            "sections": .array(sections.map { section in
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
