import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back with Foundation's `XMLParser`: element names in document order,
/// their attributes, and the text of each element by name. Throws if it is not well-formed.
struct SVGParse {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var texts: [String: [String]] = [:]
    var root: String? { elements.first }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(_ svg: String) throws {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw Malformed(description: "line \(parser.lineNumber): \(parser.parserError.map(String.init(describing:)) ?? "unknown error")")
        }
        elements = collector.elements
        attributes = collector.attributes
        texts = collector.texts
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var texts: [String: [String]] = [:]
        private var stack: [(name: String, text: String)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(name)
            attributes.append(attributeDict)
            stack.append((name, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let element = stack.removeLast()
            let text = element.text.trimmingCharacters(in: .newlines)
            if !text.isEmpty { texts[element.name, default: []].append(text) }
        }
    }
}
