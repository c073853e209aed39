#ifndef SHIRYO_FUZZ_DRIVER_H
#define SHIRYO_FUZZ_DRIVER_H

/// Runs libFuzzer's driver with LLVMFuzzerTestOneInput (defined in Swift, module Shiryo) when built with
/// -DSHIRYO_FUZZ and -fsanitize=fuzzer; otherwise returns 2 without doing anything.
int shiryo_fuzz_main(int argc, char **argv);

#endif
