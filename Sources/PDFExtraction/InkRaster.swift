import ShiryoCore

/// A page drawn in grey, copied out of cairo: one byte of ink per pixel, 0 white … 255 black, row-major.
public struct InkRaster: Sendable, Hashable {
    public var width: Int
    public var height: Int
    /// Pixels per point: the raster of a W × H pt page is about W·scale × H·scale pixels.
    public var pixelsPerPoint: Double
    public var ink: [UInt8]

    public init(width: Int, height: Int, pixelsPerPoint: Double, ink: [UInt8]) {
        precondition(ink.count == width * height, "one byte per pixel")
        self.width = width
        self.height = height
        self.pixelsPerPoint = pixelsPerPoint
        self.ink = ink
    }

    /// The pixels as lanes along the lines of `orientation`, each lane contiguous across them: a vertical
    /// line crosses every row (the raster as it is), a horizontal one every column (the raster transposed).
    func lanes(for orientation: RulingLine.Orientation) -> (lanes: [UInt8], count: Int, length: Int) {
        switch orientation {
        case .vertical: return (ink, height, width)
        case .horizontal: return (transposed(), width, height)
        }
    }

    /// The raster transposed (column-major), eight by eight pixels at a time: each 8 × 8 block is read as
    /// eight 64-bit rows and transposed in registers (three rounds of swaps: bytes, pairs, quads); the
    /// right and bottom edges that do not fill a block are copied pixel by pixel.
    public func transposed() -> [UInt8] {
        let width = width, height = height
        return [UInt8](unsafeUninitializedCapacity: ink.count) { out, initialized in
            ink.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = out.baseAddress else { return }
                let fullRows = height & ~7, fullColumns = width & ~7
                for row in stride(from: 0, to: fullRows, by: 8) {
                    for column in stride(from: 0, to: fullColumns, by: 8) {
                        Self.transposeBlock(
                            from + row * width + column, stride: width,
                            to: to + column * height + row, stride: height)
                    }
                }
                for row in 0..<height {
                    let edge = row < fullRows ? fullColumns : 0  // full rows: only the columns right of the blocks
                    for column in edge..<width { to[column * height + row] = from[row * width + column] }
                }
            }
            initialized = ink.count
        }
    }

    private static func transposeBlock(
        _ from: UnsafePointer<UInt8>, stride inStride: Int,
        to: UnsafeMutablePointer<UInt8>, stride outStride: Int
    ) {
        func load(_ row: Int) -> UInt64 { UnsafeRawPointer(from + row * inStride).loadUnaligned(as: UInt64.self) }
        // Byte k of a word is pixel k (little-endian), so a swap moves pixels between two rows.
        func swap(_ a: inout UInt64, _ b: inout UInt64, _ shift: UInt64, _ mask: UInt64) {
            let t = ((a >> shift) ^ b) & mask
            b ^= t
            a ^= t << shift
        }
        var (r0, r1, r2, r3) = (load(0).littleEndian, load(1).littleEndian, load(2).littleEndian, load(3).littleEndian)
        var (r4, r5, r6, r7) = (load(4).littleEndian, load(5).littleEndian, load(6).littleEndian, load(7).littleEndian)
        let bytes: UInt64 = 0x00FF_00FF_00FF_00FF, pairs: UInt64 = 0x0000_FFFF_0000_FFFF, quads: UInt64 = 0xFFFF_FFFF
        swap(&r0, &r1, 8, bytes); swap(&r2, &r3, 8, bytes); swap(&r4, &r5, 8, bytes); swap(&r6, &r7, 8, bytes)
        swap(&r0, &r2, 16, pairs); swap(&r1, &r3, 16, pairs); swap(&r4, &r6, 16, pairs); swap(&r5, &r7, 16, pairs)
        swap(&r0, &r4, 32, quads); swap(&r1, &r5, 32, quads); swap(&r2, &r6, 32, quads); swap(&r3, &r7, 32, quads)
        func store(_ column: Int, _ word: UInt64) {
            UnsafeMutableRawPointer(to + column * outStride).storeBytes(of: word.littleEndian, as: UInt64.self)
        }
        store(0, r0); store(1, r1); store(2, r2); store(3, r3); store(4, r4); store(5, r5); store(6, r6); store(7, r7)
    }
}

