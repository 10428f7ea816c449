import Foundation
import Testing
@testable import ClaimDiffKit

/// `AtomicFile`: paths split without Foundation's traps, failures leave the old file, no temporary file is left.
@Suite struct AtomicFileTests {
    /// `x` is the case `NSString.deletingLastPathComponent` traps on; `brief --out x` crashed
    /// (the process test is in `ProcessHardeningTests`).
    @Test("a path splits into directory and name", arguments: [
        (path: "x", directory: "", name: "x"),
        (path: "x/", directory: "x", name: ""),
        (path: "a/b/c.md", directory: "a/b", name: "c.md"),
        (path: "/c.md", directory: "/", name: "c.md"),
        (path: "./c", directory: ".", name: "c"),
    ])
    func split(_ row: (path: String, directory: String, name: String)) {
        #expect(AtomicFile.split(row.path) == (row.directory, row.name))
    }

    @Test("writing through a symbolic link replaces the file it names and keeps the link")
    func followsLinks() throws {
        try withTemporaryDirectory { dir in
            try dir.write("old\n", to: "shared/reviews.claims")
            try FileManager.default.createDirectory(atPath: dir.path + "/a", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/a/reviews.claims", withDestinationPath: "../shared/reviews.claims")
            try AtomicFile.write("new\n", to: dir.path + "/a/reviews.claims")
            #expect(try dir.read("shared/reviews.claims") == "new\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/a/reviews.claims") == "../shared/reviews.claims")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/a") == ["reviews.claims"])
        }
    }

    @Test("the new file keeps the old one's permissions")
    func keepsMode() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("old\n", to: "private.claims")
            #expect(chmod(path, 0o600) == 0)
            try AtomicFile.write("new\n", to: path)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test("a write that cannot land leaves the old file whole, exits with a reason and leaves no temporary file")
    func failureLeavesOldFile() throws {
        try withTemporaryDirectory { dir in
            try dir.write("old\n", to: "out/keep.md")
            // The target is a directory: rename fails after the text was written aside.
            try FileManager.default.createDirectory(atPath: dir.path + "/out/target.md", withIntermediateDirectories: true)
            #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("new\n", to: dir.path + "/out/target.md") }
            // The parent is a file: the directory cannot be created.
            #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("new\n", to: dir.path + "/out/keep.md/x.md") }
            #expect(try dir.read("out/keep.md") == "old\n")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/out").sorted()
            #expect(left == ["keep.md", "target.md"])
        }
    }
}
