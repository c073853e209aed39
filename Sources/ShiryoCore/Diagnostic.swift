/// How serious a recovered problem is. Errors that stop a file are thrown, not collected.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case info
    case warning
    case error
}

/// Something suspicious but recoverable, kept in the output instead of being dropped silently.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    /// Stable, kebab-case identifier that tools can filter on, e.g. `reflection-reattached`.
    public var code: String
    public var message: String
    public var page: Int?
    public var line: Int?
    /// PDF: where on the page, when known. Not part of the JSON format; the review page draws it.
    public var box: BoundingBox?
    /// The `index` of the record the diagnostic is about; nil when it concerns no single record.
    public var record: Int?

    public init(
        _ severity: Severity, code: String, message: String, page: Int? = nil, line: Int? = nil,
        box: BoundingBox? = nil, record: Int? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.page = page
        self.line = line
        self.box = box
        self.record = record
    }

    public init(_ severity: Severity, code: String, message: String, at location: SourceLocation?) {
        self.init(severity, code: code, message: message, page: location?.page, line: location?.line, box: location?.box)
    }
}

/// Collects diagnostics while a stage runs; stages hand the array on with their result.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [Diagnostic] = []
    public init() {}
    public mutating func add(_ diagnostic: Diagnostic) { entries.append(diagnostic) }
    public mutating func warn(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil) {
        add(Diagnostic(.warning, code: code.rawValue, message: message, at: location))
    }
    public mutating func info(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil) {
        add(Diagnostic(.info, code: code.rawValue, message: message, at: location))
    }
    public mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil) {
        add(Diagnostic(.error, code: code.rawValue, message: message, at: location))
    }
    public mutating func append(contentsOf other: [Diagnostic]) { entries.append(contentsOf: other) }
    /// Names record `index` in the entries from `start` on that name no record yet.
    public mutating func attribute(to index: Int, from start: Int) {
        for position in entries.indices.dropFirst(start) where entries[position].record == nil {
            entries[position].record = index
        }
    }
}
