/// A straight line drawn on a PDF page along one axis: a table's cell border (a stroke, or a thin filled
/// rectangle as Word and Excel draw them), copied out at the extraction boundary. Coordinates are points
/// with a top-left origin, like `PositionedGlyph`, on the page as displayed (rotation applied).
public struct RulingLine: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable {
        case horizontal, vertical
    }

    public var orientation: Orientation
    /// y of a horizontal line, x of a vertical one: the middle of the drawn line.
    public var position: Double
    /// Extent along the line: x range of a horizontal line, y range of a vertical one (start ≤ end).
    public var start: Double
    public var end: Double
    /// Drawn width across the line, points (as much ink as a black line this thick; at least about one
    /// raster pixel for hairlines, which renderers widen to one pixel).
    public var thickness: Double

    public init(orientation: Orientation, position: Double, start: Double, end: Double, thickness: Double) {
        self.orientation = orientation
        self.position = position
        self.start = min(start, end)
        self.end = max(start, end)
        self.thickness = thickness
    }

    public var length: Double { end - start }
}
