import Synchronization

/// Analyses several checks share (the trackers of every page, the cookie banner…), computed once per
/// audit instead of once per check. Checks stay pure: what is cached is a function of the snapshot.
/// Checks run concurrently: the first check to ask for a value computes it while the others asking for
/// the same key wait for it (one computation per key, not one per thread).
public final class AnalysisCache: Sendable {
    /// One key's value, with the lock its first computation holds.
    private final class Slot: Sendable {
        /// Empty until computed (not an optional: a cached value may itself be nil).
        let value = Mutex<[any Sendable]>([])
    }

    private let slots = Mutex<[String: Slot]>([:])

    public init() {}

    /// The value stored under `key`, made by `make` the first time. `make` may ask for other keys, not
    /// for its own.
    public func value<T: Sendable>(_ key: String, _ make: () -> T) -> T {
        let slot = slots.withLock { slots in
            if let existing = slots[key] { return existing }
            let created = Slot()
            slots[key] = created
            return created
        }
        return slot.value.withLock { stored in
            if !stored.isEmpty, let cached = stored[0] as? T { return cached }
            let made = make()
            stored = [made]
            return made
        }
    }
}
