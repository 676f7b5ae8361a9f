#!/usr/bin/env bash
# The benchmark: Vigie against the floor (libcurl + libxml2 alone), wget2 and Scrapy, on a
# generated site served by nginx on 127.0.0.1. Tools run alternately, ROUNDS times each, in the
# same run; the table gives medians.
#
#   bench/run.sh [--shape SHAPE|all] [--pages N] [--rounds R] [--quick] [--smoke] [--no-peers] [--write]
#
#   --shape      the site's shape (bench/gen_site.py): current (default), wordpress, shop, blog, legacy, or
#                all (each in turn, the floor measured beside Vigie on each; wget2 and Scrapy on current only)
#   --quick      1,000 pages, 3 rounds, Scrapy in the first only (make bench-quick: 3 Scrapy runs
#                would take 30 of its 120 seconds)
#   --smoke      100 pages, 1 round, Vigie and the floor only, every shape: checks that the harness works (CI)
#   --no-peers   skip wget2 and Scrapy
#   --write      write the table into bench/RESULTS.md (make bench)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=10000 ROUNDS=3 PEERS=1 WRITE=0 SCRAPY_ROUNDS= SHAPE=current
ALL_SHAPES=(current wordpress shop blog legacy)
while [ $# -gt 0 ]; do
  case "$1" in
    --shape) SHAPE=$2; shift ;;
    --pages) PAGES=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --quick) PAGES=1000; SCRAPY_ROUNDS=1 ;;
    --smoke) PAGES=100; ROUNDS=1; PEERS=0; SHAPE=all ;;
    --no-peers) PEERS=0 ;;
    --write) WRITE=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SHAPE" = all ]; then SHAPES=("${ALL_SHAPES[@]}"); else SHAPES=("$SHAPE"); fi
for shape in "${SHAPES[@]}"; do
  [[ " ${ALL_SHAPES[*]} " == *" $shape "* ]] || { echo "unknown shape $shape: ${ALL_SHAPES[*]} or all" >&2; exit 2; }
done

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
need=()
command -v nginx >/dev/null || need+=(nginx-light)
[ -x /usr/bin/time ] || need+=(time)
[ "$PEERS" = 1 ] && ! command -v wget2 >/dev/null && need+=(wget2)
[ "$PEERS" = 1 ] && ! python3 -c 'import venv' 2>/dev/null && need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
make -s deps >/dev/null
mkdir -p bench/out

# Set-up runs in parallel: on a fresh clone the release build takes most of the time, and the
# Scrapy install waits on the network.
swift build -c release --product vigie >bench/out/build.log 2>&1 &
BUILD=$!
if [ "$PEERS" = 1 ] && [ ! -x bench/.venv/bin/scrapy ]; then
  # niced: the build is what the set-up waits for
  (nice -n 19 python3 -m venv bench/.venv && nice -n 19 bench/.venv/bin/pip install -q scrapy) >bench/out/venv.log 2>&1 &
  VENV=$!
fi
gcc -O2 -o bench/out/floor bench/floor.c $(pkg-config --cflags --libs libcurl libxml-2.0) -lpthread
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
site_of() { if [ "$1" = current ]; then echo "bench/out/site-$PAGES"; else echo "bench/out/site-$1-$PAGES"; fi; }
generate() { rm -rf "$(site_of "$1")" && nice -n 19 python3 bench/gen_site.py --shape "$1" "$PAGES" "$(site_of "$1")" "$BASE"; }
generate "${SHAPES[0]}"
wait $BUILD || { cat bench/out/build.log >&2; exit 1; }
if [ -n "${VENV:-}" ]; then wait "$VENV" || { cat bench/out/venv.log >&2; exit 1; }; fi
echo "Set-up: ${SECONDS} s (release build, site generation, peers)" >&2
VIGIE=.build/release/vigie
PREFIX=$(mktemp -d)
mkdir -p "$PREFIX/tmp"
NGINX=
trap 'if [ -n "$NGINX" ]; then kill $NGINX 2>/dev/null; fi; rm -rf "$PREFIX"' EXIT
# Serves one shape's site (nginx on the same port each time).
serve() {
  if [ -n "$NGINX" ]; then kill "$NGINX"; wait "$NGINX" 2>/dev/null || true; NGINX=; fi
  sed -e "s|@ROOT@|$PWD/$(site_of "$1")|;s|@PORT@|$PORT|;s|@PREFIX@|$PREFIX|g" bench/nginx.conf.in > "$PREFIX/nginx.conf"
  nginx -c "$PREFIX/nginx.conf" -p "$PREFIX" &
  NGINX=$!
  for _ in $(seq 50); do curl -s -o /dev/null "$BASE/" && break; sleep 0.1; done
}

