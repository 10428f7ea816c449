import Foundation
import Testing
@testable import ClaimDiffKit

/// The same annotations give byte-identical output whatever the file names, the order the
/// files were written in, the folders they sit in, the working directory, the time zone
/// and the locale.
///
/// The time zone always changes (Pacific/Kiritimati is UTC+14). Foundation takes its locale
/// from the C library, so `de_DE`/`tr_TR` bite only where those locales are installed
/// (`locale -a`); elsewhere both runs see the same default locale.
@Suite(.enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable beside the test bundle; run 'swift build' first"))
struct DeterminismTests {
    /// Writes the bundled annotations under `root`: as they are, files created in path order;
    /// or disturbed: papers renamed so their order reverses, one in a sub-folder, the
    /// vocabulary moved, and every file created in the reverse order.
    static func layOut(at root: String, disturbed: Bool) throws {
        let base = PackagePaths.annotations
        var files = PackagePaths.annotationFiles().map { String($0.dropFirst(base.count + 1)) }
        var target = Dictionary(uniqueKeysWithValues: files.map { ($0, $0) })
        if disturbed {
            let papers = files.filter { $0.hasPrefix("papers/") }.sorted()
            for (i, p) in papers.enumerated() {
                let name = "\(papers.count - i)-\((p as NSString).lastPathComponent)"
                target[p] = i == 0 ? "papers/later/\(name)" : "papers/\(name)"
            }
            target["vocabulary.claims"] = "zz-shared/words.claims"
            files.reverse()
        }
        for f in files {
            let to = root + "/" + target[f]!
            try FileManager.default.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: base + "/" + f, toPath: to)
        }
    }

    /// Every file under `dir`, by relative path.
    static func tree(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: dir)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
            }
        }
        return out
    }

    @Test("shuffled files, another locale and time zone: byte-identical reports, flags and exports")
    func disturbedRunsAgree() throws {
        try withTemporaryDirectory { dir in
            // Reports name the annotations folder relative to the current directory, so each run
            // works beside its folder: `../ann/` both, named by an absolute path in one run and a
            // relative one in the other, at another depth.
            try Self.layOut(at: dir.path + "/plain/ann", disturbed: false)
            try Self.layOut(at: dir.path + "/shuffled/deeper/ann", disturbed: true)
            for sub in ["plain/run", "shuffled/deeper/run"] {
                try FileManager.default.createDirectory(atPath: dir.path + "/" + sub, withIntermediateDirectories: true)
            }
            let plainEnv = ["TZ": "UTC", "LC_ALL": "C", "LANG": "C"]
            let otherEnv = ["TZ": "Pacific/Kiritimati", "LC_ALL": "de_DE.UTF-8", "LANG": "tr_TR.UTF-8"]
            // Absolute paths in one run, relative ones from a different directory in the other.
            let runs: [(cwd: String, annotations: String, env: [String: String])] = [
                (dir.path + "/plain/run", dir.path + "/plain/ann", plainEnv),
                (dir.path + "/shuffled/deeper/run", "../ann", otherEnv),
            ]
            var outputs: [[String: Data]] = []
            for (i, run) in runs.enumerated() {
                let reports = i == 0 ? dir.path + "/reports-plain" : "../../../reports-shuffled"
                let analyze = try ChildProcess.claimdiff(["analyze", "--annotations", run.annotations, "--out", reports],
                                                         in: run.cwd, environment: run.env)
                #expect(analyze.status == 0, "\(analyze.stderr)")
                var out = Self.tree(i == 0 ? dir.path + "/reports-plain" : dir.path + "/reports-shuffled")
                for args in [["flags", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "json", "--what", "flags"],
                             ["brief", "--as-of", "2023"], ["diff", "--from", "2021", "--to", "2024"], ["review"]] {
                    let r = try ChildProcess.claimdiff(args + ["--annotations", run.annotations], in: run.cwd, environment: run.env)
                    #expect(r.status == 0, "\(args): \(r.stderr)")
                    out["stdout of " + args.joined(separator: " ")] = Data(r.stdout.utf8)
                }
                outputs.append(out)
            }
            let (a, b) = (outputs[0], outputs[1])
            #expect(a.keys.sorted() == b.keys.sorted())
            #expect(a.count > 20)
            for key in a.keys.sorted() where a[key] != b[key] {
                let x = String(decoding: a[key] ?? Data(), as: UTF8.self), y = String(decoding: b[key] ?? Data(), as: UTF8.self)
                Issue.record("\(key) differs. First difference:\n\(ReportsCurrentTests.firstDifference(x, y))")
            }
        }
    }
}
