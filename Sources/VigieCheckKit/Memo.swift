import VigieCore

/// A function of a string, computed once per distinct string. Labels, class names, script sources and
/// footers repeat from page to page: a check that matches them on every page of a large site asks the
/// same question thousands of times. Lives for one check run (a local `var`), so it needs no lock.
/// Keyed by the text's bytes (`ByteKey`): no Unicode normalisation on each lookup. Public and inlinable,
/// so that each check module specialises it for its own `Value` — as a `package` declaration it was
/// not specialised across modules (23 calls to the generic code; the audit ran 3 % more instructions).
public struct Memo<Value> {
    @usableFromInline var known: [ByteKey: Value] = [:]
    @usableFromInline let compute: (String) -> Value

    @inlinable public init(_ compute: @escaping (String) -> Value) { self.compute = compute }

    @inlinable public mutating func callAsFunction(_ text: String) -> Value {
        let key = ByteKey(text)
        if let value = known[key] { return value }
        let value = compute(text)
        known[key] = value
        return value
    }
}
