import Foundation

// TEMPORARY: phase timing for profiling; remove before the final commit.
final class PhaseClock {
    private let on = ProcessInfo.processInfo.environment["CLAIMDIFF_PHASES"] != nil
    private var last = ContinuousClock.now
    func mark(_ name: String) {
        guard on else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("phase \(name): \(now - last)\n".utf8))
        last = now
    }
}
