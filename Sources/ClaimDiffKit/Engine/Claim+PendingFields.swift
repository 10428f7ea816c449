/// Claim fields the state model reads that the claim schema does not declare yet: until it
/// does, no claim reports a change (`since:`), asserts continuity (`continues: yes`) or is
/// fixed at an event (`fixed-at:`).
extension Claim {
    var since: TimeSpan? { nil }
    var continues: Bool { false }
    var fixedAt: TimeSpan? { nil }
}
