import CLibXML2
import VigieCore

/// Forms, fields, labels, submit controls and buttons.
extension PageWalker {
    mutating func enterForm(_ node: NodePointer, id: String?, classes: [String], role: String?) {
        // A form inside a form is ignored, as browsers ignore it: its fields belong to the outer one.
        guard frames[frames.count - 1].form < 0, facts.forms.count < ParseLimits.elementsPerKind else { return }
        let frame = frames[frames.count - 1]
        let action = node.attribute("action").flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : resolve($0) } ?? facts.url
        let method = (node.attribute("method") ?? "get").trimmingASCIIWhitespace().lowercased()
        facts.forms.append(FormFact(
            action: action, method: method.isEmpty ? "get" : method, id: id, classes: classes, role: role, zone: frame.zone, order: order))
        let index = facts.forms.count - 1
        formPrevText.append(facts.textBlocks.last?.text ?? "")
        if pendingAfterForm >= 0 { pendingAfterForm = -1 }
        frames[frames.count - 1].form = Int32(index)
        pushCapture(.form(index), cap: ParseLimits.formText)
    }

    mutating func enterInput(_ node: NodePointer, id: String?, classes: [String]) {
        let type = (node.attribute("type") ?? "text").trimmingASCIIWhitespace().lowercased()
        let frame = frames[frames.count - 1]
        switch type {
        case "submit", "image":
            let label = type == "image" ? node.attribute("alt") ?? "" : node.attribute("value") ?? ""
            if type == "image" {
                let alt = node.attribute("alt")
                if facts.images.count < ParseLimits.elementsPerKind {
                    facts.images.append(ImageFact(
                        src: node.attribute("src").flatMap(resolve), alt: alt, width: node.attribute("width"),
                        height: node.attribute("height"), inPicture: false, linksHome: frame.homeLink, classes: classes, id: id,
                        zone: frame.zone, order: order))
                }
            }
            if frame.form >= 0 {
                facts.forms[Int(frame.form)].submits.append(SubmitControl(label: label, tag: "input"))
            } else if type == "submit" {
                appendButton(node, tag: "input", type: type, id: id, classes: classes, captureLabel: false, label: label)
            }
        case "button":
            if frame.form < 0 {
                appendButton(node, tag: "input", type: type, id: id, classes: classes, captureLabel: false, label: node.attribute("value") ?? "")
            }
        case "reset":
            break
        default:
            enterField(node, tag: .input, type: type, id: id)
        }
    }

    /// An `<input>`, `<select>` or `<textarea>` field; outside forms, and honeypots, fields are not kept.
    mutating func enterField(_ node: NodePointer, tag: Tag, type: String, id: String?) {
        let frame = frames[frames.count - 1]
        guard frame.form >= 0, !Self.isHoneypot(node) else { return }
        let form = Int(frame.form)
        let ariaLabel = node.attribute("aria-label").flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : $0.trimmingASCIIWhitespace() }
        let labelledBy = node.attribute("aria-labelledby").map { $0.split(separator: " ").map(String.init) } ?? []
        facts.forms[form].fields.append(FormField(
            tag: tag == .input ? "input" : node.nameString, type: type, name: node.attribute("name"), id: id,
            label: labelledBy.isEmpty ? ariaLabel : nil, placeholder: node.attribute("placeholder"),
            autocomplete: node.attribute("autocomplete"), required: node.hasAttribute("required")))
        if !labelledBy.isEmpty || ariaLabel == nil {
            pendingFields.append(PendingField(
                form: form, field: facts.forms[form].fields.count - 1, id: id, wrappingLabel: frame.label, labelledBy: labelledBy,
                ariaLabel: ariaLabel))
        }
    }

    /// A spam trap no visitor fills in: out of the tab order (`tabindex="-1"`) and hidden from assistive
    /// technology or from autofill (`aria-hidden="true"`, `autocomplete="off"`).
    static func isHoneypot(_ node: NodePointer) -> Bool {
        guard node.attribute("tabindex")?.trimmingASCIIWhitespace() == "-1" else { return false }
        return node.attribute("aria-hidden")?.trimmingASCIIWhitespace().lowercased() == "true"
            || node.attribute("autocomplete")?.trimmingASCIIWhitespace().lowercased() == "off"
    }

    mutating func enterButton(_ node: NodePointer, id: String?, classes: [String]) {
        let frame = frames[frames.count - 1]
        let type = node.attribute("type")?.trimmingASCIIWhitespace().lowercased()
        if frame.form >= 0 {
            guard type == nil || type == "submit" || (type != "button" && type != "reset") else { return }
            let form = Int(frame.form)
            let fallback = node.attribute("aria-label") ?? node.attribute("value") ?? node.attribute("title") ?? ""
            facts.forms[form].submits.append(SubmitControl(label: fallback, tag: "button"))
            pushCapture(.submit(form: form, index: facts.forms[form].submits.count - 1), cap: ParseLimits.label)
        } else {
            appendButton(node, tag: "button", type: type, id: id, classes: classes, captureLabel: true)
        }
    }

    /// A ButtonFact; its label is the element's text when `captureLabel`, else `label`, else aria-label / title.
    mutating func appendButton(_ node: NodePointer, tag: String, type: String?, id: String?, classes: [String], captureLabel: Bool, label: String = "") {
        guard facts.buttons.count < ParseLimits.elementsPerKind else { return }
        let frame = frames[frames.count - 1]
        var text = label
        if text.isEmpty { text = node.attribute("aria-label") ?? node.attribute("title") ?? "" }
        facts.buttons.append(ButtonFact(
            label: text, tag: tag, type: type, id: id, classes: classes, attributes: node.attributes, zone: frame.zone,
            order: order, path: path()))
        if captureLabel { pushCapture(.button(facts.buttons.count - 1), cap: ParseLimits.label) }
    }

    mutating func enterLabel(_ node: NodePointer) {
        labelTexts.append("")
        let index = labelTexts.count - 1
        frames[frames.count - 1].label = Int32(index)
        if let target = node.attribute("for"), !target.isEmpty { labelForPending.append((target, index)) }
        pushCapture(.label(index), cap: ParseLimits.label)
    }

    /// Gives fields the labels found once the walk is over (`<label for>` may follow the field).
    mutating func resolveFieldLabels(root: NodePointer) {
        for (target, index) in labelForPending where labelsFor[target] == nil {
            labelsFor[target] = labelTexts[index]
        }
        guard !pendingFields.isEmpty else { return }
        let wanted = Set(pendingFields.flatMap(\.labelledBy))
        let byId = wanted.isEmpty ? [:] : Self.texts(ofIds: wanted, root: root)
        for pending in pendingFields {
            var label: String?
            if !pending.labelledBy.isEmpty {
                let joined = pending.labelledBy.compactMap { byId[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
                if !joined.isEmpty { label = joined }
            }
            if label == nil { label = pending.ariaLabel }
            if label == nil, let id = pending.id, let text = labelsFor[id], !text.isEmpty { label = text }
            if label == nil, pending.wrappingLabel >= 0 {
                let text = labelTexts[Int(pending.wrappingLabel)]
                if !text.isEmpty { label = text }
            }
            facts.forms[pending.form].fields[pending.field].label = label
        }
    }

    /// The collapsed text of the elements with those ids (one extra walk, only when `aria-labelledby` is used).
    private static func texts(ofIds ids: Set<String>, root: NodePointer) -> [String: String] {
        var found: [String: String] = [:]
        var node: NodePointer? = root
        while let current = node {
            if current.isElement, let id = current.attribute("id"), ids.contains(id), found[id] == nil {
                found[id] = current.collapsedText(cap: ParseLimits.label)
                if found.count == ids.count { break }
            }
            if current.isElement, let child = current.pointee.children {
                node = child
                continue
            }
            var climb: NodePointer? = current
            node = nil
            while let c = climb {
                if let sibling = c.pointee.next { node = sibling; break }
                guard let parent = c.pointee.parent, parent.isElement else { break }
                climb = parent
            }
        }
        return found
    }
}
