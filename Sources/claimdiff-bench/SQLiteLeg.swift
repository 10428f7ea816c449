import Foundation

/// The simple rule in SQLite: import the exported claims, index them, count the pairs with a
/// self-join. Each step runs the `sqlite3` command-line tool and is timed on its own.
enum SQLiteLeg {
    struct Result {
        var load: Double
        var index: Double
        var query: Double
        var pairs: Int
        /// Index and query: what the Swift group-then-compare is compared with.
        var rule: Double { index + query }
    }

    static func run(csv: String, db: String) -> Result? {
        try? FileManager.default.removeItem(atPath: db)
        defer {
            try? FileManager.default.removeItem(atPath: db)
            try? FileManager.default.removeItem(atPath: csv)
        }
        let pragmas = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        guard let load = sqlite(db, "\(pragmas)\n\(SimpleRule.schema)\n.import --csv --skip 1 \(csv) claims\n"),
              let index = sqlite(db, "\(pragmas)\n\(SimpleRule.index)\n"),
              let query = sqlite(db, SimpleRule.query + "\n"),
              let pairs = Int(query.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return Result(load: load.seconds, index: index.seconds, query: query.seconds, pairs: pairs)
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
