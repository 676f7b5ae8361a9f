#!/usr/bin/env bash
# Same report before and after an optimisation: audits every shape of bench/gen_site.py (from disk, folder
# mode) with two vigie binaries and compares their JSON reports, the run's date and duration left out.
# Exit 1 and a diff when they differ.
#
#   bench/same-report.sh BEFORE [AFTER] [--pages N]     (AFTER defaults to .build/release/vigie; N to 500)
#
# Keep the binary of the commit before the change (cp .build/release/vigie /tmp/vigie-before) to compare with.
set -euo pipefail
cd "$(dirname "$0")/.."
before= after=.build/release/vigie pages=500
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    *) if [ -z "$before" ]; then before=$1; else after=$1; fi; shift ;;
  esac
done
[ -x "${before:-}" ] && [ -x "$after" ] || { echo "usage: bench/same-report.sh BEFORE [AFTER] [--pages N]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for shape in current wordpress shop blog legacy; do
  python3 bench/gen_site.py --shape "$shape" "$pages" "$work/site-$shape" >/dev/null
  for side in before after; do
    binary=$before; [ $side = after ] && binary=$after
    "$binary" audit "$work/site-$shape" --max-pages 1000000 --quiet --format json --output "$work/$side.json" || true
    grep -v -E '"(generated_at|duration_s|started_at)" :' "$work/$side.json" > "$work/$side-$shape.json"
  done
  if cmp -s "$work/before-$shape.json" "$work/after-$shape.json"; then
    echo "$shape: same report ($(wc -c < "$work/after-$shape.json") bytes)"
  else
    echo "$shape: REPORTS DIFFER"; diff "$work/before-$shape.json" "$work/after-$shape.json" | head -40; status=1
  fi
  rm -rf "$work/site-$shape"
done
exit $status