/// Thin runs of ink across the lines' direction, linked along it into straight pieces (pixels). A horizontal
/// piece is a row of columns each holding a short vertical run of ink at the same height; a filled area (a
/// run across thicker than a line) gives no piece, except for darker lines drawn over it.
struct RasterPieceScanner {
    /// One lane's run of ink across the line, pixels [low, high).
    struct Run {
        var low: Int
        var high: Int
        var inkSum: Int
        /// Σ ink × pixel centre (in half pixels, so it stays an integer).
        var moment: Int
    }

    /// A run of runs: lanes `first…last`, the last run's span across, ink totals for position and thickness.
    struct Segment {
        var first: Int
        var last: Int
        var low: Int
        var high: Int
        var inkSum: Int
        var moment: Int
        /// Runs taken in (bridged lanes are not): the divisor of the mean thickness.
        var columns: Int
    }

    let lanes: [UInt8]
    let laneCount: Int
    let laneLength: Int
    let maxRun: Int
    let faint = RulingTolerances.faintInk

    init(raster: InkRaster, orientation: RulingLine.Orientation) {
        (lanes, laneCount, laneLength) = raster.lanes(for: orientation)
        // Anti-aliasing can add a partly inked pixel on each side of the thickest line.
        maxRun = Int((RulingTolerances.maxThickness * raster.pixelsPerPoint).rounded(.up)) + 2
    }

