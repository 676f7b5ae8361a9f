/// A function of a string, computed once per distinct string. Labels, class names, script sources and
/// footers repeat from page to page: a check that matches them on every page of a large site asks the
/// same question thousands of times. Lives for one check run (a local `var`), so it needs no lock.
/// Inlinable, so that each check module specialises it for its own `Value`.
package struct Memo<Value> {
    @usableFromInline var known: [String: Value] = [:]
    @usableFromInline let compute: (String) -> Value

    @inlinable package init(_ compute: @escaping (String) -> Value) { self.compute = compute }

    @inlinable package mutating func callAsFunction(_ text: String) -> Value {
        if let value = known[text] { return value }
        let value = compute(text)
        known[text] = value
        return value
    }
}
