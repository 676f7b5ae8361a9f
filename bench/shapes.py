"""The site shapes of bench/gen_site.py besides the first one ("current"): what users' sites look like.

Each shape is a function (n, rng) → iterator of (URL path, bytes) for about n HTML pages, every page
reachable by links from the home page (the floor follows links only, not the sitemap):

- wordpress: a WordPress theme with a page builder — a tag manager, Google's gtag snippet and a consent
  tool (Complianz) on every page, 60 KB of inline CSS and JavaScript repeated on every page, Yoast's
  JSON-LD graph, a 150-link mega-menu, relative (`../slug-12/`) and root-relative links, nested builder divs;
- shop: a shop — thousands of product pages with prices, add-to-cart forms and Product JSON-LD, category
  listings with pagination and faceted-filter URLs (`?couleur=rouge`, `?tri=prix`), cart and account links,
  Axeptio for consent;
- blog: a blog — long articles (60–100 KB), pagination, tag and monthly archive pages, a 40-tag cloud in
  every sidebar, comments, tarteaucitron for consent;
- legacy: an old site — table layout, `<font>`, upper-case tags, inline `style`, no viewport, Latin-1 bytes
  declared by `<meta http-equiv>`, `.htm` files linked relatively, the old `ga.js` snippet.
"""

WORDS = ("menuiserie atelier bois chêne escalier cuisine sur mesure devis artisan qualité pose "
         "fabrication française rénovation dressing bibliothèque parquet terrasse conseil délai "
         "garantie livraison savoir-faire projet client réalisation finition teinte vernis œuvre "
         "cœur façade hêtre noyer étagère placard fenêtre volet coût entretien expérience").split()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def paragraphs(rng, count, low=40, high=80):
    return "".join(f"<p>{sentence(rng, rng.randint(low, high))}</p>" for _ in range(count))


def footer(legal_prefix="/"):
    return ("<footer><p>Atelier Dupont SARL — 12 rue des Lices, 35000 Rennes — 02 99 00 00 00</p>"
            f"<a href=\"{legal_prefix}mentions-legales/\">Mentions légales</a> <a href=\"{legal_prefix}cgv/\">CGV</a> "
            f"<a href=\"{legal_prefix}confidentialite/\">Politique de confidentialité</a> "
            f"<a href=\"{legal_prefix}plan-du-site/\">Plan du site</a></footer>")


LEGAL = ["mentions-legales", "cgv", "confidentialite", "plan-du-site"]

# ---------------------------------------------------------------- wordpress

WP_CATEGORIES = ["escaliers", "cuisines", "dressings", "parquets", "terrasses", "portes", "fenetres",
                 "placards", "bibliotheques", "renovation", "agencement", "mobilier"]
GTM = ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
       "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
       "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})"
       "(window,document,'script','dataLayer','GTM-K7QX2BD');</script>")
GTAG = ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-8RQ2XW1ZTB\"></script>"
        "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
        "gtag('js', new Date());gtag('config', 'G-8RQ2XW1ZTB');</script>")
COMPLIANZ = ("<script src=\"/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js\" defer></script>"
             "<script>var complianz = {\"prefix\":\"cmplz_\",\"user_banner_id\":\"1\",\"set_cookies\":[],"
             "\"block_ajax_content\":\"\",\"banner_version\":\"42\",\"version\":\"7.1.0\",\"store_consent\":\"\","
             "\"do_not_track_enabled\":\"\",\"consenttype\":\"optin\",\"region\":\"eu\",\"geoip\":\"\","
             "\"dismiss_timeout\":\"\",\"disable_cookiebanner\":\"\",\"soft_cookiewall\":\"\",\"dismiss_on_scroll\":\"\","
             "\"cookie_expiry\":\"365\",\"url\":\"\\/wp-json\\/complianz\\/v1\\/\",\"locale\":\"lang=fr&locale=fr_FR\","
             "\"set_cookies_on_root\":\"\",\"cookie_domain\":\"\",\"current_policy_id\":\"31\",\"cookie_path\":\"\\/\","
             "\"categories\":{\"statistics\":\"statistiques\",\"marketing\":\"marketing\"}};</script>")
