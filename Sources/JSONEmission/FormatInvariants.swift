/// Rules of FORMAT.md that a JSON Schema cannot say. Run on documents that passed the schema; values of the
/// wrong shape are skipped here because the schema already reported them.
public enum FormatInvariants {
    public static func violations(of document: JSONValue) -> [JSONViolation] {
        var found: [JSONViolation] = []
        let recordsPath = JSONPath().appending("records")
        var previous: Int?
        for (index, record) in (document["records"]?.arrayValue ?? []).enumerated() {
            let path = recordsPath.appending(index)
            if let number = record["number"]?.intValue {
                if let previous, number <= previous {
                    let problem = number == previous ? "is a duplicate" : "is not ascending"
                    found.append(JSONViolation(path.appending("number"),
                                               "record number \(number) \(problem) (the record before is \(previous))"))
                }
                previous = number
            }
            for (position, reflection) in (record["reflections"]?.arrayValue ?? []).enumerated() {
                if let page = reflection["page"]?.intValue, let last = reflection["lastPage"]?.intValue, page > last {
                    found.append(JSONViolation(path.appending("reflections").appending(position).appending("lastPage"),
                                               "lastPage \(last) is before page \(page)"))
                }
            }
            if let lines = record["provenance"]?["lines"]?.arrayValue?.compactMap(\.intValue), lines.count == 2,
               lines[0] > lines[1] {
                found.append(JSONViolation(path.appending("provenance").appending("lines"),
                                           "first line \(lines[0]) is after last line \(lines[1])"))
            }
        }
        return found
    }
}