    /// The segments of the whole raster, each at least one pixel long.
    func segments() -> [Segment] {
        var closed: [Segment] = []
        var open: [Segment] = []
        var next: [Segment] = []
        var runs: [Run] = []
        lanes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for lane in 0..<laneCount {
                let ink = UnsafeBufferPointer(start: base + lane * laneLength, count: laneLength)
                runs.removeAll(keepingCapacity: true)
                thinRuns(ink, into: &runs)
                if runs.isEmpty && open.isEmpty { continue }
                link(runs, ink: ink, lane: lane, open: open, next: &next, closed: &closed)
                swap(&open, &next)
            }
        }
        closed.append(contentsOf: open)
        return closed
    }

    /// Continues each open segment with the run that overlaps its last one (both lists are sorted across).
    /// A run much wider than the segment (a glyph touching the line) counts only over the segment's span.
    /// A segment with no run here whose pixels still hold its ink (a line crossing it, a glyph touching it:
    /// the run there is too thick) stays open without growing, so the line is taken up again beyond;
    /// others are closed. Runs that continue nothing start a segment.
    private func link(
        _ runs: [Run], ink: UnsafeBufferPointer<UInt8>, lane: Int,
        open: [Segment], next: inout [Segment], closed: inout [Segment]
    ) {
        next.removeAll(keepingCapacity: true)
        var index = 0, bridged = false
        var runIndex = 0
        while runIndex < runs.count || index < open.count {
            if index < open.count && (runIndex == runs.count || open[index].high <= runs[runIndex].low) {
                let segment = open[index]
                index += 1
                if run(ink, low: segment.low, high: segment.high).inkSum * segment.columns
                    >= Int(RulingTolerances.bridgeInk * Double(segment.inkSum))
                {
                    next.append(segment)
                    bridged = true
                } else {
                    closed.append(segment)
                }
                continue
            }
            var run = runs[runIndex]
            runIndex += 1
            if index < open.count && open[index].low < run.high {
                var segment = open[index]
                index += 1
                if run.high - run.low > segment.high - segment.low + 1 {
                    run = self.run(ink, low: max(run.low, segment.low), high: min(run.high, segment.high))
                }
                segment.last = lane
                segment.low = run.low
                segment.high = run.high
                segment.inkSum += run.inkSum
                segment.moment += run.moment
                segment.columns += 1
                next.append(segment)
            } else {
                next.append(
                    Segment(
                        first: lane, last: lane, low: run.low, high: run.high,
                        inkSum: run.inkSum, moment: run.moment, columns: 1))
            }
        }
        if bridged { next.sort { $0.low < $1.low } }
    }

    /// Runs of at least `faint` ink no longer than `maxRun`; inside a longer one (a shaded area), the runs
    /// darker than the shading by `lineContrast`, no longer than `maxRun` (borders drawn over or between fills).
    private func thinRuns(_ ink: UnsafeBufferPointer<UInt8>, into runs: inout [Run]) {
        let count = ink.count
        // Bit 7 of each byte of `(word + spread) | word` is set where that byte is ≥ faint (faint ≤ 128).
        let spread = 0x0101_0101_0101_0101 &* UInt64(128 - Int(faint))
        var across = 0
        while across < count {
            // Most of a page is white or nearly: skip eight pixels below `faint` at a time, and within eight
            // go straight to the first inked one. A carry out of a byte only flags bytes after it, so the
            // lowest flagged byte (little-endian: the first pixel) is always at least `faint`.
            if across + 8 <= count {
                let word = UnsafeRawPointer(ink.baseAddress! + across).loadUnaligned(as: UInt64.self)
                let flags = ((word &+ spread) | word) & 0x8080_8080_8080_8080
                if flags == 0 {
                    across += 8
                    continue
                }
                across += flags.littleEndian.trailingZeroBitCount >> 3
            } else if ink[across] < faint {
                across += 1
                continue
            }
            let low = across
            while across < count && ink[across] >= faint { across += 1 }
            if across - low <= maxRun {
                runs.append(run(ink, low: low, high: across))
            } else {
                linesOverShading(ink, low: low, high: across, into: &runs)
            }
        }
    }

    private func linesOverShading(_ ink: UnsafeBufferPointer<UInt8>, low: Int, high: Int, into runs: inout [Run]) {
        // The shading's own ink: the palest pixel inside the run (its two ends can be anti-aliased edges).
        var shading = 255
        for across in (low + 1)..<(high - 1) { shading = min(shading, Int(ink[across])) }
        let threshold = shading + Int(RulingTolerances.lineContrast)
        guard threshold <= 255 else { return }
        var across = low
        while across < high {
            if Int(ink[across]) < threshold { across += 1; continue }
            let start = across
            while across < high && Int(ink[across]) >= threshold { across += 1 }
            if across - start <= maxRun { runs.append(run(ink, low: start, high: across)) }
        }
    }

    private func run(_ ink: UnsafeBufferPointer<UInt8>, low: Int, high: Int) -> Run {
        var sum = 0, moment = 0
        for across in low..<high {
            let value = Int(ink[across])
            sum += value
            moment += value * (2 * across + 1)
        }
        return Run(low: low, high: high, inkSum: sum, moment: moment)
    }
}

extension InkRaster {
    /// Paints the middle of each glyph white: the square of the glyph's width (its drawn size; box heights
    /// can be inflated) shrunk by `glyphInset` on each side, centred in the box. Most of a glyph's strokes go,
    /// so text leaves few pieces to sort out, while a border touching the box's edge keeps every pixel.
    mutating func eraseGlyphCentres(_ glyphs: [GlyphBands.Mark]) {
        let scale = pixelsPerPoint, inset = RulingTolerances.glyphInset
        let width = width, height = height
        ink.withUnsafeMutableBufferPointer { pixels in
            for glyph in glyphs where glyph.lineLikeMargin == nil && glyph.width > 0 && glyph.height > 0 {
                let side = min(glyph.width, glyph.height) * (1 - 2 * inset)
                let left = glyph.x + glyph.width * inset, top = glyph.midY - side / 2
                let x0 = max(0, Int((left * scale).rounded(.up))), x1 = min(width, Int(((left + side) * scale).rounded(.down)))
                let y0 = max(0, Int((top * scale).rounded(.up))), y1 = min(height, Int(((top + side) * scale).rounded(.down)))
                guard x0 < x1 && y0 < y1 else { continue }
                for row in y0..<y1 {
                    (pixels.baseAddress! + row * width + x0).update(repeating: 0, count: x1 - x0)
                }
            }
        }
    }
}
