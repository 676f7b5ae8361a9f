#!/usr/bin/env bash
# Growth: Vigie (full audit and crawl only) and the floor (also with mimalloc) at 1,000, 10,000 and
# 50,000 pages, one round each (bench/run.sh does the serving and measuring). Pages per second should
# stay flat and memory grow far slower than the page count. Writes the "Growth" section of bench/RESULTS.md.
#
#   bench/growth.sh [SIZES...]      (default: 1000 10000 50000; make bench-growth)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 50000)
: > bench/out/growth.txt 2>/dev/null || { mkdir -p bench/out; : > bench/out/growth.txt; }
for n in "${SIZES[@]}"; do
  bench/run.sh --pages "$n" --rounds 1 --no-peers >/dev/null
  sed "s/^/$n /" bench/out/runs.txt >> bench/out/growth.txt
  rm -rf "bench/out/site-$n"
done
python3 - <<'PY'
import datetime, os, subprocess, sys
rows = {}
for line in open("bench/out/growth.txt"):
    n, tool, wall, cpu, rss, pages = line.split()[:6]
    rows.setdefault(int(n), {})[tool] = (float(wall), float(cpu), int(rss) / 1024, int(pages))
lines = [f"Vigie and the floor at growing sizes, one round each; {os.cpu_count()} cores; {datetime.date.today()}.", "",
         "| pages | full: pages/s | full: CPU/wall | full: peak RSS MB | crawl only: pages/s | crawl only: peak RSS MB | floor: pages/s | floor: peak RSS MB | floor with mimalloc: pages/s |",
         "|---|---|---|---|---|---|---|---|---|"]
for n in sorted(rows):
    r = rows[n]
    def rate(tool): return r[tool][3] / r[tool][0] if tool in r and r[tool][0] else 0
    def rss(tool): return r[tool][2] if tool in r else 0
    full = r.get("vigie-full", (1, 0, 0, 0))
    lines.append(f"| {n:,} | {rate('vigie-full'):,.0f} | {full[1] / full[0] if full[0] else 0:.2f} | {rss('vigie-full'):.0f} | "
                 f"{rate('vigie-crawl'):,.0f} | {rss('vigie-crawl'):.0f} | {rate('floor'):,.0f} | {rss('floor'):.0f} | {rate('floor-mimalloc'):,.0f} |")
text = "\n".join(lines) + "\n"
print(text)
subprocess.run([sys.executable, "bench/results_section.py", "growth", "Growth"], input=text, text=True, check=True)
PY
