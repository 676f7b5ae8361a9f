"""The table of bench/run.sh's runs per shape: one row per shape and tool, medians, Vigie's pages per
second against the floor's measured in the same run, and the machine's load beside each figure.

    python3 bench/shapes_table.py PAGES ROUNDS WRITE      (reads bench/out/runs-shapes.txt)

Each line of runs-shapes.txt: shape tool wall_s cpu_s max_rss_kb pages load_1min. With WRITE=1 the table
becomes the "Shapes, N pages" section of bench/RESULTS.md.
"""
import datetime
import os
import statistics
import subprocess
import sys

pages, rounds, write = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
runs = {}
for line in open("bench/out/runs-shapes.txt"):
    shape, tool, wall, cpu, rss, n, load = line.split()
    runs.setdefault(shape, {}).setdefault(tool, []).append((float(wall), float(cpu), int(rss), int(n), float(load)))

lines = [f"Sites of about {pages:,} pages, {rounds} round(s), medians; {os.cpu_count()} cores; {datetime.date.today()}. "
         "« vs floor »: Vigie's pages per second over the floor's (same run, same allocator for floor-mimalloc); "
         "« load »: the 1-minute load average when the runs started (median).", "",
         "| shape | tool | pages | wall s | pages/s | CPU s | CPU/wall | peak RSS MB | vs floor | vs floor-mimalloc | load |",
         "|---|---|---|---|---|---|---|---|---|---|---|"]
for shape, tools in runs.items():
    rate = {}
    rows = []
    for tool, values in tools.items():
        wall = statistics.median(v[0] for v in values)
        n = statistics.median(v[3] for v in values)
        rate[tool] = n / wall if wall else 0
    for tool, values in tools.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        rss = statistics.median(v[2] for v in values) / 1024
        n = statistics.median(v[3] for v in values)
        load = statistics.median(v[4] for v in values)
        versus = [f"{rate[tool] / rate[peer]:.2f}×" if tool.startswith("vigie") and rate.get(peer) else ""
                  for peer in ("floor", "floor-mimalloc")]
        rows.append(f"| {shape} | {tool} | {int(n):,} | {wall:.2f} | {rate[tool]:,.0f} | {cpu:.2f} | "
                    f"{cpu / wall if wall else 0:.2f} | {rss:.0f} | {versus[0]} | {versus[1]} | {load:.1f} |")
    lines += rows
text = "\n".join(lines) + "\n"
print(text)
if write:
    subprocess.run([sys.executable, "bench/results_section.py", f"shapes-{pages}", f"Shapes, {pages:,} pages"],
                   input=text, text=True, check=True)
