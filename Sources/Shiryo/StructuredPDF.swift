import Foundation

/// The structure-aware PDF fuzzer's input language (issue 15): fuzz bytes are read as choices, not as PDF
/// bytes, so every input is a well-formed PDF whose numbers are hostile. A byte fuzzer mostly breaks the
/// syntax and stops at poppler's parser; this one reaches the geometry with text matrices scaled by 1e30,
/// horizontal scales of 1e12 %, page boxes 1e10 wide or of no size, fonts of size 0 or 1e30 and page
/// trees that lie about their page count — what crashed the batch before.
///
/// Each page is a small readable table (so the parser gets past the header) followed by operators drawn
/// from `operators`, with operands from `operands`; one byte picks each. The same bytes always build the
/// same PDF, so a finding replays from the fuzz input alone (`FuzzRegressionTests`).
public enum StructuredPDF {
    /// Operands as written in the content stream: ordinary, tiny, huge (as digits: PDF has no exponents),
    /// beyond a double (parsers give infinity), negative, zero and some a lexer may trip on.
    static let operands = [
        "0", "1", "-1", "10", "595", "842", "0.001", "-0", "14400", "14401", "1000000000", "10000000000",
        "1000000000000", "1" + String(repeating: "0", count: 30), "1" + String(repeating: "0", count: 400),
        "-" + "1" + String(repeating: "0", count: 30), "1e30", ".5", "-.", "2147483648", "-2147483649", "99999999999999999999",
    ]

    /// Content-stream operators and how many operands each takes.
    static let operators: [(name: String, operands: Int)] = [
        ("Tm", 6), ("Tz", 1), ("Td", 2), ("TD", 2), ("cm", 6), ("re", 4), ("Tf", 1), ("TL", 1), ("Tc", 1),
        ("Tw", 1), ("Ts", 1), ("Tj", 0), ("T*", 0), ("q", 0), ("Q", 0), ("f", 0), ("S", 0), ("'", 0),
    ]

    /// Strings a table page prints: row numbers, headers, arrows, citations.
    static let texts = ["1", "12", "施策名", "意見内容", "①", "⇒", "p.39", "（３）", "注記です"]

    static let header = ["№", "施策名", "意見内容", "対応方針"]
    static let rows = [["1", "道路", "歩道が狭い。", "拡幅します。"], ["2", "公園", "遊具が古い。", "更新します。"]]

    /// A PDF built from `bytes`: page box, /Count and page count from the first bytes, then the operators.
    public static func build(from bytes: [UInt8]) -> [UInt8] {
        var reader = ChoiceReader(bytes)
        let width = reader.next(operands, default: "842"), height = reader.next(operands, default: "595")
        let pageCount = 1 + reader.nextByte() % 3
        let countChoices = [String(pageCount), "0", "1000000000", "-1", String(pageCount + 1), "2147483648"]
        let count = reader.nextByte() < 200 ? String(pageCount) : reader.next(countChoices, default: "1")
        var content = table()
        content += "BT /F1 10 Tf 1 0 0 1 300 200 Tm\n"
        while !reader.isAtEnd {
            let (name, arity) = reader.next(operators, default: ("Tj", 0))
            if name == "Tf" {
                content += "/F1 \(reader.next(operands, default: "10")) Tf\n"
            } else if name == "Tj" || name == "'" {
                content += "\(hex(reader.next(texts, default: "1"))) \(name)\n"
            } else {
                let values = (0..<arity).map { _ in reader.next(operands, default: "1") }
                content += (values + [name]).joined(separator: " ") + "\n"
            }
        }
        content += "ET\n"
        return document(mediaBox: "0 0 \(width) \(height)", content: content, count: count, pages: pageCount)
    }

    static func table() -> String {
        var out = "BT /F1 12 Tf 1 0 0 1 250 555 Tm \(hex("市民意見の反映状況表")) Tj ET\n"
        let xs = [40, 80, 200, 400]
        for (index, row) in ([header] + rows).enumerated() {
            for (column, text) in row.enumerated() {
                out += "BT /F1 10 Tf 1 0 0 1 \(xs[column]) \(519 - index * 24) Tm \(hex(text)) Tj ET\n"
            }
        }
        return out
    }

    /// UCS-2 big-endian hex string, for the UniJIS-UCS2-H encoding.
    static func hex(_ text: String) -> String {
        "<" + text.utf16.map { String(format: "%04x", $0) }.joined() + ">"
    }

    /// A PDF with `pages` pages sharing `content`, its page tree saying `count` (as make_hostile_pdfs.py).
    static func document(mediaBox: String, content: String, count: String, pages: Int) -> [UInt8] {
        let font =
            "<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
            + "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /DW 1000 "
            + "/FontDescriptor << /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 "
            + "/FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 752 /Descent -221 /CapHeight 737 /StemV 114 >> >>] >>"
        let stream = Array(content.utf8)
        let pageIDs = (0..<pages).map { 5 + $0 }
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Count \(count) /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] >>",
            font,
            "<< /Length \(stream.count) >>",
        ]
        for _ in pageIDs {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
        }
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(body)\n".utf8)
            if index == 3 { out += Array("stream\n".utf8) + stream + Array("\nendstream\n".utf8) }
            out += Array("endobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}

/// Reads fuzz bytes as a sequence of choices; past the end every choice is its default.
struct ChoiceReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func nextByte() -> Int {
        defer { position += 1 }
        return position < bytes.count ? Int(bytes[position]) : 0
    }

    mutating func next<T>(_ choices: [T], default fallback: T) -> T {
        guard !isAtEnd else { position += 1; return fallback }
        return choices[nextByte() % choices.count]
    }
}
