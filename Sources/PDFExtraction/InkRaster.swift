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
}

/// Thin runs of ink across one axis, linked along the other into straight pieces (pixels). A horizontal
/// piece is a row of columns each holding a short vertical run of ink at the same height; a filled area
/// (a run across thicker than a line) gives no piece, except for darker lines drawn over it.
struct RasterPieceScanner {
    /// One column's (or row's) run of ink across the line, pixels [low, high).
    struct Run {
        var low: Int
        var high: Int
        var inkSum: Int
        /// Σ ink × pixel centre (in half pixels, so it stays an integer).
        var moment: Int
    }

    /// A run of runs: `first…last` along, the last run's span across, ink totals for position and thickness.
    struct Segment {
        var first: Int
        var last: Int
        var low: Int
        var high: Int
        var inkSum: Int
        var moment: Int
        /// Runs taken in (bridged columns are not): the divisor of the mean thickness.
        var columns: Int
    }

    let raster: InkRaster
    let orientation: RulingOrientationAxes
    let maxRun: Int
    let faint: UInt8

    init(raster: InkRaster, orientation: RulingOrientationAxes) {
        self.raster = raster
        self.orientation = orientation
        // Anti-aliasing can add a partly inked pixel on each side of the thickest line.
        maxRun = Int((RulingTolerances.maxThickness * raster.pixelsPerPoint).rounded(.up)) + 2
        faint = RulingTolerances.faintInk
    }

    /// The segments of the whole raster, each at least one pixel long.
    func segments() -> [Segment] {
        var closed: [Segment] = []
        var open: [Segment] = []
        var next: [Segment] = []
        var runs: [Run] = []
        raster.ink.withUnsafeBufferPointer { ink in
            for along in 0..<orientation.alongCount {
                runs.removeAll(keepingCapacity: true)
                thinRuns(ink, along: along, into: &runs)
                link(runs, ink: ink, along: along, open: &open, next: &next, closed: &closed)
                swap(&open, &next)
            }
        }
        closed.append(contentsOf: open)
        return closed
    }

    /// Continues each open segment with the run that overlaps its last one (both lists are sorted across).
    /// A segment with no thin run here whose pixels still hold its ink (a line crossing it, a glyph touching
    /// it: the run there is too thick) stays open without growing, so the line is taken up again beyond;
    /// others are closed. Runs that continue nothing start a segment.
    private func link(_ runs: [Run], ink: UnsafeBufferPointer<UInt8>, along: Int,
                      open: inout [Segment], next: inout [Segment], closed: inout [Segment]) {
        next.removeAll(keepingCapacity: true)
        var index = 0, bridged = false
        let base = along * orientation.alongStride
        func pass(_ segment: Segment) {
            if run(ink, base: base, low: segment.low, high: segment.high).inkSum * segment.columns
                >= Int(RulingTolerances.bridgeInk * Double(segment.inkSum)) {
                next.append(segment)
                bridged = true
            } else {
                closed.append(segment)
            }
        }
        for run in runs {
            while index < open.count && open[index].high <= run.low {
                pass(open[index])
                index += 1
            }
            if index < open.count && open[index].low < run.high {
                var segment = open[index]
                var run = run
                // Much wider than the line so far: a glyph touches it here. Only the line's own span counts.
                if run.high - run.low > segment.high - segment.low + 1 {
                    run = self.run(ink, base: base, low: max(run.low, segment.low), high: min(run.high, segment.high))
                }
                segment.last = along
                segment.low = run.low
                segment.high = run.high
                segment.inkSum += run.inkSum
                segment.moment += run.moment
                segment.columns += 1
                next.append(segment)
                index += 1
            } else {
                next.append(Segment(first: along, last: along, low: run.low, high: run.high,
                                    inkSum: run.inkSum, moment: run.moment, columns: 1))
            }
        }
        while index < open.count {
            pass(open[index])
            index += 1
        }
        if bridged { next.sort { $0.low < $1.low } }
    }

    /// Runs of at least `faint` ink no longer than `maxRun`; inside a longer one (a shaded area), the runs
    /// darker than the shading by `lineContrast`, no longer than `maxRun` (borders drawn over or between fills).
    private func thinRuns(_ ink: UnsafeBufferPointer<UInt8>, along: Int, into runs: inout [Run]) {
        let count = orientation.acrossCount
        let base = along * orientation.alongStride, stride = orientation.acrossStride
        var across = 0
        while across < count {
            if ink[base + across * stride] < faint { across += 1; continue }
            let low = across
            while across < count && ink[base + across * stride] >= faint { across += 1 }
            if across - low <= maxRun {
                runs.append(run(ink, base: base, low: low, high: across))
            } else {
                linesOverShading(ink, base: base, low: low, high: across, into: &runs)
            }
        }
    }

    private func linesOverShading(_ ink: UnsafeBufferPointer<UInt8>, base: Int, low: Int, high: Int, into runs: inout [Run]) {
        let stride = orientation.acrossStride
        // The shading's own ink: the palest pixel inside the run (its two ends can be anti-aliased edges).
        var shading = 255
        for across in (low + 1)..<(high - 1) { shading = min(shading, Int(ink[base + across * stride])) }
        let threshold = shading + Int(RulingTolerances.lineContrast)
        guard threshold <= 255 else { return }
        var across = low
        while across < high {
            if Int(ink[base + across * stride]) < threshold { across += 1; continue }
            let start = across
            while across < high && Int(ink[base + across * stride]) >= threshold { across += 1 }
            if across - start <= maxRun { runs.append(run(ink, base: base, low: start, high: across)) }
        }
    }

    private func run(_ ink: UnsafeBufferPointer<UInt8>, base: Int, low: Int, high: Int) -> Run {
        var sum = 0, moment = 0
        for across in low..<high {
            let value = Int(ink[base + across * orientation.acrossStride])
            sum += value
            moment += value * (2 * across + 1)
        }
        return Run(low: low, high: high, inkSum: sum, moment: moment)
    }
}

/// How a raster is walked for one orientation: along the line and across it.
struct RulingOrientationAxes {
    var alongCount: Int
    var acrossCount: Int
    var alongStride: Int
    var acrossStride: Int

    init(_ orientation: RulingLine.Orientation, width: Int, height: Int) {
        switch orientation {
        case .horizontal: (alongCount, acrossCount, alongStride, acrossStride) = (width, height, 1, width)
        case .vertical: (alongCount, acrossCount, alongStride, acrossStride) = (height, width, width, 1)
        }
    }
}
