import CLibXML2

/// A libxml2 node pointer. Never stored beyond one `parse` call: the document is freed at its end.
typealias NodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    var tag: Tag { pointee.name.map(Tag.of) ?? .other }

    /// The element's name as a String (lower-case for HTML).
    var nameString: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The value of attribute `name` (lower-case), nil when absent.
    func attribute(_ name: StaticString) -> String? {
        var attr = pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, equals(attrName, name) { return Self.value(of: current) }
            attr = current.pointee.next
        }
        return nil
    }

    /// Whether attribute `name` is present.
    func hasAttribute(_ name: StaticString) -> Bool {
        var attr = pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name, equals(attrName, name) { return true }
            attr = current.pointee.next
        }
        return false
    }

    /// Every attribute, name → value (the first of repeated names).
    var attributes: [String: String] {
        var result: [String: String] = [:]
        var attr = pointee.properties
        while let current = attr {
            if let attrName = current.pointee.name {
                let key = String(cString: attrName)
                if result[key] == nil { result[key] = Self.value(of: current) }
            }
            attr = current.pointee.next
        }
        return result
    }

    /// Reads `id`, `class`, `role` and `itemtype` in one pass over the attributes.
    func identity() -> (id: String?, classAttribute: String?, role: String?, itemtype: String?) {
        var id: String?
        var classes: String?
        var role: String?
        var itemtype: String?
        var attr = pointee.properties
        while let current = attr {
            if let n = current.pointee.name {
                switch n[0] {
                case UInt8(ascii: "i") where equals(n, "id"): id = Self.value(of: current)
                case UInt8(ascii: "i") where equals(n, "itemtype"): itemtype = Self.value(of: current)
                case UInt8(ascii: "c") where equals(n, "class"): classes = Self.value(of: current)
                case UInt8(ascii: "r") where equals(n, "role"): role = Self.value(of: current)
                default: break
                }
            }
            attr = current.pointee.next
        }
        return (id, classes, role, itemtype)
    }

    private static func value(of attr: UnsafeMutablePointer<xmlAttr>) -> String {
        guard let child = attr.pointee.children else { return "" }
        if child.pointee.next == nil { return child.pointee.content.map { String(cString: $0) } ?? "" }
        var text = ""
        var node: NodePointer? = child
        while let current = node {
            if let content = current.pointee.content { text += String(cString: content) }
            node = current.pointee.next
        }
        return text
    }

    /// The element children, in order.
    var elementChildren: [NodePointer] {
        var result: [NodePointer] = []
        var child = pointee.children
        while let current = child {
            if current.isElement { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The visible text of the subtree, collapsed and capped (for excerpts: zones, `aria-labelledby`).
    func collapsedText(cap: Int) -> String {
        var buffer = TextBuffer(cap: cap)
        guard let first = pointee.children else { return "" }
        var node: NodePointer = first
        while true {
            var descend = false
            if node.isText, let content = node.pointee.content {
                buffer.append(content)
            } else if node.isElement {
                let tag = node.tag
                if tag == .br { buffer.appendNewline() } else if tag.isBlock { buffer.appendSpace() }
                descend = !tag.hidesText && node.pointee.children != nil
            }
            if buffer.truncated { break }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            var climb: NodePointer? = node
            var next: NodePointer?
            while let current = climb, current != self {
                if current.isElement, current.tag.isBlock { buffer.appendSpace() }
                if let sibling = current.pointee.next { next = sibling; break }
                climb = current.pointee.parent
            }
            guard let following = next else { break }
            node = following
        }
        return buffer.string
    }
}

/// Splits a class attribute into names (on ASCII white space, without looking at Characters).
func classNames(_ value: String) -> [String] {
    var names: [String] = []
    var copy = value
    copy.withUTF8 { buffer in
        var start = -1
        for index in 0...buffer.count {
            let isSpace = index == buffer.count || buffer[index] == 0x20 || buffer[index] == 0x09 || buffer[index] == 0x0A
                || buffer[index] == 0x0D || buffer[index] == 0x0C
            if isSpace {
                if start >= 0 { names.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)) }
                start = -1
            } else if start < 0 {
                start = index
            }
        }
    }
    return names
}
