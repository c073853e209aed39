/// The one place the tool's version is written: `shiryo --version`, the man page and the .deb read it.
public enum ShiryoVersion {
    public static let number = "0.9.0"

    /// `0.9.0 (schemaVersion 1)`: the JSON format version matters as much to a downstream tool.
    public static var description: String { "\(number) (schemaVersion \(ShiryoOutput.schemaVersion))" }
}
