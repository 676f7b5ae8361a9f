/// The crawl: URL normalisation, scope, robots.txt, sitemaps, frontier, directory audits.
public enum VigieCrawl {}
