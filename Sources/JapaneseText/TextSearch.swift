/// Substring search on `String` without Foundation. A module that (even indirectly) imports Foundation
/// gets `StringProtocol.contains(_:)` from it, which bridges both strings to NSString and searches with
/// locale-aware cluster folding: on a 300 MB text export that was over half the run (issue 15). This
/// overload is more specific (a `String` argument), so `line.contains("。")` in the parsers takes it.
///
/// Same answers as comparing `Character`s (canonical equivalence, whole grapheme clusters): when every
/// scalar of both strings is `isPlain` — where no scalar is a combining mark, a grapheme
/// extender, a CR or one with a canonical decomposition reachable from another byte sequence — equal
/// clusters are equal bytes and a byte match is a cluster match, so the UTF-8 bytes are compared directly.
/// Anything else (a combining ゛, Hangul, compatibility ideographs, accented Latin) takes the `Character` path.
/// `package`, not `public`: it serves the parsers of this package and must not change what `contains` means
/// in the code of a library user who imports JapaneseText.
extension String {
    package func contains(_ other: String) -> Bool {
        if other.isEmpty { return true }
        guard Self.isPlain(self), Self.isPlain(other) else { return firstRange(of: other) != nil }
        return Self.bytesContain(utf8, other.utf8)
    }

    /// Scalars searched by bytes: ASCII except CR, Latin-1 letters and symbols without combining
    /// marks (U+00A0–U+00BF, U+00D7, U+00F7 only: the accented letters decompose), CJK symbols and kana
    /// without the combining sound marks (U+3099, U+309A) and ideographic tone marks (U+302A–U+302F), CJK
    /// unified ideographs, and the half- and full-width forms except the half-width sound marks ﾞﾟ (U+FF9E,
    /// U+FF9F: they extend the kana before them into one cluster).
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// A switch, not a list of ranges: it runs for every scalar of every line searched.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x0C, 0x0E...0x7F, 0xA0...0xBF, 0xD7, 0xF7: true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFF9D, 0xFFA0...0xFFEF: true
        default: false
        }
    }

    static func bytesContain(_ haystack: String.UTF8View, _ needle: String.UTF8View) -> Bool {
        let found = haystack.withContiguousStorageIfAvailable { hay in
            needle.withContiguousStorageIfAvailable { pattern in search(hay, pattern) }
        }
        if let found = found ?? nil { return found }
        return search(Array(haystack)[...], Array(needle)[...])
    }

    static func search<C: RandomAccessCollection>(_ hay: C, _ pattern: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard let first = pattern.first, pattern.count <= hay.count else { return pattern.isEmpty }
        var start = hay.startIndex
        let last = hay.endIndex - pattern.count
        while start <= last {
            if hay[start] == first {
                var offset = 1
                while offset < pattern.count, hay[start + offset] == pattern[pattern.startIndex + offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
