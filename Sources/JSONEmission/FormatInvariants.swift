/// Rules of docs/FORMAT.md that a JSON Schema cannot say. Run on documents that passed the schema; values of the
/// wrong shape are skipped here because the schema already reported them.
public enum FormatInvariants {
    public static func violations(of document: JSONValue) -> [JSONViolation] {
        var found: [JSONViolation] = []
        let recordsPath = JSONPath().appending("records")
        let tableCount = document["document"]?["tables"]?.arrayValue?.count
        for (position, record) in (document["records"]?.arrayValue ?? []).enumerated() {
            let path = recordsPath.appending(position)
            // `index` is the record's 1-based position: the stable key (numbers may restart in each table).
            if let index = record["index"]?.intValue, index != position + 1 {
                found.append(
                    JSONViolation(
                        path.appending("index"),
                        "record index \(index) should be \(position + 1) (indexes count 1, 2, 3… in record order)"))
            }
            if let table = record["table"]?.intValue, let tableCount, table > tableCount {
                found.append(
                    JSONViolation(
                        path.appending("table"),
                        "table \(table) is not in document.tables (\(tableCount) table(s))"))
            }
            found += reflectionViolations(record, at: path)
            if let lines = record["provenance"]?["lines"]?.arrayValue?.compactMap(\.intValue), lines.count == 2,
                lines[0] > lines[1]
            {
                found.append(
                    JSONViolation(
                        path.appending("provenance").appending("lines"),
                        "first line \(lines[0]) is after last line \(lines[1])"))
            }
        }
        return found
    }

    static func reflectionViolations(_ record: JSONValue, at path: JSONPath) -> [JSONViolation] {
        var found: [JSONViolation] = []
        for (position, reflection) in (record["reflections"]?.arrayValue ?? []).enumerated() {
            if let page = reflection["page"]?.intValue, let last = reflection["lastPage"]?.intValue, page > last {
                found.append(
                    JSONViolation(
                        path.appending("reflections").appending(position).appending("lastPage"),
                        "lastPage \(last) is before page \(page)"))
            }
        }
        return found
    }
}
