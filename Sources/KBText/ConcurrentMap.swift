import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element, spread over the machine's cores in chunks; the
    /// result keeps the order of the input.
    ///
    /// For example:
    ///
    /// ```swift
    /// answers.concurrentMap { FactSplitter().split($0.text) }
    /// ```
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        concurrentMap(state: {}) { _, element in transform(element) }
    }

    /// ``concurrentMap(_:)`` with a state of each worker's own (`makeState()` once per chunk),
    /// which `transform` may update: a memo of what one word gives, shared by the elements of a
    /// chunk without a lock. `transform` must give the same result whatever the state holds.
    public func concurrentMap<State, Result: Sendable>(state makeState: @Sendable () -> State,
                                                        _ transform: @Sendable (inout State, Element) -> Result) -> [Result] {
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunkCount > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let results = ResultSlots<[Result]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let lower = count * chunk / chunkCount
            let upper = count * (chunk + 1) / chunkCount
            var state = makeState()
            results.set(chunk, self[lower..<upper].map { transform(&state, $0) })
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

/// Slots filled by concurrent workers, each slot written once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
