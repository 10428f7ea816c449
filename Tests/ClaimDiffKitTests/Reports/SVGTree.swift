import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back as a tree, to check a chart's geometry as a reader would see
/// it: which marks a series has, where they are, what labels sit beside them.
final class SVGTree {
    let name: String
    let attributes: [String: String]
    var children: [SVGTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    static func parse(_ svg: String) throws -> SVGTree {
        let parser = XMLParser(data: Data(svg.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw SVGParse.Malformed(description: "line \(parser.lineNumber): not well-formed")
        }
        return root
    }

    subscript(_ key: String) -> String? { attributes[key] }
    func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? .nan }

    /// Every element below this one (not itself), in document order.
    var descendants: [SVGTree] { children.flatMap { [$0] + $0.descendants } }

    /// The elements below with `class="name"`.
    func classed(_ name: String) -> [SVGTree] { descendants.filter { $0["class"] == name } }

    /// The text of the `<title>` child, if any.
    var title: String? { children.first { $0.name == "title" }?.text }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGTree?
        var stack: [SVGTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = SVGTree(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }
}