# One run of one tool: prints "wall cpu rss_kb pages".
measure() {
  local name=$1 out=bench/out/$1.out tmp
  tmp=$(mktemp -d)
  case $name in
    vigie-full)  /usr/bin/time -v -o bench/out/time.txt $VIGIE audit "$BASE/" --max-pages 1000000 --concurrency 16 --quiet --format json --output "$tmp/r.json" >"$out" 2>&1 || true
                 pages=$(grep -m1 -o '"pages_fetched" : [0-9]*' "$tmp/r.json" | grep -o '[0-9]*$') ;;
    vigie-crawl) /usr/bin/time -v -o bench/out/time.txt $VIGIE audit "$BASE/" --max-pages 1000000 --concurrency 16 --quiet --checks none --format json --output "$tmp/r.json" >"$out" 2>&1 || true
                 pages=$(grep -m1 -o '"pages_fetched" : [0-9]*' "$tmp/r.json" | grep -o '[0-9]*$') ;;
    floor)       /usr/bin/time -v -o bench/out/time.txt bench/out/floor "$BASE" 16 2 >"$out" 2>&1
                 pages=$(awk '/^pages/ {print $2}' "$out") ;;
    floor-mimalloc)  # the same floor with Vigie's allocator, so that the ratio credits no one with malloc
                 LD_PRELOAD=$MIMALLOC /usr/bin/time -v -o bench/out/time.txt bench/out/floor "$BASE" 16 2 >"$out" 2>&1
                 pages=$(awk '/^pages/ {print $2}' "$out") ;;
    wget2)       /usr/bin/time -v -o bench/out/time.txt wget2 -r -l inf -q --max-threads=16 -P "$tmp" "$BASE/" >"$out" 2>&1 || true
                 pages=$(find "$tmp" -type f | wc -l) ;;
    scrapy)      /usr/bin/time -v -o bench/out/time.txt bench/.venv/bin/scrapy runspider bench/scrapy_spider.py -a start="$BASE/" -s LOG_LEVEL=WARNING >"$out" 2>&1 || true
                 pages=$(awk '/^pages/ {print $2}' "$out") ;;
  esac
  rm -rf "$tmp"
  python3 - "$pages" <<'PY'
import re, sys
t = open("bench/out/time.txt").read()
def get(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1).strip()
wall = get("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(x) for x in wall.split(":")]
seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
cpu = float(get("User time (seconds)")) + float(get("System time (seconds)"))
print(f"{seconds:.3f} {cpu:.3f} {get('Maximum resident set size (kbytes)')} {sys.argv[1] or 0}")
PY
}

# awk reads ldconfig's whole output (no early exit): under pipefail an early exit kills ldconfig with SIGPIPE.
MIMALLOC=$(ldconfig -p | awk '/libmimalloc\.so\.2 / && !found {print $NF; found = 1}')
[ -n "$MIMALLOC" ] || { echo "libmimalloc.so.2 not found (make deps installs libmimalloc-dev)" >&2; exit 1; }
: > bench/out/runs.txt
: > bench/out/runs-shapes.txt
for shape in "${SHAPES[@]}"; do
  [ -d "$(site_of "$shape")" ] || generate "$shape"
  serve "$shape"
  TOOLS=(vigie-full vigie-crawl floor floor-mimalloc)
  [ "$PEERS" = 1 ] && [ "$shape" = current ] && TOOLS+=(wget2 scrapy)
  echo "== shape $shape ($(uptime | sed 's/.*load average: //'))" >&2
  for round in $(seq "$ROUNDS"); do
    for tool in "${TOOLS[@]}"; do
      [ "$tool" = scrapy ] && [ "$round" -gt "${SCRAPY_ROUNDS:-$ROUNDS}" ] && continue
      line="$tool $(measure "$tool") $(cut -d' ' -f1 /proc/loadavg)"
      echo "$line" >&2
      echo "$shape $line" >> bench/out/runs-shapes.txt
      [ "$shape" = current ] && echo "$line" >> bench/out/runs.txt
    done
  done
  # Sites of 10,000 pages take up to 1.5 GB: one on disk at a time when several shapes run.
  [ ${#SHAPES[@]} -gt 1 ] && rm -rf "$(site_of "$shape")"
done

python3 bench/shapes_table.py "$PAGES" "$ROUNDS" "$WRITE"
[ " ${SHAPES[*]} " == *" current "* ] || exit 0

python3 - "$PAGES" "$ROUNDS" "$WRITE" <<'PY'
import datetime, os, statistics, subprocess, sys
pages, rounds, write = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
runs = {}
for line in open("bench/out/runs.txt"):
    tool, wall, cpu, rss, n = line.split()[:5]
    runs.setdefault(tool, []).append((float(wall), float(cpu), int(rss), int(n)))
rows, rate = [], {}
for tool, values in runs.items():
    wall = statistics.median(v[0] for v in values)
    cpu = statistics.median(v[1] for v in values)
    rss = statistics.median(v[2] for v in values) / 1024
    n = statistics.median(v[3] for v in values)
    rate[tool] = n / wall if wall else 0
    rows.append(f"| {tool} | {int(n):,} | {wall:.2f} | {rate[tool]:,.0f} | {cpu:.2f} | {cpu / wall if wall else 0:.2f} | {rss:.0f} |")
fewer = ", ".join(f"{tool}: {len(values)}" for tool, values in runs.items() if len(values) < rounds)
table = [f"Site of {pages:,} pages, {rounds} round(s){f' ({fewer})' if fewer else ''}, medians; {os.cpu_count()} cores; {datetime.date.today()}.", "",
         "| tool | pages | wall s | pages/s | CPU s | CPU/wall | peak RSS MB |", "|---|---|---|---|---|---|---|"] + rows
ratios = []
for peer in ("floor", "floor-mimalloc", "wget2", "scrapy"):
    if peer in rate and rate[peer] and "vigie-full" in rate:
        ratios.append(f"Vigie full audit / {peer}: {rate['vigie-full'] / rate[peer]:.2f}×")
text = "\n".join(table + [""] + ratios) + "\n"
print(text)
if write:
    subprocess.run([sys.executable, "bench/results_section.py", str(pages), f"{pages:,} pages"], input=text, text=True, check=True)
PY
