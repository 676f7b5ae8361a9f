#!/usr/bin/env bash
# The hostile link graph and cookie flood of issue 22, measured: peak memory (max RSS) and wall time of
# `vigie audit` on a loopback site whose every page links to 5,000 new URLs (--max-pages 500), and on one whose
# every page sets 2,400 cookies (--max-pages 300). Targets: under 500 MB and 60 s for the link explosion.
# Usage: bench/link-explosion.sh [--pages N] [--links N] [--cookies N]   (VIGIE=path/to/vigie, default release)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=500 links=5000 cookies=2400 cookie_pages=300
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    --links) links=$2; shift 2 ;;
    --cookies) cookies=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
vigie=${VIGIE:-.build/release/vigie}
[ -x "$vigie" ] || { echo "$vigie is missing: run swift build -c release (or set VIGIE)" >&2; exit 2; }
work=$(mktemp -d)
server=
trap 'if [ -n "${server:-}" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

run() { # mode count max-pages label
  rm -f "$work/port"
  python3 bench/hostile_site.py "$1" "$2" "$work/port" & server=$!
  for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
  /usr/bin/time -f "%M %e" -o "$work/time" "$vigie" audit "http://127.0.0.1:$(cat "$work/port")/" --quiet \
    --max-pages "$3" --format json --output "$work/$1.json" || true
  read -r rss wall < "$work/time"
  kill "$server"; wait "$server" 2>/dev/null || true; server=
  notes=$(python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['sites'][0]['crawl']; print(c.get('pages_fetched'), 'pages;', '; '.join(c.get('notes', [])))" "$work/$1.json")
  printf '%-40s peak RSS %6d MB  wall %6.1f s  (%s)\n' "$4" $((rss / 1024)) "$wall" "$notes"
}

run links "$links" "$pages" "link explosion: $links links/page, $pages pages"
run cookies "$cookies" "$cookie_pages" "cookie flood: $cookies cookies/page, $cookie_pages pages"
