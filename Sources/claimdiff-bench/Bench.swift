import ClaimDiffKit
import Foundation

/// The benchmark: for each corpus size, even and skewed, generate the corpus (once), measure
/// it in a child process, run the simple rule in SQLite on the same claims, and print a table
/// and the targets.
enum Bench {
    struct Options {
        var sizes = [10_000, 100_000, 1_000_000]
        var max = 1_000_000
        var sqliteMax = 1_000_000
        var corpus = ".build/bench-corpus"
        var seed: UInt64 = 1
        var runs = 1
        var check = true
    }

    static let usage = """
    usage: claimdiff-bench [--max N] [--sizes N,N,...] [--skip-sqlite-1m | --sqlite-max N | --no-sqlite]
                           [--runs R] [--corpus DIR] [--seed S] [--no-check]
           claimdiff-bench --measure DIR [--check] [--only parse|rules] [--rule-times] [--report-times]
                           (one corpus in this process: key=value lines; the last two time each
                           rule and each report alone, one after the other)
    """

    static func run(_ args: [String]) -> Int32 {
        var o = Options()
        var i = 0
        func value() -> String? { i += 1; return i < args.count ? args[i] : nil }
        while i < args.count {
            switch args[i] {
            case "--max": o.max = value().flatMap(Int.init) ?? o.max
            case "--sizes": o.sizes = value()?.split(separator: ",").compactMap { Int($0) } ?? o.sizes
            case "--skip-sqlite-1m": o.sqliteMax = 100_000
            case "--sqlite-max": o.sqliteMax = value().flatMap(Int.init) ?? o.sqliteMax
            case "--no-sqlite": o.sqliteMax = 0
            case "--runs": o.runs = max(1, value().flatMap(Int.init) ?? 1)
            case "--corpus": o.corpus = value() ?? o.corpus
            case "--seed": o.seed = value().flatMap { UInt64($0) } ?? o.seed
            case "--no-check": o.check = false
            case "-h", "--help": say(usage); return 0
            default:
                FileHandle.standardError.write(Data("claimdiff-bench: unknown option '\(args[i])'\n\(usage)\n".utf8))
                return 64
            }
            i += 1
        }
        say("claimdiff-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(loadAverage())")
        var rows: [Row] = []
        for n in o.sizes where n <= o.max {
            for skew in [false, true] {
                let options = CorpusGenerator.Options(claims: n, seed: o.seed, skew: skew)
                let dir = o.corpus + "/claims-\(n)-\(skew ? "skewed" : "even")-seed\(o.seed)"
                guard ensureCorpus(options, dir) else { return 73 }
                var best: Row?
                for run in 0..<o.runs {
                    let sqlite = run == 0 && n <= o.sqliteMax
                    guard var row = measure(dir, n: n, skew: skew, check: o.check && run == 0, export: sqlite) else { return 70 }
                    if sqlite { row.sqlite = SQLiteLeg.run(csv: dir + "/claims.csv", db: dir + "/claims.db") }
                    if let b = best { row.sqlite = row.sqlite ?? b.sqlite; row.groundTruth = b.groundTruth ?? row.groundTruth }
                    if best == nil || row.total < best!.total { best = row }
                }
                rows.append(best!)
                say(best!.progressLine)
            }
        }
        say("")
        say(Table.render(rows))
        say("")
        say(Table.kinds(rows))
        say("")
        say(Table.targets(rows))
        say("")
        say("load average at the end: \(loadAverage())")
        return 0
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    }

    /// Generates the corpus unless the directory already holds this one.
    static func ensureCorpus(_ options: CorpusGenerator.Options, _ dir: String) -> Bool {
        let stamp = "# claimdiff generate \(options.commandLine)"
        if let data = FileManager.default.contents(atPath: dir + "/ground-truth.tsv"),
           String(decoding: data.prefix(200), as: UTF8.self).hasPrefix(stamp + "\n") { return true }
        try? FileManager.default.removeItem(atPath: dir)
        say("generating \(dir) ...")
        do throws(CorpusGenerator.WriteError) {
            _ = try CorpusGenerator.write(options, to: dir)
            return true
        } catch {
            FileHandle.standardError.write(Data("cannot write \(error.path): \(error.reason)\n".utf8))
            return false
        }
    }

    static func measure(_ dir: String, n: Int, skew: Bool, check: Bool, export: Bool) -> Row? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : "/proc/self/exe")
        p.arguments = ["--measure", dir] + (check ? ["--check"] : []) + (export ? ["--export", dir + "/claims.csv"] : [])
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            FileHandle.standardError.write(Data("measuring \(dir) failed with status \(p.terminationStatus)\n".utf8))
            return nil
        }
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let kv = line.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { values[String(kv[0])] = String(kv[1]) }
        }
        return Row(claims: n, skew: skew, values: values)
    }
}

/// Prints a line at once, even into a pipe.
func say(_ s: String) {
    FileHandle.standardOutput.write(Data((s + "\n").utf8))
}
