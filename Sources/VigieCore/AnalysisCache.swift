import Synchronization

/// Analyses several checks share (the trackers of every page, the cookie banner…), computed once per
/// audit instead of once per check. Checks stay pure: what is cached is a function of the snapshot.
/// Checks run concurrently: two may compute the same value at once; the first stored wins.
public final class AnalysisCache: Sendable {
    private let values = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The value stored under `key`, made by `make` the first time.
    public func value<T: Sendable>(_ key: String, _ make: () -> T) -> T {
        if let cached = values.withLock({ $0[key] }) as? T { return cached }
        let made = make()
        return values.withLock { values in
            if let existing = values[key] as? T { return existing }
            values[key] = made
            return made
        }
    }
}
