extension String {
    /// The text with control characters (newline, tab, ESC, DEL, C1) written as `\n`, `\t` or `\u{1B}`: file
    /// names are printed in one-line messages, and a name holding a newline or a terminal escape must neither
    /// split the line nor drive the terminal.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControlCharacter) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.isControlCharacter: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// C0, DEL and C1 controls.
    var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
