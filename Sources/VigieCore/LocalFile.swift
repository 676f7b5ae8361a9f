import Foundation

/// Paths on disk checked the way the kernel will open them: after every symlink, or not at all.
public enum LocalFile {
    /// The canonical path of an existing `path` (realpath(3)): every symlink followed, `.` and `..` gone; nil when it
    /// cannot be resolved (missing, a symlink loop, too many links) — never the path half-resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path`'s canonical path when it lies inside the folder whose canonical path is `root` (or is `root`).
    public static func realPath(_ path: String, inside root: String) -> String? {
        guard let real = realPath(path), real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return nil }
        return real
    }

    /// Whether `path` is a regular file (not a folder, FIFO, socket or device), after symlinks.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
