// The libFuzzer entry point for the command line end to end (see FuzzCLI.swift). Build and run:
//   swift build --product fuzz-cli --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/fuzz-cli -dict=Tests/Fuzz/cli.dict CORPUS-DIR
// Without -DFUZZING it runs the inputs named on its command line through the same checks
// (the committed corpus, in a test), and prints a hint when given none.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCLI.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

// The scratch area goes when libFuzzer exits (at the end of -max_total_time too).
atexit { try? FileManager.default.removeItem(atPath: FuzzCLI.area) }
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
#else
// Absolute, since each run works inside the scratch directory.
let inputs = CommandLine.arguments.dropFirst().map { URL(fileURLWithPath: $0).path }
if inputs.isEmpty {
    print("fuzz-cli: built without -DFUZZING; build with -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING, or name inputs to check")
    exit(2)
}
var failures = 0
for path in inputs {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("fuzz-cli: cannot read '\(path)'")
        exit(66)
    }
    FuzzCLI.run([UInt8](data)) { message in
        print("fuzz-cli: \(path): \(message)")
        failures += 1
    }
}
try? FileManager.default.removeItem(atPath: FuzzCLI.area)
print("fuzz-cli: \(inputs.count) inputs, \(failures) broken invariants")
exit(failures == 0 ? 0 : 1)
#endif
