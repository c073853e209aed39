import ShiryoCore

/// A column as found in the header: printed text and the meaning we gave it (nil: kept in `extra`).
public struct ColumnHeader: Sendable, Hashable {
    public var text: String
    public var role: ColumnRole?

    public init(text: String, role: ColumnRole?) {
        self.text = text
        self.role = role
    }
}

/// A header cell as printed on one page.
public struct HeaderCell: Sendable, Hashable {
    public var header: ColumnHeader
    public var box: BoundingBox

    public init(header: ColumnHeader, box: BoundingBox) {
        self.header = header
        self.box = box
    }
}

/// One table row before any rule parsing: the lines of each cell, with their locations. Both the text
/// and the PDF path produce these; one record builder turns them into records.
public struct RawRow: Sendable, Hashable {
    public var number: Int
    public var numberLocation: SourceLocation
    public var cells: [ColumnRole: [SourceLine]]
    /// Unknown columns, by printed header, in column order.
    public var extra: [(header: String, lines: [SourceLine])]
    public var pages: [Int]
    public var lineRange: ClosedRange<Int>?
    public var boxes: [BoundingBox]

    public init(number: Int, numberLocation: SourceLocation, cells: [ColumnRole: [SourceLine]] = [:],
                extra: [(header: String, lines: [SourceLine])] = [], pages: [Int] = [],
                lineRange: ClosedRange<Int>? = nil, boxes: [BoundingBox] = []) {
        self.number = number
        self.numberLocation = numberLocation
        self.cells = cells
        self.extra = extra
        self.pages = pages
        self.lineRange = lineRange
        self.boxes = boxes
    }

    public static func == (lhs: RawRow, rhs: RawRow) -> Bool {
        lhs.number == rhs.number && lhs.cells == rhs.cells && lhs.pages == rhs.pages && lhs.lineRange == rhs.lineRange
            && lhs.boxes == rhs.boxes && lhs.extra.map(\.header) == rhs.extra.map(\.header)
            && lhs.extra.map(\.lines) == rhs.extra.map(\.lines)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(cells)
        hasher.combine(boxes)
    }
}

/// What the geometry or line parser found: the page furniture and the rows.
public struct RawTable: Sendable {
    public var documentID: String?
    public var title: String?
    public var columns: [ColumnHeader]
    public var rows: [RawRow]
    public var diagnostics: [Diagnostic]
    /// PDF: where each header cell was printed, on every page that repeats the header (for review).
    public var headerCells: [HeaderCell]

    public init(documentID: String?, title: String?, columns: [ColumnHeader], rows: [RawRow], diagnostics: [Diagnostic],
                headerCells: [HeaderCell] = []) {
        self.documentID = documentID
        self.title = title
        self.columns = columns
        self.rows = rows
        self.diagnostics = diagnostics
        self.headerCells = headerCells
    }
}
