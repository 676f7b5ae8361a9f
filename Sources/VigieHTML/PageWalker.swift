import CLibXML2
import VigieCore

/// One walk of a parsed document, in document order, filling every field of PageFacts.
///
/// The walk is iterative (an explicit stack of frames, no recursion), so nesting depth cannot
/// overflow the stack. Text is gathered as UTF-8 bytes straight from libxml2's nodes into reusable
/// buffers and made into Strings once per block, label or heading.
///
/// Zone rule: an element inside the page's header or footer belongs to that zone (a `<nav>` in the
/// header is `header`; its path says `nav`); elsewhere it belongs to the innermost of nav, main and
/// aside; `body` when none. ZoneFact lists every zone's element, nav included.
struct PageWalker {
    /// State of one open element.
    struct Frame {
        var node: NodePointer?
        var tag: Tag = .other
        var zone: Zone = .body
        var contextCount = 0
        var capturesPushed: UInt8 = 0
        var opensBlock = false
        /// Text here is not shown (head, svg, media, iframes): captures still see it, blocks do not.
        var hidden = false
        var link: Int32 = -1
        var form: Int32 = -1
        var label: Int32 = -1
        var media: Int32 = -1
        var article: Int32 = -1
        var inPicture = false
        var inSVG = false
        var homeLink = false
    }

    /// What a capture's text goes to when its element closes.
    enum CaptureTarget {
        case link(Int), heading(Int), button(Int), submit(form: Int, index: Int), label(Int), blockquote(Int), form(Int)
    }

    struct Capture {
        var target: CaptureTarget
        var buffer: TextBuffer
    }

    /// An open block: its buffer, element and where it sits.
    struct Block {
        var buffer = TextBuffer(cap: ParseLimits.blockText)
        var node: NodePointer?
        var zone: Zone = .body
        var order = 0
    }

    /// Facts about a link kept until its label is known.
    struct LinkExtra {
        var ariaLabel: String?
        var title: String?
        var imageAlt: String?
    }

    /// A form field whose label is found after the walk.
    struct PendingField {
        var form: Int
        var field: Int
        var id: String?
        var wrappingLabel: Int32
        var labelledBy: [String]
        var ariaLabel: String?
    }

    let resolver: URLResolver?
    var facts: PageFacts

    var frames: [Frame] = []
    var blocks: [Block] = []
    var blockTop = -1
    var captures: [Capture] = []
    var contextTokens: [String] = []
    var order = 0
    var lastHeading: String?
    var keptText = 0
    /// Class attribute values already seen → their names.
    var classValues: [String: [String]] = [:]
    /// The frame depth of `<body>` once entered (0 before).
    var bodyDepth = 0

    var linkExtras: [LinkExtra] = []
    var labelTexts: [String] = []
    var labelsFor: [String: String] = [:]
    var labelForPending: [(target: String, label: Int)] = []
    var pendingFields: [PendingField] = []
    var formPrevText: [String] = []
    var pendingAfterForm = -1
    var articleDated: [Bool] = []

    init(url: String, resolver: URLResolver?) {
        self.resolver = resolver
        facts = PageFacts(url: url)
        frames.reserveCapacity(64)
        blocks.reserveCapacity(32)
    }

    // MARK: - Traversal

    mutating func walk(_ root: NodePointer) {
        frames.append(Frame())
        var node: NodePointer? = root
        while let current = node {
            var descend = false
            if current.isElement {
                descend = enter(current) && current.pointee.children != nil
                if !descend { exit() }
            } else if current.isText {
                text(current)
            }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var climb: NodePointer? = current
            node = nil
            while let c = climb {
                if let sibling = c.pointee.next { node = sibling; break }
                guard let parent = c.pointee.parent, parent.isElement else { break }
                exit()
                climb = parent
            }
        }
        while frames.count > 1 { exit() }
    }

    private mutating func text(_ node: NodePointer) {
        guard let content = node.pointee.content else { return }
        let hidden = frames[frames.count - 1].hidden
        if !hidden, blockTop >= 0 { blocks[blockTop].buffer.append(content) }
        if !captures.isEmpty {
            for index in captures.indices { captures[index].buffer.append(content) }
        }
    }

