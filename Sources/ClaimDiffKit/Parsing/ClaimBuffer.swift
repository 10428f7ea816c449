/// The claims one worker of the fast loader builds, moved rather than copied into the final
/// array: appending a million claims to one array from several would retain every claim once
/// more and release it again, each a write to a box somewhere in memory.
final class ClaimBuffer {
    private var base: UnsafeMutablePointer<Claim>
    private var capacity: Int
    private(set) var count = 0
    /// True while every claim appended has a greater id than the one before.
    private(set) var inOrder = true
    private(set) var firstID: String?
    private(set) var lastID: String?

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Appends a claim whose id is `id` (passed in: the builder has it at hand, so the order is
    /// checked without reading the claim's box again).
    func append(_ claim: Claim, id: String) {
        if let last = lastID { inOrder = inOrder && last < id } else { firstID = id }
        lastID = id
        if count == capacity {
            let grown = UnsafeMutablePointer<Claim>.allocate(capacity: 2 * capacity)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: claim)
        count += 1
    }

    /// Moves every claim, in order, to uninitialized memory at `target`; the buffer is left empty.
    func moveAll(to target: UnsafeMutablePointer<Claim>) {
        target.moveInitialize(from: base, count: count)
        count = 0
    }

    /// True when the claims of the buffers, one after the other, have strictly increasing ids:
    /// they are sorted and unique.
    static func inOrder(_ buffers: [ClaimBuffer]) -> Bool {
        var last: String?
        for b in buffers where b.count > 0 {
            guard b.inOrder, last.map({ $0 < b.firstID! }) ?? true else { return false }
            last = b.lastID
        }
        return true
    }

    /// The claims of several buffers, in order, in one array; the buffers are left empty.
    static func merge(_ buffers: [ClaimBuffer]) -> [Claim] {
        let total = buffers.reduce(0) { $0 + $1.count }
        return [Claim](unsafeUninitializedCapacity: total) { out, initialized in
            for b in buffers {
                let n = b.count
                guard n > 0 else { continue }
                b.moveAll(to: out.baseAddress! + initialized)
                initialized += n
            }
        }
    }
}
