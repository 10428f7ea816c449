/// A minimal SVG writer: elements with attributes in the order given, two-space indent,
/// one element per line. Every attribute value and text passes through `xmlEscaped`.
struct SVGDocument: Sendable {
    private var lines: [String] = []
    private var open: [String] = []

    /// Opens `name`; close it with `close()`.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        lines.append(indent + "<\(name)\(SVGDocument.render(attributes))>")
        open.append(name)
    }

    mutating func close() {
        let name = open.removeLast()
        lines.append(indent + "</\(name)>")
    }

    /// An empty element, `<name … />`.
    mutating func leaf(_ name: String, _ attributes: [(String, String)]) {
        lines.append(indent + "<\(name)\(SVGDocument.render(attributes))/>")
    }

    /// An element holding only text, such as `<text …>label</text>`.
    mutating func text(_ name: String, _ attributes: [(String, String)], _ content: String) {
        lines.append(indent + "<\(name)\(SVGDocument.render(attributes))>\(content.xmlEscaped)</\(name)>")
    }

    /// The document, ending in one newline; every element must be closed.
    var text: String {
        precondition(open.isEmpty, "unclosed elements: \(open)")
        return lines.joined(separator: "\n") + "\n"
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\($0.1.xmlEscaped)\"" }.joined()
    }
}
