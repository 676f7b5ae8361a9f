import Foundation
import Testing
import VigieFetch

/// Inputs found by the libFuzzer targets FuzzURL / FuzzURLBase (Tests/Fixtures/fuzz-regressions/url*),
/// fed through the same function. Memory errors and leaks show under `make sanitize`.
@Suite struct URLFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static func inputs(_ target: String) -> [String] {
        let dir = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().compactMap { name in
            (try? Data(contentsOf: dir.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func regressionInputsExist() {
        #expect(!Self.inputs("url").isEmpty)
    }

    /// `https://ww\xFDe.frht/`: libidn2 refuses the host, libcurl 7.88 fails CURLU_PUNYCODE but still
    /// allocates the part, which leaked. The host is then read without punycode.
    @Test func refusedIDNHostIsKeptAsWritten() {
        let normal = URLNormalizer.normalize("https://ww\u{FFFD}e.frht/")
        #expect(normal == nil || Self.isHTTP(normal!))
    }

    /// http(s) by bytes: `http://\u{365}1…` (a raw IDN host starting with a combining mark) does not
    /// have the Character prefix `http://`, which made the fuzz target's own assertion fire.
    static func isHTTP(_ url: String) -> Bool {
        url.utf8.starts(with: "http://".utf8) || url.utf8.starts(with: "https://".utf8)
    }

    @Test(arguments: inputs("url"))
    func url(_ input: String) {
        if let normal = URLNormalizer.normalize(input) { #expect(Self.isHTTP(normal)) }
    }

    @Test(arguments: inputs("url-base"))
    func urlWithBase(_ input: String) {
        if let normal = URLNormalizer.normalize(input, base: "https://www.exemple.fr/dossier/page.html?q=1") {
            #expect(Self.isHTTP(normal))
        }
    }
}
