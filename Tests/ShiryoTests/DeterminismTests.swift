import Foundation
import Shiryo
import Testing

/// The same input gives byte-identical JSON, whether ingested again, or many times at once on other threads.
@Suite struct DeterminismTests {
    static let inputs = FixtureLists.golden.map(\.input)

    static func json(_ input: URL) -> Data? {
        (try? Ingest.file(at: input)).map(OutputWriter.json)
    }

    @Test func serialAndParallelRunsGiveIdenticalBytes() throws {
        let first = Self.inputs.map(Self.json)
        #expect(first.allSatisfy { $0 != nil })
        let second = Self.inputs.map(Self.json)
        #expect(first == second)

        // Every fixture twice, concurrently.
        let jobs = Self.inputs + Self.inputs
        let results = ParallelResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.set(index, Self.json(jobs[index]))
        }
        for (index, input) in jobs.enumerated() {
            #expect(results.get(index) == first[index % Self.inputs.count], "\(input.lastPathComponent) differs")
        }
    }
}

/// Slots written from `concurrentPerform` workers, one per index.
final class ParallelResults: @unchecked Sendable {
    private var values: [Data?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Data?) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> Data? { lock.lock(); defer { lock.unlock() }; return values[index] }
}
