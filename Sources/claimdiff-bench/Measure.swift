import ClaimDiffKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One corpus, measured in a process of its own: raw read, parse, rules, reports, peak memory,
/// and the simple pairwise rule in Swift. Prints `key=value` lines for the parent.
enum Measure {
    static func run(_ args: [String]) -> Int32 {
        guard let dir = args.first else { return 64 }
        let check = args.contains("--check")
        let export = args.firstIndex(of: "--export").map { args[$0 + 1] }
        // For profiling one phase: stop after it.
        let only = args.firstIndex(of: "--only").map { args[$0 + 1] }
        let clock = ContinuousClock()
        guard let files = try? ClaimDiffKit.AnnotationLoader.files(in: [dir]) else { return 66 }

        // The ceiling: the same bytes read into memory, once to warm the page cache, once timed.
        var bytes = 0
        for f in files { bytes += RawRead.file(f).count }
        var kept: [[UInt8]] = []
        kept.reserveCapacity(files.count)
        let read = clock.measure { for f in files { kept.append(RawRead.file(f)) } }
        kept = []

        var loaded: AnnotationLoader.Loaded?
        let parse = clock.measure { loaded = try? AnnotationLoader.load(paths: [dir]) }
        guard let loaded, loaded.diagnostics.isEmpty else {
            FileHandle.standardError.write(Data("\(dir): does not load cleanly\n".utf8))
            return 65
        }
        if only == "parse" { print("parse=\(seconds(parse))"); return 0 }
        var flags: [Flag] = []
        var context: RuleContext?
        let rules = clock.measure {
            context = RuleContext(set: loaded.set)
            flags = RuleEngine().run(context!)
        }
        if only == "rules" { print("parse=\(seconds(parse))\nrules=\(seconds(rules))"); return 0 }
        if args.contains("--rule-times") {
            // Where the rule time goes: the index, then each rule alone, one after the other.
            var timed: RuleContext?
            print("rules.index=\(seconds(clock.measure { timed = RuleContext(set: loaded.set) }))")
            for rule in builtInRules {
                var n = 0
                let d = clock.measure { n = rule.init().flags(in: timed!).count }
                print("rules.\(rule.description.identifier)=\(seconds(d)) (\(n) flags)")
            }
            // Every rule at once on both cores and the merge, as `analyze` runs them.
            print("rules.engine=\(seconds(clock.measure { _ = RuleEngine().run(timed!) }))")
        }
        var reportBytes = 0, reportFiles = 0, open = 0
        let reports = clock.measure {
            let r = ReportContext(rules: context!, flags: flags)
            let built = ReportSet.build(r)
            reportFiles = built.count
            reportBytes = built.reduce(0) { $0 + $1.contents.utf8.count }
            open = r.queue.open.count
        }
        let peak = RawRead.peakResidentBytes()
        if args.contains("--report-times") {
            // Where the report time goes: the context, then each report alone, one after the other.
            var timed: ReportContext?
            print("reports.context=\(seconds(clock.measure { timed = ReportContext(rules: context!, flags: flags) }))")
            for (name, s) in ReportSet.timings(timed!) { print("reports.\(name)=\(String(format: "%.4f", s))") }
        }

        var out: [(String, String)] = [
            ("files", "\(files.count)"), ("bytes", "\(bytes)"), ("claims", "\(loaded.set.claims.count)"),
            ("read", seconds(read)), ("parse", seconds(parse)), ("rules", seconds(rules)), ("reports", seconds(reports)),
            ("peak", "\(peak)"), ("flags", "\(flags.count)"), ("open", "\(open)"),
            ("reportFiles", "\(reportFiles)"), ("reportBytes", "\(reportBytes)"),
        ]
        var byKind: [Flag.Kind: Int] = [:]
        for i in flags.indices { byKind[flags[i].kind, default: 0] += 1 }
        for k in Flag.Kind.allCases { out.append(("kind." + k.rawValue, "\(byKind[k] ?? 0)")) }

        var pairs = 0
        let simple = clock.measure { pairs = SimpleRule.count(loaded.set.claims) }
        out += [("simple", seconds(simple)), ("pairs", "\(pairs)")]
        if check {
            let planted = CorpusGenerator.readGroundTruth(dir + "/ground-truth.tsv") ?? []
            let found = Set(flags.map(ExpectedFlag.init))
            out.append(("groundTruth", found == Set(planted) && found.count == flags.count ? "match" : "MISMATCH"))
        }
        if let export { SimpleRule.exportCSV(loaded.set.claims, to: export) }
        print(out.map { "\($0.0)=\($0.1)" }.joined(separator: "\n"))
        return 0
    }

    static func seconds(_ d: Duration) -> String {
        let c = d.components
        return String(format: "%.4f", Double(c.seconds) + Double(c.attoseconds) / 1e18)
    }
}

/// Reading files the plain way, and the process's peak memory.
enum RawRead {
    static func file(_ path: String) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return [] }
        let size = Int(st.st_size)
        return [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buf.baseAddress! + done, size - done)
                if n <= 0 { break }
                done += n
            }
            count = done
        }
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
