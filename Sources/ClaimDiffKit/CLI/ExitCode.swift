/// Process exit codes, after sysexits.h.
public enum ExitCode: Int32, Error, Sendable {
    case success = 0
    /// The command ran and found something: unformatted files, open flags asked for.
    case findings = 1
    case usage = 64
    /// Malformed annotations.
    case dataError = 65
    /// A file or directory that does not exist or cannot be read.
    case noInput = 66
    case software = 70
    /// An output file that cannot be written.
    case cantCreate = 73
    /// A write to standard output or standard error failed (`> /dev/full`, a closed stream).
    case ioError = 74
}