WP_BANNER = ("<div id=\"cmplz-cookiebanner-container\"><div class=\"cmplz-cookiebanner cmplz-hidden banner-1 optin\">"
             "<div class=\"cmplz-header\"><div class=\"cmplz-title\">Gérer le consentement aux cookies</div></div>"
             "<div class=\"cmplz-body\"><div class=\"cmplz-message\"><p>Pour offrir les meilleures expériences, nous "
             "utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des "
             "appareils. Ne pas consentir ou retirer son consentement peut avoir un effet négatif sur certaines "
             "caractéristiques et fonctions.</p></div></div><div class=\"cmplz-buttons\">"
             "<button class=\"cmplz-btn cmplz-accept\">Accepter</button><button class=\"cmplz-btn cmplz-deny\">Refuser</button>"
             "<button class=\"cmplz-btn cmplz-view-preferences\">Voir les préférences</button></div>"
             "<div class=\"cmplz-links\"><a href=\"/politique-de-cookies/\" class=\"cmplz-link cookie-statement\">"
             "Politique de cookies</a></div></div></div>")


def wp_builder_css(rng):
    rules = []
    for k in range(900):
        rules.append(f".elementor-{1000 + k} .elementor-element.elementor-element-{rng.randrange(16**7):07x}"
                     f"{{margin:{rng.randint(0, 40)}px {rng.randint(0, 40)}px;padding:{rng.randint(0, 30)}px;"
                     f"color:#{rng.randrange(16**6):06x}}}")
    rules.append("@media (max-width:767px){.elementor-column{width:100%}}")
    return "<style id=\"elementor-frontend-inline-css\">" + "".join(rules) + "</style>"


def wp_builder_js(rng):
    settings = ",".join(f"\"{rng.choice(WORDS).replace(' ', '_')}_{k}\":{{\"id\":{rng.randrange(10**6)},"
                        f"\"active\":{str(rng.random() < 0.5).lower()},\"label\":\"{sentence(rng, 3)}\"}}"
                        for k in range(320))
    return ("<script id=\"elementor-frontend-js-before\">var elementorFrontendConfig = {\"environmentMode\":"
            "{\"edit\":false,\"wpPreview\":false},\"i18n\":{\"shareOnFacebook\":\"Partager sur Facebook\"},"
            f"\"experimentalFeatures\":{{{settings}}}}};</script>"
            "<script>window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/\","
            "\"ext\":\".png\",\"source\":{\"concatemoji\":\"\\/wp-includes\\/js\\/wp-emoji-release.min.js\"}};"
            "!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};"
            "sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);</script>")