    /// Opens `node`; returns whether its children are walked (`exit` is called either way).
    private mutating func enter(_ node: NodePointer) -> Bool {
        order += 1
        facts.elementCount += 1
        let tag = node.tag
        let parent = frames[frames.count - 1]
        var frame = parent
        frame.node = node
        frame.tag = tag
        frame.capturesPushed = 0
        frame.opensBlock = false
        frame.contextCount = contextTokens.count
        if let mark = ZoneFinder.mark(of: node), parent.zone != .header, parent.zone != .footer {
            frame.zone = mark
        }

        let (id, classAttribute, role, itemtype) = node.identity()
        let classes = classAttribute.map { splitClasses($0) } ?? []
        if let id, !id.isEmpty, facts.ids.count < ParseLimits.names { facts.ids.insert(id) }

        if tag.isBlock, !frame.hidden {
            flushBlock()
            openBlock(node, frame: frame)
            frame.opensBlock = true
            for index in captures.indices { captures[index].buffer.appendSpace() }
        }
        frames.append(frame)
        if tag.isControl, !frame.hidden, blockTop >= 0 { blocks[blockTop].buffer.appendBoundary() }

        var descend = true
        switch tag {
        case .html:
            facts.lang = node.attribute("lang")
            if let style = node.attribute("style") { facts.inlineStyles.append(style) }
        case .body:
            bodyDepth = frames.count
            if let style = node.attribute("style") { facts.inlineStyles.append(style) }
        case .head, .video, .audio, .object:
            frames[frames.count - 1].hidden = true
        case .br:
            if !frame.hidden, blockTop >= 0 { blocks[blockTop].buffer.appendNewline() }
            for index in captures.indices { captures[index].buffer.appendSpace() }
        case .title:
            enterTitle(node)
            descend = false
        case .meta where facts.metas.count < ParseLimits.elementsPerKind:
            facts.metas.append(MetaTag(
                name: node.attribute("name"), property: node.attribute("property"), httpEquiv: node.attribute("http-equiv"),
                charset: node.attribute("charset"), content: node.attribute("content")))
        case .link:
            enterLinkElement(node)
        case .script:
            enterScript(node)
            descend = false
        case .style:
            if facts.inlineStyles.count < ParseLimits.elementsPerKind {
                facts.inlineStyles.append(childText(node, cap: ParseLimits.inlineStyle))
            }
            descend = false
        case .noscript, .template, .base:
            descend = false
        case .a, .area:
            enterAnchor(node, tag: tag, classes: classes, role: role)
        case .img:
            enterImage(node, classes: classes, id: id)
        case .picture:
            frames[frames.count - 1].inPicture = true
        case .svg:
            enterSVG(node, classes: classes, id: id)
        case .source, .track:
            enterMediaChild(node, tag: tag)
        case .iframe:
            enterIframe(node)
            descend = false
        case .form:
            enterForm(node, id: id, classes: classes, role: role)
        case .input:
            enterInput(node, id: id, classes: classes)
        case .button:
            enterButton(node, id: id, classes: classes)
        case .select, .textarea:
            enterField(node, tag: tag, type: tag == .select ? "select" : "textarea", id: id)
            descend = false
        case .datalist:
            descend = false
        case .label:
            enterLabel(node)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            if facts.headings.count < ParseLimits.elementsPerKind {
                facts.headings.append(HeadingFact(level: tag.headingLevel, text: "", zone: frame.zone, order: order))
                pushCapture(.heading(facts.headings.count - 1), cap: ParseLimits.label)
            }
        case .blockquote where facts.blockquotes.count < ParseLimits.elementsPerKind:
            facts.blockquotes.append("")
            pushCapture(.blockquote(facts.blockquotes.count - 1), cap: ParseLimits.blockquote)
        case .table where facts.tableWidths.count < ParseLimits.elementsPerKind:
            if let width = node.attribute("width") { facts.tableWidths.append(width) }
        case .article:
            articleDated.append(node.attribute("itemprop") == "datePublished")
            frames[frames.count - 1].article = Int32(articleDated.count - 1)
        case .time:
            if frame.article >= 0 { articleDated[Int(frame.article)] = true }
        case .embed:
            appendMedia(node, tag: "embed", src: node.attribute("src"), classes: classes, id: id)
        default:
            break
        }
        if tag == .video || tag == .audio {
            appendMedia(node, tag: node.nameString, src: node.attribute("src"), classes: classes, id: id)
        } else if tag == .object {
            appendMedia(node, tag: "object", src: node.attribute("data"), classes: classes, id: id)
        }
        if let role, tag != .button, role.trimmingASCIIWhitespace().lowercased() == "button" {
            appendButton(node, tag: node.nameString, type: nil, id: id, classes: classes, captureLabel: tag != .input)
        }
        if bodyDepth > 0, frames.count - bodyDepth <= 2, frames.count > bodyDepth, tag != .script, tag != .style,
           let style = node.attribute("style"), style.utf8.count < 4_096, style.lowercased().contains("width") {
            // Top-level wrappers (children and grandchildren of body): their widths make fixed layouts.
            facts.inlineStyles.append(style)
        }
        if let itemtype { SchemaTypes.addItemtypes(itemtype, to: &facts.schemaTypes) }
        if frame.article >= 0, tag != .article, node.attribute("itemprop") == "datePublished" {
            articleDated[Int(frame.article)] = true
        }
        pushContext(id: id, classes: classes)
        return descend
    }

