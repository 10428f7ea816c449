import Dispatch

/// Work spread over every core, with results in input order: the output is exactly what a
/// plain `map` gives, whatever the scheduling.
enum Parallel {
    static func map<T, U>(_ items: [T], _ body: (T) -> U) -> [U] {
        if items.count <= 1 { return items.map(body) }
        let slots = Slots<U>(items.count)
        withoutActuallyEscaping(body) { body in
            let work = Unchecked(body: body, items: items)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.put(i, work.body(work.items[i])) }
        }
        return slots.take()
    }

    /// Indices `0..<count` in chunks of about `chunk`, mapped in parallel.
    static func chunks<U>(_ count: Int, chunk: Int, _ body: (Range<Int>) -> U) -> [U] {
        let ranges = stride(from: 0, to: count, by: max(1, chunk)).map { $0..<min($0 + max(1, chunk), count) }
        return map(ranges, body)
    }

    /// Values shared with the worker threads. Each worker reads them and writes only its own slot.
    private struct Unchecked<T, U>: @unchecked Sendable {
        let body: (T) -> U
        let items: [T]
    }

    /// One slot per item, each written by exactly one worker.
    private final class Slots<U>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<U>
        private let count: Int

        init(_ count: Int) {
            self.count = count
            base = .allocate(capacity: count)
        }

        func put(_ i: Int, _ value: U) { (base + i).initialize(to: value) }

        /// Every slot's value, in order; the slots are freed.
        func take() -> [U] {
            let out = Array(UnsafeBufferPointer(start: base, count: count))
            base.deinitialize(count: count)
            base.deallocate()
            return out
        }
    }
}
