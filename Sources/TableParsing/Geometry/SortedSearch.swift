/// Binary searches over ascending coordinates (row tops, line middles): every line or № of a page asks
/// which row it is in, and a page can hold thousands of rows, so a scan per question would cost rows × lines.
enum SortedSearch {
    /// `values.lastIndex { $0 <= limit }` for ascending `values`.
    static func lastIndex(in values: [Double], atMost limit: Double) -> Int? {
        var low = 0, high = values.count  // ends at the first value above `limit`
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// `values.contains { abs($0 - target) <= tolerance }` for ascending `values`.
    static func contains(in values: [Double], near target: Double, within tolerance: Double) -> Bool {
        var low = 0, high = values.count  // ends at the first value at or above target - tolerance
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < target - tolerance { low = middle + 1 } else { high = middle }
        }
        return low < values.count && abs(values[low] - target) <= tolerance
    }
}
