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
        #expect(normal == nil || normal!.hasPrefix("https://"))
    }

    @Test(arguments: inputs("url"))
    func url(_ input: String) {
        if let normal = URLNormalizer.normalize(input) {
            #expect(normal.hasPrefix("http://") || normal.hasPrefix("https://"))
        }
    }
}
