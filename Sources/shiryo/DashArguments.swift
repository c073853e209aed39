import ShiryoCore

/// ArgumentParser reads `-dash.txt` as the short flags `-d -a -s -h …` and so prints help and exits 0: a file
/// whose name starts with '-' would be silently not ingested. Before parsing, a single-dash argument longer
/// than one flag that is not a value of the option before it is refused as a usage error, with the way to
/// give such a file (after `--`).
enum DashArguments {
    /// Options whose next argument is their value (which may start with '-', e.g. a password).
    static let takingValues: Set<String> = [
        "-o", "--output", "-j", "--jobs", "--format", "--password", "--scale",
        "--runs", "--pdftotext",
    ]
    /// Short flags that may be grouped (`-qh`).
    static let groupableFlags: Set<Character> = ["q", "h"]

    /// The message for the first such argument, or nil when there is none.
    static func problem(in arguments: [String]) -> String? {
        var previous = ""
        for argument in arguments {
            if argument == "--" { return nil }
            defer { previous = argument }
            guard !takingValues.contains(previous), argument.hasPrefix("-"), !argument.hasPrefix("--"),
                argument.count > 2, !argument.dropFirst().allSatisfy(groupableFlags.contains)
            else { continue }
            if Double(argument) != nil { continue }  // a negative number: ArgumentParser says what is wrong
            return Catalogue.Usage.dashArgument(argument.escapingControlCharacters).text()
        }
        return nil
    }
}
