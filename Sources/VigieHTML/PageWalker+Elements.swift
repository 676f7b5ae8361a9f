import CLibXML2
import VigieCore

/// Head elements, links, scripts, images, media and iframes.
extension PageWalker {
    mutating func enterTitle(_ node: NodePointer) {
        let frame = frames[frames.count - 1]
        if frame.inSVG {
            if frame.media >= 0, facts.media[Int(frame.media)].textAlternative == nil {
                let text = node.collapsedText(cap: ParseLimits.label)
                if !text.isEmpty { facts.media[Int(frame.media)].textAlternative = text }
            }
            // An svg's title names the link or button around it, as its accessible name.
            if !captures.isEmpty {
                let text = node.collapsedText(cap: ParseLimits.label)
                for index in captures.indices {
                    captures[index].buffer.appendSpace()
                    captures[index].buffer.append(text)
                    captures[index].buffer.appendSpace()
                }
            }
            return
        }
        facts.titleCount += 1
        if facts.title == nil { facts.title = node.collapsedText(cap: ParseLimits.label) }
    }

    mutating func enterLinkElement(_ node: NodePointer) {
        guard let href = node.attribute("href"), facts.stylesheets.count < ParseLimits.elementsPerKind else { return }
        let rel = (node.attribute("rel") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        let absolute = resolve(href) ?? href
        if rel.contains("canonical"), facts.canonical == nil { facts.canonical = absolute }
        facts.stylesheets.append(StylesheetFact(href: absolute, rel: rel, media: node.attribute("media")))
    }

    mutating func enterScript(_ node: NodePointer) {
        guard facts.scripts.count < ParseLimits.elementsPerKind else { return }
        let attributes = node.attributes
        let type = attributes["type"]
        let src = attributes["src"].flatMap { $0.isEmpty ? nil : resolve($0) }
        let inline = src == nil ? childText(node, cap: ParseLimits.inlineScript) : ""
        let frame = frames[frames.count - 1]
        facts.scripts.append(ScriptFact(src: src, type: type, attributes: attributes, inlineText: inline, zone: frame.zone, order: order))
        if let type, type.trimmingASCIIWhitespace().lowercased() == "application/ld+json" {
            // JSON-LD is read whole (not capped) for its types.
            SchemaTypes.addJSONLD(src == nil && inline.utf8.count >= ParseLimits.inlineScript ? childText(node, cap: 1 << 22) : inline, to: &facts.schemaTypes)
        }
    }

    mutating func enterAnchor(_ node: NodePointer, tag: Tag, classes: [String], role: String?) {
        guard let href = node.attribute("href") else { return }
        guard facts.links.count < ParseLimits.links else {
            facts.omittedLinks += 1
            return
        }
        let url: String?
        if href.hasASCIIPrefixIgnoringCase("javascript:") {
            url = nil
        } else if href.hasASCIIPrefixIgnoringCase("mailto:") || href.hasASCIIPrefixIgnoringCase("tel:") {
            url = href.trimmingASCIIWhitespace()
        } else {
            url = resolve(href)
        }
        let frame = frames[frames.count - 1]
        let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ").map(String.init)
        facts.links.append(LinkFact(
            href: href, url: url, label: "", rel: rel, zone: frame.zone, classes: classes, role: role,
            hasImage: false, order: order, path: path()))
        let index = facts.links.count - 1
        linkExtras.append(LinkExtra(ariaLabel: node.attribute("aria-label"), title: node.attribute("title"), imageAlt: tag == .area ? node.attribute("alt") : nil))
        frames[frames.count - 1].link = Int32(index)
        if let url, let resolver, resolver.isHome(url) { frames[frames.count - 1].homeLink = true }
        pushCapture(.link(index), cap: ParseLimits.label)
    }

    mutating func commitLink(_ index: Int, text: String) {
        var label = text
        let extra = linkExtras[index]
        for candidate in [extra.ariaLabel, extra.title, extra.imageAlt] where label.isEmpty {
            if let value = candidate?.trimmingASCIIWhitespace(), !value.isEmpty { label = value }
        }
        facts.links[index].label = label
        let frame = frames[frames.count - 1]
        if frame.form >= 0, facts.forms[Int(frame.form)].nearbyLinks.count < 20 {
            facts.forms[Int(frame.form)].nearbyLinks.append(facts.links[index])
        } else if pendingAfterForm >= 0, facts.forms[pendingAfterForm].nearbyLinks.count < 20 {
            facts.forms[pendingAfterForm].nearbyLinks.append(facts.links[index])
        }
    }

    mutating func enterImage(_ node: NodePointer, classes: [String], id: String?) {
        let frame = frames[frames.count - 1]
        let alt = node.attribute("alt")
        if frame.link >= 0 {
            let link = Int(frame.link)
            facts.links[link].hasImage = true
            if linkExtras[link].imageAlt == nil, let alt, !alt.trimmingASCIIWhitespace().isEmpty { linkExtras[link].imageAlt = alt }
        }
        guard facts.images.count < ParseLimits.elementsPerKind else { return }
        let source = node.attribute("src").flatMap { $0.isEmpty ? nil : $0 } ?? node.attribute("data-src")
        facts.images.append(ImageFact(
            src: source.flatMap(resolve), alt: alt, srcset: node.attribute("srcset"), sizes: node.attribute("sizes"),
            width: node.attribute("width"), height: node.attribute("height"), inPicture: frame.inPicture,
            linksHome: frame.homeLink, classes: classes, id: id, zone: frame.zone, order: order))
    }

    mutating func enterSVG(_ node: NodePointer, classes: [String], id: String?) {
        let frame = frames[frames.count - 1]
        frames[frames.count - 1].hidden = true
        if frame.link >= 0 { facts.links[Int(frame.link)].hasImage = true }
        guard !frame.inSVG else { return }
        frames[frames.count - 1].inSVG = true
        let alternative = node.attribute("aria-label") ?? node.attribute("title")
        if frame.link >= 0, linkExtras[Int(frame.link)].imageAlt == nil, let alternative, !alternative.isEmpty {
            linkExtras[Int(frame.link)].imageAlt = alternative
        }
        appendMedia(node, tag: "svg", src: nil, classes: classes, id: id, alternative: alternative)
    }

    mutating func appendMedia(_ node: NodePointer, tag: String, src: String?, classes: [String], id: String?, alternative: String? = nil) {
        guard facts.media.count < ParseLimits.elementsPerKind else { return }
        let frame = frames[frames.count - 1]
        let text = alternative ?? node.attribute("aria-label") ?? node.attribute("title")
        facts.media.append(MediaFact(
            tag: tag, src: src.flatMap { $0.isEmpty ? nil : resolve($0) }, textAlternative: text.flatMap { $0.isEmpty ? nil : $0 },
            classes: classes, id: id, linksHome: frame.homeLink, zone: frame.zone, order: order))
        frames[frames.count - 1].media = Int32(facts.media.count - 1)
    }

    /// `<source>` and `<track>` inside `<video>` / `<audio>`.
    mutating func enterMediaChild(_ node: NodePointer, tag: Tag) {
        let frame = frames[frames.count - 1]
        guard frame.media >= 0, !frame.inPicture else { return }
        let index = Int(frame.media)
        guard facts.media[index].tag == "video" || facts.media[index].tag == "audio" else { return }
        if tag == .source, facts.media[index].src == nil, let src = node.attribute("src") {
            facts.media[index].src = resolve(src)
        }
        if tag == .track, facts.media[index].textAlternative == nil {
            let kind = (node.attribute("kind") ?? "subtitles").lowercased()
            if kind == "captions" || kind == "subtitles" || kind == "descriptions" {
                facts.media[index].textAlternative = node.attribute("label").flatMap { $0.isEmpty ? nil : $0 } ?? kind
            }
        }
    }

    mutating func enterIframe(_ node: NodePointer) {
        guard facts.iframes.count < ParseLimits.elementsPerKind else { return }
        let attributes = node.attributes
        let raw = attributes["src"]?.trimmingASCIIWhitespace() ?? ""
        let src = raw.isEmpty || raw.lowercased() == "about:blank" ? nil : resolve(raw)
        let frame = frames[frames.count - 1]
        facts.iframes.append(IframeFact(src: src, title: attributes["title"], attributes: attributes, zone: frame.zone, order: order))
    }
}
