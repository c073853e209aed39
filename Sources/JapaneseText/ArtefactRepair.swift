/// Repairs what PDF text extraction gets wrong while keeping what was printed: ①, Ⅰ, （１）, ＰＲ and №
/// stay as they are; radicals and compatibility ideographs standing in for ordinary ideographs do not.
public enum ArtefactRepair {
    /// CJK Radicals Supplement characters that fonts use for the ideograph of the same shape. Most have no
    /// Unicode decomposition, so the table is ours; Kangxi radicals (U+2F00–U+2FD5) decompose by NFKC.
    static let radicalSupplement: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2E81}": "厂", "\u{2E84}": "乙", "\u{2E85}": "亻", "\u{2E86}": "冂", "\u{2E87}": "几",
        "\u{2E88}": "刀", "\u{2E89}": "刂", "\u{2E8A}": "卜", "\u{2E8B}": "㔾", "\u{2E8C}": "小",
        "\u{2E8D}": "小", "\u{2E8E}": "兀", "\u{2E8F}": "尣", "\u{2E90}": "尢", "\u{2E91}": "尣",
        "\u{2E92}": "巳", "\u{2E93}": "幺", "\u{2E94}": "彑", "\u{2E95}": "彐", "\u{2E96}": "忄",
        "\u{2E97}": "㣺", "\u{2E98}": "扌", "\u{2E99}": "攵", "\u{2E9B}": "旡", "\u{2E9C}": "日",
        "\u{2E9D}": "月", "\u{2E9E}": "歺", "\u{2E9F}": "母", "\u{2EA0}": "民", "\u{2EA1}": "氵",
        "\u{2EA2}": "氺", "\u{2EA3}": "灬", "\u{2EA4}": "爫", "\u{2EA5}": "爫", "\u{2EA6}": "丬",
        "\u{2EA7}": "牛", "\u{2EA8}": "犭", "\u{2EA9}": "王", "\u{2EAA}": "疋", "\u{2EAB}": "罒",
        "\u{2EAC}": "示", "\u{2EAD}": "礻", "\u{2EAE}": "竹", "\u{2EAF}": "糹", "\u{2EB0}": "纟",
        "\u{2EB1}": "罓", "\u{2EB2}": "罒", "\u{2EB3}": "罒", "\u{2EB4}": "罓", "\u{2EB5}": "罒",
        "\u{2EB6}": "羊", "\u{2EB7}": "羊", "\u{2EB8}": "羊", "\u{2EB9}": "耂", "\u{2EBA}": "肀",
        "\u{2EBB}": "肀", "\u{2EBC}": "月", "\u{2EBD}": "臼", "\u{2EBE}": "艹", "\u{2EBF}": "艹",
        "\u{2EC0}": "艹", "\u{2EC1}": "虎", "\u{2EC2}": "衤", "\u{2EC3}": "覀", "\u{2EC4}": "西",
        "\u{2EC5}": "见", "\u{2EC6}": "角", "\u{2EC7}": "角", "\u{2EC8}": "讠", "\u{2EC9}": "贝",
        "\u{2ECA}": "足", "\u{2ECB}": "车", "\u{2ECC}": "辶", "\u{2ECD}": "辶", "\u{2ECE}": "辶",
        "\u{2ECF}": "阝", "\u{2ED0}": "钅", "\u{2ED1}": "長", "\u{2ED2}": "镸", "\u{2ED3}": "长",
        "\u{2ED4}": "门", "\u{2ED5}": "阜", "\u{2ED6}": "阝", "\u{2ED7}": "雨", "\u{2ED8}": "青",
        "\u{2ED9}": "韦", "\u{2EDA}": "页", "\u{2EDB}": "风", "\u{2EDC}": "飞", "\u{2EDD}": "食",
        "\u{2EDE}": "食", "\u{2EDF}": "飠", "\u{2EE0}": "饣", "\u{2EE1}": "首", "\u{2EE2}": "马",
        "\u{2EE3}": "骨", "\u{2EE4}": "鬼", "\u{2EE5}": "鱼", "\u{2EE6}": "鸟", "\u{2EE7}": "卤",
        "\u{2EE8}": "麦", "\u{2EE9}": "黄", "\u{2EEA}": "黾", "\u{2EEB}": "斉", "\u{2EEC}": "齐",
        "\u{2EED}": "歯", "\u{2EEE}": "齿", "\u{2EEF}": "竜", "\u{2EF0}": "龙", "\u{2EF1}": "龜",
        "\u{2EF2}": "亀", "\u{2EF3}": "龟",
    ]

    public static func isKangxiRadical(_ scalar: Unicode.Scalar) -> Bool { (0x2F00...0x2FD5).contains(scalar.value) }
    public static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }

    /// Returns the repaired text. Only the artefact code points are touched, one at a time, so
    /// normalization never reaches the printed forms around them.
    public static func repair(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsRepair) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isKangxiRadical(scalar) {
                out.append(contentsOf: ICU.normalize(String(scalar), .nfkc).unicodeScalars)
            } else if isCompatibilityIdeograph(scalar) {
                out.append(contentsOf: ICU.normalize(String(scalar), .nfc).unicodeScalars)
            } else if let ideograph = radicalSupplement[scalar] {
                out.append(ideograph)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Private-use code points (外字, symbol-font glyphs) left in `text`. None has a mapping we can trust
    /// without the font, so they are kept as extracted and reported.
    public static func privateUseScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0.properties.generalCategory == .privateUse }
    }

    static func needsRepair(_ scalar: Unicode.Scalar) -> Bool {
        isKangxiRadical(scalar) || isCompatibilityIdeograph(scalar) || radicalSupplement[scalar] != nil
    }
}
