import Foundation

/// Where a set of reports came from: the annotations folder as the command line named it,
/// shown relative to the current directory (never as an absolute path, so the same
/// annotations give the same reports from wherever they are named).
///
/// `--annotations /home/me/x/ann` run in `/home/me/y` is shown `../x/ann/`; the default is
/// `Annotations/`; the current directory itself is `./`. The files under the folder (the
/// reviews) are shown below that name.
public struct ReportProvenance: Sendable, Equatable {
    /// The annotations folder, relative to the current directory, ending in `/`.
    public var folder: String
    /// The folder as the loader was given it, whose files' paths begin with it.
    var given: String?

    /// The bundled default: `Annotations/`, with files shown as the loader named them.
    public init(folder: String = "Annotations/", given: String? = nil) {
        self.folder = folder.hasSuffix("/") ? folder : folder + "/"
        self.given = given
    }

    /// The folder `given` on the command line, shown relative to `currentDirectory`.
    public init(annotations given: String, currentDirectory: String) {
        self.init(folder: Self.relative(given, from: currentDirectory), given: given)
    }

    /// A file the loader read under the folder, shown under the folder's name.
    public func show(_ file: String) -> String {
        guard let given else { return file }
        let base = given.hasSuffix("/") ? given : given + "/"
        return file.hasPrefix(base) ? folder + file.dropFirst(base.count) : file
    }

    /// The file `claimdiff review` records dispositions in.
    public var reviewsFile: String { folder + "reviews.claims" }

    /// `path` relative to `cwd`, ending in `/`. A relative path is only tidied (`./a//b/` is
    /// `a/b/`); an absolute one is resolved (links too, as the current directory is) and made
    /// relative to the current directory.
    static func relative(_ path: String, from cwd: String) -> String {
        guard path.hasPrefix("/") else {
            let parts = normalized(path)
            return parts.isEmpty ? "./" : parts.joined(separator: "/") + "/"
        }
        let target = normalized(resolved(path)), base = normalized(resolved(cwd))
        var common = 0
        while common < target.count && common < base.count && target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "./" : parts.joined(separator: "/") + "/"
    }

    /// The components of a path without `.`, empty ones and a `..` that follows a name.
    static func normalized(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/").map(String.init) where part != "." {
            if part == "..", let last = out.last, last != ".." { out.removeLast() } else { out.append(part) }
        }
        return out
    }

    /// An absolute path with its links resolved, when it exists.
    static func resolved(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }
}
