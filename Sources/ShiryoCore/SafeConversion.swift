extension Int {
    /// `value` rounded by `rule` and clamped into Int's range; NaN is 0. Coordinates come from PDFs, where
    /// any number can appear (`1e30 0 0 1 0 0 Tm`), and `Int(_:)` traps on a value it cannot hold.
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .towardZero) {
        let rounded = value.rounded(rule)
        if rounded.isNaN {
            self = 0
        } else if rounded >= 9.2e18 {  // Double(Int.max) rounds up to 2^63, which Int cannot hold
            self = .max
        } else if rounded <= -9.2e18 {
            self = .min
        } else {
            self = Int(rounded)
        }
    }
}