    private mutating func exit() {
        let frame = frames.removeLast()
        if frame.opensBlock {
            closeBlock()
            for index in captures.indices { captures[index].buffer.appendSpace() }
        } else if frame.tag.isControl, !frame.hidden, blockTop >= 0 {
            blocks[blockTop].buffer.appendBoundary()
        }
        var remaining = frame.capturesPushed
        while remaining > 0 {
            commit(captures.removeLast())
            remaining -= 1
        }
        if frame.tag == .form, frame.form >= 0, frames.last.map({ $0.form != frame.form }) ?? true {
            pendingAfterForm = Int(frame.form)
        }
        if frame.tag == .article, frame.article >= 0 {
            let parentArticle = frames.last?.article ?? -1
            if parentArticle != frame.article, articleDated[Int(frame.article)] || inNewsListing() {
                facts.articleCount += 1
            }
        }
        contextTokens.removeSubrange(frame.contextCount...)
    }

    // MARK: - Blocks

    private mutating func openBlock(_ node: NodePointer, frame: Frame) {
        blockTop += 1
        if blockTop == blocks.count { blocks.append(Block()) }
        blocks[blockTop].buffer.removeAll()
        blocks[blockTop].node = node
        blocks[blockTop].zone = frame.zone
        blocks[blockTop].order = order
    }

    /// Emits the open block's text so far (before a nested block starts).
    private mutating func flushBlock() {
        guard blockTop >= 0, !blocks[blockTop].buffer.isEmpty else { return }
        emit(blocks[blockTop])
        blocks[blockTop].buffer.removeAll()
    }

    private mutating func closeBlock() {
        guard blockTop >= 0 else { return }
        if !blocks[blockTop].buffer.isEmpty { emit(blocks[blockTop]) }
        blocks[blockTop].node = nil
        blockTop -= 1
    }

    private mutating func emit(_ block: Block) {
        let text = block.buffer.string
        guard !text.isEmpty else { return }
        if pendingAfterForm >= 0 {
            appendSurrounding(text, form: pendingAfterForm)
            pendingAfterForm = -1
        }
        guard keptText + text.utf8.count <= ParseLimits.pageText else {
            facts.textTruncated = true
            return
        }
        keptText += text.utf8.count
        // The names of the open elements: the block's own and its ancestors' (closing happens before they are popped).
        // A copy of its own (`map`): an `Array` of the whole slice would share `contextTokens`' buffer,
        // and the next pop would copy it.
        let context = contextTokens.suffix(ParseLimits.context).map { $0 }
        facts.textBlocks.append(TextBlock(
            text: text, tag: block.node?.nameString ?? "body", zone: block.zone, section: lastHeading, context: context, order: block.order))
    }

    // MARK: - Captures

    mutating func pushCapture(_ target: CaptureTarget, cap: Int) {
        captures.append(Capture(target: target, buffer: TextBuffer(cap: cap, reserve: min(cap, 128))))
        frames[frames.count - 1].capturesPushed += 1
    }

