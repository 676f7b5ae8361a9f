"""The real-site truth corpus: reading truth/manifest.yml and rebuilding truth/corpus/<id>/.

The pages belong to their publishers and are never committed: each site is rebuilt from a
local mirror of its public repository (a bare git directory) with `git archive` of the pinned
commit and path, then trimmed by the manifest's selection rules.
"""

import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# The truth folder (manifest.yml, sites/, corpus/); VIGIE_TRUTH_DIR points elsewhere (the self-test does).
TRUTH = Path(os.environ.get("VIGIE_TRUTH_DIR", ROOT / "truth"))
MANIFEST = TRUTH / "manifest.yml"
CORPUS = TRUTH / "corpus"
STAMP = ".truth-source"
ABSENT = ".truth-absent"
# Where the mirrors live: one bare git directory per repository, <mirrors>/<owner>+<name>/repo.
MIRRORS = Path(os.environ.get("VIGIE_TRUTH_MIRRORS", "/work/.mirror"))


class CorpusError(Exception):
    """A site of the manifest that cannot be rebuilt; the message says why and what to do."""


def load_manifest():
    try:
        with open(MANIFEST, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
    except yaml.YAMLError as error:
        raise CorpusError(f"truth/manifest.yml is not valid YAML: {error}") from error
    sites = data.get("sites") or []
    seen = set()
    for site in sites:
        for key in ("id", "repository", "commit", "path"):
            if not site.get(key):
                raise CorpusError(f"truth/manifest.yml: a site lacks `{key}`: {site}")
        if site["id"] in seen:
            raise CorpusError(f"truth/manifest.yml: id `{site['id']}` appears twice")
        seen.add(site["id"])
    return sites


def mirror_dir(site):
    owner, name = site["repository"].split("/", 1)
    base = MIRRORS / f"{owner}+{name}"
    for candidate in (base / "repo", base):
        if (candidate / "HEAD").exists() or (candidate / ".git").exists():
            return candidate
    return None


def source_stamp(site):
    rules = yaml.safe_dump({k: site.get(k) for k in ("commit", "path", "exclude", "include")}, sort_keys=True)
    return rules


def corpus_dir(site):
    return CORPUS / site["id"]


def is_built(site):
    stamp = corpus_dir(site) / STAMP
    return stamp.exists() and stamp.read_text(encoding="utf-8") == source_stamp(site)


def missing_mirror_message(site):
    owner, name = site["repository"].split("/", 1)
    return (f"{site['id']}: no mirror of {site['repository']} at {MIRRORS}/{owner}+{name}/repo. "
            f"Get one with the session's `fetch github:{site['repository']}`, or "
            f"`git clone --bare https://github.com/{site['repository']}.git {MIRRORS}/{owner}+{name}/repo` "
            f"(commit {site['commit']} is needed), or point VIGIE_TRUTH_MIRRORS at your mirrors.")


def _selected(rel, site):
    """The manifest's selection rules: `include` and `exclude` are fnmatch patterns on the path
    inside the site folder (`*` also crosses `/`, so `_wip/*` drops the whole folder)."""
    includes = site.get("include") or []
    excludes = site.get("exclude") or []
    if includes and not any(fnmatch.fnmatch(rel, pat) for pat in includes):
        return False
    return not any(fnmatch.fnmatch(rel, pat) for pat in excludes)


def build(site, force=False, log=print):
    """Rebuild truth/corpus/<id>/ from the mirror; returns the folder."""
    target = corpus_dir(site)
    if not force and is_built(site):
        return target
    git_dir = mirror_dir(site)
    if git_dir is None:
        raise CorpusError(missing_mirror_message(site))
    git = ["git", f"--git-dir={git_dir}"]
    commit, path = site["commit"], site["path"].strip("/") or "."
    if subprocess.run(git + ["cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True).returncode != 0:
        raise CorpusError(f"{site['id']}: the mirror {git_dir} lacks commit {commit}; fetch the repository again.")
    treeish = commit if path == "." else f"{commit}:{path}"
    listing = subprocess.run(git + ["ls-tree", "-r", "-z", treeish], capture_output=True)
    if listing.returncode != 0:
        raise CorpusError(f"{site['id']}: git ls-tree {treeish} failed: "
                          f"{listing.stderr.decode(errors='replace').strip()}")
    blobs = []
    for entry in listing.stdout.split(b"\0"):
        if not entry:
            continue
        meta, name = entry.split(b"\t", 1)
        mode, kind, sha = meta.split()
        rel = name.decode("utf-8", errors="surrogateescape")
        if kind == b"blob" and mode != b"120000" and _selected(rel, site):
            blobs.append((sha.decode(), rel))
    absent = []
    CORPUS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".building-", dir=CORPUS) as tmp:
        staging = Path(tmp) / "site"
        staging.mkdir()
        # git cat-file --batch rather than git archive: a mirror may lack the largest blobs
        # (a snapshot keeps no file of 4 MiB or more); those are listed, not fatal.
        reader = subprocess.Popen(git + ["cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        for sha, rel in blobs:
            reader.stdin.write(sha.encode() + b"\n")
            reader.stdin.flush()
            header = reader.stdout.readline().split()
            dest = staging / rel
            if len(header) < 3 or header[1] != b"blob":
                # Absent from the mirror: an empty file of the same name keeps the links to it
                # working, as they do on the published site (the list is kept in .truth-absent).
                absent.append(rel)
                data = b""
            else:
                data = reader.stdout.read(int(header[2]))
                reader.stdout.read(1)
            if not dest.resolve().is_relative_to(staging.resolve()):
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
        reader.stdin.close()
        reader.wait()
        kept = len(blobs)
        (staging / STAMP).write_text(source_stamp(site), encoding="utf-8")
        (staging / ABSENT).write_text("".join(f"{rel}\n" for rel in absent), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(target))
    if absent:
        log(f"{site['id']}: {len(absent)} file(s) absent from the mirror (large files), left empty: {absent[0]}…")
    log(f"{site['id']}: {kept} files from {site['repository']}@{commit[:10]}:{path}")
    return target
