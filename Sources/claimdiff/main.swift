import ClaimDiffKit
import Foundation

FatalSignals.install()
exit(ClaimDiffTool.main(Array(CommandLine.arguments.dropFirst())))
