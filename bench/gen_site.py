#!/usr/bin/env python3
"""Generates a deterministic synthetic site of about N pages in one of several shapes.

    python3 bench/gen_site.py [--shape SHAPE] N OUTDIR [BASE_URL]

SHAPE is `current` (the default, described here), `wordpress`, `shop`, `blog` or `legacy` (bench/shapes.py
describes them). In the current shape each page is 30–60 KB of HTML: a head with meta/link/script tags, a header with a logo and a
menu of 15 links, headings and paragraphs, images, a form on one page in five, a footer with the
legal links, and 20–40 internal links. The site has a robots.txt and a sitemap.xml. The same N
always gives the same bytes (seeded by N and the shape), so runs compare.
"""
import os
import random
import sys

from shapes import SHAPES

WORDS = ("menuiserie atelier bois chêne escalier cuisine sur mesure devis artisan qualité pose "
         "fabrication française rénovation dressing bibliothèque parquet terrasse conseil délai "
         "garantie livraison savoir-faire projet client réalisation finition teinte vernis").split()

MENU = ["/", "/services/", "/realisations/", "/blog/", "/a-propos/", "/contact/", "/devis/",
        "/escaliers/", "/cuisines/", "/dressings/", "/parquets/", "/terrasses/", "/avis/",
        "/faq/", "/recrutement/"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def page(i, n, rng):
    links = sorted({rng.randrange(n) for _ in range(rng.randint(20, 40))})
    parts = [
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">",
        f"<title>Page {i} — Atelier Dupont, menuiserie sur mesure</title>",
        f"<meta name=\"description\" content=\"{sentence(rng, 18)}\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<link rel=\"stylesheet\" href=\"/css/style.css\"><link rel=\"icon\" href=\"/favicon.ico\">",
        "<script src=\"/js/app.js\" defer></script>",
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"LocalBusiness\",\"name\":\"Atelier Dupont\"}</script>",
        "</head><body><header class=\"site-header\"><a href=\"/\" class=\"logo\"><img src=\"/img/logo.svg\" alt=\"Atelier Dupont\"></a>",
        "<p class=\"baseline\">Menuiserie sur mesure en Bretagne depuis 1987</p><nav><ul>",
    ]
    parts += [f"<li><a href=\"{href}\">{href.strip('/') or 'Accueil'}</a></li>" for href in MENU]
    parts.append("</ul></nav><a class=\"btn\" href=\"tel:+33299000000\">02 99 00 00 00</a></header><main>")
    parts.append(f"<h1>{sentence(rng, 6)}</h1>")
    target = rng.randint(30_000, 60_000)
    size = sum(len(p) for p in parts)
    link_iter = iter(links)
    section = 0
    while size < target - 1500:
        section += 1
        block = [f"<section><h2>{sentence(rng, 5)}</h2>"]
        for _ in range(3):
            words = sentence(rng, rng.randint(40, 80))
            link = next(link_iter, None)
            if link is not None:
                words += f" <a href=\"/p/{link}.html\">{sentence(rng, 3)}</a>"
            block.append(f"<p>{words}</p>")
        if section % 3 == 0:
            block.append(f"<img src=\"/img/photo-{i}-{section}.jpg\" alt=\"{sentence(rng, 4)}\" width=\"800\" height=\"600\">")
        block.append("</section>")
        text = "".join(block)
        parts.append(text)
        size += len(text)
    for link in link_iter:
        parts.append(f"<p><a href=\"/p/{link}.html\">{sentence(rng, 3)}</a></p>")
    if i % 5 == 0:
        parts.append("<form action=\"/contact/\" method=\"post\"><label for=\"nom\">Nom</label><input id=\"nom\" name=\"nom\">"
                     "<label for=\"email\">E-mail</label><input id=\"email\" type=\"email\" name=\"email\">"
                     "<textarea name=\"message\" aria-label=\"Message\"></textarea><button type=\"submit\">Envoyer</button>"
                     "<p>Vos données servent à répondre à votre demande. <a href=\"/confidentialite.html\">Politique de confidentialité</a></p></form>")
    parts.append("</main><footer><p>Atelier Dupont SARL — 12 rue des Lices, 35000 Rennes — 02 99 00 00 00</p>"
                 "<a href=\"/mentions-legales.html\">Mentions légales</a> <a href=\"/cgv.html\">CGV</a> "
                 "<a href=\"/confidentialite.html\">Confidentialité</a> <a href=\"/plan-du-site.html\">Plan du site</a></footer></body></html>\n")
    return "".join(parts)


def write_shape(shape, n, out, base):
    """Writes the pages of one of bench/shapes.py's shapes (a path ending in / is a folder's index.html)."""
    rng = random.Random(f"{shape}-{n}")
    urls = []
    for path, body in SHAPES[shape](n, rng):
        file = os.path.join(out, path.lstrip("/"), "index.html") if path.endswith("/") else os.path.join(out, path.lstrip("/"))
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(file, "wb") as f:
            f.write(body if isinstance(body, bytes) else body.encode("utf-8"))
        urls.append(base + path)
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\n")
    with open(os.path.join(out, "sitemap.xml"), "w") as f:
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        f.writelines(f"<url><loc>{url}</loc></url>\n" for url in urls)
        f.write("</urlset>\n")


def main():
    args = sys.argv[1:]
    shape = "current"
    if "--shape" in args:
        at = args.index("--shape")
        shape = args[at + 1]
        del args[at:at + 2]
    if shape != "current" and shape not in SHAPES:
        sys.exit(f"unknown shape {shape}: current, {', '.join(SHAPES)}")
    n = int(args[0])
    out = args[1]
    base = args[2].rstrip("/") if len(args) > 2 else "http://127.0.0.1"
    if shape != "current":
        write_shape(shape, n, out, base)
        return
    rng = random.Random(n)
    os.makedirs(os.path.join(out, "p"), exist_ok=True)
    os.makedirs(os.path.join(out, "css"), exist_ok=True)
    for i in range(n):
        with open(os.path.join(out, "p", f"{i}.html"), "w", encoding="utf-8") as f:
            f.write(page(i, n, rng))
    index = page(0, n, rng).replace("<h1>", "<p><a href=\"/p/0.html\">Entrée</a></p><h1>", 1)
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(index)
    for href in MENU[1:]:
        os.makedirs(os.path.join(out, href.strip("/")), exist_ok=True)
        with open(os.path.join(out, href.strip("/"), "index.html"), "w", encoding="utf-8") as f:
            f.write(page(n + len(href), n, rng))
    for name in ["mentions-legales", "cgv", "confidentialite", "plan-du-site"]:
        with open(os.path.join(out, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(page(n + len(name), n, rng))
    with open(os.path.join(out, "css", "style.css"), "w") as f:
        f.write("body{margin:0;font-family:sans-serif}@media (max-width:600px){nav ul{display:block}}\n")
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\n")
    with open(os.path.join(out, "sitemap.xml"), "w") as f:
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for i in range(n):
            f.write(f"<url><loc>{base}/p/{i}.html</loc></url>\n")
        f.write("</urlset>\n")


if __name__ == "__main__":
    main()
