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
    public var number: RowNumber
    public var numberLocation: SourceLocation
    /// The category row printed above this row (「１　総論について」), as printed; nil when none.
    public var group: String?
    /// 1-based index into `RawTable.tables` (1 when the document has one table).
    public var table: Int
    public var cells: [ColumnRole: [SourceLine]]
    /// Unknown columns, by printed header, in column order.
    public var extra: [(header: String, lines: [SourceLine])]
    public var pages: [Int]
    public var lineRange: ClosedRange<Int>?
    public var boxes: [BoundingBox]

    public init(
        number: RowNumber, numberLocation: SourceLocation, group: String? = nil, table: Int = 1,
        cells: [ColumnRole: [SourceLine]] = [:], extra: [(header: String, lines: [SourceLine])] = [],
        pages: [Int] = [], lineRange: ClosedRange<Int>? = nil, boxes: [BoundingBox] = []
    ) {
        self.number = number
        self.numberLocation = numberLocation
        self.group = group
        self.table = table
        self.cells = cells
        self.extra = extra
        self.pages = pages
        self.lineRange = lineRange
        self.boxes = boxes
    }

    public static func == (lhs: RawRow, rhs: RawRow) -> Bool {
        lhs.number == rhs.number && lhs.group == rhs.group && lhs.table == rhs.table && lhs.cells == rhs.cells && lhs.pages == rhs.pages
            && lhs.lineRange == rhs.lineRange
            && lhs.boxes == rhs.boxes && lhs.extra.map(\.header) == rhs.extra.map(\.header)
            && lhs.extra.map(\.lines) == rhs.extra.map(\.lines)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(cells)
        hasher.combine(boxes)
    }
}

/// One numbered-row table of a document: its caption (own title line, if printed), columns and pages.
public struct TableInfo: Sendable, Hashable {
    public var caption: String?
    public var columns: [ColumnHeader]
    /// PDF: 1-based pages the table spans, ascending; text: empty.
    public var pages: [Int]

    public init(caption: String?, columns: [ColumnHeader], pages: [Int]) {
        self.caption = caption
        self.columns = columns
        self.pages = pages
    }
}

/// What the geometry or line parser found: the page furniture and the rows.
public struct RawTable: Sendable {
    public var documentID: String?
    public var title: String?
    /// The first table's columns (all of them when `tables` is empty).
    public var columns: [ColumnHeader]
    /// Every table, in document order; `RawRow.table` indexes it from 1. Empty: one table of `columns` over
    /// the rows' pages (what the record builder then derives).
    public var tables: [TableInfo]
    public var rows: [RawRow]
    public var diagnostics: [Diagnostic]
    /// PDF: where each header cell was printed, on every page that repeats the header (for review).
    public var headerCells: [HeaderCell]

    public init(
        documentID: String?, title: String?, columns: [ColumnHeader], tables: [TableInfo] = [], rows: [RawRow],
        diagnostics: [Diagnostic], headerCells: [HeaderCell] = []
    ) {
        self.documentID = documentID
        self.title = title
        self.columns = columns
        self.tables = tables
        self.rows = rows
        self.diagnostics = diagnostics
        self.headerCells = headerCells
    }
}
