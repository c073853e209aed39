import Foundation
import JapaneseText

/// Divides a page's paragraphs of one other column (市の考え方) among its rows. Their order is kept, and a
/// paragraph belongs to the row printed last before it, a later one (an export may print the answers of
/// several rows together after the first of them) or the one before (a row's answer printed after the
/// next row's opinion). Within that freedom the division chosen:
/// - leaves no row without text (`emptyCellCost`);
/// - moves as few paragraphs as possible away from the row printed before them (`movedCost`);
/// - never puts an answer 「No.5の回答のとおり」 in row 5 or above, and puts the topic it names
///   (■学校名について「No.5」…) in row 5 when that row can hold it (`referenceBonus`);
/// - gives a topic heading to the row whose first-column text uses its words (`topicWeight`): rarer
///   words count more, and a short opinion naming a word is more about it than a long one.
enum OtherColumnSplit {
    /// A row left without text in this column: rarely so in an opinion ⇒ answer table.
    static let emptyCellCost = 5.0
    /// A paragraph given to a later row than the one printed before it.
    static let movedCost = 0.5
    /// A paragraph given to the row before the one printed before it: rarer than printing answers early.
    static let movedBackCost = 1.5
    /// The row named by a 「No.N の回答のとおり」 answer holding the same topic.
    static let referenceBonus = 5.0
    static let topicWeight = 1.0
    /// Characters of first-column text over which a topic word's weight halves (√ scale).
    static let opinionLengthScale = 100.0
    /// Among equal divisions, later rows take the paragraphs (a new row's answer opens with the general one).
    static let laterRowBias = 0.001

    struct Unit {
        var text: String
        var heading: String?
        var afterRow: Int
        var referencedRow: Int?
    }

    /// Row index (0..<rows.count) of each unit.
    static func divide(_ units: [Unit], rowNumbers: [Int], leadTexts: [String]) -> [Int] {
        let rowCount = rowNumbers.count
        guard !units.isEmpty, rowCount > 0 else { return [] }
        let topics = TopicMatcher(leadTexts: leadTexts)
        let references = Set(units.compactMap { unit in unit.heading.flatMap { h in unit.referencedRow.map { "\(h)#\($0)" } } })
        func cost(_ i: Int, _ r: Int) -> Double {
            let unit = units[i]
            if r < min(unit.afterRow, rowCount - 1) - 1 { return .infinity }
            if let referenced = unit.referencedRow, rowNumbers[r] <= referenced { return .infinity }
            var total = (r > unit.afterRow ? movedCost : r < unit.afterRow ? movedBackCost : 0) - laterRowBias * Double(r)
            if let heading = unit.heading {
                total -= topicWeight * topics.score(heading, row: r)
                if references.contains("\(heading)#\(rowNumbers[r])") { total -= referenceBonus }
            }
            return total
        }
        // best[i][r]: cheapest division of units 0...i with unit i in row r.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: rowCount), count: units.count)
        var from = [[Int]](repeating: [Int](repeating: -1, count: rowCount), count: units.count)
        for r in 0..<rowCount { best[0][r] = cost(0, r) + emptyCellCost * Double(r) }
        for i in 1..<units.count {
            for r in 0..<rowCount {
                let own = cost(i, r)
                guard own < .infinity else { continue }
                for previous in 0...r where best[i - 1][previous] < .infinity {
                    let skipped = Double(max(0, r - previous - 1))
                    let total = best[i - 1][previous] + own + emptyCellCost * skipped
                    if total < best[i][r] - 1e-12 { best[i][r] = total; from[i][r] = previous }
                }
            }
        }
        let last = units.count - 1
        var row =
            (0..<rowCount).min { a, b in
                best[last][a] + emptyCellCost * Double(rowCount - 1 - a) < best[last][b] + emptyCellCost * Double(rowCount - 1 - b)
            } ?? 0
        if best[last][row] == .infinity { return units.map { min($0.afterRow, rowCount - 1) } }
        var result = [Int](repeating: 0, count: units.count)
        for i in stride(from: last, through: 0, by: -1) {
            result[i] = row
            if i > 0 { row = from[i][row] }
        }
        return result
    }

    /// 「No.5」「No５」「№5」「番号5」 in an answer that refers to another row's answer.
    static func referencedRow(_ text: String) -> Int? {
        let key = text.precomposedStringWithCompatibilityMapping
        for marker in ["No.", "No", "№", "NO.", "番号"] {
            var search = key[...]
            while let range = search.range(of: marker) {
                let digits = key[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
                if let value = Int(digits), value > 0 { return value }
                search = key[range.upperBound...]
            }
        }
        return nil
    }
}

/// How much a topic heading's words appear in each row's first-column text (kanji and katakana pairs,
/// weighted by rarity among the page's rows).
struct TopicMatcher {
    var rowPairs: [Set<String>]
    var rowLengths: [Int]

    init(leadTexts: [String]) {
        rowPairs = leadTexts.map(Self.pairs)
        rowLengths = leadTexts.map(\.count)
    }

    func score(_ heading: String, row: Int) -> Double {
        let count = Double(rowPairs.count)
        var total = 0.0
        for pair in Self.pairs(heading) where rowPairs[row].contains(pair) {
            let rows = Double(rowPairs.filter { $0.contains(pair) }.count)
            total += log((count + 1) / (rows + 1))
        }
        return total / (1 + Double(rowLengths[row]) / OtherColumnSplit.opinionLengthScale).squareRoot()
    }

    static func pairs(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var run: [Character] = []
        func flush() {
            if run.count >= 2 { for i in 0..<(run.count - 1) { result.insert(String(run[i...(i + 1)])) } }
            run = []
        }
        for character in text.precomposedStringWithCompatibilityMapping {
            if character.unicodeScalars.allSatisfy({ isContentScalar($0) }) { run.append(character) } else { flush() }
        }
        flush()
        return result
    }

    /// Kanji and katakana carry a topic; kana endings and punctuation do not.
    static func isContentScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x30A1...0x30FA, 0x30FC: true
        default: false
        }
    }
}
