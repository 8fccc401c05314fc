import Dispatch
import Foundation

/// Runs independent pieces of work on the machine's cores and returns their results in order.
///
/// For example:
///
/// ```swift
/// let (a, b) = InParallel.pair({ alignSupports() }, { alignNumbers() })
/// ```
enum InParallel {
    /// The results of `work`, each run once, concurrently, in the order given.
    static func map<Result: Sendable>(_ work: [@Sendable () -> Result]) -> [Result] {
        let slots = Slots<Result>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            slots.set(index, work[index]())
        }
        return slots.values()
    }

    /// Results written from several threads, each slot once, under a lock.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
