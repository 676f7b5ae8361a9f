#!/usr/bin/env python3
"""Self-test of the truth tooling on a real git mirror, a real loopback server and the real vigie.

Builds a two-page site in a throw-away git repository, mirrors it bare, removes one blob from the
mirror (as a snapshot without its large files), then runs build-corpus and score as `make truth`
does. Run with `make truth-selftest` (needs .build/debug/vigie; skipped visibly without it).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VIGIE = Path(os.environ.get("VIGIE", ROOT / ".build" / "debug" / "vigie"))

INDEX = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Atelier Test</title><meta name="description" content="Accueil"></head>
<body><header><a href="/"><img src="logo.png" alt="Atelier Test"></a></header>
<main><h1>Atelier Test</h1><p>Bienvenue.</p></main>
<footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>
"""
NOTICE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mentions légales</title></head><body><main><h1>Mentions légales</h1>
<p>Atelier Test SARL au capital de 5 000 €, 3 rue des Lilas, 44000 Nantes.</p></main>
<footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>
"""
MANIFEST = """sites:
  - id: mini
    repository: example/mini-site
    commit: {commit}
    path: site
    exclude: ["*.md"]
    licence: none (test fixture)
    what: a two-page site made by the self-test
    covers: [self-test]
"""
TRUTH = """site: mini
checks:
  page.lang:
    status: pass
    page: /
    quote: '<html lang="fr">'
  responsive.viewport:
    status: pass
    why: deliberately wrong (the home page has no viewport), so that a false fail is counted
  legal.notice-page:
    status: pass
    page: /mentions-legales.html
    quote: '<a href="/mentions-legales">Mentions légales</a>'
"""


def git(*args, cwd=None):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


class TruthToolingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="vigie-truth-test-"))
        work = cls.tmp / "work"
        (work / "site").mkdir(parents=True)
        (work / "site" / "index.html").write_text(INDEX, encoding="utf-8")
        (work / "site" / "mentions-legales.html").write_text(NOTICE, encoding="utf-8")
        (work / "site" / "logo.png").write_bytes(b"\x89PNG large file stand-in")
        (work / "site" / "NOTES.md").write_text("not part of the site", encoding="utf-8")
        git("init", "-q", str(work))
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(work), "add", "-A")
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(work), "commit", "-q", "-m", "site")
        cls.commit = git("-C", str(work), "rev-parse", "HEAD")
        logo_blob = git("-C", str(work), "rev-parse", "HEAD:site/logo.png")
        cls.mirrors = cls.tmp / "mirrors"
        mirror = cls.mirrors / "example+mini-site" / "repo"
        git("clone", "-q", "--bare", "--no-local", str(work), str(mirror))
        git(f"--git-dir={mirror}", "repack", "-q", "-a", "-d")
        # Unpack, then drop the logo's blob: the mirror now lacks a file, as a snapshot lacks large ones.
        packs = list((mirror / "objects" / "pack").glob("*.pack"))
        for pack in packs:
            shutil.move(str(pack), cls.tmp / pack.name)
            (pack.with_suffix(".idx")).unlink()
            with open(cls.tmp / pack.name, "rb") as data:
                subprocess.run(["git", f"--git-dir={mirror}", "unpack-objects", "-q"], stdin=data, check=True)
        (mirror / "objects" / logo_blob[:2] / logo_blob[2:]).unlink()
        cls.truth = cls.tmp / "truth"
        (cls.truth / "sites").mkdir(parents=True)
        (cls.truth / "manifest.yml").write_text(MANIFEST.format(commit=cls.commit), encoding="utf-8")
        (cls.truth / "sites" / "mini.yml").write_text(TRUTH, encoding="utf-8")
        cls.env = dict(os.environ, VIGIE_TRUTH_DIR=str(cls.truth), VIGIE_TRUTH_MIRRORS=str(cls.mirrors))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_script(self, name, *args, env=None):
        return subprocess.run([sys.executable, str(HERE / name), *args], env=env or self.env,
                              capture_output=True, text=True)

    def test_1_build_corpus_from_the_mirror(self):
        done = self.run_script("build-corpus", "--force")
        self.assertEqual(done.returncode, 0, done.stderr)
        site = self.truth / "corpus" / "mini"
        self.assertTrue((site / "index.html").read_text(encoding="utf-8").startswith("<!doctype html>"))
        self.assertFalse((site / "NOTES.md").exists(), "the exclude rule keeps *.md out")
        self.assertEqual((site / "logo.png").read_bytes(), b"", "an absent blob is written empty")
        self.assertEqual((site / ".truth-absent").read_text(encoding="utf-8"), "logo.png\n")
        self.assertIn("1 file(s) absent from the mirror", done.stdout)
        again = self.run_script("build-corpus")
        self.assertIn("mini: up to date", again.stdout)

    def test_2_missing_mirror_says_how_to_get_it(self):
        env = dict(self.env, VIGIE_TRUTH_MIRRORS=str(self.tmp / "nowhere"))
        done = self.run_script("build-corpus", "--force", env=env)
        self.assertEqual(done.returncode, 1)
        self.assertIn("no mirror of example/mini-site", done.stderr)
        self.assertIn("git clone --bare https://github.com/example/mini-site.git", done.stderr)

    def test_3_static_host_behaviour(self):
        self.run_script("build-corpus")
        namespace = {"__file__": str(HERE / "score"), "__name__": "truth_score"}
        exec(compile((HERE / "score").read_text(encoding="utf-8"), "score", "exec"), namespace)
        server = namespace["serve"](self.truth / "corpus" / "mini")
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with urllib.request.urlopen(base + "/mentions-legales") as reply:
                self.assertIn("Mentions légales", reply.read().decode("utf-8"))
            os.makedirs(self.truth / "corpus" / "mini" / "empty", exist_ok=True)
            with self.assertRaises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(base + "/empty/")
            self.assertEqual(caught.exception.code, 404, "a folder without index.html is not listed")
        finally:
            server.shutdown()
            server.server_close()

    @unittest.skipUnless(VIGIE.exists(), f"needs {VIGIE} (run `swift build` first)")
    def test_4_score_counts_right_items_and_false_fails(self):
        done = self.run_script("score", "--vigie", str(VIGIE), "--json")
        self.assertEqual(done.returncode, 0, done.stderr)
        result = json.loads(done.stdout)
        rows = {row["check"]: row for row in result["rows"]}
        self.assertTrue(rows["page.lang"]["right"])
        self.assertEqual(rows["responsive.viewport"]["got"], "fail")
        self.assertTrue(rows["responsive.viewport"]["false_fail"])
        self.assertEqual(result["total"]["all"]["total"], 3)
        self.assertEqual(result["total"]["all"]["false_fails"], 1)
        text = self.run_script("score", "--vigie", str(VIGIE))
        self.assertIn("FALSE FAIL mini responsive.viewport: truth pass, got fail", text.stdout)

    def test_5_no_corpus_is_a_clear_skip(self):
        env = dict(self.env, VIGIE_TRUTH_MIRRORS=str(self.tmp / "nowhere"))
        shutil.rmtree(self.truth / "corpus", ignore_errors=True)
        done = self.run_script("score", "--vigie", str(VIGIE), env=env)
        self.assertEqual(done.returncode, 0)
        self.assertIn("no site of the corpus could be audited here", done.stdout)


if __name__ == "__main__":
    if not VIGIE.exists():
        print(f"note: {VIGIE} is missing: the scoring test is skipped (run `swift build`)", file=sys.stderr)
    unittest.main(verbosity=2)
