import ClaimDiffKit
import Foundation

/// One measured corpus.
struct Row {
    var claims: Int
    var skew: Bool
    var values: [String: String]
    var sqlite: SQLiteLeg.Result?
    var groundTruth: String?

    init(claims: Int, skew: Bool, values: [String: String]) {
        self.claims = claims
        self.skew = skew
        self.values = values
        groundTruth = values["groundTruth"]
    }

    func d(_ k: String) -> Double { Double(values[k] ?? "") ?? .nan }
    func i(_ k: String) -> Int { Int(values[k] ?? "") ?? 0 }
    var mb: Double { d("bytes") / 1e6 }
    var total: Double { d("parse") + d("rules") + d("reports") }
    var label: String { "\(Table.count(claims)) \(skew ? "skewed" : "even")" }
    var ratio: Double? { sqlite.map { $0.rule / d("simple") } }

    var progressLine: String {
        "\(label): \(Table.f(mb, 1)) MB, parse \(Table.f(d("parse"), 3)) s, rules \(Table.f(d("rules"), 3)) s, reports \(Table.f(d("reports"), 3)) s, peak \(Table.f(d("peak") / 1e6, 0)) MB"
            + (sqlite.map { ", sqlite \(Table.f($0.rule, 2)) s (range join \(Table.f($0.rangeRule, 2)) s)" } ?? "")
    }
}

enum Table {
    static func f(_ v: Double, _ digits: Int) -> String { v.isNaN ? "-" : String(format: "%.\(digits)f", v) }

    static func count(_ n: Int) -> String {
        n >= 1_000_000 && n % 1_000_000 == 0 ? "\(n / 1_000_000)M" : n >= 1000 && n % 1000 == 0 ? "\(n / 1000)k" : "\(n)"
    }

    static func render(_ rows: [Row]) -> String {
        var lines = [
            "| corpus | input MB | raw read MB/s | parse MB/s | parse s | rules s | reports s | total s | peak MB | peak / input | flags | open | simple rule: Swift s | SQLite self-join s (index + query) | SQLite / Swift | SQLite range join s (index + query) | range / Swift |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in rows {
            var cells: [String] = [r.label, f(r.mb, 1), f(r.mb / r.d("read"), 0), f(r.mb / r.d("parse"), 0), f(r.d("parse"), 3)]
            cells += [f(r.d("rules"), 3), f(r.d("reports"), 3), f(r.total, 3), f(r.d("peak") / 1e6, 0), f(r.d("peak") / r.d("bytes"), 2)]
            cells += ["\(r.i("flags"))", "\(r.i("open"))", f(r.d("simple"), 3)]
            if let s = r.sqlite {
                let join: String = f(s.rule, 2) + " (" + f(s.joinIndex, 2) + " + " + f(s.join, 2) + ")"
                let range: String = f(s.rangeRule, 2) + " (" + f(s.rangeIndex, 2) + " + " + f(s.range, 2) + ")"
                cells += [join, f(s.rule / r.d("simple"), 0) + "x", range, f(s.rangeRule / r.d("simple"), 0) + "x"]
            } else {
                cells += ["not run", "-", "not run", "-"]
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// Flag counts by kind, the pairs both legs counted, and the ground-truth check.
    static func kinds(_ rows: [Row]) -> String {
        var lines = ["| corpus | " + Flag.Kind.allCases.map(\.rawValue).joined(separator: " | ") + " | simple-rule pairs (Swift / SQLite) | ground truth |",
                     "| --- |" + String(repeating: " ---: |", count: Flag.Kind.allCases.count + 1) + " --- |"]
        for r in rows {
            let pairs = "\(r.i("pairs")) / " + (r.sqlite.map { s in
                "\(s.pairs)" + (s.pairs == r.i("pairs") && s.rangePairs == s.pairs ? "" : " MISMATCH (range join \(s.rangePairs))")
            } ?? "-")
            lines.append("| \(r.label) | " + Flag.Kind.allCases.map { "\(r.i("kind." + $0.rawValue))" }.joined(separator: " | ")
                         + " | \(pairs) | \(r.groundTruth ?? "not checked") |")
        }
        return lines.joined(separator: "\n")
    }

    /// Each target with the number reached.
    static func targets(_ rows: [Row]) -> String {
        func mark(_ ok: Bool) -> String { ok ? "met" : "MISSED" }
        var out: [String] = ["Targets:"]
        for r in rows {
            let mbps = r.mb / r.d("parse"), raw = r.mb / r.d("read")
            out.append("- \(r.label): parse \(f(mbps, 0)) MB/s (target >= 400: \(mark(mbps >= 400))), \(f(raw / mbps, 1))x the raw read (target <= 4x: \(mark(raw / mbps <= 4))), peak \(f(r.d("peak") / r.d("bytes"), 2))x input (target <= 2x: \(mark(r.d("peak") <= 2 * r.d("bytes"))))"
                       + (r.ratio.map { ", SQLite / Swift \(f($0, 0))x (target >= 25x: \(mark($0 >= 25)))" } ?? ""))
        }
        if let big = rows.first(where: { $0.claims == 1_000_000 && !$0.skew }) {
            out.append("- 1M claims, parse + rules + reports: \(f(big.total, 3)) s (target <= 1.5 s: \(mark(big.total <= 1.5)))")
        }
        for r in rows where r.skew {
            if let even = rows.first(where: { $0.claims == r.claims && !$0.skew }) {
                out.append("- \(count(r.claims)) skewed / even: \(f(r.total / even.total, 2))x (target <= 1.2x: \(mark(r.total <= 1.2 * even.total)))")
            }
        }
        return out.joined(separator: "\n")
    }
}
