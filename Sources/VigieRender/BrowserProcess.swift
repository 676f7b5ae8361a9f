import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One headless Chromium started with `--remote-debugging-pipe`: the DevTools protocol on its file descriptors 3
/// (what it reads) and 4 (what it writes), in a fresh temporary profile, in a process group of its own so that
/// it and every helper process it forks end together. `close()` (or the audit's Ctrl-C, `BrowserProcess.killAll`)
/// kills the group and removes the profile: the browser never outlives the audit.
final class BrowserProcess: Sendable {
    let pid: pid_t
    /// The DevTools connection over the pipe.
    let pipe: DevToolsPipe
    let profile: URL
    private let ended = Mutex(false)

    /// The process groups of the browsers alive, for `killAll`.
    private static let alive = Mutex<Set<pid_t>>([])

    /// Starts `chromium` with the base flags (`hostRules` for `--host-resolver-rules`, nil for none) and `extra`.
    init(_ chromium: Chromium, hostRules: String?, extra: [String]) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-render-\(UUID().uuidString)")
        self.profile = profile
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        do {
            let toBrowser = try Self.pipePair(), fromBrowser = try Self.pipePair()
            let arguments = [chromium.executable] + Chromium.baseArguments(profile: profile.path, hostRules: hostRules)
                + ["--remote-debugging-pipe", "--hide-scrollbars"] + extra + ["about:blank"]
            let pid: pid_t
            do {
                pid = try Self.spawn(arguments, reads: toBrowser.read, writes: fromBrowser.write,
                                     stderr: profile.appendingPathComponent("stderr.txt").path)
            } catch {
                for fd in [toBrowser.read, toBrowser.write, fromBrowser.read, fromBrowser.write] { Glibc.close(fd) }
                throw error
            }
            Glibc.close(toBrowser.read)
            Glibc.close(fromBrowser.write)
            Self.alive.withLock { _ = $0.insert(pid) }
            self.pid = pid
            pipe = DevToolsPipe(writing: toBrowser.write, reading: fromBrowser.read)
        } catch {
            try? FileManager.default.removeItem(at: profile)
            throw error
        }
    }

    deinit { close() }

    /// Asks the browser to quit, waits a little, then kills its process group and removes the profile. Idempotent.
    func close() {
        let already = ended.withLock { done in defer { done = true }; return done }
        guard !already else { return }
        if pipe.isOpen { _ = try? pipe.send("Browser.close", timeout: 2) }
        let deadline = Date().addingTimeInterval(3)
        var status: Int32 = 0
        var reaped = false
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { reaped = true; break }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        if !reaped { waitpid(pid, &status, 0) }
        Self.alive.withLock { _ = $0.remove(pid) }
        pipe.shutDown()
        try? FileManager.default.removeItem(at: profile)
    }

    /// Kills every browser still running (the audit was interrupted): safe from a signal handler's queue.
    public static func killAll() {
        for group in alive.withLock({ $0 }) { kill(-group, SIGKILL) }
    }

    /// The last lines the browser wrote on stderr (for an error message).
    var stderrTail: String {
        let text = (try? String(contentsOf: profile.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(3).joined(separator: " / ")
    }

    /// A pipe whose two ends are above the standard descriptors and 3, 4 (so that the child's dup2 cannot clash)
    /// and close on exec (so that no other child inherits them).
    private static func pipePair() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw Chromium.Failure(description: "pipe: \(String(cString: strerror(errno)))") }
        var moved: [Int32] = []
        for fd in fds {
            let high = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            Glibc.close(fd)
            moved.append(high)
        }
        guard moved.allSatisfy({ $0 >= 10 }) else {
            for fd in moved where fd >= 0 { Glibc.close(fd) }
            throw Chromium.Failure(description: "fcntl: \(String(cString: strerror(errno)))")
        }
        return (moved[0], moved[1])
    }

    /// posix_spawn of `arguments` with `reads` as its fd 3, `writes` as its fd 4, stdin and stdout on /dev/null,
    /// stderr to a file, in a new process group, SIGINT and SIGTERM back to their default action (the audit ignores
    /// them and handles them itself; ignored signals survive exec).
    private static func spawn(_ arguments: [String], reads: Int32, writes: Int32, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, reads, 3)
        posix_spawn_file_actions_adddup2(&actions, writes, 4)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGPIPE)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw Chromium.Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return pid
    }
}
