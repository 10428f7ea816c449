import Foundation

// claimdiff-bench: corpus sizes, parse, rules and reports, against SQLite in the same run.
// `--measure DIR` is the child process that measures one corpus, so that each corpus's peak
// memory is its own.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--measure" {
    exit(Measure.run(Array(arguments.dropFirst())))
}
exit(Bench.run(arguments))
