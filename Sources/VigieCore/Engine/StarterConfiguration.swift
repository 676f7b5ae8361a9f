/// The commented `.vigie.yml` that `vigie init` writes. It parses as is; a setting written `#key: value`
/// (no space after `#`) is an example to uncomment, and parses too once uncommented.
public enum StarterConfiguration {
    public static let text = #"""
# Configuration de Vigie — https://example.invalid/vigie
# Les options de la ligne de commande l'emportent sur ce fichier.
# Une ligne « #clé: valeur » est un exemple : retirez le # pour l'activer.

# Les sites à auditer : adresses (https://…) ou dossiers d'un site statique.
sites:
#- https://www.example.fr

# Limites et périmètre de l'exploration.
crawl:
  #max_pages: 500          # nombre maximal de pages lues
  #max_depth: 10           # clics depuis la page d'accueil
  #time_limit: 10m         # secondes (600) ou durée (90s, 10m, 1h)
  #concurrency: 8          # requêtes simultanées
  #delay: 0                # secondes entre deux requêtes au même hôte
  #include: ["/boutique/*"]
  #exclude: ["/panier*", "*?sort=*"]
  #subdomains: false       # suivre aussi blog.example.fr…
  #ignore_robots: false    # ignorer robots.txt (signalé dans le rapport)
  #check_external: false   # vérifier aussi les liens sortants
  #user_agent: "Vigie"

# Profil : default (tout), bts-ndrc (grille d'examen), ci (strict).
profile: default

# Vérifications désactivées et gravités changées (id, famille « legal.* » ou module).
checks:
  #disable: [body.news, header.search]
  #severity: {page.description: warning}

# Ce que vous savez du site ; sans réponse, Vigie le déduit des pages.
site:
  #kind: company           # company, sole-trader, association, individual, public-body
  #sells: true             # vend en ligne (exige les CGV)
  #size: small             # micro, small, large

# Le rapport.
report:
  lang: fr                 # fr ou en
  #formats: [markdown, html, pdf, json, junit]   # pdf : Chromium requis (apt-get install chromium)
  #output: reports/
  #author: "Cabinet Exemple — Jeanne Martin"     # en première page des rapports HTML et PDF
  #client: "Boulangerie Dupont"
  #logo: logo.png          # PNG, JPEG, GIF, WebP ou SVG, 512 Kio au plus (chemin relatif à ce fichier)

# Quand un lancement en CI échoue (code de sortie 1).
gate:
  #fail_on: error          # error, warning ou notice
  #min_score: 80           # score global minimal, de 0 à 100

# Constats déjà connus, qui ne font pas échouer la CI (créé par --write-baseline).
#baseline: .vigie-baseline.json
"""#
}
