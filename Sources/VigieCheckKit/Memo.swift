/// A function of a string, computed once per distinct string. Labels, class names, script sources and
/// footers repeat from page to page: a check that matches them on every page of a large site asks the
/// same question thousands of times. Lives for one check run (a local `var`), so it needs no lock.
package struct Memo<Value> {
    private var known: [String: Value] = [:]
    private let compute: (String) -> Value

    package init(_ compute: @escaping (String) -> Value) { self.compute = compute }

    package mutating func callAsFunction(_ text: String) -> Value {
        if let value = known[text] { return value }
        let value = compute(text)
        known[text] = value
        return value
    }
}