    private mutating func commit(_ capture: Capture) {
        let text = capture.buffer.string
        switch capture.target {
        case .link(let index):
            commitLink(index, text: text)
        case .heading(let index):
            // The heading's block was emitted just before with the same text: one copy for both.
            let shared = facts.textBlocks.last.flatMap { $0.order == facts.headings[index].order && $0.text == text ? $0.text : nil }
            facts.headings[index].text = shared ?? text
            if !text.isEmpty { lastHeading = shared ?? text }
        case .button(let index):
            if !text.isEmpty { facts.buttons[index].label = text }
        case .submit(let form, let index):
            if !text.isEmpty { facts.forms[form].submits[index].label = text }
        case .label(let index):
            labelTexts[index] = text
        case .blockquote(let index):
            facts.blockquotes[index] = text
        case .form(let index):
            var surrounding = formPrevText[index]
            if !text.isEmpty { surrounding += surrounding.isEmpty ? text : "\n" + text }
            facts.forms[index].surroundingText = Self.clip(surrounding, ParseLimits.formText)
        }
    }

    private mutating func appendSurrounding(_ text: String, form: Int) {
        let current = facts.forms[form].surroundingText
        facts.forms[form].surroundingText = Self.clip(current.isEmpty ? text : current + "\n" + text, ParseLimits.formText)
    }

    // MARK: - Names and context

    /// The class names of a class attribute; the first time a value is seen, its names join `facts.classes`
    /// (values repeat from element to element, so they are split and counted once).
    private mutating func splitClasses(_ value: String) -> [String] {
        if let known = classValues[value] { return known }
        let names = classNames(value)
        if facts.classes.count < ParseLimits.names {
            for name in names { facts.classes.insert(name) }
        }
        if classValues.count < ParseLimits.names { classValues[value] = names }
        return names
    }

    private mutating func pushContext(id: String?, classes: [String]) {
        if let id, !id.isEmpty { contextTokens.append(id) }
        contextTokens.append(contentsOf: classes.prefix(3))
    }

    /// Whether an open element's id or class names a news or blog listing (read when an article closes).
    private func inNewsListing() -> Bool {
        for frame in frames.reversed() {
            guard let node = frame.node else { continue }
            let (id, classAttribute, _, _) = node.identity()
            let names = (id.map { [$0] } ?? []) + (classAttribute.map(classNames) ?? [])
            for name in names {
                for token in name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                    switch token {
                    case "news", "blog", "actualites", "actualite", "actus", "actu", "posts": return true
                    default: continue
                    }
                }
            }
        }
        return false
    }

    // MARK: - Helpers

    /// The short selector-like path of the open elements (`header nav ul li a`), last six, html and body left out.
    func path() -> String {
        var nodes: [NodePointer] = []
        nodes.reserveCapacity(6)
        var index = frames.count - 1
        while index > 0, nodes.count < 6 {
            let frame = frames[index]
            if let node = frame.node, frame.tag != .html, frame.tag != .body { nodes.append(node) }
            index -= 1
        }
        var result = ""
        result.reserveCapacity(nodes.count * 8)
        for node in nodes.reversed() {
            if !result.isEmpty { result.append(" ") }
            if let name = node.pointee.name { result.append(String(cString: name)) }
        }
        return result
    }

    /// The text of a raw-text element (`<script>`, `<style>`, `<title>`), capped.
    func childText(_ node: NodePointer, cap: Int) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child, bytes.count < cap {
            if let content = current.pointee.content {
                var p = UnsafePointer(content)
                while p.pointee != 0, bytes.count < cap {
                    bytes.append(p.pointee)
                    p += 1
                }
            }
            child = current.pointee.next
        }
        var end = bytes.count
        if end == cap {
            while end > 0, bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
            if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    func resolve(_ reference: String) -> String? {
        resolver?.resolve(reference) ?? (reference.contains(":") ? reference : nil)
    }

    static func clip(_ text: String, _ cap: Int) -> String {
        guard text.utf8.count > cap else { return text }
        var result = ""
        for character in text {
            if result.utf8.count + character.utf8.count > cap { break }
            result.append(character)
        }
        return result
    }
}
