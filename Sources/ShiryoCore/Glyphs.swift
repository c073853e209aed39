/// One character drawn on a PDF page, copied out of poppler at the extraction boundary.
public struct PositionedGlyph: Sendable, Hashable {
    public var character: Character
    /// Top-left origin, points.
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var fontSize: Double

    public init(character: Character, x: Double, y: Double, width: Double, height: Double, fontSize: Double) {
        self.character = character
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.fontSize = fontSize
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
}

/// The text layer of one page and its ruling lines.
public struct PageGlyphs: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [PositionedGlyph]
    /// Images drawn on the page: a page with images and no glyphs is a scan without a text layer.
    public var imageCount: Int
    /// The page's ruling lines (drawn cell borders), collinear pieces merged; empty when none were found.
    public var rulings: [RulingLine]
    /// What extraction had to repair on this page (impossible sizes or positions), for the output.
    public var diagnostics: [Diagnostic] = []

    public init(
        number: Int, width: Double, height: Double, glyphs: [PositionedGlyph], imageCount: Int = 0,
        rulings: [RulingLine] = []
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.imageCount = imageCount
        self.rulings = rulings
    }
}