def wordpress(n, rng):
    cats = WP_CATEGORIES
    slug = [f"{rng.choice(WORDS).replace(' ', '-')}-{i}" for i in range(n)]
    slug = [s.replace("œ", "oe").replace("é", "e").replace("è", "e").replace("ê", "e").replace("ç", "c").replace("â", "a")
            .replace("û", "u").replace("ô", "o").replace("î", "i").replace("à", "a") for s in slug]

    def path(i):
        return f"/{cats[i % len(cats)]}/{slug[i]}/"

    css, js = wp_builder_css(rng), wp_builder_js(rng)
    menu = ["<nav class=\"elementor-nav-menu--main\"><ul class=\"elementor-nav-menu\">"]
    for c, cat in enumerate(cats):
        menu.append(f"<li class=\"menu-item menu-item-has-children\"><a href=\"/categorie/{cat}/\">{cat.capitalize()}</a>"
                    "<ul class=\"sub-menu elementor-nav-menu--dropdown\">")
        for k in range(11):
            i = c + k * len(cats)
            if i < n:
                menu.append(f"<li class=\"menu-item\"><a href=\"{path(i)}\">{slug[i].replace('-', ' ').capitalize()}</a></li>")
        menu.append("</ul></li>")
    for extra in ["/", "/a-propos/", "/contact/", "/devis/", "/blog/", "/avis/"]:
        menu.append(f"<li class=\"menu-item\"><a href=\"{extra}\">{extra.strip('/') or 'Accueil'}</a></li>")
    menu.append("</ul></nav>")
    menu = "".join(menu)

    def page(i, title, own_path):
        # Relative links (`../slug-12/`) from the article pages, whose folder is their category's.
        relative = own_path == path(i)
        ld = ("<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{\"@context\":\"https://schema.org\",\"@graph\":["
              f"{{\"@type\":\"WebPage\",\"@id\":\"{own_path}\",\"name\":\"{title}\",\"isPartOf\":{{\"@id\":\"/#website\"}},"
              "\"inLanguage\":\"fr-FR\"},{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,"
              "\"name\":\"Accueil\",\"item\":\"/\"}]},{\"@type\":\"Organization\",\"@id\":\"/#organization\",\"name\":\"Atelier Dupont\","
              "\"logo\":{\"@type\":\"ImageObject\",\"url\":\"/wp-content/uploads/logo.png\"}}]}</script>")
        parts = ["<!DOCTYPE html>\n<html lang=\"fr-FR\"><head><meta charset=\"UTF-8\">",
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                 f"<title>{title} – Atelier Dupont</title>", f"<meta name=\"description\" content=\"{sentence(rng, 20)}\">",
                 "<link rel=\"stylesheet\" href=\"/wp-content/themes/hello-elementor/style.min.css\">",
                 GTM, GTAG, COMPLIANZ, css, js, ld,
                 "</head><body class=\"wp-singular page-template-default elementor-default elementor-kit-5\">",
                 "<header class=\"elementor elementor-location-header\"><a href=\"/\" class=\"custom-logo-link\">"
                 "<img src=\"/wp-content/uploads/logo.png\" alt=\"Atelier Dupont\" width=\"200\" height=\"60\"></a>",
                 menu, "<a class=\"elementor-button\" href=\"/devis/\">Demander un devis</a></header>",
                 "<main id=\"content\" class=\"site-main\">", f"<h1>{title}</h1>"]
        same = [j for j in (rng.randrange(n) for _ in range(rng.randint(12, 22))) if j % len(cats) == i % len(cats)]
        other = [rng.randrange(n) for _ in range(rng.randint(10, 18))]
        chain = [j for j in (i + len(cats), i + 1) if j < n]
        for s in range(rng.randint(5, 8)):
            parts.append(f"<div class=\"elementor-section elementor-top-section\"><div class=\"elementor-container\">"
                         f"<div class=\"elementor-column elementor-col-50\"><div class=\"elementor-widget-wrap\">"
                         f"<div class=\"elementor-widget elementor-widget-heading\"><h2 class=\"elementor-heading-title\">{sentence(rng, 5)}</h2></div>"
                         f"<div class=\"elementor-widget elementor-widget-text-editor\">{paragraphs(rng, 2)}")
            for j in same[s::8]:
                parts.append(f"<p><a href=\"../{slug[j]}/\">{sentence(rng, 3)}</a></p>" if relative else
                             f"<p><a href=\"{path(j)}\">{sentence(rng, 3)}</a></p>")
            for j in other[s::8]:
                parts.append(f"<p><a href=\"{path(j)}\">{sentence(rng, 3)}</a></p>")
            parts.append("</div></div></div></div></div>")
        for j in chain:
            parts.append(f"<p><a href=\"{path(j)}\">Suite : {slug[j]}</a></p>")
        parts.append(f"<img src=\"/wp-content/uploads/2024/05/photo-{i}.jpg\" alt=\"{sentence(rng, 4)}\" width=\"1024\" height=\"683\" "
                     f"srcset=\"/wp-content/uploads/2024/05/photo-{i}-300x200.jpg 300w, /wp-content/uploads/2024/05/photo-{i}.jpg 1024w\" "
                     "sizes=\"(max-width: 1024px) 100vw, 1024px\">")
        parts.append("</main>" + WP_BANNER + footer()[:-len("</footer>")] +
                     " <a href=\"#\" class=\"cmplz-manage-consent\">Gérer le consentement</a></footer></body></html>\n")
        return "".join(parts)

    yield "/", page(0, "Menuiserie sur mesure en Bretagne", "/")
    for i in range(n):
        yield path(i), page(i, slug[i].replace("-", " ").capitalize(), path(i))
    for cat in cats:
        yield f"/categorie/{cat}/", page(0, cat.capitalize(), f"/categorie/{cat}/")
    for extra in ["/a-propos/", "/contact/", "/devis/", "/blog/", "/avis/", "/politique-de-cookies/"] + [f"/{x}/" for x in LEGAL]:
        yield extra, page(0, extra.strip("/").replace("-", " ").capitalize(), extra)

# ---------------------------------------------------------------- shop

