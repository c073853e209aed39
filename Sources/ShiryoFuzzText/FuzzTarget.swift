import CFuzzDriver
import Foundation
import Shiryo

// Fuzz target for the text-export path: Scripts/fuzz builds it with -sanitize=fuzzer -D SHIRYO_FUZZ;
// a plain `swift build` makes a replayer instead: `ShiryoFuzzText FILE...`.
#if SHIRYO_FUZZ
    @_cdecl("ShiryoFuzzText_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        Fuzzing.inputName = "fuzz-input.txt"
        return shiryo_fuzz_main(argc, argv)
    }
#else
    @main enum Replay {
        static func main() { exit(Fuzzing.replay(Array(CommandLine.arguments.dropFirst()), inputName: "fuzz-input.txt") ? 0 : 1) }
    }
#endif
