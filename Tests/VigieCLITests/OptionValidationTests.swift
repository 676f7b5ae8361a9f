import Foundation
import Testing
import TestServer

/// Every option of `vigie audit` is checked before the crawl, by the same validation as `.vigie.yml`'s: a bad value is
/// exit code 2 with a one-line message naming the option and its range; a good one gives an audit. Never a crash
/// (`--timeout inf` trapped converting to milliseconds) nor a hang (`--delay inf`).
@Suite(.serialized, .timeLimit(.minutes(5))) struct OptionValidationTests {
    static let site: TestHTTPServer? = try? TestHTTPServer { request in
        switch request.path {
        case "/": .html("<html lang=\"fr\"><head><title>Accueil</title></head><body><a href=\"/b\">b</a></body></html>")
        case "/b": .html("<html lang=\"fr\"><head><title>B</title></head><body>b</body></html>")
        default: .notFound
        }
    }

    @Test(arguments: [
        (["--timeout", "inf"], "--timeout"), (["--timeout", "nan"], "--timeout"), (["--timeout", "1e300"], "--timeout"),
        (["--timeout", "0"], "--timeout"), (["--delay", "inf"], "--delay"), (["--delay", "nan"], "--delay"),
        (["--delay", "-1"], "--delay"), (["--max-depth=-5"], "--max-depth"), (["--max-body-bytes=-5"], "--max-body-bytes"),
        (["--max-pages", "0"], "--max-pages"), (["--concurrency", "1000"], "--concurrency"), (["--time-limit", "inf"], "--time-limit"),
        (["--time-limit", "nan"], "--time-limit"), (["--checks", ""], "--checks"), (["--checks", " , "], "--checks"),
        (["--header", "X-A: b\r\nEvil: 1"], "--header"), (["--header", "X-A: b\nEvil: 1"], "--header"), (["--header", "no colon"], "--header"),
        (["--header", ": empty name"], "--header"), (["--auth", "user"], "--auth"), (["--user-agent", "a\r\nb: c"], "--user-agent"),
        (["--min-score", "nan"], "--min-score"), (["--min-score", "-1"], "--min-score"), (["--min-score", "101"], "--min-score"),
        (["--min-score", "inf"], "--min-score"),
    ])
    func aBadValueIsAUsageErrorNamingTheOption(arguments: [String], option: String) throws {
        let site = try #require(Self.site)
        let run = try vigie(["audit", site.baseURL + "/", "--quiet", "--output", "r.md"] + arguments, in: try temporaryFolder(), timeout: 30)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(option), "\(arguments): \(run.stderr)")
    }

    @Test func theSameValueIsRefusedInTheFileWithTheSameRange() throws {
        let folder = try temporaryFolder()
        try write("crawl:\n  timeout: .inf\n", to: ".vigie.yml", in: folder)
        let run = try vigie(["audit", "--quiet", "--output", "r.md", AuditCommandTests.demo], in: folder, timeout: 30)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".vigie.yml:2 (crawl.timeout)"), "\(run.stderr)")
        #expect(run.stderr.contains("expected a value from 0.1 to 3600 (seconds)"), "\(run.stderr)")
        let flag = try vigie(["audit", "--quiet", "--output", "r.md", "--timeout", "inf", AuditCommandTests.demo], in: try temporaryFolder(), timeout: 30)
        #expect(flag.stderr.contains("expected a value from 0.1 to 3600 (seconds)"), "\(flag.stderr)")
    }

    @Test func aRobotsCrawlDelayOfInfinityDoesNotHang() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/robots.txt": .text("User-agent: *\nCrawl-delay: inf\n")
            case "/": .html("<html><head><title>A</title></head><body>a</body></html>")
            default: .notFound
            }
        }
        defer { server.stop() }
        let run = try vigie(["audit", server.baseURL + "/", "--quiet", "--output", "r.md"], in: try temporaryFolder(), timeout: 30)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    }

    /// Random values over the numeric options, the bad ones included (inf, NaN, negatives, huge, empty): each run is
    /// either exit 2 with a one-line message naming an option, or an audit (exit 0 or 1) with its report. Seeded:
    /// a failure names its arguments and reproduces.
    @Test func randomValuesNeverCrashOrHang() throws {
        let site = try #require(Self.site)
        var random = SeededRandom(seed: 22)
        let numbers = ["inf", "-inf", "nan", "-5", "0", "1", "2", "0.05", "1e300", "-1e300", "9223372036854775807", "99999999999999999999", "3.5", "", "abc", "0x10"]
        let options = ["--max-pages", "--max-depth", "--time-limit", "--concurrency", "--delay", "--timeout", "--max-body-bytes", "--min-score"]
        for round in 0..<40 {
            var arguments: [String] = []
            for option in options where random.next() % 3 == 0 {
                var value = numbers[Int(random.next() % UInt64(numbers.count))]
                // A valid delay this long would only make the run slow (two pages), not test anything more.
                if option == "--delay", let seconds = Double(value), seconds > 0.2, seconds <= 60 { value = "0.05" }
                arguments.append(option + "=" + value)
            }
            let run = try vigie(["audit", site.baseURL + "/", "--quiet", "--output", "r.md"] + arguments, in: try temporaryFolder(), timeout: 60)
            if run.status == 2 {
                #expect(run.stderr.contains("--"), "round \(round) \(arguments): \(run.stderr)")
            } else {
                #expect(run.status == 0 || run.status == 1, "round \(round) \(arguments): exit \(run.status) \(run.stderr)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so that a failing round can be replayed.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
