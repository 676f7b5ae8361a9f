#!/usr/bin/env python3
"""Rebuilds the consent-tool part of rules/cookies/signatures.yml from two public CMP rule lists.

    scripts/cmp-signatures.py --consent-o-matic GITDIR --autoconsent GITDIR

GITDIR is a local git copy (a bare mirror will do) of cavi-au/Consent-O-Matic (MIT) and of
duckduckgo/autoconsent (MPL-2.0); the files are read at the commits pinned in
scripts/cmp-signatures/seed.yml, with `git show`, so the lists themselves never enter this
repository. The seed names each tool, its vendor's hosted loaders and the rules that describe it;
the lists give the banner's ids and class names (their detection selectors), cookie names (their
`cookieContains` tests) and the script sources some rules detect (`script[src*='…']`).

The lines between the "BEGIN generated consent tools" and "END generated consent tools" markers of
the pack are replaced; the rest of the pack (trackers, widgets) is hand-kept. Run `make rules`
afterwards to refresh the embedded copy.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "scripts" / "cmp-signatures" / "seed.yml"
PACK = ROOT / "rules" / "cookies" / "signatures.yml"
BEGIN = "  # --- BEGIN generated consent tools"
END = "  # --- END generated consent tools"


def git_show(gitdir, commit, path):
    result = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{gitdir}: cannot read {path} at {commit}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def strings_under(node, keys):
    """Every string found under the given keys, at any depth of a JSON rule."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys:
                found += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
            found += strings_under(value, keys)
    elif isinstance(node, list):
        for item in node:
            found += strings_under(item, keys)
    return found


def css_names(selector):
    """The ids and class names a CSS selector requires (not those under :not(), nor attribute values)."""
    if selector.startswith("xpath/"):
        return []
    text = re.sub(r":not\([^)]*\)", "", selector)
    text = re.sub(r"\[[^\]]*\]", "", text)
    return [name.lower() for name in re.findall(r"[#.]([A-Za-z_][\w-]*)", text)]


def script_sources(selector):
    return [value.lower() for value in re.findall(r"script\[src\*=['\"]([^'\"]+)['\"]\]", selector)]


def consent_o_matic(gitdir, commit, name):
    rule = git_show(gitdir, commit, f"rules/{name}.json")
    selectors = []
    for key, body in rule.items():
        if key.startswith("$"):
            continue
        for detector in body.get("detectors", []):
            selectors += strings_under(detector, {"selector"})
    return selectors, []


def autoconsent(gitdir, commit, name):
    rule = git_show(gitdir, commit, f"rules/autoconsent/{name}.json")
    selectors = strings_under({k: rule.get(k) for k in ("prehideSelectors", "detectCmp", "detectPopup")},
                              {"exists", "visible", "prehideSelectors"})
    cookies = []
    for test in strings_under(rule.get("test", []), {"cookieContains"}):
        cookie = test.split("=", 1)[0]
        if "=" in test and re.fullmatch(r"[\w.-]+", cookie):
            cookies.append(cookie)
    return [part.strip() for selector in selectors for part in selector.split(",")], cookies


def unique(values):
    seen, out = set(), []
    for value in values:
        if value and value.lower() not in seen:
            seen.add(value.lower())
            out.append(value)
    return out


def flow(values):
    """A YAML flow list; a value that would not read back as the same plain string is quoted."""
    def scalar(value):
        plain = re.fullmatch(r"[\w/][\w./*-]*", value) and yaml.safe_load(value) == value
        return value if plain else json.dumps(value)
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def build(seed, lists):
    upstream = seed["upstream"]
    lines = [BEGIN + " (scripts/cmp-signatures.py; do not edit here, edit scripts/cmp-signatures/seed.yml) ---"]
    for tool in seed["tools"]:
        stems = tool.get("stems", [])
        names, cookies, scripts, sources = [], [], [], []
        for key, reader in (("consent-o-matic", consent_o_matic), ("autoconsent", autoconsent)):
            for rule in tool.get(key, []):
                selectors, rule_cookies = reader(lists[key], upstream[key]["commit"], rule)
                names += [n for s in selectors for n in css_names(s) if any(stem in n for stem in stems)]
                scripts += [src for s in selectors for src in script_sources(s)]
                cookies += rule_cookies
                sources.append(f"{key}:{rule}")
        loaders = [l.lower() for l in tool.get("loaders", [])]
        entry = {
            "scripts": unique(loaders + [s.lower() for s in tool.get("scripts", [])] + scripts),
            # Vendors' snippets write the loader's <script> tag from an inline script.
            "inline": unique([i.lower() for i in tool.get("inline", [])] + [l for l in loaders if "/" not in l]),
            "markup": unique([m.lower() for m in tool.get("markup", [])] + names),
            "cookies": unique(tool.get("cookies", []) + cookies),
        }
        lines += [f"  - name: {tool['name']}",
                  f"    vendor: {tool['vendor']}",
                  "    category: consent",
                  "    needs-consent: false"]
        if tool.get("floating-button"):
            lines.append("    floating-button: true")
        for key in ("scripts", "inline", "markup", "cookies"):
            if entry[key]:
                lines.append(f"    {key}: {flow(entry[key])}")
        lines.append(f"    # from: {', '.join(sources) if sources else 'Vigie authors only'}")
    lines.append(END + " ---")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--consent-o-matic", required=True, help="git directory of cavi-au/Consent-O-Matic")
    parser.add_argument("--autoconsent", required=True, help="git directory of duckduckgo/autoconsent")
    args = parser.parse_args()
    seed = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    lists = {"consent-o-matic": args.consent_o_matic, "autoconsent": args.autoconsent}
    pack = PACK.read_text(encoding="utf-8").split("\n")
    try:
        start = next(i for i, line in enumerate(pack) if line.startswith(BEGIN))
        end = next(i for i, line in enumerate(pack) if line.startswith(END))
    except StopIteration:
        sys.exit(f"{PACK}: the generated-section markers are missing")
    new = pack[:start] + build(seed, lists) + pack[end + 1:]
    PACK.write_text("\n".join(new), encoding="utf-8")
    print(f"wrote {PACK.relative_to(ROOT)}: {len(seed['tools'])} consent tools")


if __name__ == "__main__":
    main()
