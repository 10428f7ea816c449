import Foundation

/// What a command that reads annotation files reads, from its operands and `--annotations`.
///
/// A folder operand is read whole. A file operand (the paper an analyst is editing) is read
/// with the corpus it belongs to: the folder `--annotations` names, or else the nearest folder
/// above the file that holds `vocabulary.claims`. Its vocabulary and reviews then resolve the
/// file's propositions and claims, while only the named files are reported on (`focus`).
struct AnnotationScope: Equatable {
    /// The name of the file that marks a corpus folder.
    static let vocabularyFile = "vocabulary.claims"

    /// The paths to load: the named files first, so they keep the names the user gave.
    var paths: [String]
    /// The identities (`AnnotationLoader.identity`) of the named files; nil when every file read is reported on.
    var focus: Set<String>?

    init(operands: [String], annotations: String?) {
        let named = operands.isEmpty ? [annotations ?? "Annotations"] : operands
        let files = named.filter { p in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && !isDir.boolValue
        }
        guard !files.isEmpty, files.count == named.count else {
            (paths, focus) = (named, nil)
            return
        }
        var corpora: [String] = []
        for f in files {
            guard let c = annotations ?? Self.corpusFolder(of: f), !corpora.contains(c) else { continue }
            corpora.append(c)
        }
        paths = files + corpora
        focus = corpora.isEmpty ? nil : Set(files.map(AnnotationLoader.identity))
    }

    /// The nearest folder above `file` (links resolved) that holds `vocabulary.claims`.
    static func corpusFolder(of file: String) -> String? {
        guard let real = VerifyQuotesCommand.realPath(file) else { return nil }
        var dir = (real as NSString).deletingLastPathComponent
        while !dir.isEmpty {
            if FileManager.default.fileExists(atPath: AnnotationLoader.join(dir, vocabularyFile)) { return dir }
            if dir == "/" { return nil }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// True when a file is one the command reports on.
    func reports(_ file: String) -> Bool { focus.map { $0.contains(AnnotationLoader.identity(file)) } ?? true }

    /// The diagnostics to show: all of them, or those in the named files and in the corpus's
    /// own vocabulary and reviews, and any whose note points into a named file (a duplicate id);
    /// what other papers hold is theirs to fix.
    func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard focus != nil else { return diagnostics }
        return diagnostics.filter { d in
            let name = (d.location.file as NSString).lastPathComponent
            // A duplicate is reported at the later place with a note at the first: either may be the named file.
            return reports(d.location.file) || d.notes.contains { reports($0.location.file) }
                || name == Self.vocabularyFile || name == "reviews.claims"
        }
    }
}
