import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Generates a synthetic corpus in the annotation language, with the flags it planted.
///
/// The same options always give the same bytes: the generator draws from its own seeded
/// `SplitMix64`. The corpus has every proposition kind, quotes of about 100 bytes, notes on a
/// quarter of the claims, hedged and attributed claims, forecasts, denials, stated changes,
/// reversals, anachronisms and single-source propositions; `ground-truth.tsv` lists every
/// flag the engine must raise on it, and no other.
public enum CorpusGenerator {
    public struct Options: Sendable, Equatable {
        public var claims: Int
        /// Papers; by default one per 100 claims.
        public var papers: Int?
        public var seed: UInt64
        /// Puts a tenth of the claims into propositions of 10,000 claims each.
        public var skew: Bool

        public init(claims: Int, papers: Int? = nil, seed: UInt64 = 1, skew: Bool = false) {
            self.claims = claims
            self.papers = papers
            self.seed = seed
            self.skew = skew
        }

        /// The options as `claimdiff generate` takes them.
        public var commandLine: String {
            "--claims \(claims)" + (papers.map { " --papers \($0)" } ?? "") + " --seed \(seed)" + (skew ? " --skew" : "")
        }
    }

    /// What was written.
    public struct Summary: Sendable {
        public var papers: Int
        public var claims: Int
        public var propositions: Int
        /// Bytes of `.claims` files.
        public var bytes: Int
        public var expected: [ExpectedFlag]
    }

    public struct WriteError: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    /// The flags a corpus must raise, without writing it.
    public static func expectedFlags(_ options: Options) -> [ExpectedFlag] {
        GroundTruth.flags(plan(options))
    }

    static func plan(_ options: Options) -> CorpusPlan {
        var planner = CorpusPlanner(options: options)
        return planner.run()
    }

    /// Writes `vocabulary.claims`, `papers/*.claims` and `ground-truth.tsv` into `dir`.
    public static func write(_ options: Options, to dir: String) throws(WriteError) -> Summary {
        let plan = plan(options)
        let writer = CorpusWriter(plan: plan, options: options)
        do {
            try FileManager.default.createDirectory(atPath: dir + "/papers", withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: dir + "/papers", reason: "cannot create directory")
        }
        var bytes = 0
        let vocabulary = Array(writer.vocabulary().utf8)
        try put(vocabulary, dir + "/vocabulary.claims")
        bytes += vocabulary.count
        for i in plan.papers.indices {
            let file = writer.paper(i)
            try put(file, dir + "/papers/\(plan.papers[i].id).claims")
            bytes += file.count
        }
        let expected = GroundTruth.flags(plan)
        var tsv = "# claimdiff generate \(options.commandLine)\nkind\trule\tclaims\n"
        for f in expected { tsv += f.line + "\n" }
        try put(Array(tsv.utf8), dir + "/ground-truth.tsv")
        return Summary(papers: plan.papers.count, claims: plan.claims.count, propositions: plan.propositions.count,
                       bytes: bytes, expected: expected)
    }

    /// Reads the flags a generated corpus lists in its `ground-truth.tsv`.
    public static func readGroundTruth(_ path: String) -> [ExpectedFlag]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst(2).compactMap { ExpectedFlag(line: String($0)) }
    }

    /// Writes bytes to a file (no fsync: a generated corpus can be generated again).
    static func put(_ bytes: [UInt8], _ path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            written += n
        }
    }
}
