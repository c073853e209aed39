import ShiryoCore

/// Ruling lines from a page raster: thin straight runs of ink (`RasterPieceScanner`), glyph strokes and
/// text lines removed (`GlyphBands`), collinear pieces merged across crossings and dash gaps, ends snapped
/// onto the lines they meet. Pure: the same raster and glyphs give the same lines.
public enum RulingDetector {
    /// `raster` is taken over (consumed): its glyphs' middles are painted white in place, not in a copy.
    public static func rulings(in raster: consuming InkRaster, glyphs: [PositionedGlyph]) -> [RulingLine] {
        var raster = raster
        let marks = GlyphBands.marks(glyphs)
        raster.eraseGlyphCentres(marks)
        let horizontal = lines(.horizontal, raster: raster, marks: marks)
        let vertical = lines(.vertical, raster: raster, marks: marks)
        return (snapped(horizontal, to: vertical) + snapped(vertical, to: horizontal)).map(rounded).sorted(by: ordered)
    }

    static func lines(_ orientation: RulingLine.Orientation, raster: InkRaster, marks: [GlyphBands.Mark]) -> [RulingLine] {
        let scale = raster.pixelsPerPoint
        let bands = GlyphBands(marks, orientation: orientation)
        let pieces = RasterPieceScanner(raster: raster, orientation: orientation).segments().lazy.map { segment in
            RulingLine(
                orientation: orientation, position: Double(segment.moment) / Double(2 * segment.inkSum) / scale,
                start: Double(segment.first) / scale, end: Double(segment.last + 1) / scale,
                thickness: Double(segment.inkSum) / 255 / Double(segment.columns) / scale)
        }
        let kept = pieces.filter { !bands.isGlyphStroke($0) }
        return merged(Array(kept)).filter { $0.length >= RulingTolerances.minLength && !bands.isText($0) }
    }

    /// Pieces on one line (positions within `collinear`) joined where the gap between them is at most
    /// `joinGap`; position and thickness are length-weighted means. Longest pieces first, so a line's long
    /// pieces settle its position before short ones (glyph-touched bits, dashes) are added to it.
    static func merged(_ pieces: [RulingLine]) -> [RulingLine] {
        var lines: [LineAccumulator] = []
        let ordered = pieces.sorted { ($1.length, $0.position, $0.start) < ($0.length, $1.position, $1.start) }
        for piece in ordered {
            if let index = lines.firstIndex(where: { $0.takes(piece) }) {
                lines[index].add(piece)
            } else {
                lines.append(LineAccumulator(piece))
            }
        }
        // Lines that grew towards each other may now meet.
        var index = 0
        while index < lines.count {
            if let other = lines.indices.first(where: { $0 > index && lines[index].takes(lines[$0].line) }) {
                lines[index].add(lines[other])
                lines.remove(at: other)
            } else {
                index += 1
            }
        }
        return lines.map(\.line)
    }

    /// An end within `joinGap` of a crossing line is moved onto that line's middle: a border stops where
    /// the border it meets begins to cover it, so its measured end falls short by that border's thickness.
    static func snapped(_ lines: [RulingLine], to crossing: [RulingLine]) -> [RulingLine] {
        let gap = RulingTolerances.joinGap
        return lines.map { line in
            var line = line
            let meeting = crossing.filter { $0.start - gap <= line.position && line.position <= $0.end + gap }
            if let near = meeting.min(by: { abs($0.position - line.start) < abs($1.position - line.start) }),
                abs(near.position - line.start) <= gap
            {
                line.start = near.position
            }
            if let near = meeting.min(by: { abs($0.position - line.end) < abs($1.position - line.end) }),
                abs(near.position - line.end) <= gap
            {
                line.end = near.position
            }
            return line
        }
    }

    /// Hundredths of a point: finer than any renderer's precision, and stable output.
    private static func rounded(_ line: RulingLine) -> RulingLine {
        func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        return RulingLine(
            orientation: line.orientation, position: round(line.position), start: round(line.start),
            end: round(line.end), thickness: round(line.thickness))
    }

    private static func ordered(_ a: RulingLine, _ b: RulingLine) -> Bool {
        if a.orientation != b.orientation { return a.orientation == .horizontal }
        return (a.position, a.start, a.end) < (b.position, b.start, b.end)
    }
}

/// A line being assembled from collinear pieces: extent, and length-weighted sums of position and thickness.
struct LineAccumulator {
    private(set) var line: RulingLine
    private var weight: Double
    private var positionSum: Double
    private var thicknessSum: Double

    init(_ piece: RulingLine) {
        line = piece
        weight = max(piece.length, .leastNonzeroMagnitude)
        positionSum = piece.position * weight
        thicknessSum = piece.thickness * weight
    }

    /// On this line's position and within `joinGap` of its extent.
    func takes(_ piece: RulingLine) -> Bool {
        abs(piece.position - line.position) <= RulingTolerances.collinear
            && piece.start <= line.end + RulingTolerances.joinGap && piece.end >= line.start - RulingTolerances.joinGap
    }

    mutating func add(_ piece: RulingLine) { add(LineAccumulator(piece)) }

    mutating func add(_ other: LineAccumulator) {
        weight += other.weight
        positionSum += other.positionSum
        thicknessSum += other.thicknessSum
        line.start = min(line.start, other.line.start)
        line.end = max(line.end, other.line.end)
        line.position = positionSum / weight
        line.thickness = thicknessSum / weight
    }
}
