/// The commented `.vigie.yml` that `vigie init` writes. It parses as is; a setting written `#key: value`
/// (no space after `#`) is an example to uncomment, and parses too once uncommented. Every crawl flag of
/// `vigie audit` has its key under `crawl:`, with the same range.
public enum StarterConfiguration {
    /// The file, with `sites` (from `vigie init SITE…`) under `sites:`; with none, an example to uncomment.
    public static func text(sites: [String] = []) -> String {
        let list = sites.isEmpty ? "#- ./public" : sites.map { "- " + quoted($0) }.joined(separator: "\n")
        return template.replacingOccurrences(of: "#- ./public", with: list)
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let template = #"""
# Configuration de Vigie (vigie audit lit ce fichier dans le dossier courant).
# Les options de la ligne de commande l'emportent sur ce fichier.
# Une ligne « #clé: valeur » est un exemple : retirez le # pour l'activer.

# Les sites à auditer : adresses (https://…) ou dossiers d'un site statique.
sites:
#- ./public

# Limites et périmètre de l'exploration.
crawl:
  #max_pages: 500          # nombre maximal de pages lues (1 à 1000000)
  #max_depth: 10           # clics depuis la page d'accueil (0 à 1000)
  #time_limit: 10m         # secondes (600) ou durée (90s, 10m, 1h), au plus une semaine
  #concurrency: 8          # requêtes simultanées (1 à 64)
  #delay: 0                # secondes entre deux requêtes au même hôte (0 à 60)
  #include: ["/boutique/*"]
  #exclude: ["/panier*", "*?sort=*"]
  #subdomains: false       # suivre aussi blog.example.fr…
  #ignore_robots: false    # ignorer robots.txt (signalé dans le rapport)
  #check_external: false   # vérifier aussi les liens sortants
  #user_agent: "Vigie"
  #timeout: 30            # secondes par transfert (0.1 à 3600)
  #max_body_bytes: 10485760  # octets lus d'une page (1024 à 1073741824)
  #headers: ["X-Env: recette"]  # en-têtes envoyés au seul site de départ
  #auth: "utilisateur:motdepasse"  # authentification basique (site de départ seulement)
  #insecure: false        # ne pas vérifier les certificats TLS (recette)

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
# Enregistrer les constats de ce lancement comme prochaine référence (comme --write-baseline).
#write_baseline: .vigie-baseline.json
# Comparer avec un rapport JSON précédent : section « Depuis le dernier audit » (comme --compare-to).
#compare_to: reports/precedent.json
"""#
}
