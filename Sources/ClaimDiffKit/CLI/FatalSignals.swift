#if canImport(Glibc)
import Glibc
#endif

/// One line and exit 70 when the process would die of a fatal signal.
///
/// Swift traps when an allocation fails (and on any other runtime failure), so running out of
/// memory ended in SIGABRT or SIGSEGV with a stack trace. Every file the tool writes is
/// written to a temporary file and renamed, so a dying process leaves each file whole; this
/// handler only turns the crash into the documented exit code. It is async-signal-safe: it
/// writes a fixed message and calls `_exit`. Not installed in the fuzzing build, where
/// libFuzzer needs to see the crash.
public enum FatalSignals {
    static let signals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    /// Installs the handler, on an alternate stack so that a stack overflow reaches it too.
    public static func install() {
        #if !FUZZING
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let message: StaticString = "claimdiff: error: internal error (out of memory or a fatal fault); exiting with 70, files already written are whole\n"
            _ = Glibc.write(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(70)
        }
        action.sa_flags = SA_ONSTACK
        sigemptyset(&action.sa_mask)
        for s in signals { sigaction(s, &action, nil) }
        #endif
    }
}
