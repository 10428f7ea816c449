/// `timeline.md` and its SVG charts (placeholder until the chart writer lands).
public enum TimelineReport {
    public static let isAvailable = false
    public static func render(_ r: ReportContext) -> [(path: String, contents: String)] { [] }
}