SHOP_CATEGORIES = ["chaises", "tables", "buffets", "etageres", "lits", "bureaux", "commodes", "bancs", "tabourets",
                   "armoires", "consoles", "vitrines", "miroirs", "luminaires", "tapis", "coussins", "plateaux",
                   "planches", "jouets", "accessoires"]
COLOURS = ["chene-clair", "noyer", "blanc", "noir", "naturel"]
AXEPTIO = ("<script>window.axeptioSettings = {clientId: \"6436a1f2b8e9c3d1a4f5e6b7\", cookiesVersion: \"boutique-fr\"};"
           "(function(d, s) {var t = d.getElementsByTagName(s)[0], e = d.createElement(s);e.async = true;"
           "e.src = \"//static.axept.io/sdk.js\";t.parentNode.insertBefore(e, t);})(document, \"script\");</script>")


def price(rng):
    return f"{rng.randint(9, 1490)},{rng.choice(['00', '50', '90', '99'])}\u00a0€"


def shop(n, rng):
    cats = SHOP_CATEGORIES
    per_page = 24
    products = max(n * 9 // 10, len(cats))
    names = [f"{rng.choice(['Chaise', 'Table', 'Buffet', 'Étagère', 'Lit', 'Bureau', 'Commode', 'Banc'])} "
             f"{rng.choice(['Lina', 'Oscar', 'Basile', 'Jeanne', 'Hugo', 'Rose', 'Léon', 'Zoé'])} {i}" for i in range(products)]
    slugs = [f"produit-{i}" for i in range(products)]
    by_cat = [[i for i in range(products) if i % len(cats) == c] for c in range(len(cats))]
    prices = [price(rng) for _ in range(products)]

    # A shop theme's configuration object, the same on every page (PrestaShop's `var prestashop = …`).
    config = ("<script>var prestashop = {\"cart\":{\"products\":[],\"totals\":{\"total\":{\"type\":\"total\",\"amount\":0}}},"
              "\"currency\":{\"iso_code\":\"EUR\",\"sign\":\"€\"},\"urls\":{" +
              ",".join(f"\"{c}\":\"/boutique/{c}/\"" for c in cats) + "},\"modules\":{" +
              ",".join(f"\"module_{k}\":{{\"enabled\":true,\"hook\":\"{rng.choice(WORDS)}\",\"position\":{k}}}" for k in range(260)) +
              "}};</script>")
    head = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"stylesheet\" href=\"/assets/theme.css\">" + GTAG + AXEPTIO + config)
    header = ("<header class=\"site-header\"><a href=\"/\" class=\"logo\"><img src=\"/assets/logo.svg\" alt=\"Bois & Maison\"></a>"
              "<form role=\"search\" action=\"/recherche/\"><input type=\"search\" name=\"q\" aria-label=\"Rechercher\">"
              "<button>Rechercher</button></form><nav><ul>" +
              "".join(f"<li><a href=\"/boutique/{c}/\">{c.capitalize()}</a></li>" for c in cats) +
              "</ul></nav><a href=\"/mon-compte/\">Mon compte</a> <a href=\"/panier/\" class=\"cart\">Panier (0)</a></header>")
    foot = footer()

    def listing(c, k, pages):
        cat = cats[c]
        items = by_cat[c][k * per_page:(k + 1) * per_page]
        parts = [head, f"<title>{cat.capitalize()} – page {k + 1} – Bois & Maison</title>",
                 f"<meta name=\"description\" content=\"{sentence(rng, 16)}\"></head><body>", header,
                 f"<main><nav class=\"breadcrumb\"><a href=\"/\">Accueil</a> › {cat.capitalize()}</nav><h1>{cat.capitalize()}</h1>"]
        if k == 0:
            parts.append("<aside class=\"facets\"><h2>Filtrer</h2><ul>" +
                         "".join(f"<li><a href=\"/boutique/{cat}/?couleur={col}\" rel=\"nofollow\">{col}</a></li>" for col in COLOURS) +
                         f"<li><a href=\"/boutique/{cat}/?tri=prix\">Prix croissant</a></li>"
                         f"<li><a href=\"/boutique/{cat}/?tri=nouveautes\">Nouveautés</a></li></ul></aside>")
        parts.append("<ul class=\"products\">")
        for i in items:
            parts.append(f"<li class=\"product\"><a href=\"/produit/{slugs[i]}.html\"><img src=\"/media/{slugs[i]}-300.jpg\" "
                         f"alt=\"{names[i]}\" width=\"300\" height=\"300\" loading=\"lazy\"><h2>{names[i]}</h2></a>"
                         f"<span class=\"price\">{prices[i]}</span><form action=\"/panier/\" method=\"post\">"
                         f"<input type=\"hidden\" name=\"produit\" value=\"{i}\"><button type=\"submit\">Ajouter au panier</button></form></li>")
        parts.append("</ul><nav class=\"pagination\">")
        for p in range(pages):
            parts.append(f"<a href=\"/boutique/{cat}/{'' if p == 0 else f'page/{p + 1}/'}\">{p + 1}</a> ")
        parts.append("</nav></main>" + foot + "</body></html>\n")
        return "".join(parts)

    def product(i):
        c = i % len(cats)
        related = [rng.choice(by_cat[c]) for _ in range(8)]
        ld = (f"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"{names[i]}\","
              f"\"sku\":\"BM-{i:05d}\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"{prices[i].split(chr(160))[0].replace(',', '.')}\","
              "\"priceCurrency\":\"EUR\",\"availability\":\"https://schema.org/InStock\"}}</script>")
        parts = [head, ld, f"<title>{names[i]} – Bois & Maison</title>",
                 f"<meta name=\"description\" content=\"{sentence(rng, 18)}\"></head><body>", header,
                 f"<main><nav class=\"breadcrumb\"><a href=\"/\">Accueil</a> › <a href=\"/boutique/{cats[c]}/\">{cats[c].capitalize()}</a> › {names[i]}</nav>",
                 f"<h1>{names[i]}</h1><div class=\"gallery\">" +
                 "".join(f"<img src=\"/media/{slugs[i]}-{v}.jpg\" alt=\"{names[i]}, vue {v}\" width=\"800\" height=\"800\">" for v in range(1, 5)) +
                 f"</div><p class=\"price\">{prices[i]} TTC</p><form action=\"/panier/\" method=\"post\"><label for=\"qte\">Quantité</label>"
                 f"<input id=\"qte\" type=\"number\" name=\"quantite\" value=\"1\"><input type=\"hidden\" name=\"produit\" value=\"{i}\">"
                 "<button type=\"submit\">Ajouter au panier</button></form>",
                 f"<section class=\"description\"><h2>Description</h2>{paragraphs(rng, rng.randint(10, 18))}</section>",
                 "<section class=\"specs\"><h2>Caractéristiques</h2><table>" +
                 "".join(f"<tr><th>{rng.choice(WORDS).capitalize()}</th><td>{sentence(rng, 3)}</td></tr>" for _ in range(10)) + "</table></section>",
                 "<section class=\"reviews\"><h2>Avis clients</h2>" +
                 "".join(f"<blockquote><p>{sentence(rng, 25)}</p><cite>{rng.choice(['Marie', 'Paul', 'Inès', 'Yves'])} — ★★★★☆</cite></blockquote>"
                         for _ in range(rng.randint(0, 6))) + "</section>",
                 "<section class=\"related\"><h2>Vous aimerez aussi</h2><ul>" +
                 "".join(f"<li><a href=\"/produit/{slugs[j]}.html\">{names[j]}</a> {prices[j]}</li>" for j in related) +
                 "</ul></section></main>", foot, "</body></html>\n"]
        return "".join(parts)

    home = [head, "<title>Bois & Maison – mobilier en bois massif</title><meta name=\"description\" content=\"Mobilier en bois massif fabriqué en France.\"></head><body>",
            header, "<main><h1>Mobilier en bois massif</h1>",
            "".join(f"<p><a href=\"/produit/{slugs[i]}.html\">{names[i]}</a> {prices[i]}</p>" for i in range(min(products, 30))),
            "</main>", foot, "</body></html>\n"]
    yield "/", "".join(home)
    for c in range(len(cats)):
        pages = max(1, -(-len(by_cat[c]) // per_page))
        for k in range(pages):
            yield f"/boutique/{cats[c]}/" + ("" if k == 0 else f"page/{k + 1}/"), listing(c, k, pages)
    for i in range(products):
        yield f"/produit/{slugs[i]}.html", product(i)
    for extra in ["/panier/", "/mon-compte/", "/recherche/"] + [f"/{x}/" for x in LEGAL]:
        yield extra, "".join([head, f"<title>{extra.strip('/')} – Bois & Maison</title></head><body>", header,
                              f"<main><h1>{extra.strip('/').replace('-', ' ').capitalize()}</h1>{paragraphs(rng, 6)}</main>", foot, "</body></html>\n"])

# ---------------------------------------------------------------- blog

TAGS = [f"{w.replace(' ', '-')}" for w in ["bois", "chene", "noyer", "escalier", "cuisine", "atelier", "outils", "finition",
        "vernis", "teinte", "parquet", "terrasse", "dressing", "renovation", "conseils", "tutoriel", "chantier", "client",
        "devis", "garantie", "entretien", "hetre", "fenetre", "volet", "placard", "etagere", "bibliotheque", "facade",
        "isolation", "design", "tendance", "ecologie", "local", "savoir-faire", "histoire", "portrait", "salon", "video",
        "avant-apres", "astuce"]]
TARTEAUCITRON = ("<script src=\"/tarteaucitron/tarteaucitron.js\"></script><script>tarteaucitron.init({\"privacyUrl\": \"/confidentialite/\","
                 "\"hashtag\": \"#tarteaucitron\",\"cookieName\": \"tarteaucitron\",\"orientation\": \"bottom\",\"showAlertSmall\": false,"
                 "\"cookieslist\": true,\"showIcon\": true,\"iconPosition\": \"BottomRight\",\"adblocker\": false,\"DenyAllCta\": true,"
                 "\"AcceptAllCta\": true,\"highPrivacy\": true,\"handleBrowserDNTRequest\": false,\"removeCredit\": false,"
                 "\"moreInfoLink\": true,\"useExternalCss\": false,\"mandatory\": true});</script>"
                 "<script>tarteaucitron.user.gtagUa = 'G-4PL2ZQ9XKM';tarteaucitron.user.gtagMore = function () {};"
                 "(tarteaucitron.job = tarteaucitron.job || []).push('gtag');</script>")


def blog(n, rng):
    per_page = 10
    articles = max(n * 8 // 10, per_page)
    months = [(2015 + m // 12, m % 12 + 1) for m in range(120)]
    date = [months[min(i * len(months) // articles, len(months) - 1)] for i in range(articles)]
    titles = [sentence(rng, 6)[:-1] for _ in range(articles)]
    tags = [rng.sample(range(len(TAGS)), rng.randint(3, 5)) for _ in range(articles)]

    def path(i):
        y, m = date[i]
        return f"/blog/{y}/{m:02d}/article-{i}/"

    by_tag = [[i for i in range(articles) if t in tags[i]] for t in range(len(TAGS))]
    by_month = {}
    for i in range(articles):
        by_month.setdefault(date[i], []).append(i)
    head = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"stylesheet\" href=\"/theme/blog.css\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">" + TARTEAUCITRON)
    header = ("<header><a href=\"/\" class=\"logo\">Le blog de l'atelier</a><nav><ul><li><a href=\"/\">Accueil</a></li>"
              "<li><a href=\"/a-propos/\">À propos</a></li><li><a href=\"/contact/\">Contact</a></li></ul></nav></header>")
    cloud = ("<aside class=\"sidebar\"><h2>Étiquettes</h2><div class=\"tagcloud\">" +
             "".join(f"<a href=\"/tag/{t}/\" class=\"tag-cloud-link\" style=\"font-size:{8 + k % 14}pt\">{t}</a> " for k, t in enumerate(TAGS)) +
             "</div><h2>Archives</h2><ul>" +
             "".join(f"<li><a href=\"/blog/{y}/{m:02d}/\">{m:02d}/{y}</a></li>" for (y, m) in months[-24:]) + "</ul></aside>")
    foot = footer()

    def shell(title, body):
        return "".join([head, f"<title>{title} – Le blog de l'atelier</title><meta name=\"description\" content=\"{sentence(rng, 16)}\"></head><body>",
                        header, "<main>", body, "</main>", cloud, foot, "</body></html>\n"])

    def excerpt_list(items):
        return "".join(f"<article class=\"excerpt\"><h2><a href=\"{path(i)}\">{titles[i]}</a></h2><p>{sentence(rng, 30)}</p>"
                       f"<a href=\"{path(i)}\" class=\"more-link\">Lire la suite</a></article>" for i in items)

    def article(i):
        target = rng.randint(60_000, 100_000)
        body = [f"<article><h1>{titles[i]}</h1><p class=\"meta\">Publié le {rng.randint(1, 28)}/"
                f"<a href=\"/blog/{date[i][0]}/{date[i][1]:02d}/\">{date[i][1]:02d}/{date[i][0]}</a> dans " +
                " ".join(f"<a href=\"/tag/{TAGS[t]}/\" rel=\"tag\">{TAGS[t]}</a>" for t in tags[i]) + "</p>"]
        size = 0
        while size < target:
            chunk = f"<h2>{sentence(rng, 5)}</h2>{paragraphs(rng, 4, 60, 120)}"
            if rng.random() < 0.3:
                chunk += f"<blockquote><p>{sentence(rng, 30)}</p></blockquote>"
            if rng.random() < 0.3:
                chunk += f"<figure><img src=\"/uploads/{i}-{size}.jpg\" alt=\"{sentence(rng, 4)}\" width=\"1200\" height=\"800\"><figcaption>{sentence(rng, 6)}</figcaption></figure>"
            body.append(chunk)
            size += len(chunk)
        related = [rng.randrange(articles) for _ in range(5)]
        body.append("<nav class=\"post-nav\">" + (f"<a href=\"{path(i - 1)}\" rel=\"prev\">{titles[i - 1]}</a>" if i > 0 else "") +
                    (f"<a href=\"{path(i + 1)}\" rel=\"next\">{titles[i + 1]}</a>" if i + 1 < articles else "") + "</nav>")
        body.append("<section class=\"related\"><h2>À lire aussi</h2><ul>" + "".join(f"<li><a href=\"{path(j)}\">{titles[j]}</a></li>" for j in related) + "</ul></section>")
        body.append("<section id=\"comments\"><h2>Commentaires</h2>" +
                    "".join(f"<div class=\"comment\"><p class=\"author\">{rng.choice(['Sophie', 'Karim', 'Hélène', 'Jean-Marc'])}</p><p>{sentence(rng, 30)}</p></div>"
                            for _ in range(rng.randint(0, 10))) +
                    "<form action=\"/commentaire/\" method=\"post\"><label for=\"c\">Votre commentaire</label><textarea id=\"c\" name=\"c\"></textarea>"
                    "<label for=\"e\">E-mail</label><input id=\"e\" type=\"email\" name=\"e\"><button type=\"submit\">Publier</button></form></section></article>")
        return shell(titles[i], "".join(body))

    pages = -(-articles // per_page)
    order = list(range(articles - 1, -1, -1))  # newest first
    for k in range(pages):
        nav = "<nav class=\"pagination\">" + (f"<a href=\"/page/{k}/\" rel=\"prev\">Précédent</a> " if k > 1 else ("<a href=\"/\" rel=\"prev\">Précédent</a> " if k == 1 else "")) + \
              (f"<a href=\"/page/{k + 2}/\" rel=\"next\">Suivant</a>" if k + 1 < pages else "") + "</nav>"
        yield ("/" if k == 0 else f"/page/{k + 1}/"), shell("Accueil" if k == 0 else f"Page {k + 1}", excerpt_list(order[k * per_page:(k + 1) * per_page]) + nav)
    for i in range(articles):
        yield path(i), article(i)
    for t, tag in enumerate(TAGS):
        yield f"/tag/{tag}/", shell(f"Étiquette {tag}", f"<h1>{tag}</h1>" + excerpt_list(by_tag[t][-30:][::-1]))
    for (y, m), items in by_month.items():
        yield f"/blog/{y}/{m:02d}/", shell(f"Archives {m:02d}/{y}", f"<h1>Archives de {m:02d}/{y}</h1>" + excerpt_list(items))
    for extra in ["/a-propos/", "/contact/"] + [f"/{x}/" for x in LEGAL]:
        yield extra, shell(extra.strip("/").replace("-", " ").capitalize(), f"<h1>{extra.strip('/')}</h1>{paragraphs(rng, 8)}")

# ---------------------------------------------------------------- legacy

GA_JS = ("<SCRIPT type=\"text/javascript\">var _gaq = _gaq || [];_gaq.push(['_setAccount', 'UA-1234567-1']);_gaq.push(['_trackPageview']);"
         "(function() {var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;"
         "ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';"
         "var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);})();</SCRIPT>")


def legacy(n, rng):
    rubriques = 20
    per = max(1, -(-n // rubriques))

    def path(i):
        return f"/rubrique{i % rubriques}/page{i // rubriques}.htm"

    def rel(i, from_i):
        return f"page{i // rubriques}.htm" if i % rubriques == from_i % rubriques else f"../rubrique{i % rubriques}/page{i // rubriques}.htm"

    left = ("<TD width=\"160\" valign=\"top\" bgcolor=\"#EEE8D5\" style=\"border-right:1px solid #999\">" +
            "".join(f"<A href=\"/rubrique{r}/index.htm\"><FONT face=\"Verdana\" size=\"2\">Rubrique {r}</FONT></A><BR>" for r in range(rubriques)) +
            "<BR><A href=\"/contact.htm\">Nous contacter</A><BR><A href=\"/mentions.htm\">Mentions légales</A></TD>")

    def page(title, body, encoding_note=True):
        html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD>"
                "<META http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                f"<TITLE>{title} - Menuiserie Dupont</TITLE><META name=\"keywords\" content=\"menuiserie, ébéniste, escalier, Saint-Étienne\">"
                + GA_JS + "</HEAD><BODY bgcolor=\"#FFFFFF\" leftmargin=\"0\" topmargin=\"0\" style=\"font-family:Verdana\">"
                "<TABLE width=\"780\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><TR><TD colspan=\"2\">"
                "<IMG src=\"/images/bandeau.gif\" width=\"780\" height=\"120\" alt=\"Menuiserie Dupont\"></TD></TR><TR>" + left +
                "<TD valign=\"top\" style=\"padding:10px\">" + body +
                "</TD></TR><TR><TD colspan=\"2\" align=\"center\" style=\"font-size:10px;color:#666\">"
                "Menuiserie Dupont - 3, rue de la République - 42000 Saint-Étienne - Tél. 04 77 00 00 00 - "
                "<A href=\"/mentions.htm\">Mentions légales</A></TD></TR></TABLE></BODY></HTML>\n")
        return html.replace("œ", "oe").encode("latin-1", errors="replace")

    def content(i):
        links = [rng.randrange(n) for _ in range(rng.randint(10, 25))] + [j for j in (i + rubriques,) if j < n]
        body = [f"<H1><FONT color=\"#663300\">{sentence(rng, 6)}</FONT></H1>"]
        for k in range(rng.randint(6, 12)):
            body.append(f"<P style=\"text-align:justify;margin:0 0 8px 0\"><FONT face=\"Verdana\" size=\"2\">{sentence(rng, rng.randint(40, 90))}</FONT></P>")
            if k % 3 == 0:
                body.append(f"<IMG src=\"/images/photo{i}_{k}.jpg\" width=\"400\" height=\"300\" border=\"0\" alt=\"\" style=\"float:left;margin:5px\">")
        body.append("<TABLE border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">" +
                    "".join(f"<TR><TD>{rng.choice(WORDS)}</TD><TD>{rng.randint(10, 900)},00 F</TD></TR>" for _ in range(6)) + "</TABLE>")
        body.append("<P>" + " | ".join(f"<A href=\"{rel(j, i)}\">{sentence(rng, 2)[:-1]}</A>" for j in links) + "</P>")
        return page(sentence(rng, 4)[:-1], "".join(body))

    yield "/", page("Accueil", "<H1>Bienvenue chez Menuiserie Dupont</H1>" + "".join(
        f"<P><A href=\"rubrique{r}/index.htm\">Rubrique {r} : {sentence(rng, 4)}</A></P>" for r in range(rubriques)))
    for r in range(rubriques):
        items = [i for i in range(r, n, rubriques)][:60]
        yield f"/rubrique{r}/index.htm", page(f"Rubrique {r}", f"<H1>Rubrique {r}</H1>" + "".join(
            f"<A href=\"page{i // rubriques}.htm\">{sentence(rng, 3)[:-1]}</A><BR>" for i in items))
    for i in range(n):
        yield path(i), content(i)
    for extra in ["/contact.htm", "/mentions.htm"]:
        yield extra, page(extra[1:-4].capitalize(), f"<H1>{extra[1:-4]}</H1><P>{sentence(rng, 60)}</P>")


SHAPES = {"wordpress": wordpress, "shop": shop, "blog": blog, "legacy": legacy}
