import ArgumentParser
import Foundation
import VigieChecks
import VigieCore

/// `--rules DIR` and `--config PATH`, shared by the commands that load the rule packs and `.vigie.yml`.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dossier de packs YAML qui ajoutent ou remplacent ceux de rules/.", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Fichier de configuration (par défaut ./.vigie.yml s'il existe).", valueName: "path"))
    var config: String?

    /// The metadata of every registered check.
    static var catalog: [CheckMeta] { CheckRegistry.all.map(\.meta) }

    /// The rule packs (embedded, then `--rules`), every pack and profile checked.
    func loadRules() throws -> RuleSet {
        try RuleLoader.load(overrides: rules, types: CheckRegistry.packTypes, catalog: Self.catalog)
    }

    /// `.vigie.yml` (or `--config`), checked against the checks and the profiles of `rules`; empty when there is none.
    func loadConfiguration(rules: RuleSet) throws -> Configuration {
        guard let path = try Configuration.find(explicit: config) else { return Configuration() }
        let shown = config ?? Configuration.fileName
        return try Configuration.load(path: path, file: shown, catalog: Self.catalog, profiles: Profile.names(in: rules))
    }

    /// The profile `name` (from `--profile`): an unknown name is a usage error naming the closest one.
    func profile(_ name: String, rules: RuleSet) throws -> Profile {
        let names = Profile.names(in: rules)
        guard names.contains(name) else {
            var message = "unknown profile '\(name)' (profiles: \(names.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: name, among: names) { message += " — did you mean '\(guess)'?" }
            throw UsageError(description: message)
        }
        return try Profile.load(name, from: rules, catalog: Self.catalog)
    }
}

/// What an audit needs before it crawls, loaded and checked: the packs, the configuration (file, then command line)
/// and the profile.
struct EngineSetup {
    var rules: RuleSet
    var configuration: Configuration
    var profile: Profile
}

extension EngineOptions {
    /// Loads the packs and `.vigie.yml`, lays `commandLine` over the file and resolves the profile (`default` when
    /// none is named). Throws RulePackError, ConfigurationError or UsageError: wrap the call in `reportingUsageErrors`.
    func setup(commandLine: Configuration = Configuration()) throws -> EngineSetup {
        let rules = try loadRules()
        let configuration = try loadConfiguration(rules: rules).merged(with: commandLine)
        let profile = try self.profile(configuration.profile ?? "default", rules: rules)
        return EngineSetup(rules: rules, configuration: configuration, profile: profile)
    }
}

/// A mistake in what the user asked for (an unknown check id…), printed as one line.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `body`; an engine error (rule pack, configuration, usage) is printed on one line to stderr and ends the
/// process with exit code 2 (`ExitStatus.usage`), before any crawl.
func reportingUsageErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as RulePackError {
        throw usageExit(error.description)
    } catch let error as ConfigurationError {
        throw usageExit(error.description)
    } catch let error as UsageError {
        throw usageExit(error.description)
    }
}

private func usageExit(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("vigie: \(message)\n".utf8))
    return ExitCode(ExitStatus.usage.rawValue)
}

extension ReportLanguage: ExpressibleByArgument {}
extension CheckModule: ExpressibleByArgument {}
