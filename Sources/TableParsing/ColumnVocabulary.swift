import JapaneseText

/// What a column means, whatever its header says.
public enum ColumnRole: String, Sendable, Hashable, CaseIterable, Codable {
    case number
    case policy
    case opinion
    case response
    case reflection
}

/// The one table of header names the parser knows. Matching uses `SearchKey` (NFKC, case fold, no
/// spaces, so 均等割付 「施　策　名」 matches 施策名) after an optional ①②③ prefix is removed; the longest known
/// name contained in a header wins, so 「意見に対する市の考え方」 is a response, not an opinion.
public enum ColumnVocabulary {
    public static let names: [ColumnRole: [String]] = [
        .number: ["№", "No.", "No", "NO", "番号", "項番", "通番", "整理番号", "通し番号", "意見番号", "意見No."],
        .policy: ["施策名", "施策", "項目", "分野", "政策名", "事業名", "政策", "施策・事業名"],
        .opinion: ["意見内容", "意見の概要", "意見", "ご意見", "主な意見", "提言", "意見の要旨", "提言内容"],
        .response: ["対応方針", "市の考え方", "対応", "回答", "対応状況", "市の対応", "対応の方向性", "検討結果", "考え方"],
        .reflection: ["への反映", "反映状況", "反映内容", "計画への反映", "反映箇所", "反映"],
    ]

    /// Keys are computed once; the table is small.
    static let keyed: [(role: ColumnRole, key: String)] = names.flatMap { role, list in
        list.map { (role, SearchKey.make($0)) }
    }.sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.role.rawValue < $1.role.rawValue }

    /// All names, for error messages.
    public static var allNames: [String] {
        ColumnRole.allCases.flatMap { names[$0] ?? [] }
    }

    /// The role a header names, or nil for a column we do not know (担当課, 備考, …).
    public static func role(forHeader header: String) -> ColumnRole? {
        let key = headerKey(header)
        guard !key.isEmpty, key.count <= 24 else { return nil }
        // Number headers are short and must match whole: "No" must not hit "Note".
        for (role, name) in keyed where role == .number { if key == name { return role } }
        return keyed.first { $0.role != .number && key.contains($0.key) }?.role
    }

    /// The roles of a whole header row. A role goes to one column only: when two headers name the same
    /// meaning (市の考え方 and 対応区分 both say 対応), the one that is exactly a known name keeps it, else the
    /// first; the other is an unknown column kept in `extra`, never merged into the same field.
    public static func roles(forHeaders headers: [String]) -> [ColumnRole?] {
        var roles = headers.map(role(forHeader:))
        for role in ColumnRole.allCases {
            let claimants = roles.indices.filter { roles[$0] == role }
            guard claimants.count > 1 else { continue }
            let keeper = claimants.first { isKnownName(headers[$0]) } ?? claimants[0]
            for index in claimants where index != keeper { roles[index] = nil }
        }
        return roles
    }

    /// Whether the whole text is exactly a header name (optionally ①-prefixed), as a stray header cell is.
    public static func isExactHeader(_ text: String) -> Bool {
        let key = headerKey(text)
        return keyed.contains { $0.key == key || ($0.role == .reflection && key.hasSuffix($0.key) && key.count <= 16) }
    }

    /// Whether the text is exactly one of the known names (optionally ①-prefixed); spread letters are put
    /// back together only into such names.
    public static func isKnownName(_ text: String) -> Bool {
        let key = headerKey(text)
        return keyed.contains { $0.key == key }
    }

    /// Search key of a header with circled-number prefixes (①, ⑴, 1.) removed.
    public static func headerKey(_ header: String) -> String {
        var text = Substring(header.trimmedWhitespace)
        if let first = text.unicodeScalars.first, Numbers.circled(first) != nil { text = text.dropFirst() }
        return SearchKey.make(String(text))
    }
}
