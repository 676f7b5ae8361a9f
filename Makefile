# Vigie — the two commands a newcomer needs: `make demo` and `make test`.
# Both install the missing Debian packages first (apt-get; as root, or through sudo).

SWIFT ?= swift
APT_PACKAGES := pkg-config libcurl4-openssl-dev libxml2-dev libpsl-dev zlib1g-dev libmimalloc-dev cmark-gfm python3-jsonschema time
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `make deps BROWSER=1` (or `make test BROWSER=1`, as CI does) also installs headless Chromium, which prints
# `--format pdf` and runs the browser tests (they are skipped, with a message, without it). No recommends: a
# headless browser needs none of them but the fonts of the report's style sheet (Liberation Sans).
BROWSER ?=
BROWSER_PACKAGES := chromium fonts-liberation
# What `make dist` (dpkg-shlibdeps) and `make test-dist` (a fresh Debian root; the GitLab template read) need besides.
DIST_PACKAGES := dpkg-dev debootstrap python3-yaml
PREFIX ?= /usr/local

.PHONY: deps build release test demo demo-example rules clean bench bench-quick bench-smoke bench-growth truth truth-corpus truth-selftest dist test-dist install

deps:
	@missing=$$(for p in $(APT_PACKAGES) $(EXTRA_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@if [ -n "$(BROWSER)" ] && [ "$(BROWSER)" != 0 ]; then \
	  missing=$$(for p in $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# `swift test` does not link the executable: build it first, the CLI tests run it.
test: deps
	$(SWIFT) build
	$(SWIFT) test

demo: release
	@mkdir -p reports
	./.build/release/vigie audit demo --output reports/demo.md
	@echo "Report written to reports/demo.md"

# The package (scripts/dist.sh): a release binary with the Swift runtime linked in, its man page and shell
# completions → dist/vigie_<version>_<arch>.deb and dist/vigie-<version>-linux-<arch>.tar.gz.
dist:
	$(MAKE) deps EXTRA_PACKAGES="$(DIST_PACKAGES)"
	SWIFT=$(SWIFT) scripts/dist.sh

# The .deb installed and run in a fresh Debian bookworm root without Swift (scripts/test-dist.sh; root), after
# `make install`'s layout checked in a staging folder.
test-dist: dist
	rm -rf .build/install-check
	SWIFT=$(SWIFT) scripts/dist.sh --install .build/install-check/usr/local >/dev/null
	@for f in bin/vigie share/man/man1/vigie.1.gz share/bash-completion/completions/vigie share/zsh/vendor-completions/_vigie \
	  share/fish/vendor_completions.d/vigie.fish; do test -s .build/install-check/usr/local/$$f || { echo "make install: $$f missing"; exit 1; }; done
	.build/install-check/usr/local/bin/vigie --version
	$(SUDO) scripts/test-dist.sh

# From source: the same binary, man page and completions under $(DESTDIR)$(PREFIX) (bin/, share/).
install:
	$(MAKE) deps EXTRA_PACKAGES="$(DIST_PACKAGES)"
	SWIFT=$(SWIFT) scripts/dist.sh --install "$(DESTDIR)$(PREFIX)"

# The benchmark (see bench/README.md): 10,000 pages of every site shape (the floor beside Vigie on each),
# and 1,000 pages of the current shape for the quick run.
bench:
	bench/run.sh --shape all --pages 10000 --write

bench-quick:
	bench/run.sh --quick

bench-smoke:
	bench/run.sh --smoke

bench-growth:
	bench/growth.sh 1000 10000 50000

# The real-site truth corpus (truth/README.md): audits each site on a loopback server and compares
# with truth/sites/<id>.yml. SITE=id for one site; TRUTH_FLAGS=--json for machines. Not part of CI:
# without the local mirrors it says which are missing and exits 0.
truth: build
	@python3 scripts/truth/score --vigie .build/debug/vigie $(if $(SITE),--site $(SITE)) $(TRUTH_FLAGS)

truth-corpus:
	python3 scripts/truth/build-corpus $(SITE)

# The truth tooling on a throw-away git mirror, the loopback server and the real vigie (seconds).
truth-selftest: build
	python3 scripts/truth/test_truth.py

# Regenerate the compiled-in copy of rules/ after editing a pack.
rules:
	python3 scripts/embed-rules.py

# libFuzzer targets (Fuzz/, a separate package): build with ASan, run each for FUZZ_SECONDS on its corpus.
# Crashing inputs land in Fuzz/artifacts/<target>/. FUZZ_TARGETS picks a subset.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= url url-base sitemap robots html viewport css legal
# swiftc's -sanitize=fuzzer links libFuzzer but does not instrument Swift code for coverage by itself:
# without -sanitize-coverage only C targets were instrumented and the fuzzers ran blind.
FUZZ_FLAGS := -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table

fuzz-build: deps
	cd Fuzz && nice -n 10 $(SWIFT) build $(FUZZ_FLAGS)

fuzz: fuzz-build
	@set -e; bin=$$(cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS) --show-bin-path); \
	for t in $(FUZZ_TARGETS); do \
	  p=$$(echo $$t | sed -e 's/^url-base$$/URLBase/' -e 's/^url$$/URL/' -e 's/^html$$/HTML/' -e 's/^css$$/CSS/' -e 's/^\(.\)/\U\1/'); \
	  mkdir -p Fuzz/artifacts/$$t Fuzz/work/$$t; \
	  echo "== Fuzz$$p for $(FUZZ_SECONDS)s"; \
	  nice -n 10 $$bin/Fuzz$$p Fuzz/work/$$t Fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
	    -artifact_prefix=Fuzz/artifacts/$$t/ 2>&1 | grep -E '^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true; \
	  if ls Fuzz/artifacts/$$t/crash-* Fuzz/artifacts/$$t/timeout-* Fuzz/artifacts/$$t/oom-* >/dev/null 2>&1; then echo "!! Fuzz$$p: crash inputs in Fuzz/artifacts/$$t/"; fi; \
	done

# The test suite under AddressSanitizer and ThreadSanitizer (separate scratch paths, slow: minutes).
# The CLI tests run .build/debug/vigie, hence `build` first. Suppressions: lsan.supp, tsan.supp.
sanitize: deps build
	nice -n 10 $(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS="suppressions=$(CURDIR)/lsan.supp" nice -n 10 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	nice -n 10 $(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS="suppressions=$(CURDIR)/tsan.supp halt_on_error=1" nice -n 10 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build

# Regenerate the committed sample reports (reports/examples/demo.md, .html, .pdf) after a change that alters
# them — DemoExampleTests fails until they are in step — and, with Chromium, the README's screenshot of the HTML
# report's first page (docs/report-summary.png). Without Chromium the PDF and the screenshot are left as they are.
demo-example: build
	./.build/debug/vigie audit demo --quiet --output reports/examples/demo.md
	./.build/debug/vigie audit demo --quiet --format html --output reports/examples/demo.html
	@browser=$$(command -v chromium || command -v chromium-headless-shell || true); \
	if [ -z "$$browser" ]; then \
	  echo "Chromium is not installed (make deps BROWSER=1): reports/examples/demo.pdf and docs/report-summary.png left as they are"; \
	else \
	  ./.build/debug/vigie audit demo --quiet --format pdf --output reports/examples/demo.pdf && \
	  profile=$$(mktemp -d) && \
	  "$$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
	    --user-data-dir="$$profile" --no-first-run --window-size=1100,1450 --screenshot="$(CURDIR)/docs/report-summary.png" \
	    "file://$(CURDIR)/reports/examples/demo.html" >/dev/null 2>&1; \
	  status=$$?; rm -rf "$$profile"; exit $$status; \
	fi
