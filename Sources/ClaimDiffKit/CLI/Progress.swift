/// Progress lines on standard error for long work: only when standard error is a terminal
/// (`Console.progress` is set), never with `--quiet`, and only once the work has taken about a
/// second, so short runs, pipes, files and tests see nothing.
struct Progress: Sendable {
    let console: Console
    let enabled: Bool
    let start = ContinuousClock.now

    init(console: Console, quiet: Bool) {
        self.console = console
        enabled = !quiet && console.progressLine != nil
    }

    /// Seconds since the command started.
    var elapsed: Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Says a phase is done (`read 1000000 claims`), once the work has taken a second.
    func step(_ message: String) {
        guard enabled, elapsed >= 1 else { return }
        let tenths = Int((elapsed * 10).rounded())
        console.progressLine?("claimdiff: \(message) (\(tenths / 10).\(tenths % 10) s)")
    }

    /// Says a phase begins that will take a while (`writing 1000000 claims`), whatever the time so far.
    func begin(_ message: String) {
        guard enabled else { return }
        console.progressLine?("claimdiff: \(message)...")
    }

    /// A word on building for release, for a corpus a debug build is slow on.
    func adviseRelease(claims: Int) {
        #if DEBUG
        guard claims >= 100_000 else { return }
        guard enabled else { return }
        console.progressLine?("claimdiff: this is a debug build; for \(claims) claims build once with 'swift build -c release' and run .build/release/claimdiff (README, Install)")
        #endif
    }
}
