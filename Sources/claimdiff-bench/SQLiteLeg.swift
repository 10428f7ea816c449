import Foundation

/// The simple rule in SQLite: import the exported claims, index them, count the pairs with a
/// self-join, then again with a range join on a second index. Each step runs the `sqlite3`
/// command-line tool and is timed on its own.
enum SQLiteLeg {
    struct Result {
        var load: Double
        /// The self-join: its index and its query.
        var joinIndex: Double, join: Double
        /// The range join: its index and its query.
        var rangeIndex: Double, range: Double
        var pairs: Int
        var rangePairs: Int
        /// Index and query: what the Swift group-then-compare (which groups too) is compared with.
        var rule: Double { joinIndex + join }
        var rangeRule: Double { rangeIndex + range }
    }

    static func run(csv: String, db: String) -> Result? {
        try? FileManager.default.removeItem(atPath: db)
        defer {
            try? FileManager.default.removeItem(atPath: db)
            try? FileManager.default.removeItem(atPath: csv)
        }
        let pragmas = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        guard let load = sqlite(db, "\(pragmas)\n\(SimpleRule.schema)\n.import --csv --skip 1 \(csv) claims\n"),
              let joinIndex = sqlite(db, "\(pragmas)\n\(SimpleRule.joinIndex)\n"),
              let join = sqlite(db, SimpleRule.join + "\n"),
              let rangeIndex = sqlite(db, "\(pragmas)\nDROP INDEX claims_prop;\n\(SimpleRule.rangeIndex)\n"),
              let range = sqlite(db, SimpleRule.range + "\n"),
              let pairs = Int(join.output.trimmingCharacters(in: .whitespacesAndNewlines)),
              let rangePairs = Int(range.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return Result(load: load.seconds, joinIndex: joinIndex.seconds, join: join.seconds, rangeIndex: rangeIndex.seconds,
                      range: range.seconds, pairs: pairs, rangePairs: rangePairs)
    }

    static func sqlite(_ db: String, _ script: String) -> (seconds: Double, output: String)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", db]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        let clock = ContinuousClock()
        let start = clock.now
        do { try p.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let elapsed = clock.now - start
        guard p.terminationStatus == 0 else { return nil }
        let c = elapsed.components
        return (Double(c.seconds) + Double(c.attoseconds) / 1e18, String(decoding: data, as: UTF8.self))
    }
}
