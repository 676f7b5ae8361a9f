import Foundation
import Yams

/// Loads the rule packs in force: the embedded copy of `rules/`, overlaid with the packs of `--rules DIR`.
public enum RuleLoader {
    /// The pack texts: `EmbeddedRules.packs`, then every `DIR/**/*.yml` (pack name = path under DIR without `.yml`),
    /// which adds a pack or replaces the embedded one. Returns the texts and, for packs read from DIR, their file.
    public static func sources(overrides directory: String?) throws -> (sources: [String: String], origins: [String: String]) {
        var sources = EmbeddedRules.packs
        var origins: [String: String] = [:]
        guard let directory else { return (sources, origins) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RulePackError(file: directory, line: nil, key: nil, reason: "no such folder (given with --rules)")
        }
        let realDirectory = LocalFile.realPath(directory) ?? directory
        for relative in try yamlFiles(under: directory) {
            let file = (directory as NSString).appendingPathComponent(relative)
            // A pack is a file of the folder itself, after symlinks: a link out of it is refused, not read.
            guard let real = LocalFile.realPath(file, inside: realDirectory) else {
                throw RulePackError(file: file, line: nil, key: nil, reason: "a link to a file outside the --rules folder (not read)")
            }
            guard LocalFile.isRegularFile(real), let size = try? FileManager.default.attributesOfItem(atPath: real)[.size] as? Int, size <= maxPackBytes else {
                throw RulePackError(file: file, line: nil, key: nil, reason: "not a regular file of at most \(maxPackBytes >> 20) MiB")
            }
            guard let data = FileManager.default.contents(atPath: real), let text = String(data: data, encoding: .utf8) else {
                throw RulePackError(file: file, line: nil, key: nil, reason: "cannot be read as UTF-8 text")
            }
            let name = String(relative.dropLast(".yml".count))
            sources[name] = text
            origins[name] = file
        }
        return (sources, origins)
    }

    /// Every pack decoded and checked, before any crawl: each text must be valid YAML, each type in `types` must
    /// decode, and each profile must decode (with `catalog`, its patterns must name checks).
    /// Throws a `RulePackError` naming the file, line and key.
    public static func load(overrides directory: String?, types: [any RulePack.Type], catalog: [CheckMeta]? = nil) throws -> RuleSet {
        let (sources, origins) = try sources(overrides: directory)
        for name in sources.keys.sorted() {
            let file = origins[name] ?? "rules/\(name).yml"
            do {
                _ = try Yams.compose(yaml: sources[name] ?? "")
            } catch let error as YamlError {
                throw RulePackError(yaml: error, file: file)
            }
        }
        let rules = try RuleSet(sources: sources, types: types, origins: origins)
        _ = try Profile.loadAll(from: rules, catalog: catalog)
        return rules
    }

    /// Paths of the `.yml` files under `directory`, relative to it, sorted.
    /// The largest pack file read from `--rules DIR`.
    static let maxPackBytes = 8 << 20

    private static func yamlFiles(under directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".yml") { files.append(path) }
        }
        return files.sorted()
    }
}
