"""Replaces (or appends) one marked section of bench/RESULTS.md.

    python3 bench/results_section.py KEY "TITLE" < section-text
"""
import os
import sys

key, title = sys.argv[1], sys.argv[2]
text = sys.stdin.read()
path = "bench/RESULTS.md"
marker = f"<!-- bench {key} -->"
body = open(path).read() if os.path.exists(path) else "# Benchmark results\n\nWritten by `make bench` (bench/run.sh --write). See bench/README.md for the method.\n"
section = f"{marker}\n## {title}\n\n{text}{marker} end\n"
start = body.find(marker)
if start >= 0:
    end = body.find(f"{marker} end\n", start) + len(f"{marker} end\n")
    body = body[:start] + section + body[end:]
else:
    body += "\n" + section
open(path, "w").write(body)
