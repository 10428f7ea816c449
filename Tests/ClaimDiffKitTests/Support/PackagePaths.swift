import Foundation

/// Paths in the checkout, found from this file's location so tests run from any directory.
enum PackagePaths {
    /// The package root: three levels above `Tests/ClaimDiffKitTests/Support/`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var annotations: String { root + "/Annotations" }

    /// `../shared/seeds` beside the checkout: the source texts the quotes come from.
    static var seeds: String {
        URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }

    /// Every `.claims` file under `Annotations/`, sorted by path.
    static func annotationFiles() -> [String] {
        let fm = FileManager.default
        let walker = fm.enumerator(atPath: annotations)
        var out: [String] = []
        while let rel = walker?.nextObject() as? String {
            if rel.hasSuffix(".claims") { out.append(annotations + "/" + rel) }
        }
        return out.sorted()
    }
}
