import ArgumentParser
import Foundation
import Shiryo
import ShiryoCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: Catalogue.Help.reviewAbstract.text(),
        discussion: Catalogue.Help.reviewDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.reviewInputs.text()))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(Catalogue.Help.outputFolder.text()))
    var output: String = "Output"

    @Option(help: ArgumentHelp(Catalogue.Help.reviewScale.text()))
    var scale: Double = Review.defaultScale

    @Option(help: ArgumentHelp(Catalogue.Help.reviewPages.text()))
    var pages: String?

    @Flag(help: ArgumentHelp(Catalogue.Help.reviewForce.text()))
    var force = false

    @Option(help: ArgumentHelp(Catalogue.Help.password.text()))
    var password: String?

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError(Catalogue.Usage.outputEmpty.text()) }
        guard scale > 0, scale <= 6 else { throw ValidationError(Catalogue.Help.reviewScaleRange.text()) }
        if let pages, PageSelection(pages) == nil { throw ValidationError(Catalogue.Help.badPages(pages).text()) }
    }

    func run() throws {
        let discovery: InputDiscovery.Discovery
        do {
            discovery = try InputDiscovery.discover(inputs)
        } catch {
            throw ValidationError(error.localizedDescription)
        }
        let (found, refused) = (discovery.inputs, discovery.refused)
        for skipped in discovery.skipped {
            StandardError.write(
                (skipped.losesFiles ? Catalogue.Terminal.errorLabel : Catalogue.Usage.noteLabel).text() + ": " + skipped.description + "\n")
        }
        let style = TerminalStyle.commandLine()
        let options = ReviewOptions(ingest: IngestOptions(password: password), scale: scale, pages: pages.flatMap(PageSelection.init))
        var failed = refused.count
        for refusal in refused { say(style.errorLine(refusal)) }
        for input in found {
            let target = URL(fileURLWithPath: output).appendingPathComponent(input.outputStem + ".review.html")
            do {
                let outcome = try Review.write(input.url, to: target, force: force, options: options) { page, pages in
                    guard style.live else { return }
                    let line = Catalogue.Review.drawing(input.displayPath, page: page, of: pages).text()
                    StandardError.write(TerminalStyle.clearLine + DisplayWidth.truncate(line, to: style.width - 1))
                }
                if style.live { StandardError.write(TerminalStyle.clearLine) }
                if let failure = outcome.failure {
                    // The page is still written: it shows the document under a verdict saying why nothing was read.
                    failed += 1
                    say(style.errorLine(failure) + " → " + target.relativePath)
                } else {
                    say(Catalogue.Review.written(input.displayPath, verdict: outcome.verdict, output: target.relativePath).text())
                }
            } catch {
                if style.live { StandardError.write(TerminalStyle.clearLine) }
                failed += 1
                say(style.errorLine(error))
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    private func say(_ line: String) {
        StandardError.write(line + "\n")
    }
}
