/// A rectangle on a PDF page in points, origin at the page's top-left corner.
public struct BoundingBox: Sendable, Hashable, Codable {
    public var page: Int
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(page: Int, x: Double, y: Double, width: Double, height: Double) {
        self.page = page
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// The smallest box holding both (same page assumed).
    public func union(_ other: BoundingBox) -> BoundingBox {
        let minX = Swift.min(x, other.x), minY = Swift.min(y, other.y)
        return BoundingBox(
            page: page, x: minX, y: minY,
            width: Swift.max(maxX, other.maxX) - minX,
            height: Swift.max(maxY, other.maxY) - minY)
    }
}

/// Where a piece of text came from: a line range of a text file, or a page (and box) of a PDF.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var page: Int?
    public var line: Int?
    public var lastLine: Int?
    public var box: BoundingBox?

    public init(page: Int? = nil, line: Int? = nil, lastLine: Int? = nil, box: BoundingBox? = nil) {
        self.page = page
        self.line = line
        self.lastLine = lastLine
        self.box = box
    }

    public static func line(_ number: Int) -> SourceLocation { SourceLocation(line: number, lastLine: number) }
    public static func box(_ box: BoundingBox) -> SourceLocation { SourceLocation(page: box.page, box: box) }

    /// A location covering both, used when lines are joined into a cell.
    public func merged(with other: SourceLocation) -> SourceLocation {
        var result = self
        if let a = line, let b = other.line { result.line = Swift.min(a, b) } else { result.line = line ?? other.line }
        if let a = lastLine ?? line, let b = other.lastLine ?? other.line {
            result.lastLine = Swift.max(a, b)
        } else {
            result.lastLine = lastLine ?? other.lastLine
        }
        if let a = box, let b = other.box, a.page == b.page { result.box = a.union(b) } else { result.box = box ?? other.box }
        result.page = page ?? other.page
        return result
    }
}

/// One physical line of text as extracted, with where it was found.
public struct SourceLine: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
