// The shared helpers (Repo, Seed, CLI, Scratch, JSONEdit, GoldenDiff, FixtureLists) for every test file.
@_exported import ShiryoTestSupport
