import ShiryoCore

extension Verification {
    var json: JSONValue {
        .object([
            "status": .string(status.rawValue),
            "pdfPage": pdfPage.map { .int($0) } ?? .null,
            "foundOn": .array(foundOn.map { .int($0) }),
            "quotes": .array(quotes.map(\.json)),
            "headings": .array(headings.map(\.json)),
        ])
    }
}

extension Verification.Item {
    var json: JSONValue {
        .object([
            "status": .string(status.rawValue),
            "page": page.map { .int($0) } ?? .null,
            "pdfPage": pdfPage.map { .int($0) } ?? .null,
            "similarity": .double(similarity),
        ])
    }
}
