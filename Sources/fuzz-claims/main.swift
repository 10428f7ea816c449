// The libFuzzer entry point for the annotation parser. Build and run (see .ci/fuzz):
//   swift build --product fuzz-claims --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/fuzz-claims CORPUS-DIR
// Without -DFUZZING the target still builds (so `swift build` works) and only prints this hint.
#if canImport(Glibc)
import Glibc
#endif

/// Called by libFuzzer once per input. Always defined: a sanitized link needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzClaims.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
#else
print("fuzz-claims: built without -DFUZZING; build with -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING")
exit(2)
#endif
