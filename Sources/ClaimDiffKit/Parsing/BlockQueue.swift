import Synchronization

/// Blocks of work taken one at a time by a fixed set of workers, each with state of its own:
/// the balance of small work items (a core that another process takes for a while holds up
/// one block, not a quarter of the work) with the memo of a long-lived worker.
final class BlockQueue: Sendable {
    private let next = Atomic<Int>(0)
    let count: Int

    init(count: Int) { self.count = count }

    /// The next block's index, or nil when every block is taken.
    func take() -> Int? {
        let i = next.add(1, ordering: .relaxed).oldValue
        return i < count ? i : nil
    }

    /// Hands out no more blocks: one has failed, and the rest would be done for nothing.
    func cancel() { next.store(count, ordering: .relaxed) }
}
